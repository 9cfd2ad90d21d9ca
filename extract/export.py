"""Records → CSV (UTF-8 with BOM), JSONL, Parquet, xlsx; and typed pandas DataFrames.

Every table file is written by the registry ``TABLE_FILES`` (format → writer class), whoever
writes it: runs stream tables through ``TableWriter`` (CSV rows rendered per result by ``prepare``,
the same bytes ``export_csv`` writes from a DataFrame), ``ita check`` writes its CSVs with
``write_table``, and Dask its Parquet part files. Column order follows the output contract. Types
come from the pydantic fields (``schemas.records``): in Parquet and DataFrames integers are
integers (nullable), dates are dates (Arrow ``date32``), lists are lists and ``sources`` is a
struct; JSONL holds the same values in JSON (dates ISO); CSV joins list cells by "\\n" and writes
``sources`` as a JSON object.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterable, Sequence, Set as AbstractSet
import types
import typing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel
from typing_extensions import is_typeddict  # typing's misses typing_extensions' TypedDict before 3.12

from extract import outdir
from extract.status import reasons
from schemas.records import RECORD_TYPES, Result

if TYPE_CHECKING:
    from extract.xlsx import Workbook
    import pandas as pd  # pandas (and numpy, ~0.3 s) load only where a DataFrame or Parquet is made

FORMATS = ("csv", "jsonl", "parquet", "xlsx")
WORKBOOK = "tables.xlsx"  # --format xlsx: the tables as the sheets of one workbook (extract.xlsx)


def table_files(fmt: str) -> list[str]:
    """The file names a format writes into the output folder."""
    return [WORKBOOK] if fmt == "xlsx" else [f"{name}.{fmt}" for name in RECORD_TYPES]


def _is_int(annotation) -> bool:
    """``int`` or ``int | None``."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [a for a in typing.get_args(annotation) if a is not type(None)] == [int]
    return annotation is int


_INT_COLUMNS = frozenset(name for model in RECORD_TYPES.values() for name, field in model.model_fields.items()
                         if _is_int(field.annotation))


def _scalar_type(annotation):
    """The one non-None type of a field (``date`` for ``date | None``), or the annotation."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation


_SCALARS = {kind: {name: _scalar_type(field.annotation) for name, field in model.model_fields.items()}
            for kind, model in RECORD_TYPES.items()}


def columns(name: str) -> list[str]:
    return list(RECORD_TYPES[name].model_fields)


def _is_model(annotation) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def flat_columns(name: str) -> list[str]:
    """The columns of the flat tables (CSV, xlsx): all but the fields that hold a model. Those
    (``where``) are the structure JSONL and Parquet carry; a flat table has it in words, in the
    ``location`` and ``page`` columns rendered from it (a spreadsheet user reads "page 3, table 2")."""
    return [n for n, f in RECORD_TYPES[name].model_fields.items() if not _is_model(f.annotation)]


_MODEL_COLUMNS = frozenset(n for k in RECORD_TYPES for n in columns(k) if n not in flat_columns(k))


def records(results: Iterable[Result]) -> dict[str, list[dict]]:
    """Plain dicts per record kind, in input order (JSON-compatible values)."""
    return rows_from_dumps(r.model_dump(mode="json") for r in results)


def rows_from_dumps(dumps: Iterable[dict]) -> dict[str, list[dict]]:
    """Rows per record kind from ``Result.model_dump(mode="json")`` dicts (e.g. journal entries)."""
    out: dict[str, list[dict]] = {name: [] for name in RECORD_TYPES}
    for dump in dumps:
        out["reports"].append(dump["report"])
        for name in ("scores", "measures", "findings", "checks"):
            out[name].extend(dump[name])
    return out


def to_dataframes(results: Iterable[Result]) -> dict[str, pd.DataFrame]:
    """One typed DataFrame per record kind (``frame``)."""
    return {name: frame(name, rows) for name, rows in records(results).items()}


def frame(kind: str, rows: Sequence[dict]) -> pd.DataFrame:
    """JSON-mode rows of one kind as a DataFrame with the types of Parquet: integer fields are
    ``Int64`` (nullable: a missing year is <NA>, not a float NaN), date fields hold
    ``datetime.date`` (what pandas reads from ``date32``), lists are lists, ``sources`` a dict."""
    import pandas as pd

    df = pd.DataFrame(list(rows), columns=columns(kind))
    for col in columns(kind):
        scalar = _SCALARS[kind][col]
        if scalar is int:
            df[col] = df[col].astype("Int64")
        elif scalar is date:
            df[col] = pd.Series([date.fromisoformat(v) if isinstance(v, str) else None for v in df[col]],
                                index=df.index, dtype=object)
    return df


def _csv_frame(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    for col in df.columns:
        if df[col].dtype == object:  # lists joined, dicts as JSON; dates print ISO as they are
            df[col] = df[col].map(_csv_cell)
        elif col in _INT_COLUMNS:  # whole numbers print as 5, not 5.0, also in a column with gaps
            df[col] = df[col].astype("Int64")
    return df


def export_csv(df: pd.DataFrame, path: Path) -> None:
    """The contract's CSV: UTF-8 with BOM, list cells joined by newlines, the flat columns only."""
    df = df[[c for c in df.columns if c not in _MODEL_COLUMNS]]
    _csv_frame(df).to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\r\n")


def _is_container(annotation) -> bool:
    """A list or dict field (maybe optional): the only values CSV must spell out itself."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return any(_is_container(a) for a in typing.get_args(annotation))
    return typing.get_origin(annotation) in (list, dict) or annotation in (list, dict) or is_typeddict(annotation)


_CONTAINER_COLUMNS = {kind: frozenset(name for name, field in model.model_fields.items()
                                      if _is_container(field.annotation))
                      for kind, model in RECORD_TYPES.items()}


def _csv_cell(value) -> object:
    if isinstance(value, list):
        return "\n".join(str(x) for x in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def csv_rows(kind: str, rows: Sequence[dict]) -> str:
    """Rows of one table as CSV text (no header), the bytes ``export_csv`` writes for them.

    The csv module already prints None as empty, floats as repr and bools as True/False, as pandas
    does; only list and dict columns need spelling out (values are JSON-mode dumps: no NaN).
    Rows render independently, so text made per file and joined equals text made for all files.
    """
    return csv_text(flat_columns(kind), rows, _CONTAINER_COLUMNS[kind])


def csv_text(names: Sequence[str], rows: Sequence[dict], containers: AbstractSet[str] = frozenset()) -> str:
    """Rows as CSV text (no header) in the columns ``names``; cells of ``containers`` columns are
    lists (joined by newlines) or dicts (JSON)."""
    special = [i for i, col in enumerate(names) if col in containers]

    def cells(row: dict) -> list:
        values = [row.get(col) for col in names]
        for i in special:
            values[i] = _csv_cell(values[i])
        return values

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(map(cells, rows))
    return buffer.getvalue()


# --- the writer registry: one class per file format, used by runs (TableWriter), `ita check`
# (extract.audit) and Dask (extract.dask_run) alike ------------------------------------------------

class TableFile:
    """One table file written batch by batch: created with its header (or schema) when opened,
    rows added by ``write``, finished by ``close``. ``kind`` is a record kind (its columns and
    types); ``names`` gives the columns of a table that is not one (CSV only)."""

    def __init__(self, path: Path, kind: str | None, names: Sequence[str] | None = None) -> None:
        self.path, self.kind = path, kind
        self.names = list(names) if names is not None else columns(kind or "")

    def write(self, rows: Sequence[dict]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Finish the file (a no-op for the formats written line by line)."""


class CsvFile(TableFile):
    """The contract's CSV: UTF-8 with BOM, CRLF, list cells joined by newlines, dicts as JSON; a
    record kind's ``flat_columns``."""

    def __init__(self, path: Path, kind: str | None, names: Sequence[str] | None = None) -> None:
        super().__init__(path, kind, names if names is not None or kind is None else flat_columns(kind))
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh, lineterminator="\r\n").writerow(self.names)

    def write(self, rows: Sequence[dict]) -> None:
        containers = _CONTAINER_COLUMNS[self.kind] if self.kind else frozenset()
        self.write_text(csv_text(self.names, rows, containers))

    def write_text(self, text: str) -> None:
        """Rows already rendered by ``csv_rows`` (in a worker: ``prepare``)."""
        with self.path.open("a", encoding="utf-8", newline="") as fh:
            fh.write(text)


class JsonlFile(TableFile):
    """One JSON object per line (JSON-mode values, UTF-8 as is)."""

    def __init__(self, path: Path, kind: str | None, names: Sequence[str] | None = None) -> None:
        super().__init__(path, kind, names)
        path.write_bytes(b"")

    def write(self, rows: Sequence[dict]) -> None:
        with self.path.open("a", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


class ParquetFile(TableFile):
    """Parquet with the kind's one Arrow schema (``arrow_schema``); a row group per batch."""

    def __init__(self, path: Path, kind: str | None, names: Sequence[str] | None = None) -> None:
        import pyarrow.parquet as pq

        if kind is None:
            raise ValueError("Parquet tables are record kinds")
        super().__init__(path, kind, names)
        self._writer: typing.Any = pq.ParquetWriter(path, arrow_schema(kind))  # pyarrow has no types

    def write(self, rows: Sequence[dict]) -> None:
        """One row group (also for no rows: a Dask partition's part file has one, as pq.write_table)."""
        kind = self.kind or ""
        self._writer.write_table(parquet_table(kind, frame(kind, rows)))

    def close(self) -> None:
        self._writer.close()


# Format → the class that writes one table file in it. xlsx is not here: its tables are the sheets
# of one workbook (extract.xlsx.Workbook, which TableWriter opens for it).
TABLE_FILES: dict[str, type[TableFile]] = {"csv": CsvFile, "jsonl": JsonlFile, "parquet": ParquetFile}


def write_table(fmt: str, path: Path, kind: str | None, rows: Sequence[dict],
                names: Sequence[str] | None = None) -> Path:
    """One whole table file in ``fmt`` (the registry's writer for it); returns ``path``."""
    table = TABLE_FILES[fmt](path, kind, names)
    try:
        table.write(rows)
    finally:
        table.close()
    return path


@dataclass
class Prepared:
    """One result as a run writes it: its report row (status, progress), its CSV rows rendered
    per table, and its JSON for the journal. Workers prepare results, so the parent of a parallel
    run only writes strings; rendering there cost it more than the file's own parsing."""
    report: dict
    csv: dict[str, str] | None = None
    json: str | None = None
    dump: dict | None = None
    reasons: tuple[str, ...] = ()  # the check codes behind a partial or failed status (run summary)
    n_checks: int = 0

    def data(self) -> dict:
        """The ``model_dump(mode="json")`` dict (for JSONL and Parquet)."""
        if self.dump is not None:
            return self.dump
        if self.json is None:
            raise ValueError("prepared with neither the dump nor its JSON")
        return json.loads(self.json)

    def csv_rows(self, name: str) -> str:
        """The CSV rows of table ``name`` ("" when the result has none)."""
        if self.csv is None:
            raise ValueError("prepared without CSV")
        return self.csv.get(name, "")


def prepare(result: Result, with_csv: bool = True) -> Prepared:
    """A Result ready for ``TableWriter.add_prepared`` and the journal."""
    prepared = prepare_dump(result.model_dump(mode="json"), with_csv)
    prepared.json = result.model_dump_json()
    prepared.dump = None  # the JSON travels; the dict would be pickled a second time
    return prepared


def prepare_dump(dump: dict, with_csv: bool = True) -> Prepared:
    """A result dump (e.g. a journal entry) ready for ``TableWriter.add_prepared``."""
    rendered = ({name: csv_rows(name, rows) for name, rows in rows_from_dumps([dump]).items() if rows}
                if with_csv else None)
    checks = [(c["code"], c["severity"]) for c in dump["checks"]]
    return Prepared(report=dump["report"], csv=rendered, dump=dump,
                    reasons=tuple(reasons(dump["report"]["status"], checks)), n_checks=len(checks))


def write(results: Iterable[Result], out_dir: str | Path, formats: Iterable[str] = ("csv",)) -> list[Path]:
    """Write every record kind in every requested format; return the files written."""
    with outdir.owned(Path(out_dir), force=True):  # not while a run writes there
        writer = TableWriter(out_dir, formats)
        writer.add(list(results))
        return writer.close()


class TableWriter:
    """Tables written batch by batch (memory stays flat however many reports a run has) into a
    staging folder; ``close`` puts them all in place as a set (``extract.outdir``), ``abort``
    drops them, so the folder never holds a half-written table or tables of two runs. Batches
    written one after another give the bytes one ``write`` gives. One writer per folder at a time
    (``run`` holds the folder's lock)."""

    def __init__(self, out_dir: str | Path, formats: Iterable[str] = ("csv",)):
        self.out_dir = Path(out_dir)
        self.formats = list(formats)
        for fmt in self.formats:
            if fmt not in FORMATS:
                raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.staging = outdir.staging(self.out_dir)
        self.committed = False
        self.paths: list[Path] = []
        self._files: dict[tuple[str, str], TableFile] = {}  # (kind, format) → its file, once started
        self._workbook: Workbook | None = None

    def _tmp(self, name: str, fmt: str) -> Path:
        return self.staging / f"{name}.{fmt}"

    def add(self, results: list[Result]) -> None:
        self.add_prepared([prepare_dump(r.model_dump(mode="json"), "csv" in self.formats) for r in results])

    def add_prepared(self, items: list[Prepared]) -> None:
        """Results made ready by ``prepare`` / ``prepare_dump`` (in workers, from the journal)."""
        if not items:
            return
        rows = None
        for fmt in self.formats:
            if fmt == "csv":
                for name in RECORD_TYPES:
                    text = "".join(item.csv_rows(name) for item in items)
                    if text:
                        self._append(name, fmt, text=text)
                continue
            if rows is None:
                rows = rows_from_dumps(item.data() for item in items)
            if fmt == "xlsx":
                for name in RECORD_TYPES:
                    self._book().add(name, rows[name])
                continue
            for name in RECORD_TYPES:
                if rows[name]:
                    self._append(name, fmt, rows=rows[name])

    def _append(self, name: str, fmt: str, rows: Sequence[dict] = (), text: str = "") -> None:
        """Add CSV ``text`` or ``rows`` to a table, starting its file (header, schema) first."""
        table = self._files.get((name, fmt))
        if table is None:
            table = self._files[(name, fmt)] = TABLE_FILES[fmt](self._tmp(name, fmt), name)
        if text and isinstance(table, CsvFile):
            table.write_text(text)
        elif rows:
            table.write(rows)

    def _book(self) -> Workbook:
        if self._workbook is None:
            from extract.xlsx import Workbook

            self._workbook = Workbook(self.staging / WORKBOOK, tmpdir=self.staging)
        return self._workbook

    def close(self) -> list[Path]:
        """Finish every table (an empty one still gets its header/schema); return the paths."""
        written = []
        for fmt in self.formats:
            if fmt == "xlsx":
                self._book().close()
                written.append(self.out_dir / WORKBOOK)
                continue
            for name in RECORD_TYPES:
                if (name, fmt) not in self._files:
                    self._append(name, fmt)
                self._files.pop((name, fmt)).close()
                written.append(self.out_dir / f"{name}.{fmt}")
        self.paths = written
        outdir.commit(self.out_dir)
        self.committed = True
        return written

    def abort(self) -> None:
        """Drop the tables written so far; the folder keeps the tables it had."""
        for table in self._files.values():
            try:
                table.close()
            except Exception:  # noqa: BLE001 - e.g. the disk is full; the file goes anyway
                pass
        self._files.clear()
        self._workbook = None  # never closed: its rows are temporary files in the staging folder
        shutil.rmtree(self.staging, ignore_errors=True)


def parquet_table(kind: str, df: pd.DataFrame):
    """A record table as Arrow with the kind's one schema (no pandas metadata), so every file or
    part of a kind has the same column types whatever its rows happen to hold."""
    import pyarrow as pa

    table = pa.Table.from_pandas(df, schema=arrow_schema(kind), preserve_index=False)
    return table.replace_schema_metadata(None)


def arrow_schema(kind: str):
    """The Arrow schema of a record kind as written to Parquet, from the pydantic field types:
    int → int64, float → float64, date → date32, list → list, a TypedDict (``sources``) → struct.
    Every field is nullable (a struct key a report lacks is null)."""
    import pyarrow as pa

    return pa.schema([pa.field(name, _arrow_type(field.annotation, f"{kind}.{name}"), nullable=True)
                      for name, field in RECORD_TYPES[kind].model_fields.items()])


def _arrow_type(annotation, where: str):
    import pyarrow as pa

    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"{where}: no Parquet type for {annotation!r}")
        return _arrow_type(args[0], where)
    if origin is typing.Literal:
        if all(isinstance(a, str) for a in typing.get_args(annotation)):
            return pa.string()
        raise TypeError(f"{where}: no Parquet type for {annotation!r}")
    if origin is list:
        (item,) = typing.get_args(annotation)
        return pa.list_(_arrow_type(item, where))
    if is_typeddict(annotation):
        return pa.struct([pa.field(key, _arrow_type(value, f"{where}.{key}"), nullable=True)
                          for key, value in typing.get_type_hints(annotation).items()])
    if _is_model(annotation):  # ``where`` and its ``bbox``: a struct of the model's fields, in order
        return pa.struct([pa.field(key, _arrow_type(field.annotation, f"{where}.{key}"), nullable=True)
                          for key, field in annotation.model_fields.items()])
    simple = {bool: pa.bool_(), int: pa.int64(), float: pa.float64(), str: pa.string(), date: pa.date32()}
    if annotation in simple:
        return simple[annotation]
    raise TypeError(f"{where}: no Parquet type for {annotation!r}")

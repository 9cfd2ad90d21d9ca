"""Extraction on a Dask cluster: a bag of file paths → partitioned Parquet, one folder per record kind.

Dask does all the scheduling (``dask.bag`` plus, optionally, a ``dask.distributed`` Client); this
module only says what one partition does: extract its files with ``extract_file`` (paths travel,
each worker reads its own file) and write one part file per record kind::

    out/reports/part-000000.parquet, part-000002.parquet, ...   (named by the partition's first input)
    out/scores/…  out/measures/…  out/findings/…  out/checks/…

Every part file of a kind has the same Arrow schema, derived from ``schemas.records`` (so an
all-None column is still ``int64``/``string``, never Arrow's ``null`` type), and a partition
with no rows of a kind still writes an empty part file. Read back with
``pandas.read_parquet(out / "reports")`` or ``dask.dataframe.read_parquet``; reading a folder
returns its parts sorted by name, i.e. rows in input order.

Dask is imported only when ``to_parquet`` runs, so the rest of the library works without it.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterable
from pathlib import Path

from extract.batch import expand
from extract.export import arrow_schema, records, write_table  # noqa: F401 - arrow_schema re-exported
from extract.limits import Limits
from extract.pipeline import extract_file
from schemas.records import RECORD_TYPES, Result

__all__ = ["arrow_schema", "to_parquet", "write_part"]

PART_GLOB = "part-*.parquet"


def to_parquet(paths: Iterable[str | Path], out_dir: str | Path, *, npartitions: int | None = None,
               client=None, max_pages: int | None = None, pdf_reader: str | None = None) -> dict[str, Path]:
    """Extract every report under ``paths`` on Dask and write partitioned Parquet under ``out_dir``.

    Returns ``{record kind: folder}``. ``npartitions=None`` keeps dask's default (up to about
    100 partitions). ``client`` is a ``dask.distributed.Client``; without one, dask's default
    scheduler for bags runs (the active Client if there is one, else a local process pool).
    On a cluster, input paths and ``out_dir`` must be visible at the same path on every worker
    (shared storage). Part files left by an earlier run in the kind folders are removed first.
    ``pdf_reader`` picks the library that reads PDFs (see ``extract_file``).
    """
    limits = Limits(max_pages=max_pages, pdf_reader=pdf_reader)  # refused before any work
    files = expand(paths)
    out_dir = Path(out_dir).absolute()
    folders = {kind: out_dir / kind for kind in RECORD_TYPES}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
        for stale in (*folder.glob(PART_GLOB), *folder.glob(f".{PART_GLOB}.*.tmp")):
            stale.unlink()
    width = max(6, len(str(len(files))))
    if not files:  # still leave readable, empty tables with the right columns
        write_part([], 0, out_dir, width)
        return folders

    import dask.bag as db

    results = db.from_sequence(files, npartitions=npartitions).map(extract_file, max_pages=limits.max_pages,
                                                                    pdf_reader=limits.pdf_reader)
    # A second bag built the same way carries each file's input position, partition-aligned with
    # ``results``: a partition's part files are named after its first input, so name order is input order.
    positions = db.from_sequence(range(len(files)), npartitions=npartitions)
    written = results.map_partitions(_write_partition, positions, out_dir=out_dir, width=width)
    if client is not None:
        written.compute(scheduler=client)
    else:
        written.compute()
    return folders


def _write_partition(results: Iterable[Result], positions: Iterable[int], *, out_dir: Path,
                     width: int) -> list[str]:
    positions = list(positions)
    if not positions:  # dask does not make empty partitions from a sequence; nothing to name it by
        return []
    return [str(p) for p in write_part(list(results), positions[0], out_dir, width)]


def write_part(results: list[Result], first: int, out_dir: Path, width: int = 6) -> list[Path]:
    """Write one partition's records: ``out_dir/<kind>/part-<first>.parquet`` for every kind
    (with extract.export's Parquet writer, the one ``ita extract --format parquet`` uses)."""
    name = f"part-{first:0{width}d}.parquet"
    written = []
    for kind, rows in records(results).items():
        path = out_dir / kind / name
        path.parent.mkdir(parents=True, exist_ok=True)
        # write beside, then rename (hidden names are skipped by Parquet readers): a task dask
        # retries elsewhere, or a run cut short, never leaves a half-written part
        tmp = path.with_name(f".{name}.{uuid.uuid4().hex}.tmp")
        write_table("parquet", tmp, kind, rows)
        os.replace(tmp, path)
        written.append(path)
    return written

"""Records → pandas DataFrames → CSV (UTF-8 with BOM), JSONL, Parquet.

Column order follows the output contract; list cells are joined by "\\n" in CSV and stay
arrays in JSONL/Parquet; dates are ISO; ``sources`` (field → location) is a JSON string in CSV.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from schemas.records import RECORD_TYPES, Result

FORMATS = ("csv", "jsonl", "parquet")


def columns(name: str) -> list[str]:
    return list(RECORD_TYPES[name].model_fields)


def records(results: Iterable[Result]) -> dict[str, list[dict]]:
    """Plain dicts per record kind, in input order (JSON-compatible values)."""
    out: dict[str, list[dict]] = {name: [] for name in RECORD_TYPES}
    for result in results:
        out["reports"].append(result.report.model_dump(mode="json"))
        for name in ("scores", "measures", "findings", "checks"):
            out[name].extend(r.model_dump(mode="json") for r in getattr(result, name))
    return out


def to_dataframes(results: Iterable[Result]) -> dict[str, pd.DataFrame]:
    """One DataFrame per record kind (lists stay Python lists)."""
    return {name: pd.DataFrame(rows, columns=columns(name)) for name, rows in records(results).items()}


def _csv_frame(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    for col in df.columns:
        sample = next((v for v in df[col] if v is not None and v == v), None)
        if isinstance(sample, list):
            df[col] = df[col].map(lambda v: "\n".join(str(x) for x in v) if isinstance(v, list) else v)
        elif isinstance(sample, dict):
            df[col] = df[col].map(lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v)
    for col in ("fiscal_year", "indicator", "part", "row", "page", "line", "table_index", "table_fiscal_year",
                "pages"):
        if col in df.columns:
            df[col] = df[col].astype("Int64")
    return df


def export_csv(df: pd.DataFrame, path: Path) -> None:
    """The contract's CSV: UTF-8 with BOM, list cells joined by newlines."""
    _csv_frame(df).to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\r\n")


def write(results: Iterable[Result], out_dir: str | Path, formats: Iterable[str] = ("csv",)) -> list[Path]:
    """Write every record kind in every requested format; return the files written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    frames = to_dataframes(results)
    written: list[Path] = []
    for fmt in formats:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        for name, df in frames.items():
            path = out_dir / f"{name}.{fmt}"
            # write beside, then rename: an interrupted run never leaves a half-written table
            tmp = path.with_name(f".{path.name}.tmp")
            if fmt == "csv":
                export_csv(df, tmp)
            elif fmt == "jsonl":
                with tmp.open("w", encoding="utf-8") as fh:
                    for row in df.to_dict(orient="records"):
                        fh.write(json.dumps(_jsonable(row), ensure_ascii=False) + "\n")
            else:
                _parquet_frame(df).to_parquet(tmp, index=False)
            os.replace(tmp, path)
            written.append(path)
    return written


def _jsonable(row: dict) -> dict:
    return {k: (None if isinstance(v, float) and v != v else v) for k, v in row.items()}


def _parquet_frame(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    for col in df.columns:
        if df[col].map(lambda v: isinstance(v, dict)).any():
            df[col] = df[col].map(lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v)
    return df

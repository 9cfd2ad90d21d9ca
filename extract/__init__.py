"""ita-extract: Thai ITA reports → validated records.

    from extract import extract_file, extract_paths, to_dataframes
    result = extract_file("report.txt")          # schemas.records.Result
    frames = to_dataframes(extract_paths("reports/"))    # dict of pandas DataFrames

The names below are imported on first use, so ``import extract`` (and ``ita --version``) stays
cheap: the parsers, dictionaries and pandas load only when a report is read.
"""
from __future__ import annotations

from importlib import import_module

from extract.dist_version import installed_version

# "0+unknown": run from a source tree that was never installed
__version__ = installed_version("ita-extract") or "0+unknown"

_LAZY = {"extract_file": "extract.pipeline", "extract_document": "extract.pipeline",
         "extract_paths": "extract.batch", "expand": "extract.batch",
         "to_dataframes": "extract.export", "write": "extract.export"}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")

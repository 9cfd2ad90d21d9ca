"""ita-extract: Thai ITA reports → validated records.

    from extract import extract_file, extract_paths, to_dataframes
    result = extract_file("report.txt")          # schemas.records.Result
    frames = to_dataframes(extract_paths(["reports/"]))   # dict of pandas DataFrames
"""
from importlib import import_module

# Imported on first use: `ita` imports this package before it can handle Ctrl-C, and the
# pipeline's imports (pandas, pythainlp, pdfplumber) take a second or two.
_HOMES = {"expand": "extract.batch", "extract_paths": "extract.batch", "to_dataframes": "extract.export",
          "write": "extract.export", "extract_document": "extract.pipeline", "extract_file": "extract.pipeline"}

__all__ = ["extract_file", "extract_paths", "extract_document", "expand", "to_dataframes", "write"]


def __getattr__(name: str):
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")

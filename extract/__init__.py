"""ita-extract: Thai ITA reports → validated records.

    from extract import extract_file, extract_paths, to_dataframes
    result = extract_file("report.txt")          # schemas.records.Result
    frames = to_dataframes(extract_paths(["reports/"]))   # dict of pandas DataFrames
"""
from extract.batch import expand, extract_paths
from extract.export import to_dataframes, write
from extract.pipeline import extract_document, extract_file

__all__ = ["extract_file", "extract_paths", "extract_document", "expand", "to_dataframes", "write"]

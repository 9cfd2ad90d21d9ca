"""The CSV that runs stream (csv module, batch by batch) is the CSV pandas users get from
``export_csv(to_dataframes(...))``, byte for byte, and reads back to the same values."""
import pandas as pd
import pytest

from extract import extract_paths, to_dataframes
from extract.export import TableWriter, export_csv
from tests.conftest import ROOT, SAMPLES, SEED_TEXTS

OTHERS = [ROOT / "tests" / "variants", ROOT / "tests" / "bad_corpus"]


# every kind of value real inputs produce: floats, gaps, ints, bools, lists, dicts, quotes, newlines
# (the texts alone already have each; every sample, PDFs and scans too, in the slow tier)
@pytest.mark.parametrize("inputs", [pytest.param([*SEED_TEXTS, *OTHERS], id="texts"),
                                    pytest.param([SAMPLES, *OTHERS], id="all", marks=pytest.mark.slow)])
def test_streamed_csv_has_the_bytes_of_pandas_csv(tmp_path, inputs):
    results = extract_paths(inputs)
    assert len(results) > 30
    writer = TableWriter(tmp_path / "streamed")
    for start in range(0, len(results), 7):                  # several appends per table
        writer.add(results[start:start + 7])
    writer.close()
    for name, df in to_dataframes(results).items():
        export_csv(df, tmp_path / f"{name}.csv")
        streamed = (tmp_path / "streamed" / f"{name}.csv").read_bytes()
        assert streamed == (tmp_path / f"{name}.csv").read_bytes(), name
        assert streamed.startswith(b"\xef\xbb\xbf") and streamed.count(b"\xef\xbb\xbf") == 1
    back = pd.read_csv(tmp_path / "streamed" / "scores.csv", encoding="utf-8-sig")
    assert back["score"].dtype == float and back["score"].notna().all() and back["page"].dtype == int

"""The summary `ita extract` prints on stderr when a run ends (nothing with --quiet)."""
from __future__ import annotations

import re
from collections import Counter

from extract.cli import main
from extract.summary import duration, top_reasons
from tests.conftest import seed


def _inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")                                   # failed: READ_EMPTY
    (folder / "note.txt").write_text("hello world, just a note\n")             # failed: NOT_ITA
    (folder / "thin.txt").write_text("การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ\n"
                                     "เทศบาลตำบลทดสอบ\n", encoding="utf-8")     # partial: NO_RECORDS
    return [str(seed("000")), str(folder)]


def _timeless(text: str) -> str:
    return re.sub(r"in \d+\.\d s", "in T", text)


def test_summary_counts_files_reasons_records_and_names_the_tables(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["extract", *_inputs(tmp_path), "--out", str(out), "--jobs", "1", "--format", "csv,xlsx"]) == 0
    err = capsys.readouterr().err
    assert _timeless(err) == (
        "ita: 4 files in T: 1 ok, 1 partial, 2 failed\n"
        "  partial: NO_RECORDS 1\n"
        "  failed: NOT_ITA 1, READ_EMPTY 1\n"
        "  records: 11 scores, 8 measures, 10 findings, 8 checks\n"
        f"  tables in {out}: reports.csv scores.csv measures.csv findings.csv checks.csv tables.xlsx\n")
    assert "Traceback" not in err
    assert main(["extract", *_inputs(tmp_path), "--out", str(out), "--resume"]) == 0
    first = capsys.readouterr().err.splitlines()[0]
    assert _timeless(first) == "ita: 4 files in T (4 reused from the journal): 1 ok, 1 partial, 2 failed"


def test_quiet_prints_nothing(tmp_path, capsys):
    assert main(["extract", *_inputs(tmp_path), "--out", str(tmp_path / "out"), "--jobs", "1", "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")


def test_top_reasons_rank_by_files_then_code():
    assert top_reasons(Counter({"B": 1, "A": 1, "C": 4, "D": 2, "E": 1})) == \
        "C 4, D 2, A 1 and 2 more (see the checks table)"
    assert top_reasons(Counter()) == "no reason recorded"


def test_duration_reads_as_a_person_would_say_it():
    assert [duration(s) for s in (0.04, 12.34, 125, 3725)] == ["0.0 s", "12.3 s", "2 min 05 s", "1 h 02 min"]

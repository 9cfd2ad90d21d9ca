"""A 2-digit B.E. year right after "ITA ปี" / "ITA ประจำปี" ("ผลประเมิน ITA ปี 67 อบต.คำบง ได้ 90.87 คะแนน") is
the assessment's year, as after ปีงบประมาณ / พ.ศ.: the page had no fiscal year and its score no year. A
4-digit year is read as before. Pages written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths
from normalize.dates import find_years


@pytest.mark.parametrize("text, year", [
    ("ผลประเมิน ITA ปี 67 อบต.คำบง ได้ 90.87 คะแนน\n", 2567),
    ("อบต.คำบง ผลการประเมิน ITA ประจำปี ๖๖ ได้ ๙๐.๘๗ คะแนน\n", 2566),
    ("อบต.คำบง ผลการประเมิน ITA ประจำปี 2566 ได้ 90.87 คะแนน\n", 2566),
])
def test_year(tmp_path: Path, text, year):
    path = tmp_path / "post.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    assert result.report.fiscal_year == year
    assert [(s.fiscal_year, s.score) for s in result.scores] == [(year, 90.87)]


def test_find_years():
    assert find_years("ITA ปี 67") == [2567]
    assert find_years("ITA ปี 2567") == [2567]
    assert find_years("ปี 67") == []  # no ITA, no ปีงบประมาณ: not read as a year

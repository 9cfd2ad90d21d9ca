"""The body's grade stated by a result verb earlier in the sentence that states its score: 'Prince of
Songkla University (PSU) has been rated "AA" in the Integrity and Transparency Assessment (ITA) for fiscal
year 2024, with a total score of 96.13.' (the grade was lost: it was read only from another sentence). A
score of another part between keeps the grade to itself. Pages written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths

HTML = """<html><head><meta charset="utf-8"></head><body>
<h1>Prince of Songkla University achieves AA in ITA 2024</h1>
<p>Prince of Songkla University (PSU) has been rated "AA" in the Integrity and Transparency Assessment (ITA) for
fiscal year 2024, with a total score of 96.13.</p>
</body></html>
"""


def test_the_grade_of_the_sentence(tmp_path: Path):
    path = tmp_path / "news.html"
    path.write_text(HTML, encoding="utf-8")
    [result] = extract_paths([path])
    assert [(s.fiscal_year, s.level, s.score, s.grade) for s in result.scores] == [(2567, "overall", 96.13, "AA")]
    assert (result.report.overall_score, result.report.overall_grade) == (96.13, "AA")


@pytest.mark.parametrize("text, expected", [
    ("The university was rated \"AA\" in the ITA 2024 (IIT 97.10), with a total score of 96.13.",
     [("tool", 97.10, None), ("overall", 96.13, None)]),
])
def test_a_score_between_keeps_it(tmp_path: Path, text, expected):
    path = tmp_path / "news.txt"
    path.write_text(text + "\n", encoding="utf-8")
    [result] = extract_paths([path])
    assert [(s.level, s.score, s.grade) for s in result.scores] == expected

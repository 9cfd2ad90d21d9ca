"""An English grade named after the score, given to the body by a verb: 'achieved an ITA score of 95.62
points, earning an "AA" rating', 'scored 96.12 … and received an AA grade' (the grade was lost). "short of
an AA rating" gives none. Wordings written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths


@pytest.mark.parametrize("text, grade", [
    ('Bangkok, 10 October 2023 – The Department of Disease Control announced today that it achieved an ITA score '
     'of 95.62 points, earning an "AA" rating, in the Integrity and Transparency Assessment for fiscal year 2023.',
     "AA"),
    ("The Department scored 95.62 in the 2023 ITA and received an AA grade.", "AA"),
    ("The Department scored 95.62 in the 2023 ITA, with an A rating.", "A"),
    ("The Department scored 95.62 in the 2023 ITA, short of an AA rating.", None),
])
def test_grade(tmp_path: Path, text, grade):
    path = tmp_path / "release.txt"
    path.write_text(text + "\n", encoding="utf-8")
    [result] = extract_paths([path])
    assert [(s.fiscal_year, s.score, s.grade) for s in result.scores] == [(2566, 95.62, grade)]

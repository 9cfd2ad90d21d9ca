"""An English mean of the bodies named before it is a distractor: "In 2023, 8,303 agencies took part and
the average score was 87.49." (it was recorded as the page's overall score). A body's own score is
unchanged. Wordings written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths


@pytest.mark.parametrize("text, expected", [
    ("About the ITA: The assessment uses three tools. Agencies scoring 85 points or more pass. In 2023, 8,303 "
     "agencies took part and the average score was 87.49.", []),
    ("The 2023 ITA covered all universities; their average ITA score was 90.55.", []),
    ("The Department of Lands scored 95.20 in the 2023 ITA.", [(2566, 95.20)]),
])
def test_mean(tmp_path: Path, text, expected):
    path = tmp_path / "page.txt"
    path.write_text(text + "\n", encoding="utf-8")
    [result] = extract_paths([path])
    assert [(s.fiscal_year, s.score) for s in result.scores] == expected

"""One sentence stating two different overall scores of one year is about several bodies ("the Ministry of
Finance scored 96.10 (AA), while the Ministry of Commerce scored 92.33 (A)"): English bodies are not
found as bodies, so the first was kept as the document's own score (SCORE_CONFLICT). Now neither is
kept; each is an info SCORE_ROLE_UNCLEAR. Two years, or one value said twice, stay. Wordings written
for this test."""
from pathlib import Path

import pytest

from extract import extract_paths


def _read(tmp_path: Path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text + "\n", encoding="utf-8")
    [result] = extract_paths([path])
    return result


@pytest.mark.parametrize("text", [
    "The NACC announced the 2022 ITA results. The Ministry of Finance scored 96.10 (AA), while the Ministry of "
    "Commerce scored 92.33 (A).",
    "Two hospitals in Chiang Rai were recognised in the 2023 ITA: Chiang Rai Prachanukroh Hospital scored 94.20 "
    "points (A), and Mae Chan Hospital scored 91.05 points (A).",
    "ITA 2022 results: the Provincial Electricity Authority scored 97.25 and the Metropolitan Electricity "
    "Authority scored 96.80, both at the AA level.",
])
def test_several_bodies_give_no_score(tmp_path, text):
    result = _read(tmp_path, text)
    assert result.scores == [] and result.report.overall_score is None
    unclear = [c for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"]
    assert len(unclear) == 2 and all(c.severity == "info" for c in unclear)
    assert not [c for c in result.checks if c.code == "SCORE_CONFLICT"]


@pytest.mark.parametrize("text, expected", [
    ("กรมควบคุมโรค ได้คะแนน ITA ปี 2566 เท่ากับ 95.11 คะแนน และปี 2567 เท่ากับ 96.42 คะแนน",
     [(2566, 95.11), (2567, 96.42)]),
    ("The Department scored 95.11 in the 2023 ITA (a total of 95.11 points).", [(2566, 95.11)]),
])
def test_one_body(tmp_path, text, expected):
    assert [(s.fiscal_year, s.score) for s in _read(tmp_path, text).scores] == expected

"""The ITA named in full, not as "ITA" or "ผลการประเมิน", names the overall result as "ITA" does:
"มหาวิทยาลัย… ได้รับการประเมินคุณธรรมและความโปร่งใส… ปี 2567 ได้ 90.04 คะแนน ระดับ A", "… received a score of
90.04 in the Integrity and Transparency Assessment 2024" (both were left out as unclear). An English grade
verb announces the score after it: "was rated AA with 96.20 points", "rated A, with a score of 90.04" (the
grade, or the score, was lost: the English alternative of GRADE_TO_SCORE had been swallowed by a comment).
Wordings written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths


def _read(tmp_path: Path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text + "\n", encoding="utf-8")
    [result] = extract_paths([path])
    return result


@pytest.mark.parametrize("text, expected", [
    ("มหาวิทยาลัยเชียงใหม่ได้รับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ปี 2567 ได้ 90.04 คะแนน ระดับ A",
     (2567, "overall", 90.04, "A")),
    ("โรงพยาบาลสุรินทร์ได้คะแนนการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566 จำนวน 88.15 คะแนน",
     (2566, "overall", 88.15, None)),
    ("The Department received a score of 90.04 in the Integrity and Transparency Assessment 2024.",
     (2567, "overall", 90.04, None)),
    ('Chiang Mai University received an "A" rating with a score of 90.04 in the Integrity and Transparency '
     "Assessment for fiscal year 2024.", (2567, "overall", 90.04, "A")),
    ("The Department was rated AA with 96.20 points in the 2024 ITA.", (2567, "overall", 96.20, "AA")),
    ("Chiang Mai University was rated A, with a score of 90.04, in the 2024 ITA.", (2567, "overall", 90.04, "A")),
])
def test_overall_score(tmp_path, text, expected):
    result = _read(tmp_path, text)
    assert [(s.fiscal_year, s.level, s.score, s.grade) for s in result.scores] == [expected]


def test_a_mean_of_the_bodies_assessed_stays_out(tmp_path):
    result = _read(tmp_path, "หน่วยงานที่เข้ารับการประเมินคุณธรรมและความโปร่งใส ปี 2566 ทั้งหมด 8,300 หน่วยงาน "
                             "มีค่าเฉลี่ยของประเทศ 87.12 คะแนน")
    assert result.scores == []

"""A grade given to the body by a verb right before its score ("วิทยาลัยได้ระดับ AA (96.52 คะแนน)") under a
line announcing the ITA result: the overall score and its grade, as "ได้ 96.52 คะแนน" is a score verb
(schemas/score_cues.GRADE_VERB_LEAD). It was left out as a number of no subject. Without the
announcement above it stays unclear. Posts written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths

COLLEGE = """วิทยาลัยเทคนิคขอนแก่น
ประกาศผลการประเมิน ITA ปีงบประมาณ 2567
วิทยาลัยได้ระดับ AA (96.52 คะแนน)
"""

# other words: a body abbreviation, "ได้รับ", a quoted grade, Thai digits
OBT = """องค์การบริหารส่วนตำบลบ้านฝาง อำเภอบ้านฝาง จังหวัดขอนแก่น
ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖
อบต.บ้านฝาง ได้รับระดับ "A" (๘๙.๗๕ คะแนน)
"""


@pytest.mark.parametrize("text, expected", [
    (COLLEGE, [("overall", None, None, 96.52, "AA", 2567)]),
    (OBT, [("overall", None, None, 89.75, "A", 2566)]),
    (COLLEGE.replace("ประกาศผลการประเมิน ITA ปีงบประมาณ 2567\n", "ข่าวกิจกรรม ปี 2567\n"), []),
])
def test_grade_verb_before_the_score(tmp_path: Path, text, expected):
    path = tmp_path / "post.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    assert [(s.level, s.tool, s.indicator, s.score, s.grade, s.fiscal_year) for s in result.scores] == expected

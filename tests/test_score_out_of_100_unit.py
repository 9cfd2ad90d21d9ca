"""A score whose unit follows its scale ("ได้ 96.52 จาก 100 คะแนน"): the scale and its unit are the score's
unit (schemas/score_cues.SCALE_WITH_UNIT) and the 100 its full marks, as in "96.52 คะแนน จาก 100 คะแนน";
both numbers were left out as unclear. Posts written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths

HEALTH_CENTRE = """โรงพยาบาลส่งเสริมสุขภาพตำบลนาดี อำเภอเมือง จังหวัดสระแก้ว
ผลการประเมิน ITA ปีงบประมาณ 2567
ได้ 96.52 จาก 100 คะแนน ระดับผ่านดีเยี่ยม
"""

# other words: the ITA named in full above, "คะแนนเต็ม", Thai digits
OFFICE = """สำนักงานเกษตรอำเภอวังน้ำเย็น
ผลการประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ๒๕๖๖
สำนักงานได้ ๘๙.๒๐ จากคะแนนเต็ม ๑๐๐ คะแนน
"""


@pytest.mark.parametrize("text, expected", [
    (HEALTH_CENTRE, [("overall", None, None, 96.52, "ผ่านดีเยี่ยม", 2567)]),
    (OFFICE, [("overall", None, None, 89.2, None, 2566)]),
])
def test_unit_after_the_scale(tmp_path: Path, text, expected):
    path = tmp_path / "post.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    assert [(s.level, s.tool, s.indicator, s.score, s.grade, s.fiscal_year) for s in result.scores] == expected
    assert not [c for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"]

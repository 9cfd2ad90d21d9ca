"""A pair led by the year before right before its first value, no "จาก" (score_cues.PAIR_EARLIER_LINK after
PREVIOUS_YEAR, a change word between: "ปีงบประมาณก่อน 88.50 ปรับขึ้นเป็น 91.75 คะแนน"): the first value is the
year before's score, the second the report year's, of the subject named before the pair ("ปีงบประมาณ" there is
the year's word, no budget)."""
from __future__ import annotations

from extract import extract_paths

SUBDISTRICT = """รายงานผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2567
องค์การบริหารส่วนตำบลโนนสูง อำเภอโนนสูง จังหวัดนครราชสีมา
ผลการประเมินภาพรวม ปีงบประมาณก่อน 88.50 ปรับขึ้นเป็น 91.75 คะแนน
"""

# other words, another body, a tool's result
HOSPITAL = """สรุปผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568
โรงพยาบาลบ้านแท่น อำเภอบ้านแท่น จังหวัดชัยภูมิ
คะแนนแบบวัด EIT ปีที่แล้ว 84.20 เพิ่มขึ้นเป็น 89.05 คะแนน
"""


def _scores(write_report, text: str):
    [result] = extract_paths([write_report(text)])
    return [(s.level, s.tool, s.fiscal_year, s.score) for s in result.scores]


def test_the_year_before_leading_a_pair(write_report):
    assert _scores(write_report, SUBDISTRICT) == [("overall", None, 2566, 88.5), ("overall", None, 2567, 91.75)]


def test_the_year_before_leading_a_pair_in_other_words(write_report):
    assert _scores(write_report, HOSPITAL) == [("tool", "EIT", 2567, 84.2), ("tool", "EIT", 2568, 89.05)]

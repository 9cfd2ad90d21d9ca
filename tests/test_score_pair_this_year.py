"""A pair of results whose later value is named as this year's ("ผลคะแนน ITA ปีก่อน 94.20 → ปีนี้ 96.50",
"last year 94.20 -> this year 96.50"): the later is the report's year's, the earlier the year before. Neither
was read (a "this year" word between the arrow and the value broke the pair). Lines written for this test."""
import pytest

from extract.parse import score_roles as roles

BODY = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2567
เทศบาลตำบลบ้านแหลม อำเภอบ้านแหลม จังหวัดเพชรบุรี

ผลคะแนน ITA ปีก่อน 94.20 → ปีนี้ 96.50
"""


def test_this_years_value_of_a_pair(score_rows):
    assert score_rows(BODY) == [("overall", None, None, 94.2, None, 2566), ("overall", None, None, 96.5, None, 2567)]


@pytest.mark.parametrize("text, expected", [
    ("ITA score last year 94.20 -> this year 96.50", [("overall", None, 94.2, 2566), ("overall", None, 96.5, 2567)]),
    ("แบบวัด EIT ปีที่แล้ว ๘๘.๑๐ ➜ ปีปัจจุบัน ๙๐.๐๕", [("tool", "EIT", 88.1, 2566), ("tool", "EIT", 90.05, 2567)]),
])
def test_pairs_in_other_words(text, expected):
    reading = roles.read_sentence(text, 2567, 2567)
    assert [(s.level, s.tool, s.value, s.year) for s in reading.statements] == expected

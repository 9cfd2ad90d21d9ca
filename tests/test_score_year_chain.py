"""Years chained by arrows, then the values chained by arrows ("ปี 2565 → ปี 2566 : 88.10 → 91.25"): each value
is its year's result, in order. The later value was recorded as the report's year (an analysis of 2567
comparing 2565 with 2566 recorded 91.25 as 2567's score) and the earlier left out. A chain of values of
another length than its years' is left out as unclear (schemas/score_cues.YEAR_CHAIN_JOIN,
VALUE_CHAIN_JOIN). Lines written for this test."""
import pytest

from extract.parse import score_roles as roles

HOSPITAL = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2567
โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคก อำเภอโคกสำโรง จังหวัดลพบุรี

ผลการประเมิน ITA ปี 2565 → ปี 2566 : 88.10 → 91.25
"""


def _read(text: str):
    reading = roles.read_sentence(text, 2567, 2567)
    return ([(s.level, s.tool, s.value, s.year) for s in reading.statements], [u.value for u in reading.unclear])


def test_each_value_is_its_chained_years(score_rows):
    assert score_rows(HOSPITAL) == [("overall", None, None, 88.1, None, 2565), ("overall", None, None, 91.25, None, 2566)]


@pytest.mark.parametrize("text, expected", [
    # other words: three years, the second without "ปี", a unit after the last value, Thai digits
    ("คะแนน ITA ปี ๒๕๖๔ → ๒๕๖๕ → ๒๕๖๖ : ๘๕.๐๐ → ๘๘.๑๐ → ๙๑.๒๕ คะแนน",
     [("overall", None, 85.0, 2564), ("overall", None, 88.1, 2565), ("overall", None, 91.25, 2566)]),
    ("ITA score FY2022 -> FY2023: 88.10 -> 91.25", [("overall", None, 88.1, 2565), ("overall", None, 91.25, 2566)]),
    ("แบบวัด IIT พ.ศ. 2565 ⇒ พ.ศ. 2566 = 90.10 ⇒ 95.20", [("tool", "IIT", 90.1, 2565), ("tool", "IIT", 95.2, 2566)]),
])
def test_chains_in_other_words(text, expected):
    assert _read(text) == (expected, [])


def test_chains_of_other_lengths_are_unclear():
    assert _read("ผลการประเมิน ITA ปี 2564 → ปี 2566 : 80.00 → 88.10 → 91.25") == ([], [80.0, 88.1, 91.25])


@pytest.mark.parametrize("text", [
    # one year, not the report's, before a pair: the later value may be the next year's as well as the
    # report's (it was recorded as 2567's)
    "ผลการประเมิน ITA ปี 2565 : 88.10 → 91.25 คะแนน",
    "คะแนน ITA ปีงบประมาณ ๒๕๖๔ ๘๕.๐๐ → ๘๙.๗๐",
])
def test_a_pair_after_another_years_label_is_unclear(text):
    assert _read(text) == ([], [88.1, 91.25] if "88.10" in text else [85.0, 89.7])


def test_a_pair_after_the_reports_own_year_keeps_the_later_value():
    assert _read("ผลการประเมิน ITA ปี 2567 : 88.10 → 91.25 คะแนน") == ([("overall", None, 91.25, 2567)], [88.1])

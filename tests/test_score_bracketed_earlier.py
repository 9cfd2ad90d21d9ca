"""A change from an earlier year with that year's value in brackets, then the level it came to ("คะแนนลดลงจากปีก่อน
(95.00) มาอยู่ที่ 91.20"): a pair, 95.00 the year before's, 91.20 the report year's. Both were lost (95.00 read as the
amount of the change, 91.20 with no subject). A bracketed number after such a change with no level after it may be
either the change or the earlier score: left out with a check (reason change_or_earlier), not dropped silently. A
year in the words of a change by an amount is the change's, not the level's ("ลดลงจากปีก่อน 3.80 มาอยู่ที่ 91.20").
Lines written for this test (probe-r)."""
import pytest

from extract.parse import score_roles as roles

HEADER = ("ประกาศเทศบาลตำบลนาแก อำเภอนาแก จังหวัดนครพนม\n"
          "เรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568\n")


def _read(text: str):
    reading = roles.read_sentence(text, 2568, 2568)
    return [(s.level, s.tool, s.value, s.year) for s in reading.statements], [(u.value, u.reason) for u in reading.unclear]


def test_the_bracketed_earlier_value_and_the_level(score_rows):
    text = HEADER + "ผลการประเมิน ITA ของเทศบาล คะแนนลดลงจากปีก่อน (95.00) มาอยู่ที่ 91.20 คะแนน\n"
    assert score_rows(text) == [("overall", None, None, 95.0, None, 2567), ("overall", None, None, 91.2, None, 2568)]


@pytest.mark.parametrize("text, expected", [
    ("The ITA score fell from the previous year (95.00) to 91.20 points.",
     [("overall", None, 95.0, 2567), ("overall", None, 91.2, 2568)]),
    ("แบบวัด EIT เพิ่มขึ้นจากปี 2567 (88.40 คะแนน) มาอยู่ที่ 92.15 คะแนน",
     [("tool", "EIT", 88.4, 2567), ("tool", "EIT", 92.15, 2568)]),
    # a change by an amount: the level is this year's, "ปีก่อน" is the change's
    ("คะแนน ITA ลดลงจากปีก่อน 3.80 มาอยู่ที่ 91.20 คะแนน", [("overall", None, 91.2, 2568)]),
])
def test_in_other_words(text, expected):
    assert _read(text)[0] == expected


@pytest.mark.parametrize("text, value", [
    ("คะแนน ITA ปีนี้ 91.20 คะแนน ลดลงจากปีที่แล้ว (95.00 คะแนน)", 95.0),
    ("ผลการประเมิน ITA ของเทศบาลได้ 91.20 คะแนน ซึ่งสูงกว่าปีที่ผ่านมา (89.85 คะแนน)", 89.85),
    ("ผลการประเมิน ITA ของเทศบาลได้ 91.20 คะแนน ซึ่งต่ำกว่าปี 2567 (93.00 คะแนน)", 93.0),
])
def test_a_bracket_after_the_change_alone_is_unclear(text, value):
    statements, unclear = _read(text)
    assert statements == [("overall", None, 91.2, 2568)]
    assert [(v, str(r)) for v, r in unclear] == [
        (value, "in brackets after a change from an earlier year: the amount of the change, or that year's score?")]

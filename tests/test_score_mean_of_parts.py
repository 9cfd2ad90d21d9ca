"""The mean of a body's indicators or tools ("คะแนนเฉลี่ยทั้ง 10 ตัวชี้วัด เท่ากับ 92.40", "the average score of the ten
indicators was 92.40") is not the ITA result, whose total weighs the tools 30/30/40 (docs/ITA_METHODOLOGY.md): it is
left out with a check (reason mean_of_parts); it was taken for the overall score or dropped silently as a label. A
province's average named in English ("province average: 88.90") is a group's mean, not a second overall score that
made the body's own unclear; a place won with a value ("came second in the province with 94.10") is worth a check.
Lines written for this test (probe-r)."""
import pytest

from extract.parse import score_roles as roles

HEADER = ("ประกาศเทศบาลตำบลนาแก อำเภอนาแก จังหวัดนครพนม\n"
          "เรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568\n")
MEAN = "the mean of the indicators or tools, not the result (which weighs the tools 30/30/40)"


def _read(text: str):
    reading = roles.read_sentence(text, 2568, 2568)
    return [(s.level, s.value, s.year) for s in reading.statements], [(u.value, str(u.reason)) for u in reading.unclear]


@pytest.mark.parametrize("text", [
    "ผลการประเมิน ITA คะแนนเฉลี่ยทั้ง 10 ตัวชี้วัด เท่ากับ 92.40 คะแนน",
    "In the ITA, the average score of the ten indicators was 92.40.",
    "The average of the three ITA tools was 92.40 points.",
])
def test_a_mean_of_parts_is_unclear(text):
    assert _read(text) == ([], [(92.4, MEAN)])


def test_a_mean_of_parts_in_a_report(score_rows):
    assert score_rows(HEADER + "ผลการประเมิน ITA ค่าเฉลี่ยของทุกตัวชี้วัดอยู่ที่ 92.40 คะแนน\n") == []


def test_one_indicators_mean_is_its_score():
    assert _read("คะแนนเฉลี่ยตัวชี้วัดที่ 9 การเปิดเผยข้อมูล 95.00 คะแนน")[1] == []


def test_a_province_average_in_english():
    assert _read("ITA score: 93.45 (province average: 88.90)") == ([("overall", 93.45, 2568)], [])
    assert _read("The district average ITA score was 88.90, while the municipality scored 93.45.") == (
        [("overall", 93.45, 2568)], [])


def test_a_place_won_with_a_value_is_unclear():
    assert _read("The municipality came second in the province with 94.10, behind Tha Uthen municipality.") == (
        [], [(94.1, "no subject (overall, tool or indicator) named")])

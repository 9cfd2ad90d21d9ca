"""Prose forms that filed a wrong score or raised a needless check (probe-r):

- values listed after one subject with no year or subject each ("the ITA scores were 87.10, 89.85 and 91.30", no
  "respectively"): the first was taken for the report year's overall score; now all are left out as unclear
  (reason listed_values);
- a score then "the year before" ("dropped to 89.75 this year from 92.10 the year before"): 92.10 took "this year"
  and both were left out as two overall scores of one year; it is the year before's (RELATIVE_YEAR_AFTER);
- a change or margin named as such ("an improvement of 2.10 points on 2024", "สูงกว่าเกณฑ์ (85 คะแนน) อยู่ 6.30
  คะแนน", "… ซึ่งได้ 89.85 คะแนน อยู่ 1.45 คะแนน") is a change: no check, where it was reported as an unclear score.
Lines written for this test."""
import pytest

from extract.parse import score_roles as roles

HEADER = ("ประกาศเทศบาลตำบลนาแก อำเภอนาแก จังหวัดนครพนม\n"
          "เรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568\n")
LISTED = "one of several values listed after one subject, each with no year or subject of its own"


def _read(text: str):
    reading = roles.read_sentence(text, 2568, 2568)
    return [(s.level, s.value, s.year) for s in reading.statements], [(u.value, str(u.reason)) for u in reading.unclear]


def test_values_listed_without_years(score_rows):
    assert score_rows(HEADER + "Over the past three years the ITA scores were 87.10, 89.85 and 91.30.\n") == []
    assert _read("คะแนน ITA ของเทศบาลสามปีล่าสุดได้ 87.10 คะแนน, 89.85 และ 91.30") == (
        [], [(87.1, LISTED), (89.85, LISTED)])


def test_values_listed_respectively_keep_their_years():
    assert _read("คะแนน ITA ปี 2566 และ 2567 เท่ากับ 90.25 และ 94.10 ตามลำดับ") == (
        [("overall", 90.25, 2566), ("overall", 94.1, 2567)], [])


@pytest.mark.parametrize("text, expected", [
    ("The municipality's ITA score dropped to 89.75 this year from 92.10 the year before.",
     [("overall", 89.75, 2568), ("overall", 92.1, 2567)]),
    ("The hospital's ITA score rose to 94.40 from 93.10 a year earlier.",
     [("overall", 94.4, 2568), ("overall", 93.1, 2567)]),
])
def test_the_year_before_after_a_score(text, expected):
    assert _read(text) == (expected, [])


@pytest.mark.parametrize("text, expected", [
    ("In fiscal year 2025 the municipality's ITA result was 93.20 points, an improvement of 2.10 points on 2024.",
     [("overall", 93.2, 2568)]),
    ("ผลการประเมิน ITA ของเทศบาลได้ 91.30 คะแนน สูงกว่าเกณฑ์ (85 คะแนน) อยู่ 6.30 คะแนน", [("overall", 91.3, 2568)]),
    ("ผลการประเมิน ITA ของเทศบาลได้ 91.30 คะแนน มากกว่าปีที่แล้วซึ่งได้ 89.85 คะแนน อยู่ 1.45 คะแนน",
     [("overall", 91.3, 2568), ("overall", 89.85, 2567)]),
])
def test_a_change_named_as_such_is_no_score(text, expected):
    assert _read(text) == (expected, [])

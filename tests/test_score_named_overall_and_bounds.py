"""Prose forms probe-r found dropping or blocking the body's score:

- the result's name right before its number with no unit ("Results: IIT 96.10, EIT 92.40, OIT 97.50; overall 95.40",
  "… OIT 97.50 ภาพรวม 95.40 ซึ่งผ่านเกณฑ์"): the overall score, dropped silently as a bare number (SCORE_TAIL);
- a group's median ("above the provincial median of 92.00"): no second overall score that made the body's unclear;
- a bound written as a sign ("(เป้าหมาย ≥ 92 คะแนน)"): a threshold, not an unclear score (DISTRACTOR_TAIL).
Lines written for this test."""
import pytest

from extract.parse import score_roles as roles

HEADER = ("ประกาศเทศบาลตำบลนาแก อำเภอนาแก จังหวัดนครพนม\n"
          "เรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568\n")


def _read(text: str):
    reading = roles.read_sentence(text, 2568, 2568)
    return ([(s.level, s.tool, s.value, s.year) for s in reading.statements],
            [(u.value, str(u.reason)) for u in reading.unclear])


def test_overall_named_before_its_number(score_rows):
    assert score_rows(HEADER + "Results: IIT 96.10, EIT 92.40, OIT 97.50; overall 95.40.\n") == [
        ("tool", "IIT", None, 96.1, None, 2568), ("tool", "EIT", None, 92.4, None, 2568),
        ("tool", "OIT", None, 97.5, None, 2568), ("overall", None, None, 95.4, None, 2568)]


@pytest.mark.parametrize("text, expected", [
    ("ผลการประเมิน ITA ของเทศบาล แยกเป็น IIT 96.10 EIT 92.40 OIT 97.50 ภาพรวม 95.40 ซึ่งผ่านเกณฑ์",
     ([("tool", "IIT", 96.1, 2568), ("tool", "EIT", 92.4, 2568), ("tool", "OIT", 97.5, 2568),
       ("overall", None, 95.4, 2568)], [])),
    ("The municipality's ITA score was 95.40, above the provincial median of 92.00.",
     ([("overall", None, 95.4, 2568)], [])),
    ("ผลการประเมิน ITA ของเทศบาล ปี 2568 ได้ 95.40 คะแนน (เป้าหมาย ≥ 92 คะแนน)", ([("overall", None, 95.4, 2568)], [])),
    ("ITA score 95.40 (target >= 92 points)", ([("overall", None, 95.4, 2568)], [])),
])
def test_in_other_words(text, expected):
    assert _read(text) == expected

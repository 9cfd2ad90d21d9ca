"""A part named right after a score and its unit ("ผลการประเมิน ITA ของเทศบาลได้คะแนนเต็ม 100 คะแนนในตัวชี้วัดที่ 9", "scored
100 points on indicator 9") makes the number that part's score: it was taken for the overall result the words before
name (schemas/score_cues.PART_AFTER_LINK, PART_AFTER_START). And a year a score changed from ("ลดลงจากปีก่อนเหลือ 87.50")
is not the score's year: 87.50 was filed under the year before. Lines written for this test (probe-r)."""
import pytest

from extract.parse import score_roles as roles

HEADER = ("ประกาศเทศบาลตำบลนาแก อำเภอนาแก จังหวัดนครพนม\n"
          "เรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568\n")


def _read(text: str):
    reading = roles.read_sentence(text, 2568, 2568)
    return ([(s.level, s.tool, s.indicator, s.value, s.year) for s in reading.statements],
            [(u.value, str(u.reason)) for u in reading.unclear])


def test_full_marks_in_an_indicator_named_after(score_rows):
    text = HEADER + "ผลการประเมิน ITA ของเทศบาลได้คะแนนเต็ม 100 คะแนนในตัวชี้วัดที่ 9\n"
    assert score_rows(text) == [("indicator", "OIT", 9, 100.0, None, 2568)]


@pytest.mark.parametrize("text, expected", [
    ("In the ITA the municipality scored 100 points on indicator 9.", ([("indicator", "OIT", 9, 100.0, 2568)], [])),
    ("ผลการประเมิน ITA ได้ 89.20 คะแนน ในแบบวัด EIT", ([("tool", "EIT", None, 89.2, 2568)], [])),
    ("ผลการประเมิน ITA ได้ 93.10 คะแนน ในตัวชี้วัดที่ 9 และ 10", ([], [(93.1, "several indicators named (9, 10)")])),
    # a year between: the part is not named right after the score
    ("ผลการประเมิน ITA ได้ 93.10 คะแนน ในปี 2568 ตัวชี้วัดที่ 9 ได้ 100 คะแนน",
     ([("overall", None, None, 93.1, 2568), ("indicator", "OIT", 9, 100.0, 2568)], [])),
])
def test_in_other_words(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้คะแนนลดลงจากปีก่อนเหลือ 87.50 คะแนน", [("indicator", "OIT", 10, 87.5, 2568)]),
    ("แบบวัด OIT ปี 2568 ขยับขึ้นจากปี 2567 มาเป็น 97.20 คะแนน", [("tool", "OIT", None, 97.2, 2568)]),
])
def test_the_year_a_score_changed_from_is_not_its_own(text, expected):
    assert _read(text) == (expected, [])

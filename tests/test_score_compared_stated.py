"""A comparative that names the value after it ("ซึ่งเทศบาลได้สูงกว่าคือ 94.10": got higher, namely 94.10) is no
threshold: the number is the result of whom it is said (schemas/score_cues.COMPARED_STATED). Right after a pass mark
of a named subject it is that subject's score (THRESHOLD_THEN_SCORE); it was dropped silently as a threshold.
Lines written for this test (probe-r)."""
import pytest

from extract.parse import score_roles as roles

HEADER = ("ประกาศเทศบาลตำบลนาแก อำเภอนาแก จังหวัดนครพนม\n"
          "เรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568\n")


def _read(text: str):
    reading = roles.read_sentence(text, 2568, 2568)
    return [(s.level, s.tool, s.value, s.year) for s in reading.statements], [u.value for u in reading.unclear]


def test_the_score_named_after_a_comparative_with_the_pass_mark(score_rows):
    text = HEADER + "ผลการประเมิน ITA ของเทศบาล เกณฑ์ผ่านอยู่ที่ 85 คะแนน ซึ่งเทศบาลได้สูงกว่าคือ 94.10 คะแนน\n"
    assert score_rows(text) == [("overall", None, None, 94.1, None, 2568)]


@pytest.mark.parametrize("text, expected", [
    ("ผลการประเมิน ITA ได้คะแนนเกินกว่าเกณฑ์ คือ 93.45 คะแนน", [("overall", None, 93.45, 2568)]),
    ("แบบวัด OIT ผ่านเกณฑ์ 85 คะแนน โดยหน่วยงานได้มากกว่า คือ 96.00 คะแนน", [("tool", "OIT", 96.0, 2568)]),
    ("ผลการประเมิน ITA ของเทศบาลต่ำกว่าเกณฑ์ คือได้เพียง 82.15 คะแนน", [("overall", None, 82.15, 2568)]),
])
def test_in_other_words(text, expected):
    assert _read(text) == (expected, [])


@pytest.mark.parametrize("text", [
    "ผลการประเมิน ITA ต้องได้คะแนนสูงกว่า 85 คะแนน",    # a threshold still
    "ผลการประเมิน ITA สูงกว่าเกณฑ์ที่ 85 คะแนน",
])
def test_a_comparative_with_its_number_stays_a_threshold(text):
    assert _read(text) == ([], [])

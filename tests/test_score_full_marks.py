""""ได้คะแนนเต็ม 100 คะแนน" (got full marks: the indicator scored 100) was read as the scale ("คะแนนเต็ม"
is a full-mark distractor) and the perfect score was lost. Full marks got are a score of 100; the scale
after a score ("จากคะแนนเต็ม 100") and a scale alone stay no score. Sentences written for this test."""
import pytest

from extract.parse.score_roles import read_sentence


@pytest.mark.parametrize("text, expected", [
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้คะแนนเต็ม 100 คะแนน", [("indicator", 9, 100.0)]),
    ("แบบวัด OIT ได้รับคะแนนเต็ม 100 คะแนน", [("tool", None, 100.0)]),
    ("The OIT achieved a perfect score of 100", [("tool", None, 100.0)]),
    # the scale, not a score
    ("ตัวชี้วัดที่ 9 ได้ 95 คะแนน จากคะแนนเต็ม 100", [("indicator", 9, 95.0)]),
    ("แบบวัด OIT มีคะแนนเต็ม 100 คะแนน", []),
    ("ตัวชี้วัดที่ 9 ได้คะแนนเต็ม 5 คะแนน", []),  # full marks on another scale: not an ITA score
])
def test_full_marks_got_are_a_score_of_100(text, expected):
    assert [(s.level, s.indicator, s.value) for s in read_sentence(text, 2567, 2567).statements] == expected

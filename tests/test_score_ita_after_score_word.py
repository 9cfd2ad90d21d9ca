""""คะแนน ITA 91.25" (the assessment named between the score word and the number) was no score: the
number had no score word right before it and was dropped without a word. It is the overall score, as
"ITA score: 91.25" is; a cue before it still decides ("เกณฑ์คะแนน ITA 85" is the threshold), and the
first of a row of numbers ("คะแนน ITA 98.04 97.41 97.37 …", a table read as one line, as on a real
web page of several agencies) is unclear, not the page's score. Sentences written for this test."""
import pytest

from extract.parse.score_roles import read_sentence


def _read(text):
    r = read_sentence(text, 2567, 2567)
    return [(s.level, s.year, s.value) for s in r.statements], [u.value for u in r.unclear]


@pytest.mark.parametrize("text, expected", [
    ("คะแนน ITA 91.25 ผ่านเกณฑ์", ([("overall", 2567, 91.25)], [])),
    ("คะแนนการประเมิน (ITA) ปี 2566 88.40", ([("overall", 2566, 88.4)], [])),
    ("เกณฑ์คะแนน ITA 85", ([], [])),
    ("เป้าหมาย ITA 90 คะแนน", ([], [])),
    ("ค่าเฉลี่ยคะแนน ITA 88.10", ([], [])),
    ("คะแนน ITA 98.04 97.41 97.37 97.25", ([], [98.04])),
    ("ITA score: 98.04 97.41 97.37", ([], [98.04])),
])
def test_the_assessment_named_after_the_score_word(text, expected):
    assert _read(text) == expected

"""A pass mark or target stated of a tool, then the tool's score after a score verb ("OIT ผ่านเกณฑ์ 85 คะแนน ได้
93.02", "EIT target of 90 points, scored 91.40"): the score is the tool's. The threshold is never the score;
the score was left out (the threshold ended its subject's words) or, after "scored", taken for the overall
score (schemas/score_cues.THRESHOLD_THEN_SCORE). A threshold of no named subject leaves the score unclear.
Lines written for this test."""
import pytest

from extract.parse import score_roles as roles

OBT = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2567
องค์การบริหารส่วนตำบลบางเลน อำเภอบางเลน จังหวัดนครปฐม

OIT ผ่านเกณฑ์ 85 คะแนน ได้ 93.02
"""


def _read(text: str):
    reading = roles.read_sentence(text, 2567, 2567)
    return [(s.level, s.tool, s.value, s.year) for s in reading.statements], [u.value for u in reading.unclear]


def test_the_tools_score_after_its_pass_mark(score_rows):
    assert score_rows(OBT) == [("tool", "OIT", None, 93.02, None, 2567)]


@pytest.mark.parametrize("text, expected", [
    ("EIT target of 90 points, scored 91.40", [("tool", "EIT", 91.4, 2567)]),
    ("แบบวัด IIT ตั้งเป้าไว้ ๙๐ คะแนน แต่ได้ ๘๘.๑๐ คะแนน", [("tool", "IIT", 88.1, 2567)]),
])
def test_in_other_words(text, expected):
    assert _read(text) == (expected, [])


def test_a_threshold_of_nothing_named_leaves_the_score_unclear():
    assert _read("เกณฑ์ผ่าน 85 คะแนน ได้ 93.02") == ([], [93.02])

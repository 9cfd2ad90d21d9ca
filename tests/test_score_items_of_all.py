"""A count of the OIT's items passed out of all its items ("OIT: 38 of 43 items passed", "passed 40/43
items", "ผ่าน 40 จาก 43 ข้อ") is no score: "38" was recorded as the OIT's score (an English "of" between two
numbers was not read as "out of", and nothing said the count was of items). The number of all items
after a count makes it a count (schemas/score_cues.ITEMS_OF_ALL, a "count" head; OUT_OF takes "of"), and
after a pass word (ITEMS_PASSED_LEAD) a word of the phrase whose share follows is the tool's score.
Lines written for this test."""
import pytest

from extract.parse import score_roles as roles

EN = """ITA Assessment Analysis Report, Fiscal Year 2024
Faculty of Engineering, Chiang Mai University

OIT: 38 of 43 items passed
The Faculty passed 40/43 items of the OIT.
"""


def _read(text: str):
    reading = roles.read_sentence(text, 2567, 2567)
    return ([(s.level, s.tool, s.indicator, s.value, s.year) for s in reading.statements],
            [u.value for u in reading.unclear])


def test_items_passed_in_english_are_no_score(score_rows):
    assert score_rows(EN) == []


@pytest.mark.parametrize("text", ["OIT: 38 of 43 items passed", "OIT passed 40/43 items", "OIT: 41 out of 43 criteria met",
                                  "The OIT score was 41 of 43 items", "OIT ได้ 40/43 ข้อ"])
def test_a_count_of_all_items_is_no_score(text):
    assert _read(text)[0] == []


@pytest.mark.parametrize("text", ["OIT ผ่าน 40 จาก 43 ข้อ คิดเป็นร้อยละ 93.02", "- แบบ OIT ผ่านเกณฑ์ ๔๐/๔๓ ข้อ คิดเป็นร้อยละ ๙๓.๐๒"])
def test_the_share_after_items_of_all_is_the_tools(text):
    assert _read(text) == ([("tool", "OIT", None, 93.02, 2567)], [])


def test_points_of_a_scale_other_than_100_are_not_the_score():
    assert _read("EIT: 38 of 40")[0] == []

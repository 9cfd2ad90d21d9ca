"""The OIT's score written as the share of its items passed ("(OIT) ผ่าน 40 ข้อ คิดเป็นร้อยละ 93.02"): the
count of items passed is a word of the phrase (schemas/score_cues.ITEMS_PASSED_LEAD), not a value that ends
the share's subject, so the share is the tool's score (it was a "share" of nothing and lost). With no tool
or indicator named, the share of items is not taken for the overall score: SCORE_ROLE_UNCLEAR.
Lines written for this test."""
import pytest

from extract.parse import score_roles as roles


def _read(text: str):
    reading = roles.read_sentence(text, 2566, 2566)
    return ([(s.level, s.tool, s.indicator, s.value, s.year) for s in reading.statements],
            [u.value for u in reading.unclear])


@pytest.mark.parametrize("text, expected", [
    ("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ผ่าน 40 ข้อ คิดเป็นร้อยละ 93.02", ("tool", "OIT", None, 93.02, 2566)),
    # other words: Thai digits, "ผ่านเกณฑ์", the number of all items after the count, "รายการ"
    ("- OIT ผ่านเกณฑ์ ๔๑ ข้อ จากทั้งหมด ๔๓ ข้อ คิดเป็นร้อยละ ๙๕.๓๕", ("tool", "OIT", None, 95.35, 2566)),
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ผ่านการประเมิน 30 รายการ จากทั้งสิ้น 33 รายการ คิดเป็นร้อยละ 90.91",
     ("indicator", "OIT", 9, 90.91, 2566)),
])
def test_share_of_items_passed_is_the_tools_score(text, expected):
    assert _read(text) == ([expected], [])


def test_share_of_items_with_no_tool_is_unclear():
    assert _read("ผลการประเมินผ่าน 40 ข้อ คิดเป็นร้อยละ 93.02") == ([], [93.02])


def test_a_pass_mark_in_points_is_still_a_threshold():
    statements, _ = _read("OIT ผ่านเกณฑ์ 85 คะแนน")
    assert statements == []

"""A numbered list with no lead-in right under the title block (the body's name stands between the title and
the first item), under a title naming improvements on the assessment's results ("การขับเคลื่อนการปรับปรุง
ตามผลการประเมิน ITA"): items that each name their unit or time are the improvement measures (no measure was
read). Items with neither (the indicators' results listed) stay no measures. Documents written for this test."""
from pathlib import Path

from tests.conftest import text_result as _run

SCHOOL = """การขับเคลื่อนการปรับปรุงตามผลการประเมิน ITA ปีการศึกษา ๒๕๖๗
โรงเรียนชุมแพศึกษา สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น
ข้อ ๑ การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง
วิธีการ: สรุปผลการจัดซื้อจัดจ้างรายเดือนขึ้นเว็บไซต์โรงเรียน
ผู้รับผิดชอบ: งานพัสดุ
ระยะเวลา: ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘
ข้อ ๒ การป้องกันผลประโยชน์ทับซ้อน
วิธีการ: จัดอบรมครูและบุคลากรปีละ ๑ ครั้ง
ผู้รับผิดชอบ: งานบุคคล
ระยะเวลา: พฤษภาคม ๒๕๖๘
"""

# other words: a hospital, "แนวทางการพัฒนาตามผลการประเมิน", "๑." items naming their unit and time inline
HOSPITAL = """แนวทางการพัฒนาตามผลการประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๘
โรงพยาบาลกุมภวาปี จังหวัดอุดรธานี
๑. จัดทำคู่มือการยืมพัสดุ ผู้รับผิดชอบ งานพัสดุ ระยะเวลา ธันวาคม ๒๕๖๗
๒. ประชาสัมพันธ์ช่องทางร้องเรียนทางไลน์ ผู้รับผิดชอบ งานประชาสัมพันธ์ ระยะเวลา มกราคม ๒๕๖๘
"""

# the same title over the indicators' results: no unit, no time, no measures
RESULTS = """แนวทางการพัฒนาตามผลการประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๘
โรงพยาบาลหนองหาน จังหวัดอุดรธานี
๑. ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนน ๘๐.๐๐
๒. ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ได้คะแนน ๗๕.๐๐
๓. ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ได้คะแนน ๘๘.๐๐
"""


def _measures(result):
    return [(m.table, m.title, m.indicators, m.steps, m.responsible, m.timeframe, m.where.line)
            for m in result.measures]


def test_fielded_items_under_an_improvement_title(tmp_path: Path):
    result = _run(tmp_path, SCHOOL)
    assert _measures(result) == [
        ("improvement", "ข้อ ๑ การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง", [9], ["สรุปผลการจัดซื้อจัดจ้างรายเดือนขึ้นเว็บไซต์โรงเรียน"],
         ["งานพัสดุ"], "ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘", 3),
        ("improvement", "ข้อ ๒ การป้องกันผลประโยชน์ทับซ้อน", [], ["จัดอบรมครูและบุคลากรปีละ ๑ ครั้ง"], ["งานบุคคล"],
         "พฤษภาคม ๒๕๖๘", 7)]
    # (an academic year is no fiscal year: tests/test_metadata_letters_and_joined_years.py)
    assert [c.code for c in result.checks] == ["FISCAL_YEAR_OTHER_CALENDAR", "MEASURES_FROM_LIST", "METADATA_MISSING"]


def test_the_same_in_other_words(tmp_path: Path):
    assert _measures(_run(tmp_path, HOSPITAL)) == [
        ("improvement", "๑. จัดทำคู่มือการยืมพัสดุ", [], [], ["งานพัสดุ"], "ธันวาคม ๒๕๖๗", 3),
        ("improvement", "๒. ประชาสัมพันธ์ช่องทางร้องเรียนทางไลน์", [], [], ["งานประชาสัมพันธ์"], "มกราคม ๒๕๖๘", 4)]


def test_results_under_the_title_are_no_measures(tmp_path: Path):
    assert _run(tmp_path, RESULTS).measures == []

"""A measures table's column of the ITA indicators each measure serves ("ตัวชี้วัดที่เกี่ยวข้อง") gives
the measure's indicators whether a cell names one by "ตัวชี้วัดที่ N", by number alone ("10", "7, 8")
or by name; it was read as the rationale, so only "ตัวชี้วัดที่ N" cells gave indicators and the other
cells stood in the rationale. A column of targets under "ตัวชี้วัด" stays targets. Written for this test."""
from pathlib import Path

from extract import extract_paths
from extract.parse.indicators import bare_refs

PLAN = """มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568
องค์การบริหารส่วนตำบลบ้านเหล่า อำเภอแม่ใจ จังหวัดพะเยา

มาตรการ\tตัวชี้วัดที่เกี่ยวข้อง\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา
จัดทำคู่มือการใช้รถส่วนกลาง\tตัวชี้วัดที่ 4\tเผยแพร่คู่มือให้พนักงานทุกคน\tสำนักปลัด\tธันวาคม 2567
เปิดช่องทางแจ้งเบาะแสการทุจริต\t10\tจัดทำแบบฟอร์มออนไลน์\tสำนักปลัด\tมกราคม 2568
สำรวจความพึงพอใจผู้รับบริการ\tคุณภาพการดำเนินงาน\tจัดทำแบบสำรวจ\tกองคลัง\tมีนาคม 2568
ประชาสัมพันธ์ช่องทางติดต่อ\t๗, ๘\tติดป้ายประชาสัมพันธ์หน้าสำนักงาน\tสำนักปลัด\tเมษายน 2568
"""


def test_numbers_names_and_references_in_the_column_are_indicators(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    (result,) = extract_paths([path])
    assert [(m.title, m.indicators, m.rationale) for m in result.measures] == [
        ("จัดทำคู่มือการใช้รถส่วนกลาง", [4], None), ("เปิดช่องทางแจ้งเบาะแสการทุจริต", [10], None),
        ("สำรวจความพึงพอใจผู้รับบริการ", [6], None), ("ประชาสัมพันธ์ช่องทางติดต่อ", [7, 8], None)]


def test_a_targets_column_stays_targets(tmp_path: Path):
    path = tmp_path / "targets.txt"
    path.write_text(PLAN.replace("ตัวชี้วัดที่เกี่ยวข้อง", "ตัวชี้วัด").replace("\tตัวชี้วัดที่ 4\t", "\tพนักงานร้อยละ 90 ได้รับคู่มือ\t")
                    .replace("\t10\t", "\tมีผู้แจ้งเบาะแสผ่านระบบ\t").replace("\tคุณภาพการดำเนินงาน\t", "\tผู้ตอบแบบสำรวจ 200 คน\t")
                    .replace("\t๗, ๘\t", "\tป้ายครบทุกหมู่บ้าน\t"), encoding="utf-8")
    (result,) = extract_paths([path])
    assert [m.indicators for m in result.measures] == [[], [], [], []]


def test_bare_refs_are_numbers_only():
    assert bare_refs("10") == [10] and bare_refs("๑-๓") == [1, 2, 3] and bare_refs("7 และ 8") == [7, 8]
    assert bare_refs("12") == [] and bare_refs("ร้อยละ 80") == [] and bare_refs("9.1") == [] and bare_refs("") == []

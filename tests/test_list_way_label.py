"""A numbered list's item with how it is done on a line of its own after "วิธีการ :" (the label's
shortest name, a label only with its colon): the item's steps, without the label (the label was
kept in the steps). Without a colon the line goes on as before. Documents written for this test."""
from pathlib import Path

from tests.conftest import text_result as _run

SCHOOL = """การขับเคลื่อนการปรับปรุงตามผลการประเมิน ITA ปีการศึกษา ๒๕๖๗
โรงเรียนชุมแพศึกษา สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น
โรงเรียนกำหนดแนวทางการพัฒนาตามผลการประเมิน ดังนี้
ข้อ ๑ การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง
วิธีการ: สรุปผลการจัดซื้อจัดจ้างรายเดือนขึ้นเว็บไซต์โรงเรียน
ผู้รับผิดชอบ: งานพัสดุ
ระยะเวลา: ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘
ข้อ ๒ การป้องกันผลประโยชน์ทับซ้อน
วิธีการ: จัดอบรมครูและบุคลากรปีละ ๑ ครั้ง
ผู้รับผิดชอบ: งานบุคคล
ระยะเวลา: พฤษภาคม ๒๕๖๘
"""

# other words: a municipality's plan, "๑." items, "วิธีการ :" with a space before the colon
MUNICIPALITY = """มาตรการป้องกันการทุจริต ประจำปีงบประมาณ ๒๕๖๘
เทศบาลตำบลพังโคน อำเภอพังโคน จังหวัดสกลนคร
เพื่อยกระดับผลการประเมิน ITA เทศบาลตำบลพังโคนจึงกำหนดมาตรการ ดังนี้
๑. มาตรการลดการใช้ดุลยพินิจในการอนุญาต
วิธีการ : ประกาศขั้นตอนและระยะเวลาการอนุญาตให้ประชาชนทราบ
ผู้รับผิดชอบ กองช่าง
๒. มาตรการตรวจสอบการใช้รถราชการ
วิธีการ : จัดทำสมุดบันทึกการใช้รถทุกคัน
ผู้รับผิดชอบ สำนักปลัด
"""


def _measures(result):
    return [(m.table, m.title, m.steps, m.responsible, m.timeframe) for m in result.measures]


def test_way_label_is_the_steps(tmp_path: Path):
    assert _measures(_run(tmp_path, SCHOOL)) == [
        ("improvement", "ข้อ ๑ การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง", ["สรุปผลการจัดซื้อจัดจ้างรายเดือนขึ้นเว็บไซต์โรงเรียน"],
         ["งานพัสดุ"], "ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘"),
        ("improvement", "ข้อ ๒ การป้องกันผลประโยชน์ทับซ้อน", ["จัดอบรมครูและบุคลากรปีละ ๑ ครั้ง"], ["งานบุคคล"],
         "พฤษภาคม ๒๕๖๘")]


def test_the_same_in_other_words(tmp_path: Path):
    assert _measures(_run(tmp_path, MUNICIPALITY)) == [
        ("plan", "๑. มาตรการลดการใช้ดุลยพินิจในการอนุญาต", ["ประกาศขั้นตอนและระยะเวลาการอนุญาตให้ประชาชนทราบ"],
         ["กองช่าง"], None),
        ("plan", "๒. มาตรการตรวจสอบการใช้รถราชการ", ["จัดทำสมุดบันทึกการใช้รถทุกคัน"], ["สำนักปลัด"], None)]

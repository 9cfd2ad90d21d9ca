"""Headers of an improvement plan in shorter words: the remedy "วิธีแก้ไข"/"วิธีแก้ปัญหา" (the steps; it was
an unknown header), the doer "ผู้ดำเนินงาน" (the responsible, as "ผู้ดำเนินการ"), and the time it is to be
done by "เวลาเสร็จสิ้น"/"เวลาแล้วเสร็จ" (the timeframe: its status word "เสร็จสิ้น" made the date a status and
the plan an implementation report). Documents written for this test."""
from datetime import date
from pathlib import Path

from tests.conftest import text_result as _run

HOSPITAL = """แนวทางการปรับปรุงตามผลการประเมิน ITA ปี ๒๕๖๗
โรงพยาบาลโพธิ์ชัย จังหวัดร้อยเอ็ด
ประเด็นที่ได้คะแนนน้อย\tวิธีแก้ไข\tผู้ดำเนินงาน\tเวลาเสร็จสิ้น
การเปิดเผยข้อมูลงบประมาณ\tเผยแพร่แผนการใช้จ่ายงบประมาณทุกไตรมาส\tงานการเงิน\t๓๐ ก.ย. ๒๕๖๘
การรับสินบน\tประกาศนโยบายไม่รับของขวัญ\tกลุ่มงานบริหาร\t๓๑ ธ.ค. ๒๕๖๗
"""

# other words: a municipality's plan, "มาตรการ", "วิธีแก้ปัญหา", "เวลาแล้วเสร็จ"
MUNICIPALITY = """มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๘
เทศบาลตำบลโพนสวรรค์ อำเภอโพนสวรรค์ จังหวัดนครพนม
มาตรการ\tวิธีแก้ปัญหา\tผู้ดำเนินงาน\tเวลาแล้วเสร็จ
ลดขั้นตอนการขออนุญาตก่อสร้าง\tรับคำขอทางออนไลน์\tกองช่าง\tมีนาคม ๒๕๖๘
"""


def _measures(result):
    return [(m.table, m.title, m.indicators, m.steps, m.responsible, m.timeframe, m.period_start, m.period_end,
             m.status) for m in result.measures]


def test_remedy_doer_and_deadline(tmp_path: Path):
    result = _run(tmp_path, HOSPITAL)
    assert _measures(result) == [
        ("improvement", "การเปิดเผยข้อมูลงบประมาณ", [9], ["เผยแพร่แผนการใช้จ่ายงบประมาณทุกไตรมาส"], ["งานการเงิน"],
         "๓๐ ก.ย. ๒๕๖๘", date(2025, 9, 30), date(2025, 9, 30), None),
        ("improvement", "การรับสินบน", [], ["ประกาศนโยบายไม่รับของขวัญ"], ["กลุ่มงานบริหาร"], "๓๑ ธ.ค. ๒๕๖๗",
         date(2024, 12, 31), date(2024, 12, 31), None)]
    assert [c.code for c in result.checks if c.code in ("TABLE_HEADER_UNKNOWN", "COLUMN_ROLE_FROM_CONTENT")] == []


def test_the_same_in_other_words(tmp_path: Path):
    result = _run(tmp_path, MUNICIPALITY)
    assert _measures(result) == [
        ("plan", "ลดขั้นตอนการขออนุญาตก่อสร้าง", [], ["รับคำขอทางออนไลน์"], ["กองช่าง"], "มีนาคม ๒๕๖๘",
         date(2025, 3, 1), date(2025, 3, 31), None)]
    assert [c.code for c in result.checks if c.code in ("TABLE_HEADER_UNKNOWN", "COLUMN_ROLE_FROM_CONTENT")] == []

"""A log of complaints whose rows are numbered ("ลำดับ | วันที่รับเรื่อง | เรื่องร้องเรียน | ผู้รับผิดชอบ |
ผลการดำเนินการ"): the complaint column names no field, so the row-number column was taken as the title and
each case became a measure titled "๑", "๒". A header naming the complaint in a column of no field makes it
the complaint log it is (TABLE_NOT_MEASURES), as in the title column. Documents written for this test."""
from pathlib import Path

from tests.conftest import text_result as _run

TAMBON = """ทะเบียนรับเรื่องร้องเรียน/ร้องทุกข์ ปีงบประมาณ ๒๕๖๘ (เผยแพร่ตามการประเมิน ITA)
องค์การบริหารส่วนตำบลเมืองแก อำเภอท่าตูม จังหวัดสุรินทร์
ลำดับ\tวันที่รับเรื่อง\tเรื่องร้องเรียน\tผู้รับผิดชอบ\tผลการดำเนินการ
๑\t๕ ม.ค. ๒๕๖๘\tไฟฟ้าส่องสว่างชำรุด\tกองช่าง\tซ่อมแซมแล้ว
๒\t๑๒ ก.พ. ๒๕๖๘\tขยะตกค้าง\tสำนักปลัด\tอยู่ระหว่างดำเนินการ
"""

# other words: tips of corruption ("เรื่องที่แจ้งเบาะแส"), "ที่", a status column
MUNICIPALITY = """ทะเบียนรับแจ้งเบาะแสการทุจริต ปีงบประมาณ ๒๕๖๘ (ITA)
เทศบาลตำบลปราสาท อำเภอปราสาท จังหวัดสุรินทร์
ที่\tวันที่แจ้ง\tเรื่องที่แจ้งเบาะแส\tหน่วยงานที่รับผิดชอบ\tสถานะ
๑\t๓ มี.ค. ๒๕๖๘\tเจ้าหน้าที่เรียกรับเงินค่าขออนุญาต\tสำนักปลัด\tดำเนินการแล้ว
๒\t๙ เม.ย. ๒๕๖๘\tการจัดซื้อวัสดุไม่โปร่งใส\tกองคลัง\tอยู่ระหว่างตรวจสอบ
"""


def _not_measures(result):
    return [(c.code, c.where.table) for c in result.checks if c.code == "TABLE_NOT_MEASURES"]


def test_numbered_complaint_log_is_no_measures(tmp_path: Path):
    result = _run(tmp_path, TAMBON)
    assert result.measures == []
    assert _not_measures(result) == [("TABLE_NOT_MEASURES", 1)]


def test_the_same_in_other_words(tmp_path: Path):
    result = _run(tmp_path, MUNICIPALITY)
    assert result.measures == []
    assert _not_measures(result) == [("TABLE_NOT_MEASURES", 1)]

"""A report's result columns worded "ผลที่ได้" / "ผลที่ได้รับ", "ร้อยละของความสำเร็จ" and "ปัญหาที่พบ" named no field:
"มาตรการ | ผลที่ได้ | ปัญหาที่พบ | แนวทางแก้ไข" gave no measure (NO_RECORDS), and "ร้อยละของความสำเร็จ" was an unknown
header (probe-t). They are the output, the outcome and the problems met (the remedy beside the problems the
recommendation, schemas/headers.FIELD_AFTER). Documents written for this test."""
from pathlib import Path

from tests.conftest import text_result as _run

SCHOOL = """รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2567
โรงเรียนบ้านหนองบัว อำเภอเมือง จังหวัดอุดรธานี
มาตรการ\tผลที่ได้\tปัญหาที่พบ\tแนวทางแก้ไข
เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง\tเผยแพร่ครบ 12 เดือน\tบุคลากรไม่เพียงพอ\tมอบหมายผู้รับผิดชอบสำรอง
จัดอบรมคุณธรรมแก่ครู\tครูเข้าร่วม 25 คน คิดเป็นร้อยละ 100\t-\t-
"""
# other words: a health centre's activities, the result received and its success rate
HEALTH_CENTRE = """รายงานผลการดำเนินงานตามมาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567
โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคก อำเภอเมือง จังหวัดเลย
กิจกรรม\tผลที่ได้รับ\tร้อยละของความสำเร็จ\tปัญหาที่พบ
ประกาศนโยบาย No Gift Policy\tประกาศและติดบอร์ดแล้ว\t100\tไม่มี
จัดทำคู่มือป้องกันผลประโยชน์ทับซ้อน\tได้ร่างคู่มือแล้ว\t60\tขาดผู้เชี่ยวชาญด้านกฎหมาย
"""


def _rows(result):
    return ([(m.table, m.title, m.output, m.outcome, m.recommendation) for m in result.measures],
            sorted({c.code for c in result.checks}))


def test_results_problems_and_remedies(tmp_path: Path):
    assert _rows(_run(tmp_path, SCHOOL)) == (
        [("implementation", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "เผยแพร่ครบ 12 เดือน", None, "มอบหมายผู้รับผิดชอบสำรอง"),
         ("implementation", "จัดอบรมคุณธรรมแก่ครู", "ครูเข้าร่วม 25 คน คิดเป็นร้อยละ 100", None, None)], [])


def test_the_same_in_other_words(tmp_path: Path):
    # no suggestion column: the problems met stand in for it (headers.FIELD_FALLBACKS)
    assert _rows(_run(tmp_path, HEALTH_CENTRE)) == (
        [("implementation", "ประกาศนโยบาย No Gift Policy", "ประกาศและติดบอร์ดแล้ว", "100", None),
         ("implementation", "จัดทำคู่มือป้องกันผลประโยชน์ทับซ้อน", "ได้ร่างคู่มือแล้ว", "60", "ขาดผู้เชี่ยวชาญด้านกฎหมาย")],
        [])

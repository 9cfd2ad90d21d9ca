"""MEASURES_FROM_LIST names how the list's items are marked: it said "numbered list" for a bulleted list
and for paragraphs opening with a measure's noun too (schemas/phrases.LIST_KINDS). Texts written for
this test: a hospital's bulleted rules, a provincial office's noun-led paragraphs, a numbered list."""
from extract import extract_paths

BULLETS = """มาตรการป้องกันการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
โรงพยาบาลหนองหาน อำเภอหนองหาน จังหวัดอุดรธานี

มาตรการป้องกันการรับสินบน ดังนี้
- ห้ามบุคลากรรับของขวัญหรือประโยชน์อื่นใดจากผู้รับบริการ
- ให้หัวหน้ากลุ่มงานกำกับดูแลการปฏิบัติงานของเจ้าหน้าที่อย่างใกล้ชิด
- ให้มีช่องทางแจ้งเบาะแสการเรียกรับสินบนทางโทรศัพท์และเว็บไซต์
"""

NOUN_LED = """ประกาศสำนักงานเกษตรจังหวัดมุกดาหาร
เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
สำนักงานเกษตรจังหวัดมุกดาหารจึงกำหนดมาตรการ ดังนี้
มาตรการเผยแพร่ข้อมูลต่อสาธารณะ ให้ทุกกลุ่มงานส่งข้อมูลลงเว็บไซต์ภายในวันที่ห้าของเดือน
มาตรการป้องกันผลประโยชน์ทับซ้อน ให้บุคลากรแจ้งความสัมพันธ์กับผู้ยื่นเสนอราคาทุกครั้ง
มาตรการจัดการเรื่องร้องเรียน ให้ตอบผู้ร้องเรียนภายในสิบห้าวัน
"""

NUMBERED = """มาตรการป้องกันการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
เทศบาลตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี
มาตรการป้องกันการรับสินบน ดังนี้
๑. ห้ามพนักงานรับเงินหรือทรัพย์สินจากผู้มาติดต่อ
๒. ให้ผู้บังคับบัญชาตรวจสอบการออกใบอนุญาตทุกเดือน
๓. ให้ประชาชนแจ้งเบาะแสผ่านศูนย์ดำรงธรรม
"""


def _list_checks(write_report, text):
    [result] = extract_paths([write_report(text)])
    return [(c.message, c.message_th) for c in result.checks if c.code == "MEASURES_FROM_LIST"]


def test_a_bulleted_list_is_named_so(write_report):
    assert _list_checks(write_report, BULLETS) == [(
        "3 measures were read from a bulleted list (a lead-in naming measures or rules).",
        "อ่านมาตรการ 3 รายการจากรายการที่มีสัญลักษณ์นำหน้าแต่ละข้อ (ข้อความนำระบุว่าเป็นมาตรการหรือแนวปฏิบัติ)")]


def test_noun_led_paragraphs_and_a_numbered_list(write_report):
    assert _list_checks(write_report, NOUN_LED) == [(
        "3 measures were read from paragraphs each opening with a measure's noun (มาตรการ, โครงการ, กิจกรรม) "
        "(a lead-in naming measures or rules).",
        "อ่านมาตรการ 3 รายการจากย่อหน้าที่แต่ละย่อหน้าขึ้นต้นด้วยคำว่ามาตรการ โครงการ หรือกิจกรรม "
        "(ข้อความนำระบุว่าเป็นมาตรการหรือแนวปฏิบัติ)")]
    assert _list_checks(write_report, NUMBERED) == [(
        "3 measures were read from a numbered list (a lead-in naming measures or rules).",
        "อ่านมาตรการ 3 รายการจากรายการลำดับเลข (ข้อความนำระบุว่าเป็นมาตรการหรือแนวปฏิบัติ)")]

"""A success rate ("ร้อยละความสำเร็จ", "ระดับความสำเร็จ") is a measure's outcome wherever it stands: a table's
column (schemas/headers.py), a one-activity form's label, a result line under a list item
(measure_cues.FORM_LABELS). Its value is kept as printed, a bare number too ("๑๐๐": the label says it is a
percentage), as "100%" and "ร้อยละ ๕๐" are. Under a list item the line was glued to the output ("อบรมแล้ว ๔๐
คนร้อยละความสำเร็จ : ๘๐"), in a form left out as an unknown label. Texts written for this test."""
from __future__ import annotations

from extract import extract_paths

TABLE = """รายงานผลการดำเนินงานตามมาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
องค์การบริหารส่วนตำบลโนนทัน อำเภอเมือง จังหวัดหนองบัวลำภู
ที่\tมาตรการ/กิจกรรม\tผลการดำเนินงาน\tร้อยละความสำเร็จ\tผู้รับผิดชอบ
๑\tประกาศเจตนารมณ์ต่อต้านการทุจริต\tประกาศแล้วเมื่อ ๑ ต.ค. ๒๕๖๖\t๑๐๐\tสำนักปลัด
๒\tอบรมบุคลากรเรื่องผลประโยชน์ทับซ้อน\tอบรมแล้ว ๓๐ คน\t๘๐\tสำนักปลัด
๓\tเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง\tเผยแพร่รายเดือน\t100%\tกองคลัง
๔\tจัดทำคู่มือร้องเรียน\tอยู่ระหว่างดำเนินการ\tร้อยละ ๕๐\tสำนักปลัด
"""
FORM = """แบบรายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๗
เทศบาลตำบลกุดจับ อำเภอกุดจับ จังหวัดอุดรธานี
๑. ชื่อกิจกรรม ประกาศเจตนารมณ์ไม่รับของขวัญ (No Gift Policy)
๒. ผู้รับผิดชอบ สำนักปลัดเทศบาล
๓. ผลการดำเนินงาน ประกาศและเผยแพร่บนเว็บไซต์แล้ว
๔. ร้อยละความสำเร็จ : ๑๐๐
"""
LIST = """รายงานผลการดำเนินการตามมาตรการป้องกันการทุจริต ประจำปีงบประมาณ ๒๕๖๗
องค์การบริหารส่วนตำบลเชียงพิณ อำเภอเมือง จังหวัดอุดรธานี
บัดนี้ได้ดำเนินการตามมาตรการแล้ว ดังนี้
๑. ประกาศเจตนารมณ์การต่อต้านการทุจริต
ผลการดำเนินการ : ประกาศแล้วเมื่อ ๑ ตุลาคม ๒๕๖๖
ร้อยละความสำเร็จ : ๑๐๐
๒. อบรมคุณธรรมจริยธรรมพนักงาน
ผลการดำเนินการ : อบรมแล้ว ๔๐ คน
ร้อยละความสำเร็จ : ๘๐
"""


def _measures(write_report, text: str):
    [result] = extract_paths([write_report(text)])
    return [(m.table, m.title, m.output, m.outcome) for m in result.measures], [c.code for c in result.checks]


def test_a_success_rate_column_is_the_outcome_as_printed(write_report):
    measures, _ = _measures(write_report, TABLE)
    assert measures == [
        ("implementation", "ประกาศเจตนารมณ์ต่อต้านการทุจริต", "ประกาศแล้วเมื่อ ๑ ต.ค. ๒๕๖๖", "๑๐๐"),
        ("implementation", "อบรมบุคลากรเรื่องผลประโยชน์ทับซ้อน", "อบรมแล้ว ๓๐ คน", "๘๐"),
        ("implementation", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "เผยแพร่รายเดือน", "100%"),
        ("implementation", "จัดทำคู่มือร้องเรียน", "อยู่ระหว่างดำเนินการ", "ร้อยละ ๕๐")]


def test_a_success_rate_label_is_the_outcome_in_a_form(write_report):
    measures, codes = _measures(write_report, FORM)
    assert measures == [("implementation", "ประกาศเจตนารมณ์ไม่รับของขวัญ (No Gift Policy)",
                         "ประกาศและเผยแพร่บนเว็บไซต์แล้ว", "๑๐๐")]
    assert "FORM_LABEL_UNKNOWN" not in codes


def test_a_success_rate_line_is_the_outcome_under_a_list_item(write_report):
    measures, _ = _measures(write_report, LIST)
    assert measures == [
        ("implementation", "๑. ประกาศเจตนารมณ์การต่อต้านการทุจริต", "ประกาศแล้วเมื่อ ๑ ตุลาคม ๒๕๖๖", "๑๐๐"),
        ("implementation", "๒. อบรมคุณธรรมจริยธรรมพนักงาน", "อบรมแล้ว ๔๐ คน", "๘๐")]

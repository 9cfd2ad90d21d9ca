"""A measures table with no column naming the measure, its first column the rows' numbers and the next what
each row does ("ที่ | การดำเนินการ | ผู้ปฏิบัติ | ช่วงเวลา"): what a row does is the measure's title. Its title
was the row's number ("1", "๒.") and the text its steps. A row-number column holding the numbered titles
themselves ("1. มาตรการ… | วิธีการ…") keeps them. Texts written for this test."""
from __future__ import annotations

from extract import extract_paths

NUMBERED = """สำนักงานสาธารณสุขอำเภอวังสามหมอ จังหวัดอุดรธานี
แผนการขับเคลื่อนการป้องกันการทุจริต ปีงบประมาณ ๒๕๖๘
ลำดับ\tการดำเนินงาน\tหน่วยงานที่รับผิดชอบ\tห้วงเวลา
๑.\tจัดประชุมชี้แจงแนวทางการปฏิบัติตนเพื่อป้องกันผลประโยชน์ทับซ้อน\tกลุ่มงานบริหารทั่วไป\tธ.ค. ๒๕๖๗
๒.\tเปิดตู้รับเรื่องร้องเรียนทุกสัปดาห์\tกลุ่มงานนิติการ\tต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘
"""
TITLED = """สำนักงานสาธารณสุขอำเภอวังสามหมอ จังหวัดอุดรธานี
แผนการขับเคลื่อนการป้องกันการทุจริต ปีงบประมาณ ๒๕๖๘
ลำดับ\tการดำเนินงาน\tหน่วยงานที่รับผิดชอบ\tห้วงเวลา
๑. ป้องกันผลประโยชน์ทับซ้อน\tจัดประชุมชี้แจงแนวทางการปฏิบัติตน\tกลุ่มงานบริหารทั่วไป\tธ.ค. ๒๕๖๗
๒. รับเรื่องร้องเรียน\tเปิดตู้รับเรื่องร้องเรียนทุกสัปดาห์\tกลุ่มงานนิติการ\tต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘
"""


def _measures(write_report, text: str):
    [result] = extract_paths([write_report(text)])
    return [(m.title, m.steps, m.responsible, m.timeframe) for m in result.measures]


def test_what_a_numbered_row_does_is_its_title(write_report):
    assert _measures(write_report, NUMBERED) == [
        ("จัดประชุมชี้แจงแนวทางการปฏิบัติตนเพื่อป้องกันผลประโยชน์ทับซ้อน", [], ["กลุ่มงานบริหารทั่วไป"], "ธ.ค. ๒๕๖๗"),
        ("เปิดตู้รับเรื่องร้องเรียนทุกสัปดาห์", [], ["กลุ่มงานนิติการ"], "ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘")]


def test_numbered_titles_in_the_number_column_stay_titles(write_report):
    assert _measures(write_report, TITLED) == [
        ("๑. ป้องกันผลประโยชน์ทับซ้อน", ["จัดประชุมชี้แจงแนวทางการปฏิบัติตน"], ["กลุ่มงานบริหารทั่วไป"], "ธ.ค. ๒๕๖๗"),
        ("๒. รับเรื่องร้องเรียน", ["เปิดตู้รับเรื่องร้องเรียนทุกสัปดาห์"], ["กลุ่มงานนิติการ"], "ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘")]

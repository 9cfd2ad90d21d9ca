"""A plan written on a form that has a results column left empty in every row ("ผลการดำเนินการ" with no
cell filled, "สถานะ" all "-"): the table reports no results, so its kind is what its heading says (a
plan), not implementation (any results column made it one). One result given keeps it a report.
Documents written for this test."""
from pathlib import Path

from tests.conftest import text_result as _run

TAMBON = """แผนปฏิบัติการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ ๒๕๖๘
องค์การบริหารส่วนตำบลนาโพธิ์ อำเภอนาโพธิ์ จังหวัดบุรีรัมย์
มาตรการ/แนวทาง\tขั้นตอนการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\tผลการดำเนินการ
ลดขั้นตอนการให้บริการ\tทบทวนกระบวนงานและประกาศ\tสำนักปลัด\tธันวาคม ๒๕๖๗\t
จัดทำแผนป้องกันการทุจริต\tประชุมคณะทำงานและจัดทำแผน\tสำนักปลัด\tมกราคม ๒๕๖๘\t
"""

# other words: a hospital, "โครงการ/กิจกรรม", a status column of dashes
HOSPITAL = """มาตรการป้องกันผลประโยชน์ทับซ้อน ปีงบประมาณ ๒๕๖๘ โรงพยาบาลลำปลายมาศ จังหวัดบุรีรัมย์
โครงการ/กิจกรรม\tวิธีดำเนินการ\tหน่วยงานที่รับผิดชอบ\tสถานะการดำเนินการ
อบรมเจ้าหน้าที่เรื่องผลประโยชน์ทับซ้อน\tจัดอบรมปีละ ๑ ครั้ง\tกลุ่มงานบริหาร\t-
จัดทำคู่มือการยืมพัสดุ\tจัดทำและแจ้งเวียน\tงานพัสดุ\t-
"""

FILLED = HOSPITAL.replace("งานพัสดุ\t-", "งานพัสดุ\tดำเนินการแล้ว")


def test_empty_results_column_is_a_plan(tmp_path: Path):
    result = _run(tmp_path, TAMBON)
    assert [(m.table, m.title, m.steps, m.responsible, m.timeframe, m.output) for m in result.measures] == [
        ("plan", "ลดขั้นตอนการให้บริการ", ["ทบทวนกระบวนงานและประกาศ"], ["สำนักปลัด"], "ธันวาคม ๒๕๖๗", None),
        ("plan", "จัดทำแผนป้องกันการทุจริต", ["ประชุมคณะทำงานและจัดทำแผน"], ["สำนักปลัด"], "มกราคม ๒๕๖๘", None)]
    assert result.report.report_kind == "measures"


def test_the_same_in_other_words(tmp_path: Path):
    result = _run(tmp_path, HOSPITAL)
    assert [(m.table, m.title, m.steps, m.responsible, m.status) for m in result.measures] == [
        ("plan", "อบรมเจ้าหน้าที่เรื่องผลประโยชน์ทับซ้อน", ["จัดอบรมปีละ ๑ ครั้ง"], ["กลุ่มงานบริหาร"], None),
        ("plan", "จัดทำคู่มือการยืมพัสดุ", ["จัดทำและแจ้งเวียน"], ["งานพัสดุ"], None)]


def test_one_result_given_is_a_report(tmp_path: Path):
    result = _run(tmp_path, FILLED)
    assert [(m.table, m.status) for m in result.measures] == [
        ("implementation", None), ("implementation", "ดำเนินการแล้ว")]

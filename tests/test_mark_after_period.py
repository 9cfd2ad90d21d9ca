"""A mark printed after an abbreviation's period ("ม.ิย.", "ม.ีค.": a Laksaman PDF's month headers, the
vowel's glyph x-sorted past the narrow period) goes back onto the consonant before the period
(normalize.thai_chain.space_before_mark): no mark follows a period. Unrepaired, a Gantt plan's month
columns were no months, taken for a status column, and the plan became a report of results (found by a
blind PDF). Strings written for this test."""
from __future__ import annotations

from pathlib import Path

from normalize.thai import repair_thai, repair_thai_with_fixes
from tests.conftest import text_result


def test_marks_after_periods():
    assert repair_thai("ม.ิย. ๒๕๖๘") == "มิ.ย. ๒๕๖๘"
    assert repair_thai("ต.ค. ๖๗ - ม.ีค. ๖๘") == "ต.ค. ๖๗ - มี.ค. ๖๘"
    assert [f.rule for f in repair_thai_with_fixes("ม.ิย.")[1]] == ["space_before_mark"]
    for clean in ("ก.ย. 2568", "พ.ศ. ๒๕๖๘", "มิ.ย.", "นายก อบต."):
        assert repair_thai(clean) == clean


def test_a_gantt_plans_months(tmp_path: Path):
    text = ("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568\nองค์การบริหารส่วนตำบลพระซอง จังหวัดนครพนม\n"
            "มาตรการ\tผู้รับผิดชอบ\tม.ค.\tก.พ.\tม.ีค.\tเม.ย.\tพ.ค.\tม.ิย.\n"
            "สำรวจความพึงพอใจของผู้รับบริการ\tสำนักปลัด\t\t\t\t\t✓\t✓\n"
            "ปรับปรุงข้อมูลบนเว็บไซต์\tกองคลัง\t\t✓\t✓\t\t\t\n")
    result = text_result(tmp_path, text)
    assert [(m.table, m.title, m.timeframe, m.status) for m in result.measures] == [
        ("plan", "สำรวจความพึงพอใจของผู้รับบริการ", "พ.ค. - มิ.ย.", None),
        ("plan", "ปรับปรุงข้อมูลบนเว็บไซต์", "ก.พ. - มี.ค.", None)]

"""A table a text export (or a web table pasted as text) writes as lines of cells apart by " | ", with no
outer pipes and no Markdown rule line, is a table: it was read as lines, so a report's scores by year
("ปีงบประมาณ | IIT | EIT | OIT | คะแนนรวม | ระดับ" over a row per year) gave nothing but NO_RECORDS, and a
plan's rows no measures. Two lines alike at least (extract/readers/text._pipe_run); one line of links
("หน้าแรก | ข่าว | ติดต่อเรา") stays text. Documents written for this test."""
from __future__ import annotations

from pathlib import Path

from extract.document import Line, Table
from extract.readers.text import read_text
from tests.conftest import text_result

YEARS = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ
ประจำปีงบประมาณ พ.ศ. 2567
เทศบาลตำบลโพนทอง อำเภอโพนทอง จังหวัดร้อยเอ็ด
หน้าแรก | ข่าว | ติดต่อเรา
1. ผลการประเมินย้อนหลัง 3 ปี
ปีงบประมาณ | IIT | EIT | OIT | คะแนนรวม | ระดับ
2565 | 90.12 | 85.20 | 70.00 | 80.55 | B
2566 | 92.40 | 86.75 | 81.25 | 86.30 | A
2567 | 95.08 | 88.90 | 93.75 | 92.64 | A
2. สรุปผล
ในปี 2567 เทศบาลมีคะแนนเพิ่มขึ้นจากปีที่ผ่านมา 6.34 คะแนน
"""

# other words: a school's plan, Thai digits, the rows of its table so written
PLAN = """แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
โรงเรียนนาแกวิทยาคม อำเภอนาแก จังหวัดนครพนม
ที่ | มาตรการ | วิธีการดำเนินการ | ผู้รับผิดชอบ | ระยะเวลา
๑ | เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกเดือน | ลงประกาศบนเว็บไซต์โรงเรียน | งานพัสดุ | ต.ค. ๖๗ - ก.ย. ๖๘
๒ | ปลูกฝังวัฒนธรรมไม่รับของขวัญ | ประกาศนโยบาย No Gift Policy | ผู้อำนวยการโรงเรียน | ต.ค. ๒๕๖๗
"""


def test_the_lines_are_a_table():
    doc = read_text(YEARS.encode("utf-8"), "r.txt", "x")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert [[r.cells for r in t.rows] for t in tables] == [[
        ["ปีงบประมาณ", "IIT", "EIT", "OIT", "คะแนนรวม", "ระดับ"],
        ["2565", "90.12", "85.20", "70.00", "80.55", "B"],
        ["2566", "92.40", "86.75", "81.25", "86.30", "A"],
        ["2567", "95.08", "88.90", "93.75", "92.64", "A"]]]
    assert "หน้าแรก | ข่าว | ติดต่อเรา" in [b.text for b in doc.blocks if isinstance(b, Line)]


def test_scores_by_year(tmp_path: Path):
    result = text_result(tmp_path, YEARS)
    assert [(s.fiscal_year, s.level, s.tool, s.score, s.grade) for s in result.scores] == [
        (2565, "tool", "IIT", 90.12, None), (2565, "tool", "EIT", 85.2, None), (2565, "tool", "OIT", 70.0, None),
        (2565, "overall", None, 80.55, "B"),
        (2566, "tool", "IIT", 92.4, None), (2566, "tool", "EIT", 86.75, None), (2566, "tool", "OIT", 81.25, None),
        (2566, "overall", None, 86.3, "A"),
        (2567, "tool", "IIT", 95.08, None), (2567, "tool", "EIT", 88.9, None), (2567, "tool", "OIT", 93.75, None),
        (2567, "overall", None, 92.64, "A")]
    assert (result.report.overall_score, result.report.overall_grade) == (92.64, "A")


def test_a_plans_rows(tmp_path: Path):
    result = text_result(tmp_path, PLAN)
    assert [(m.table, m.title, m.steps, m.responsible, m.timeframe) for m in result.measures] == [
        ("plan", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกเดือน", ["ลงประกาศบนเว็บไซต์โรงเรียน"], ["งานพัสดุ"], "ต.ค. ๖๗ - ก.ย. ๖๘"),
        ("plan", "ปลูกฝังวัฒนธรรมไม่รับของขวัญ", ["ประกาศนโยบาย No Gift Policy"], ["ผู้อำนวยการโรงเรียน"], "ต.ค. ๒๕๖๗")]

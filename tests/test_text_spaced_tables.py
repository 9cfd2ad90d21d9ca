"""A table a text export sets out with spaces (pdftotext -layout, a fixed-width memo) is a table: three
lines or more of as many cells (three or more) apart by two spaces or more, each cell starting or ending
where the first line's does (extract/readers/text._aligned_rows). Read as lines, a memo's tools by year
("IIT   88.10   93.50" under "เครื่องมือ   ปี 2563   ปี 2564") were no one's scores (found by a blind
document) and a plan's rows gave no measures. A table's caption ("ตารางที่ 3 …") ends the search of the
lines above it for the table's kind (measure_cues.TABLE_CAPTION_WORDS): the rows of a table above it read
as lines ("…รายงานผลการบริหารความเสี่ยง…") made a plan a report of results. Documents written for this test."""
from __future__ import annotations

from pathlib import Path

from extract.document import Line, Table
from extract.readers.text import read_text
from tests.conftest import text_result

MEMO = """บันทึกข้อความ
ส่วนราชการ  สำนักงานสาธารณสุขอำเภอนาแก  โทร. 0 4257 1234
เรื่อง  รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566
        สำนักงานสาธารณสุขอำเภอนาแก จังหวัดนครพนม ได้คะแนน 90.05 คะแนน ดังนี้
        แบบวัด                   ปี 2565        ปี 2566
        IIT                      87.20          92.40
        EIT                      85.10          89.00
        OIT                      81.00          88.75
        ระดับ                    B              A
"""

# other words: a plan as pdftotext -layout prints it, a blank line between rows, Thai digits
PLAN = """แผนส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
องค์การบริหารส่วนตำบลดงมะไฟ อำเภอสว่างแดนดิน จังหวัดสกลนคร
ผลการดำเนินงานปีที่ผ่านมา: รายงานผลการบริหารความเสี่ยงต่อผู้บริหารทุกไตรมาส
ตารางที่ ๒ แผนการดำเนินงาน
มาตรการ                               ผู้รับผิดชอบ        ระยะเวลา

เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกเดือน    กองคลัง             ต.ค. ๒๕๖๗

อบรมพนักงานเรื่องผลประโยชน์ทับซ้อน       สำนักปลัด           ม.ค. ๒๕๖๘
"""


def test_the_memos_table():
    doc = read_text(MEMO.encode("utf-8"), "m.txt", "x")
    assert [[r.cells for r in b.rows] for b in doc.blocks if isinstance(b, Table)] == [[
        ["แบบวัด", "ปี 2565", "ปี 2566"], ["IIT", "87.20", "92.40"], ["EIT", "85.10", "89.00"],
        ["OIT", "81.00", "88.75"], ["ระดับ", "B", "A"]]]
    # the memo's header line of three spaced parts is no table: no line below it is set out alike
    assert "ส่วนราชการ  สำนักงานสาธารณสุขอำเภอนาแก  โทร. 0 4257 1234" in [
        b.text for b in doc.blocks if isinstance(b, Line)]


def test_the_memos_scores(tmp_path: Path):
    result = text_result(tmp_path, MEMO)
    assert sorted((s.fiscal_year, s.level, s.tool or "", s.score) for s in result.scores) == [
        (2565, "tool", "EIT", 85.1), (2565, "tool", "IIT", 87.2), (2565, "tool", "OIT", 81.0),
        (2566, "overall", "", 90.05), (2566, "tool", "EIT", 89.0), (2566, "tool", "IIT", 92.4),
        (2566, "tool", "OIT", 88.75)]


def test_a_spaced_plan_with_blank_lines(tmp_path: Path):
    result = text_result(tmp_path, PLAN)
    assert [(m.table, m.title, m.responsible, m.timeframe) for m in result.measures] == [
        ("plan", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกเดือน", ["กองคลัง"], "ต.ค. ๒๕๖๗"),
        ("plan", "อบรมพนักงานเรื่องผลประโยชน์ทับซ้อน", ["สำนักปลัด"], "ม.ค. ๒๕๖๘")]

"""Measures counted by ordinal words in one paragraph ("… จึงกำหนดมาตรการ ประการแรก ให้… ประการที่สอง
ให้… ประการที่สาม ให้…") were not read: only lines numbered or bulleted made a list. The text before the
first ordinal is the lead-in, with the rules of a numbered list (schemas/measure_cues.ORDINAL_*).
Texts written for this test: a school's plan, a provincial office's analysis, a paragraph of reasons."""
from extract import extract_paths

SCHOOL = """มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในสถานศึกษา ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
โรงเรียนบ้านโนนสวรรค์ (ประชาสามัคคี)

จากผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ โรงเรียนได้คะแนน ๘๗.๕๐ ระดับ B โรงเรียนจึงกำหนดมาตรการเพื่อยกระดับผลการประเมิน ประการแรก ให้ครูผู้รับผิดชอบเว็บไซต์ปรับปรุงข้อมูลพื้นฐานของโรงเรียนทุกภาคเรียน ประการที่สอง ให้จัดทำคู่มือการยืมพัสดุและชี้แจงครูทุกคน ประการที่สาม ให้เปิดช่องทางรับเรื่องร้องเรียนผ่านกล่องรับความคิดเห็น
"""

# other words: an analysis, an improvement lead-in, the last item "ประการสุดท้าย", a closing clause after it
OFFICE = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
สำนักงานพัฒนาชุมชนจังหวัดยโสธร
ผลการประเมินได้คะแนน ๙๐.๑๕ ระดับ A แนวทางการพัฒนาในปีต่อไปมีดังนี้ ประการแรก เผยแพร่แผนการจัดซื้อจัดจ้างภายในเดือนตุลาคม ประการที่สอง จัดอบรมเรื่องผลประโยชน์ทับซ้อนให้บุคลากรใหม่ ประการสุดท้าย สำรวจความพึงพอใจของผู้รับบริการทุกไตรมาส ทั้งนี้ ให้กลุ่มงานอำนวยการรายงานผลทุกไตรมาส
"""

# ordinals that count reasons, under no lead-in naming measures: no measures
REASONS = """รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เทศบาลตำบลนาข่า
คะแนนตัวชี้วัดที่ ๙ ลดลงจากปีก่อนด้วยสาเหตุหลายข้อ ประการแรก เว็บไซต์ขัดข้องช่วงเดือนมีนาคม ประการที่สอง เจ้าหน้าที่ย้ายงาน ประการที่สาม ข้อมูลบางรายการไม่ได้ลงวันที่
"""


def _run(write_report, text):
    [result] = extract_paths([write_report(text)])
    return result


def test_measures_counted_in_one_paragraph(write_report):
    result = _run(write_report, SCHOOL)
    assert [(m.table, m.row, m.title, m.where.line) for m in result.measures] == [
        ("plan", 1, "ประการแรก ให้ครูผู้รับผิดชอบเว็บไซต์ปรับปรุงข้อมูลพื้นฐานของโรงเรียนทุกภาคเรียน", 4),
        ("plan", 2, "ประการที่สอง ให้จัดทำคู่มือการยืมพัสดุและชี้แจงครูทุกคน", 4),
        ("plan", 3, "ประการที่สาม ให้เปิดช่องทางรับเรื่องร้องเรียนผ่านกล่องรับความคิดเห็น", 4)]
    assert [c.message for c in result.checks if c.code == "MEASURES_FROM_LIST"] == [
        "3 measures were read from items counted by ordinal words in one paragraph (ประการแรก, ประการที่สอง …) "
        "(a lead-in naming measures or rules)."]


def test_improvements_ending_with_the_last_one(write_report):
    result = _run(write_report, OFFICE)
    assert [(m.table, m.title) for m in result.measures] == [
        ("improvement", "ประการแรก เผยแพร่แผนการจัดซื้อจัดจ้างภายในเดือนตุลาคม"),
        ("improvement", "ประการที่สอง จัดอบรมเรื่องผลประโยชน์ทับซ้อนให้บุคลากรใหม่"),
        ("improvement", "ประการสุดท้าย สำรวจความพึงพอใจของผู้รับบริการทุกไตรมาส")]


def test_ordinals_counting_reasons_are_no_measures(write_report):
    assert _run(write_report, REASONS).measures == []

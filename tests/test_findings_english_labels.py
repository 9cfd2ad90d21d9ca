"""English labels in an analysis: a short labelled line under an indicator heading ("Weakness: …",
"Strengths - …", "Recommendations: …") belongs to its finding as "จุดอ่อน: …" does (short lines ended the
paragraph, so none was read); an analysis table's "Weaknesses" column and a section heading "Areas for
improvement" over one-line findings are read as their Thai words are. The words are in
schemas/finding_cues.py and schemas/headers.py. Reports written for this test."""
from pathlib import Path

from extract import extract_paths

LABELLED = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)
ประจำปีงบประมาณ พ.ศ. 2567
เทศบาลตำบลหนองหาน อำเภอหนองหาน จังหวัดอุดรธานี

ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้คะแนน 88.50
Weakness: ข้อมูลจัดซื้อจัดจ้างไม่ครบ
Strengths: เว็บไซต์เป็นปัจจุบัน
Recommendations: ตรวจเว็บไซต์ทุกเดือน

ตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้คะแนน 85.00
WEAKNESSES : ไม่มีแผนบริหารความเสี่ยง
Strength - ผู้บริหารประกาศเจตจำนง
"""

TABLE = """<html><head><meta charset="utf-8"></head><body><main>
<h2>การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 โรงพยาบาลสิชล</h2>
<table border=1>
<tr><th>ตัวชี้วัด</th><th>คะแนน</th><th>Weaknesses</th><th>Recommendations</th></tr>
<tr><td>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</td><td>82.50</td><td>ยังไม่เผยแพร่รายงานการจัดซื้อจัดจ้างประจำเดือน</td><td>มอบหมายผู้รับผิดชอบ</td></tr>
<tr><td>ตัวชี้วัดที่ 10 การป้องกันการทุจริต</td><td>80.00</td><td>ไม่มีการประเมินความเสี่ยงการทุจริต</td><td>จัดทำแผนบริหารความเสี่ยง</td></tr>
</table></main></body></html>"""

SECTION = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2567
คณะแพทยศาสตร์ มหาวิทยาลัยนเรศวร
Areas for improvement
1. การเปิดเผยข้อมูล ยังขาดรายงานผลการจัดซื้อจัดจ้างรายไตรมาสบนเว็บไซต์ของคณะ
2. การป้องกันการทุจริต ยังไม่มีมาตรการส่งเสริมคุณธรรมที่ชัดเจนในระดับคณะ
"""


def _findings(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (result,) = extract_paths([path])
    return [(f.indicator, f.tool, f.text) for f in result.findings]


def test_short_english_labelled_lines(tmp_path: Path):
    assert _findings(tmp_path, "analysis.txt", LABELLED) == [
        (9, "OIT", "Weakness: ข้อมูลจัดซื้อจัดจ้างไม่ครบ Strengths: เว็บไซต์เป็นปัจจุบัน Recommendations: ตรวจเว็บไซต์ทุกเดือน"),
        (10, "OIT", "WEAKNESSES : ไม่มีแผนบริหารความเสี่ยง Strength - ผู้บริหารประกาศเจตจำนง")]


def test_english_table_header(tmp_path: Path):
    assert _findings(tmp_path, "analysis.html", TABLE) == [
        (9, "OIT", "ยังไม่เผยแพร่รายงานการจัดซื้อจัดจ้างประจำเดือน"), (10, "OIT", "ไม่มีการประเมินความเสี่ยงการทุจริต")]


def test_english_section_heading(tmp_path: Path):
    assert _findings(tmp_path, "section.txt", SECTION) == [
        (9, "OIT", "ยังขาดรายงานผลการจัดซื้อจัดจ้างรายไตรมาสบนเว็บไซต์ของคณะ"),
        (10, "OIT", "ยังไม่มีมาตรการส่งเสริมคุณธรรมที่ชัดเจนในระดับคณะ")]

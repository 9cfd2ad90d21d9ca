"""What was found, as a heading ("ประเด็นที่พบ", "ปัญหาที่พบ", "Issues found"): an analysis table's column so
headed holds its findings, and indicator lines under such a section heading are one-line findings, as
under "ประเด็นที่ต้องพัฒนา" (schemas/headers.FINDING_HEADERS). Nothing was read. Reports written for this test."""
from pathlib import Path

from extract import extract_paths

THAI_TABLE = """<html><head><meta charset="utf-8"></head><body><main>
<h2>การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 สำนักงานเกษตรจังหวัดเลย</h2>
<table border=1>
<tr><th>ตัวชี้วัด</th><th>คะแนน</th><th>ประเด็นที่พบ</th><th>แนวทางแก้ไข</th></tr>
<tr><td>การเปิดเผยข้อมูล</td><td>88.00</td><td>ยังไม่เผยแพร่รายงานการจัดซื้อจัดจ้างรายเดือน</td><td>เผยแพร่ทุกเดือน</td></tr>
<tr><td>การป้องกันการทุจริต</td><td>82.50</td><td>ไม่มีการประเมินความเสี่ยงการทุจริต</td><td>จัดทำแผน</td></tr>
</table></main></body></html>"""

# other words: English, indicators by their English names
ENGLISH_TABLE = """<html><head><meta charset="utf-8"></head><body><main>
<h2>ITA analysis 2024, Faculty of Nursing</h2>
<table border=1>
<tr><th>Indicator</th><th>Score</th><th>Issues found</th><th>Improvement measures</th></tr>
<tr><td>9. Open Data</td><td>88.00</td><td>Procurement reports not published monthly</td><td>Publish monthly</td></tr>
<tr><td>10. Anti-Corruption Practice</td><td>82.50</td><td>No corruption risk assessment</td><td>Conduct a risk assessment</td></tr>
</table></main></body></html>"""

SECTION = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567
สำนักงานสาธารณสุขอำเภอบ้านแพง
ปัญหาที่พบ
ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน : ผู้รับบริการบางส่วนเห็นว่าการให้บริการยังไม่เป็นไปตามขั้นตอนที่ประกาศ
ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร : ช่องทางรับเรื่องร้องเรียนยังไม่เป็นที่รู้จัก
"""


def _findings(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (result,) = extract_paths([path])
    return [(f.indicator, f.tool, f.text) for f in result.findings]


def test_thai_found_column(tmp_path: Path):
    assert _findings(tmp_path, "a.html", THAI_TABLE) == [
        (9, "OIT", "ยังไม่เผยแพร่รายงานการจัดซื้อจัดจ้างรายเดือน"), (10, "OIT", "ไม่มีการประเมินความเสี่ยงการทุจริต")]


def test_english_found_column(tmp_path: Path):
    assert _findings(tmp_path, "a.html", ENGLISH_TABLE) == [
        (9, "OIT", "Procurement reports not published monthly"), (10, "OIT", "No corruption risk assessment")]


def test_found_section_heading(tmp_path: Path):
    assert _findings(tmp_path, "a.txt", SECTION) == [
        (6, "EIT", "ผู้รับบริการบางส่วนเห็นว่าการให้บริการยังไม่เป็นไปตามขั้นตอนที่ประกาศ"),
        (7, "EIT", "ช่องทางรับเรื่องร้องเรียนยังไม่เป็นที่รู้จัก")]

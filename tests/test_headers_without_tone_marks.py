"""Header cells whose tone marks a scan's OCR lost ("ตัวชีวัด", "ประเด็นทีต้องพัฒนา", "ผูรับผิดชอบ") still name
their fields: headers are compared without tone marks (tables.squash_header)."""
from __future__ import annotations

from extract import extract_paths

HEAD = "<html><head><meta charset='utf-8'></head><body><h2>{title}</h2>"


def _run(write_report, title, rows):
    html = HEAD.format(title=title) + "<table>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table></body></html>"
    [result] = extract_paths([write_report(html, "r.html")])
    return result


def test_findings_table_headers_without_marks(write_report):
    result = _run(write_report, "รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปี 2567 โรงพยาบาลเขมราฐ จังหวัดอุบลราชธานี", [
        ["ตัวชีวัด", "ประเด็นทีต้องพัฒนา", "แนวทางการพัฒนา"],
        ["การใช้งบประมาณ", "ผู้รับบริการยังไม่ทราบข้อมูลการใช้จ่ายงบประมาณประจำปีของโรงพยาบาล", "เผยแพร่รายงานการใช้จ่ายงบประมาณทุกไตรมาส"],
        ["การเปิดเผยข้อมูล", "ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน", "มอบหมายผู้รับผิดชอบปรับปรุงเว็บไซต์ทุกเดือน"]])
    assert [(f.indicator, f.text) for f in result.findings] == [
        (2, "ผู้รับบริการยังไม่ทราบข้อมูลการใช้จ่ายงบประมาณประจำปีของโรงพยาบาล"),
        (9, "ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน")]


def test_measures_table_headers_without_marks_other_words(write_report):
    result = _run(write_report, "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี 2568 เทศบาลตำบลโนนสูง จังหวัดนครราชสีมา", [
        ["ที", "มาตรการ", "ผูรับผิดชอบ", "ระยะเวลาดําเนินการ"],
        ["1", "จัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อน", "สำนักปลัด", "ตุลาคม 2567 - มีนาคม 2568"],
        ["2", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทางเว็บไซต์", "กองคลัง", "ทุกเดือน"]])
    assert [(m.title, m.responsible, m.timeframe) for m in result.measures] == [
        ("จัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อน", ["สำนักปลัด"], "ตุลาคม 2567 - มีนาคม 2568"),
        ("เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทางเว็บไซต์", ["กองคลัง"], "ทุกเดือน")]

"""A table whose first row is its title (one cell across the table over the header row: "แผนการขับ
เคลื่อนมาตรการ ประจำปีงบประมาณ พ.ศ. 2568" over "ลำดับ | มาตรการ | …") read the title as its header and
found no measures table at all. The title is now a line before the table (extract/stitch._caption):
it still gives the report its year. Word, its LibreOffice PDF (samples/libreoffice/title_row.*) and
a web page's table with a colspan title row in other words."""
from __future__ import annotations

import pytest

from extract import extract_paths
from tests.conftest import SAMPLES

FIXTURE = SAMPLES / "libreoffice" / "title_row"

HTML = """<html><head><meta charset="utf-8"><title>ITA</title></head><body>
<h2>มาตรการป้องกันการทุจริต เทศบาลตำบลโพธิ์ทอง</h2>
<table border="1">
<tr><td colspan="4"><b>แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๘</b></td></tr>
<tr><th>มาตรการ</th><th>ขั้นตอนการดำเนินงาน</th><th>หน่วยงานรับผิดชอบ</th><th>ระยะเวลาดำเนินการ</th></tr>
<tr><td>ตรวจสอบการใช้รถยนต์ส่วนกลาง</td><td>บันทึกการใช้รถทุกครั้ง</td><td>สำนักปลัด</td><td>ตลอดปี</td></tr>
<tr><td>เผยแพร่ราคากลางงานก่อสร้าง</td><td>ประกาศบนเว็บไซต์ก่อนเปิดซอง</td><td>กองช่าง</td><td>ทุกโครงการ</td></tr>
</table></body></html>
"""


def _records(result):
    return [(m.table, m.title, m.steps, m.responsible, m.timeframe) for m in result.measures]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_title_row_over_the_header(suffix):
    (result,) = extract_paths([FIXTURE.with_suffix(suffix)], jobs=1)
    assert _records(result) == [
        ("plan", "ลดขั้นตอนการขออนุญาตก่อสร้าง", ["ทบทวนเอกสารที่ต้องยื่นและตัดส่วนที่ซ้ำ"], ["กองช่าง"], "ธ.ค. 2567"),
        ("plan", "เปิดเผยผลการพิจารณาเบี้ยยังชีพ", ["ประกาศรายชื่อผู้มีสิทธิ์ที่ศาลาประชาคม"], ["สำนักปลัด"], "ทุกไตรมาส"),
    ]
    assert result.report.fiscal_year == 2568  # stated only in the title row


def test_a_web_tables_colspan_title_row(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text(HTML, encoding="utf-8")
    (result,) = extract_paths([path], jobs=1)
    assert _records(result) == [
        ("plan", "ตรวจสอบการใช้รถยนต์ส่วนกลาง", ["บันทึกการใช้รถทุกครั้ง"], ["สำนักปลัด"], "ตลอดปี"),
        ("plan", "เผยแพร่ราคากลางงานก่อสร้าง", ["ประกาศบนเว็บไซต์ก่อนเปิดซอง"], ["กองช่าง"], "ทุกโครงการ"),
    ]
    assert result.report.fiscal_year == 2568

"""A two-column table of prose with no header row, each row a sentence stating an indicator's score
beside its remedy (a web page's layout table): the first row's score was lost, read as a header
cell. A first row stating a score is read as the others are. Page written for this test."""
from pathlib import Path

from extract import extract_paths

PAGE = """<html><head><meta charset="utf-8"></head><body>
<h2>ผลการวิเคราะห์ ITA ปี 2568 องค์การบริหารส่วนตำบลหนองบัวแดง</h2>
<table>
<tr><td>ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนน ๙๐.๑๒ คะแนน บุคลากรทำงานตามขั้นตอน</td><td>ควรทำคู่มือขั้นตอนการทำงาน</td></tr>
<tr><td>ตัวชี้วัดที่ ๒ การใช้งบประมาณ ได้คะแนน ๘๕.๔๐ คะแนน ชาวบ้านยังไม่รู้</td><td>ควรลงแผนการใช้เงิน</td></tr>
<tr><td>ตัวชี้วัดที่ ๓ การใช้อำนาจ ได้คะแนน ๘๘.๐๐ คะแนน หัวหน้างานแบ่งงานเป็นธรรม</td><td>ควรแจ้งเกณฑ์</td></tr>
</table></body></html>
"""


def test_the_first_row_of_a_headerless_table_keeps_its_score(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [result] = extract_paths([path])
    assert [(s.fiscal_year, s.level, s.indicator, s.score) for s in result.scores] == [
        (2568, "indicator", 1, 90.12), (2568, "indicator", 2, 85.4), (2568, "indicator", 3, 88.0)]


def test_a_header_row_stays_a_header(tmp_path: Path):
    # a real header over the same rows: its cells state no score and give none
    path = tmp_path / "page.html"
    path.write_text(PAGE.replace("<table>", "<table><tr><td>ผลการประเมินรายตัวชี้วัด</td><td>ข้อเสนอแนะ</td></tr>"),
                    encoding="utf-8")
    [result] = extract_paths([path])
    assert [(s.indicator, s.score) for s in result.scores] == [(1, 90.12), (2, 85.4), (3, 88.0)]

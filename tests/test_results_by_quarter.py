"""Results reported per quarter under one group ("ผลการดำเนินงาน" over "ไตรมาส 1 | ไตรมาส 2 | …", text in
each): each result with its quarter, the quarters with nothing ("-") left out. They were run together
with their dashes ("- จัดอบรม 1 รุ่น 60 คน - -"). A page written for this test, read as HTML and as a
text export."""
from pathlib import Path

from extract import extract_paths

HTML = """<html><head><meta charset="utf-8"></head><body>
<p>รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567<br>เทศบาลเมืองศรีสะเกษ จังหวัดศรีสะเกษ</p>
<table border=1>
<tr><th rowspan=2>ที่</th><th rowspan=2>โครงการ/กิจกรรม</th><th colspan=4>ผลการดำเนินงาน</th><th rowspan=2>ผู้รับผิดชอบ</th></tr>
<tr><th>ไตรมาส 1</th><th>ไตรมาส 2</th><th>ไตรมาส 3</th><th>ไตรมาส 4</th></tr>
<tr><td>1</td><td>โครงการอบรมคุณธรรมจริยธรรม</td><td>-</td><td>จัดอบรม 1 รุ่น 60 คน</td><td>-</td><td>-</td><td>สำนักปลัด</td></tr>
<tr><td>2</td><td>กิจกรรมเผยแพร่ข้อมูลข่าวสาร</td><td>เผยแพร่ 20 เรื่อง</td><td>เผยแพร่ 18 เรื่อง</td><td>-</td><td>เผยแพร่ 22 เรื่อง</td><td>งานประชาสัมพันธ์</td></tr>
</table></body></html>
"""
TEXT = """รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567
เทศบาลเมืองศรีสะเกษ จังหวัดศรีสะเกษ

ที่\tโครงการ/กิจกรรม\tผลการดำเนินงาน\t\t\t\tผู้รับผิดชอบ
\t\tไตรมาส 1\tไตรมาส 2\tไตรมาส 3\tไตรมาส 4\t
1\tโครงการอบรมคุณธรรมจริยธรรม\t-\tจัดอบรม 1 รุ่น 60 คน\t-\t-\tสำนักปลัด
2\tกิจกรรมเผยแพร่ข้อมูลข่าวสาร\tเผยแพร่ 20 เรื่อง\tเผยแพร่ 18 เรื่อง\t-\tเผยแพร่ 22 เรื่อง\tงานประชาสัมพันธ์
"""


def test_each_quarters_result_keeps_its_quarter(tmp_path: Path):
    (tmp_path / "report.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    for result in extract_paths([tmp_path / "report.html", tmp_path / "report.txt"]):
        assert [(m.table, m.title, m.output, m.responsible) for m in result.measures] == [
            ("implementation", "โครงการอบรมคุณธรรมจริยธรรม", "ไตรมาส 2: จัดอบรม 1 รุ่น 60 คน", ["สำนักปลัด"]),
            ("implementation", "กิจกรรมเผยแพร่ข้อมูลข่าวสาร",
             "ไตรมาส 1: เผยแพร่ 20 เรื่อง; ไตรมาส 2: เผยแพร่ 18 เรื่อง; ไตรมาส 4: เผยแพร่ 22 เรื่อง", ["งานประชาสัมพันธ์"])], \
            result.report.source_file

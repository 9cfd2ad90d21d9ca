"""Rows under one merged title cell (an HTML rowspan), each an activity with its own result: the measure's
output and outcome keep each row's text apart ("; "), as the results of sub-columns are; they were run
together by a space ("อบรม ๔๕ คน คู่มือ ๑ เล่ม"); numbered results ("๑.…", "๒.…") go on as one list, as the text
export joins them. A cell repeated on each row is kept once. Written for this test
(the Word and PDF fixtures: tests/test_merged_measure_status.py)."""
from pathlib import Path

from extract import extract_paths

PAGE = """<html><head><meta charset="utf-8"></head><body>
<p>รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</p>
<p>เทศบาลตำบลศรีสงคราม อำเภอศรีสงคราม จังหวัดนครพนม</p>
<table border="1">
<tr><th>มาตรการ</th><th>กิจกรรม</th><th>ผลการดำเนินงาน</th><th>ผลลัพธ์</th><th>ผู้รับผิดชอบ</th></tr>
<tr><td rowspan="2">ป้องกันผลประโยชน์ทับซ้อน</td><td>อบรมบุคลากร</td><td>อบรม ๔๕ คน</td><td>บุคลากรเข้าใจร้อยละ ๙๐</td><td>สำนักปลัด</td></tr>
<tr><td>จัดทำคู่มือ</td><td>คู่มือ ๑ เล่ม</td><td>เผยแพร่ทุกกอง</td><td>สำนักปลัด</td></tr>
<tr><td>เปิดเผยข้อมูลสาธารณะ</td><td>ปรับปรุงเว็บไซต์</td><td>ครบทุกรายการ</td><td>-</td><td>กองคลัง</td></tr>
<tr><td rowspan="2">จัดการเรื่องร้องเรียน</td><td>แต่งตั้งผู้รับเรื่อง</td><td>๑.มีคำสั่งแต่งตั้ง</td><td>-</td><td>สำนักปลัด</td></tr>
<tr><td>รายงานผล</td><td>๒.รายงานนายกทุกไตรมาส</td><td>-</td><td>สำนักปลัด</td></tr>
</table></body></html>
"""


def test_each_activitys_result_kept_apart(tmp_path: Path):
    path = tmp_path / "report.html"
    path.write_text(PAGE, encoding="utf-8")
    [result] = extract_paths([path])
    assert [(m.table, m.title, m.steps, m.output, m.outcome, m.responsible) for m in result.measures] == [
        ("implementation", "ป้องกันผลประโยชน์ทับซ้อน", ["อบรมบุคลากร", "จัดทำคู่มือ"], "อบรม ๔๕ คน; คู่มือ ๑ เล่ม",
         "บุคลากรเข้าใจร้อยละ ๙๐; เผยแพร่ทุกกอง", ["สำนักปลัด"]),
        ("implementation", "เปิดเผยข้อมูลสาธารณะ", ["ปรับปรุงเว็บไซต์"], "ครบทุกรายการ", None, ["กองคลัง"]),
        # numbered results go on as one list, their numbers the separators
        ("implementation", "จัดการเรื่องร้องเรียน", ["แต่งตั้งผู้รับเรื่อง", "รายงานผล"],
         "๑.มีคำสั่งแต่งตั้ง ๒.รายงานนายกทุกไตรมาส", None, ["สำนักปลัด"])]

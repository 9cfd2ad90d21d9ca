"""A score table's total row whose label ends with a colon ("รวม :", "Total:") is the total row as "รวม" is
(schemas/score_cues.TABLE_OVERALL_LABEL); the row was skipped and the overall score lost. Tables written for
this test."""

INDICATORS = """<html><head><meta charset="utf-8"></head><body><main>
<h2>สรุปผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2566 สำนักงานจังหวัดมุกดาหาร</h2>
<table border=1>
<tr><th>ตัวชี้วัด</th><th>คะแนน</th></tr>
<tr><td>1. การปฏิบัติหน้าที่</td><td>98.50</td></tr>
<tr><td>9. การเปิดเผยข้อมูล</td><td>100.00</td></tr>
<tr><td>10. การป้องกันการทุจริต</td><td>87.50</td></tr>
<tr><td>รวม :</td><td>94.11</td></tr>
</table></main></body></html>"""

# other words: English, tools as rows, Thai digits
TOOLS = """<html><head><meta charset="utf-8"></head><body><main>
<h2>ITA 2024 results, Faculty of Engineering</h2>
<table border=1>
<tr><th>Tool</th><th>Score</th></tr>
<tr><td>IIT</td><td>๙๗.๑๐</td></tr>
<tr><td>EIT</td><td>๙๔.๐๕</td></tr>
<tr><td>OIT</td><td>๙๘.๐๐</td></tr>
<tr><td>Total:</td><td>๙๖.๕๒</td></tr>
</table></main></body></html>"""


def test_indicator_table_total_with_colon(score_rows):
    assert score_rows(INDICATORS, "page.html") == [
        ("indicator", "IIT", 1, 98.5, None, 2566), ("indicator", "OIT", 9, 100.0, None, 2566),
        ("indicator", "OIT", 10, 87.5, None, 2566), ("overall", None, None, 94.11, None, 2566)]


def test_tool_table_total_with_colon(score_rows):
    assert score_rows(TOOLS, "page.html") == [
        ("tool", "IIT", None, 97.1, None, 2567), ("tool", "EIT", None, 94.05, None, 2567),
        ("tool", "OIT", None, 98.0, None, 2567), ("overall", None, None, 96.52, None, 2567)]

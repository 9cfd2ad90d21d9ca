"""A table of subjects across and one row of their scores under them, with no corner cell nor row label
("ITA | IIT | EIT | OIT" over "93.50 (A) | 96.00 | 90.10 | 94.40"): each score is its column's subject's.
Nothing was read (a table on its side needed a corner and a row labelled as scores). Anything in the row
that is not a score and the table is not read so. Tables written for this test."""

import pytest


FISHERIES = """<html><head><meta charset="utf-8"></head><body><main>
<h2>ผลการประเมิน ITA ปีงบประมาณ 2567 สำนักงานประมงจังหวัดตราด</h2>
<table border=1>
<tr><td><strong>ITA</strong></td><td><strong>IIT</strong></td><td><strong>EIT</strong></td><td><strong>OIT</strong></td></tr>
<tr><td>93.50 (A)</td><td>96.00</td><td>90.10</td><td>94.40</td></tr>
</table></main></body></html>"""

# other words: indicators across, Thai digits, a grade column, header cells with a score word
SCHOOL = """<html><head><meta charset="utf-8"></head><body><main>
<h2>ผลการประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๖ โรงเรียนบ้านโนนสูง</h2>
<table border=1>
<tr><th>คะแนนภาพรวม</th><th>ระดับ</th><th>ตัวชี้วัดที่ ๙</th><th>ตัวชี้วัดที่ ๑๐</th></tr>
<tr><td>๘๘.๔๐</td><td>B</td><td>๙๐.๐๐</td><td>๗๕.๕๐</td></tr>
</table></main></body></html>"""

def test_tools_across_one_row(score_rows):
    assert score_rows(FISHERIES, "page.html") == [
        ("overall", None, None, 93.5, "A", 2567), ("tool", "IIT", None, 96.0, None, 2567),
        ("tool", "EIT", None, 90.1, None, 2567), ("tool", "OIT", None, 94.4, None, 2567)]


def test_indicators_and_grade_across(score_rows):
    assert score_rows(SCHOOL, "page.html") == [
        ("overall", None, None, 88.4, "B", 2566), ("indicator", "OIT", 9, 90.0, None, 2566),
        ("indicator", "OIT", 10, 75.5, None, 2566)]


@pytest.mark.parametrize("row", ["<td>93.50</td><td>96.00</td><td>ไม่ประเมิน</td><td>94.40</td>",
                                 "<td>93.50</td><td>96.00</td><td>90.10</td><td>94.40</td></tr><tr><td>1</td><td>2</td><td>3</td><td>4</td>"])
def test_anything_else_is_not_read_so(score_rows, row):
    text = FISHERIES.replace("<td>93.50 (A)</td><td>96.00</td><td>90.10</td><td>94.40</td>", row)
    assert score_rows(text, "page.html") == []

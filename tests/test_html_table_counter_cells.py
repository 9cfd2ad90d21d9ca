"""Animated counters inside a data table's cells ("<td><span data-count="96.12">0</span></td>"): the page
shows "0" until a script counts, so every score of the table was recorded as 0. The HTML reader reads the
counter's number in the cell, as outside tables (extract/readers/html.COUNTER_ATTRIBUTES), but only while
the cell shows a start value (nothing or a zero, COUNTER_START): a cell's own number stays its value.
Pages written for this test."""
from pathlib import Path

from extract import extract_paths

SPANS = """<html><head><meta charset="utf-8"><title>ผลการประเมิน ITA 2567</title></head><body>
<h1>ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2567</h1>
<p>เทศบาลตำบลหนองปรือ อำเภอบางละมุง จังหวัดชลบุรี</p>
<table><tr><th>เครื่องมือ</th><th>คะแนน</th></tr>
<tr><td>IIT</td><td><span class="counter" data-count="96.12">0</span></td></tr>
<tr><td>EIT</td><td><span class="counter" data-count="89.40">0</span></td></tr>
<tr><td>OIT</td><td><span class="counter" data-count="93.75">0</span></td></tr>
<tr><td>ภาพรวม</td><td><span class="counter" data-count="92.60">0</span></td></tr></table>
</body></html>"""

# other markup: the counter is the cell itself (countTo's data-to, PureCounter's end), "0.00" shown,
# the table's rows named in other words
CELLS = """<html><head><meta charset="utf-8"></head><body><main>
<h2>สรุปผลคะแนน ITA ปีงบประมาณ 2566 โรงพยาบาลบ้านหมี่</h2>
<table class="table"><thead><tr><th>รายการ</th><th>ผลคะแนน</th></tr></thead><tbody>
<tr><td>แบบวัด IIT</td><td class="timer" data-to="94.85" data-speed="1500">0.00</td></tr>
<tr><td>แบบวัด EIT</td><td class="purecounter" data-purecounter-end="88.10">0</td></tr>
<tr><td>คะแนนรวม</td><td class="timer" data-to="91.02"></td></tr>
</tbody></table></main></body></html>"""


def _scores(tmp_path: Path, page: str):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    [result] = extract_paths([path])
    return [(s.fiscal_year, s.level, s.tool, s.score) for s in result.scores], result.report.overall_score


def test_counters_in_cells_are_read_at_their_number(tmp_path):
    assert _scores(tmp_path, SPANS) == ([(2567, "tool", "IIT", 96.12), (2567, "tool", "EIT", 89.4),
                                         (2567, "tool", "OIT", 93.75), (2567, "overall", None, 92.6)], 92.6)


def test_counter_cells_in_other_markup(tmp_path):
    assert _scores(tmp_path, CELLS) == ([(2566, "tool", "IIT", 94.85), (2566, "tool", "EIT", 88.1),
                                         (2566, "overall", None, 91.02)], 91.02)


def test_a_cells_own_number_is_kept(tmp_path):
    page = CELLS.replace('data-to="94.85" data-speed="1500">0.00', 'data-to="12">94.85')
    assert _scores(tmp_path, page)[0][0] == (2566, "tool", "IIT", 94.85)

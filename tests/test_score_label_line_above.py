"""A label on a line of its own and its score alone on the next ("IIT" / "95.20"): the cards of a web
page (a block per label and per value), or a score table a PDF reader saw as lines. Read as one line
(they gave no score). A number line under anything else stays what it was. Written for this test."""
from pathlib import Path

from extract import extract_paths

CARDS = """<html><head><meta charset="utf-8"></head><body>
<h2>ผลการประเมิน ITA ปี 2567 เทศบาลนครขอนแก่น</h2>
<div class="row">
<div class="card"><div class="label">IIT</div><div class="value">95.20</div></div>
<div class="card"><div class="label">EIT :</div><div class="value">91.05</div></div>
<div class="card"><div class="label">ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล</div><div class="value">๙๘.๗๕</div></div>
<div class="card"><div class="label">คะแนนรวม</div><div class="value">95.43</div></div>
<div class="card"><div class="label">จำนวนผู้ตอบแบบสำรวจ</div><div class="value">45.00</div></div>
</div></body></html>"""


def test_a_label_line_and_its_score_line(tmp_path: Path):
    path = tmp_path / "cards.html"
    path.write_text(CARDS, encoding="utf-8")
    (result,) = extract_paths([path])
    assert [(s.level, s.tool, s.indicator, s.score, s.source_text) for s in result.scores] == [
        ("tool", "IIT", None, 95.2, "IIT 95.20"), ("tool", "EIT", None, 91.05, "EIT : 91.05"),
        ("indicator", "OIT", 9, 98.75, "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ๙๘.๗๕"), ("overall", None, None, 95.43, "คะแนนรวม 95.43")]
    assert result.report.overall_score == 95.43

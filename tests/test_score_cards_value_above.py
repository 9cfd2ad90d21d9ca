"""A results page's cards with the value ABOVE its caption ("<div class=card><div>96.52</div><div>คะแนน ITA
ภาพรวม</div></div>"). Read as two lines each, every number took the caption of the card before it (a label
line above a number line is that number's): the EIT score recorded as IIT's, the OIT's as EIT's. The HTML
reader now reads such a card as one line, caption first. Where only lines are left (a text or PDF
infographic: number / label / number / label …, the run opening with a number), which label is a number's
is not known: the numbers are left out with SCORE_ROLE_UNCLEAR. Pages written for this test."""
from pathlib import Path

from extract import extract_paths

HOSPITAL = """<html><head><meta charset="utf-8"></head><body>
<main><h2>ประกาศผลการประเมินคุณธรรมและความโปร่งใส โรงพยาบาลบ้านนาสาร ประจำปีงบประมาณ พ.ศ. 2567</h2>
<div class="cards">
 <div class="card"><div class="num">96.52</div><div class="cap">คะแนน ITA ภาพรวม</div></div>
 <div class="card"><div class="num">98.10</div><div class="cap">IIT</div></div>
 <div class="card"><div class="num">92.44</div><div class="cap">EIT</div></div>
 <div class="card"><div class="num">97.80</div><div class="cap">OIT</div></div>
 <div class="card"><div class="num">AA</div><div class="cap">ระดับผลการประเมิน</div></div>
</div></main></body></html>"""

# other words and markup: Thai digits, an inline value and a <p> caption, "แบบวัด"/"แบบตรวจ", a count card
SCHOOL = """<html><head><meta charset="utf-8"></head><body>
<article><h3>ผลการประเมิน ITA Online โรงเรียนบ้านหนองบัว ปีงบประมาณ 2566</h3>
<div class="stat-box"><span class="big">๘๙.๑๕</span><p>คะแนนรวม</p></div>
<div class="stat-box"><span class="big">๙๒.๐๐</span><p>แบบวัด IIT</p></div>
<div class="stat-box"><span class="big">๘๕.๗๕</span><p>แบบวัด EIT</p></div>
<div class="stat-box"><span class="big">๘๙.๗๐</span><p>แบบตรวจ OIT</p></div>
<div class="stat-box"><span class="big">1,250</span><p>ผู้ตอบแบบวัด</p></div>
</article></body></html>"""

INFOGRAPHIC = """ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567
สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำปาง ลำพูน
96.52
คะแนน ITA ภาพรวม
98.10
IIT
92.44
EIT
97.80
OIT
"""


def _rows(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (result,) = extract_paths([path])
    return result, [(s.level, s.tool, s.indicator, s.score, s.grade, s.fiscal_year) for s in result.scores]


def test_cards_value_over_caption(tmp_path: Path):
    result, rows = _rows(tmp_path, "cards.html", HOSPITAL)
    assert rows == [("overall", None, None, 96.52, "AA", 2567), ("tool", "IIT", None, 98.1, None, 2567),
                    ("tool", "EIT", None, 92.44, None, 2567), ("tool", "OIT", None, 97.8, None, 2567)]
    assert result.scores[0].source_text == "คะแนน ITA ภาพรวม : 96.52"


def test_cards_in_other_markup_and_words(tmp_path: Path):
    _, rows = _rows(tmp_path, "school.html", SCHOOL)
    assert rows == [("overall", None, None, 89.15, None, 2566), ("tool", "IIT", None, 92.0, None, 2566),
                    ("tool", "EIT", None, 85.75, None, 2566), ("tool", "OIT", None, 89.7, None, 2566)]


def test_lines_of_value_over_caption_are_unclear(tmp_path: Path):
    result, rows = _rows(tmp_path, "infographic.txt", INFOGRAPHIC)
    assert rows == []
    unclear = [c for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"]
    assert [c.source_text for c in unclear] == ["98.10", "92.44", "97.80"]

"""Animated counters (WordPress Elementor, PureCounter, countTo …) keep their number in an attribute
("data-to-value", "data-purecounter-end", "data-count") and show "0" until a script counts: a saved page
read "0" and the score was lost. The HTML reader reads the attribute's number in the counter's place.
And a label line of the overall result with a score word in it ("คะแนนภาพรวม", "ผลคะแนนภาพรวม") over
its number is read with it, as "คะแนน ITA ภาพรวม" was (schemas/score_cues.OVERALL_LABEL_SCORE_WORDS).
Pages written for this test."""
from pathlib import Path

from extract import extract_paths

ELEMENTOR = """<html><head><meta charset="utf-8"></head><body><main>
<h2>ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 องค์การบริหารส่วนตำบลโนนสะอาด</h2>
<div class="elementor-counter"><div class="elementor-counter-title">คะแนนภาพรวม</div>
<div class="elementor-counter-number-wrapper"><span class="elementor-counter-number-prefix"></span><span
 class="elementor-counter-number" data-duration="2000" data-to-value="95.82" data-from-value="0"
 data-delimiter=",">0</span><span class="elementor-counter-number-suffix"></span></div></div>
<div class="elementor-counter"><div class="elementor-counter-title">IIT</div>
<div class="elementor-counter-number-wrapper"><span class="elementor-counter-number" data-to-value="97.40">0</span></div></div>
</main></body></html>"""

# other markup: PureCounter and data-count counters, each value over its caption, one counter empty
PURECOUNTER = """<html><head><meta charset="utf-8"></head><body><main>
<h2>ผลการประเมิน ITA ปีงบประมาณ 2566 โรงพยาบาลกุมภวาปี</h2>
<div class="box"><div><span class="purecounter" data-purecounter-start="0" data-purecounter-end="94.37"
 data-purecounter-decimals="2">0</span></div><div>คะแนน ITA ภาพรวม</div></div>
<div class="box"><div><span class="count" data-count="96.10">0</span></div><div>IIT</div></div>
<div class="box"><div><span class="count" data-count="90.02">0</span></div><div>EIT</div></div>
<div class="box"><div><span class="count" data-count="97.00"></span></div><div>OIT</div></div>
</main></body></html>"""

LINES = """สำนักงานพัฒนาชุมชนจังหวัดยโสธร
ผลการประเมิน ITA ปีงบประมาณ 2566
ผลคะแนนภาพรวม
๙๓.๖๑
"""


def _scores(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    return [(s.level, s.tool, s.indicator, s.score, s.grade, s.fiscal_year) for s in result.scores]


def test_elementor_counters(tmp_path: Path):
    assert _scores(tmp_path, "page.html", ELEMENTOR) == [("overall", None, None, 95.82, None, 2567),
                                                        ("tool", "IIT", None, 97.4, None, 2567)]


def test_other_counters_over_their_captions(tmp_path: Path):
    assert _scores(tmp_path, "page.html", PURECOUNTER) == [
        ("overall", None, None, 94.37, None, 2566), ("tool", "IIT", None, 96.1, None, 2566),
        ("tool", "EIT", None, 90.02, None, 2566), ("tool", "OIT", None, 97.0, None, 2566)]


def test_overall_label_with_a_score_word_over_its_number(tmp_path: Path):
    assert _scores(tmp_path, "post.txt", LINES) == [("overall", None, None, 93.61, None, 2566)]

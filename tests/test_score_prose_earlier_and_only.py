"""Two prose forms of a result written for this test (probe documents of other bodies):

- a bracket that states the year before's own result, "ได้ 91.20 คะแนน (ปี 2566 ได้ 93.50 คะแนน)": the
  year in it was taken as attached to 91.20 (as in "91.20 คะแนน (ปี 2567)"), so both numbers fell in one
  year and were left out as two bodies' scores. A bracketed year attaches to the number before it only
  when the bracket closes right after the year.
- an adverb between the score verb and the number, "โดยได้เพียง 78.32 คะแนน", "obtained only 78.32
  points": the score had no subject (score_cues.WEAK_VERB_ADVERBS)."""
from pathlib import Path

import pytest

from extract import extract_paths


def _scores(tmp_path: Path, text: str):
    path = tmp_path / "post.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    return [(s.fiscal_year, s.level, s.score, s.grade) for s in result.scores]


@pytest.mark.parametrize("line", [
    "ผลการประเมิน ITA ปี 2567 ได้ 91.20 คะแนน (ปี 2566 ได้ 93.50 คะแนน)",
    "ผลการประเมิน ITA ปี ๒๕๖๗ ได้ ๙๑.๒๐ คะแนน (ปีงบประมาณ พ.ศ. ๒๕๖๖ ได้ ๙๓.๕๐ คะแนน)",
])
def test_bracket_states_the_earlier_result(tmp_path, line):
    text = "องค์การบริหารส่วนตำบลนาดี อำเภอเมืองอุดรธานี จังหวัดอุดรธานี\n" + line + "\n"
    assert _scores(tmp_path, text) == [(2567, "overall", 91.20, None), (2566, "overall", 93.50, None)]


def test_bracket_of_a_year_alone_still_attaches(tmp_path):
    text = "องค์การบริหารส่วนตำบลนาดี\nผลการประเมิน ITA ได้ 91.20 คะแนน (ปี 2567) และ 88.10 คะแนน (ปี 2566)\n"
    assert _scores(tmp_path, text) == [(2567, "overall", 91.20, None), (2566, "overall", 88.10, None)]


@pytest.mark.parametrize("text, grade", [
    ("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ของเทศบาลตำบลเวียงเหนือ มีคะแนนไม่ผ่านเกณฑ์ 85 คะแนน "
     "โดยได้เพียง 78.32 คะแนน ระดับ B\n", "B"),
    ("In the ITA of fiscal year 2022 (B.E. 2565) the Wiang Nuea municipality obtained only 78.32 points.\n", None),
])
def test_verb_with_adverb(tmp_path, text, grade):
    assert _scores(tmp_path, text) == [(2565, "overall", 78.32, grade)]

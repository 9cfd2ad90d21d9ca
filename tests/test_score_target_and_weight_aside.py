"""Two numbers stated like scores that are none (probe documents of other bodies, wording written for
this test):

- a target set for a year: "ส่วนปี 2567 ตั้งเป้าไว้ที่ 92 คะแนน" was recorded as the 2567 overall score
  (and as the report's); "เป้า" (not only "เป้าหมาย") announces a target, as "aims for" / "goal of" do;
- a tool's weight in brackets between its label and its score: "IIT (ร้อยละ 30) : 97.10" recorded IIT = 30
  and lost 97.10. A number in brackets followed by ":" and another number is an aside of the label
  (score_cues.BRACKET_ASIDE_AFTER): the number after the colon is the label's score."""
from pathlib import Path

import pytest

from extract import extract_paths


def _scores(tmp_path: Path, text: str):
    path = tmp_path / "post.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    return [(s.fiscal_year, s.level, s.tool, s.score) for s in result.scores], result.report.overall_score


@pytest.mark.parametrize("text", [
    "เทศบาลตำบลศรีสำโรง ได้คะแนน ITA ปี 2566 อยู่ที่ 88.50 คะแนน ส่วนปี 2567 ตั้งเป้าไว้ที่ 92 คะแนน\n",
    "เทศบาลตำบลศรีสำโรง ได้คะแนน ITA ปี 2566 อยู่ที่ 88.50 คะแนน และปี 2567 ตั้งเป้า 92 คะแนน\n",
    "The Si Samrong municipality scored 88.50 in ITA 2023 and aims for 92 points in 2024.\n",
])
def test_target_is_no_score(tmp_path, text):
    assert _scores(tmp_path, text) == ([(2566, "overall", None, 88.50)], 88.50)


def test_weight_in_brackets(tmp_path):
    text = ("ผลการประเมิน ITA ปี 2568 เทศบาลตำบลเขาพระงาม\nIIT (ร้อยละ 30) : 97.10\nEIT (ร้อยละ 30) : 95.25\n"
            "OIT (น้ำหนัก 40%) : 98.75\nคะแนนรวม : 97.10\n")
    assert _scores(tmp_path, text) == ([(2568, "tool", "IIT", 97.10), (2568, "tool", "EIT", 95.25),
                                        (2568, "tool", "OIT", 98.75), (2568, "overall", None, 97.10)], 97.10)


def test_bracketed_score_still_read(tmp_path):
    # a score in brackets after its label with no colon and number after: still the label's score
    text = "ผลการประเมิน ITA ปี 2568 เทศบาลตำบลเขาพระงาม ได้คะแนนรวม 97.10 คะแนน\nตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (97.20 คะแนน)\n"
    assert _scores(tmp_path, text)[0] == [(2568, "overall", None, 97.10), (2568, "indicator", "IIT", 97.20)]

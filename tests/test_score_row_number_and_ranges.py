"""A score table's row number is not the indicator its row names: "2 | ตัวชี้วัดที่ 10 | 80.00" in a table of
the weak indicators only recorded 80.00 as indicator 2's (the leading number of the row's label won over
"ตัวชี้วัดที่ N"; rows numbered as their indicators hid it). A row naming a range of indicators
("ตัวชี้วัดที่ 1-4") is none of theirs: unclear, reason several_indicators (it was indicator 1's, or a tool's
by a tool named in another cell), unless the range is all of one tool's ("ตัวชี้วัดที่ 6-8": EIT's score).
(extract/parse/indicators.resolve_full, scores._score_table.) Documents written for this test."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import text_result, unclear_scores

HEAD = "รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567\nเทศบาลตำบลนาแก อำเภอนาแก จังหวัดนครพนม\n"


def _scores(result):
    return [(s.level, s.tool, s.indicator, s.score) for s in result.scores]


def test_weak_indicators_numbered_as_rows(tmp_path: Path):
    text = HEAD + ("ตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์\nลำดับ\tตัวชี้วัด\tคะแนน\n1\tตัวชี้วัดที่ 9\t78.50\n"
                   "2\tตัวชี้วัดที่ 10\t80.00\n")
    assert _scores(text_result(tmp_path, text)) == [("indicator", "OIT", 9, 78.5), ("indicator", "OIT", 10, 80.0)]


def test_thai_digits_other_words(tmp_path: Path):
    text = ("ผลการวิเคราะห์ ITA โรงพยาบาลนาแก จังหวัดนครพนม ปีงบประมาณ ๒๕๖๘\nที่\tประเด็นการประเมิน\tผลคะแนน\n"
            "๑\tตัวชี้วัดที่ ๗\t๘๔.๒๐\n๒\tตัวชี้วัดที่ ๓\t๙๖.๕๐\n")
    assert _scores(text_result(tmp_path, text)) == [("indicator", "EIT", 7, 84.2), ("indicator", "IIT", 3, 96.5)]


def test_ranges_of_indicators(tmp_path: Path):
    text = HEAD + ("ลำดับ\tตัวชี้วัด\tผลคะแนน\tหมายเหตุ\n1\tตัวชี้วัดที่ 1-4\t92.00\tIIT\n2\tตัวชี้วัดที่ 5\t90.10\t\n"
                   "3\tตัวชี้วัดที่ 6-8\t88.00\tEIT\n4\tตัวชี้วัดที่ 9 - 10\t86.50\t\n")
    result = text_result(tmp_path, text)
    assert _scores(result) == [("indicator", "IIT", 5, 90.1), ("tool", "EIT", None, 88.0), ("tool", "OIT", None, 86.5)]
    assert [m for _, _, m in unclear_scores(result)] == [
        "The number 92 is stated like a score but its role is unclear (several indicators named (1, 2, 3, 4)); "
        "it was left out: \"1 ตัวชี้วัดที่ 1-4 IIT | 92.00\""]

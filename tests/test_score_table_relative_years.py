"""A score table whose columns are headed by years named relative to the report's ("ปีที่แล้ว | ปีนี้",
"คะแนนปีนี้ | คะแนนปีก่อน", "Last year | This year"): no score was read (or both columns got the table's
year). "ปีนี้" is the table's year, "ปีที่แล้ว" / "ปีก่อน" the year before (schemas.score_cues THIS_YEAR,
PREVIOUS_YEAR), when one column is this year's. Wording written for this test (probe documents)."""
from pathlib import Path

import pytest

from extract import extract_paths

TOOLS = """ผลการประเมิน ITA เทศบาลตำบลบางเลน ปีงบประมาณ 2567
เครื่องมือ\tปีที่แล้ว\tปีนี้
IIT\t90.10\t93.40
EIT\t88.20\t90.05
OIT\t85.00\t92.50
ภาพรวม\t87.44\t91.99
"""
INDICATORS = """เทศบาลตำบลบางเลน ผลการประเมิน ITA ปีงบประมาณ 2567
ตัวชี้วัด\tคะแนนปีนี้\tคะแนนปีก่อน
การปฏิบัติหน้าที่\t96.10\t94.00
การเปิดเผยข้อมูล\t88.75\t81.25
"""


def _scores(tmp_path: Path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    return [(s.fiscal_year, s.level, s.tool, s.indicator, s.score) for s in result.scores], result.report.overall_score


def test_tool_columns(tmp_path):
    assert _scores(tmp_path, TOOLS) == ([
        (2566, "tool", "IIT", None, 90.10), (2567, "tool", "IIT", None, 93.40),
        (2566, "tool", "EIT", None, 88.20), (2567, "tool", "EIT", None, 90.05),
        (2566, "tool", "OIT", None, 85.00), (2567, "tool", "OIT", None, 92.50),
        (2566, "overall", None, None, 87.44), (2567, "overall", None, None, 91.99)], 91.99)


def test_indicator_columns(tmp_path):
    assert _scores(tmp_path, INDICATORS) == ([
        (2567, "indicator", "IIT", 1, 96.10), (2566, "indicator", "IIT", 1, 94.00),
        (2567, "indicator", "OIT", 9, 88.75), (2566, "indicator", "OIT", 9, 81.25)], None)


@pytest.mark.parametrize("header", ["Tool\tLast year\tThis year", "เครื่องมือ\tผลการประเมินปีที่ผ่านมา\tผลการประเมินปีนี้"])
def test_other_wording(tmp_path, header):
    text = f"ผลการประเมิน ITA ของเทศบาลตำบลบางเลน ปีงบประมาณ 2567\n{header}\nIIT\t90.10\t93.40\nOIT\t85.00\t92.50\n"
    assert _scores(tmp_path, text)[0] == [(2566, "tool", "IIT", None, 90.10), (2567, "tool", "IIT", None, 93.40),
                                         (2566, "tool", "OIT", None, 85.00), (2567, "tool", "OIT", None, 92.50)]

"""Score columns each beside a label column of their own ("เครื่องมือ | คะแนนรายเครื่องมือ | ตัวชี้วัด | คะแนน":
a tool's score beside its name, merged down over its indicators, each indicator's beside its name) were
read together: the tool's score became each tool's first indicator's (IIT 95.41 as indicator 1's, a wrong
value) and the tools' scores were lost (found by a blind PDF). Each score column is read with the label
columns on its left (scores._interleaved). Documents written for this test."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import text_result

TABLE = """รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567
เทศบาลตำบลนาแก อำเภอนาแก จังหวัดนครพนม
เครื่องมือ\tคะแนนรายเครื่องมือ\tตัวชี้วัด\tคะแนน
IIT\t95.41\t1. การปฏิบัติหน้าที่\t96.80
\t\t2. การใช้งบประมาณ\t94.25
EIT\t93.87\t6. คุณภาพการดำเนินงาน\t94.60
OIT\t91.10\t9. การเปิดเผยข้อมูล\t95.00
คะแนนรวม\t\t\t93.22
"""


def _scores(result):
    return [(s.level, s.tool, s.indicator, s.score) for s in result.scores]


def test_tool_and_indicator_columns(tmp_path: Path):
    result = text_result(tmp_path, TABLE)
    assert _scores(result) == [
        ("tool", "IIT", None, 95.41), ("tool", "EIT", None, 93.87), ("tool", "OIT", None, 91.1),
        ("indicator", "IIT", 1, 96.8), ("indicator", "IIT", 2, 94.25), ("indicator", "EIT", 6, 94.6),
        ("indicator", "OIT", 9, 95.0), ("overall", None, None, 93.22)]


def test_other_words_thai_digits(tmp_path: Path):
    text = ("ผลการประเมิน ITA โรงพยาบาลนาแก จังหวัดนครพนม ปีงบประมาณ ๒๕๖๘\n"
            "แบบวัด | ผลคะแนนแบบวัด | ตัวชี้วัดที่ควรพัฒนา | ผลคะแนน\n"
            "EIT | ๘๘.๒๐ | ตัวชี้วัดที่ ๗ | ๘๕.๑๐\nOIT | ๙๐.๕๐ | ตัวชี้วัดที่ ๑๐ | ๘๖.๐๐\n")
    assert _scores(text_result(tmp_path, text)) == [
        ("tool", "EIT", None, 88.2), ("tool", "OIT", None, 90.5),
        ("indicator", "EIT", 7, 85.1), ("indicator", "OIT", 10, 86.0)]

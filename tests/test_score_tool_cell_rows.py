"""A score table read as lines (printed without rules, or copied as text) whose tool cell, merged
over its indicators, shares the first indicator's line: "IIT 1. การปฏิบัติหน้าที่ 95.50". The "1." numbers
the indicator named after it; it is no IIT score (the tools scored 1.0, 6.0 and 9.0), and the line's
score is the indicator's. Text written for this test."""
from pathlib import Path

from extract import extract_paths
from extract.parse.score_roles import read_sentence


def test_a_tool_cell_on_its_first_indicators_line(tmp_path: Path):
    page = tmp_path / "analysis.txt"
    page.write_text("รายงานผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567\n"
                    "เทศบาลตำบลคำพี้ อำเภอนาโพธิ์ จังหวัดบุรีรัมย์\nเครื่องมือ ตัวชี้วัด คะแนน\n"
                    "IIT 1. การปฏิบัติหน้าที่ 95.50\n2. การใช้งบประมาณ 88.20\n"
                    "EIT 6. คุณภาพการดำเนินงาน 91.30\n7. ประสิทธิภาพการสื่อสาร 84.60\n"
                    "OIT 9. การเปิดเผยข้อมูล 100.00\n10. การป้องกันการทุจริต 72.50\n", encoding="utf-8")
    [result] = extract_paths([page])
    assert [(s.level, s.tool, s.indicator, s.score) for s in result.scores] == [
        ("indicator", "IIT", 1, 95.5), ("indicator", "IIT", 2, 88.2), ("indicator", "EIT", 6, 91.3),
        ("indicator", "EIT", 7, 84.6), ("indicator", "OIT", 9, 100.0), ("indicator", "OIT", 10, 72.5)]


def test_a_tools_own_score_on_its_line_stays_the_tools():
    reading = read_sentence("IIT 92.40", 2567, 2567)
    assert [(s.level, s.tool, s.value) for s in reading.statements] == [("tool", "IIT", 92.4)]
    reading = read_sentence("แบบวัด EIT 1. คุณภาพการดำเนินงาน 91.30", 2567, 2567)
    assert [(s.level, s.indicator, s.value) for s in reading.statements] == [("indicator", 6, 91.3)]

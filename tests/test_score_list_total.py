"""A line that is only a total and its number ("รวม : 92.48") under lines each stating a tool's score is the
tools' total, the overall score (schemas/score_cues.LIST_TOTAL_LABEL); it was a number of no role. Under
anything else (a list of costs) it stays unread. Reports written for this test."""
from pathlib import Path

from extract import extract_paths

SCHOOL = """รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA)
โรงเรียนวัดบ้านโคก สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชัยภูมิ เขต 2
ประจำปีงบประมาณ พ.ศ. 2566
ผลการประเมินของโรงเรียน
แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้คะแนน 95.20
แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้คะแนน 90.15
แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้คะแนน 93.02
รวม : 92.48
ระดับผลการประเมิน : A
"""

# other words: Thai digits, bulleted tools with a unit, "รวม" with a unit after the number, a list of costs with its own "รวม"
HOSPITAL = """โรงพยาบาลชุมแพ จังหวัดขอนแก่น
ผลคะแนน ITA ปีงบประมาณ ๒๕๖๗
- IIT ๙๖.๕๐ คะแนน
- EIT ๙๓.๑๐ คะแนน
- OIT ๙๕.๓๕ คะแนน
รวม ๙๔.๙๘ คะแนน
ค่าใช้จ่ายโครงการอบรม
- ค่าอาหาร ๒๕.๕๐
- ค่าวัสดุ ๓๐.๐๐
รวม : ๕๕.๕๐
"""


def _rows(tmp_path: Path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = extract_paths([path])
    return [(s.level, s.tool, s.indicator, s.score, s.grade, s.fiscal_year) for s in result.scores]


def test_total_under_tool_lines(tmp_path: Path):
    assert _rows(tmp_path, SCHOOL) == [
        ("tool", "IIT", None, 95.2, None, 2566), ("tool", "EIT", None, 90.15, None, 2566),
        ("tool", "OIT", None, 93.02, None, 2566), ("overall", None, None, 92.48, "A", 2566)]


def test_total_in_other_words_and_a_total_of_costs(tmp_path: Path):
    assert _rows(tmp_path, HOSPITAL) == [
        ("tool", "IIT", None, 96.5, None, 2567), ("tool", "EIT", None, 93.1, None, 2567),
        ("tool", "OIT", None, 95.35, None, 2567), ("overall", None, None, 94.98, None, 2567)]

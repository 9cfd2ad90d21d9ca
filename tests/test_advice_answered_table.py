"""A table of the body's answer to the assessment's advice on each indicator ("ประเด็นการประเมิน | คะแนน | ข้อเสนอแนะ |
การดำเนินการของหน่วยงาน" under "รายงานการนำผลการประเมิน ITA ปี ๒๕๖๗ ไปปรับปรุงการดำเนินงาน") gave neither measures
nor findings and no check: a recommendation column is no measure's body column. Each row is an improvement of the
indicator its title names (tables.answers_advice), and the score column is still read against that title.
Documents written for this test."""
from pathlib import Path

from tests.conftest import text_result as _run

TOWN = """รายงานการนำผลการประเมิน ITA ปี ๒๕๖๗ ไปปรับปรุงการดำเนินงาน
เทศบาลตำบลวังน้ำเย็น อำเภอวังน้ำเย็น จังหวัดสระแก้ว
ประเด็นการประเมิน\tคะแนน\tข้อเสนอแนะ\tการดำเนินการของหน่วยงาน
การเปิดเผยข้อมูล\t๗๘.๕๐\tควรเผยแพร่ข้อมูลให้ครบถ้วน\tปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน
การป้องกันการทุจริต\t๘๐.๐๐\tควรจัดทำมาตรการภายใน\tจัดทำมาตรการป้องกันการรับสินบน
"""

# other words: a hospital, indicators by number, the evaluator's advice, no heading naming improvements
HOSPITAL = """ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
โรงพยาบาลชุมชนบ้านแพง อำเภอบ้านแพง จังหวัดนครพนม
ประเด็นที่ได้รับการประเมิน\tผลคะแนน\tข้อเสนอแนะของสำนักงาน ป.ป.ช.\tแนวทางการดำเนินการของหน่วยงาน
ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\t๗๒.๑๐\tควรกำหนดแนวปฏิบัติการยืมทรัพย์สิน\tจัดทำคู่มือการยืมพัสดุและประกาศให้บุคลากรทราบ
ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน\t๖๙.๕๐\tควรเปิดโอกาสให้ผู้รับบริการมีส่วนร่วม\tจัดประชุมรับฟังความคิดเห็นผู้รับบริการปีละ ๒ ครั้ง
"""


def _records(result):
    return ([(m.table, m.title, m.indicators, m.steps, m.recommendation, m.where.line) for m in result.measures],
            [(s.level, s.indicator, s.score) for s in result.scores], [c.code for c in result.checks])


def test_each_indicator_with_the_bodys_answer_is_an_improvement(tmp_path: Path):
    assert _records(_run(tmp_path, TOWN)) == (
        [("improvement", "การเปิดเผยข้อมูล", [9], ["ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน"], "ควรเผยแพร่ข้อมูลให้ครบถ้วน", 4),
         ("improvement", "การป้องกันการทุจริต", [10], ["จัดทำมาตรการป้องกันการรับสินบน"], "ควรจัดทำมาตรการภายใน", 5)],
        [("indicator", 9, 78.5), ("indicator", 10, 80.0)], [])


def test_the_same_in_other_words(tmp_path: Path):
    assert _records(_run(tmp_path, HOSPITAL)) == (
        [("improvement", "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ", [4], ["จัดทำคู่มือการยืมพัสดุและประกาศให้บุคลากรทราบ"],
          "ควรกำหนดแนวปฏิบัติการยืมทรัพย์สิน", 4),
         ("improvement", "ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน", [8], ["จัดประชุมรับฟังความคิดเห็นผู้รับบริการปีละ ๒ ครั้ง"],
          "ควรเปิดโอกาสให้ผู้รับบริการมีส่วนร่วม", 5)],
        [("indicator", 4, 72.1), ("indicator", 8, 69.5)], [])

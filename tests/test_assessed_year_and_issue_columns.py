"""Two errors a plan for year N made when it opens with its analysis of year N-1's result.

- The indicator scores listed under "ผลการประเมิน ITA ปี N-1 ได้ … คะแนน" are that assessment's, not
  the plan's year: they were filed under N (the report's year) beside the overall score of N-1.
- A measures table that writes the issue found beside the measure answering it ("ประเด็นปัญหา |
  มาตรการแก้ไข | …") lost the measure column (a repeated title, COLUMN_FIELD_REPEATED): the measure
  is the title, the issue its rationale.

Texts written for this test, in other words than any seed or real page."""
from pathlib import Path

from extract import extract_paths

PLAN = """แผนยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567
เทศบาลตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่

ส่วนที่ 1 ผลคะแนน
ผลการประเมิน ITA ปีงบประมาณ 2566 เทศบาลตำบลดอนแก้วได้รับ 84.30 คะแนน ระดับ B
ตัวชี้วัดที่ 2 การใช้งบประมาณ ได้ 71.44 คะแนน
ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 80.00 คะแนน

ส่วนที่ 2 มาตรการ
ลำดับ\tประเด็นปัญหา\tมาตรการแก้ไข\tผู้รับผิดชอบ\tระยะเวลาดำเนินการ
1\tประชาชนไม่ทราบแผนการใช้จ่ายงบประมาณ\tเผยแพร่แผนการใช้จ่ายงบประมาณประจำปีทางเว็บไซต์\tกองคลัง\tมกราคม 2567
2\tข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน\tแต่งตั้งผู้ดูแลข้อมูลแต่ละหมวด\tสำนักปลัด\tตลอดปีงบประมาณ
"""


def test_a_plan_files_last_years_scores_under_last_year_and_keeps_both_columns(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    (result,) = extract_paths([path])
    assert result.report.fiscal_year == 2567
    assert [(s.fiscal_year, s.level, s.indicator, s.score, s.grade) for s in result.scores] == [
        (2566, "overall", None, 84.3, "B"), (2566, "indicator", 2, 71.44, None), (2566, "indicator", 9, 80.0, None)]
    assert [(m.table, m.title, m.rationale, m.responsible, m.timeframe) for m in result.measures] == [
        ("improvement", "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีทางเว็บไซต์", "ประชาชนไม่ทราบแผนการใช้จ่ายงบประมาณ",
         ["กองคลัง"], "มกราคม 2567"),
        ("improvement", "แต่งตั้งผู้ดูแลข้อมูลแต่ละหมวด", "ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน", ["สำนักปลัด"],
         "ตลอดปีงบประมาณ")]
    assert not [c for c in result.checks if c.code == "COLUMN_FIELD_REPEATED"]


def test_a_line_comparing_two_years_sets_no_year_for_the_lines_under_it(tmp_path: Path):
    path = tmp_path / "compare.txt"
    path.write_text(PLAN.replace("ผลการประเมิน ITA ปีงบประมาณ 2566 เทศบาลตำบลดอนแก้วได้รับ 84.30 คะแนน ระดับ B",
                                 "ผลการประเมิน ITA ปี 2566 ได้ 84.30 คะแนน สูงกว่าปี 2565 ที่ได้ 79.10 คะแนน"),
                    encoding="utf-8")
    (result,) = extract_paths([path])
    assert [(s.fiscal_year, s.level, s.indicator, s.score) for s in result.scores] == [
        (2566, "overall", None, 84.3), (2565, "overall", None, 79.1),
        (2567, "indicator", 2, 71.44), (2567, "indicator", 9, 80.0)]


def test_an_issue_column_alone_stays_the_title(tmp_path: Path):
    path = tmp_path / "issues.txt"
    path.write_text(PLAN.replace("\tมาตรการแก้ไข", "\tวิธีการแก้ไข"), encoding="utf-8")
    (result,) = extract_paths([path])
    assert [(m.table, m.title, m.steps, m.rationale) for m in result.measures] == [
        ("improvement", "ประชาชนไม่ทราบแผนการใช้จ่ายงบประมาณ", ["เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีทางเว็บไซต์"], None),
        ("improvement", "ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน", ["แต่งตั้งผู้ดูแลข้อมูลแต่ละหมวด"], None)]


# the measure column's header names a second field ("มาตรการ/แนวทางการพัฒนา": title, then steps), and a
# method column follows: the measure took steps while the issue held the title, and the method column,
# a repeated steps column, was lost (COLUMN_FIELD_REPEATED). Written for this test.
THREE_COLUMNS = """มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568
องค์การบริหารส่วนตำบลห้วยยาง อำเภอเมืองกระบี่ จังหวัดกระบี่
ประเด็นที่ต้องพัฒนา\tมาตรการ/แนวทางการพัฒนา\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา
การป้องกันการทุจริต ยังไม่มีการวิเคราะห์ความเสี่ยงการทุจริต\tจัดทำแผนบริหารความเสี่ยงการทุจริต\t1. แต่งตั้งคณะทำงาน<br>2. ประเมินความเสี่ยง\tสำนักปลัด\tพ.ย. 67 - มี.ค. 68
ผู้รับบริการไม่ทราบขั้นตอนการขอใบอนุญาต ซึ่งกระทบคุณภาพการดำเนินงาน\tจัดทำคู่มือสำหรับประชาชน\tเผยแพร่คู่มือทางเว็บไซต์\tกองช่าง\tธ.ค. 2567
"""


def test_a_measure_column_naming_steps_too_leaves_them_to_the_method_column(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text(THREE_COLUMNS, encoding="utf-8")
    (result,) = extract_paths([path])
    assert [(m.title, m.steps, m.rationale, m.indicators) for m in result.measures] == [
        # the issue opens with indicator 10's name: the row serves it
        ("จัดทำแผนบริหารความเสี่ยงการทุจริต", ["แต่งตั้งคณะทำงาน", "ประเมินความเสี่ยง"],
         "การป้องกันการทุจริต ยังไม่มีการวิเคราะห์ความเสี่ยงการทุจริต", [10]),
        # indicator 6's name only in passing, further in the issue: no indicator guessed
        ("จัดทำคู่มือสำหรับประชาชน", ["เผยแพร่คู่มือทางเว็บไซต์"],
         "ผู้รับบริการไม่ทราบขั้นตอนการขอใบอนุญาต ซึ่งกระทบคุณภาพการดำเนินงาน", [])]
    assert not [c for c in result.checks if c.code == "COLUMN_FIELD_REPEATED"]

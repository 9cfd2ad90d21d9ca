"""A plan's KPI numbered "ตัวชี้วัดที่ N" whose name is a measurement (score_cues.NUMBERED_KPI: "ร้อยละของ…",
"จำนวน…", "อัตรา…" right after the number) is not the ITA's indicator N: the result under it gives no indicator
score (with a score word it is left out with SCORE_ROLE_UNCLEAR, "kpi_numbered"); an ITA indicator named so keeps."""
from __future__ import annotations

from extract import extract_paths

HEALTH_CENTRE_KPI = """รายงานผลการดำเนินงานตามตัวชี้วัด ปีงบประมาณ 2567
โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนน อำเภอเมือง จังหวัดขอนแก่น
(ประกอบการประเมินคุณธรรมและความโปร่งใส ITA)
ตัวชี้วัดที่ 3 ร้อยละของผู้ป่วยเบาหวานที่ควบคุมระดับน้ำตาลได้ดี
ผลการดำเนินงาน ร้อยละ 32.40
ตัวชี้วัดที่ 4 จำนวนหญิงตั้งครรภ์ที่ฝากครรภ์ครั้งแรกก่อน 12 สัปดาห์
ผลการดำเนินงาน ร้อยละ 75.50
"""

# other words, another kind of body: a school's plan, its result stated with a score word
SCHOOL_KPI = """รายงานผลการดำเนินงานตามแผนปฏิบัติการ ปีงบประมาณ 2567
โรงเรียนบ้านหนองแวง อำเภอเมือง จังหวัดขอนแก่น
เอกสารประกอบการประเมิน ITA ของโรงเรียน
ตัวชี้วัดที่ 2 อัตราการมาเรียนของนักเรียนชั้นประถมศึกษา
ผลที่ได้ 96.50 คะแนน
"""


def _run(write_report, text: str):
    [result] = extract_paths([write_report(text)])
    return result


def test_a_numbered_kpi_heading_names_no_ita_indicator(write_report):
    result = _run(write_report, HEALTH_CENTRE_KPI)
    assert result.scores == []


def test_a_numbered_kpi_in_other_words_is_left_out_with_its_reason(write_report):
    result = _run(write_report, SCHOOL_KPI)
    assert result.scores == []
    assert [(c.where.line, c.source_text, c.message) for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"] == [
        (5, "ผลที่ได้ 96.50 คะแนน",
         "The number 96.5 is stated like a score but its role is unclear (the indicator named is a plan's KPI (a "
         "measurement), not an indicator of the ITA); it was left out: \"ผลที่ได้ 96.50 คะแนน\"")]


def test_an_ita_indicator_heading_keeps_its_score(write_report):
    text = SCHOOL_KPI.replace("ตัวชี้วัดที่ 2 อัตราการมาเรียนของนักเรียนชั้นประถมศึกษา", "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล")
    result = _run(write_report, text)
    assert [(s.level, s.tool, s.indicator, s.fiscal_year, s.score) for s in result.scores] == [
        ("indicator", "OIT", 9, 2567, 96.5)]


def test_a_kpi_named_as_the_assessment_is_left_out_with_a_check(write_report):
    """A plan's KPI whose name is the ITA itself ("ตัวชี้วัดที่ 2 ผลการประเมิน ITA"): its value may be the result
    the plan measured, or a share the plan counts; unclear (reason kpi_of_result), no longer dropped without a word."""
    head = "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568\nเทศบาลตำบลโนนสูง อำเภอโนนสูง จังหวัดนครราชสีมา\n"
    for line, value in (("ตัวชี้วัดที่ 2 ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ผลการดำเนินงาน ร้อยละ 92.50", "92.5"),
                        # other words: a school's plan, the KPI's value stated as a score got
                        ("ตัวชี้วัดที่ 4.2 ระดับการประเมิน ITA ของโรงเรียน ได้คะแนน 88.75", "88.75")):
        result = _run(write_report, head + line + "\n")
        assert result.scores == [] and result.report.overall_score is None, line
        assert [(c.where.line, c.source_text, c.message.split("; it was left out")[0]) for c in result.checks
                if c.code == "SCORE_ROLE_UNCLEAR"] == [
            (3, line, f"The number {value} is stated like a score but its role is unclear (a plan's KPI named as the "
                      "assessment itself: its value may be the result the plan measured, or a share or a level it "
                      "counts)")], line

"""Documents about something else that name the ITA on the way: a budget execution report, a project's
progress, a plan's KPI list, a survey's answers, a plan's success evaluation, a bid's result. Their
percentages and points read as the ITA's result (overall, a tool, an indicator) when the ITA is named in
the same line; they are not (score_cues: "budget" and "progress" tails, SEGMENT_DISTRACTORS "kpi",
"budget", "survey", OTHER_EVALUATIONS, "party", ASPECT). Each line is the wording of a probe document
or another body's wording of the same kind; the body's own ITA result in the same report is kept."""
from __future__ import annotations

import pytest

from extract import extract_paths

HEAD = "องค์การบริหารส่วนตำบลโคกกลาง อำเภอด่านขุนทด จังหวัดนครราชสีมา\nรายงานประจำปีงบประมาณ พ.ศ. 2567 (ข้อมูลประกอบการประเมิน ITA)\n"
OWN = "ผลการประเมิน ITA ประจำปี 2566 องค์การบริหารส่วนตำบลโคกกลางได้ 91.20 คะแนน\n"
OWN_ROW = ("overall", None, None, 91.2, None, 2566)

LINES = {
    # money paid out (tail "budget": เบิกจ่าย / ใช้จ่าย, disbursed, spent)
    "spent_share": "สำหรับโครงการเสริมสร้างคุณธรรมและความโปร่งใส (ITA) ได้รับงบประมาณ 20,000 บาท ใช้จ่ายไปร้อยละ 96.50",
    "disbursed_share": "กิจกรรมพัฒนาระบบเผยแพร่ข้อมูลรองรับการประเมิน ITA เบิกจ่ายได้ร้อยละ 45.80",
    "disbursed_en": "The ITA improvement project received a budget of 50,000 baht and disbursed 91.20 percent of it.",
    # a project's result or spending named before (SEGMENT_DISTRACTORS "budget")
    "project_result": "ผลการดำเนินงานโครงการ ITA อยู่ที่ 100 เปอร์เซ็นต์",
    "project_result_2": "ผลการดำเนินการของโครงการพัฒนาความโปร่งใส (ITA) เท่ากับร้อยละ 70",
    "spending_en": "Spending on the ITA preparation project stood at 64.30 percent in the third quarter.",
    "expenditure_en": "The ITA website project's expenditure reached 33.10 percent.",
    # progress (tail "progress")
    "completed": "โครงการประเมินคุณธรรมและความโปร่งใส (ITA) ดำเนินการแล้วเสร็จร้อยละ 100",
    "done_so_far": "งานจัดทำคู่มือ ITA ดำเนินงานแล้วร้อยละ 50.00",
    "advanced": "โครงการส่งเสริมความโปร่งใสเพื่อรองรับการประเมิน ITA มีความก้าวหน้าร้อยละ 75.00",
    "progress_named_before": "ความคืบหน้าการเผยแพร่ข้อมูล OIT อยู่ที่ร้อยละ 85",
    "progress_en": "Progress on publishing the OIT items stood at 85 percent in May.",
    "used_after_en": "Budget for the ITA project: 87.45% used by June.",
    "of_budget_after_en": "The ITA training took 64.20 percent of its annual budget.",
    "resolution_rate_en": "For OIT item O28 of the ITA, the office received 45 complaints and resolved 43, a resolution rate of 95.56 percent.",
    # a plan's KPI (SEGMENT_DISTRACTORS "kpi"): "ร้อยละ" naming a measure, a KPI named as the whole ITA
    "kpi_share_named": "ตัวชี้วัดที่ 1 ร้อยละความสำเร็จของการส่งเสริมเกษตรกรตามแนวทาง ITA ผลการดำเนินงาน ร้อยละ 94.00",
    "kpi_share_named_2": "ตัวชี้วัดที่ 3 ร้อยละการเบิกจ่ายงบประมาณ (ITA) ผลการดำเนินงาน ร้อยละ 87.45",
    "kpi_is_the_ita": "ตัวชี้วัดที่ 2 ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ผลการดำเนินงาน ร้อยละ 92.50",
    "kpi_is_the_ita_2": "ตัวชี้วัดที่ 4.2 : คะแนนการประเมิน ITA ของหน่วยงาน ผลงาน 88.00 คะแนน",
    # a survey's respondents or answers (SEGMENT_DISTRACTORS "survey")
    "respondents_share": "ผู้ตอบแบบวัด EIT ส่วนใหญ่เป็นประชาชนทั่วไป ร้อยละ 68.20",
    "agree_share": "EIT ข้อ 1 การให้บริการเป็นไปตามขั้นตอน เห็นด้วยมากที่สุด ร้อยละ 72.40",
    "agree_share_2": "แบบวัด EIT ข้อ 2 การเปิดเผยข้อมูล ผู้ตอบไม่เห็นด้วย 4.15 %",
    "answer_rate": "ITA ปี 2567: อัตราการตอบกลับแบบวัด IIT ร้อยละ 76.50",
    "answered_share": "จำนวนบุคลากรที่ตอบแบบวัด IIT คิดเป็นร้อยละ 95.24 ของบุคลากรทั้งหมด",
    "response_rate_en": "For the 2024 ITA, the IIT response rate was 76.5 percent of staff.",
    # a share of a group, the best of a group (DISTRACTOR_HEAD "share", SEGMENT_DISTRACTORS "group_extreme")
    "share_of_group": "โรงเรียนในสังกัดผ่านการประเมิน ITA ปี 2567 ร้อยละ 98.50 ของโรงเรียนทั้งหมด",
    "share_of_group_2": "หน่วยงานในจังหวัดผ่านเกณฑ์ ITA คิดเป็นร้อยละ 87.30 ของจำนวนหน่วยงานที่เข้ารับการประเมิน",
    "best_of_group": "โรงเรียนที่ได้คะแนนสูงสุด ได้ 99.10 คะแนน จากการประเมิน ITA",
    "best_of_group_2": "ในการประเมิน ITA หน่วยงานที่มีผลคะแนนต่ำสุด อยู่ที่ 71.20 คะแนน",
    # a plan's success evaluated (OTHER_EVALUATIONS)
    "plan_success": "ผลการประเมินความสำเร็จของยุทธศาสตร์ที่ 5 ได้คะแนน 85.75 คะแนน",
    "plan_success_2": "การประเมินผลสำเร็จของแผนปฏิบัติการป้องกันการทุจริต ได้ 4.50 คะแนน",
    # a bid's winner or bidders (tail "party")
    "bid_winner": "ผู้ชนะได้คะแนนรวม 92.50 คะแนน (เปิดเผยตามแนวทาง ITA)",
    "bidder": "ผู้ยื่นข้อเสนอรายนี้ได้คะแนนประเมิน 88.00 คะแนน ตามประกาศเผยแพร่ ITA",
    # a party numbered in its list: the number ends the segment (score_cues.NUMBERED_PARTY)
    "bidder_numbered": "ผู้ยื่นข้อเสนอรายที่ 2 ได้คะแนนประเมิน 88.00 คะแนน สูงสุด ตามประกาศเผยแพร่ ITA",
    "bidder_numbered_2": "บริษัทลำดับที่ 3 ได้ 91.50 คะแนน เป็นผู้ได้รับการคัดเลือก (เผยแพร่ตามแนวทาง ITA)",
    "bidder_numbered_en": "For the ITA open data portal, bidder no. 3 scored 91.50 points and was selected.",
    # a risk's rating with a qualifier glued to the risk word (tail "risk" absorbs it: "ความเสี่ยงคงเหลือ")
    "risk_residual": "ผลการประเมินการควบคุมภายใน ระดับความเสี่ยงคงเหลือ 12 คะแนน (ITA)",
    "risk_residual_2": "กระบวนงานจัดซื้อจัดจ้าง (ตามแบบ OIT) ค่าความเสี่ยงสุทธิ 9.00 คะแนน",
    # other assessments: an internal control review, a moral organization or community award (OTHER_EVALUATIONS)
    "internal_control": "ผลการประเมินระบบการควบคุมภายใน ประจำปี 2567 ได้ร้อยละ 92.00 ตามแนวทาง ITA",
    "moral_org": "ผลการประเมินองค์กรคุณธรรมต้นแบบ ได้ 85.00 คะแนน พร้อมการประเมิน ITA",
    "moral_community": "ชุมชนคุณธรรมน้อมนำหลักปรัชญาของเศรษฐกิจพอเพียง ผ่านการประเมิน ได้ 92.00 คะแนน (ประกอบ ITA)",
    # a person's appraisal, a website's accessibility check (OTHER_EVALUATIONS)
    "executive_appraisal": "ผลการประเมินผู้บริหารท้องถิ่น ได้ 94.00 คะแนน (ข้อมูลประกอบ ITA)",
    "staff_appraisal": "ITA ปี 2567: ผลการประเมินผลการปฏิบัติงานของพนักงานจ้าง เฉลี่ย 91.40 คะแนน",
    "accessibility": "ผลการประเมิน Web Accessibility ของเว็บไซต์ ได้ 95 คะแนน (เกี่ยวข้องกับ OIT)",
    "accessibility_en": "For the ITA's OIT, the website's accessibility audit gave 88.00 points.",
    # an aspect that is none of the tools or indicators (ASPECT)
    "aspect": "ผลการประเมินด้านความโปร่งใส (ประกอบ ITA) ร้อยละ 90.40",
    "aspect_2": "คะแนนในด้านการให้บริการของผลการประเมิน ITA ได้ 88.50 คะแนน",
}


@pytest.mark.parametrize("key", sorted(LINES))
def test_a_line_about_something_else_gives_no_ita_score(score_rows, key):
    assert score_rows(HEAD + LINES[key] + "\n") == []


def test_the_own_result_in_such_a_report_is_kept(score_rows):
    assert score_rows(HEAD + "\n".join(LINES.values()) + "\n" + OWN) == [OWN_ROW]


def test_the_result_of_a_named_tool_or_indicator_is_kept(score_rows):
    """What the new cues must not touch: a tool's score given by its respondents, an indicator's
    score under a heading that names the whole, a result in the area of the assessment itself."""
    text = HEAD + ("ผู้ตอบแบบวัด EIT ได้ 92.10 คะแนน\nผลการตอบแบบวัด IIT ของบุคลากร 94.60 คะแนน\n"
                   "ตัวชี้วัดที่ 2 การใช้งบประมาณ ได้คะแนน 90.35 คะแนน\n"
                   "ผลการประเมินด้านคุณธรรมและความโปร่งใส (ITA) ปี 2567 ได้ 93.40 คะแนน\n")
    assert score_rows(text) == [("tool", "EIT", None, 92.1, None, 2567), ("tool", "IIT", None, 94.6, None, 2567),
                                ("indicator", "IIT", 2, 90.35, None, 2567),
                                ("overall", None, None, 93.4, None, 2567)]


def test_an_aspect_is_left_out_with_a_check(write_report):
    [result] = extract_paths([write_report(HEAD + LINES["aspect"] + "\n")])
    [check] = [c for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"]
    assert (check.severity, check.where.line, check.source_text) == ("info", 3, LINES["aspect"])
    assert "aspect" in check.message and "90.4" in check.message


# A survey's summary table whose rows are named as the ITA's indicators are (SURVEY_NOT_SCORES):
# a Likert mean column, a spread column, a column of agreement levels. Tables of the probes' and other words.
SURVEY_TABLES = {
    "likert_mean": ("เทศบาลตำบลนาเชือก อำเภอนาเชือก จังหวัดมหาสารคาม",
                    "สรุปผลการสำรวจความพึงพอใจของผู้รับบริการ ประกอบการประเมิน ITA ปี 2567",
                    ["ประเด็น", "ค่าเฉลี่ย", "ร้อยละ", "ระดับ"],
                    [["1. การให้บริการตามขั้นตอน", "4.52", "90.40", "มากที่สุด"], ["2. การเปิดเผยข้อมูล", "4.38", "87.60", "มาก"],
                     ["3. การใช้งบประมาณ", "4.10", "82.00", "มาก"], ["รวม", "4.33", "86.67", "มาก"]], "ค่าเฉลี่ย"),
    "spread": ("โรงเรียนบ้านหนองบัวแดง สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชัยภูมิ เขต 1",
               "ผลการสอบถามความคิดเห็นของผู้ปกครองเกี่ยวกับการดำเนินงานของโรงเรียน (ข้อมูลประกอบการประเมิน ITA) ปี 2566",
               ["รายการ", "x̄", "S.D.", "คะแนน (ร้อยละ)"],
               [["การปฏิบัติหน้าที่ของครู", "4.61", "0.52", "92.20"], ["การป้องกันการทุจริต", "4.25", "0.71", "85.00"],
                ["คุณภาพการดำเนินงาน", "4.47", "0.60", "89.40"]], "x̄"),
    "levels": ("องค์การบริหารส่วนตำบลบ้านแท่น อำเภอบ้านแท่น จังหวัดชัยภูมิ",
               "ความคิดเห็นของประชาชนต่อการบริหารงาน (ใช้ประกอบการประเมิน ITA 2567)",
               ["ประเด็น", "ร้อยละของผู้ตอบ", "ระดับความคิดเห็น"],
               [["การเปิดเผยข้อมูล", "88.50", "มาก"], ["การแก้ไขปัญหาการทุจริต", "79.25", "ปานกลาง"],
                ["ประสิทธิภาพการสื่อสาร", "91.00", "มากที่สุด"]], "ระดับความคิดเห็น"),
    "kpi_rated_1_to_5": ("สำนักงานสาธารณสุขอำเภอกุดจับ", "ผลการประเมินตัวชี้วัดการปฏิบัติราชการ ประจำปี 2567 (ตัวชี้วัดที่ 4 เป็นตัวชี้วัด ITA)",
                         ["ตัวชี้วัด", "น้ำหนัก", "คะแนนที่ได้"],
                         [["1. การคัดกรองโรคเรื้อรัง", "25", "4.50"], ["2. การใช้งบประมาณ", "25", "4.00"],
                          ["3. การพัฒนาบุคลากร", "25", "5.00"], ["4. การเปิดเผยข้อมูล", "25", "4.75"], ["รวม", "100", "4.56"]],
                         "คะแนนที่ได้"),
    "rated_1_to_5": ("วิทยาลัยการอาชีพกุมภวาปี", "สรุปการประเมินผลการดำเนินงานตามแผน ITA ปี 2566",
                     ["ประเด็นการประเมิน", "ผลคะแนน"],
                     [["การแก้ไขปัญหาการทุจริต", "3.80"], ["คุณภาพการดำเนินงาน", "4.20"], ["การปรับปรุงระบบการทำงาน", "4.05"]],
                     "ผลคะแนน"),
}
# a plan's KPI table whose KPIs are named as ITA indicators, its result column "ผลงาน"/"ผลการดำเนินงาน"
# (score_cues.NOT_SCORE_HEADER): no scores, and no survey check either
KPI_RESULT_TABLES = {
    "achieved": ("สำนักงานสาธารณสุขอำเภอหนองแสง", "ผลการประเมินตัวชี้วัดการปฏิบัติราชการ ประจำปี 2567 (ประกอบ ITA)",
                 ["ตัวชี้วัด", "เป้าหมาย", "ผลงาน (ร้อยละ)"],
                 [["1. การปฏิบัติหน้าที่ตามมาตรฐาน", "90", "93.20"], ["2. การใช้งบประมาณ", "100", "87.45"],
                  ["3. การเปิดเผยข้อมูล", "100", "96.00"]]),
    "performance": ("โรงพยาบาลบ้านดุง", "ตัวชี้วัดแผนยุทธศาสตร์ ปีงบประมาณ 2566 ที่เกี่ยวข้องกับการประเมิน ITA",
                    ["ชื่อตัวชี้วัด", "ค่าเป้าหมาย", "ผลการดำเนินงาน (ร้อยละ)", "หมายเหตุ"],
                    [["การป้องกันการทุจริต", "100", "100.00", "บรรลุ"], ["คุณภาพการดำเนินงาน", "85", "88.60", "บรรลุ"]]),
}


def _html(title: str, line: str, header: list[str], rows: list[list[str]]) -> str:
    cells = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body><h2>{title}</h2><p>{line}</p><table><tr>{cells}</tr>{body}</table></body></html>"


@pytest.mark.parametrize("key", sorted(SURVEY_TABLES))
def test_a_survey_table_gives_no_indicator_scores(write_report, key):
    title, line, header, rows, column = SURVEY_TABLES[key]
    [result] = extract_paths([write_report(_html(title, line, header, rows), "survey.html")])
    assert result.scores == []
    [check] = [c for c in result.checks if c.code == "SURVEY_NOT_SCORES"]
    assert (check.severity, check.where.line) == ("info", 3) and f"'{column}'" in check.message


def test_an_ita_score_table_with_a_mean_and_a_level_column_is_read(write_report):
    """What the survey columns must not touch: a mean of 0–100 scores, the old ITA levels ("สูงมาก",
    "ปานกลาง") in every cell."""
    title = "เทศบาลตำบลนาเชือก อำเภอนาเชือก จังหวัดมหาสารคาม"
    rows = [["IIT", "95.10", "สูงมาก"], ["EIT", "81.20", "ปานกลาง"], ["OIT", "78.00", "ปานกลาง"]]
    html = _html(title, "ผลการประเมิน ITA ประจำปีงบประมาณ 2564", ["เครื่องมือ", "คะแนนเฉลี่ย", "ระดับ"], rows)
    [result] = extract_paths([write_report(html, "scores.html")])
    assert [(s.level, s.tool, s.score, s.fiscal_year) for s in result.scores] == [
        ("tool", "IIT", 95.1, 2564), ("tool", "EIT", 81.2, 2564), ("tool", "OIT", 78.0, 2564)]
    assert "SURVEY_NOT_SCORES" not in {c.code for c in result.checks}


def test_a_firm_and_a_vote_are_not_the_body(score_rows):
    """A bid's winning firm ("บริษัท … จำกัด ได้คะแนนรวม …", "ห้างหุ้นส่วนจำกัด … ได้ …") and a meeting's vote
    ("ด้วยคะแนนเสียง …", "ผลการลงคะแนน …") in a document naming the ITA (score_cues "party", "vote")."""
    lines = ["บริษัท เอบีซี จำกัด ได้คะแนนรวม 91.50 คะแนน เป็นผู้ชนะการเสนอราคาโครงการรองรับ ITA",
             "ห้างหุ้นส่วนจำกัด ช.การค้า ได้ 87.25 คะแนน ในการจ้างพัฒนาเว็บไซต์ ITA",
             "ที่ประชุมมีมติเห็นชอบแผนยกระดับ ITA ด้วยคะแนนเสียง 12 เสียง",
             "ผลการลงคะแนน ITA 7 ต่อ 0"]
    for line in lines:
        assert score_rows(HEAD + line + "\n") == []


def test_a_value_link_after_an_abbreviation_is_no_name(report_of):
    """"… ของ รพ.สต. อยู่ที่ 4.52": the abbreviation's link to its value is no part of a body's name (the
    letterhead's body stays the subject; schemas/bodies.NAME_END_WORDS)."""
    for text in ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคก\nผลการสำรวจ EIT ปี 2567\nผลการประเมิน EIT ของ รพ.สต. อยู่ที่ 4.52 จาก 5 คะแนน\n",
                 "โรงพยาบาลส่งเสริมสุขภาพตำบลหนองแวง\nสรุปแบบสำรวจประกอบ ITA ปี 2566\nค่าเฉลี่ยความพึงพอใจของ รพ.สต. เท่ากับ 4.40\n"):
        report = report_of(text)
        assert (report.organization, report.org_type) == (text.split("\n")[0], "โรงพยาบาลส่งเสริมสุขภาพตำบล")


@pytest.mark.parametrize("key", sorted(KPI_RESULT_TABLES))
def test_a_kpi_result_column_gives_no_indicator_scores(write_report, key):
    [result] = extract_paths([write_report(_html(*KPI_RESULT_TABLES[key]), "kpi.html")])
    assert result.scores == []


def test_an_overall_result_on_a_scale_of_five_is_left_out(write_report):
    """A survey's report: "ผลการประเมินภาพรวม ได้ 4.52 คะแนน" is a mean of a 5-level scale (an ITA result is of
    0-100); unclear, with a check. Another body's wording too."""
    for text, line in ((HEAD + "ผู้ปกครองตอบแบบสอบถามทั้งสิ้น 412 คน\nผลการประเมินภาพรวม ได้ 4.52 คะแนน\n", 4),
                       (HEAD + "คะแนนเฉลี่ยภาพรวมของแบบสอบถามความคิดเห็นประชาชน เท่ากับ 4.38 คะแนน\n", 3)):
        [result] = extract_paths([write_report(text)])
        assert result.scores == [] and result.report.overall_score is None
        [check] = [c for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"]
        assert check.where.line == line and "scale of 5" in check.message

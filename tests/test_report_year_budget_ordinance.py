"""A budget ordinance's year is next year's budget, not the report's year (schemas.ita.BUDGET_ORDINANCE_WORDS):
minutes of a council meeting in August ๒๕๖๘ passing the ๒๕๖๙ budget are of fiscal year 2568."""
from __future__ import annotations

COUNCIL_MINUTES = """บันทึกรายงานการประชุมสภาเทศบาลตำบลหนองบัว อำเภอเมือง จังหวัดอุดรธานี
สมัยสามัญ สมัยที่ ๓
วันที่ ๑๕ สิงหาคม ๒๕๖๘
ระเบียบวาระที่ ๒ เรื่องแจ้งเพื่อทราบ ผลการประเมิน ITA ของเทศบาลได้ ๙๒.๑๐ คะแนน
ระเบียบวาระที่ ๓ เรื่องเพื่อพิจารณา
๓.๑ ร่างข้อบัญญัติงบประมาณรายจ่ายประจำปี ๒๕๖๙ ในวาระที่ ๑ ขั้นรับหลักการ
ที่ประชุมมีมติรับหลักการ
"""

# other words, another body: an อบต.'s executives' minutes naming the ordinance with "ปีงบประมาณ"
EXECUTIVES_MINUTES = """รายงานการประชุมคณะผู้บริหารองค์การบริหารส่วนตำบลโคกกลาง อำเภอพนมไพร จังหวัดร้อยเอ็ด
ครั้งที่ 4/2568 เมื่อวันที่ 20 กรกฎาคม 2568
เรื่องที่ 1 การเตรียมรับการประเมิน ITA
เรื่องที่ 2 การจัดทำเทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2569 ให้ทันตามกำหนด
"""


def test_a_budget_ordinance_year_is_not_the_minutes_year(write_report):
    from extract import extract_paths

    [result] = extract_paths([write_report(COUNCIL_MINUTES)])
    assert (result.report.organization, result.report.fiscal_year) == ("เทศบาลตำบลหนองบัว", 2568)
    assert [(s.level, s.fiscal_year, s.score) for s in result.scores] == [("overall", 2568, 92.1)]


def test_a_budget_ordinance_fiscal_year_in_other_words(report_of):
    report = report_of(EXECUTIVES_MINUTES)
    assert (report.organization, report.fiscal_year) == ("องค์การบริหารส่วนตำบลโคกกลาง", 2568)


def test_the_report_own_fiscal_year_keeps(report_of):
    text = EXECUTIVES_MINUTES.replace("เรื่องที่ 1 การเตรียมรับการประเมิน ITA",
                                      "เรื่องที่ 1 ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568")
    assert report_of(text).fiscal_year == 2568
    assert report_of(EXECUTIVES_MINUTES.replace("เทศบัญญัติงบประมาณรายจ่าย", "แผนการใช้จ่ายงบประมาณ")).fiscal_year == 2569

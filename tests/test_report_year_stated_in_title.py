"""A title's "ประจำปี N" is the report's year when it writes no "ปีงบประมาณ": it beats the date a
memo or notice is dated or signed, which is often in the next fiscal year (the year starts 1 October:
a memo of ๒ มกราคม ๒๕๖๙ reporting on ๒๕๖๘, a notice for ๒๕๖๘ signed ๑๕ ธันวาคม ๒๕๖๘). Cue words:
schemas.ita.REPORT_YEAR_CUES. Texts written for this test."""


def test_memo_dated_in_the_next_year_reports_on_its_title_year(report_of):
    report = report_of("บันทึกข้อความ\nส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลดอนหัน\n"
                               "วันที่ ๒ มกราคม ๒๕๖๙\n"
                               "เรื่อง รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๘\n")
    assert (report.organization, report.fiscal_year) == ("องค์การบริหารส่วนตำบลดอนหัน", 2568)  # was 2569


def test_notice_signed_after_october_keeps_its_title_year(report_of):
    report = report_of("ประกาศองค์การบริหารส่วนตำบลดอนหัน\n"
                               "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี พ.ศ. ๒๕๖๘\n"
                               "ประกาศ ณ วันที่ ๑๕ ธันวาคม พ.ศ. ๒๕๖๘\n")
    assert report.fiscal_year == 2568  # was 2569, the fiscal year of the signing date


def test_signing_date_still_decides_without_a_stated_year(report_of):
    report = report_of("ประกาศ ทม.ยโสธร\nเรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ\n"
                               "ประกาศ ณ วันที่ 5 พฤศจิกายน 2567\n")
    assert report.fiscal_year == 2568


def test_years_compared_in_a_title_name_no_one_year(report_of):
    report = report_of("ผลการประเมิน ITA ประจำปี 2566 และ 2567 เทศบาลตำบลนาข่า\n"
                               "ประกาศ ณ วันที่ 5 พฤศจิกายน 2567\n")
    assert report.fiscal_year == 2568

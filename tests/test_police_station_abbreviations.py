"""Police stations run their own ITA (สตช.) and are named by their standard abbreviations: "สภ.เมือง
ขอนแก่น" is สถานีตำรวจภูธรเมืองขอนแก่น, "สน.ลุมพินี" สถานีตำรวจนครบาลลุมพินี (schemas.bodies.ABBREVIATIONS).
Without them the notice had no organization. Texts written for this test."""


def test_provincial_police_station_abbreviated(report_of):
    report = report_of("ประกาศ สภ.เมืองขอนแก่น\n"
                               "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n"
                               "สภ.เมืองขอนแก่น ภ.จว.ขอนแก่น ได้กำหนดมาตรการดังต่อไปนี้\n")
    assert (report.organization, report.org_type, report.district, report.province, report.fiscal_year) == (
        "สถานีตำรวจภูธรเมืองขอนแก่น", "สถานีตำรวจภูธร", None, None, 2568)


def test_metropolitan_police_station_abbreviated(report_of):
    report = report_of("สน.ลุมพินี\nรายงานผลการประเมิน ITA ประจำปีงบประมาณ ๒๕๖๗\n"
                               "สน.ลุมพินี ได้คะแนน ๙๒.๑๐ คะแนน\n")
    assert (report.organization, report.org_type, report.fiscal_year, report.overall_score) == (
        "สถานีตำรวจนครบาลลุมพินี", "สถานีตำรวจนครบาล", 2567, 92.10)

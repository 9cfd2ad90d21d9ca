"""The place of an event's venue is not the subject's: an อบต.'s report that sent staff to training
"ณ โรงแรมเซ็นทารา อำเภอเมืองขอนแก่น จังหวัดขอนแก่น" was recorded in เมืองขอนแก่น / ขอนแก่น (a wrong
district and province). Rule: schemas.bodies.VENUE_BEFORE_PLACE ("ณ" as a word, not "ประกาศ ณ วันที่").
Texts written for this test."""


def _row(report):
    return (report.organization, report.district, report.province, report.fiscal_year)


def test_a_training_venue_is_not_the_bodys_place(report_of):
    report = report_of("องค์การบริหารส่วนตำบลนาดี\nรายงานผลการดำเนินงานตามมาตรการ ปีงบประมาณ ๒๕๖๘\n"
                               "ส่งเจ้าหน้าที่เข้าอบรม ณ โรงแรมเซ็นทารา อำเภอเมืองขอนแก่น จังหวัดขอนแก่น\n")
    assert _row(report) == ("องค์การบริหารส่วนตำบลนาดี", None, None, 2568)


def test_the_bodys_address_and_a_signing_date_still_count(report_of):
    report = report_of("องค์การบริหารส่วนตำบลนาดี อำเภอเพ็ญ จังหวัดอุดรธานี\n"
                               "รายงานผลการดำเนินงานตามมาตรการ ปีงบประมาณ ๒๕๖๘ ประมาณ จังหวัดอุดรธานี\n"
                               "ส่งเจ้าหน้าที่เข้าอบรม ณ โรงแรมเซ็นทารา อำเภอเมืองขอนแก่น จังหวัดขอนแก่น\n"
                               "ประกาศ ณ วันที่ ๑ ตุลาคม ๒๕๖๗ จังหวัดอุดรธานี\n")
    assert _row(report) == ("องค์การบริหารส่วนตำบลนาดี", "เพ็ญ", "อุดรธานี", 2568)

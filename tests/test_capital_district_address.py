"""Bangkok is printed without "จังหวัด" and its districts are เขต, not อำเภอ: an address "เขตบางเขน
กรุงเทพมหานคร" names the body's district and province (both were empty). The เขต must be one of the
capital's districts and the capital must follow it: a venue ("ไบเทค บางนา กรุงเทพมหานคร") or a zone
("สพม.กรุงเทพมหานคร เขต ๒", a parent) is none. Wording: schemas.bodies.CAPITAL*. Texts written for this test."""


def _row(report):
    return (report.organization, report.org_type, report.district, report.province, report.fiscal_year)


def test_school_with_a_capital_address(report_of):
    report = report_of("โรงเรียนบดินทรเดชา (สิงห์ สิงหเสนี) ๒\nเขตบางกะปิ กรุงเทพมหานคร\n"
                               "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n")
    assert _row(report) == ("โรงเรียนบดินทรเดชา (สิงห์ สิงหเสนี) ๒", "โรงเรียน", "บางกะปิ", "กรุงเทพมหานคร", 2568)


def test_district_office_of_the_capital_abbreviated(report_of):
    report = report_of("สำนักงานเขตจตุจักร กทม.\n"
                               "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n")
    assert _row(report) == ("สำนักงานเขตจตุจักร", "สำนักงาน", "จตุจักร", "กรุงเทพมหานคร", 2568)


def test_a_venue_or_a_zone_in_the_capital_is_no_place_of_the_body(report_of):
    report = report_of("รายงานผลการประเมิน ITA ของ รร.สตรีวิทยา ๒\nสพม.กรุงเทพมหานคร เขต ๒\n"
                               "ปีงบประมาณ 2568\nอบรม ณ ไบเทค บางนา กรุงเทพมหานคร\nคะแนนรวม 95.10 ระดับ AA\n")
    assert _row(report) == ("โรงเรียนสตรีวิทยา ๒", "โรงเรียน", None, None, 2568)

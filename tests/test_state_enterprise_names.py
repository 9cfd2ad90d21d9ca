"""State enterprises (รัฐวิสาหกิจ) run their own ITA and are named by full names whose type word alone
names too much ("ธนาคาร" is also a village's ธนาคารขยะ, "บริษัท" every contractor): the known full names
of schemas.bodies.KNOWN_BODIES are bodies (the organization was empty). A contractor or a bank account
is none. Texts written for this test."""


def _row(report):
    return (report.organization, report.org_type, report.fiscal_year, report.overall_score, report.overall_grade)


def test_state_bank(report_of):
    report = report_of("ธนาคารออมสิน\nรายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                               "ประจำปี ๒๕๖๗\nธนาคารออมสินได้คะแนน ๙๖.๒๐ คะแนน ระดับ AA\n")
    assert _row(report) == ("ธนาคารออมสิน", "ธนาคาร", 2567, 96.20, "AA")


def test_state_organisation(report_of):
    report = report_of("องค์การเภสัชกรรม\nรายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n"
                               "องค์การเภสัชกรรมได้คะแนน ๙๓.๔๐ คะแนน\n")
    assert _row(report) == ("องค์การเภสัชกรรม", "องค์การ", 2567, 93.40, None)


def test_state_company_spaced_otherwise(report_of):
    report = report_of("บริษัทท่าอากาศยานไทย  จำกัด(มหาชน)\n"
                               "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๘\n")
    assert _row(report)[:3] == ("บริษัท ท่าอากาศยานไทย จำกัด (มหาชน)", "บริษัท", 2568)


def test_a_contractor_or_a_bank_account_is_no_body(report_of):
    report = report_of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๘\n"
                               "จัดซื้อจาก บริษัท สมชายการค้า จำกัด โอนเข้าบัญชีธนาคารกรุงไทย\n"
                               "โครงการธนาคารขยะชุมชน\n")
    assert _row(report)[:3] == (None, None, 2568)

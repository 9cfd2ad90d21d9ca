"""A faculty's own ITA report names it before its university ("คณะวิทยาศาสตร์ มหาวิทยาลัยขอนแก่น"): the report's
organization is the faculty as printed, not the university (which was recorded, the faculty cut off).
A committee of the university ("คณะกรรมการ มหาวิทยาลัย…") is no unit of it (schemas/bodies.UNIT_TYPES,
UNIT_NOT_NAME). Documents written for this test."""

SCIENCE = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2567
คณะวิทยาศาสตร์ มหาวิทยาลัยขอนแก่น

คณะวิทยาศาสตร์ได้คะแนน ITA 91.20 คะแนน
"""

# other words: a plan, the faculty glued to its university after "ของ"
MEDICINE = """แบบรายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (ITA) ปีงบประมาณ 2566
ของ คณะแพทยศาสตร์มหาวิทยาลัยเชียงใหม่

ผลการประเมิน ITA ปี 2566 ได้ 88.40 คะแนน
"""

COMMITTEE = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2567
มหาวิทยาลัยมหาสารคาม

คณะกรรมการ มหาวิทยาลัยมหาสารคาม ได้พิจารณาผลการประเมิน ITA ปี 2567 ได้ 90.10 คะแนน
"""


def _org(report_of, text):
    report = report_of(text)
    return report.organization, report.org_type, report.overall_score


def test_the_faculty_is_the_organization(report_of):
    assert _org(report_of, SCIENCE) == ("คณะวิทยาศาสตร์ มหาวิทยาลัยขอนแก่น", "คณะ", 91.2)


def test_the_faculty_in_other_words(report_of):
    assert _org(report_of, MEDICINE) == ("คณะแพทยศาสตร์มหาวิทยาลัยเชียงใหม่", "คณะ", 88.4)


def test_a_committee_is_no_faculty(report_of):
    assert _org(report_of, COMMITTEE) == ("มหาวิทยาลัยมหาสารคาม", "มหาวิทยาลัย", 90.1)


ASSESSOR = """คณะบริหารธุรกิจ มหาวิทยาลัยราชภัฏสกลนคร
รายงานผลการตรวจประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2567

มหาวิทยาลัยราชภัฏสกลนคร ในฐานะผู้ประเมินภายนอก ได้สรุปผลการประเมินให้แก่องค์การบริหารส่วนตำบลเชียงเครือ อำเภอเมืองสกลนคร จังหวัดสกลนคร

องค์การบริหารส่วนตำบลเชียงเครือ ได้คะแนน 90.30 คะแนน
"""


def test_the_faculty_of_an_assessor_is_no_subject(report_of):
    # the university is named as the evaluator: its faculty's letterhead is the evaluator's, not the subject
    assert _org(report_of, ASSESSOR) == ("องค์การบริหารส่วนตำบลเชียงเครือ", "องค์การบริหารส่วนตำบล", 90.3)

"""A letterhead that prints the body's type word on one line and its name on the next ("องค์การบริหาร
ส่วนตำบล" / "หนองบัวน้อย") names one body (the organization was empty). Only a line that is the type
word alone joins, and only a short next line (a name, not prose: schemas.bodies.SPLIT_NAME_LINE_MAX).
Texts written for this test."""


def test_type_word_and_name_on_two_lines(report_of):
    report = report_of("องค์การบริหารส่วนตำบล\nหนองบัวน้อย\n"
                               "รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\nได้คะแนน ๘๘.๑๐ คะแนน\n")
    assert (report.organization, report.org_type, report.fiscal_year, report.overall_score) == (
        "องค์การบริหารส่วนตำบลหนองบัวน้อย", "องค์การบริหารส่วนตำบล", 2567, 88.10)


def test_a_type_word_over_prose_joins_nothing(report_of):
    report = report_of("โรงเรียน\nประวัติความเป็นมาและข้อมูลพื้นฐานโดยสังเขปของหน่วยงานที่รับการประเมิน\n"
                               "รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n")
    assert report.organization is None

"""A school's branch number is part of its name: "โรงเรียนสตรีวิทยา ๒" and "โรงเรียนบดินทรเดชา (สิงห์
สิงหเสนี) ๒" are other schools than โรงเรียนสตรีวิทยา and โรงเรียนบดินทรเดชา, which is what the
organization was (a wrong body). A count or a date after a name is no branch number ("… ๑๕ คน",
"… 2 ตุลาคม"), nor is a score. Wording: schemas.bodies.NUMBERED_TYPES / NAME_NUMBER / NAME_NUMBER_FOLLOW.
Texts written for this test."""


def test_abbreviated_school_with_a_branch_number(report_of):
    report = report_of("รายงานผลการประเมิน ITA ของ รร.สตรีวิทยา ๒\nสพม.กรุงเทพมหานคร เขต ๒\n"
                               "ปีงบประมาณ 2568\nคะแนนรวม 95.10 ระดับ AA\n")
    assert (report.organization, report.org_type, report.fiscal_year, report.overall_score, report.overall_grade) == (
        "โรงเรียนสตรีวิทยา ๒", "โรงเรียน", 2568, 95.10, "AA")


def test_branch_number_after_a_parenthesised_name(report_of):
    report = report_of("โรงเรียนบดินทรเดชา (สิงห์ สิงหเสนี) ๒\n"
                               "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n")
    assert (report.organization, report.fiscal_year) == ("โรงเรียนบดินทรเดชา (สิงห์ สิงหเสนี) ๒", 2568)


def test_a_count_a_date_or_a_score_after_a_school_is_no_branch_number(report_of):
    report = report_of("โรงเรียนบ้านหนองแวง\nรายงานผลการประเมิน ITA ประจำปีงบประมาณ 2568\n"
                               "โรงเรียนบ้านหนองแวง 15 คน เข้าร่วมอบรมเมื่อ\n"
                               "โรงเรียนบ้านหนองแวง 2 ตุลาคม 2567 จัดประชุม\n"
                               "โรงเรียนบ้านหนองแวง 95.20 คะแนน\n")
    assert report.organization == "โรงเรียนบ้านหนองแวง"


def test_two_branches_are_two_bodies(report_of):
    report = report_of("ผลการประเมิน ITA ปีงบประมาณ 2568\nโรงเรียนสตรีวิทยา ๒ ได้คะแนน 95.10\n"
                               "โรงเรียนสตรีวิทยา 3 ได้คะแนน 91.40\n")
    assert report.organization is None  # two schools scored: no single subject

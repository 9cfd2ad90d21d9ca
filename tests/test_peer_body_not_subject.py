"""A body the subject visits, consults or compares itself with is a PEER, never the subject: a
เทศบาลเมือง's analysis that plans "ศึกษาดูงานเทศบาลนครขอนแก่น … ประสานเทศบาลนครขอนแก่นเพื่อขอคำแนะนำ"
named more often than itself was recorded as เทศบาลนครขอนแก่น (a wrong organization). Cue words:
schemas.bodies.CUES_BEFORE rows of role "peer" (NOT_SUBJECT_ROLES). Texts written for this test."""


def test_a_body_visited_and_consulted_is_not_the_subject(report_of):
    report = report_of("เทศบาลเมืองชุมแพ\nรายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n"
                               "ผลการประเมินได้ ๘๕.๒๐ คะแนน\n"
                               "แนวทางการพัฒนา ศึกษาดูงานเทศบาลนครขอนแก่น ซึ่งเทศบาลนครขอนแก่นได้คะแนนสูงสุด\n"
                               "นำแนวปฏิบัติของเทศบาลนครขอนแก่นมาปรับใช้ และประสานเทศบาลนครขอนแก่นเพื่อขอคำแนะนำ\n")
    assert (report.organization, report.org_type, report.fiscal_year, report.overall_score) == (
        "เทศบาลเมืองชุมแพ", "เทศบาลเมือง", 2567, 85.20)

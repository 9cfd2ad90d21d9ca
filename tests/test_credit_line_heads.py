"""Credit lines name heads of bodies ("ที่ปรึกษา: นายกเทศมนตรีตำบลโนนแดง", "ที่ปรึกษา ผู้อำนวยการโรงเรียน…"): the cue
tells a person's part in making the report, not that the body evaluates (schemas/bodies.CREDIT_CUES). Before,
the subject's own head as adviser made the subject the evaluator, and a parent named once ("ตามแนวทางของ…",
"ในสังกัด…") took the report; such a body is now another party of the work, its head's title no signature, so
an outside head advising twice does not take the report either. Texts written for this test."""


def _org(report):
    return (report.organization, report.org_type, report.fiscal_year, report.overall_score, report.sources.get("organization"))


def test_the_mayor_as_adviser_leaves_the_municipality_the_subject(report_of):
    report = report_of("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568\nเทศบาลตำบลโนนแดง\n"
                       "ผลคะแนนภาพรวม 91.20 คะแนน\nดำเนินการตามแนวทางของสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดขอนแก่น\n"
                       "คณะผู้จัดทำ\nที่ปรึกษา: นายกเทศมนตรีตำบลโนนแดง\nที่ปรึกษา: ปลัดเทศบาลตำบลโนนแดง\n")
    assert _org(report) == ("เทศบาลตำบลโนนแดง", "เทศบาลตำบล", 2568, 91.2, "line 2")


def test_other_words_a_schools_director_and_deputy_as_advisers(report_of):
    report = report_of("การวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ 2568\nโรงเรียนบ้านหนองไผ่\nได้คะแนนรวม 88.40 คะแนน\n"
                       "โรงเรียนในสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 2\n"
                       "ที่ปรึกษา ผู้อำนวยการโรงเรียนบ้านหนองไผ่\nที่ปรึกษา รองผู้อำนวยการโรงเรียนบ้านหนองไผ่\n")
    assert _org(report) == ("โรงเรียนบ้านหนองไผ่", "โรงเรียน", 2568, 88.4, "line 2")


def test_an_outside_head_advising_twice_does_not_take_the_report(report_of):
    report = report_of("รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2568\n"
                       "องค์การบริหารส่วนตำบลหนองไผ่\nคะแนนรวม 88.40 คะแนน\nที่ปรึกษา นายกองค์การบริหารส่วนจังหวัดขอนแก่น\n"
                       "ที่ปรึกษา นายกองค์การบริหารส่วนจังหวัดขอนแก่น\n")
    assert _org(report) == ("องค์การบริหารส่วนตำบลหนองไผ่", "องค์การบริหารส่วนตำบล", 2568, 88.4, "line 2")



def test_an_evaluator_named_through_its_head_on_a_title_line_is_no_subject(report_of):
    # "ประเมินโดย อธิการบดีมหาวิทยาลัยขอนแก่น": the evaluator through its head; before, the head's title (a signature)
    # and the title line outweighed the evaluator's cue
    report = report_of("รายงานผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ 2568\nประเมินโดย อธิการบดีมหาวิทยาลัยขอนแก่น\n"
                       "คะแนนรวม 88.40 คะแนน\n")
    assert _org(report) == (None, None, 2568, 88.4, None)
    # other words: the evaluating university's president signs, the body the result is of is named
    report = report_of("เทศบาลตำบลบ้านเป็ด\nผลการประเมิน ITA ปีงบประมาณ 2568 ได้คะแนน 90.10 คะแนน\n"
                       "ผู้ประเมิน อธิการบดีมหาวิทยาลัยราชภัฏอุดรธานี\n")
    assert _org(report) == ("เทศบาลตำบลบ้านเป็ด", "เทศบาลตำบล", 2568, 90.1, "line 1")

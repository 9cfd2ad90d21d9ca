"""A cover's letterhead often prints the parent's name on the line above the body's own ("สำนักงานเขตพื้นที่
การศึกษาประถมศึกษาขอนแก่น เขต 3" / "โรงเรียนบ้านโนนแดง"): the body below is the document's, the line above
names its parent (schemas/bodies.LETTERHEAD_PARENTS). Before, the first line's body was the organization,
and its place the report's. Texts written for this test."""


def _row(report):
    return (report.organization, report.org_type, report.district, report.province, report.fiscal_year,
            report.overall_score, report.sources.get("organization"))


def test_a_schools_cover_under_its_service_areas_name(report_of):
    report = report_of("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 3\nโรงเรียนบ้านโนนแดง\n"
                       "รายงานผลการวิเคราะห์ ITA ปีงบประมาณ 2567\nคะแนนรวม 90.00\n")
    assert _row(report) == ("โรงเรียนบ้านโนนแดง", "โรงเรียน", None, None, 2567, 90.0, "line 2")


def test_other_words_a_health_centre_under_its_district_health_office(report_of):
    report = report_of("สสอ.พยัคฆภูมิพิสัย\nรพ.สต.บ้านหนองบัว อำเภอพยัคฆภูมิพิสัย จังหวัดมหาสารคาม\n"
                       "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568\n"
                       "ผลคะแนนในภาพรวม ร้อยละ 87.25\n")
    assert _row(report) == ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองบัว", "โรงพยาบาลส่งเสริมสุขภาพตำบล",
                            "พยัคฆภูมิพิสัย", "มหาสารคาม", 2568, 87.25, "line 2")


def test_a_body_over_a_body_it_does_not_oversee_is_no_parent(report_of):
    # a school's name over a district health office's is no hierarchy: the first line stands
    report = report_of("สำนักงานสาธารณสุขอำเภอน้ำพอง\nโรงเรียนบ้านโนนแดง\nรายงานผลการวิเคราะห์ ITA ปีงบประมาณ 2567\n"
                       "คะแนนรวม 90.00\n")
    assert _row(report) == ("สำนักงานสาธารณสุขอำเภอน้ำพอง", "สำนักงานสาธารณสุขอำเภอ", "น้ำพอง", None, 2567, 90.0,
                            "line 1")


def test_a_ministry_over_a_department_and_a_department_over_its_office(report_of):
    report = report_of("กระทรวงสาธารณสุข\nกรมควบคุมโรค\nรายงานการวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ 2568\nคะแนนรวม 95.00\n")
    assert _row(report) == ("กรมควบคุมโรค", "กรม", None, None, 2568, 95.0, "line 2")
    report = report_of("กรมควบคุมโรค\nสำนักงานป้องกันควบคุมโรคที่ 8 จังหวัดอุดรธานี\n"
                       "รายงานการวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ 2568\nคะแนนรวม 95.00\n")
    assert _row(report) == ("สำนักงานป้องกันควบคุมโรคที่ 8", "สำนักงาน", None, "อุดรธานี", 2568, 95.0, "line 2")
    # other words: a vocational institute (its name ends in a number) over its college
    report = report_of("สถาบันการอาชีวศึกษาภาคตะวันออกเฉียงเหนือ 1\nวิทยาลัยเทคนิคอุดรธานี\n"
                       "การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 95.00\n")
    assert _row(report) == ("วิทยาลัยเทคนิคอุดรธานี", "วิทยาลัยเทคนิค", None, None, 2568, 95.0, "line 2")


def test_a_list_of_the_bodies_under_it_is_no_letterhead(report_of):
    report = report_of("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต 1\nโรงเรียนบ้านดุง\nโรงเรียนบ้านนาข่า\n"
                       "รายงานการวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ 2568\nคะแนนรวม 95.00\n")
    # its province from its own name and zone (bodies.PROVINCE_NAMED_TYPES)
    assert _row(report) == ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต 1", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา",
                            None, "อุดรธานี", 2568, 95.0, "line 1")

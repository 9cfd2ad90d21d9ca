"""A place printed right after another body's name is that body's address: an อบต.'s report that
"ศึกษาดูงานที่เทศบาลนครขอนแก่น จังหวัดขอนแก่น" was recorded in the province ขอนแก่น (a wrong province).
Rule: extract/parse/metadata._after (nothing but the body's smaller places between). Texts written for
this test."""


def _row(report):
    return (report.organization, report.district, report.province)


def test_a_place_after_another_bodys_name_is_not_the_subjects(report_of):
    head = "องค์การบริหารส่วนตำบลนาข่า\nรายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ 2567\n"
    assert _row(report_of(head + "คณะทำงานได้ศึกษาดูงานที่เทศบาลนครขอนแก่น จังหวัดขอนแก่น\n")) == (
        "องค์การบริหารส่วนตำบลนาข่า", None, None)
    # other words: a hospital's district and province, with a comma
    assert _row(report_of(head + "ส่งต่อเรื่องร้องเรียนไปยังโรงพยาบาลกุมภวาปี, อำเภอกุมภวาปี จังหวัดอุดรธานี\n")) == (
        "องค์การบริหารส่วนตำบลนาข่า", None, None)


def test_the_subjects_own_address_after_its_name_still_counts(report_of):
    report = report_of("องค์การบริหารส่วนตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี\n"
                       "รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ 2567\n"
                       "คณะทำงานได้ศึกษาดูงานที่เทศบาลนครขอนแก่น จังหวัดขอนแก่น\n")
    assert _row(report) == ("องค์การบริหารส่วนตำบลนาข่า", "เมืองอุดรธานี", "อุดรธานี")

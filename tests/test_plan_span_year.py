"""A multi-year plan that states only its span ("ระยะ ๔ ปี (พ.ศ. ๒๕๖๗ - ๒๕๗๐)") is about the span's first
year (the gold's convention: a 4-year plan of 2561–2564 is 2561); its fiscal year was empty. A long span
(a national strategy's, ยุทธศาสตร์ชาติ ๒๕๖๑–๒๕๘๐) names none. schemas.ita.PLAN_SPAN_MAX_YEARS.
Texts written for this test."""


def test_four_year_plan_is_about_its_first_year(report_of):
    report = report_of("แผนปฏิบัติการป้องกันและปราบปรามการทุจริตและประพฤติมิชอบ\n"
                               "ระยะ ๔ ปี (พ.ศ. ๒๕๖๗ - ๒๕๗๐)\nสำนักงานสาธารณสุขจังหวัดมหาสารคาม\n")
    assert (report.organization, report.org_type, report.province, report.fiscal_year) == (
        "สำนักงานสาธารณสุขจังหวัดมหาสารคาม", "สำนักงานสาธารณสุขจังหวัด", "มหาสารคาม", 2567)


def test_a_national_strategy_span_names_no_year(report_of):
    report = report_of("แผนปฏิบัติการป้องกันการทุจริต\nสำนักงานสาธารณสุขจังหวัดมหาสารคาม\n"
                               "สอดคล้องกับยุทธศาสตร์ชาติ (พ.ศ. ๒๕๖๑ - ๒๕๘๐)\nและกรอบระยะยาว (พ.ศ. 2561 - 2580)\n")
    assert report.fiscal_year is None

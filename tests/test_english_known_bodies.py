"""Bodies named only in English whose name is no place's had no organization: universities ("Mahidol
University"), a ministry's permanent secretary office ("Office of the Permanent Secretary, Ministry of
Public Health"), a Rajabhat university named after its province. schemas/bodies.ENGLISH_KNOWN_BODIES,
ENGLISH_PERMANENT_SECRETARY with ENGLISH_MINISTRIES, the prefix column of ENGLISH_BODY_TYPES. As for place-
named bodies, only on a line whose only English is the name; a bare ministry, a university no table lists
and a name inside an English sentence name no body. Texts written for this test."""


def _row(report):
    return (report.organization, report.org_type, report.fiscal_year, report.overall_score,
            report.sources.get("organization"))


def test_a_university_named_in_english_on_the_cover(report_of):
    report = report_of("Integrity and Transparency Assessment Analysis Report\nFiscal Year 2024\nMahidol University\n"
                       "Overall score 91.25 Grade A\n")
    assert _row(report) == ("มหาวิทยาลัยมหิดล", "มหาวิทยาลัย", 2567, 91.25, "line 3")


def test_other_words_a_permanent_secretary_office_and_a_rajabhat_university(report_of):
    report = report_of("OFFICE OF THE PERMANENT SECRETARY FOR PUBLIC HEALTH\n"
                       "รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 คะแนนรวม 88.00\n")
    assert _row(report) == ("สำนักงานปลัดกระทรวงสาธารณสุข", "สำนักงานปลัดกระทรวง", 2567, 88.0, "line 1")
    report = report_of("Office of the Permanent Secretary, Ministry of Interior\nITA results, fiscal year 2025: 93.40\n")
    assert _row(report) == ("สำนักงานปลัดกระทรวงมหาดไทย", "สำนักงานปลัดกระทรวง", 2568, 93.4, "line 1")
    report = report_of("Integrity and Transparency Assessment Report, Fiscal Year 2025\nChiang Mai Rajabhat University\n"
                       "Overall score 89.40\n")
    assert _row(report) == ("มหาวิทยาลัยราชภัฏเชียงใหม่", "มหาวิทยาลัย", 2568, 89.4, "line 2")


def test_a_ministry_an_unlisted_university_and_a_sentence_name_none(report_of):
    for text in ("Ministry of Public Health\nITA 2024 overall score 88.00\n",
                 "Bangkok University\nITA 2024 overall score 88.00\n",
                 "Faculty of Medicine, Khon Kaen University\nITA 2024 overall score 88.00\n",
                 "The assessment was carried out by Mahidol University.\nITA 2024 overall score 88.00\n"):
        assert report_of(text).organization is None, text


def test_a_name_read_from_english_gives_the_province_it_holds(report_of):
    report = report_of("Chiang Mai Provincial Public Health Office\nITA Analysis Report Fiscal Year 2024\n"
                       "Total score 90.00 (Grade A)\n")
    assert _row(report) + (report.province, report.sources.get("province")) == (
        "สำนักงานสาธารณสุขจังหวัดเชียงใหม่", "สำนักงานสาธารณสุขจังหวัด", 2567, 90.0, "line 1", "เชียงใหม่", "line 1")
    # other words: a provincial administrative organization in capitals
    report = report_of("NONG KHAI PROVINCIAL ADMINISTRATIVE ORGANIZATION\nรายงานการวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ 2568\n"
                       "คะแนนรวม 92.30\n")
    assert _row(report) + (report.province, report.sources.get("province")) == (
        "องค์การบริหารส่วนจังหวัดหนองคาย", "องค์การบริหารส่วนจังหวัด", 2568, 92.3, "line 1", "หนองคาย", "line 1")

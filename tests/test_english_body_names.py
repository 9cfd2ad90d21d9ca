"""A body named only in English ("Nong Khai Municipality", "PHON SA SUBDISTRICT ADMINISTRATIVE
ORGANIZATION") had no organization. Local governments and provincial offices are named after their
place, so the name is recorded in Thai from geothai's English place names, when one place of the type's
kinds is spelled so (or one province or district among them); other bodies (a hospital's English name
is not its Thai one), names several places share and names inside an English sentence are left out.
schemas/bodies.ENGLISH_BODY_TYPES.
Texts written for this test."""


def test_a_municipality_named_in_english(report_of):
    report = report_of("Nong Khai Municipality\nIntegrity and Transparency Assessment (ITA) Fiscal Year 2024\n"
                       "Nong Khai Municipality received an ITA score of 92.45, grade A.\n")
    assert (report.organization, report.org_type, report.fiscal_year, report.overall_score, report.overall_grade) == (
        "เทศบาลหนองคาย", "เทศบาล", 2567, 92.45, "A")


def test_other_types_in_capitals_and_beside_the_thai(report_of):
    report = report_of("PHON SA SUBDISTRICT ADMINISTRATIVE ORGANIZATION\nITA assessment fiscal year 2024: score 90.10\n")
    assert (report.organization, report.org_type, report.overall_score) == (
        "องค์การบริหารส่วนตำบลโพนสา", "องค์การบริหารส่วนตำบล", 90.10)
    report = report_of("Yasothon Provincial Public Health Office\nรายงานผลการประเมิน ITA ประจำปีงบประมาณ 2567\n")
    assert (report.organization, report.org_type) == ("สำนักงานสาธารณสุขจังหวัดยโสธร", "สำนักงานสาธารณสุขจังหวัด")
    # the English name beside the Thai one is the same body: the Thai name with its level stands
    report = report_of("Nong Khai Municipality เทศบาลเมืองหนองคาย\nรายงานผลการประเมิน ITA ประจำปีงบประมาณ 2567 ได้คะแนน 92.45\n")
    assert (report.organization, report.org_type) == ("เทศบาลเมืองหนองคาย", "เทศบาลเมือง")


def test_names_that_are_no_one_place_name_no_body(report_of):
    # a hospital, a name no place bears, and names inside English sentences (whose name it is, no cue
    # word tells: "… went to Phon Thong municipality" names the group's best, not the subject)
    for text in ("Khon Kaen Hospital\nITA 2023 results: Khon Kaen Hospital scored 88.10 (B).\n",
                 "Springfield Municipality\nITA 2024 score: 90.00\n",
                 "Nong Khai Municipality announced its ITA 2024 score of 90.00.\n",
                 "The highest ITA 2024 score in the province, 99.12, went to Phon Thong Municipality.\n"):
        assert report_of(text).organization is None, text


def test_a_level_word_before_municipality_is_the_type_not_the_name(report_of):
    # "Ban Fang Subdistrict Municipality" was read as a Municipality named "Ban Fang Subdistrict": no place, no body
    report = report_of("Ban Fang Subdistrict Municipality\nAnalysis of the ITA results, fiscal year 2025\n"
                       "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน ได้คะแนน 88.50 คะแนน\n")
    assert (report.organization, report.org_type, report.fiscal_year, report.overall_score) == (
        "เทศบาลตำบลบ้านฝาง", "เทศบาลตำบล", 2568, 88.50)
    report = report_of("Nong Khai Town Municipality\nรายงานผลการประเมิน ITA ประจำปีงบประมาณ 2567\n")
    assert (report.organization, report.org_type) == ("เทศบาลเมืองหนองคาย", "เทศบาลเมือง")

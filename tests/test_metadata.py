from extract.parse.metadata import parse_metadata
from schemas.records import Where


def meta_of(*lines):
    return parse_metadata([(t, Where(line=i + 1)) for i, t in enumerate(lines)])


def test_most_used_spelling_wins_and_sources_point_to_it():
    m = meta_of("รายงานผล ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", "ชื่อหน่วยงาน เทศบาลตำบลไชยมังคผล",
                "อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา", "มาตรการของ เทศบาลตำบลไชยมงคล",
                "หน่วยงานของ เทศบาลตำบลไชยมงคล ดังนี้")
    assert (m.organization, m.org_type) == ("เทศบาลตำบลไชยมงคล", "เทศบาลตำบล")
    assert (m.district, m.province, m.fiscal_year) == ("เมืองนครราชสีมา", "นครราชสีมา", 2566)
    assert m.sources["organization"] == "line 4" and m.sources["fiscal_year"] == "line 1"
    assert set(m.org_variants) == {"เทศบาลตำบลไชยมงคล", "เทศบาลตำบลไชยมังคผล"}


def test_real_district_beats_equally_frequent_typos():
    m = meta_of("องค์การบริหารส่วนตำบลร่อนทอง อำเภอสตีก จังหวัดบุรีรัมย์",
                "องค์การบริหารส่วนตำบลร่อนทอง อำเภอเสตึก จังหวัดบุรีรัมย์",
                "องค์การบริหารส่วนตำบลร่อนทอง อำเภอสตึก จังหวัดบุรีรัมย์")
    assert m.district == "สตึก"
    assert m.organization == "องค์การบริหารส่วนตำบลร่อนทอง"


def test_name_followed_by_text_without_space_is_merged_into_the_name():
    m = meta_of("เทศบาลตำบลสบปราบ อำเภอสบปราบ", "สรุปได้ว่า เทศบาลตำบลสบปราบมีผลการดำเนินงาน",
                "ของเทศบาลตำบลสบปราบ ประจำปี")
    assert m.organization == "เทศบาลตำบลสบปราบ"


def test_other_org_types():
    m = meta_of("ประกาศสำนักงานสาธารณสุขอำเภอหนองใหญ่", "เรื่อง มาตรการ ประจำปีงบประมาณ ๒๕๖๓")
    assert (m.org_type, m.organization, m.district) == (
        "สำนักงานสาธารณสุขอำเภอ", "สำนักงานสาธารณสุขอำเภอหนองใหญ่", "หนองใหญ่")
    assert m.fiscal_year == 2563
    school = meta_of("โรงเรียนบ้านหนองบัว อำเภอเมืองขอนแก่น จังหวัดขอนแก่น ปีงบประมาณ 2567")
    assert (school.org_type, school.organization, school.fiscal_year) == ("โรงเรียน", "โรงเรียนบ้านหนองบัว", 2567)


def test_abbreviations_do_not_invent_places():
    m = meta_of("อบต.หนองแวง อ.เมือง จ.ขอนแก่น")
    # "อ.เมือง จ.ขอนแก่น" is the amphoe เมืองขอนแก่น (the gold convention names districts in full)
    assert (m.organization, m.district, m.province) == ("องค์การบริหารส่วนตำบลหนองแวง", "เมืองขอนแก่น", "ขอนแก่น")
    # under a school its head signs for, the address printed after the อบต.'s name is the อบต.'s
    m = meta_of("ผอ.โรงเรียนบ้านโคก", "อบต.หนองแวง อ.เมือง จ.ขอนแก่น")
    assert (m.organization, m.district, m.province) == ("โรงเรียนบ้านโคก", None, None)


# --- the document's subject (schemas/bodies.py) ----------------------------------------------

def test_evaluator_and_publisher_are_not_the_subject():
    m = meta_of("สถาบันวิจัยและพัฒนา มหาวิทยาลัยขอนแก่น",
                "มหาวิทยาลัยขอนแก่น ในฐานะผู้ประเมิน แจ้งผลการประเมิน ITA ปีงบประมาณ 2566",
                "ของโรงพยาบาลบ้านฝาง ได้คะแนน 92.10 คะแนน",
                "ที่มา โรงพยาบาลขอนแก่น")
    assert (m.organization, m.org_type) == ("โรงพยาบาลบ้านฝาง", "โรงพยาบาล")


def test_official_title_names_the_body():
    m = meta_of("(นายประยูร ทองดี)", "นายกเทศมนตรีเมืองบางบัวทอง", "แผนปฏิบัติการป้องกันการทุจริต")
    assert (m.organization, m.org_type) == ("เทศบาลเมืองบางบัวทอง", "เทศบาลเมือง")


def test_an_officials_title_before_common_words_names_no_body():
    m = meta_of("แผนการดำเนินงานตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2567",
                "๓. สรุปผลการดำเนินงานเสนอนายกเทศมนตรีเมื่อสิ้นปีงบประมาณ")
    assert m.organization is None  # was "เทศบาลเมื่อสิ้นปีงบประมาณ"


def test_unlevelled_tesaban_joins_the_levelled_name():
    m = meta_of("เทศบาลนาดีได้รับรางวัลความโปร่งใส", "โดยทางเทศบาลตำบลนาดี ได้คะแนน 95.00")
    assert (m.organization, m.org_type) == ("เทศบาลตำบลนาดี", "เทศบาลตำบล")


def test_category_word_is_not_a_name():
    m = meta_of("ประเภท สถาบันอุดมศึกษา มหาวิทยาลัยนเรศวร ได้คะแนน 90.12")
    assert m.organization == "มหาวิทยาลัยนเรศวร"


def test_bodies_compared_by_score_have_no_single_subject():
    m = meta_of("ผล ITA ปีงบประมาณ 2565 ของจังหวัดในภาคเหนือ",
                "จ.ลำปาง ได้ร้อยละ 92.40 ส่วนจังหวัดแพร่ ได้ร้อยละ 81.15 อยู่ในระดับ B")
    assert m.several == ["จังหวัดลำปาง", "จังหวัดแพร่"]
    assert (m.organization, m.province, m.district, m.fiscal_year) == (None, None, None, 2565)


def test_one_body_across_years_is_not_several():
    m = meta_of("องค์การบริหารส่วนตำบลนาข่า ปี 2565 ได้ 80.00", "องค์การบริหารส่วนตำบลนาข่า ปี 2566 ได้ 85.50")
    assert m.several == [] and m.organization == "องค์การบริหารส่วนตำบลนาข่า"


def test_place_of_several_bodies_or_of_an_awarding_official_is_not_the_subjects():
    m = meta_of("ผลการประเมินของหน่วยงานภายในจังหวัดตาก ปีงบประมาณ 2564")
    assert m.province is None
    m = meta_of("ผู้ว่าราชการจังหวัดตาก มอบรางวัลให้แก่ อบต.แม่ท้อ ปีงบประมาณ 2564")
    assert (m.organization, m.province) == ("องค์การบริหารส่วนตำบลแม่ท้อ", None)


def test_form_field_with_dot_leaders():
    m = meta_of("ชื่อหน่วยงาน.......โรงเรียนบ้านนาดี.......", "อำเภอ.......กุมภวาปี....... จังหวัด......อุดรธานี.....")
    assert (m.organization, m.district, m.province) == ("โรงเรียนบ้านนาดี", "กุมภวาปี", "อุดรธานี")


def test_item_numbers_after_bodies_are_not_scores():
    m = meta_of("แผนของโรงพยาบาลน้ำพอง ปีงบประมาณ 2566", "ประสานโรงพยาบาลศรีนครินทร์ 1.2 จัดอบรม",
                "ประสานโรงพยาบาลขอนแก่น 2.1 ติดตามผล", "โรงพยาบาลน้ำพอง")
    assert m.several == [] and m.organization == "โรงพยาบาลน้ำพอง"


def test_implausible_signing_year_is_a_warning_not_the_fiscal_year():
    m = meta_of("องค์การบริหารส่วนตำบลตัวอย่าง", "ประกาศ ณ วันที่ ๑๓ พฤศจิกายน พ.ศ. ๒๐๖๖")
    assert m.fiscal_year is None
    (check,) = m.checks
    assert (check.code, check.severity, check.location) == ("YEAR_IMPLAUSIBLE", "warning", "line 2")
    assert "๒๐๖๖" in check.message and "2555–2575" in check.message and "๒๐๖๖" in check.message_th
    # a later plausible year still gives the fiscal year
    later = meta_of("ประกาศ ณ วันที่ ๑๓ พฤศจิกายน พ.ศ. ๒๐๖๖", "ผลการดำเนินงาน ปี ๒๕๖๕")
    assert later.fiscal_year == 2565 and [c.code for c in later.checks] == ["YEAR_IMPLAUSIBLE"]


def test_implausible_stated_fiscal_year_is_a_warning():
    m = meta_of("มาตรการ ประจำปีงบประมาณ พ.ศ. ๒๖๖๕", "องค์การบริหารส่วนตำบลตัวอย่าง")
    assert m.fiscal_year is None
    assert [(c.code, c.location) for c in m.checks] == [("YEAR_IMPLAUSIBLE", "line 1")]
    assert meta_of("มาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕").checks == []


def test_one_plausible_year_range_everywhere():
    from normalize.dates import find_years
    from schemas.ita import FISCAL_YEAR_RANGE, plausible_year
    from schemas.records import Report
    low, high = FISCAL_YEAR_RANGE
    bounds = Report.model_json_schema()["properties"]["fiscal_year"]["anyOf"][0]
    assert (bounds["minimum"], bounds["maximum"]) == (low, high)
    for year in (low - 1, low, high, high + 1):
        assert find_years(f"พ.ศ. {year}") == ([year] if plausible_year(year) else [])


def test_a_measures_notice_is_of_the_year_its_measures_are_for():
    # written for this test: the assessment that prompted the measures comes first in the sentence
    lines = ["ประกาศเทศบาลตำบลโพนทอง", "เรื่อง มาตรการป้องกันการทุจริตในหน่วยงาน",
             "ด้วยผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ของเทศบาลยังต่ำกว่าเป้าหมาย "
             "เทศบาลจึงกำหนดมาตรการสำหรับปีงบประมาณ พ.ศ. ๒๕๖๖ ดังนี้"]
    m = parse_metadata([(t, Where(line=i + 1)) for i, t in enumerate(lines)])
    assert m.fiscal_year == 2566
    # an analysis report is of the year it assessed, whatever year it plans for
    lines = ["รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ เพื่อจัดทำมาตรการสำหรับปีงบประมาณ พ.ศ. ๒๕๖๖"]
    assert parse_metadata([(lines[0], Where(line=1))]).fiscal_year == 2565


def test_the_fiscal_year_of_a_notice_signed_with_a_date_in_numbers():
    m = meta_of("ประกาศองค์การบริหารส่วนตำบลดอนมัน", "เรื่อง มาตรการป้องกันการรับสินบน", "ประกาศ ณ วันที่ ๒๐/๑๐/๒๕๖๗")
    assert m.fiscal_year == 2568  # signed in October: the fiscal year that began then


def test_a_period_of_months_in_the_title_gives_its_fiscal_year():
    # a six-month report of October 2567 – March 2568 is of fiscal year 2568
    m = meta_of("รายงานผลการดำเนินงานตามมาตรการ รอบ 6 เดือน (ตุลาคม 2567 - มีนาคม 2568)", "เทศบาลตำบลริมกก อำเภอเมือง จังหวัดเชียงราย")
    assert m.fiscal_year == 2568
    # a news item's date is no period: its results are of the year it names
    m = meta_of("วันที่ 17 ตุลาคม 2562 ได้ประกาศผลการประเมิน ITA ประจำปี 2562 มหาวิทยาลัยราชภัฏเลย ได้ 86.63 คะแนน")
    assert m.fiscal_year == 2562


def test_a_title_run_into_the_bodys_name_keeps_the_bodys_district():
    # a PDF joined a centred title ending in "…ปราบปรามการทุจริต" and the next line naming the body: the
    # district after the body's name is no place of the anti-corruption commission's
    m = meta_of("แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันและปราบปรามการทุจริตโรงพยาบาลเวียงแก่น "
                "อำเภอเวียงแก่น จังหวัดเชียงราย ประจำปีงบประมาณ พ.ศ. 2567")
    assert (m.organization, m.district, m.province) == ("โรงพยาบาลเวียงแก่น", "เวียงแก่น", "เชียงราย")
    m = meta_of("สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ ประจำจังหวัดลำปาง ได้ประเมินเทศบาลตำบลบ้านเป้า")
    assert (m.district, m.province) == (None, None)

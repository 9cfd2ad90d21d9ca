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
    m = meta_of("ผอ.โรงเรียนบ้านโคก", "อบต.หนองแวง อ.เมือง จ.ขอนแก่น")
    assert m.district in (None, "เมือง") and m.province == "ขอนแก่น"
    assert m.organization in ("องค์การบริหารส่วนตำบลหนองแวง", "โรงเรียนบ้านโคก")


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

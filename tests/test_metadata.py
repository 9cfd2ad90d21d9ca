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
    # "อ.เมือง จ.ขอนแก่น" is the amphoe เมืองขอนแก่น (the gold convention names districts in full)
    assert m.district in (None, "เมืองขอนแก่น") and m.province == "ขอนแก่น"
    assert m.organization in ("องค์การบริหารส่วนตำบลหนองแวง", "โรงเรียนบ้านโคก")

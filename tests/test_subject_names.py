"""Body names and group mentions (extract/parse/subject.py, schemas/bodies.py): a real place name is
one name whatever function word it holds; a group of bodies is no body; colleges keep their type."""
import geothai
import pytest

from extract.parse.metadata import parse_metadata
from schemas.records import Where

# function words that also occur inside real Thai place names (ขอนแก่น, เขื่องใน, ที่วัง, เชียงของ, จะนะ …)
STOP_SUBSTRINGS = ("แก่", "ใน", "ที่", "ของ", "และ", "แห่ง", "ได้", "ขอ", "จะ", "มี", "เป็น", "จาก", "ให้", "โดย",
                   "ทุก", "ต่าง", "ทั่ว", "ส่วน", "ระดับ")


def _place_names_holding_stop_words() -> list[str]:
    names = set()
    for p in geothai.provinces():
        names.add(p.name_th)
        for d in geothai.districts(p.code):
            names.add(d.name_th.removeprefix("เขต"))
            names.update(s.name_th.removeprefix("แขวง") for s in geothai.subdistricts(d.code))
    # a subdistrict named by the word alone ("และ") cannot be told from the word
    return sorted(n for n in names if any(w in n for w in STOP_SUBSTRINGS) and n not in STOP_SUBSTRINGS)


PLACES = _place_names_holding_stop_words()  # provinces, districts and subdistricts


def meta_of(*lines):
    return parse_metadata([(t, Where(line=i + 1)) for i, t in enumerate(lines)])


def test_the_gazetteer_gives_enough_names_to_test():
    assert len(PLACES) >= 100 and "ขอนแก่น" in PLACES and "เขื่องใน" in PLACES and "จะนะ" in PLACES


@pytest.mark.parametrize("glue", [" ", ""], ids=["space", "glued"])
def test_every_place_name_holding_a_stop_word_survives_as_a_name(glue):
    lost = []
    for name in PLACES:
        m = meta_of(f"เทศบาลเมือง{name}{glue}ได้คะแนน 88.50 คะแนน")
        if m.organization != "เทศบาลเมือง" + name:
            lost.append((name, m.organization))
    assert lost == []


def test_stop_words_still_end_a_name_run_on_into_the_sentence():
    assert meta_of("องค์การบริหารส่วนตำบลเขื่องในขอขอบคุณประชาชน").organization == "องค์การบริหารส่วนตำบลเขื่องใน"
    assert meta_of("เทศบาลตำบลนาในได้รับรางวัล").organization == "เทศบาลตำบลนาใน"
    assert meta_of("เทศบาลตำบลบ้านเกาะอยู่ในระดับ A").organization == "เทศบาลตำบลบ้านเกาะ"
    # a word merely beginning with a stop word's letters ("ขอน" = a log) is part of the name
    assert meta_of("เทศบาลตำบลบ้านขอนใหญ่ได้คะแนน 90.10").organization == "เทศบาลตำบลบ้านขอนใหญ่"


def test_a_function_word_after_the_type_word_is_still_no_name():
    m = meta_of("ประกาศ ITA ประจำปีงบประมาณ 2566", "โรงพยาบาลทุกแห่งต้องเปิดเผยข้อมูล",
                "คะแนนของเทศบาลเท่ากับ 86.35 คะแนน")
    assert m.organization is None


@pytest.mark.parametrize("line", [
    "อยู่อันดับที่ 2 จาก 45 วิทยาลัยเทคนิคทั่วประเทศ ซึ่งมีคะแนนเฉลี่ย 90.25 คะแนน",
    "สูงกว่าคะแนนเฉลี่ยของโรงพยาบาลทั่วประเทศที่ได้ 87.40 คะแนน",
    "เป็นอันดับ 1 จากทั้งหมด 18 จังหวัด ในภาคเหนือ ซึ่งเฉลี่ย 91.00 คะแนน",
    "ขณะที่ทุกเทศบาลตำบลในภาคใต้มีคะแนนเฉลี่ย 89.90",
    "เทียบกับเทศบาลเมืองอื่นๆ ที่ได้ระดับ A",
])
def test_a_group_of_bodies_beside_the_subject_is_no_second_body(line):
    m = meta_of("วิทยาลัยเทคนิคลำพูน ได้คะแนน ITA ประจำปีงบประมาณ 2567 รวม 95.20 คะแนน ระดับ AA", line)
    assert m.several == []
    assert (m.organization, m.org_type) == ("วิทยาลัยเทคนิคลำพูน", "วิทยาลัยเทคนิค")


def test_named_bodies_each_with_a_score_are_still_several():
    m = meta_of("ผลการประเมิน ITA ประจำปีงบประมาณ 2567 ของสถานศึกษาในจังหวัดลำพูน",
                "วิทยาลัยเทคนิคลำพูน 95.20 คะแนน", "วิทยาลัยการอาชีพลี้ 91.15 คะแนน",
                "จาก 30 วิทยาลัยทั่วประเทศ")
    assert m.several == ["วิทยาลัยเทคนิคลำพูน", "วิทยาลัยการอาชีพลี้"]
    assert m.organization is None


@pytest.mark.parametrize("full, org_type", [
    ("วิทยาลัยเทคนิคชัยภูมิ", "วิทยาลัยเทคนิค"),
    ("วิทยาลัยการอาชีพนวมินทราชินีมุกดาหาร", "วิทยาลัยการอาชีพ"),
    ("วิทยาลัยเกษตรและเทคโนโลยีตรัง", "วิทยาลัยเกษตรและเทคโนโลยี"),
    ("วิทยาลัยพยาบาลบรมราชชนนีพะเยา", "วิทยาลัยพยาบาลบรมราชชนนี"),
    ("วิทยาลัยอาชีวศึกษาเชียงใหม่", "วิทยาลัยอาชีวศึกษา"),
    ("วิทยาลัยสันตพล", "วิทยาลัย"),
    ("มหาวิทยาลัยราชภัฏเพชรบุรี", "มหาวิทยาลัย"),
])
def test_the_longest_real_type_word_is_the_org_type(full, org_type):
    m = meta_of(f"{full} ผ่านการประเมิน ITA ประจำปีงบประมาณ 2566 ด้วยคะแนน 93.00")
    assert (m.organization, m.org_type) == (full, org_type)


@pytest.mark.parametrize("line, organization, org_type", [
    # bodies that run their own ITA, named as a title line would (names written for this test)
    ("สถานีตำรวจภูธรบ้านโป่ง จังหวัดราชบุรี", "สถานีตำรวจภูธรบ้านโป่ง", "สถานีตำรวจภูธร"),
    ("สถานีตำรวจนครบาลบางซื่อ", "สถานีตำรวจนครบาลบางซื่อ", "สถานีตำรวจนครบาล"),
    ("ที่ทำการปกครองอำเภอกันทรลักษ์ จังหวัดศรีสะเกษ", "ที่ทำการปกครองอำเภอกันทรลักษ์", "ที่ทำการปกครองอำเภอ"),
    ("ประกาศที่ว่าการอำเภอแม่สาย", "ที่ว่าการอำเภอแม่สาย", "ที่ว่าการอำเภอ"),
    # a ministry's permanent secretary office is a body; "สำนักงานปลัดเทศบาล" is a municipality's unit
    ("ประกาศสำนักงานปลัดกระทรวงสาธารณสุข", "สำนักงานปลัดกระทรวงสาธารณสุข", "สำนักงานปลัดกระทรวง"),
    ("ศูนย์ส่งเสริมการเรียนรู้อำเภอพระยืน", "ศูนย์ส่งเสริมการเรียนรู้อำเภอพระยืน", "ศูนย์"),
    # a name whose first word begins like a function word ("ที่") is still a name
    ("สำนักงานที่ดินจังหวัดลพบุรี", "สำนักงานที่ดินจังหวัดลพบุรี", "สำนักงาน"),
    # state enterprises: the service is part of the type word, and "ส่วนภูมิภาค", "แห่งประเทศไทย" begin names
    ("การประปาส่วนภูมิภาคเขต ๗", "การประปาส่วนภูมิภาคเขต ๗", "การประปา"),
    ("การท่าเรือแห่งประเทศไทย", "การท่าเรือแห่งประเทศไทย", "การท่าเรือ"),
    ("การเคหะแห่งชาติ", "การเคหะแห่งชาติ", "การเคหะ"),
])
def test_more_body_types_are_subjects(line, organization, org_type):
    m = meta_of("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ", line,
                "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖")
    assert (m.organization, m.org_type) == (organization, org_type)


def test_a_function_word_opening_a_generic_name_is_still_no_name():
    m = meta_of("ผลการประเมินของสำนักงานที่ได้รับการประเมินทั้งหมด", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖")
    assert m.organization is None


def test_a_state_enterprise_named_in_passing_is_not_the_subject():
    m = meta_of("เทศบาลตำบลบ้านนา อำเภอบ้านนา จังหวัดนครนายก", "รายงานผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
                "เทศบาลได้ประสานการไฟฟ้าส่วนภูมิภาคและการประปาส่วนภูมิภาคเพื่อซ่อมแซมไฟส่องสว่าง")
    assert (m.organization, m.org_type) == ("เทศบาลตำบลบ้านนา", "เทศบาลตำบล")


def test_several_bodies_are_all_named_whatever_their_kind():
    # two hospitals decide it; the district health office listed with them is one of the bodies too
    m = meta_of("สำนักงานสาธารณสุขจังหวัดพะเยา แจ้งผลการประเมิน ITA ปีงบประมาณ 2566 ของหน่วยงานในสังกัด",
                "โรงพยาบาลเชียงคำ 94.35 คะแนน", "โรงพยาบาลดอกคำใต้ 90.80 คะแนน",
                "สำนักงานสาธารณสุขอำเภอภูซาง 92.15 คะแนน", "ในจังหวัดพะเยา 88.00 คะแนน")
    assert m.several == ["โรงพยาบาลเชียงคำ", "โรงพยาบาลดอกคำใต้", "สำนักงานสาธารณสุขอำเภอภูซาง"]
    assert m.organization is None


def test_a_municipalitys_own_permanent_secretary_office_is_its_unit():
    m = meta_of("ประกาศสำนักงานปลัดเทศบาล", "เทศบาลตำบลบ้านนา อำเภอบ้านนา จังหวัดนครนายก",
                "เรื่อง มาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
    assert (m.organization, m.org_type) == ("เทศบาลตำบลบ้านนา", "เทศบาลตำบล")

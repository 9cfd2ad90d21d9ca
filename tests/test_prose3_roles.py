"""Blind2 items 4-7 at their general cause: a quoted level after a result word (grade only in its
year's scheme), survey shares vetoing score roles, educational service areas as bodies with their
area number, a place inside another body's office name."""
from extract.parse.metadata import parse_metadata
from extract.parse.score_roles import read_sentence
from schemas.records import Where


def _read(text: str, year: int | None):
    return [(s.level, s.tool, s.value, s.grade) for s in read_sentence(text, year, None).statements]


def test_quoted_level_after_result_word_is_the_grade_in_thai_level_years():
    text = "หน่วยงานผ่านการประเมิน ITA ได้คะแนน 90.05 ผลการประเมินคือ 'ผ่านดี'"
    assert _read(text, 2568) == [("overall", None, 90.05, "ผ่านดี")]


def test_quoted_pass_after_result_word_is_no_grade_in_letter_years():
    text = "หน่วยงานผ่านการประเมิน ITA ได้คะแนน 90.05 ผลการประเมิน \"ผ่าน\""
    assert _read(text, 2563) == [("overall", None, 90.05, None)]
    assert _read(text, None) == [("overall", None, 90.05, None)]  # year unknown: left out


def test_respondent_shares_are_no_scores_even_next_to_a_tool():
    text = "ผลการประเมิน ITA แบบวัด IIT ผู้ตอบแบบสอบถามร้อยละ 93.1 เห็นด้วยว่าการบริหารงานโปร่งใส"
    assert _read(text, 2566) == []
    assert _read("The EIT survey: 85 percent of respondents said services were fair", 2566) == []
    # a tool score next to a share keeps its role
    assert _read("คะแนน EIT 88.40 คะแนน โดยผู้รับบริการร้อยละ 70 เห็นว่าบริการรวดเร็ว", 2566) == [
        ("tool", "EIT", 88.4, None)]


def _meta(lines: list[str]):
    return parse_metadata([(line, Where(line=i + 1)) for i, line in enumerate(lines)])


def test_secondary_area_with_arabic_zone_and_two_zones_are_two_bodies():
    m = _meta(["สพม.นครราชสีมา เขต 31 รายงานผล ITA", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครราชสีมา เขต 31 ได้คะแนน 91.20"])
    assert (m.organization, m.org_type) == ("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครราชสีมา เขต 31",
                                            "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา")
    m = _meta(["สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต ๑ ได้คะแนน 90.10",
               "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต ๒ ได้คะแนน 88.30"])
    assert m.organization is None and len(m.several) == 2


def test_place_of_an_evaluator_office_or_another_body_office_is_not_the_subject_province():
    m = _meta(["ประกาศองค์การบริหารส่วนตำบลบ้านดู่", "วิทยากรจากสำนักงาน ป.ป.ช.ประจำจังหวัดแพร่ บรรยายเรื่อง ITA"])
    assert m.organization == "องค์การบริหารส่วนตำบลบ้านดู่" and m.province is None
    m = _meta(["ประกาศเทศบาลตำบลท่าข้าม", "ร่วมกับศูนย์ดำรงธรรมประจำจังหวัดสงขลา", "เทศบาลตำบลท่าข้าม อำเภอหาดใหญ่"])
    assert m.province is None and m.district == "หาดใหญ่"

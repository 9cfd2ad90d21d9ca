"""A result owned by a place or a group of bodies is not the report's body's score (score_cues.GROUP_OWNER):
the owner after "ของ" right after the result's name is a province, a district, a region, or bodies as a group.
Left out with SCORE_ROLE_UNCLEAR (reason phrase "group_owner"); the body's own result in the same shapes keeps."""
from __future__ import annotations

from extract import extract_paths
from tests.conftest import unclear_scores as _unclear

# a municipality's annual report quoting its province's combined result
PROVINCE_RESULT = """รายงานผลการดำเนินงานประจำปี
เทศบาลตำบลโพธิ์ชัย อำเภอโพนพิสัย จังหวัดหนองคาย
ประจำปีงบประมาณ พ.ศ. 2567
ส่วนที่ 3 ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน
ผลการประเมิน ITA ภาพรวมของจังหวัดหนองคาย ได้ 91.30 คะแนน
เทศบาลตำบลโพธิ์ชัยได้จัดทำข้อมูลเผยแพร่ทางเว็บไซต์ครบทุกข้อ
"""

# other words, another kind of body: a district's mean, the local bodies of a province as a group
GROUP_RESULTS = """รายงานประจำปี 2567
องค์การบริหารส่วนตำบลนาดี อำเภอเมือง จังหวัดอุดรธานี
สรุปผลการประเมิน
คะแนนเฉลี่ย ITA ของอำเภอเมืองอุดรธานี 88.45 คะแนน
ผลการประเมินรวมของ อปท. ในจังหวัดอุดรธานี 90.12 คะแนน
อบต.นาดี ดำเนินการตามแนวทางที่กำหนด
"""


def _run(write_report, text: str):
    [result] = extract_paths([write_report(text)])
    return result


def test_a_province_result_is_not_the_body_score(write_report):
    result = _run(write_report, PROVINCE_RESULT)
    assert result.scores == [] and result.report.overall_score is None
    assert _unclear(result) == [(5, "ผลการประเมิน ITA ภาพรวมของจังหวัดหนองคาย ได้ 91.30 คะแนน",
                                 "The number 91.3 is stated like a score but its role is unclear (it is the result of "
                                 "จังหวัดหนองคาย, a place or a group of bodies, not of the report's own body); it was "
                                 "left out: \"ผลการประเมิน ITA ภาพรวมของจังหวัดหนองคาย ได้ 91.30 คะแนน\"")]


def test_a_district_mean_and_a_group_result_in_other_words(write_report):
    result = _run(write_report, GROUP_RESULTS)
    assert result.scores == [] and result.report.overall_score is None
    assert [(line, text) for line, text, _ in _unclear(result)] == [
        (4, "คะแนนเฉลี่ย ITA ของอำเภอเมืองอุดรธานี 88.45 คะแนน"),
        (5, "ผลการประเมินรวมของ อปท. ในจังหวัดอุดรธานี 90.12 คะแนน")]
    assert [c.code for c in result.checks if c.code == "SCORE_CONFLICT"] == []


def test_the_body_own_result_in_the_same_shapes_keeps(write_report):
    head = "รายงานผลการประเมิน ITA\nเทศบาลตำบลโพธิ์ชัย อำเภอโพนพิสัย จังหวัดหนองคาย ประจำปีงบประมาณ 2567\n"
    for line, score in (("ผลการประเมิน ITA ของเทศบาลตำบลโพธิ์ชัย อำเภอโพนพิสัย จังหวัดหนองคาย ได้ 92.00 คะแนน", 92.0),
                        ("ผลการประเมิน ITA ของเทศบาลตำบลโพธิ์ชัย สูงที่สุดของจังหวัด ได้ 95.00 คะแนน", 95.0),
                        ("ผลการประเมิน ITA ภาพรวมของหน่วยงาน ได้ 90.10 คะแนน", 90.1),
                        ("ผลการประเมิน ITA ของหน่วยงานในจังหวัดหนองคาย เทศบาลตำบลโพธิ์ชัย ได้ 93.00 คะแนน", 93.0)):
        result = _run(write_report, head + line + "\n")
        assert [(s.level, s.fiscal_year, s.score) for s in result.scores] == [("overall", 2567, score)], line


def test_a_place_without_of_as_the_result_whole(write_report):
    head = "รายงานประจำปี 2567\nเทศบาลตำบลโพธิ์ชัย อำเภอโพนพิสัย จังหวัดหนองคาย\nข้อมูลการประเมิน ITA\n"
    for line, owner in (("ผลการประเมิน ITA ภาพรวมจังหวัดหนองคาย ได้ 91.30 คะแนน", "ภาพรวมจังหวัดหนองคาย"),
                        ("คะแนน ITA ภาพรวมอำเภอโพนพิสัย 89.75 คะแนน", "ภาพรวมอำเภอโพนพิสัย")):
        result = _run(write_report, head + line + "\n")
        assert result.scores == [], line
        assert [(ln, text) for ln, text, _ in _unclear(result)] == [(4, line)]
        assert f"it is the result of {owner}, a place or a group of bodies" in _unclear(result)[0][2]
    for line, score in (("ผลการประเมิน ITA ของเทศบาลตำบลโพธิ์ชัย ในจังหวัดหนองคาย ได้ 92.00 คะแนน", 92.0),
                        ("เทศบาลตำบลโพธิ์ชัย ได้คะแนน ITA สูงที่สุดในจังหวัด 95.20 คะแนน", 95.2)):
        kept = _run(write_report, head + line + "\n")
        assert [(s.level, s.fiscal_year, s.score) for s in kept.scores] == [("overall", 2567, score)], line


def test_a_level_of_places_as_the_result_whole(write_report):
    """"ระดับจังหวัด" right after the result's name is the province level's result; after a superlative it is
    the body's rank, its own score."""
    head = "ประกาศเทศบาลตำบลนาแก อำเภอนาแก จังหวัดนครพนม\nเรื่อง ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568\n"
    for line, owner in (("ผลการประเมิน ITA ระดับจังหวัด ได้ 90.45 คะแนน", "ระดับจังหวัด"),
                        ("คะแนนการประเมิน ITA ระดับประเทศ 87.20 คะแนน", "ระดับประเทศ")):
        result = _run(write_report, head + line + "\n")
        assert result.scores == [] and result.report.overall_score is None, line
        assert [(ln, text) for ln, text, _ in _unclear(result)] == [(3, line)]
        assert f"it is the result of {owner}, a place or a group of bodies" in _unclear(result)[0][2]
    # the province level's result, then the body's own ("ส่วนเทศบาล…", as for the municipality)
    both = _run(write_report, head + "ผลการประเมิน ITA ภาพรวมระดับจังหวัดนครพนม ได้ 90.45 คะแนน ส่วนเทศบาลได้ 93.10 คะแนน\n")
    assert [(s.level, s.fiscal_year, s.score) for s in both.scores] == [("overall", 2568, 93.1)]
    assert [c.message.split(" (")[0] for c in both.checks if c.code == "SCORE_ROLE_UNCLEAR"] == [
        "The number 90.45 is stated like a score but its role is unclear"]
    for line, score in (("เทศบาลได้คะแนน ITA สูงที่สุดระดับจังหวัด 95.20 คะแนน", 95.2),
                        ("ผลการประเมิน ITA ระดับหน่วยงาน ได้ 92.10 คะแนน", 92.1),
                        ("ผลการประเมิน ITA ได้ 94.00 คะแนน เป็นอันดับ 1 ระดับจังหวัด", 94.0)):
        kept = _run(write_report, head + line + "\n")
        assert [(s.level, s.fiscal_year, s.score) for s in kept.scores] == [("overall", 2568, score)], line


def test_a_mean_of_the_bodies_of_a_level(write_report):
    head = "ประกาศโรงเรียนบ้านโคกสูง อำเภอเมือง จังหวัดสุรินทร์\nผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568\n"
    result = _run(write_report, head + "หน่วยงานระดับจังหวัดได้คะแนนเฉลี่ย 91.00\nโรงเรียนได้ 96.40 คะแนน\n")
    assert [(s.level, s.fiscal_year, s.score) for s in result.scores] == [("overall", 2568, 96.4)]

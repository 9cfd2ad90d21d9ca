"""An award or evaluation named with a body type word and common words ("เทศบาลน่าอยู่อย่างยั่งยืน",
"โรงพยาบาลคุณธรรม"): the type word there is the evaluation's name, not its owner (a body's name after its
type is a place or a proper name: subject.proper_name), so the number is another evaluation's result
(SCORE_ROLE_UNCLEAR, "other_evaluation"); a body named by its type and its name keeps its own result."""
from __future__ import annotations

from extract import extract_paths
from tests.conftest import unclear_scores as _unclear

MUNICIPALITY = """รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567
เทศบาลเมืองบ้านไผ่ อำเภอบ้านไผ่ จังหวัดขอนแก่น
ผลงานเด่นของเทศบาล
ผลการประเมินเทศบาลน่าอยู่อย่างยั่งยืน ได้ 90.60 คะแนน
เทศบาลเข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ตามกรอบของสำนักงาน ป.ป.ช.
"""

# other words, another kind of body: a hospital's moral-hospital award
HOSPITAL = """รายงานประจำปี 2567 โรงพยาบาลบ้านแท่น อำเภอบ้านแท่น จังหวัดชัยภูมิ
ข้อมูลประกอบการประเมิน ITA ของโรงพยาบาล
ผลคะแนนการประเมินโรงพยาบาลคุณธรรมต้นแบบ อยู่ที่ 88.00 คะแนน
"""


def _run(write_report, text: str):
    [result] = extract_paths([write_report(text)])
    return result


def test_an_award_named_with_the_municipality_type_word_is_no_ita_score(write_report):
    result = _run(write_report, MUNICIPALITY)
    assert result.scores == [] and result.report.overall_score is None
    assert _unclear(result) == [(4, "ผลการประเมินเทศบาลน่าอยู่อย่างยั่งยืน ได้ 90.60 คะแนน",
                                 "The number 90.6 is stated like a score but its role is unclear (the result of another "
                                 "evaluation than the ITA (เทศบาลน่าอยู่อย่างยั่งยืน)); it was left out: "
                                 "\"ผลการประเมินเทศบาลน่าอยู่อย่างยั่งยืน ได้ 90.60 คะแนน\"")]


def test_an_award_named_with_the_hospital_type_word_in_other_words(write_report):
    result = _run(write_report, HOSPITAL)
    assert result.scores == [] and result.report.overall_score is None
    assert [(line, text) for line, text, _ in _unclear(result)] == [
        (3, "ผลคะแนนการประเมินโรงพยาบาลคุณธรรมต้นแบบ อยู่ที่ 88.00 คะแนน")]
    assert "another evaluation than the ITA (โรงพยาบาลคุณธรรมต้นแบบ)" in _unclear(result)[0][2]


def test_the_body_named_by_its_type_and_name_keeps_its_result(write_report):
    text = MUNICIPALITY.replace("ผลการประเมินเทศบาลน่าอยู่อย่างยั่งยืน ได้ 90.60 คะแนน",
                                "ผลการประเมินเทศบาลเมืองบ้านไผ่ ได้ 92.10 คะแนน")
    result = _run(write_report, text)
    assert [(s.level, s.fiscal_year, s.score) for s in result.scores] == [("overall", 2567, 92.1)]

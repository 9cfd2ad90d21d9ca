""""คะแนนการประเมิน" names the result as "คะแนนประเมิน" and "ผลการประเมิน" do (score_cues.OVERALL_STRONG): in a report
of the ITA, "คะแนนการประเมินประจำปีงบประมาณ 2567 ได้ 89.90 คะแนน" is the overall score (it was left out as
naming no subject); another evaluation named after it stays out (EVALUATION_LEAD)."""
from __future__ import annotations

from extract import extract_paths

MUNICIPALITY = """รายงานผลการประเมินคุณธรรมและความโปร่งใส
เทศบาลตำบลนาข่า อำเภอเมือง จังหวัดอุดรธานี
คะแนนการประเมินประจำปีงบประมาณ 2567 ได้ 89.90 คะแนน
"""

# other words, another kind of body, the inspection word in it
SCHOOL = """สรุปผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568
โรงเรียนบ้านโคกสี อำเภอเมือง จังหวัดขอนแก่น
คะแนนการตรวจประเมินของโรงเรียนในรอบนี้ 93.25 คะแนน
"""


def _scores(write_report, text: str):
    [result] = extract_paths([write_report(text)])
    return [(s.level, s.fiscal_year, s.score) for s in result.scores], result


def test_the_result_named_with_kan_is_the_overall_score(write_report):
    assert _scores(write_report, MUNICIPALITY)[0] == [("overall", 2567, 89.9)]


def test_the_result_named_with_kan_in_other_words(write_report):
    assert _scores(write_report, SCHOOL)[0] == [("overall", 2568, 93.25)]


def test_another_evaluation_after_the_result_word_stays_out(write_report):
    scores, result = _scores(write_report, MUNICIPALITY.replace("คะแนนการประเมินประจำปี", "คะแนนการประเมินความสะอาดตลาดประจำปี"))
    assert scores == []
    assert [c.source_text for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"] == [
        "คะแนนการประเมินความสะอาดตลาดประจำปีงบประมาณ 2567 ได้ 89.90 คะแนน"]

"""Another evaluation's result is no ITA score (score_cues.OTHER_EVALUATIONS): "ความพึงพอใจในภาพรวม
ร้อยละ 89.50" was the report's overall score, and so were a vendors' satisfaction "คิดเป็นร้อยละ 90.40"
in a procurement analysis and a newsletter's sports result "ทีมสีเขียวได้คะแนนรวม 86 คะแนน". The
assessment named between the two still gives its score."""
from __future__ import annotations

import pytest

from extract import extract_paths

REPORT = """รายงานผลการดำเนินงานด้านคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567
เทศบาลตำบลหนองไผ่ อำเภอเมือง จังหวัดเพชรบูรณ์
{line}
"""


def _overall(tmp_path, line):
    path = tmp_path / "r.txt"
    path.write_text(REPORT.format(line=line), encoding="utf-8")
    (result,) = extract_paths([path], jobs=1)
    return [(s.level, s.score) for s in result.scores], result.report.overall_score


@pytest.mark.parametrize("line", [
    "จากการสำรวจผู้มาติดต่อ 400 คน พบว่ามีความพึงพอใจในภาพรวมร้อยละ 89.50",
    "ผลการประเมินความพึงพอใจของผู้ค้าต่อกระบวนการจัดซื้อจัดจ้าง ได้คะแนนเฉลี่ย 4.52 จาก 5 คะแนน คิดเป็นร้อยละ 90.40",
    "ระดับความพึงพอใจต่อการให้บริการของเทศบาลในภาพรวม 91.20 คะแนน",
    "Overall satisfaction with the municipality's services reached 91.2 percent in the survey.",
    "งานกีฬาสีประจำปีของเทศบาลจัดขึ้นเมื่อวันที่ 5 กรกฎาคม 2567 ทีมสีเขียวได้คะแนนรวม 86 คะแนนเป็นแชมป์ประจำปี",
    "ผลการประกวดชุมชนคุณธรรมของจังหวัด ชุมชนบ้านหนองไผ่ได้คะแนนรวม 93.50 คะแนน",
], ids=["respondents", "vendors", "level", "english", "sports", "contest"])
def test_a_satisfaction_result_is_no_score(tmp_path, line):
    assert _overall(tmp_path, line) == ([], None)


def test_the_assessment_named_after_satisfaction_gives_its_score(tmp_path):
    line = "ความพึงพอใจของผู้รับบริการเพิ่มขึ้นทุกด้าน และผลการประเมิน ITA ประจำปี 2567 ได้ 92.10 คะแนน"
    assert _overall(tmp_path, line) == ([("overall", 92.10)], 92.10)


def test_a_questionnaires_respondents_got_no_score(tmp_path):
    # under a line announcing the ITA result, the respondents' share "got" was the overall score
    line = "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 ของเทศบาล\nผู้ตอบแบบสอบถาม ได้ 80.50 คะแนน"
    assert _overall(tmp_path, line) == ([], None)


def test_the_respondents_of_the_assessments_own_tool_still_give_its_score(tmp_path):
    line = "ผลการประเมินจากผู้ตอบแบบวัด EIT ได้ 88.50 คะแนน"
    assert _overall(tmp_path, line)[0] == [("tool", 88.5)]

"""A satisfaction survey's result is no ITA score: "ความพึงพอใจในภาพรวมร้อยละ 89.50" was the report's
overall score, and so was a vendors' satisfaction "คิดเป็นร้อยละ 90.40" in a procurement analysis
(score_cues.SATISFACTION). The assessment named between the two still gives its score."""
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
], ids=["respondents", "vendors", "level", "english"])
def test_a_satisfaction_result_is_no_score(tmp_path, line):
    assert _overall(tmp_path, line) == ([], None)


def test_the_assessment_named_after_satisfaction_gives_its_score(tmp_path):
    line = "ความพึงพอใจของผู้รับบริการเพิ่มขึ้นทุกด้าน และผลการประเมิน ITA ประจำปี 2567 ได้ 92.10 คะแนน"
    assert _overall(tmp_path, line) == ([("overall", 92.10)], 92.10)

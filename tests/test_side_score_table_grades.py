"""A score table laid on its side with a grade column: "รายการ | IIT | EIT | OIT | คะแนนรวม | ระดับ" over
one row of scores, or a row per year. The grade column named nothing the side-table reader knew, so
the whole table was passed over: no tool scores, no overall score, no grade."""
from __future__ import annotations

from extract import extract_paths

ONE_ROW = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ
เทศบาลตำบลท่าช้าง ประจำปีงบประมาณ พ.ศ. 2567
1. ผลคะแนนภาพรวม
รายการ\tIIT\tEIT\tOIT\tคะแนนรวม\tระดับ
ผลคะแนน\t91.47\t86.03\t79.50\t84.62\tB
"""

BY_YEAR = """สรุปผลการประเมิน ITA ขององค์การบริหารส่วนตำบลโนนสูง เปรียบเทียบสองปี
ปีงบประมาณ\tแบบวัด IIT\tแบบวัด EIT\tแบบวัด OIT\tคะแนนเฉลี่ย\tระดับผลการประเมิน
๒๕๖๖\t๘๘.๒๐\t๘๑.๐๕\t๖๙.๕๐\t๗๘.๑๑\tC
๒๕๖๗\t๙๒.๑๐\t๘๗.๔๐\t๙๑.๐๐\t๙๐.๐๗\tA
"""

NO_OVERALL = """รายงานผลการประเมิน ITA เทศบาลเมืองชุมแพ ปีงบประมาณ พ.ศ. 2567
รายการ\tIIT\tEIT\tOIT\tระดับ
ผลคะแนน\t90.00\t85.00\t80.00\tA
"""


def _scores(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (result,) = extract_paths([path], jobs=1)
    return result, sorted((s.fiscal_year, s.level, s.tool or "", s.score, s.grade) for s in result.scores)


def test_one_row_with_a_grade_column(tmp_path):
    result, scores = _scores(tmp_path, "a.txt", ONE_ROW)
    assert scores == [(2567, "overall", "", 84.62, "B"), (2567, "tool", "EIT", 86.03, None),
                      (2567, "tool", "IIT", 91.47, None), (2567, "tool", "OIT", 79.5, None)]
    assert (result.report.overall_score, result.report.overall_grade) == (84.62, "B")


def test_a_row_per_year_grades_each_years_score(tmp_path):
    result, scores = _scores(tmp_path, "b.txt", BY_YEAR)
    assert [s for s in scores if s[1] == "overall"] == [(2566, "overall", "", 78.11, "C"), (2567, "overall", "", 90.07, "A")]
    assert len(scores) == 8
    assert (result.report.fiscal_year, result.report.overall_score, result.report.overall_grade) == (2567, 90.07, "A")


def test_a_grade_with_no_overall_column_grades_nothing(tmp_path):
    result, scores = _scores(tmp_path, "c.txt", NO_OVERALL)
    assert scores == [(2567, "tool", "EIT", 85.0, None), (2567, "tool", "IIT", 90.0, None), (2567, "tool", "OIT", 80.0, None)]
    assert result.report.overall_score is None

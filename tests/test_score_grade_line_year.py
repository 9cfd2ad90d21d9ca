"""A grade on a line of its own under the line stating one overall score grades it only when it is a level
of that score's year (schemas.ita: letters 2562–2565, Thai levels from 2566): "ระดับ A" under a 2567 score is
left out with GRADE_LINE_OTHER_SCALE, the score kept without it."""
from __future__ import annotations

from extract import extract_paths

HEAD = ("รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567\n"
        "องค์การบริหารส่วนตำบลหนองไผ่ อำเภอเมือง จังหวัดชัยภูมิ\n")


def _run(write_report, text: str):
    [result] = extract_paths([write_report(text)])
    return result


def test_a_letter_grade_under_a_2567_score_is_not_attached(write_report):
    result = _run(write_report, HEAD + "ผลการประเมิน ITA ปี 2567 ได้ 92.15 คะแนน\nระดับ A\n")
    assert [(s.level, s.fiscal_year, s.score, s.grade) for s in result.scores] == [("overall", 2567, 92.15, None)]
    assert result.report.overall_grade is None
    [check] = [c for c in result.checks if c.code == "GRADE_LINE_OTHER_SCALE"]
    assert (check.severity, check.where.line, check.source_text) == ("info", 4, "ระดับ A")


def test_the_same_in_other_words_and_the_years_own_levels(write_report):
    """An English card of FY2024 (2567) with an "AA" badge: left out; a Thai level under it and a letter
    under a 2565 score still grade the score."""
    card = ("Integrity and Transparency Assessment (ITA) FY2024 - Nong Phai Subdistrict Administrative Organization\n"
            "Overall score 96.40 points\nGrade: AA\n")
    result = _run(write_report, card)
    assert [(s.level, s.fiscal_year, s.score, s.grade) for s in result.scores] == [("overall", 2567, 96.4, None)]
    assert [c.source_text for c in result.checks if c.code == "GRADE_LINE_OTHER_SCALE"] == ["Grade: AA"]
    result = _run(write_report, HEAD + "ผลการประเมิน ITA ปี 2567 ได้ 92.15 คะแนน\nระดับ ผ่านดี\n")
    assert [(s.fiscal_year, s.score, s.grade) for s in result.scores] == [(2567, 92.15, "ผ่านดี")]
    result = _run(write_report, HEAD.replace("2567", "2565") + "ผลการประเมิน ITA ปี 2565 ได้ 92.15 คะแนน\nระดับ A\n")
    assert [(s.fiscal_year, s.score, s.grade) for s in result.scores] == [(2565, 92.15, "A")]

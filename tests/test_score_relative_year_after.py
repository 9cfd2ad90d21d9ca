"""A year named relative to the report's right after a score (score_cues.RELATIVE_YEAR_AFTER) is that
score's year: "ได้ 94.20 คะแนนในปีที่ผ่านมา และ 96.50 คะแนนในปีนี้" recorded 94.20 as the report's year and
96.50 as the year before (the year word before each number was taken)."""
from __future__ import annotations

from extract import extract_paths


def _scores(write_report, text: str):
    [result] = extract_paths([write_report(text)])
    return [(s.level, s.fiscal_year, s.score) for s in result.scores]


def test_a_relative_year_after_each_score_is_its_year(write_report):
    text = ("รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567\n"
            "เทศบาลตำบลบ้านแฮด อำเภอบ้านแฮด จังหวัดขอนแก่น\n"
            "ผลการประเมิน ITA ได้ 94.20 คะแนนในปีที่ผ่านมา และ 96.50 คะแนนในปีนี้\n")
    assert _scores(write_report, text) == [("overall", 2566, 94.2), ("overall", 2567, 96.5)]


def test_the_same_in_english_and_a_thai_year_opening_the_next_clause(write_report):
    head = ("Nong Phai Subdistrict Administrative Organization, Chaiyaphum: Integrity and Transparency Assessment "
            "(ITA) report, fiscal year 2024\n")
    # (93.85 after "and", with a year of its own after it, is listed with 91.10: the same subject's result of this
    # year, tests/test_score_change_by_then_level.py)
    assert _scores(write_report, head + "Our ITA score was 91.10 last year and 93.85 this year.\n") == [
        ("overall", 2566, 91.1), ("overall", 2567, 93.85)]
    # "ปีนี้ได้ …" after a score and its unit opens the next clause: not the earlier score's year
    text = ("รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2567 โรงเรียนบ้านโนนสวรรค์\n"
            "ผลการประเมิน ITA ได้ 92.30 คะแนน ปีที่แล้วได้ 89.75 คะแนน\n")
    assert _scores(write_report, text) == [("overall", 2567, 92.3), ("overall", 2566, 89.75)]

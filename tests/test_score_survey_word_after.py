"""A score named right before a number, then a survey's word right after it ("ได้คะแนน 95.20 ผู้รับบริการพึงพอใจ"):
the body's result, or the service users' rating? Left out with SCORE_ROLE_UNCLEAR (reason "survey_word_after"),
not dropped without a word as a share of respondents; a share ("ร้อยละ 92.50 ผู้รับบริการพึงพอใจ") stays no score
and no check, and a unit between keeps the score."""
from __future__ import annotations

from extract import extract_paths
from tests.conftest import unclear_scores

HEAD = ("ประกาศเทศบาลตำบลนาแก อำเภอนาแก จังหวัดนครพนม\n"
        "เรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568\n")
REASON = "a survey's respondents or service users are named right after it"


def _run(write_report, line: str):
    [result] = extract_paths([write_report(HEAD + line + "\n")])
    return result


def test_a_named_score_then_service_users_is_unclear(write_report):
    for line in ("เทศบาลได้คะแนน 95.20 ผู้รับบริการพึงพอใจ",
                 "ได้คะแนน ITA 95.20 ผู้รับบริการพึงพอใจในการให้บริการ",
                 # other words: a hospital's, "ผู้ใช้บริการ", "ผู้ตอบ"
                 "โรงพยาบาลมีคะแนนรวม 91.75 ผู้ใช้บริการส่วนใหญ่เห็นว่าโปร่งใส",
                 "คะแนน : 88.60 ผู้ตอบแบบสอบถามให้ความเห็นเพิ่มเติม"):
        result = _run(write_report, line)
        assert result.scores == [] and result.report.overall_score is None, line
        [(ln, text, message)] = unclear_scores(result)
        assert (ln, text) == (3, line) and REASON in message, line


def test_a_share_or_a_unit_between_is_unchanged(write_report):
    share = _run(write_report, "ร้อยละ 92.50 ผู้รับบริการพึงพอใจ")
    assert share.scores == [] and unclear_scores(share) == []
    kept = _run(write_report, "ได้ 92.50 คะแนน ผู้รับบริการพึงพอใจมาก")
    assert [(s.level, s.fiscal_year, s.score) for s in kept.scores] == [("overall", 2568, 92.5)]
    assert unclear_scores(kept) == []

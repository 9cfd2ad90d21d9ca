"""A quiz named right after the number ("… ได้ 45 คะแนน ในแบบทดสอบ", "45 points in the post-test") takes
it, under a line announcing the ITA result too (score_cues DISTRACTOR_HEAD "quiz"); the result itself keeps."""
from __future__ import annotations

from extract import extract_paths


def _scores(write_report, text):
    [result] = extract_paths([write_report(text)])
    return [(s.fiscal_year, s.level, s.score) for s in result.scores]


def test_a_quiz_after_the_number_thai(write_report):
    text = """ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 เทศบาลตำบลนาดี อำเภอนาดี จังหวัดปราจีนบุรี
เทศบาลตำบลนาดีได้ 45 คะแนน ในแบบทดสอบความรู้เรื่องผลประโยชน์ทับซ้อน
"""
    assert _scores(write_report, text) == []
    assert _scores(write_report, text.replace("45 คะแนน ในแบบทดสอบความรู้เรื่องผลประโยชน์ทับซ้อน", "91.20 คะแนน")) == [
        (2567, "overall", 91.2)]


def test_a_quiz_after_the_number_english(write_report):
    text = """ITA 2024 results of the Faculty of Nursing, Khon Kaen University
The Faculty of Nursing scored 45 points in the post-test on conflicts of interest.
"""
    assert _scores(write_report, text) == []

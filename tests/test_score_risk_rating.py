"""A risk's rating in a risk assessment is no score (score_cues DISTRACTOR_TAIL "risk"): "ความเสี่ยงด้านการใช้
ทรัพย์สินของราชการ ระดับความเสี่ยง 6 คะแนน" was recorded as indicator 4's score (the indicator named in the risk)."""
from __future__ import annotations

from extract import extract_paths


def _scores(write_report, text):
    [result] = extract_paths([write_report(text)])
    return [(s.fiscal_year, s.level, s.indicator, s.score) for s in result.scores]


def test_risk_ratings_are_no_scores(write_report):
    text = """ผลการประเมินความเสี่ยงการทุจริต ประจำปี 2568 สำนักงานสาธารณสุขอำเภอกุดจับ จังหวัดอุดรธานี
ความเสี่ยงด้านการจัดซื้อจัดจ้าง ระดับความเสี่ยง 12 คะแนน (สูง)
ความเสี่ยงด้านการใช้ทรัพย์สินของราชการ ระดับความเสี่ยง 6 คะแนน (ปานกลาง)
เพื่อประกอบการประเมิน ITA ตัวชี้วัดที่ 10
"""
    assert _scores(write_report, text) == []


def test_risk_ratings_other_words_and_the_indicator_score_kept(write_report):
    text = """Corruption risk assessment 2025, Faculty of Medicine, Khon Kaen University (for ITA indicator 10)
Risk: use of government property for private purposes, risk score 9 points (high).
ITA 2025: indicator 4 Use of Government Property scored 96.50 points.
"""
    assert _scores(write_report, text) == [(2568, "indicator", 4, 96.5)]


def _html(title, rows):
    return (f"<html><head><meta charset='utf-8'></head><body><h2>{title}</h2><table>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table></body></html>")


def test_a_risk_register_table_gives_no_scores(write_report):
    html = _html("การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2568 (ประกอบการประเมิน ITA) เทศบาลตำบลเชียงยืน จังหวัดมหาสารคาม", [
        ["ประเด็นความเสี่ยง", "โอกาส (1-5)", "ผลกระทบ (1-5)", "คะแนนความเสี่ยง", "ระดับ"],
        ["การใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน", "3", "4", "12", "สูง"],
        ["การใช้อำนาจในการพิจารณาอนุญาต", "2", "3", "6", "ปานกลาง"]])
    [result] = extract_paths([write_report(html, "r.html")])
    assert result.scores == []
    english = _html("Corruption risk register 2025 (ITA), Faculty of Medicine, Khon Kaen University", [
        ["Risk", "Likelihood", "Impact", "Score"],
        ["Use of government property for private gain", "2", "4", "8"],
        ["Use of power in granting permits", "3", "3", "9"]])
    [result] = extract_paths([write_report(english, "e.html")])
    assert result.scores == []

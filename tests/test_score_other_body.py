"""A score stated of another body than the report's own is not the report's: the ministry's or a parent
office's result named in a hospital's analysis (subject.Subject.other_body, SCORE_ROLE_UNCLEAR with
the body's name), a province's mean (score_cues "mean")."""
from __future__ import annotations

from extract import extract_paths

HEAD = "รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปี 2568 โรงพยาบาลบ้านผือ อำเภอบ้านผือ จังหวัดอุดรธานี\n"


def _scores(write_report, text: str):
    [result] = extract_paths([write_report(text)])
    unclear = [c.message for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"]
    return [(s.fiscal_year, s.level, s.score) for s in result.scores], unclear, result.report


def test_the_ministrys_score_is_not_the_hospitals(write_report):
    scores, unclear, report = _scores(write_report, HEAD + "ในภาพรวมของกระทรวงสาธารณสุข ได้คะแนน 93.50 คะแนน\n"
                                      "โรงพยาบาลบ้านผือได้คะแนน 95.80 คะแนน\n")
    assert scores == [(2568, "overall", 95.8)] and report.overall_score == 95.8
    assert unclear == ["The number 93.5 is stated like a score but its role is unclear (it is stated of "
                       "กระทรวงสาธารณสุข, not of the report's own body); it was left out: \"ในภาพรวมของกระทรวงสาธารณสุข "
                       "ได้คะแนน 93.50 คะแนน\""]


def test_a_parent_offices_score_in_the_same_sentence(write_report):
    scores, _, _ = _scores(write_report, HEAD + "สำนักงานสาธารณสุขจังหวัดอุดรธานี ได้คะแนน 94.20 คะแนน "
                                              "ส่วนโรงพยาบาลบ้านผือได้คะแนน 95.80 คะแนน\n")
    assert scores == [(2568, "overall", 95.8)]


def test_the_district_offices_score_other_words(write_report):
    text = """ผลการประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ 2567 โรงเรียนบ้านหนองไผ่ อำเภอเมือง จังหวัดชัยภูมิ
สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชัยภูมิ เขต 1 ได้ 94.80 คะแนน
โรงเรียนบ้านหนองไผ่ได้ 91.30 คะแนน
"""
    scores, unclear, report = _scores(write_report, text)
    assert scores == [(2567, "overall", 91.3)] and report.organization == "โรงเรียนบ้านหนองไผ่"
    assert len(unclear) == 1 and "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชัยภูมิ เขต 1" in unclear[0]


def test_a_provinces_mean(write_report):
    scores, _, _ = _scores(write_report, HEAD + "ผลการประเมินของจังหวัดอุดรธานี ได้คะแนนเฉลี่ย 90.11 คะแนน\n")
    assert scores == []


def test_a_body_the_result_is_set_against_is_a_peer_not_a_second_subject(write_report):
    # the compared body (bodies.CUES_BEFORE "ต่ำกว่า" … : a peer) made a document about two bodies: no
    # organization and neither score; named by its abbreviation, its score is its own (Subject.other_body)
    text = """องค์การบริหารส่วนตำบลเชียงแหว อำเภอกุมภวาปี จังหวัดอุดรธานี
ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567
ผลการประเมิน ITA ปี 2567 ของ อบต.เชียงแหว ได้ 91.30 คะแนน อยู่ในระดับ A ต่ำกว่า อบต.ผาสุก ที่ได้ 94.10 คะแนน
"""
    scores, unclear, report = _scores(write_report, text)
    assert (report.organization, scores) == ("องค์การบริหารส่วนตำบลเชียงแหว", [(2567, "overall", 91.3)])
    assert unclear == ["The number 94.1 is stated like a score but its role is unclear (it is stated of "
                       "องค์การบริหารส่วนตำบลผาสุก, not of the report's own body); it was left out: \"งแหว ได้ "
                       "91.30 คะแนน อยู่ในระดับ A ต่ำกว่า อบต.ผาสุก ที่ได้ 94.10 คะแนน\""]


def test_a_school_set_above_another_in_other_words(write_report):
    text = """โรงเรียนบ้านหนองไผ่ อำเภอแก้งคร้อ จังหวัดชัยภูมิ
รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ 2568
ปีนี้โรงเรียนได้ 95.40 คะแนน สูงกว่าโรงเรียนบ้านโคกสะอาด ซึ่งได้ 90.12 คะแนน
"""
    scores, unclear, report = _scores(write_report, text)
    assert (report.organization, scores) == ("โรงเรียนบ้านหนองไผ่", [(2568, "overall", 95.4)])
    assert len(unclear) == 1 and "โรงเรียนบ้านโคกสะอาด" in unclear[0]


def test_a_municipality_below_another_in_other_words(write_report):
    text = """เทศบาลตำบลนาดี อำเภอเมืองยโสธร จังหวัดยโสธร
สรุปผลการประเมินคุณธรรมและความโปร่งใส ITA ประจำปี 2568
เทศบาลตำบลนาดี ได้ 88.20 คะแนน ระดับ B ซึ่งยังน้อยกว่าเทศบาลตำบลหนองบัว ที่ได้ 92.15 คะแนน
"""
    scores, unclear, report = _scores(write_report, text)
    assert (report.organization, report.overall_grade, scores) == ("เทศบาลตำบลนาดี", "B", [(2568, "overall", 88.2)])
    assert len(unclear) == 1 and "เทศบาลตำบลหนองบัว" in unclear[0]

"""Numbers stated like scores that are no result of the assessment: a score expected or forecast, the
body's own check before the assessors' (score_cues.SEGMENT_DISTRACTORS); and a result congratulated
in another body's post is that body's (bodies.CUES_BEFORE "ยินดีกับ")."""
from __future__ import annotations

from extract import extract_paths


def _run(write_report, text: str):
    [result] = extract_paths([write_report(text)])
    return result


def test_a_self_assessment_is_not_the_tools_score(write_report):
    text = """รายงานผลการประเมินตนเองตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568
องค์การบริหารส่วนตำบลคำบง อำเภอห้วยเม็ก จังหวัดกาฬสินธุ์
ผลการประเมินตนเอง OIT ได้คะแนน 100 คะแนน (ก่อนการตรวจของผู้ประเมิน)
"""
    assert _run(write_report, text).scores == []
    other = """The Faculty of Nursing ran a self-assessment of the OIT items in March 2025: OIT scored 96.50 points.
The official ITA 2025 result of the Faculty of Nursing was 91.20 points overall.
"""
    assert [(s.level, s.tool, s.score) for s in _run(write_report, other).scores] == [("overall", None, 91.2)]


def test_an_expected_score_is_not_a_result(write_report):
    text = """แผนการยกระดับผลการประเมิน ITA ประจำปี 2568 เทศบาลตำบลนาเชือก จังหวัดมหาสารคาม
คาดว่าจะได้รับคะแนนไม่ต่ำกว่า 90.00 คะแนน และคะแนนที่คาดว่าจะได้รับในแบบ OIT คือ 95.00 คะแนน
"""
    assert _run(write_report, text).scores == []
    other = """โรงพยาบาลหนองหาน อำเภอหนองหาน จังหวัดอุดรธานี
ผลการประเมิน ITA ปี 2567 ได้ 88.40 คะแนน ส่วนปี 2568 ประมาณการคะแนน EIT ไว้ที่ 90.50 คะแนน
"""
    assert [(s.fiscal_year, s.level, s.score) for s in _run(write_report, other).scores] == [(2567, "overall", 88.4)]


def test_a_congratulated_body_is_the_subject_of_its_result(write_report):
    text = """สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต 1
ขอแสดงความยินดีกับโรงเรียนบ้านนาเหมือง ที่ได้รับผลการประเมินคุณธรรมและความโปร่งใส (ITA Online) ประจำปี 2567 ได้คะแนน 98.50 คะแนน ระดับ AA สูงสุดในสังกัด
"""
    report = _run(write_report, text).report
    assert (report.organization, report.overall_score, report.overall_grade) == ("โรงเรียนบ้านนาเหมือง", 98.5, "AA")
    other = """สำนักงานสาธารณสุขจังหวัดนครพนม
ร่วมแสดงความยินดีกับโรงพยาบาลศรีสงคราม ในโอกาสที่ผ่านการประเมิน ITA ประจำปี 2568 ด้วยคะแนน 96.12 คะแนน
"""
    report = _run(write_report, other).report
    assert (report.organization, report.overall_score) == ("โรงพยาบาลศรีสงคราม", 96.12)

"""Another assessment's results are no ITA scores: a document that never names the ITA (LPA
announcements, a hospital's service standard review) gets none, with SCORES_NOT_ITA saying why; a
training's test scores in an ITA report are not its score either (score_cues "quiz")."""
from __future__ import annotations

from extract import extract_paths

LPA = """ประกาศองค์การบริหารส่วนตำบลโคกสูง
เรื่อง ผลการประเมินประสิทธิภาพขององค์กรปกครองส่วนท้องถิ่น (LPA) ประจำปี 2566
ตามที่ กรมส่งเสริมการปกครองท้องถิ่น ได้ดำเนินการประเมินประสิทธิภาพขององค์กรปกครองส่วนท้องถิ่น ประจำปี 2566 นั้น
องค์การบริหารส่วนตำบลโคกสูงได้รับผลการประเมิน ดังนี้
ด้านที่ 1 การบริหารจัดการ ได้คะแนน 92.50
ด้านที่ 2 การบริหารงานบุคคลและกิจการสภา ได้คะแนน 88.24
คะแนนรวมเฉลี่ย 91.41
จึงประกาศมาให้ทราบโดยทั่วกัน
"""

# the same result in other words, of another kind of body and another review
HOSPITAL = """โรงพยาบาลสมเด็จพระยุพราชเดชอุดม จังหวัดอุบลราชธานี
ผลการประเมินมาตรฐานบริการสุขภาพ ปีงบประมาณ พ.ศ. 2567
โรงพยาบาลได้รับการตรวจเยี่ยมจากคณะกรรมการ ผลการประเมินภาพรวมได้คะแนน 87.30 คะแนน ระดับดีมาก
"""


def _run(write_report, text: str, name: str = "report.txt"):
    [result] = extract_paths([write_report(text, name)])
    return result


def test_an_lpa_announcement_has_no_ita_scores(write_report):
    result = _run(write_report, LPA)
    assert result.scores == [] and result.report.overall_score is None
    [check] = [c for c in result.checks if c.code == "SCORES_NOT_ITA"]
    assert (check.severity, check.where.line, check.source_text) == ("info", 5, "ด้านที่ 1 การบริหารจัดการ ได้คะแนน 92.50")
    assert "92.5" in check.message and "NOT_ITA" in {c.code for c in result.checks}


def test_a_hospital_standard_review_has_no_ita_scores(write_report):
    result = _run(write_report, HOSPITAL)
    assert result.scores == [] and (result.report.overall_score, result.report.overall_grade) == (None, None)
    assert [c.source_text for c in result.checks if c.code == "SCORES_NOT_ITA"] == [
        "โรงพยาบาลได้รับการตรวจเยี่ยมจากคณะกรรมการ ผลการประเมินภาพรวมได้คะแนน 87.30 คะแนน ระดับดีมาก"]


def test_the_ita_named_glued_to_thai_keeps_the_score(write_report):
    """"ITA" written between Thai letters names the assessment (no \\b there: Thai letters are word letters)."""
    text = LPA.replace("(LPA)", "").replace("ประสิทธิภาพขององค์กรปกครองส่วนท้องถิ่น ประจำปี", "ITAประจำปี", 1)
    result = _run(write_report, text.replace("ด้านที่ 1 การบริหารจัดการ ได้คะแนน 92.50\n", "คะแนนภาพรวม 92.50 คะแนน\n"))
    assert "SCORES_NOT_ITA" not in {c.code for c in result.checks}
    assert [(s.level, s.fiscal_year, s.score) for s in result.scores if s.level == "overall"][0] == ("overall", 2566, 92.5)


def test_a_training_test_is_not_the_ita_score(write_report):
    text = """รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2566
เทศบาลตำบลหนองบัว อำเภอเมือง จังหวัดอุดรธานี
ได้จัดอบรมเสริมสร้างจริยธรรมของบุคลากร ผลการทดสอบความรู้ก่อนการอบรมได้คะแนนเฉลี่ย 65.30 คะแนน และหลังการอบรมได้คะแนนเฉลี่ย 88.75 คะแนน
"""
    result = _run(write_report, text)
    assert result.scores == [] and result.report.overall_score is None
    # the result named as the ITA's in the same report is still its score
    result = _run(write_report, text.replace("ได้จัดอบรม", "ผลการประเมิน ITA ประจำปี 2566 เทศบาลตำบลหนองบัวได้คะแนน 91.20 คะแนน\nได้จัดอบรม"))
    assert [(s.level, s.fiscal_year, s.score) for s in result.scores] == [("overall", 2566, 91.2)]


def test_another_assessment_named_in_an_ita_document(write_report):
    """A document that names the ITA too: the LPA's score stated with the LPA named before it is not
    the ITA's (score_cues.OTHER_EVALUATIONS), nor PMQA's in other words; the ITA's result named after
    another assessment keeps."""
    text = """ข่าวประชาสัมพันธ์ องค์การบริหารส่วนตำบลโคกสูง อำเภอเมือง จังหวัดอุดรธานี
องค์การบริหารส่วนตำบลโคกสูง ได้รับผลการประเมินประสิทธิภาพขององค์กรปกครองส่วนท้องถิ่น (LPA) ประจำปี 2566 ได้คะแนน 92.50 คะแนน
ทั้งนี้ ได้เตรียมความพร้อมรับการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2567 ต่อไป
"""
    assert _run(write_report, text).scores == []
    pmqa = """เทศบาลตำบลหนองนาคำ อำเภอหนองนาคำ จังหวัดขอนแก่น
เทศบาลได้รับผลการประเมินคุณภาพการบริหารจัดการภาครัฐ (PMQA) ประจำปี 2566 ได้คะแนน 88.50 คะแนน
และเตรียมรับการประเมิน ITA ประจำปี 2567
"""
    assert _run(write_report, pmqa).scores == []
    both = text.replace("ทั้งนี้ ได้เตรียมความพร้อมรับการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2567 ต่อไป",
                        "ส่วนผลการประเมิน ITA ประจำปี 2566 ได้คะแนน 91.20 คะแนน")
    assert [(s.level, s.fiscal_year, s.score) for s in _run(write_report, both).scores] == [("overall", 2566, 91.2)]


# A health centre's news page naming the ITA only in its header: the food sanitation result is another
# evaluation's, named right after "ผลการประเมิน" (score_cues.EVALUATION_LEAD) by words none of the ITA's
HEALTH_CENTRE_NEWS = """ข่าวประชาสัมพันธ์ โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองแวง
เผยแพร่ภายใต้การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. 2567
เจ้าหน้าที่ได้ออกตรวจโรงอาหารของโรงเรียนในเขตรับผิดชอบ
ผลการประเมินสุขาภิบาลอาหาร ได้ 94 คะแนน
จึงประชาสัมพันธ์ให้ทราบโดยทั่วกัน
"""


def test_another_evaluation_named_after_the_result_word_is_no_ita_score(write_report):
    result = _run(write_report, HEALTH_CENTRE_NEWS)
    assert result.scores == [] and result.report.overall_score is None
    [check] = [c for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"]
    assert (check.where.line, check.source_text) == (4, "ผลการประเมินสุขาภิบาลอาหาร ได้ 94 คะแนน")
    assert "another evaluation than the ITA (สุขาภิบาลอาหาร)" in check.message


def test_other_evaluations_in_other_words_are_no_ita_scores(write_report):
    """The same rule, no list entry: a school's green office and e-GP results, a municipality's market
    inspection, in a page naming the ITA; the ITA's own result in the same shapes keeps."""
    head = ("โรงเรียนบ้านโนนสวรรค์ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1\n"
            "ข้อมูลประกอบการประเมินคุณธรรมและความโปร่งใส (ITA Online) ปี 2567\n")
    for line in ("โรงเรียนได้รับผลการประเมินสำนักงานสีเขียว (Green Office) ได้ 95.50 คะแนน",
                 "คะแนนการประเมินการลงข้อมูลในระบบ e-GP : 97.50",
                 "ผลคะแนนการตรวจประเมินตลาดนัดน่าซื้อ อยู่ที่ 86.25 คะแนน",
                 "ผลการตรวจประเมินมาตรฐานน้ำบริโภคของโรงเรียนบ้านโนนสวรรค์ ได้คะแนน 90.10 คะแนน"):
        assert _run(write_report, head + line + "\n").scores == [], line
    for line in ("ผลการประเมินของโรงเรียนบ้านโนนสวรรค์ ประจำปี 2567 ได้ 92.45 คะแนน",
                 "ผลการประเมินปี 2567 ได้ 92.45 คะแนน",
                 "ผลการประเมินภาพรวมของหน่วยงาน อยู่ที่ 92.45 คะแนน",
                 "ผลการประเมินที่สำนักงาน ป.ป.ช. ประกาศ โรงเรียนได้ 92.45 คะแนน",
                 "ผลการประเมินระดับ ผ่านดีเยี่ยม ด้วยคะแนน 92.45 คะแนน"):
        result = _run(write_report, head + line + "\n")
        assert [(s.level, s.fiscal_year, s.score) for s in result.scores] == [("overall", 2567, 92.45)], line


def test_another_evaluation_named_in_english_is_no_ita_score(write_report):
    """In English the evaluation's name stands before its noun (score_cues.EVALUATION_NOUN_EN): "food
    sanitation assessment", "Local Performance Assessment" are no ITA's; "Integrity and Transparency
    Assessment" and "ITA assessment" are."""
    head = "Annual Report 2024 - Phon Phisai Municipality, Nong Khai (Integrity and Transparency Assessment (ITA) participant)\n"
    for line in ("The municipality's food sanitation assessment score was 94.00 points.",
                 "Our score in the Local Performance Assessment was 89.10.",
                 "The school's internal quality assurance score: 93.10 points."):
        result = _run(write_report, head + line + "\n")
        assert result.scores == [], line
        assert [c.source_text for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"] == [line]
    for line in ("In the 2024 Integrity and Transparency Assessment, the municipality scored 92.10 points.",
                 "The ITA assessment result was 92.10 points.",
                 "The overall assessment score was 92.10 points."):
        result = _run(write_report, head + line + "\n")
        assert [(s.level, s.fiscal_year, s.score) for s in result.scores] == [("overall", 2567, 92.1)], line


def test_an_indicator_named_inside_another_evaluation_is_not_its_score(write_report):
    """An indicator's name inside another evaluation's name: a plan's result, not indicator 10's score; the
    indicator named after the result word alone keeps; in one sentence, the other evaluation's number is
    left out and the ITA's kept."""
    head = ("รายงานประจำปี 2567 เทศบาลตำบลโพนพิสัย อำเภอโพนพิสัย จังหวัดหนองคาย\n"
            "เทศบาลได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ทุกปี\n")
    result = _run(write_report, head + "ผลการประเมินผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ร้อยละ 87.50\n")
    assert result.scores == []
    assert "SCORE_ROLE_UNCLEAR" in {c.code for c in result.checks}
    result = _run(write_report, head + "ผลการประเมินในประเด็นการป้องกันการทุจริต ได้ 92.00 คะแนน\n")
    assert [(s.level, s.indicator, s.score) for s in result.scores] == [("indicator", 10, 92.0)]
    result = _run(write_report, head + "ผลการประเมินสุขาภิบาลอาหาร ได้ 94.00 คะแนน และผลการประเมิน ITA ได้ 92.10 คะแนน\n")
    assert [(s.level, s.fiscal_year, s.score) for s in result.scores] == [("overall", 2567, 92.1)]

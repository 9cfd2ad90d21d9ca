"""A body the subject received a letter from ("ได้รับหนังสือจากสำนักงานสาธารณสุขจังหวัดขอนแก่น แจ้งผลการประเมิน ITA
… ได้คะแนน 95.20") passes the result on, as a publisher does (schemas/bodies.CUES_BEFORE "หนังสือจาก"): the
score after it is the subject's. Before, the sender, named last before the score, took it as its own and the
report had no overall score. Texts written for this test."""
from tests.conftest import text_result


def _row(result):
    r = result.report
    return (r.organization, r.fiscal_year, r.overall_score, [s.score for s in result.scores])


def test_a_hospitals_page_on_the_letter_that_told_its_result(tmp_path):
    result = text_result(tmp_path, "โรงพยาบาลบ้านไผ่\nผลการประเมิน ITA ปี 2568\nได้รับหนังสือจากสำนักงานสาธารณสุขจังหวัดขอนแก่น "
                                   "แจ้งผลการประเมิน ITA ปีงบประมาณ 2568 ได้คะแนน 95.20 คะแนน\n")
    assert _row(result) == ("โรงพยาบาลบ้านไผ่", 2568, 95.2, [95.2])


def test_other_words_a_local_governments_notice(tmp_path):
    result = text_result(tmp_path, "องค์การบริหารส่วนตำบลนาข่า\nตามที่ได้รับหนังสือจาก สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดอุดรธานี "
                                   "ผลการประเมิน ITA ประจำปีงบประมาณ 2568 ได้ 91.30 คะแนน\n")
    assert _row(result) == ("องค์การบริหารส่วนตำบลนาข่า", 2568, 91.3, [91.3])

"""The mean score of a group of bodies named before "เฉลี่ย" is a mean, not the body's own overall
score (it raised a SCORE_CONFLICT). Sentences written for this test."""
from extract.parse.score_roles import read_sentence


def _read(text: str):
    return [(s.level, s.value) for s in read_sentence(text, 2567, 2567).statements]


def test_a_group_named_before_the_mean_makes_it_a_mean():
    assert _read("ส่วนหน่วยงานในจังหวัดเดียวกันมีคะแนนเฉลี่ย 83.15 คะแนน") == []
    assert _read("อปท. ทุกแห่งในอำเภอได้คะแนนเฉลี่ยเท่ากับ 79.60 คะแนน") == []
    assert _read("องค์กรทั้ง 45 แห่ง มีคะแนนเฉลี่ย 84.70 คะแนน") == []  # a count of the group: its mean
    assert _read("ผลการประเมิน ITA โรงเรียนได้ 91.25 คะแนน ขณะที่หน่วยงานอื่นๆ ในกลุ่มเดียวกันได้คะแนนเฉลี่ย 86.00 คะแนน") == [
        ("overall", 91.25)]


def test_the_body_itself_averaging_is_still_its_overall_score():
    assert _read("เทศบาลตำบลหนองบัวได้คะแนนเฉลี่ย 88.45 คะแนน") == [("overall", 88.45)]
    assert _read("หน่วยงานของเราได้คะแนนเฉลี่ย 90.05 คะแนน") == [("overall", 90.05)]


def test_all_n_tools_names_the_total_not_a_count():
    # "ทั้ง 3 เครื่องมือ" quantifies the total named before it; the count ended the subject (unclear)
    assert _read("ผลคะแนนรวมทั้ง 3 เครื่องมือ ของโรงพยาบาลเท่ากับ 92.35 คะแนน") == [("overall", 92.35)]
    assert _read("The total score of all 3 tools was 90.40 points") == [("overall", 90.4)]
    assert _read("ทั้ง 3 เครื่องมือ ได้คะแนน 88.00 คะแนน 90.00 คะแนน และ 95.00 คะแนน") == []  # which tool is which: unnamed


def test_kit_pen_is_the_assessment_s_own_score_only_after_assessment_words():
    # "คิดเป็นร้อยละ" (amounts to): the ITA's own result after ITA words, a share of something else otherwise
    assert _read("ผลการประเมิน ITA ของโรงพยาบาลในภาพรวมคิดเป็นร้อยละ 93.18") == [("overall", 93.18)]
    assert _read("แบบวัด OIT คิดเป็นร้อยละ 87.50") == [("tool", 87.5)]
    assert _read("ผลการดำเนินงานตามแผนภาพรวมคิดเป็นร้อยละ 72.40 ของโครงการทั้งหมด") == []


def test_another_partys_evaluation_is_no_score_of_the_body():
    # vendors', contractors' and students' scores in a report that also names the ITA
    assert _read("ควรประเมินผลผู้ขาย ซึ่งในปีนี้ผู้ขายได้คะแนนประเมินเฉลี่ย 82.50 คะแนน") == []
    assert _read("ผู้รับจ้าง ได้คะแนนประเมิน 88.00 คะแนน") == []
    assert _read("The contractors' average rating was 88.0 points") == []
    assert _read("ผลการประเมิน ITA ของเทศบาลได้ 91.20 คะแนน ส่วนผู้ขายได้ 80.00 คะแนน") == [("overall", 91.2)]


def test_the_mean_of_a_counted_group_of_bodies_is_a_mean():
    # national news: the count ends the number's segment, so the mean is read across it
    assert _read("หน่วยงานภาครัฐที่เข้ารับการประเมินทั้งสิ้น 8,303 หน่วยงาน มีคะแนนเฉลี่ยภาพรวม 87.67 คะแนน") == []
    assert _read("จากโรงเรียนในสังกัด 120 โรงเรียน ได้คะแนนเฉลี่ย 88.10 คะแนน") == []
    assert _read("Of the 8,303 agencies assessed, the average was 87.49") == []
    assert _read("เทศบาลได้ 92.00 คะแนน จากทั้งหมด 7,800 หน่วยงาน ซึ่งมีคะแนนเฉลี่ย 87.67") == [("overall", 92.0)]


def test_a_year_before_the_body_s_own_word_is_no_count():
    assert _read("ปี 2566 หน่วยงานได้คะแนนเฉลี่ย 90.05 คะแนน") == [("overall", 90.05)]
    assert _read("ปี พ.ศ. 2567 โรงเรียนได้คะแนนเฉลี่ย 93.10 คะแนน") == [("overall", 93.1)]


def test_a_group_mean_named_away_from_the_number_is_a_mean(write_report):
    """The group named after "เฉลี่ย" or bodies in a place before it, further than the words right before
    the number (score_cues.SEGMENT_DISTRACTORS "mean"): in a hospital's annual report, a province's
    hospitals' mean stood alone as the overall score."""
    from extract import extract_paths
    text = ("รายงานผลการปฏิบัติงานประจำปีงบประมาณ พ.ศ. 2567 โรงพยาบาลบ้านฝาง\n"
            "ผลการประเมิน ITA ของโรงพยาบาลในจังหวัดขอนแก่น เฉลี่ย 93.10 คะแนน\n")
    [result] = extract_paths([write_report(text)])
    assert result.scores == [] and result.report.overall_score is None
    assert _read("ค่าเฉลี่ยผลการประเมิน ITA ของเทศบาลทั่วประเทศ 89.20 คะแนน") == []
    assert _read("คะแนน ITA เฉลี่ยของ อปท. ทั้งจังหวัด 90.55 คะแนน") == []
    # the body's own mean score, and its score beside the province's mean, keep
    assert _read("เทศบาลตำบลนาจาน ได้คะแนนเฉลี่ย 93.10 คะแนน") == [("overall", 93.1)]
    assert _read("ผลการประเมิน ITA ของเทศบาลตำบลนาจาน ได้ 93.10 คะแนน สูงกว่าค่าเฉลี่ยของจังหวัด") == [("overall", 93.1)]

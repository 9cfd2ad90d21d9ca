"""Prose score forms read as statements (issue 11, blind evaluation): a grade before its score,
English indicator statements, two-year comparisons in one clause, relative years, a year between a
score and its grade, and a bare score verb under the document's ITA announcement."""
from extract.parse.score_roles import read_sentence
from extract.readers.text import read_text
from extract.parse.scores import parse_scores
from extract.clean import clean_document
from extract.stitch import stitch


def statements(line, year=2567, ita_context=False):
    r = read_sentence(line, year, year, "", ita_context)
    return [(s.year, s.level, s.tool, s.indicator, s.value, s.grade) for s in r.statements], r


def scores_of(text, year):
    result = parse_scores(stitch(clean_document(read_text(text.encode(), "x.txt", "0" * 64))).blocks, year)
    return {(s.fiscal_year, s.level, s.tool, s.indicator): (s.score, s.grade) for s in result.scores}, result


def test_grade_announced_before_the_score_thai_and_quoted():
    got, _ = statements("อบต.ห้วยยาง ได้รับผลการประเมินในระดับ “ผ่านดี” ด้วยผลคะแนน 90.55 คะแนน", 2566)
    assert got == [(2566, "overall", None, None, 90.55, "ผ่านดี")]
    # a grade after an earlier score belongs to that score, not to the next one
    got, _ = statements("ITA ปี 2565 ได้ 84.10 คะแนน ระดับ B และปี 2566 ได้ 89.30 คะแนน ระดับ A", 2566)
    assert got == [(2565, "overall", None, None, 84.1, "B"), (2566, "overall", None, None, 89.3, "A")]


def test_quoted_or_bracketed_level_right_after_the_score():
    got, _ = statements("ผล ITA 2567 คะแนน 93.05 'ผ่านดี'")
    assert got == [(2567, "overall", None, None, 93.05, "ผ่านดี")]
    got, _ = statements("ITA score 88.40 (A)", 2564)
    assert got == [(2564, "overall", None, None, 88.4, "A")]


def test_english_grade_sentence_gives_the_grade_of_the_overall_score_stated_elsewhere():
    text = ("The Provincial Office was rated \"AA\" in this year's Integrity and Transparency Assessment (ITA).\n"
            "Its total score was 95.60 out of 100.\n")
    got, _ = scores_of(text, 2565)
    assert got == {(2565, "overall", None, None): (95.6, "AA")}
    # a target is not a result
    got, _ = scores_of("The office aims to be rated \"AA\" in the next ITA.\nIts total score was 90.10.\n", 2565)
    assert got == {(2565, "overall", None, None): (90.1, None)}


def test_english_indicator_statements_by_number_and_given_english_name():
    got, _ = statements("Efficiency of communication (indicator 7) reached 88.31, and indicator 4 stood at 93.02 points.")
    assert got == [(2567, "indicator", "EIT", 7, 88.31, None), (2567, "indicator", "IIT", 4, 93.02, None)]
    got, _ = statements("Open Data scored 97.40 points.")
    assert got == [(2567, "indicator", "OIT", 9, 97.4, None)]
    # two indicators before one number: unclear, left out
    got, r = statements("Indicators 1 and indicator 2 together averaged 90.00 points.")
    assert got == [] and [u.value for u in r.unclear] == [90.0]


def test_two_year_comparisons_in_one_clause():
    got, _ = statements("แบบวัด EIT ปรับลดลงจาก 91.10 ในปีที่ผ่านมา เหลือ 86.75 คะแนน", 2568)
    assert got == [(2567, "tool", "EIT", None, 91.1, None), (2568, "tool", "EIT", None, 86.75, None)]
    got, _ = statements("คะแนน ITA จากเดิม 79.40 ขยับขึ้นมาเป็น 85.66 คะแนน", 2565)
    assert got == [(2564, "overall", None, None, 79.4, None), (2565, "overall", None, None, 85.66, None)]
    got, _ = statements("The OIT score increased from 70.25 in 2022 to 88.00 in 2023.", 2566)
    assert got == [(2565, "tool", "OIT", None, 70.25, None), (2566, "tool", "OIT", None, 88.0, None)]


def test_comparison_without_a_stated_earlier_year_keeps_only_the_later_value():
    got, r = statements("คะแนน ITA เพิ่มจาก 80.00 เป็น 86.20 คะแนน", 2566)
    assert got == [(2566, "overall", None, None, 86.2, None)]
    assert [u.value for u in r.unclear] == [80.0]


def test_a_range_is_still_a_band():
    got, _ = statements("ระดับ A คือช่วงคะแนน 85.00 ถึง 94.99 คะแนน ของผลการประเมิน ITA")
    assert got == []


def test_standalone_relative_year():
    got, _ = statements("ผลการประเมิน ITA ในปีก่อนหน้านี้ได้ 82.45 คะแนน", 2566)
    assert got == [(2565, "overall", None, None, 82.45, None)]
    got, _ = statements("Last year the ITA score was 77.80.", 2566)
    assert got == [(2565, "overall", None, None, 77.8, None)]


def test_score_that_opens_the_line_with_subject_year_and_grade_after_it():
    got, _ = statements("91.88 คะแนน | ITA 2565 | ระดับ A", 2566)
    assert got == [(2565, "overall", None, None, 91.88, "A")]
    # a tool named after it is not the overall score
    got, _ = statements("91.88 คะแนน สำหรับ EIT 2565", 2566)
    assert got == []


def test_bare_score_verb_under_the_ita_announcement_about_a_body():
    text = ("สำนักงานเกษตรอำเภอวังหิน ได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
            "ประจำปีงบประมาณ พ.ศ. 2566 เป็นปีแรก ซึ่งผลเป็นที่น่าพอใจอย่างยิ่ง สำหรับทุกฝ่าย\n"
            "โดยสำนักงานเกษตรอำเภอวังหิน ได้คะแนน 90.08 คะแนน อยู่ในระดับ ผ่านดี\n")
    got, _ = scores_of(text, 2566)
    assert got == {(2566, "overall", None, None): (90.08, "ผ่านดี")}


def test_bare_score_verb_without_the_announcement_or_about_people_is_left_out():
    # no ITA announcement above
    got, result = scores_of("กิจกรรมกีฬาสีประจำปี 2566\nโดยสำนักงานเกษตรอำเภอวังหิน ได้คะแนน 90.08 คะแนน\n", 2566)
    assert got == {} and [c.code for c in result.checks] == ["SCORE_ROLE_UNCLEAR"]
    # announcement above, but the clause is about people, not a body
    text = ("สำนักงานเกษตรอำเภอวังหิน ได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
            "ประจำปีงบประมาณ พ.ศ. 2566 เป็นปีแรก ซึ่งผลเป็นที่น่าพอใจอย่างยิ่ง สำหรับทุกฝ่าย\n"
            "ผู้เข้าอบรมหลักสูตรต้านทุจริตได้ 90.08 คะแนน\n")
    got, _ = scores_of(text, 2566)
    assert got == {}
    # the line above names a tool: the bare verb may be about that tool
    text = ("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2566 "
            "ส่วนของแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก ยังต้องปรับปรุงอีกมากในหลายประเด็น\n"
            "โดยสำนักงานเกษตรอำเภอวังหิน ได้คะแนน 84.08 คะแนน\n")
    got, _ = scores_of(text, 2566)
    assert got == {}


def test_rank_total_and_approximate_numbers_are_not_scores():
    got, r = statements("ITA ได้ 94.50 คะแนน อยู่ลำดับที่ 3 จาก 45 แห่ง", 2566)
    assert got == [(2566, "overall", None, None, 94.5, None)] and r.unclear == []
    got, r = statements("ปีที่แล้วได้ 89 กว่าคะแนน", 2566)
    assert got == [] and r.unclear == []
    got, r = statements("In 2021 the ITA score was 88.09, and this year's result is 8.04 points higher.", 2565)
    assert got == [(2564, "overall", None, None, 88.09, None)] and r.unclear == []


def test_a_form_naming_the_grade_before_the_score_it_got():
    from extract.parse.score_roles import read_sentence
    reading = read_sentence("ระดับผลการประเมิน : ผ่านดี คะแนนที่ได้รับ : 87.45", 2568, 2568)
    assert [(s.level, s.value, s.grade) for s in reading.statements] == [("overall", 87.45, "ผ่านดี")]


def test_the_result_named_then_its_score_in_brackets():
    # "(90.01)" after the ITA result named: its score, written with decimals; "(2)" there marks a note
    got, _ = statements("ผลคะแนน ITA ปีงบประมาณ ๒๕๖๖ (๘๘.๔๒) ลดลงจากปีก่อน", 2566)
    assert got == [(2566, "overall", None, None, 88.42, None)]
    got, r = statements("ผลการประเมิน ITA ปี 2567 (2)")
    assert got == [] and r.unclear == []

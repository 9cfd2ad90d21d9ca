"""A result compared with an earlier year's: the earlier number is that year's result of the same
subject, never a threshold, and is left out (unclear) when its year is not stated. English grade and
tool words are read as words ("graded A", "the open data assessment (OIT)"). Texts written for this
test in other words than any seed or real page."""
from pathlib import Path

from extract import extract_paths
from extract.parse.score_roles import read_sentence


def _read(text: str, year: int | None = 2566):
    reading = read_sentence(text, year, year)
    return ([(s.level, s.tool, s.value, s.year, s.grade) for s in reading.statements],
            [u.value for u in reading.unclear])


def test_a_comparative_with_a_year_names_that_years_result():
    text = "ปีงบประมาณ 2567 สำนักงานที่ดินได้คะแนนรวม 91.40 คะแนน ซึ่งสูงกว่าปีก่อนที่ได้ 85.05 คะแนน"
    assert _read(text, 2567) == ([("overall", None, 91.4, 2567, None), ("overall", None, 85.05, 2566, None)], [])
    text = "IIT ปี 2566 ได้ 77.30 คะแนน ต่ำกว่าปีงบประมาณ พ.ศ. 2565 ซึ่งมีคะแนน 81.90 คะแนน"
    assert _read(text) == ([("tool", "IIT", 77.3, 2566, None), ("tool", "IIT", 81.9, 2565, None)], [])


def test_a_comparative_without_a_year_stays_a_threshold_or_a_mean():
    text = "ผลการประเมิน ITA ปี 2566 ได้ 90.50 คะแนน สูงกว่าค่าเป้าหมาย 85 คะแนน"
    assert _read(text) == ([("overall", None, 90.5, 2566, None)], [])
    text = "ผลการประเมิน ITA ปี 2566 ได้ 90.50 คะแนน มากกว่าค่าเฉลี่ยของประเทศ 87.30 คะแนน"
    assert _read(text) == ([("overall", None, 90.5, 2566, None)], [])


def test_a_change_from_a_number_takes_the_year_right_after_it():
    text = "The hospital scored 92.18 points in the 2023 assessment, down from 95.02 in 2022."
    assert _read(text) == ([("overall", None, 92.18, 2566, None), ("overall", None, 95.02, 2565, None)], [])
    text = "ผลการประเมิน ITA ปี 2566 ได้ 83.70 คะแนน ลดลงจาก 86.45 คะแนน เมื่อปีงบประมาณ 2565"
    assert _read(text) == ([("overall", None, 83.7, 2566, None), ("overall", None, 86.45, 2565, None)], [])


def test_a_change_from_a_number_with_no_year_is_unclear():
    text = "The college received an overall ITA score of 84.00, up from 80.75."
    assert _read(text) == ([("overall", None, 84.0, 2566, None)], [80.75])


def test_graded_is_no_grade_d_and_letter_grades_are_capitals():
    text = "The district office received a total ITA score of 86.20 and was graded A."
    assert _read(text) == ([("overall", None, 86.2, 2566, "A")], [])
    text = "The district office received a total ITA score of 86.20, graded as a good result."
    assert _read(text) == ([("overall", None, 86.2, 2566, None)], [])


def test_an_english_tool_name_before_its_code_names_the_tool():
    text = ("By instrument, the internal stakeholder survey (IIT) scored 90.10, the external "
            "stakeholder survey (EIT) 88.25 and the Open Data Assessment (OIT) 97.00.")
    assert _read(text) == ([("tool", "IIT", 90.1, 2566, None), ("tool", "EIT", 88.25, 2566, None),
                            ("tool", "OIT", 97.0, 2566, None)], [])


def test_an_english_news_item_gives_this_years_and_last_years_overall(tmp_path: Path):
    page = tmp_path / "news.txt"
    page.write_text(
        "Integrity and Transparency Assessment 2024 results\n\n"
        "The Nong Bua Provincial Office has announced its result in the Integrity and Transparency "
        "Assessment for fiscal year 2024. It received a total score of 90.44, graded A, up from 87.15 in 2023.\n"
        "The open data assessment (OIT) scored 95.80.\n", encoding="utf-8")
    [result] = extract_paths([page])
    assert [(s.fiscal_year, s.level, s.tool, s.score, s.grade) for s in result.scores] == [
        (2567, "overall", None, 90.44, "A"), (2566, "overall", None, 87.15, None), (2567, "tool", "OIT", 95.8, None)]
    assert (result.report.overall_score, result.report.overall_grade) == (90.44, "A")
    assert not [c for c in result.checks if c.code == "SCORE_CONFLICT"]


def test_a_grade_named_before_its_noun_and_a_national_average():
    text = "The district hospital received an AA rating with 95.70 points in the Integrity and Transparency Assessment."
    assert _read(text) == ([("overall", None, 95.7, 2566, "AA")], [])
    text = "The college scored 90.25 in the ITA; the national average ITA score was 88.12."
    assert _read(text) == ([("overall", None, 90.25, 2566, None)], [])


def test_a_rank_between_does_not_change_what_the_earlier_result_is_of():
    text = ("ผลการประเมิน ITA ปี 2566 สำนักงานสาธารณสุขอำเภอได้ 93.12 คะแนน เป็นลำดับที่ 2 จาก 25 หน่วยงาน "
            "ซึ่งเพิ่มขึ้นจากปี 2565 ที่ได้ 88.64 คะแนน")
    assert _read(text) == ([("overall", None, 93.12, 2566, None), ("overall", None, 88.64, 2565, None)], [])
    # a mean brought in between is another subject: its number stays out
    text = ("ผลการประเมิน ITA ปี 2566 สำนักงานสาธารณสุขอำเภอได้ 93.12 คะแนน เป็นลำดับที่ 2 จาก 25 หน่วยงาน "
            "ขณะที่คะแนนเฉลี่ยของจังหวัดเพิ่มขึ้นจากปี 2565 ที่ได้ 84.10 คะแนน")
    assert _read(text) == ([("overall", None, 93.12, 2566, None)], [84.1])


def test_a_line_opening_with_a_joining_word_goes_on_with_the_sentence_above(tmp_path: Path):
    page = tmp_path / "news.txt"
    page.write_text(
        "ข่าวประชาสัมพันธ์ สำนักงานสาธารณสุขอำเภอโพนทอง\n"
        "ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566 สำนักงานสาธารณสุขอำเภอโพนทองได้ 93.12 คะแนน"
        " อยู่ในระดับ AA\n"
        "และเมื่อเทียบกับปี 2565 ที่ได้ 88.64 คะแนน ถือว่ามีพัฒนาการที่ดีขึ้น\n"
        "ทั้งนี้ ค่าเฉลี่ยของสำนักงานสาธารณสุขอำเภอทั้งจังหวัดอยู่ที่ 86.20 คะแนน\n", encoding="utf-8")
    [result] = extract_paths([page])
    assert [(s.level, s.score, s.fiscal_year, s.grade, s.where.line) for s in result.scores] == [
        ("overall", 93.12, 2566, "AA", 2), ("overall", 88.64, 2565, None, 3)]


def test_english_tool_scores_after_rated_and_a_benchmark_with_words_between():
    text = ("Its internal stakeholders rated it 93.40, external stakeholders 90.05, "
            "and the Open Data Integrity and Transparency Assessment (OIT) came to 88.25 points.")
    assert _read(text, 2567) == ([("tool", "IIT", 93.4, 2567, None), ("tool", "EIT", 90.05, 2567, None),
                                  ("tool", "OIT", 88.25, 2567, None)], [])
    assert _read("The pass mark fixed by the commission was 85 points.", 2567) == ([], [])


def test_a_line_stating_a_score_names_no_subject_for_the_next_line():
    above = "The open data (OIT) check scored 95.00."
    reading = read_sentence("The office's score in 2023 was 89.70.", 2567, 2567, above)
    assert reading.statements == [] and [u.value for u in reading.unclear] == [89.7]


def test_an_english_score_verb_in_a_sentence_naming_the_itas_result():
    # "received … points in the 2023 ITA": the result, of the year named after it (was unclear)
    text = "The Faculty of Medicine received 92.10 points in the 2023 ITA, ranking 5th among 80 agencies."
    assert _read(text, 2567) == ([("overall", None, 92.1, 2566, None)], [])
    text = "The district office received 88.20 points."  # no result named: unclear as before
    assert _read(text, 2567) == ([], [88.2])
    # "total 96.51" after the tools' scores is the overall score
    text = "ITA 2024 results: IIT 96.20, EIT 93.45, OIT 100.00, total 96.51 (AA)."
    assert _read(text, 2567) == ([("tool", "IIT", 96.2, 2567, None), ("tool", "EIT", 93.45, 2567, None),
                                  ("tool", "OIT", 100.0, 2567, None), ("overall", None, 96.51, 2567, "AA")], [])
    assert _read("The total budget of 95.50 million baht", 2567) == ([], [])

"""A yearless score line ("ผลการประเมิน… ได้คะแนน 88.50 คะแนน") takes the year a heading above sets, but
not the year of a plan that aims at the results ("แผนการดำเนินงานปีงบประมาณ 2568 เพื่อพัฒนาผลการประเมิน")
nor the earlier year a comparison line names ("โดยเทียบกับผลการประเมินปีงบประมาณ ๒๕๖๖ ที่ได้ ๘๕.๑๐"):
both recorded 88.50 as the overall score of the wrong year (2568; 2566, with a conflict that dropped
2566's own 85.10). schemas.score_cues.RESULT_AIMED_AT and COMPARISON. Texts written for this test."""

HEAD = "เทศบาลตำบลบ้านฝาง\nรายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567\n"
LINE = "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน ได้คะแนน 88.50 คะแนน\n"


def test_a_plans_year_above_is_not_the_scores_year(score_rows):
    assert score_rows(HEAD + "แผนการดำเนินงานปีงบประมาณ 2568 เพื่อพัฒนาผลการประเมินให้สูงขึ้น\n" + LINE) == [
        ("overall", None, None, 88.50, None, 2567)]
    # other words: the aim after the year, a measure's year
    assert score_rows(HEAD + "มาตรการปี พ.ศ. ๒๕๖๘ เพื่อยกระดับผลการประเมิน ITA\nผลการประเมินภาพรวมของเทศบาล ๙๑.๒๐ คะแนน\n") == [
        ("overall", None, None, 91.20, None, 2567)]


def test_the_earlier_year_a_comparison_names_is_not_the_next_lines_year(score_rows):
    assert score_rows(HEAD + "โดยเทียบกับผลการประเมินปีงบประมาณ ๒๕๖๖ ที่ได้ ๘๕.๑๐ คะแนน\n" + LINE) == [
        ("overall", None, None, 85.10, None, 2566), ("overall", None, None, 88.50, None, 2567)]
    # a comparison line that states no score
    assert score_rows(HEAD + "เมื่อเปรียบเทียบกับผลการประเมินในปี 2565\n" + LINE) == [
        ("overall", None, None, 88.50, None, 2567)]


def test_a_heading_year_still_sets_the_year_of_the_lines_under_it(score_rows):
    # the report of 2568 analysing 2567's assessment: a heading and a result line that name 2567
    assert score_rows("เทศบาลตำบลบ้านฝาง\nรายงานการวิเคราะห์ ประจำปีงบประมาณ พ.ศ. 2568\n"
                      "ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567\n" + LINE) == [("overall", None, None, 88.50, None, 2567)]
    assert score_rows("เทศบาลตำบลบ้านฝาง\nรายงานการวิเคราะห์ ประจำปีงบประมาณ พ.ศ. 2568\n"
                      "ผลการประเมิน ITA ปี 2567 ได้ 90.15 คะแนน เพิ่มขึ้นจากปี 2566\n"
                      "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้ 95.00 คะแนน\n") == [
        ("overall", None, None, 90.15, None, 2567), ("indicator", "IIT", 1, 95.00, None, 2567)]


LINES_ABOVE_NOT_HEADINGS = [
    "เป้าหมายผลการประเมินปี 2568 ไม่น้อยกว่า 90 คะแนน",  # a target
    "คาดว่าผลการประเมินปี 2568 จะสูงขึ้น",  # an expectation
    "ผลการประเมินจะนำไปใช้ในการจัดทำมาตรการปีงบประมาณ 2568",  # the measures' year
    "แผนพัฒนาผลการประเมิน ปี 2568",  # a plan's
    "การนำผลการประเมินไปปรับปรุงในปี 2568",  # the work done with them
    "ตามหนังสือสำนักงาน ป.ป.ช. ลงวันที่ 5 มกราคม 2568 เรื่อง แจ้งผลการประเมิน",  # a date
    "ผลการประเมินย้อนหลัง ปี 2565 ถึงปี 2566 อยู่ในระดับดี",  # a span of years
    "ผลการประเมินของปีที่แล้ว (2566) ต่ำกว่าเกณฑ์",  # last year's, compared
]


def test_a_line_about_the_results_sets_no_year_that_is_not_theirs(score_rows):
    for above in LINES_ABOVE_NOT_HEADINGS:
        assert score_rows(HEAD + above + "\n" + LINE) == [("overall", None, None, 88.50, None, 2567)], above


def test_a_value_of_a_year_taken_from_above_does_not_replace_one_that_writes_it(score_rows):
    # 80.10 is 2566's as its line says; 88.50 only took 2566 from that line: left out with a conflict
    assert score_rows(HEAD + "ผลการประเมินปี 2566 ได้คะแนน 80.10 คะแนน\n" + LINE) == [
        ("overall", None, None, 80.10, None, 2566)]

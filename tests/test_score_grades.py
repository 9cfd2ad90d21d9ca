"""Grades stated beside scores in the ways reports write them: a grade column beside the score column
of a tool table, a grade in brackets after a score cell, a Thai level before "ด้วยคะแนนร้อยละ …".
Documents written for this test in words of no seed or real file."""
from extract.pipeline import extract_document
from extract.readers.text import read_text

HEAD = ("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. 2567\n"
        "เทศบาลตำบลป่าซาง อำเภอป่าซาง จังหวัดลำพูน\n")


def _scores(body: str):
    result = extract_document(read_text((HEAD + body).encode("utf-8"), "x.txt", ""))
    return [(s.fiscal_year, s.level, s.tool, s.score, s.grade) for s in result.scores], result


def test_a_grade_column_grades_the_total_row_and_is_no_label():
    # "รวม | 89.91 | A": the total row was read as the label "รวม A", which names nothing: lost
    scores, result = _scores("เครื่องมือ\tคะแนน\tระดับ\nIIT\t90.12 (A)\t\nEIT\t88.40\t\nOIT\t91.00\t\nรวม\t89.91\tA\n")
    assert scores == [(2567, "tool", "IIT", 90.12, None), (2567, "tool", "EIT", 88.4, None),
                      (2567, "tool", "OIT", 91.0, None), (2567, "overall", None, 89.91, "A")]
    assert (result.report.overall_score, result.report.overall_grade) == (89.91, "A")


def test_a_grade_in_brackets_after_a_total():
    scores, _ = _scores("เครื่องมือ\tคะแนน\nIIT\t90.12\nEIT\t88.40\nOIT\t91.00\nคะแนนรวม\t89.91 (ผ่านดี)\n")
    assert scores[-1] == (2567, "overall", None, 89.91, "ผ่านดี")


def test_a_level_before_a_percentage_score():
    scores, _ = _scores("เทศบาลได้ระดับผลการประเมิน ผ่านดีเยี่ยม ด้วยคะแนนร้อยละ 96.03\n")
    assert scores == [(2567, "overall", None, 96.03, "ผ่านดีเยี่ยม")]


def test_a_table_of_the_bodys_scores_year_by_year():
    scores, result = _scores("ปีงบประมาณ\tคะแนน\tระดับ\n2565\t80.12\tB\n2566\t85.50\tA\n2567\t90.01\tA\n")
    assert scores == [(2565, "overall", None, 80.12, "B"), (2566, "overall", None, 85.5, "A"),
                      (2567, "overall", None, 90.01, "A")]
    assert (result.report.overall_score, result.report.overall_grade) == (90.01, "A")


def test_year_rows_of_a_part_or_of_another_subject_are_no_overall_scores():
    # an indicator's result by year, and the country's mean by year
    scores, _ = _scores("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\nปีงบประมาณ\tคะแนน\n2566\t85.50\n2567\t90.01\n")
    assert [s for s in scores if s[1] == "overall"] == []
    scores, _ = _scores("ปีงบประมาณ\tคะแนนเฉลี่ยระดับประเทศ\n2566\t85.50\n2567\t87.93\n")
    assert scores == []


def test_years_under_a_merged_score_header():
    # "คะแนน" merged over "ปี 2566 | ปี 2567" (two header rows): the 2566 column was read as the report's year
    scores, result = _scores("ตัวชี้วัด\tคะแนน\t\n\tปี 2566\tปี 2567\n1. การปฏิบัติหน้าที่\t88.10\t92.40\n"
                             "คะแนนรวม\t83.20\t90.15\n")
    assert sorted(scores) == [(2566, "indicator", "IIT", 88.1, None), (2566, "overall", None, 83.2, None),
                              (2567, "indicator", "IIT", 92.4, None), (2567, "overall", None, 90.15, None)]
    assert result.report.overall_score == 90.15


def test_sub_indicator_rows_are_no_indicator_scores():
    # "9.1 ข้อมูลพื้นฐาน" under "9. การเปิดเผยข้อมูล": read as indicator 9, three false SCORE_CONFLICTs;
    # "1.2 การใช้งบประมาณ" under "1. IIT" is an indicator named in full (by its name)
    scores, result = _scores("ตัวชี้วัด\tคะแนน\n9. การเปิดเผยข้อมูล\t95.83\n9.1 ข้อมูลพื้นฐาน\t100.00\n"
                             "9.2 การบริหารงาน\t93.75\n10. การป้องกันการทุจริต\t100.00\n")
    assert scores == [(2567, "indicator", "OIT", 95.83, None), (2567, "indicator", "OIT", 100.0, None)]
    assert [s.indicator for s in result.scores] == [9, 10] and not [c for c in result.checks if c.code == "SCORE_CONFLICT"]
    scores, _ = _scores("เครื่องมือ/ตัวชี้วัด\tคะแนน\n1. IIT\t\n1.1 การปฏิบัติหน้าที่\t95.00\n1.2 การใช้งบประมาณ\t90.00\n")
    assert scores == [(2567, "indicator", "IIT", 95.0, None), (2567, "indicator", "IIT", 90.0, None)]


def test_a_tools_mean_row_is_its_score_and_a_grand_total_the_overall():
    # "คะแนนเฉลี่ย EIT" was read as the overall score (85.00) and the real one ("คะแนน ITA 89.00") a conflict
    scores, result = _scores("ตัวชี้วัด\tคะแนน\n1. การปฏิบัติหน้าที่\t95.00\n2. การใช้งบประมาณ\t88.50\nรวม IIT\t91.75\n"
                             "6. คุณภาพการดำเนินงาน\t85.00\nคะแนนเฉลี่ย EIT\t85.00\nคะแนน ITA\t89.00\n")
    assert [s for s in scores if s[1] != "indicator"] == [
        (2567, "tool", "IIT", 91.75, None), (2567, "tool", "EIT", 85.0, None), (2567, "overall", None, 89.0, None)]
    assert result.report.overall_score == 89.0 and not result.checks
    scores, _ = _scores("ตัวชี้วัด\tคะแนน\n1. การปฏิบัติหน้าที่\t95.00\n9. การเปิดเผยข้อมูล\t90.00\nผลรวมทั้งสิ้น\t91.00\n")
    assert scores[-1] == (2567, "overall", None, 91.0, None)


def test_score_cells_with_their_unit_and_a_column_of_grade_words():
    scores, _ = _scores("ตัวชี้วัด\tผลการประเมิน\n1. การปฏิบัติหน้าที่\t๙๕.๐๐ คะแนน\n9. การเปิดเผยข้อมูล\t๑๐๐ คะแนน\n"
                        "ภาพรวม\t๙๒.๕๐ คะแนน\n")
    assert scores == [(2567, "indicator", "IIT", 95.0, None), (2567, "indicator", "OIT", 100.0, None),
                      (2567, "overall", None, 92.5, None)]
    # "ผลการประเมิน" over ผ่าน / ไม่ผ่าน / ผ่านดี: no score column, the grade of the total row
    scores, result = _scores("ตัวชี้วัด\tคะแนน\tผลการประเมิน\n1. การปฏิบัติหน้าที่\t95.00\tผ่าน\n"
                             "9. การเปิดเผยข้อมูล\t60.00\tไม่ผ่าน\nภาพรวม\t87.00\tผ่านดี\n")
    assert scores[-1] == (2567, "overall", None, 87.0, "ผ่านดี")
    assert result.report.overall_grade == "ผ่านดี"


def test_the_bodys_scores_across_year_columns():
    scores, result = _scores("ปีงบประมาณ\t2565\t2566\t2567\nคะแนน\t80.12\t85.50\t90.01\nระดับ\tB\tA\tA\n")
    assert sorted(scores) == [(2565, "overall", None, 80.12, "B"), (2566, "overall", None, 85.5, "A"),
                              (2567, "overall", None, 90.01, "A")]
    assert (result.report.overall_score, result.report.overall_grade) == (90.01, "A")
    scores, _ = _scores("รายการ\tปี 2566\tปี 2567\nผลการประเมิน ITA\t85.50\t90.01\n")
    assert sorted(scores) == [(2566, "overall", None, 85.5, None), (2567, "overall", None, 90.01, None)]
    # under an indicator's heading, or the country's mean: no overall score
    assert _scores("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\nปีงบประมาณ\t2566\t2567\nคะแนน\t75.00\t100.00\n")[0] == []
    assert _scores("ปีงบประมาณ\t2566\t2567\nคะแนนเฉลี่ยระดับประเทศ\t85.00\t87.93\n")[0] == []


def test_tool_headings_typed_between_the_rows_of_a_text_table():
    # a text export: each tool's heading a line of its own between tab rows numbered afresh per tool;
    # the pieces were three tables (the last two without a header), so no score was read
    scores, result = _scores(
        "ที่\tตัวชี้วัด\tคะแนน\nแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\n1\tการปฏิบัติหน้าที่\t95.00\n"
        "2\tการใช้งบประมาณ\t90.00\nแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)\n1\tคุณภาพการดำเนินงาน\t88.00\n"
        "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)\n1\tการเปิดเผยข้อมูล\t100.00\n")
    assert [(s.indicator, s.score) for s in result.scores] == [(1, 95.0), (2, 90.0), (6, 88.0), (9, 100.0)]
    # a plain sentence between two tables ends the first
    _, result = _scores("ที่\tตัวชี้วัด\tคะแนน\n1\tการปฏิบัติหน้าที่\t95.00\nหมายเหตุ ข้อมูลจากระบบ ITAS\n"
                        "1\tโครงการอบรม\t20,000\n")
    assert [(s.indicator, s.score) for s in result.scores] == [(1, 95.0)]

from extract.readers.text import read_text
from extract.parse.scores import parse_scores
from extract.clean import clean_document
from extract.stitch import stitch


def scores_of(text, year=2565):
    result = parse_scores(stitch(clean_document(read_text(text.encode(), "x.txt", "0" * 64))).blocks, year)
    return {(s.fiscal_year, s.level, s.tool, s.part, s.indicator): (s.score, s.grade) for s in result.scores}, result


def test_overall_sentence_forms():
    got, _ = scores_of("จากผลการประเมิน ITA พบว่า มีผลคะแนน ๙๓.๘๗ คะแนน อยู่ในระดับ A\n")
    assert got == {(2565, "overall", None, None, None): (93.87, "A")}
    got, _ = scores_of("โดยภาพรวมได้คะแนน 88.10 คะแนน อยู่ในระดับ ผ่านดี\n", 2567)
    assert got == {(2567, "overall", None, None, None): (88.1, "ผ่านดี")}


def test_year_of_a_score_is_the_nearest_year_before_it_in_the_sentence():
    line = ("๑) อบต. ได้รับผลการประเมินอยู่ในระดับ D (๖๐.๑๒ คะแนน) ซึ่งเพิ่มขึ้น จากปีงบประมาณ พ.ศ. ๒๕๖๓ "
            "ที่ได้รับผลการประเมินอยู่ในระดับ F (๕๔.๗๘ คะแนน)\n")
    got, _ = scores_of(line, 2564)
    assert got == {(2564, "overall", None, None, None): (60.12, "D"),
                   (2563, "overall", None, None, None): (54.78, "F")}


def test_tool_scores_with_eit_parts_and_tool_name_containing_an_indicator_name():
    text = ("๑. แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน (IIT) คะแนนรวม ๑๐๐ คะแนน\n"
            "๒.๑ แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก (EIT) ส่วนที่ ๑ คะแนนรวม ๙๙.๘๑ คะแนน\n"
            "๒.๒ แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก (EIT) ส่วนที่ ๒ คะแนนรวม ๙๙.๑๓ คะแนน\n"
            "๓. แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) คะแนนรวม ๙๗.๕๐ คะแนน\n"
            "IIT 30 ข้อ 30 คะแนน\n")
    got, _ = scores_of(text, 2568)
    assert got == {(2568, "tool", "IIT", None, None): (100.0, None),
                   (2568, "tool", "EIT", 1, None): (99.81, None),
                   (2568, "tool", "EIT", 2, None): (99.13, None),
                   (2568, "tool", "OIT", None, None): (97.5, None)}


def test_indicator_sentences_and_duplicates_kept_once():
    text = ("ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน ได้คะแนนร้อยละ ๙๙.๖๓\n"
            "(๑๐) ตัวชี้วัดการป้องกันการทุจริต ได้คะแนนร้อยละ ๑๐๐.๐๐\n"
            "(๖) ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน ได้คะแนนร้อยละ ๙๙.๖๓\n"
            "ตัวชี้วัดด้านการปฏิบัติหน้าที่ การใช้งบประมาณ ซึ่งได้คะแนนร้อยละ ๑๐๐\n")
    got, result = scores_of(text, 2568)
    assert got == {(2568, "indicator", "EIT", None, 6): (99.63, None),
                   (2568, "indicator", "OIT", None, 10): (100.0, None)}
    # the last line names two indicators: its 100 is left out, with an info check saying why
    assert [(c.code, c.severity, c.line) for c in result.checks] == [("SCORE_ROLE_UNCLEAR", "info", 4)]
    assert "several indicators named (1, 2)" in result.checks[0].message


def test_conflicting_statements_produce_a_check():
    _, result = scores_of("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนนร้อยละ ๙๐\n"
                          "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนนร้อยละ ๘๐\n")
    assert [c.code for c in result.checks] == ["SCORE_CONFLICT"]
    assert [s.score for s in result.scores] == [90.0]


def test_two_year_table_with_tool_fill_down_overall_and_grade_rows():
    text = ("เครื่องมือ\tตัวชี้วัด\t2566\t2567\tการเปลี่ยนแปลง\n"
            "IIT\t1. การปฏิบัติหน้าที่\t80.00\t85.50\tเพิ่มขึ้น\n"
            "EIT\t1. คุณภาพการดำเนินงาน\t70.10\t72.00\tเพิ่มขึ้น\n"
            "\n\t2. ประสิทธิภาพการสื่อสาร\t60.00\t59.00\tลดลง\n"
            "\tคะแนนเฉลี่ย\t75.00\t77.25\t\n\tระดับการประเมิน\tC\tB\t\n")
    got, result = scores_of(text, 2567)
    assert got[(2566, "indicator", "IIT", None, 1)] == (80.0, None)
    assert got[(2567, "indicator", "EIT", None, 6)] == (72.0, None)      # EIT 1 → indicator 6
    assert got[(2567, "indicator", "EIT", None, 7)] == (59.0, None)      # row after a page gap
    assert got[(2566, "overall", None, None, None)] == (75.0, "C")
    assert got[(2567, "overall", None, None, None)] == (77.25, "B")
    labels = {s.indicator: s.change_label for s in result.scores if s.fiscal_year == 2567 and s.indicator}
    assert labels == {1: "เพิ่มขึ้น", 6: "เพิ่มขึ้น", 7: "ลดลง"}


def test_single_score_column_table_takes_year_from_heading_and_number_over_garbled_name():
    text = ("ปี 2568\nตัวชี้วัดที่\tรายละเอียดตัวชี้วัด\tคะแนน\n1\tการปฏิรูปดัชนีชี้วัด\t100.00\n"
            "9\tการเปิดเผยข้อมูล\t95.00\n")
    got, _ = scores_of(text, 2567)
    assert got == {(2568, "indicator", "IIT", None, 1): (100.0, None),
                   (2568, "indicator", "OIT", None, 9): (95.0, None)}


def test_grade_band_and_method_tables_yield_no_scores():
    text = ("คะแนน\tระดับ\n95.00 – 100\tAA\n85.00 – 94.99\tA\n\n"
            "คะแนน\tแบบ IIT\tแบบ EIT\tแบบ OIT\nน้ำหนักแบบสำรวจ\tร้อยละ 30\tร้อยละ 30\tร้อยละ 40\n")
    got, _ = scores_of(text)
    assert got == {}


def test_tool_table_row_named_like_an_indicator_is_a_tool_score():
    text = ("เครื่องมือการประเมิน\tคะแนน\n"
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ส่วนที่ ๒\t๘๙.๑๙\n"
            "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)\t๙๐.๐๐\n\n"
            "ตัวชี้วัด\tคะแนน\nตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\t๘๖.๔๐\n")
    got, result = scores_of(text, 2568)
    assert got == {(2568, "tool", "EIT", 2, None): (89.19, None), (2568, "tool", "OIT", None, None): (90.0, None),
                   (2568, "indicator", "OIT", None, 9): (86.4, None)}
    assert result.checks == []


def _roles(line, year=2567):
    from extract.parse.score_roles import read_sentence
    return [(c.value, c.role) for c in read_sentence(line, year, year).candidates]


def test_prose_candidates_get_roles_from_cues():
    assert _roles("ทำคะแนนได้ ๘๓.๔๐ คะแนน จากคะแนนเต็ม ๑๐๐ คะแนน ITA") == [(83.4, "overall"), (100.0, "full_mark")]
    assert _roles("ITA อยู่ในลำดับที่ 5 จาก 180 แห่ง ค่าเฉลี่ยทั้งประเทศ 87.20 คะแนน ต่ำกว่าเกณฑ์ 85 คะแนน") == [
        (5.0, "rank"), (180.0, "out_of_range"), (87.2, "mean"), (85.0, "threshold")]
    assert _roles("IIT ได้ 26.40 คะแนน จาก 30 คะแนน") == [(26.4, "weighted"), (30.0, "full_mark")]
    assert _roles("ช่วงคะแนน 95.00 - 100 ระดับ AA") == [(95.0, "band"), (100.0, "band")]
    assert _roles("ITA ติดลบ -3.20 คะแนน") == [(3.2, "delta")]


def test_prose_years_attached_english_and_grade_only():
    got, _ = scores_of("คะแนนรวมลดลงจาก 88.10 คะแนน (ปี 2566) เหลือ 85.02 คะแนน\n", 2567)
    assert got == {(2566, "overall", None, None, None): (88.1, None), (2567, "overall", None, None, None): (85.02, None)}
    got, _ = scores_of("In ITA 2023 the office scored 84.10 points, grade B.\n", 2567)
    assert got == {(2566, "overall", None, None, None): (84.1, "B")}
    got, result = scores_of("ผลการประเมิน ITA ของหน่วยงานอยู่ในระดับ ผ่านดี\nช่วงคะแนน 85-94.99 อยู่ในระดับ ผ่านดี\n", 2567)
    assert got == {} and result.grades == {2567: "ผ่านดี"}
    _, result = scores_of("เกณฑ์การประเมิน ITA: ได้ระดับ ผ่าน หมายถึงผ่านเกณฑ์\n", 2567)
    assert result.grades == {}

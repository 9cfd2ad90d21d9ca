"""Where a form's field ends, row-number columns, indicator-only cells and the end of a finding
paragraph (extract/parse/measures_forms.py, tables.py, measures.py, findings.py; the data in
schemas/measure_cues.py, headers.py, finding_cues.py)."""
import pytest

from extract.document import Line
from extract.parse.findings import findings_from_text
from extract.parse.indicators import is_reference_only
from extract.parse.tables import is_row_number_header, layout
from extract.pipeline import extract_document
from extract.readers.text import read_text
from tests.test_measures_cues import table

HEAD = ("รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567\n"
        "เทศบาลตำบลหนองแก อำเภอหัวหิน จังหวัดประจวบคีรีขันธ์\n\n")


def run(text: str):
    return extract_document(read_text(text.encode("utf-8"), "x.txt", ""))


def only_measure(text: str):
    result = run(HEAD + text)
    assert len(result.measures) == 1, result.measures
    return result.measures[0], result.checks


def test_an_unknown_label_ends_the_title_and_is_reported():
    m, checks = only_measure("ชื่อกิจกรรม: รณรงค์ไม่รับสินบน\nวิธีวัดผล: แบบสอบถาม\n"
                             "ระยะเวลา: มกราคม 2567\nผู้รับผิดชอบ: สำนักปลัด\n")
    assert m.title == "รณรงค์ไม่รับสินบน"
    assert [c.code for c in checks if c.code == "FORM_LABEL_UNKNOWN"] == ["FORM_LABEL_UNKNOWN"]


def test_a_time_with_a_colon_is_no_label():
    m, _ = only_measure("ชื่อกิจกรรม: ประชุมชี้แจงแนวปฏิบัติ\nผลการดำเนินงาน: ประชุมเมื่อเวลา\n"
                        "10:30 น. มีผู้เข้าร่วม 40 คน\nผู้รับผิดชอบ: สำนักปลัด\n")
    assert m.output == "ประชุมเมื่อเวลา 10:30 น. มีผู้เข้าร่วม 40 คน"


def test_an_indicator_label_gives_indicators_not_title_text():
    m, _ = only_measure("ชื่อกิจกรรม : จัดทำคู่มือการใช้รถ\nตัวชี้วัดที่เกี่ยวข้อง : ตัวชี้วัดที่ 4\n"
                        "ระยะเวลา : มีนาคม 2567\nผู้รับผิดชอบ : กองคลัง\n")
    assert (m.title, m.indicators) == ("จัดทำคู่มือการใช้รถ", [4])


def test_an_indicator_label_alone_does_not_make_a_form():
    result = run(HEAD + "ชื่อกิจกรรม : จัดทำคู่มือการใช้รถ\nตัวชี้วัดที่เกี่ยวข้อง : ตัวชี้วัดที่ 4\n"
                        "ผู้รับผิดชอบ : กองคลัง\n")
    assert result.measures == []


@pytest.mark.parametrize("items", [
    "1. ร่างประกาศ\n2. เสนอนายกลงนาม\n",
    "- ร่างประกาศ\n- เสนอนายกลงนาม\n",
    "1. กิจกรรมร่างประกาศ\n2. กิจกรรมเสนอนายกลงนาม\n",  # items starting with a title label word
])
def test_an_empty_label_takes_the_numbered_lines_under_it(items):
    m, _ = only_measure("ชื่อกิจกรรม : ประกาศเจตนารมณ์\nวิธีดำเนินการ :\n" + items +
                        "ผลการดำเนินงาน : ประกาศแล้ว\nผู้รับผิดชอบ : สำนักปลัด\n")
    assert [s.replace("กิจกรรม", "") for s in m.steps] == ["ร่างประกาศ", "เสนอนายกลงนาม"]
    assert m.output == "ประกาศแล้ว"


def test_the_next_label_number_ends_the_items():
    m, _ = only_measure("1) ชื่อกิจกรรม ประกาศเจตนารมณ์\n2) วิธีดำเนินการ\n1) ร่างประกาศ\n"
                        "3) ผลการดำเนินงาน ประกาศแล้ว\n4) ผู้รับผิดชอบ สำนักปลัด\n")
    assert (m.steps, m.output) == (["ร่างประกาศ"], "ประกาศแล้ว")


@pytest.mark.parametrize("tail", [
    "รูปภาพกิจกรรม 3 ภาพ\n", "ลงชื่อ ....... ผู้รายงาน\n", "(นายสมชาย ใจดี)\n", "\nหมายเหตุ ใช้เป็นหลักฐาน\n",
])
def test_closing_lines_are_not_absorbed(tail):
    m, _ = only_measure("ชื่อกิจกรรม : ประกาศเจตนารมณ์\nผลการดำเนินงาน : ประกาศแล้ว\n"
                        "ผู้รับผิดชอบ : สำนักปลัด\nข้อเสนอแนะ : ทำทุกปี\n" + tail)
    assert m.recommendation == "ทำทุกปี"


@pytest.mark.parametrize("labels,expected", [
    ("ปัญหาอุปสรรค : คนน้อย\nข้อเสนอแนะ : เพิ่มคน\n", "เพิ่มคน"),   # written apart: the suggestion
    ("ข้อเสนอแนะ : เพิ่มคน\nปัญหาอุปสรรค : คนน้อย\n", "เพิ่มคน"),
    ("ปัญหาอุปสรรค : คนน้อย\n", "คนน้อย"),                           # no suggestion: the problems
    ("ปัญหาอุปสรรค : คนน้อย\nข้อเสนอแนะ : -\n", None),                # apart, the suggestion empty: empty
    ("ปัญหาอุปสรรค/ข้อเสนอแนะ : คนน้อย ควรเพิ่มคน\n", "คนน้อย ควรเพิ่มคน"),  # one combined field
])
def test_problems_stand_in_for_the_recommendation_only_without_one(labels, expected):
    m, _ = only_measure("ชื่อกิจกรรม : ประกาศเจตนารมณ์\nผลการดำเนินงาน : ประกาศแล้ว\n"
                        "ผู้รับผิดชอบ : สำนักปลัด\n" + labels)
    assert m.recommendation == expected


@pytest.mark.parametrize("cells,expected", [
    (("ปัญหาอุปสรรค", "ข้อเสนอแนะ"), ("คนน้อย", "เพิ่มคน", "เพิ่มคน")),
    # written apart, the row's suggestion empty: the recommendation is empty (the column is the
    # suggestion's in every row; a problem met is no suggestion)
    (("ปัญหาอุปสรรค", "ข้อเสนอแนะ"), ("คนน้อย", "-", None)),
    (("ปัญหาอุปสรรค", "หมายเหตุ"), ("คนน้อย", "-", "คนน้อย")),  # no suggestion column: the problems
    (("ปัญหาอุปสรรค/ข้อเสนอแนะ", "หมายเหตุ"), ("คนน้อย ควรเพิ่มคน", "-", "คนน้อย ควรเพิ่มคน")),
])
def test_tables_keep_the_same_convention(cells, expected):
    rows = (f"ที่\tมาตรการ\tผลการดำเนินงาน\tผู้รับผิดชอบ\t{cells[0]}\t{cells[1]}\n"
            f"1\tประกาศเจตนารมณ์\tประกาศแล้ว\tสำนักปลัด\t{expected[0]}\t{expected[1]}\n"
            f"2\tอบรมบุคลากร\tอบรมแล้ว\tกองคลัง\t-\t-\n")
    result = run(HEAD + rows)
    assert [m.recommendation for m in result.measures] == [expected[2], None]


@pytest.mark.parametrize("header,known", [
    ("ที่", True), ("ลำดับ", True), ("ลำดับที่", True), ("No.", True), ("no", True), ("ที่ตั้ง", False),
    ("ลำดับความสำคัญ", False), ("", False),
])
def test_row_number_headers(header, known):
    assert is_row_number_header(header) is known


def test_a_row_number_column_is_no_unknown_header():
    t = table(["ลำดับที่", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "งบดำเนินการพิเศษ"],
              ["1", "ประกาศ", "กองคลัง", "มกราคม 2567", "ไม่มี"], ["2", "อบรม", "สำนักปลัด", "มีนาคม 2567", "ไม่มี"])
    lay = layout(t)
    assert lay.fields[:2] == [None, "title"] and lay.unknown == ["งบดำเนินการพิเศษ"]


@pytest.mark.parametrize("text,only", [
    ("ตัวชี้วัดที่ ๙", True), ("ตัวชี้วัดที่ 7 และ 8", True), ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", True),
    ("(ตัวชี้วัดที่ 1-3)", True), ("คะแนนตัวชี้วัดที่ 9 ต่ำกว่าเกณฑ์", False), ("การเปิดเผยข้อมูล", False),
])
def test_indicator_reference_only(text, only):
    assert is_reference_only(text) is only


def test_an_indicator_only_rationale_cell_feeds_indicators():
    rows = ("มาตรการ\tผลการวิเคราะห์\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\n"
            "ประกาศเจตนารมณ์\tตัวชี้วัดที่ 10\tร่างประกาศ\tสำนักปลัด\tมกราคม 2567\n"
            "ปรับปรุงเว็บไซต์\tคะแนนตัวชี้วัดที่ 9 ต่ำกว่าร้อยละ 85\tเพิ่มข้อมูล\tกองคลัง\tมีนาคม 2567\n")
    result = run(HEAD + rows)
    assert [(m.rationale, m.indicators) for m in result.measures] == [
        (None, [10]), ("คะแนนตัวชี้วัดที่ 9 ต่ำกว่าร้อยละ 85", [9])]


BODY = "บุคลากรบางส่วนยังไม่ทราบแนวปฏิบัติเรื่องการยืมทรัพย์สินของราชการ ควรประชาสัมพันธ์ให้ทั่วถึงกว่าเดิม"


@pytest.mark.parametrize("closing", [
    "อนึ่ง หน่วยงานจะนำผลการประเมินไปจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสในปีงบประมาณถัดไป",
    "ในภาพรวม หน่วยงานจะนำผลการประเมินไปจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสในปีถัดไป",
    "ผลของแบบวัด OIT ยังต่ำกว่าเกณฑ์ หน่วยงานจะเร่งเผยแพร่ข้อมูลบนเว็บไซต์ให้ครบถ้วนในปีถัดไป",
])
def test_a_paragraph_opening_a_new_topic_is_no_finding_of_the_indicator_above(closing):
    blocks = [Line("(1) ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ", line=1), Line(BODY, line=2),
              Line(closing, line=3)]
    assert [(f.indicator, f.text) for f in findings_from_text(blocks)] == [(4, BODY)]


def test_a_paragraph_on_the_indicators_own_tool_stays_its_finding():
    more = "ผลของแบบวัด IIT ในข้อนี้ยังต่ำกว่าเกณฑ์ หน่วยงานจะจัดทำคู่มือการยืมทรัพย์สินของราชการให้บุคลากรทุกคน"
    blocks = [Line("(1) ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ", line=1), Line(BODY, line=2), Line(more, line=3)]
    assert [f.text for f in findings_from_text(blocks)] == [f"{BODY} {more}"]


@pytest.mark.parametrize("none", ["ไม่มี", "ไม่มี -", "ไม่มีปัญหาอุปสรรค", "N/A"])
def test_a_word_for_none_is_no_value_in_forms_and_tables(none):
    # a Word report form of a municipality: "ปัญหาอุปสรรค | ไม่มี" is no problem, so no recommendation
    m, _ = only_measure("ชื่อมาตรการ : เผยแพร่ข้อมูลต่อสาธารณะ\nผลการดำเนินงาน : ปรับปรุงเว็บไซต์\n"
                        f"ผู้รับผิดชอบ : สำนักปลัด\nปัญหาอุปสรรค : {none}\n")
    assert (m.output, m.recommendation) == ("ปรับปรุงเว็บไซต์", None)
    rows = ("ที่\tมาตรการ\tผลการดำเนินงาน\tผู้รับผิดชอบ\tข้อเสนอแนะ\n"
            f"1\tประกาศเจตนารมณ์\tประกาศแล้ว\tสำนักปลัด\t{none}\n"
            "2\tอบรมบุคลากร\tอบรมแล้ว\tกองคลัง\tควรจัดทุกปี\n")
    assert [m.recommendation for m in run(HEAD + rows).measures] == [None, "ควรจัดทุกปี"]


def test_a_none_word_inside_a_sentence_is_a_value():
    m, _ = only_measure("ชื่อมาตรการ : เผยแพร่ข้อมูลต่อสาธารณะ\nผลการดำเนินงาน : ปรับปรุงเว็บไซต์\n"
                        "ผู้รับผิดชอบ : สำนักปลัด\nปัญหาอุปสรรค : ไม่มีผู้ดูแลเว็บไซต์\n")
    assert m.recommendation == "ไม่มีผู้ดูแลเว็บไซต์"


def test_a_status_cell_of_tick_boxes_is_the_option_ticked():
    # a school's Word report: one status cell lists the options with boxes, one ticked
    rows = ("ที่\tโครงการ/กิจกรรม\tสถานะการดำเนินงาน\tผลการดำเนินงาน\n"
            "1\tโครงการโรงเรียนสุจริต\t☑ ดำเนินการแล้ว ☐ อยู่ระหว่างดำเนินการ ☐ ยังไม่ดำเนินการ\tนักเรียนเข้าร่วม 120 คน\n"
            "2\tกิจกรรมเผยแพร่ข้อมูล\t☐ ดำเนินการแล้ว ☑ อยู่ระหว่างดำเนินการ ☐ ยังไม่ดำเนินการ\tเผยแพร่แล้ว 20 รายการ\n"
            "3\tกิจกรรมประเมินความเสี่ยง\tยังไม่ดำเนินการ\t-\n")
    assert [m.status for m in run(HEAD + rows).measures] == ["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"]

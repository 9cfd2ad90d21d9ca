"""Tables printed without ruling lines whose header is two rows: a group cell over sub-columns.

The columns were taken from the header's first line only, so "ผลการดำเนินงาน" over "ไตรมาส ๑ | … |
ไตรมาส ๔" was one column and the quarters' results (or the months' ticks under "ระยะเวลาดำเนินการ")
fell in it as one cell: the PDF gave no measure, the Word file it came from did. Now the sub-labels'
line splits the group column at gutters of its own, and the table's first two rows are the group row
and the sub-label row, as a ruled table's are (extract/parse/tables.py ``header_rows``), so the
parsers read it as they read the Word file. Fixtures: samples/libreoffice/group_results.* (Norasi 15
pt, text results per quarter), group_months.* (Loma 14 pt, ticks under twelve months),
samples/chromium/group_quarters.* (Garuda 15 px, "ไตรมาส" wrapped over its number in narrow columns,
"/" ticks, a header cell wrapped over the line of the sub-labels)."""
from __future__ import annotations

import pytest

from extract import extract_paths
from extract.pipeline import extract_document
from extract.readers import gutter_tables
from extract.readers.pdf import read_pdf
from tests.conftest import SAMPLES
from tests.test_gutter_tables import _line

LIBREOFFICE = SAMPLES / "libreoffice"
CHROMIUM = SAMPLES / "chromium"


def _measures(result):
    return [(m.row, m.title, m.steps, m.responsible, m.timeframe, str(m.period_start), str(m.period_end), m.output,
             m.status) for m in result.measures]


def test_results_per_quarter_under_a_group_cell():
    word, pdf = extract_paths([LIBREOFFICE / "group_results.docx", LIBREOFFICE / "group_results.pdf"])
    assert _measures(pdf) == _measures(word) == [
        (1, "จัดทำคู่มือการปฏิบัติงานด้านพัสดุให้เป็นปัจจุบัน", [], ["กองคลัง"], None, "None", "None",
         "ไตรมาส ๑: แต่งตั้งคณะทำงาน; ไตรมาส ๒: ยกร่างคู่มือ; ไตรมาส ๓: รับฟังความเห็น; ไตรมาส ๔: ประกาศใช้คู่มือ", None),
        (2, "เปิดช่องทางแจ้งเบาะแสการทุจริตทางออนไลน์", [], ["สำนักปลัดเทศบาล"], None, "None", "None",
         "ไตรมาส ๑: ออกแบบแบบฟอร์ม; ไตรมาส ๒: เปิดใช้งานระบบ; ไตรมาส ๓: ไม่มีเรื่องแจ้ง; ไตรมาส ๔: สรุปผลรายปี", None),
        (3, "อบรมพนักงานเรื่องการขัดกันแห่งผลประโยชน์", [], ["กองการเจ้าหน้าที่"], None, "None", "None",
         "ไตรมาส ๒: จัดอบรม ๑ รุ่น; ไตรมาส ๓: จัดอบรม ๑ รุ่น; ไตรมาส ๔: ประเมินผลการอบรม", None),
        (4, "เผยแพร่รายงานการใช้จ่ายงบประมาณรายเดือนบนเว็บไซต์", [], ["กองคลัง", "กองช่าง"], None, "None", "None",
         "ไตรมาส ๑: เผยแพร่ครบ ๓ เดือน; ไตรมาส ๒: เผยแพร่ครบ ๓ เดือน; ไตรมาส ๓: เผยแพร่ครบ ๓ เดือน; "
         "ไตรมาส ๔: เผยแพร่ครบ ๓ เดือน", None),
    ]
    assert [m.table for m in pdf.measures] == [m.table for m in word.measures]
    [check] = pdf.checks
    assert check.code == "TABLE_FROM_LAYOUT"
    assert "4 row(s) under 7 columns (ที่ | มาตรการ | ผู้รับผิดชอบ | ผลการดำเนินงาน ไตรมาส ๑ |" in check.message


def test_ticks_under_the_months_of_a_group_cell():
    word, pdf = extract_paths([LIBREOFFICE / "group_months.docx", LIBREOFFICE / "group_months.pdf"])
    assert _measures(pdf) == _measures(word) == [
        (1, "ประชุมชี้แจงแนวทางการประเมินคุณธรรมให้บุคลากร", [], ["สำนักปลัดเทศบาล"], "ต.ค. - พ.ย.", "2025-10-01",
         "2025-11-30", None, None),
        (2, "ตรวจสอบข้อมูลสาธารณะบนเว็บไซต์ของเทศบาล", [], ["กองยุทธศาสตร์และงบประมาณ"], "ม.ค. - มิ.ย.", "2026-01-01",
         "2026-06-30", None, None),
        (3, "จัดกิจกรรมวันต่อต้านคอร์รัปชันสากล", [], ["ทุกกอง"], "ธ.ค.", "2025-12-01", "2025-12-31", None, None),
        (4, "สำรวจความพึงพอใจผู้รับบริการ", [], ["กองสาธารณสุขและสิ่งแวดล้อม"], "มิ.ย. - ก.ย.", "2026-06-01",
         "2026-09-30", None, None),
    ]
    assert [c.code for c in pdf.checks] == [c.code for c in word.checks] + ["TABLE_FROM_LAYOUT"]


QUARTERS = [
    (1, "ทบทวนประกาศแนวปฏิบัติการรับของกำนัล", ["ร่างประกาศฉบับปรับปรุง", "เสนอผู้อำนวยการลงนาม"], ["ฝ่ายบริหารทั่วไป"],
     "ไตรมาส ๑", "2025-10-01", "2025-12-31", None, None),
    (2, "จัดระบบรับเรื่องร้องเรียนจากผู้ปกครอง", ["ติดตั้งกล่องรับความคิดเห็น", "ตอบกลับผู้ร้องภายใน ๗ วัน"],
     ["ฝ่ายกิจการนักเรียน"], "ไตรมาส ๑ - ไตรมาส ๔", "2025-10-01", "2026-09-30", None, None),
    (3, "เผยแพร่แผนการจัดซื้อจัดจ้างของโรงเรียน", ["นำแผนขึ้นเว็บไซต์โรงเรียน"], ["ฝ่ายงบประมาณ"], "ไตรมาส ๒ - ไตรมาส ๓",
     "2026-01-01", "2026-06-30", None, None),
]


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_quarter_labels_wrapped_over_their_numbers(reader):
    [html] = extract_paths([CHROMIUM / "group_quarters.html"])
    path = CHROMIUM / "group_quarters.pdf"
    pdf = extract_document(read_pdf(path.read_bytes(), path.name, "sha", pdf_reader=reader))
    assert _measures(pdf) == _measures(html) == QUARTERS
    assert [c.code for c in pdf.checks] == ["TABLE_FROM_LAYOUT"]


def test_sub_labels_split_the_group_column_and_their_gaps_stay_open():
    lines = [_line(100, [(40, "ที่"), (80, "มาตรการ"), (300, "ผลการดำเนินงาน")]),
             _line(115, [(300, "ไตรมาส"), (360, "ไตรมาส"), (420, "ไตรมาส")]),
             _line(130, [(310, "๑"), (370, "๒"), (430, "๓")]),
             _line(145, [(40, "๑"), (80, "ลดขั้นตอนงาน"), (300, "ร่างแผน"), (360, "ประกาศ"), (420, "ติดตาม")]),
             _line(160, [(40, "๒"), (80, "เปิดเผยข้อมูล"), (300, "-"), (360, "เผยแพร่"), (420, "สรุปผล")])]
    [piece] = gutter_tables.find(lines, 1, 800.0, None)[0]
    assert [r.cells for r in piece.table.rows] == [
        ["ที่", "มาตรการ", "ผลการดำเนินงาน", "", ""], ["", "", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓"],
        ["๑", "ลดขั้นตอนงาน", "ร่างแผน", "ประกาศ", "ติดตาม"], ["๒", "เปิดเผยข้อมูล", "-", "เผยแพร่", "สรุปผล"]]
    assert piece.header_rows == 2
    assert piece.header == ["ที่", "มาตรการ", "ผลการดำเนินงาน ไตรมาส ๑", "ผลการดำเนินงาน ไตรมาส ๒",
                            "ผลการดำเนินงาน ไตรมาส ๓"]
    # a body line across a gap between two sub-labels ends the table there, as across any gutter
    lines[4] = _line(160, [(40, "๒"), (80, "เปิดเผยข้อมูล"), (300, "ข้อความยาวข้ามช่องไตรมาส")])
    assert gutter_tables.find(lines, 1, 800.0, None)[0] == []  # one body row left: no table


def test_a_header_wrapped_onto_a_second_line_is_no_group():
    # "ขั้นตอนการ" over "ดำเนินการ", "ระยะเวลา" over "ดำเนินการ": one piece in each column, a wrap, no
    # sub-columns
    lines = [_line(100, [(40, "ที่"), (80, "มาตรการ"), (200, "ขั้นตอนการ"), (350, "ระยะเวลา")]),
             _line(115, [(200, "ดำเนินการ"), (350, "ดำเนินการ")]),
             _line(130, [(40, "๑"), (80, "ลดขั้นตอนงาน"), (200, "ร่างแผน"), (350, "ต.ค.๖๘")]),
             _line(145, [(40, "๒"), (80, "เปิดเผยข้อมูล"), (200, "เผยแพร่"), (350, "พ.ย.๖๘")])]
    [piece] = gutter_tables.find(lines, 1, 800.0, None)[0]
    assert piece.header_rows == 1
    assert piece.header == ["ที่", "มาตรการ", "ขั้นตอนการดำเนินการ", "ระยะเวลาดำเนินการ"]
    assert len(piece.table.rows) == 3


def test_two_words_under_one_header_cell_are_no_sub_labels():
    # an unnumbered table's first row with two words set apart in its last column: no month, no
    # quarter, no header words, so the header stays one line and the words a body row
    lines = [_line(100, [(40, "มาตรการ"), (200, "ผู้รับผิดชอบ"), (320, "ระยะเวลา")]),
             _line(115, [(40, "ลดขั้นตอน"), (200, "กองคลัง"), (320, "ทุกวัน"), (380, "ทันที")]),
             _line(130, [(40, "เปิดเผยข้อมูล"), (200, "กองช่าง"), (320, "พ.ย.๖๗")])]
    [piece] = gutter_tables.find(lines, 1, 800.0, None)[0]
    assert piece.header_rows == 1
    assert [r.cells for r in piece.table.rows] == [
        ["มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"], ["ลดขั้นตอน", "กองคลัง", "ทุกวัน ทันที"],
        ["เปิดเผยข้อมูล", "กองช่าง", "พ.ย.๖๗"]]


def test_two_lines_of_prose_above_a_table_stay_text():
    prose = ["หน่วยงานกำหนดมาตรการ ผู้รับผิดชอบ และระยะเวลาดำเนินการตามผลการประเมินปีที่ผ่านมา",
             "โดยติดตามผลการดำเนินงานเป็นรายไตรมาส ดังนี้"]
    lines = [_line(70, [(40, prose[0])]), _line(85, [(40, prose[1])]),
             _line(100, [(40, "ที่"), (80, "มาตรการ"), (300, "ผลการดำเนินงาน")]),
             _line(115, [(300, "ไตรมาส๑"), (360, "ไตรมาส๒")]),  # (a 5-pt space would be a gutter)
             _line(130, [(40, "๑"), (80, "ลดขั้นตอนงาน"), (300, "ร่างแผน"), (360, "ประกาศ")]),
             _line(145, [(40, "๒"), (80, "เปิดเผยข้อมูล"), (300, "-"), (360, "เผยแพร่")])]
    [piece], rest, _ = gutter_tables.find(lines, 1, 800.0, None)
    assert [line["text"] for line in rest] == prose
    assert [r.cells for r in piece.table.rows][:2] == [["ที่", "มาตรการ", "ผลการดำเนินงาน", ""],
                                                       ["", "", "ไตรมาส๑", "ไตรมาส๒"]]


def test_a_quarter_word_left_without_its_number_is_no_header():
    lines = [_line(100, [(40, "ที่"), (80, "มาตรการ"), (300, "ผลการดำเนินงาน")]),
             _line(115, [(300, "ไตรมาส"), (360, "ไตรมาส")]),
             _line(130, [(40, "๑"), (80, "ลดขั้นตอนงาน"), (300, "ร่างแผน"), (360, "ประกาศ")]),
             _line(145, [(40, "๒"), (80, "เปิดเผยข้อมูล"), (300, "-"), (360, "เผยแพร่")])]
    assert gutter_tables.find(lines, 1, 800.0, None)[0] == []


def test_a_header_cell_beside_the_group_wraps_over_the_sub_label_lines():
    # "ขั้นตอนการดำเนินการ" merged down both header rows, wrapped beside the sub-labels and under them
    lines = [_line(100, [(40, "ที่"), (80, "ขั้นตอน"), (300, "ระยะเวลาดำเนินการ")]),
             _line(115, [(80, "การ"), (300, "ไตรมาส"), (360, "ไตรมาส")]),
             _line(130, [(80, "ดำเนินการ"), (310, "๑"), (370, "๒")]),
             _line(145, [(40, "๑"), (80, "ร่างแผนงาน"), (300, "/")]),
             _line(160, [(40, "๒"), (80, "เผยแพร่ผล"), (360, "/")])]
    [piece] = gutter_tables.find(lines, 1, 800.0, None)[0]
    assert [r.cells for r in piece.table.rows] == [
        ["ที่", "ขั้นตอนการดำเนินการ", "ระยะเวลาดำเนินการ", ""], ["", "", "ไตรมาส ๑", "ไตรมาส ๒"],
        ["๑", "ร่างแผนงาน", "/", ""], ["๒", "เผยแพร่ผล", "", "/"]]

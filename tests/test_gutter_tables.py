"""Tables printed without ruling lines, read from the white gutters between their columns
(extract/readers/gutter_tables.py, header words in extract/readers/table_header_words.py).

Fixtures in samples/chromium/ (written for these tests, printed by headless Chromium): a borderless
implementation table amid prose with no row padding (layout_table), a borderless plan running onto a
second page with no header there and a row cut by the break (layout_pages), the ruled plan_table with
its borders removed (borderless), and a page of look-alikes that must stay text (layout_negatives):
a table of contents with dot leaders, numbered paragraphs, prose in two columns, a signature block."""
from __future__ import annotations

import pytest

from extract.document import Document, Line, Table
from extract.pipeline import extract_document
from extract.readers import gutter_tables
from extract.readers.gutter_tables import layout_checks as _layout_checks
from extract.readers.pdf import read_pdf
from extract.readers.table_header_words import cell_fields, may_be_header_line
from schemas.records import Box
from tests.conftest import SAMPLES

CHROMIUM = SAMPLES / "chromium"
READERS = ["pdfium", "pdfplumber"]
HEADER_CHECK = ("A table printed without ruling lines was read from the layout of its text: {rows} row(s) under "
                "{columns} columns ({header}), the columns taken from white gaps that run down through every line{more}.")


def _read(name: str, reader: str):
    path = CHROMIUM / name
    return read_pdf(path.read_bytes(), path.name, "sha", pdf_reader=reader)


def _fields(m):
    return (m.table, m.row, m.title, m.steps, m.output, m.responsible, m.timeframe, str(m.period_start),
            str(m.period_end), m.where.page)


@pytest.mark.parametrize("reader", READERS)
def test_a_table_amid_prose_with_wrapped_titles_and_no_row_padding(reader):
    # rows are told apart by where a title ends: a key line ending well short of its column ends its cell
    result = extract_document(_read("layout_table.pdf", reader))
    assert (result.report.organization, result.report.fiscal_year, result.report.report_kind) == (
        "องค์การบริหารส่วนตำบลห้วยทรายขาว", 2567, "implementation")
    assert list(map(_fields, result.measures)) == [
        ("implementation", 1, "ทบทวนคู่มือการให้บริการประชาชนทุกงาน", [],
         "ปรับปรุงคู่มือแล้ว ๑๒ งาน และเผยแพร่ทางเว็บไซต์ขององค์การ", ["สำนักปลัด"], "ธ.ค. ๖๖",
         "2023-12-01", "2023-12-31", 1),
        ("implementation", 2, "จัดเวทีรับฟังความคิดเห็นเรื่องการใช้งบประมาณของหมู่บ้าน", [],
         "จัดครบ ๙ หมู่บ้าน มีผู้เข้าร่วม ๔๑๐ คน", ["กองคลัง"], "ม.ค. ๖๗ - มี.ค. ๖๗", "2024-01-01", "2024-03-31", 1),
        ("implementation", 3, "ตรวจสอบการเบิกจ่ายค่าตอบแทน", [], "ไม่พบการเบิกจ่ายที่ผิดระเบียบ", ["หน่วยตรวจสอบภายใน"],
         "พ.ค. ๖๗", "2024-05-01", "2024-05-31", 1),
    ]
    [check] = result.checks
    assert (check.code, check.severity, check.where.page) == ("TABLE_FROM_LAYOUT", "info", 1)
    assert check.message == HEADER_CHECK.format(
        rows=3, columns=4, header="กิจกรรม | ผลการดำเนินงาน | ผู้รับผิดชอบ | ระยะเวลาดำเนินการ", more="")
    assert check.message_th == ("อ่านตารางที่ไม่มีเส้นขอบจากการจัดวางข้อความ: 3 แถว 4 คอลัมน์ (กิจกรรม | ผลการดำเนินงาน | "
                                "ผู้รับผิดชอบ | ระยะเวลาดำเนินการ) โดยแบ่งคอลัมน์ตามแนวช่องว่างที่ตรงกันทุกบรรทัด")
    # the table's box spans its header and its last row; the prose around it stays prose
    box = check.where.bbox
    assert box is not None and 185 < box.top < 186 and 340 < box.bottom < 342
    doc = _read("layout_table.pdf", reader)
    lines = [b.text for b in doc.blocks if isinstance(b, Line)]
    assert lines[-1].startswith("ทั้งนี้ องค์การบริหารส่วนตำบลจะนำผลการดำเนินงานข้างต้น") and len(lines) == 4


@pytest.mark.parametrize("reader", READERS)
def test_a_table_running_onto_the_next_page_is_read_under_the_same_columns(reader):
    result = extract_document(_read("layout_pages.pdf", reader))
    assert (result.report.organization, result.report.district, result.report.fiscal_year) == (
        "เทศบาลตำบลบ้านแหลมทอง", "บางปลาม้า", 2568)
    assert list(map(_fields, result.measures)) == [
        ("plan", 1, "จัดทำประกาศเจตจำนงสุจริตของผู้บริหารและเผยแพร่ให้บุคลากรทุกคนรับทราบ",
         ["ร่างประกาศเสนอผู้บริหารลงนาม", "ติดประกาศที่สำนักงานและลงเว็บไซต์"], None, ["สำนักปลัดเทศบาล"],
         "ต.ค. ๖๗ - พ.ย. ๖๗", "2024-10-01", "2024-11-30", 1),
        ("plan", 2, "อบรมจริยธรรมเจ้าหน้าที่ผู้ปฏิบัติงานด้านพัสดุ",
         ["เชิญวิทยากรจากสำนักงาน ป.ป.ช.ประจำจังหวัด", "ประเมินความรู้ก่อนและหลังการอบรม"], None, ["กองคลัง"],
         "ธ.ค. ๖๗", "2024-12-01", "2024-12-31", 1),
        ("plan", 3, "เปิดช่องทางแจ้งเบาะแสการทุจริตทางออนไลน์",
         ["สร้างแบบฟอร์มรับเรื่องบนเว็บไซต์", "กำหนดผู้ตรวจรับเรื่องทุกวันทำการ"], None, ["งานนิติการ"],
         "ม.ค. ๖๘ - ก.พ. ๖๘", "2025-01-01", "2025-02-28", 1),
        ("plan", 4, "ตรวจสอบการใช้รถยนต์ส่วนกลางให้เป็นไปตามระเบียบ",
         ["จัดทำสมุดบันทึกการใช้รถทุกคัน", "สุ่มตรวจสมุดบันทึกเดือนละครั้ง"], None, ["กองช่าง"],
         "ม.ค. ๖๘ - ก.ย. ๖๘", "2025-01-01", "2025-09-30", 1),
        # cut by the page break: its rest heads page 2 with an empty number cell and is merged back
        ("plan", 5, "เผยแพร่รายงานผลการใช้จ่ายงบประมาณรายไตรมาส",
         ["รวบรวมข้อมูลการเบิกจ่ายจากระบบบัญชี", "สรุปเป็นแผนภาพให้เข้าใจง่าย"], None, ["กองคลัง"],
         "ม.ค. ๖๘ - ก.ย. ๖๘", "2025-01-01", "2025-09-30", 1),
        ("plan", 6, "สำรวจความพึงพอใจของผู้มาติดต่อราชการ",
         ["แจกแบบสอบถามที่จุดบริการ", "วิเคราะห์ผลและรายงานผู้บริหาร"], None, ["สำนักปลัดเทศบาล"],
         "มี.ค. ๖๘ - เม.ย. ๖๘", "2025-03-01", "2025-04-30", 2),
        ("plan", 7, "ปรับปรุงขั้นตอนการขออนุญาตก่อสร้างอาคารให้สั้นลง",
         ["ทบทวนเอกสารที่ต้องใช้ประกอบคำขอ", "ประกาศระยะเวลาพิจารณาให้ประชาชนทราบ"], None, ["กองช่าง"],
         "เม.ย. ๖๘ - มิ.ย. ๖๘", "2025-04-01", "2025-06-30", 2),
        ("plan", 8, "จัดประชุมชี้แจงแนวทางป้องกันผลประโยชน์ทับซ้อน",
         ["ทำคู่มือสั้น ๆ แจกบุคลากร", "ยกตัวอย่างกรณีที่พบบ่อยในการประชุม"], None, ["งานการเจ้าหน้าที่"],
         "พ.ค. ๖๘", "2025-05-01", "2025-05-31", 2),
        ("plan", 9, "ติดตามผลการดำเนินงานตามมาตรการทุกข้อ",
         ["รวบรวมผลจากทุกกองทุกไตรมาส", "รายงานต่อนายกเทศมนตรีภายในเดือนถัดไป"], None, ["หน่วยตรวจสอบภายใน"],
         "ม.ค. ๖๘ - ก.ย. ๖๘", "2025-01-01", "2025-09-30", 2),
        ("plan", 10, "ประเมินความเสี่ยงการทุจริตในงานจัดเก็บรายได้",
         ["ระบุจุดเสี่ยงร่วมกับเจ้าหน้าที่จัดเก็บ", "กำหนดมาตรการควบคุมจุดเสี่ยง"], None, ["กองคลัง"],
         "ก.ค. ๖๘ - ส.ค. ๖๘", "2025-07-01", "2025-08-31", 2),
        ("plan", 11, "ทบทวนมาตรการเพื่อใช้ในปีงบประมาณถัดไป", ["ประชุมคณะทำงานสรุปบทเรียนของปีนี้"], None,
         ["สำนักปลัดเทศบาล"], "ก.ย. ๖๘", "2025-09-01", "2025-09-30", 2),
    ]
    header = "ที่ | มาตรการ | วิธีการดำเนินการ | ผู้รับผิดชอบ | ระยะเวลา"
    assert [(c.code, c.where.page, c.message) for c in result.checks] == [
        ("TABLE_FROM_LAYOUT", 1, HEADER_CHECK.format(rows=5, columns=5, header=header, more="")),
        ("TABLE_FROM_LAYOUT", 2, HEADER_CHECK.format(
            rows=7, columns=5, header=header,
            more="; it continues the table on the page before, in that table's columns")),
        ("ROW_MERGED", 2, "A continuation row was merged into the row above (empty first cell)."),
    ]


def test_a_header_repeated_on_the_next_page_starts_a_piece_that_is_stitched_on():
    # layout_pages with its header in a <thead>: page 2 opens with the header again; its piece has
    # a header of its own (no carry-over needed) and stitching drops the repeat
    pages = extract_document(_read("layout_pages.pdf", "pdfium"))
    result = extract_document(_read("layout_repeat.pdf", "pdfium"))
    assert list(map(_fields, result.measures)) == list(map(_fields, pages.measures)) and len(result.measures) == 11
    header = "ที่ | มาตรการ | วิธีการดำเนินการ | ผู้รับผิดชอบ | ระยะเวลา"
    assert [(c.code, c.where.page, c.message) for c in result.checks] == [
        ("TABLE_FROM_LAYOUT", 1, HEADER_CHECK.format(rows=5, columns=5, header=header, more="")),
        ("TABLE_FROM_LAYOUT", 2, HEADER_CHECK.format(rows=7, columns=5, header=header, more="")),
        ("ROW_MERGED", 2, "A continuation row was merged into the row above (empty first cell)."),
    ]


@pytest.mark.parametrize("reader", READERS)
def test_tab_aligned_columns_one_line_a_row(reader):
    # no padding, no numbers, titles of like length: each line with text in every column is a row
    result = extract_document(_read("layout_tabs.pdf", reader))
    assert (result.report.organization, result.report.fiscal_year) == ("องค์การบริหารส่วนตำบลโนนสะอาด", 2569)
    assert list(map(_fields, result.measures)) == [
        ("plan", 1, "อบรมคุณธรรมสำหรับพนักงานจ้างใหม่", [], None, ["สำนักปลัด"], "พ.ย. ๖๘", "2025-11-01", "2025-11-30", 1),
        ("plan", 2, "จัดทำป้ายแสดงขั้นตอนการให้บริการ", [], None, ["กองช่าง"], "ธ.ค. ๖๘", "2025-12-01", "2025-12-31", 1),
        ("plan", 3, "พัฒนาระบบรับเรื่องร้องเรียนออนไลน์", [], None, ["กองคลัง"], "ม.ค. ๖๙", "2026-01-01", "2026-01-31", 1),
        ("plan", 4, "ประชุมประชาคมเรื่องการใช้จ่ายงบประมาณ", [], None, ["สำนักปลัด"], "มี.ค. ๖๙", "2026-03-01", "2026-03-31", 1),
    ]
    assert [(c.code, c.message) for c in result.checks] == [("TABLE_FROM_LAYOUT", HEADER_CHECK.format(
        rows=4, columns=4, header="โครงการ | งบประมาณ (บาท) | ผู้รับผิดชอบ | ระยะเวลา", more=""))]
    [table] = [b for b in _read("layout_tabs.pdf", reader).blocks if isinstance(b, Table)]
    assert [r.cells[1] for r in table.rows] == ["งบประมาณ (บาท)", "๑๕,๐๐๐", "๘,๕๐๐", "๒๐,๐๐๐", "๑๒,๐๐๐"]


@pytest.mark.parametrize("name", ["layout_negatives.pdf", "layout_table.pdf", "plan_table.pdf", "split_row.pdf",
                                  "score_prose.pdf", "measures_list.pdf"])
def test_pages_without_a_table_of_header_words_keep_their_reading(name, monkeypatch):
    # a table of contents, numbered paragraphs, two-column prose and a signature block (and every
    # ruled fixture) give the records they gave before tables were read from the layout
    doc = _read(name, "pdfium")
    result = extract_document(doc)
    monkeypatch.setattr(gutter_tables, "find", lambda lines, number, height, carry: ([], lines, None))
    before = extract_document(_read(name, "pdfium"))
    if name == "layout_table.pdf":  # the one positive here: the finder's table is what differs
        assert [c.code for c in result.checks] == ["TABLE_FROM_LAYOUT"] and len(before.measures) == 0
        return
    assert not [c for c in result.checks if c.code == "TABLE_FROM_LAYOUT"]
    assert (result.measures, result.findings, result.scores, result.checks) == (
        before.measures, before.findings, before.scores, before.checks)


def test_the_negatives_page_holds_its_look_alikes_as_text():
    doc = _read("layout_negatives.pdf", "pdfium")
    texts = [b.text for b in doc.blocks if isinstance(b, Line)]
    assert not [b for b in doc.blocks if isinstance(b, Table)]
    assert any(t.startswith("ส่วนที่ ๑ มาตรการและผู้รับผิดชอบ...") for t in texts)  # dot leaders
    assert any(t.startswith("ลงชื่อ ") for t in texts) and "ผู้รับผิดชอบ ผู้ดำเนินการ ผู้อนุมัติ" in texts


def test_a_header_line_with_no_table_read_under_it_is_still_reported():
    # the finder needs rows under the header; a header over lines it cannot read keeps the warning
    doc = Document(source_file="x.pdf", sha256="sha", reader="pdf", pages=1)
    doc.blocks = [Line(text="แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", page=1),
                  Line(text="ลำดับ มาตรการ ขั้นตอนการดำเนินการ ผู้รับผิดชอบ ระยะเวลา", page=1)]
    result = extract_document(doc)
    assert "TABLE_WITHOUT_RULES" in [c.code for c in result.checks]


@pytest.mark.parametrize("cell, fields", [
    ("ผู้รับผิดชอบ", ("responsible",)),
    ("ระยะเวลาดำเนินการ (ต.ค. ๖๗ – ก.ย. ๖๘)", ("timeframe",)),
    ("ที่", ()),
    ("ลำดับ", ()),
    ("ผลการดำเนินงาน/ผลลัพธ์", ("output", "outcome")),
    ("เผยแพร่มาตรการให้ประชาชนทราบ", None),  # a sentence holding a header word
    ("ลงชื่อ", None),
    ("ผู้อนุมัติ", None),
    ("ระยะ", None),  # a header wrapped onto the next line: read with its second part
    ("ลำดับที่.", ()),
    ("ผู้รับผิดชอบ:", ("responsible",)),
    ("โครงการ..........", None),  # a form's blank to fill in
    ("ผู้รับผิดชอบ: กองคลัง", None),  # a label and its value
])
def test_header_cells_are_made_of_header_words(cell, fields):
    assert cell_fields(cell) == fields


def test_a_line_is_looked_at_only_when_it_names_two_fields():
    assert may_be_header_line("ลำดับ มาตรการ ขั้นตอนการดำเนินการ ผู้รับผิดชอบ ระยะเวลา")
    assert not may_be_header_line("มาตรการที่ ๑ การเปิดเผยข้อมูลต่อสาธารณะ")
    assert not may_be_header_line("ลงชื่อ ............ ลงชื่อ ............ ลงชื่อ ............")


def _line(top: float, spans: list[tuple[float, str]], size: float = 10.0) -> dict:
    """A text line as char_layout.text_lines gives it: chars 5 pt wide from each span's x."""
    chars = []
    for x, text in spans:
        for k, letter in enumerate(text):
            chars.append({"text": letter, "x0": x + 5 * k, "x1": x + 5 * k + 5, "top": top, "bottom": top + size,
                          "size": size, "upright": True})
    return {"text": " ".join(t for _, t in spans), "x0": chars[0]["x0"], "x1": chars[-1]["x1"], "top": top,
            "bottom": top + size, "chars": chars}


def test_a_line_across_the_gutters_ends_the_table_and_stays_text():
    lines = [_line(100, [(40, "มาตรการ"), (200, "ผู้รับผิดชอบ"), (400, "ระยะเวลา")]),
             _line(115, [(40, "ลดขั้นตอน"), (200, "กองคลัง"), (400, "ต.ค.๖๗")]),
             _line(130, [(40, "เปิดเผยข้อมูล"), (200, "กองช่าง"), (400, "พ.ย.๖๗")]),
             _line(145, [(40, "ข้อความต่อเนื่องยาวเต็มบรรทัดข้ามช่องว่างระหว่างคอลัมน์ทั้งหมดไปจนสุดบรรทัดของหน้ากระดาษนี้")])]
    pieces, rest, carry = gutter_tables.find(lines, 1, 800.0, None)
    assert [r.cells for r in pieces[0].table.rows] == [
        ["มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"], ["ลดขั้นตอน", "กองคลัง", "ต.ค.๖๗"], ["เปิดเผยข้อมูล", "กองช่าง", "พ.ย.๖๗"]]
    assert [line["text"] for line in rest] == [lines[3]["text"]] and carry is None
    assert pieces[0].table.bbox == Box(x0=40.0, top=100.0, x1=440.0, bottom=140.0)
    # that line stands where the next row would: rows may go on below it as text, and the auditor is told
    assert pieces[0].cut == lines[3]["text"]
    [found, cut] = _layout_checks(pieces[0])
    assert (found.code, cut.code, cut.severity, cut.where.page) == ("TABLE_FROM_LAYOUT", "TABLE_LAYOUT_CUT", "warning", 1)
    assert cut.source_text == lines[3]["text"] and "rows below it, if any, were left as text" in cut.message
    # prose set apart from the table by a wider gap is no cut
    lines[3] = _line(165, [(40, lines[3]["text"])])
    [piece] = gutter_tables.find(lines, 1, 800.0, None)[0]
    assert piece.cut is None and _layout_checks(piece)[1:] == []


def test_a_header_over_one_row_or_one_field_is_no_table():
    one_row = [_line(100, [(40, "มาตรการ"), (200, "ผู้รับผิดชอบ"), (400, "ระยะเวลา")]),
               _line(115, [(40, "ลดขั้นตอน"), (200, "กองคลัง"), (400, "ต.ค.๖๗")])]
    assert gutter_tables.find(one_row, 1, 800.0, None)[0] == []
    one_field = [_line(100, [(40, "มาตรการ"), (200, "มาตรการ"), (400, "มาตรการ")])] + one_row[1:] * 1 + [
        _line(130, [(40, "เปิดเผยข้อมูล"), (200, "กองช่าง"), (400, "พ.ย.๖๗")])]
    assert gutter_tables.find(one_field, 1, 800.0, None)[0] == []


def test_two_numbers_one_above_the_other_are_two_rows_even_under_a_blank_key():
    # a tool column merged over its indicators: the second indicator's line has no key text, but a
    # score under a score is a row of its own (as a ruled row with an empty first cell)
    lines = [_line(100, [(40, "ที่"), (120, "ตัวชี้วัด"), (400, "คะแนน")]),
             _line(115, [(40, "IIT"), (120, "การปฏิบัติหน้าที่"), (400, "๙๔.๒๑")]),
             _line(130, [(120, "การใช้งบประมาณ"), (400, "๙๑.๐๘")]),
             _line(145, [(40, "EIT"), (120, "คุณภาพการดำเนินงาน"), (400, "๘๕.๖๖")]),
             _line(160, [(120, "ของหน่วยงาน")])]  # a wrapped indicator name: no number, no row
    [piece] = gutter_tables.find(lines, 1, 800.0, None)[0]
    assert [r.cells for r in piece.table.rows] == [
        ["ที่", "ตัวชี้วัด", "คะแนน"], ["IIT", "การปฏิบัติหน้าที่", "๙๔.๒๑"], ["", "การใช้งบประมาณ", "๙๑.๐๘"],
        ["EIT", "คุณภาพการดำเนินงานของหน่วยงาน", "๘๕.๖๖"]]

"""Scanned ruled tables with marks, short rows and month columns (extract/readers/ocr_grid.py,
ocr_cells.py; extract/parse/tables.py's month columns).

Found on probes: a Gantt-style plan (months as columns, ticked) was read as an implementation report
whose status was a tick misread ("”"); a report with ticks lost the row number "๒" and merged two
measures; the tone marks over a cell's line, read with marks of the next cell's line, went into the
cell's text ("๑4 A v a = มาตรการ…"); the vertical rules of a row of one line (shorter than 1/3 inch)
were not seen. samples/scanned/tick_report_scan.pdf, month_plan_scan.pdf and month_wrap_scan.pdf are made by
samples/scanned/make_grid_scans.py (other bodies and words than the probes)."""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from extract import extract_file
from extract.readers import ocr, ocr_cells, ocr_grid
from extract.readers.ocr_layout import TessLine, Word, tess_lines
from tests.conftest import SAMPLES, need_tesseract
from tests.test_ocr_grid import HEAD, _grid_page, _word


def _mark(line: int, k: int, left: int, right: int, top: int, text: str, conf: int) -> str:
    return f"5\t1\t1\t1\t{line}\t{k}\t{left}\t{top}\t{right - left}\t15\t{conf}\t{text}"


def test_marks_over_a_cells_line_read_with_words_elsewhere_are_left_out():
    # the marks over "เผยแพร่ข้อมูล" (row 3, first cell) read as one line with the marks over the third
    # cell's text, which hold a Thai run ("เสส่"): the line has a word, its first piece none
    tsv = "\n".join([
        HEAD,
        _word(1, 1, 120, 170, 150, "มาตรการ"), _word(1, 2, 420, 560, 150, "ผู้รับผิดชอบ"),
        _mark(2, 1, 130, 150, 415, "๑4", 90), _mark(2, 2, 200, 215, 415, "A", 89), _mark(2, 3, 250, 265, 415, "=", 71),
        _mark(2, 4, 840, 900, 415, "เสส่", 92),
        _word(3, 1, 120, 300, 440, "เผยแพร่ข้อมูล"), _word(3, 2, 840, 960, 440, "ต.ค.67"),
    ]) + "\n"
    text = "มาตรการ   ผู้รับผิดชอบ\n๑4 A =   เสส่\nเผยแพร่ข้อมูล   ต.ค.67\n"
    grid = ocr.erase_rules_of_grid(_grid_page())
    assert grid is not None
    tables, _, dropped, _ = ocr_grid.read(grid, tess_lines(tsv, text), 1, 300, ocr._is_ghost)
    (_, table), = tables
    # (rows without text are no rows of the piece); the third cell's "ต.ค.67", a line of its own size
    # under the marks, stays
    assert [row.cells for row in table.rows] == [["มาตรการ", "ผู้รับผิดชอบ", ""], ["เผยแพร่ข้อมูล", "", "เสส่<br>ต.ค.67"]]
    assert dropped == ["๑4 A ="]


def test_cells_left_empty_or_unsure_are_read_again_alone():
    # the page reading lost row 3's number and read a tick in row 4 as "”"; read alone, the number is
    # "๒", the tick a mark; the row across the columns (its "i" a noise line, left out) has ink that
    # reads as nothing clear alone: it stays empty, noted
    tsv = "\n".join([
        HEAD,
        _word(1, 1, 120, 170, 150, "ที่"), _word(1, 2, 420, 560, 150, "มาตรการ"),
        _word(2, 1, 450, 460, 300, "i", 60),
        _word(3, 1, 420, 600, 440, "เผยแพร่ข้อมูล"),
        _word(4, 1, 120, 140, 600, "1"), _word(4, 2, 420, 600, 600, "ประชุมชี้แจง"), _word(4, 3, 850, 880, 600, "”", 40),
    ]) + "\n"
    text = "ที่   มาตรการ\ni\nเผยแพร่ข้อมูล\n1   ประชุมชี้แจง   ”\n"
    grid = ocr.erase_rules_of_grid(_grid_page())
    assert grid is not None
    asked: list[tuple[int, int, int, int]] = []

    def reread(boxes):
        asked.extend(boxes)
        out = []
        for left, top, right, bottom in boxes:
            mid = ((left + right) // 2, (top + bottom) // 2)
            if mid[0] < 400 and 400 < mid[1] < 550:  # row 3's number
                out.append(ocr_cells.Reading([TessLine(("a",), [Word("๒", mid[0], mid[1] - 15, mid[0] + 20, mid[1] + 15, 100.0)])]))
            elif mid[0] > 800 and 550 < mid[1] < 700:  # row 4's tick
                out.append(ocr_cells.Reading([TessLine(("b",), [Word("✓", mid[0], mid[1] - 15, mid[0] + 20, mid[1] + 15, 100.0)])]))
            elif 250 < mid[1] < 400:  # the row across
                out.append(ocr_cells.Reading([], unclear=True, written="l"))
            else:
                out.append(None)  # no ink
        return out

    tables, _, _, notes = ocr_grid.read(grid, tess_lines(tsv, text), 1, 300, ocr._is_ghost, reread)
    (_, table), = tables
    assert [row.cells for row in table.rows] == [["ที่", "มาตรการ", ""], ["๒", "เผยแพร่ข้อมูล", ""],
                                                 ["1", "ประชุมชี้แจง", "✓"]]
    assert notes.reread == [("", "๒"), ("”", "✓")] and notes.unclear == [""]
    # asked: the four empty cells and the unsure "1" and "”", not "ที่", "มาตรการ" or the titles ("1" read
    # alone gave None here: the page's reading stands)
    assert len(asked) == 6


def _glyph(kind: str) -> np.ndarray:
    cell = np.full((100, 120), 255, np.uint8)
    if kind == "tick":
        for k in range(12):
            cell[50 + k:53 + k, 40 + k:43 + k] = 0      # the short stroke down
        for k in range(30):
            cell[62 - k:65 - k, 52 + k // 2 * 1 + k // 2:55 + k] = 0  # the long stroke up
    elif kind == "ring":  # a digit's head: a closed loop
        cell[35:70, 40:75] = 0
        cell[42:63, 47:68] = 255
    elif kind == "dash":
        cell[50:54, 40:70] = 0
    cell[8:11, 10:100] = 0  # a piece of a rule left in the cell
    return cell


def test_a_lone_glyph_is_a_mark_only_when_open_and_about_square():
    page = np.full((300, 400), 255, np.uint8)
    page[0:100, 0:120] = _glyph("tick")
    page[100:200, 0:120] = _glyph("ring")
    page[200:300, 0:120] = _glyph("dash")

    def tesseract(path, base):  # read nothing clear: the ink decides
        return "", HEAD + "\n"

    tick, ring, dash = ocr_cells.read_cells(page, [(0, 0, 120, 100), (0, 100, 120, 200), (0, 200, 120, 300)], tesseract)
    assert tick is not None and [w.text for line in tick.lines for w in line.words] == ["✓"]
    # a closed loop is no tick: this one is the digit ๐, read from its glyph
    assert ring is not None and [w.text for line in ring.lines for w in line.words] == ["๐"]
    assert dash is None  # a dash is as thin as a rule's piece: nothing left to read


def _short_row_page() -> np.ndarray:
    """Rows 70 px tall (one line of 12 pt type), a row across the columns between each two: the
    columns' rules are as short as a row."""
    page = np.full((1400, 1200), 255, np.uint8)
    rows = (100, 170, 240, 310, 380, 450)
    columns = (100, 300, 700, 1100)
    for y in rows:
        page[y:y + 2, columns[0]:columns[-1] + 1] = 0
    for x in columns:
        page[rows[0]:rows[-1] + 1, x:x + 2] = 0 if x in (columns[0], columns[-1]) else 255
    for a, b in ((rows[0], rows[1]), (rows[2], rows[3]), (rows[4], rows[5])):
        for x in columns[1:-1]:
            page[a:b + 1, x:x + 2] = 0
    page[250:300, 130:140] = 0  # a glyph's stroke in a spanning row: no rule
    return page


def test_vertical_rules_as_short_as_a_row_of_one_line_give_the_cells():
    grid = ocr.erase_rules_of_grid(_short_row_page())
    assert grid is not None and len(grid.tables) == 1
    assert [sum(c is not None for c in row.cells) for row in grid.tables[0].rows] == [3, 1, 3, 1, 3]


@pytest.mark.ocr
def test_a_scanned_report_of_ticked_options_gives_each_measure_its_status():
    need_tesseract()
    result = extract_file(SAMPLES / "scanned" / "tick_report_scan.pdf")
    assert [c.code for c in result.checks if c.code.startswith("OCR_")][:1] == ["OCR_PAGE_STRAIGHTENED"]
    got = [(m.table, m.row, m.section, m.title, m.responsible, m.status, m.timeframe) for m in result.measures]
    # the text-layer PDF's measures, row for row (its Thai digits read from their glyphs, its ticks as
    # marks, the rows apart); the titles as Tesseract read their letters ("เรือง", "ชีแจง", a stray
    # "ซ" before "ประชุม", "เจ้าหน้าที" without its tone mark); the text layer's indicators 2 and 4 were
    # named by words OCR did not read whole
    complaints, budget = "ด้านการรับเรืองร้องเรียน", "ด้านการใช้งบประมาณและทรัพย์สิน"
    assert got == [
        ("implementation", 1, complaints, "ติดประกาศช่องทางร้องเรียนการทุจริตหน้าอาคาร", [], "ดำเนินการแล้ว", None),
        ("implementation", 2, complaints, "จัดทำทะเบียนคุมการรับของขวัญของเจ้าหน้าที", [], "อยู่ระหว่างดำเนินการ", None),
        ("implementation", 3, budget, "เผยแพร่รายงานการใช้จ่ายงบประมาณทุกไตรมาส", [], "ดำเนินการแล้ว", None),
        ("implementation", 4, budget, "ซประชุมชีแจงแนวทางการใช้ทรัพย์สินของราชการ", [], "ยังไม่ดำเนินการ", None),
    ]


@pytest.mark.ocr
def test_a_scanned_plan_of_ticked_months_is_a_plan_and_months_read_as_no_month_are_named_by_place():
    need_tesseract()
    result = extract_file(SAMPLES / "scanned" / "month_plan_scan.pdf")
    got = [(m.table, m.row, m.title, m.responsible, m.status, m.timeframe, m.period_start, m.period_end)
           for m in result.measures]
    # row 1 ticks October and November (labels read "ต.ค.", "พ.ย."); row 2's months are shaded grey, all
    # twelve (marks "■", which the text layer does not say); row 3 ticks April to June, whose labels
    # Tesseract read as no month ("ม.ย", "เพมพม", "ย."): twelve month columns from "ต.ค." whose labels
    # read agree on the fiscal year's order name them by their place
    assert got == [
        ("plan", 1, "ประชุมซักซ้อมแนวปฏิบัติการจัดซื้อจัดจ้าง", ["ฝ่ายบริหารทั่วไป"], None, "ต.ค. - พ.ย.",
         date(2024, 10, 1), date(2024, 11, 30)),
        ("plan", 2, "ตรวจสอบการลงเวลาปฏิบัติราชการ", ["ฝ่ายปกครอง"], None, "ต.ค. - ก.ย.", date(2024, 10, 1),
         date(2025, 9, 30)),
        ("plan", 3, "รับฟังความเห็นผู้มาติดต่อราชการ", ["งานทะเบียน"], None, "เม.ย. - มิ.ย.", date(2025, 4, 1), date(2025, 6, 30)),
    ]
    assert [c.code for c in result.checks if c.code.startswith("MONTH_COLUMN")] == ["MONTH_COLUMN_BY_ORDER"] * 2
    assert [(c.where.row, c.after) for c in result.checks if c.code == "MONTH_COLUMN_BY_ORDER"] == [
        (2, "ธ.ค. | มี.ค. | เม.ย. | พ.ค. | มิ.ย. | ส.ค."), (3, "เม.ย. | พ.ค. | มิ.ย.")]
    assert [(c.code, c.page) for c in result.checks if c.code == "OCR_CELLS_SHADED"] == [("OCR_CELLS_SHADED", 1)]


def test_a_bare_number_read_alone_unclearly_is_kept_only_in_a_column_of_numbers():
    # row 3's number read alone as "7" at low confidence, beside row 4's "1" read clearly: a row
    # number; the same reading in the third column, where no cell is a number, stays unclear
    tsv = "\n".join([
        HEAD,
        _word(1, 1, 120, 170, 150, "ที่"), _word(1, 2, 420, 560, 150, "มาตรการ"),
        _word(3, 1, 420, 600, 440, "เผยแพร่ข้อมูล"),
        _word(4, 1, 120, 140, 600, "1"), _word(4, 2, 420, 600, 600, "ประชุมชี้แจง"),
    ]) + "\n"
    text = "ที่   มาตรการ\nเผยแพร่ข้อมูล\n1   ประชุมชี้แจง\n"
    grid = ocr.erase_rules_of_grid(_grid_page())
    assert grid is not None

    def reread(boxes):
        out = []
        for left, top, right, bottom in boxes:
            mid = ((left + right) // 2, (top + bottom) // 2)
            alone = [TessLine(("a",), [Word("7", mid[0], mid[1] - 15, mid[0] + 20, mid[1] + 15, 70.0)])]
            if 400 < mid[1] < 550 and (mid[0] < 400 or mid[0] > 800):  # row 3's number and third cell
                out.append(ocr_cells.Reading([], unclear=True, written="7", alone=alone))
            else:
                out.append(None)
        return out

    tables, _, _, notes = ocr_grid.read(grid, tess_lines(tsv, text), 1, 300, ocr._is_ghost, reread)
    (_, table), = tables
    assert [row.cells for row in table.rows] == [["ที่", "มาตรการ", ""], ["7", "เผยแพร่ข้อมูล", ""],
                                                 ["1", "ประชุมชี้แจง", ""]]
    assert notes.reread == [("", "7")] and notes.unclear == [""]


def _plain_grid_page() -> np.ndarray:
    """A 4-column grid at 300 dpi: a header row and three rows, no row across the columns."""
    page = np.full((1400, 1200), 255, np.uint8)
    for y in (100, 250, 400, 550, 700):
        page[y:y + 2, 100:1151] = 0
    for x in (100, 300, 700, 900, 1150):
        page[100:701, x:x + 2] = 0
    return page


def test_a_row_number_read_unclearly_outside_a_column_of_numbers_keeps_its_row_apart():
    # a school's plan whose rows 1 and 2 hold numbers that read alone only as a low-confidence "4"
    # and "7" (no number of the column read clearly: nothing says what they are); row 3's number
    # cell is empty, its text the rest of row 2's title. The unclear numbers are left out, as before,
    # but their rows are not joined to the one above (their cells hold ink: a number); row 3 still is
    from extract.clean import clean_table
    from extract.parse.measures import measures_from_tables

    tsv = "\n".join([
        HEAD,
        _word(1, 1, 120, 170, 150, "ที่"), _word(1, 2, 320, 460, 150, "กิจกรรม"), _word(1, 3, 720, 880, 150, "ผู้รับผิดชอบ"),
        _word(1, 4, 920, 1100, 150, "ระยะเวลา"),
        _word(2, 1, 320, 680, 300, "จัดทำคู่มือการให้บริการประชาชน"), _word(2, 2, 720, 860, 300, "กองคลัง"),
        _word(2, 3, 920, 1000, 300, "ม.ค."),
        _word(3, 1, 320, 680, 450, "ประชุมชี้แจงเจ้าหน้าที่เรื่องการรับ"), _word(3, 2, 720, 860, 450, "สำนักปลัด"),
        _word(3, 3, 920, 1000, 450, "มี.ค."),
        _word(4, 1, 320, 500, 600, "ของขวัญ"),
    ]) + "\n"
    text = ("ที่   กิจกรรม   ผู้รับผิดชอบ   ระยะเวลา\nจัดทำคู่มือการให้บริการประชาชน   กองคลัง   ม.ค.\n"
            "ประชุมชี้แจงเจ้าหน้าที่เรื่องการรับ   สำนักปลัด   มี.ค.\nของขวัญ\n")
    grid = ocr.erase_rules_of_grid(_plain_grid_page())
    assert grid is not None

    def reread(boxes):
        out = []
        for left, top, right, bottom in boxes:
            mid = ((left + right) // 2, (top + bottom) // 2)
            digit = "4" if 250 < mid[1] < 400 else "7"
            alone = [TessLine(("a",), [Word(digit, mid[0], mid[1] - 15, mid[0] + 20, mid[1] + 15, 60.0)])]
            if mid[0] < 300 and 250 < mid[1] < 550:  # rows 1 and 2's numbers; row 3's has no ink
                out.append(ocr_cells.Reading([], unclear=True, written=digit, alone=alone))
            else:
                out.append(None)
        return out

    tables, _, _, notes = ocr_grid.read(grid, tess_lines(tsv, text), 1, 300, ocr._is_ghost, reread)
    (_, table), = tables
    assert [(row.cells, row.unread_numbers) for row in table.rows] == [
        (["ที่", "กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลา"], ()),
        (["", "จัดทำคู่มือการให้บริการประชาชน", "กองคลัง", "ม.ค."], (0,)),
        (["", "ประชุมชี้แจงเจ้าหน้าที่เรื่องการรับ", "สำนักปลัด", "มี.ค."], (0,)),
        (["", "ของขวัญ", "", ""], ())]
    assert notes.unclear == ["", ""]
    found = measures_from_tables([clean_table(table)], 2568)
    assert [(m.row, m.title, m.responsible, m.timeframe) for m in found.measures] == [
        (1, "จัดทำคู่มือการให้บริการประชาชน", ["กองคลัง"], "ม.ค."),
        (2, "ประชุมชี้แจงเจ้าหน้าที่เรื่องการรับของขวัญ", ["สำนักปลัด"], "มี.ค.")]


def test_a_cell_filled_grey_without_text_is_a_mark_unless_its_rows_text_is_grey_too():
    # a Gantt chart shading the months instead of ticking them: the header row filled grey (its last
    # cell empty), row 1's last cell grey (a month run), row 2's on paper, row 3's grey with text
    page = _plain_grid_page()
    for x0, x1 in ((102, 300), (302, 700), (702, 900), (902, 1150)):
        page[102:250, x0:x1] = 191  # the header row, every cell
    page[252:400, 902:1150] = 191  # row 1's last cell
    page[552:700, 902:1150] = 191  # row 3's last cell, which holds text
    tsv = "\n".join([
        HEAD,
        _word(1, 1, 120, 170, 150, "ที่"), _word(1, 2, 320, 460, 150, "กิจกรรม"), _word(1, 3, 720, 880, 150, "ผู้รับผิดชอบ"),
        _word(2, 1, 120, 140, 300, "1"), _word(2, 2, 320, 680, 300, "ติดตั้งกล่องรับความคิดเห็น"),
        _word(2, 3, 720, 860, 300, "งานธุรการ"),
        _word(3, 1, 120, 140, 450, "2"), _word(3, 2, 320, 680, 450, "ประกาศเจตจำนงสุจริต"), _word(3, 3, 720, 860, 450, "ผู้อำนวยการ"),
        _word(4, 1, 120, 140, 600, "3"), _word(4, 2, 320, 680, 600, "รายงานผลต่อคณะกรรมการ"),
        _word(4, 3, 920, 1000, 600, "มี.ค."),
    ]) + "\n"
    text = ("ที่   กิจกรรม   ผู้รับผิดชอบ\n1   ติดตั้งกล่องรับความคิดเห็น   งานธุรการ\n"
            "2   ประกาศเจตจำนงสุจริต   ผู้อำนวยการ\n3   รายงานผลต่อคณะกรรมการ   มี.ค.\n")
    grid = ocr.erase_rules_of_grid(page)
    assert grid is not None
    tables, _, _, notes = ocr_grid.read(grid, tess_lines(tsv, text), 1, 300, ocr._is_ghost,
                                        shaded=ocr_cells.shade_reader(page))
    (_, table), = tables
    assert [row.cells for row in table.rows] == [
        ["ที่", "กิจกรรม", "ผู้รับผิดชอบ", ""],
        ["1", "ติดตั้งกล่องรับความคิดเห็น", "งานธุรการ", "■"],
        ["2", "ประกาศเจตจำนงสุจริต", "ผู้อำนวยการ", ""],
        ["3", "รายงานผลต่อคณะกรรมการ", "", "มี.ค."]]
    assert notes.shaded == 1


@pytest.mark.ocr
def test_a_scanned_plan_of_narrow_months_with_wrapped_labels_and_a_shaded_run_gives_each_timeframe():
    need_tesseract()
    result = extract_file(SAMPLES / "scanned" / "month_wrap_scan.pdf")
    got = [(m.table, m.row, m.title, m.responsible, m.status, m.timeframe, m.period_start, m.period_end)
           for m in result.measures]
    # each label wrapped in its narrow cell ("ต.ค." over "๖๗"); Tesseract read half of them as no month
    # ("F.ค.", "ม A.", "ย. ๖๘", "พ") and March's as "ม.ค.": named by their place among "ต.ค.", "พ.ย."
    # read in order, twelve columns from October (the text layer's months, row for row); row 2's
    # months are shaded grey, not ticked
    assert got == [
        ("plan", 1, "อบรมให้ความรู้เรืองผลประโยชน์ทับซ้อนแก่พนักงาน", ["สำนักปลัด"], None, "พ.ย. - ม.ค.",
         date(2024, 11, 1), date(2025, 1, 31)),
        ("plan", 2, "เปิดเผยข้อมูลการจัดซือจัดจ้างบนเว็บไซต์", ["กองคลัง"], None, "ม.ค. - เม.ย.",
         date(2025, 1, 1), date(2025, 4, 30)),
        ("plan", 3, "สำรวจความพึงพอใจของประชาชนผู้รับบริการ", ["กองชาง"], None, "พ.ค. - มิ.ย.",
         date(2025, 5, 1), date(2025, 6, 30)),
    ]
    assert [(c.where.row, c.after) for c in result.checks if c.code.startswith("MONTH_COLUMN")] == [
        (1, "ธ.ค. | ม.ค."), (2, "ม.ค. | ก.พ. | มี.ค. | เม.ย."), (3, "พ.ค. | มิ.ย.")]

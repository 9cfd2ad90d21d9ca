"""A ruled table on a scanned page, read from its grid (extract/readers/ocr_grid.py).

Tesseract reads a ruled table whose cells wrap line by line across the page: the columns blur and no
table parser sees the rows (a scanned 5-column implementation report gave no measures). The rules
found on the page now give the cells (pdfplumber's edge-to-cell steps, as for a text-layer PDF), each
word of Tesseract's TSV goes to the cell holding its centre, and the cells are read as the text path
reads a PDF's. samples/scanned/ruled_scores_scan.pdf and ruled_plan_scan.pdf are made by
samples/scanned/make_ruled_scans.py (a school's 3-column score table, grey; a municipality's plan of
measures with rows spanning the columns, running on to a second page, black and white)."""
from __future__ import annotations

import os
from datetime import date

import numpy as np
import pytest

from extract import extract_file
from extract.readers import ocr, ocr_grid
from extract.readers.ocr_layout import tess_lines
from tests.conftest import SAMPLES, need_tesseract

# A page at 300 dpi with a 3-column grid, its rules one pixel wide and askew (a pixel every 100 px:
# no ink run of a rule is as long as RULE_MIN_SHARE of the page without the drift allowed), the
# second row one cell across the columns (no vertical rules in it).
COLUMNS = (100, 400, 800, 1100)
ROWS = (100, 250, 400, 550, 700)


def _grid_page() -> np.ndarray:
    page = np.full((1400, 1200), 255, np.uint8)
    for y in ROWS:
        for x in range(COLUMNS[0], COLUMNS[-1] + 1):
            page[y + x // 100 - 1, x] = 0
    for x in COLUMNS:
        for y in range(ROWS[0], ROWS[-1] + 1):
            if x in COLUMNS[1:-1] and ROWS[1] < y < ROWS[2]:
                continue  # the spanning row
            page[y, x - y // 100 + 1] = 0
    return page


def test_the_rules_of_a_grid_askew_give_its_cells_and_a_row_spanning_them():
    page = _grid_page()
    grid = ocr.erase_rules_of_grid(page)
    assert grid is not None and len(grid.tables) == 1
    table = grid.tables[0]
    assert [[cell is None for cell in row.cells] for row in table.rows] == [
        [False, False, False], [False, True, True], [False, False, False], [False, False, False]]
    # cell boxes in points (300 dpi: 0.24 pt a pixel), within the rules' drift
    assert [round(x) for x in (table.rows[0].cells[0][0], table.rows[0].cells[1][0], table.rows[0].cells[2][0],
                               table.rows[0].cells[2][2])] == [24, 96, 192, 264]
    assert table.rows[1].cells[0][2] == pytest.approx(264, abs=2)  # the spanning cell reaches the last rule
    assert (page == 255).all()  # every rule erased


def test_a_framed_box_or_rules_alone_are_no_table():
    box = np.full((1400, 1200), 255, np.uint8)
    box[100, 100:1100] = box[300, 100:1100] = 0
    box[100:301, 100] = box[100:301, 1100] = 0  # one cell: a framed title
    assert ocr.erase_rules_of_grid(box.copy()) is None
    lines = np.full((1400, 1200), 255, np.uint8)
    lines[200, 100:1100] = lines[900, 100:1100] = 0  # two rules, nothing across
    assert ocr.erase_rules_of_grid(lines.copy()) is None
    # a page without a grid is erased as before
    assert (ocr.erase_rules_of_grid(lines) is None) and (lines == 255).all()


HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _word(line: int, k: int, left: int, right: int, top: int, text: str, conf: int = 95) -> str:
    return f"5\t1\t1\t1\t{line}\t{k}\t{left}\t{top}\t{right - left}\t35\t{conf}\t{text}"


# Tesseract's reading of the grid page: a line across the header row, whose "ผู" is boxed from the
# space before it (its centre left of the rule, the glyphs after it written against it); a line of
# tone marks read apart ("e A", low confidence); a cell of two lines; a bar left of a rule; and a
# signature line under the table; a line of noise, in the last row, alone in its cells.
TSV = "\n".join([
    HEAD,
    _word(1, 1, 120, 170, 150, "มา"), _word(1, 2, 170, 260, 150, "ตรการ"), _word(1, 3, 370, 425, 150, "ผู"),
    _word(1, 4, 425, 600, 150, "้รับผิดชอบ"), _word(1, 5, 820, 980, 150, "ระยะเวลา"),
    _word(2, 1, 120, 250, 300, "ด้านที่"), _word(2, 2, 270, 290, 300, "๑"),
    _word(3, 1, 130, 150, 415, "e", 30), _word(3, 2, 200, 215, 415, "A", 40),
    _word(4, 1, 120, 150, 440, "1."), _word(4, 2, 170, 300, 440, "เผยแพร่"), _word(4, 3, 420, 560, 440, "กองคลัง"),
    _word(4, 4, 820, 900, 440, "ต.ค."), _word(4, 5, 920, 960, 440, "67"),
    _word(5, 1, 170, 280, 490, "ข้อมูล"), _word(5, 2, 402, 406, 490, "|"),
    _word(7, 1, 120, 140, 600, "2", 60), _word(7, 2, 420, 470, 600, "Sh", 40),
    _word(6, 1, 120, 260, 800, "ลงชื่อ"),
]) + "\n"
TEXT = ("มาตรการ   ผู้รับผิดชอบ   ระยะเวลา\nด้านที่ ๑\ne A\n1. เผยแพร่   กองคลัง   ต.ค. 67\nข้อมูล |\n2   Sh\n"
        "ลงชื่อ\n")


def test_each_word_goes_to_the_cell_holding_it_and_cells_read_as_the_text_path_reads_them():
    grid = ocr.erase_rules_of_grid(_grid_page())
    assert grid is not None
    tables, rest, dropped, _ = ocr_grid.read(grid, tess_lines(TSV, TEXT), 3, 300, ocr._is_ghost)
    (top, table), = tables
    assert top == pytest.approx(25, abs=1) and table.page == 3  # the askew top rule's middle
    assert [row.cells for row in table.rows] == [["มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"],
                                                 ["ด้านที่ ๑", "", ""],
                                                 ["1. เผยแพร่ข้อมูล", "กองคลัง", "ต.ค. 67"],
                                                 ["2", "", ""]]
    assert [row.page for row in table.rows] == [3, 3, 3, 3]
    assert table.rows[1].boxes is not None and table.rows[1].boxes[1:] == [None, None]  # the spanning row
    assert [[w.text for w in line.words] for line in rest] == [["ลงชื่อ"]]
    # the marks over "1. เผยแพร่" are noise; of a line of noise alone in its cells, a number is a cell's own
    # (a row's number Tesseract read apart) and the rest noise
    assert dropped == ["e A", "Sh"]




@pytest.mark.ocr
def test_a_scanned_ruled_score_table_gives_its_scores():
    need_tesseract()
    result = extract_file(SAMPLES / "scanned" / "ruled_scores_scan.pdf")
    assert result.report.reader == "pdf+ocr"
    # the text-layer PDF's scores, exactly (Arabic digits: nothing for OCR_NUMBER_UNCONFIRMED to withhold)
    assert [(s.fiscal_year, s.level, s.tool, s.score, s.grade) for s in result.scores] == [
        (2567, "tool", "IIT", 94.27, None), (2567, "tool", "EIT", 90.12, None), (2567, "tool", "OIT", 87.5, None),
        (2567, "overall", None, 89.96, "A")]
    assert (result.report.overall_score, result.report.overall_grade) == (89.96, "A")


@pytest.mark.ocr
def test_a_scanned_ruled_plan_running_on_to_a_second_page_gives_its_measures():
    need_tesseract()
    result = extract_file(SAMPLES / "scanned" / "ruled_plan_scan.pdf")
    got = [(m.row, m.section, m.title, m.responsible, m.timeframe, m.period_start, m.period_end)
           for m in result.measures]
    # as the text-layer PDF gives them, row for row, section for section and date for date; where
    # the titles and units differ, Tesseract read the letters so (a tone mark lost or read as a
    # letter: "เสียง", "กองซช่าง")
    assert got == EXPECTED_PLAN


D = date
OPEN, PREVENT, TAKE_PART = "ด้านการเปิดเผยข้อมูลต่อสาธารณะ", "ด้านการป้องกันการทุจริต", "ด้านการมีส่วนร่วมของประชาชน"
FISCAL_2568 = (D(2024, 10, 1), D(2025, 9, 30))
EXPECTED_PLAN = [
    (1, OPEN, "เผยแพร่แผนการจัดซื้อจัดจ้างและผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์ของเทศบาล", ["กองคลัง"],
     "ตุลาคม 2567 - กันยายน 2568", *FISCAL_2568),
    (2, OPEN, "จัดทำป้ายประชาสัมพันธ์ขั้นตอนการให้บริการและระยะเวลาแล้วเสร็จ", ["สำนักปลัดเทศบาล"], "ธันวาคม 2567",
     D(2024, 12, 1), D(2024, 12, 31)),
    (3, OPEN, "ใเปิดช่องทางถามตอบข้อสงสัยของประชาชนผ่านเพจเฟซบุ๊กของเทศบาล", ["งานประชาสัมพันธ์"], "ตลอดปีงบประมาณ",
     *FISCAL_2568),
    # page 2 repeats the header row (Tesseract left its "ที่" out): stitching joins the pieces as it joins the text path's
    (4, PREVENT, "ประกาศเจตนารมณ์ต่อต้านการทุจริตของผู้บริหารและพนักงานเทศบาล", ["นายกเทศมนตร"], "พฤศจิกายน 2567",
     D(2024, 11, 1), D(2024, 11, 30)),
    (5, PREVENT, "ประเมินความเสียงการขัดกันระหว่างประโยชน์ส่วนตนและประโยชน์ส่วนรวม", ["กองยุทธศาสตร์และงบประมาณ"],
     "มกราคม 2568", D(2025, 1, 1), D(2025, 1, 31)),
    (6, PREVENT, "อบรมพนักงานจ้างเรืองการรับของขวัญและประโยชน์อื่นใด", ["สำนักปลัดเทศบาล"], "มีนาคม 2568",
     D(2025, 3, 1), D(2025, 3, 31)),
    (7, PREVENT, "ตรวจสอบการใช้รถยนต์ส่วนกลางตามสมุดบันทึกการใช้รถ", ["กองซช่าง"], "ทุกไตรมาส", *FISCAL_2568),
    (8, TAKE_PART, "เชิญผู้แทนชุมชนร่วมเป็นกรรมการตรวจรับงานก่อสร้างถนนในหมู่บ้าน", ["กองชาง"], "ตามโครงการ", None, None),
    (9, TAKE_PART, "สำรวจความพึงพอใจของผู้รับบรการทสานกงานเทศบาล", ["สำนักปลัดเทศบาล"], "กรกฎาคม 2568",
     D(2025, 7, 1), D(2025, 7, 31)),
]


def test_a_cells_bottom_rule_drawn_a_little_off_its_rows_keeps_the_cell_in_its_row():
    # a 4-column grid whose rule under the header row is drawn 16 px (300 dpi) lower under the third
    # column only: before, row 1's cell of that column began lower than its row and stood in a row of
    # its own (row 1 lost its unit)
    page = np.full((1400, 1200), 255, np.uint8)
    for y in (100, 250, 400, 550, 700):
        page[y:y + 2, 100:1151] = 0
    for x in (100, 300, 700, 900, 1150):
        page[100:701, x:x + 2] = 0
    page[250:252, 702:900] = 255
    page[266:268, 700:902] = 0
    tsv = "\n".join([
        HEAD,
        _word(1, 1, 120, 170, 150, "ที่"), _word(1, 2, 320, 460, 150, "มาตรการ"), _word(1, 3, 720, 880, 150, "ผู้รับผิดชอบ"),
        _word(1, 4, 920, 1100, 150, "ระยะเวลา"),
        _word(2, 1, 120, 140, 300, "1"), _word(2, 2, 320, 680, 300, "ติดตั้งตู้รับเรื่องร้องเรียน"),
        _word(2, 3, 720, 860, 300, "งานนิติการ"), _word(2, 4, 920, 1000, 300, "ธ.ค."),
        _word(3, 1, 120, 140, 450, "2"), _word(3, 2, 320, 680, 450, "ทบทวนคู่มือการรับเรื่อง"),
        _word(3, 3, 720, 860, 450, "งานธุรการ"), _word(3, 4, 920, 1000, 450, "ม.ค."),
    ]) + "\n"
    text = ("ที่   มาตรการ   ผู้รับผิดชอบ   ระยะเวลา\n1   ติดตั้งตู้รับเรื่องร้องเรียน   งานนิติการ   ธ.ค.\n"
            "2   ทบทวนคู่มือการรับเรื่อง   งานธุรการ   ม.ค.\n")
    grid = ocr.erase_rules_of_grid(page)
    assert grid is not None
    tables, _, _, _ = ocr_grid.read(grid, tess_lines(tsv, text), 1, 300, ocr._is_ghost)
    (_, table), = tables
    assert [row.cells for row in table.rows] == [
        ["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"],
        ["1", "ติดตั้งตู้รับเรื่องร้องเรียน", "งานนิติการ", "ธ.ค."],
        ["2", "ทบทวนคู่มือการรับเรื่อง", "งานธุรการ", "ม.ค."]]


def _month_grid(off: int = 0) -> np.ndarray:
    """An A4-wide page at 300 dpi: a grid of a row-number column, a title column and twelve narrow
    month columns (110 px, shorter than a rule run), the rule under row 1 drawn ``off`` px off under
    the fourth month."""
    page = np.full((1600, 2480), 255, np.uint8)
    xs = [200, 400, 1100] + [1100 + 110 * k for k in range(1, 12)]
    for y in (100, 250, 400, 550, 700):
        page[y:y + 2, xs[0]:xs[-1] + 2] = 0
    for x in xs:
        page[100:701, x:x + 2] = 0
    if off:
        page[400:402, xs[5] + 2:xs[6]] = 255
        page[400 + off:402 + off, xs[5]:xs[6] + 2] = 0
    return page


def test_a_narrow_cells_bottom_rule_drawn_off_its_rows_is_still_the_rows_rule():
    # the piece under one month (110 px, too short to be sought as a rule) drawn 10 or 16 px below
    # its row's rule, or 14 above: before, the month's cells of rows 1 and 2 were one cell across both
    # rows (row 2 had 12 cells)
    for off in (10, 16, -14):
        grid = ocr.erase_rules_of_grid(_month_grid(off))
        assert grid is not None
        assert [sum(c is not None for c in row.cells) for row in grid.tables[0].rows] == [13, 13, 13, 13]


def test_a_line_of_text_across_a_missing_rule_is_no_rule():
    # a title cell across rows 1 and 2 (no rule between them in its column) whose lines of 12 pt
    # text stand at the other columns' rule or near it: the cell stays one across both rows
    from PIL import Image, ImageDraw, ImageFont

    path = "/usr/share/fonts/truetype/tlwg/Garuda.ttf"
    if not os.path.exists(path):
        pytest.skip("no Garuda font")
    font = ImageFont.truetype(path, 50)
    for dy in (-22, -10, 2, 14):
        image = Image.fromarray(_month_grid())
        draw = ImageDraw.Draw(image)
        draw.rectangle([402, 400, 1099, 401], fill=255)
        for k in (-1, 0, 1):
            draw.text((410, 400 + dy + 55 * k), "ประชุมคณะกรรมการติดตามผล", font=font, fill=0)
        grid = ocr.erase_rules_of_grid(np.array(image))
        assert grid is not None
        rows = grid.tables[0].rows
        assert len(rows) == 4 and rows[2].cells[1] is None  # the title cell spans rows 1 and 2

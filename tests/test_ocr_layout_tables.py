"""A table without rules on a scanned page, read from Tesseract's word boxes (extract/readers/ocr_layout.py,
ocr_tables.py).

samples/scanned/tab_stops_scan.pdf is samples/libreoffice/tab_stops.pdf rasterised at 200 dpi: a notice
whose measures are aligned with tab stops under "มาตรการ | ผู้รับผิดชอบ | ระยะเวลา". Tesseract (--psm 3)
read its columns as blocks apart and left the middle one out: the measures had titles only. The page's
lines are now rebuilt from the word boxes and read by the PDF path's layout reader (gutter_tables),
Tesseract asked again with --psm 4 where a header line was read in pieces."""
from __future__ import annotations


import pytest

from extract import extract_paths
from extract.readers.ocr_layout import line_dict, tess_lines, visual_lines
from tests.conftest import SAMPLES, need_tesseract

HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _word(block: int, line: int, k: int, left: int, top: int, width: int, height: int, text: str) -> str:
    return f"5\t1\t{block}\t1\t{line}\t{k}\t{left}\t{top}\t{width}\t{height}\t95\t{text}"


# Two Tesseract blocks side by side (a table read a column at a time): block 1 holds the first column's
# lines, block 2 the last column's, listed after all of block 1's. A Thai word is a box per glyph (the
# tone mark "่" stands above the line) and its glyphs are written without spaces.
TSV = "\n".join([
    HEAD,
    _word(1, 1, 1, 100, 100, 30, 35, "มา"),
    _word(1, 1, 2, 132, 100, 60, 35, "ตรการ"),
    _word(1, 2, 1, 100, 200, 40, 40, "1."),
    _word(1, 2, 2, 160, 200, 60, 35, "งดรับ"),
    _word(1, 2, 3, 222, 180, 10, 20, "่"),
    _word(2, 1, 1, 900, 102, 120, 35, "ระยะเวลา"),
    _word(2, 2, 1, 900, 198, 90, 35, "ตลอดปี"),
]) + "\n"
TEXT = "มาตรการ\n1. งดรับ่\n\nระยะเวลา\nตลอดปี\n"


def test_words_of_two_blocks_on_one_line_make_one_line_left_to_right():
    lines = tess_lines(TSV, TEXT)
    assert [line.text for line in lines] == ["มาตรการ", "1. งดรับ่", "ระยะเวลา", "ตลอดปี"]
    groups = visual_lines(lines)
    assert [[line.text for line in g] for g in groups] == [["มาตรการ", "ระยะเวลา"], ["1. งดรับ่", "ตลอดปี"]]
    first, second = (line_dict(g, 300) for g in groups)
    # points (300 dpi), words in x order; unspaced glyphs are one char, a space a blank char between runs
    assert [c["text"] for c in first["chars"]] == ["มาตรการ", "ระยะเวลา"]
    assert [c["text"] for c in second["chars"]] == ["1.", " ", "งดรับ่", "ตลอดปี"]
    assert (first["x0"], first["x1"], first["top"]) == pytest.approx((24.0, 244.8, 24.0))
    assert first["text"] == "มาตรการ   ระยะเวลา" and second["text"] == "1. งดรับ่   ตลอดปี"
    # every char of a line at one height: a cell's words are never cut into lines by a tone mark
    assert len({(c["top"], c["bottom"]) for c in second["chars"]}) == 1


def test_words_are_spaced_when_the_text_does_not_match_the_tsv():
    line = tess_lines(TSV, "something else\n")[0]
    assert line.text == "" and all(w.space for w in line.words)
    assert [c["text"] for c in line_dict([line], 300)["chars"]] == ["มา", " ", "ตรการ"]




@pytest.mark.ocr
def test_the_scan_of_a_tab_stop_table_gives_the_text_layer_s_measures():
    need_tesseract()
    scan, text_layer = extract_paths([SAMPLES / "scanned" / "tab_stops_scan.pdf",
                                      SAMPLES / "libreoffice" / "tab_stops.pdf"], jobs=1)
    assert scan.report.reader == "pdf+ocr"
    got = [(m.table, m.title, m.responsible, m.timeframe) for m in scan.measures]
    assert got == [(m.table, m.title, m.responsible, m.timeframe) for m in text_layer.measures]
    assert got[1] == ("plan", "2. เผยแพร่ช่องทางแจ้งเบาะแสการรับสินบน", ["สำนักปลัด"], "ต.ค. 2567")
    assert [c.code for c in scan.checks if c.code.startswith("TABLE_")] == ["TABLE_FROM_LAYOUT"]

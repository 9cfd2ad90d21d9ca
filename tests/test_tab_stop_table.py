"""A notice whose measures are aligned with Word tab stops, no table (samples/libreoffice/tab_stops.*).

- Its PDF: the lines are read as a table from the white gutters under a header of column names
  (gutter_tables), and the notice's closing line right under the last measure, short enough to
  keep the gutters open, was read into that measure's title ("…เรื่องการรับสินบนจึงประกาศให้ทราบ
  โดยทั่วกัน"). A closing line now ends the table, as it ends a paragraph and a list.
- Its .docx and .doc: tabs were spaces, so each row was one line and the responsible unit and time ran
  into the title ("1. งดรับของขวัญ… ทุกกอง ตลอดปี"). Paragraphs cut by tabs under a header of
  column names are now a table (extract/readers/tab_tables.py): the same records as the PDF's."""
from __future__ import annotations

import pytest

from extract import extract_paths
from extract.document import Line
from extract.readers.gutter_tables import CLOSING_LINE
from extract.readers.tab_tables import tab_cells, tables_from_tab_stops
from tests.conftest import SAMPLES

FIXTURE = SAMPLES / "libreoffice" / "tab_stops.pdf"
EXPECTED = [
    ("plan", "1. งดรับของขวัญทุกชนิดจากผู้มาติดต่อ", ["ทุกกอง"], "ตลอดปี"),
    ("plan", "2. เผยแพร่ช่องทางแจ้งเบาะแสการรับสินบน", ["สำนักปลัด"], "ต.ค. 2567"),
    ("plan", "3. จัดอบรมพนักงานเรื่องการรับสินบน", ["สำนักปลัด"], "ม.ค. 2568"),
]


@pytest.mark.parametrize("suffix", [".docx", ".doc"])
def test_the_word_file_gives_the_pdf_s_records(suffix):
    (result,) = extract_paths([FIXTURE.with_suffix(suffix)])
    assert [(m.table, m.title, m.responsible, m.timeframe) for m in result.measures] == EXPECTED


def _blocks(*texts):
    blocks = [Line(text=" ".join(t.split()), line=k + 1) for k, t in enumerate(texts)]
    cells = {k: tab_cells(t) for k, t in enumerate(texts) if len(tab_cells(t)) > 1}
    return [type(b).__name__ for b in tables_from_tab_stops(blocks, cells)]


def test_which_tabbed_paragraphs_make_a_table():
    header = "มาตรการ\tผู้รับผิดชอบ\tระยะเวลา"
    rows = ["1. งดรับของขวัญ\tทุกกอง\tตลอดปี", "2. อบรมพนักงาน\t\tสำนักปลัด\tม.ค. 2568"]  # a tab run is one cut
    assert _blocks(header, *rows, "จึงประกาศให้ทราบ") == ["Table", "Line"]
    assert _blocks(header, rows[0]) == ["Line", "Line"]  # one row under a header: text
    # a row with another number of cells ends the run (where its cells go is not known)
    assert _blocks(header, rows[0], "2. อบรมพนักงานเรื่องการรับสินบน\tม.ค. 2568", rows[1]) == ["Line"] * 4
    # tabs that set a signature block apart, or an indent, make no header
    assert _blocks("ลงชื่อ\tนายสมชาย ใจดี", "\tนายก อบต.\tนาโพธิ์", "ตำแหน่ง\tปลัด") == ["Line"] * 3
    assert tab_cells("\t\t๑. ให้ทุกกองรายงานผล\t") == ["๑. ให้ทุกกองรายงานผล"]


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_the_closing_line_under_a_gutter_table_is_no_row_text(reader):
    (result,) = extract_paths([FIXTURE], jobs=1, pdf_reader=reader)
    assert [(m.table, m.title, m.responsible, m.timeframe) for m in result.measures] == EXPECTED
    # the closing line ends the table: no row was cut off there
    assert [c.code for c in result.checks if c.code.startswith("TABLE_")] == ["TABLE_FROM_LAYOUT"]


def test_closing_lines():
    assert CLOSING_LINE.match("จึงประกาศให้ทราบโดยทั่วกัน")
    assert CLOSING_LINE.match("  ประกาศ ณ วันที่ 1 ตุลาคม 2567")
    assert not CLOSING_LINE.match("3. จัดอบรมพนักงาน จึงประกาศให้ทราบ")  # only a line it opens

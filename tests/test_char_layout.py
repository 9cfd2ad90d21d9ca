"""char_layout gives exactly pdfplumber's text lines and table cells (the reader's one setting),
on every page of every PDF the project has, with each reader's chars, and on made-up chars that
reach its corners: turned text, empty glyph texts, ligatures, lines a few points apart, words
of one line listed out of order."""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfplumber.table import Table as PlumberTable
from pdfplumber.utils.text import WordExtractor, chars_to_textmap, extract_text

from extract.readers import char_layout
from extract.readers.pdf import TABLE_SETTINGS, _open
from extract.readers.pdf_chars import fix_chars
from tests.conftest import ROOT, SAMPLES

PDFS = sorted(p for folder in ("pdf", "landscape", "real") for p in (SAMPLES / folder).glob("*.pdf")
              if "scan" not in p.name)
REAL = sorted(p for p in (ROOT.parent / "shared" / "real-pdfs").glob("*.pdf") if "scan" not in p.name) \
    if (ROOT.parent / "shared" / "real-pdfs").is_dir() else []


def plumber_lines(chars, bbox=(0, 0, 600, 850)):
    """What ``Page.extract_text_lines(strip=False, keep_blank_chars=True)`` computes for a page."""
    textmap = chars_to_textmap(chars, keep_blank_chars=True, layout_bbox=bbox, layout_width=bbox[2],
                               layout_height=bbox[3])
    return textmap.extract_text_lines(strip=False)


def same_lines(got, expected):
    keys = ("text", "x0", "top", "x1", "bottom")
    return ([tuple(l[k] for k in keys) + (list(map(id, l["chars"])),) for l in got]
            == [tuple(l[k] for k in keys) + (list(map(id, l["chars"])),) for l in expected])


@pytest.mark.slow
@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("path", PDFS + REAL, ids=lambda p: f"{p.parent.name}/{p.name[:24]}")
def test_lines_and_cells_are_pdfplumbers_on_every_page(path: Path, reader: str):
    with _open(path.read_bytes(), reader) as pdf:
        for index in range(len(pdf)):
            page = pdf.page(index)
            page.objects["char"] = chars = fix_chars(page.objects.get("char", []))
            expected = page.extract_text_lines(strip=False, keep_blank_chars=True)
            assert expected and same_lines(char_layout.text_lines(chars), expected)
            for table in page.find_tables(TABLE_SETTINGS):
                assert char_layout.table_cells(table, chars) == table.extract(keep_blank_chars=True)
            page.close()


def test_one_sample_page_fast_tier():
    """The fast tier's share of the check above: one page with a table, pdfium chars."""
    with _open((SAMPLES / "real" / "namyuen_hospital_2567_anticorruption_plan_report.pdf").read_bytes(), "pdfium") as pdf:
        page = pdf.page(0)
        chars = fix_chars(page.objects["char"])
        page.objects["char"] = chars
        tables = page.find_tables(TABLE_SETTINGS)
        assert tables and same_lines(char_layout.text_lines(chars),
                                     page.extract_text_lines(strip=False, keep_blank_chars=True))
        assert [char_layout.table_cells(t, chars) for t in tables] == [t.extract(keep_blank_chars=True)
                                                                       for t in tables]


# --- made-up chars --------------------------------------------------------------------------

TEXTS = st.sampled_from(["ก", "า", "้", " ", "a", "1", "", "ﬁ", "ﬀ", "-", "ำ", "\u00a0"])


@st.composite
def chars(draw):
    out = []
    for _ in range(draw(st.integers(0, 40))):
        # a coarse grid, so equal values, values 3 apart and chained clusters all come up
        x0 = draw(st.integers(0, 60)) * 1.5
        top = draw(st.integers(0, 30)) * 1.25
        width = draw(st.sampled_from([0.0, 2.0, 4.5, 7.0]))
        height = draw(st.sampled_from([8.0, 12.0]))
        out.append({"text": draw(TEXTS), "x0": x0, "x1": x0 + width, "top": top, "bottom": top + height,
                    "doctop": top, "upright": draw(st.sampled_from([True, True, True, False])), "size": height})
    return out


@settings(max_examples=300)
@given(chars())
def test_text_lines_match_pdfplumber_on_made_up_chars(cs):
    assert same_lines(char_layout.text_lines(cs), plumber_lines(cs))


@settings(max_examples=300)
@given(chars())
def test_cell_text_matches_pdfplumber_on_made_up_chars(cs):
    assert char_layout.cell_text(cs) == (extract_text(cs, keep_blank_chars=True) if cs else "")


class _Page:
    def __init__(self, chars):
        self.chars = chars


@settings(max_examples=200)
@given(chars(), st.lists(st.integers(0, 6), min_size=2, max_size=5, unique=True),
       st.lists(st.integers(0, 4), min_size=2, max_size=4, unique=True))
def test_table_cells_match_pdfplumber_on_made_up_chars(cs, cols, rows):
    xs, ys = sorted(c * 15.0 for c in cols), sorted(r * 10.0 for r in rows)
    # a grid with one cell missing, so a row has a None cell
    cells = [(x0, y0, x1, y1) for x0, x1 in zip(xs, xs[1:]) for y0, y1 in zip(ys, ys[1:])][1:] or \
        [(xs[0], ys[0], xs[1], ys[1])]
    table = PlumberTable(_Page(cs), cells)  # type: ignore[arg-type]
    assert char_layout.table_cells(table, cs) == table.extract(keep_blank_chars=True)


@settings(max_examples=200)
@given(chars(), st.lists(st.tuples(st.integers(0, 6), st.integers(0, 4), st.integers(1, 3), st.integers(1, 3)),
                         min_size=1, max_size=6))
def test_table_cells_match_pdfplumber_with_cells_overlapping(cs, boxes):
    """Cells that overlap in x and rows that overlap in y (merged cells spanning others): the
    bisections of table_cells and _cell_chars find what the box tests of pdfplumber do."""
    cells = [(x * 15.0, y * 10.0, (x + w) * 15.0, (y + h) * 10.0) for x, y, w, h in boxes]
    table = PlumberTable(_Page(cs), cells)  # type: ignore[arg-type]
    assert char_layout.table_cells(table, cs) == table.extract(keep_blank_chars=True)
    assert char_layout.table_cells(table, cs, char_layout.centres(cs)) == table.extract(keep_blank_chars=True)


@settings(max_examples=300)
@given(chars(), st.lists(st.none() | st.tuples(st.integers(0, 8), st.integers(0, 4), st.integers(0, 3),
                                               st.integers(0, 3)), max_size=6))
def test_cell_chars_by_bisection_are_each_cells_box_test(cs, boxes):
    """_cell_chars (side-by-side cells found by bisection, else a test a cell) gives each cell
    the chars whose centre its box holds, in the row's order; None for a merged cell."""
    cells = [None if b is None else (b[0] * 7.5, b[1] * 10.0, (b[0] + b[2]) * 7.5, (b[1] + b[3]) * 10.0)
             for b in boxes]
    row = char_layout.centres(cs)
    expected = [None if c is None else [ch for h, v, ch in row if c[0] <= h < c[2] and c[1] <= v < c[3]]
                for c in cells]
    assert char_layout._cell_chars(cells, row) == expected


@st.composite
def upward_chars(draw):
    """Chars of text running up the page: turned, their matrix's b > 0 (a Word header set "bottom to top")."""
    out = []
    for _ in range(draw(st.integers(0, 30))):
        x0 = draw(st.integers(0, 20)) * 1.5
        bottom = draw(st.integers(0, 40)) * 1.25 + 10
        height = draw(st.sampled_from([0.0, 2.0, 4.5, 7.0]))
        out.append({"text": draw(TEXTS), "x0": x0, "x1": x0 + 8.0, "top": bottom - height, "bottom": bottom,
                    "doctop": bottom - height, "upright": False, "size": 8.0, "height": height,
                    "matrix": (0.0, 1.0, -1.0, 0.0, x0, bottom)})
    return out


@settings(max_examples=300)
@given(upward_chars())
def test_words_running_up_match_pdfplumber_read_bottom_to_top(cs):
    extractor = WordExtractor(keep_blank_chars=True, char_dir_rotated="btt")
    assert [[id(c) for c in w] for w in char_layout.words(cs)] == [
        [id(c) for c in w] for _, w in extractor.iter_extract_tuples(cs)]

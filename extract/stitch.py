"""Stitch table pieces into logical tables; turn headings into section rows.

Pieces come from readers (one per page in a PDF, one per run of tab rows in a text export).
A piece continues the open table when it repeats that table's header, or when it has the same
width, starts without a header and nothing but page breaks lies between. Short heading lines
between two pieces of one table become section rows ("เครื่องมือการประเมิน EIT / ตัวชี้วัดที่ ๗").
A section row's text is carried to the rows under it (``Row.section``). A title typed in a table's
first row, one cell over the header, is a line of text before the table. The first row after a
gap is marked ``after_break``; whether it continues the row above is decided by the parser of
that table kind, which knows what its first column means.
"""
from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import replace

import regex
from normalize import patterns

from extract.document import Block, CleanDocument, Line, PageBreak, Row, StitchedDocument, Table
from extract.parse.tables import header_field
from normalize.line_joins import ITEM_START
from normalize.text import squash

# Heading lines allowed between two pieces of one table (more, or longer, close the table).
MAX_BRIDGE_LINES = 3
MAX_BRIDGE_CHARS = 160
# A first row this similar to the table's header is a repeated header (OCR/PDF noise).
HEADER_SIMILARITY = 0.92
# A header is at most this many rows (a group row over sub-labels, and one more).
MAX_HEADER_ROWS = 3
# Lines before a table kept as its context (title, heading, intro sentence).
CONTEXT_LINES = 4
# A first row of one cell over a row with this many known column names is the table's title.
MIN_CAPTIONED_HEADER_CELLS = 2

_DIGIT = patterns.compile(r"[0-9๐-๙]")

SECTION_PATTERN = patterns.compile(
    r"^\s*(?:<b>|\*\*)|"
    r"(?:^|\s)(?:แบบวัด|แบบตรวจ|เครื่องมือ(?:การประเมิน)?|ตัวชี้วัดที่|ยุทธศาสตร์ที่|กลยุทธ์ที่|"
    r"มิติที่|ด้านที่|ส่วนที่|ประเด็นที่\s*[๐-๙0-9])|\((?:IIT|EIT|OIT)\)"
)

def stitch(doc: CleanDocument) -> StitchedDocument:
    """Document blocks → running text lines and logical tables, in reading order. ``doc`` is left
    as it was: the tables are new, their rows copies of the pieces' rows."""
    out: list[Line | Table] = []
    table: Table | None = None
    between: list[Line] = []
    recent: list[str] = []
    count = 0

    def close() -> None:
        nonlocal table
        if table is not None:
            _mark_sections(table)
        table = None
        out.extend(between)
        between.clear()

    for block in doc.blocks:
        if isinstance(block, PageBreak):
            continue
        if isinstance(block, Line):
            recent = (recent + [block.text])[-CONTEXT_LINES:]
            if table is None:
                out.append(block)
                continue
            between.append(block)
            if len(between) > MAX_BRIDGE_LINES or len(block.text.strip()) > MAX_BRIDGE_CHARS:
                close()
            continue
        piece = _clean_piece(block)
        if not piece.rows:
            continue
        if table is not None and _continues(table, piece, between):
            _append(table, piece, between)
            between.clear()
            continue
        close()
        count += 1
        captions, rows = _caption(piece.rows)
        for caption in captions:
            out.append(caption)
            recent = (recent + [caption.text])[-CONTEXT_LINES:]
        context = list(recent)
        recent = []
        table = Table(rows=rows, page=piece.page, line=piece.line, context=context, index=count,
                      bbox=piece.bbox)
        out.append(table)
    close()
    return StitchedDocument(**doc.facts(), blocks=out)


def _caption(rows: list[Row]) -> tuple[list[Line], list[Row]]:
    """A table's title typed in its first row, one cell spanning the table ("แผนการขับเคลื่อนมาตรการ
    ประจำปี พ.ศ. 2568" over "ลำดับ | มาตรการ | …"), as a line of text standing before the table, and
    the rows from its header on: the header is the row under it, at least MIN_CAPTIONED_HEADER_CELLS
    of its cells column names (schemas/headers.py), none a number. So is a first row of statements
    with their values, each cell a line ("IIT ๘๔.๘๗ คะแนน | EIT ๘๑.๐๑ คะแนน | OIT ๖๖.๙๘ คะแนน" over
    "ตัวชี้วัด | คะแนน | ประเด็นที่พบ", a text export's tab- or pipe-separated line run into the table
    under it): a row of values above the header is no row of the table, nor its header (a group row
    over sub-labels holds no numbers)."""
    if len(rows) < 3 or len(rows[0].cells) < 2:
        return [], rows
    first = [c for c in rows[0].clean or rows[0].cells if c.strip()]
    header = rows[1].clean or rows[1].cells
    named = sum(1 for c in header if header_field(c) is not None)
    if named < MIN_CAPTIONED_HEADER_CELLS or any(_DIGIT.search(c) for c in header):
        return [], rows
    if len(first) != 1 and not (first and all(_DIGIT.search(c) for c in first)):
        return [], rows
    top = rows[0]
    return [Line(text=c.strip(), page=top.page, line=top.line, bbox=top.bbox) for c in first], rows[1:]


def _clean_piece(piece: Table) -> Table:
    """The piece without empty rows, in rows of its own (stitching marks them)."""
    rows = [replace(r, cells=list(r.cells), clean=list(r.clean)) for r in piece.rows if any(c.strip() for c in r.cells)]
    return Table(rows=rows, page=piece.page, line=piece.line, bbox=piece.bbox)


def _is_header_repeat(table: Table, row: Row) -> bool:
    a, b = squash("".join(table.header.cells)), squash("".join(row.cells))
    if not a or not b:
        return False
    if a == b:
        return True
    # Upper bounds of the ratio first (lengths, then characters in common, as difflib's
    # real_quick_ratio and quick_ratio count them): most rows are nothing like the header.
    total = len(a) + len(b)
    if 2.0 * min(len(a), len(b)) / total < HEADER_SIMILARITY:
        return False
    if 2.0 * sum((Counter(a) & Counter(b)).values()) / total < HEADER_SIMILARITY:
        return False
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= HEADER_SIMILARITY


def _continues(table: Table, piece: Table, between: list[Line]) -> bool:
    if _is_header_repeat(table, piece.rows[0]):
        return True
    if len(piece.rows[0].cells) != len(table.header.cells):
        return False
    if between:
        # a tool's or strategy's heading typed between the rows of a text export ("แบบวัดการรับรู้…
        # (EIT)" over "1 | คุณภาพการดำเนินงาน | 88.00"): the rows go on, numbered, under it
        return all(SECTION_PATTERN.search(line.text) for line in between) and _numbered(piece.rows[0])
    return True


ROW_NUMBER = patterns.compile(r"[0-9๐-๙]{1,3}\s*[.)]?")  # matched on the stripped cell


def _numbered(row: Row) -> bool:
    """The row opens with a row or item number ("1", "๒.", "(๓)")."""
    first = row.cells[0] if row.cells else ""
    return bool(ROW_NUMBER.fullmatch(first.strip()) or ITEM_START.match(first))


def _repeated_header_rows(table: Table, piece: Table) -> int:
    """How many of the piece's first rows repeat the table's header: its first row, and each next
    row that repeats the table's row in the same place. A Word table whose header is two rows (a
    group over its sub-columns: "ระยะเวลา" over "ไตรมาส ๑ | ไตรมาส ๒ …") repeats both on every page
    when both are marked as header rows; the second, left in, was a body row of sub-labels."""
    if not _is_header_repeat(table, piece.rows[0]):
        return 0
    n = 1
    while (n < min(MAX_HEADER_ROWS, len(piece.rows) - 1, len(table.rows) - 1)
           and _same_row(table.rows[n], piece.rows[n])):
        n += 1
    return n


def _same_row(a: Row, b: Row) -> bool:
    """Two rows with the same cells (whitespace aside), in the same columns."""
    return (len(a.cells) == len(b.cells) and any(c.strip() for c in a.cells)
            and [squash(c) for c in a.cells] == [squash(c) for c in b.cells])


def _append(table: Table, piece: Table, between: list[Line]) -> None:
    rows = piece.rows[_repeated_header_rows(table, piece):]
    width = len(table.header.cells)
    for line in between:
        cells = [line.text] + [""] * (width - 1)  # a line's text is clean already
        table.rows.append(Row(cells=cells, clean=list(cells), page=line.page, line=line.line, is_section=True))
    for i, row in enumerate(rows):
        if i == 0:
            row.after_break = True
        table.rows.append(row)


def _mark_sections(table: Table) -> None:
    """Find section rows (one filled cell that reads as a heading) and carry them downwards;
    consecutive heading rows belong together ("เครื่องมือ EIT" + "ตัวชี้วัดที่ ๗ …")."""
    section: str | None = None
    previous_was_section = False
    for row in table.body:
        if not row.is_section and _looks_like_section(row, len(table.header.cells)):
            row.is_section = True
        if row.is_section:
            text = " ".join(c for c in row.clean if c)
            section = f"{section} {text}" if section and previous_was_section else text
        else:
            row.section = section
        previous_was_section = row.is_section


def _looks_like_section(row: Row, width: int) -> bool:
    filled = [c for c in row.cells if c.strip()]
    if len(filled) != 1 or not row.cells[0].strip() or width < 2:
        return False
    text = row.cells[0]
    if SECTION_PATTERN.search(text):
        return True
    # a lone un-numbered first cell in a wide table is a heading, unless it is a fragment of the
    # row above cut by a page break
    return width >= 4 and not row.after_break and not ITEM_START.match(row.clean[0])


__all__ = ["stitch", "Block"]

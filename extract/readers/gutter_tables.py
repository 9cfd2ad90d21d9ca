"""Tables printed without ruling lines, found from the white gutters between their columns.

Word exports with borders off, Google Docs and tab-aligned columns print a table as bare text:
pdfplumber's finder needs rules, so such a table was read as prose. Here a run of text lines is a
table when

1. its first line is a header: split at gaps wider than GUTTER_EM, it has at least MIN_COLUMNS
   cells and each is made of known header words (table_header_words: the synonym table of
   schemas/headers.py), the header possibly wrapped onto a line or two more; a cell of it may be a
   group over sub-columns whose labels stand on the next line, set apart by gutters of their own
   ("ผลการดำเนินงาน" over "ไตรมาส ๑ | ไตรมาส ๒ | …", "ระยะเวลาดำเนินการ" over "ต.ค. | พ.ย. | …"), each
   a month, a quarter or header words, possibly wrapped once ("ไตรมาส" over "๑"): the table's first
   two rows are then the group row and the sub-label row, as a ruled table's are;
2. the gaps between the header cells stay open down the block: each keeps a white band at least
   GUTTER_EM wide through every line (a line that closes one, a full line of prose, ends the block,
   as does a gap wider than MAX_GAP_EM line heights);
3. it holds at least MIN_ROWS body rows.

Rows start where the key column (the first one) starts a new cell: a row number (then a line with
nothing there never starts one, however far below the line above it: the lines of other columns may
interleave with the key's); else a title line opening a numbered item. Rows padded apart start at each line pitch wider than wrapped lines have;
rows not padded apart at a title line after a blank key, after a key line that ended well short of
the column's right edge, or with text in every column; and two whole numbers one above the other in
a column are two rows. Other lines are a row's wrapped lines. A table that runs to the foot of a
page is carried over (``Carry``): lines at the top of the next page that keep its gutters open are
its continuation, a piece with no header that stitching appends. A block ended by a line set as close
under it as its own lines are, which crosses a gutter, may go on below too tight to split: the piece
says so (``Piece.cut``, check TABLE_LAYOUT_CUT).

Precision first: prose in two columns, a signature block, numbered paragraphs or a table of contents
have no header of header words, or no rows under one, and stay text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from extract.document import Row, Table
from extract.parse.tables import QUARTER_GROUP, QUARTER_NUMBER, month_of
from extract.readers.char_layout import cell_text, join_cell_lines
from extract.readers.table_header_words import cell_fields, may_be_header_line, squashed
from normalize import patterns
from normalize.digits import thai_to_arabic
from normalize.line_joins import ITEM_START
from normalize.text import is_page_number
from schemas.check_codes import make_check
from schemas.closing_cues import CLOSING_PHRASES, phrase_pattern
from schemas.phrases import reason
from schemas.records import Box, Check, Where

# A gutter is a white band at least this many font sizes wide (a space is ~0.3; Word's default cell
# margins and Chromium's 4-px padding leave ≥ 0.55 between columns).
GUTTER_EM = 0.5
MIN_COLUMNS = 3
MIN_ROWS = 2
# A vertical gap wider than this many font sizes between two lines ends the block.
MAX_GAP_EM = 2.0
# A line whose font size differs from the header's by more than this ratio is no line of the table.
SIZE_RATIO = 1.3
# Lines of a wrapped header after the first one.
HEADER_WRAP_LINES = 2
# Lines of sub-labels under a group header cell: the labels' line and one they wrap onto.
SUB_LABEL_LINES = 2
# A line pitch this much larger than the block's smallest starts a row (rows padded apart).
ROW_PITCH = 1.2
# A key line ending short of its column's right edge by more than this share of the column's
# width ended its cell: a key line after it starts a row (a wrapped line runs near the edge).
SHORT_SHARE = 0.35
# A line within this share of the page height from the top/bottom may be a running header/footer.
MARGIN_SHARE = 0.09

Char = dict
# A whole number in a cell: a score, an amount, a count (Thai or Arabic digits).
NUMBER = patterns.compile(r"[0-9๐-๙][0-9๐-๙,]*+(?:\.[0-9๐-๙]++)?+")
# A sub-label waiting for its number on the line below ("ไตรมาส" over "๑" in a narrow column).
OPEN_LABEL = patterns.compile(r"ไตรมาส(?:ที่)?")
Span = tuple[float, float]


@dataclass
class Carry:
    """The columns of a table that ran to the foot of a page: its continuation on the next page is
    looked for under them."""

    bands: list[Span]
    size: float
    numbered: bool
    header: list[str]


@dataclass
class Piece:
    """A table read from the layout, and what an auditor is told about it."""

    top: float
    table: Table
    header: list[str]
    continued: bool
    cut: str | None = None  # the line that closed a gutter where the next row would stand
    header_rows: int = 1  # header rows atop the table: 0 for a continuation, 2 for a group row over sub-labels


@dataclass
class Reading:
    """What the finder keeps while a document is read page by page: the table that ran to the foot
    of the last page, every table it read, and the pages' runs of prose read as two columns."""

    carry: Carry | None = None
    found: list[Piece] = field(default_factory=list)
    columns: list[tuple[int, int]] = field(default_factory=list)  # (page, lines) read as two columns of prose


@dataclass
class _Block:
    lines: list[dict]
    bands: list[list[Span]]
    header_lines: int
    size: float
    numbered: bool
    header: list[str] = field(default_factory=list)
    after: dict | None = None  # the line that ended the block (None: the page's end or another table)
    subs: list[str] | None = None  # each column's label under a group cell ("" if none), if any
    sub_start: int = 0  # the first line of the sub-labels (lines above it make the group row)


def find(lines: list[dict], number: int, height: float, carry: Carry | None) -> tuple[list[Piece], list[dict], Carry | None]:
    """(tables read from the layout, the lines left as text, the carry for the next page) from the
    text lines of a page (char_layout.text_lines, with their chars, top to bottom)."""
    if carry is None and not any(may_be_header_line(line["text"]) for line in lines):
        return [], lines, None  # the common page: no header words, nothing to do
    pieces: list[Piece] = []
    used: set[int] = set()
    blocks: list[tuple[int, int, _Block, bool]] = []
    if carry is not None:
        found = _continuation(lines, height, carry)
        if found is not None:
            blocks.append((*found, True))
            used.update(range(found[0], found[1]))
    i = 0
    while i < len(lines):
        if i in used or not may_be_header_line(lines[i]["text"]):
            i += 1
            continue
        block = _headed_block(lines, i, used)
        if block is None:
            i += 1
            continue
        blocks.append((i, i + len(block.lines), block, False))
        used.update(range(i, i + len(block.lines)))
        i += len(block.lines)
    next_carry = None
    for start, stop, block, continued in blocks:
        rows = _rows(block, number, continued)
        if rows is None:
            used.difference_update(range(start, stop))
            continue
        table_rows, kept = rows
        used.difference_update(range(start + kept, stop))  # trailing lines given back to the text
        box = _union([r.bbox for r in table_rows])
        table = Table(rows=table_rows, page=number, bbox=box)
        cut = block.after["text"] if block.after is not None and kept == len(block.lines) and _cuts(block) else None
        pieces.append(Piece(top=box.top, table=table, header=_labels(block), continued=continued, cut=cut,
                            header_rows=0 if continued else 1 + (block.subs is not None)))
        if _ends_page(lines, start + kept, height):
            next_carry = Carry(bands=[_widest(b) for b in block.bands], size=block.size,
                               numbered=block.numbered, header=_labels(block))
    rest = [line for k, line in enumerate(lines) if k not in used]
    return pieces, rest, next_carry


def _ink(line: dict) -> list[Span]:
    """The x-spans a line's visible characters cover, merged where they touch."""
    spans: list[list[float]] = []
    for c in sorted((c for c in line["chars"] if not c["text"].isspace()), key=lambda c: c["x0"]):
        if spans and c["x0"] <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], c["x1"])
        else:
            spans.append([c["x0"], c["x1"]])
    return [(a, b) for a, b in spans]


def _size(line: dict) -> float:
    """The font size of the line's middle visible character (cheaper than a median; a line is set in one size)."""
    chars = line["chars"]
    for c in chars[len(chars) // 2:] + chars[:len(chars) // 2]:
        if not c["text"].isspace():
            return float(c.get("size") or (c["bottom"] - c["top"]))
    return 0.0


def _segments(ink: list[Span], gutter: float) -> list[Span]:
    """Spans of ink grouped where the gap between them is narrower than a gutter."""
    out: list[Span] = []
    for a, b in ink:
        if out and a - out[-1][1] < gutter:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _text_in(chars: list[Char], x0: float, x1: float) -> str:
    """The text of the chars whose centre lies between x0 and x1, as a cell's (char_layout.cell_text).
    A char whose text is a cluster (an /ActualText span) is in its line's chars once per letter: once here."""
    inside = {id(c): c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 < x1}
    return join_cell_lines(cell_text(list(inside.values())))


def _headed_block(lines: list[dict], start: int, used: set[int]) -> _Block | None:
    """The table whose header line is ``lines[start]``, if it is one."""
    first = lines[start]
    size = _size(first)
    if size <= 0:
        return None
    gutter = GUTTER_EM * size
    segments = _segments(_ink(first), gutter)
    if len(segments) < MIN_COLUMNS:
        return None
    cells = [_text_in(first["chars"], a - 0.01, b + 0.01) for a, b in segments]
    if not any(cell_fields(c) for c in cells):
        return None
    bands: list[list[Span]] = [[(a[1], b[0])] for a, b in zip(segments, segments[1:])]
    block = _Block(lines=[first], bands=bands, header_lines=1, size=size,
                   numbered=cell_fields(cells[0]) == (), header=cells)
    k = start + 1
    while k < len(lines) and k not in used and _fits(block, lines[k]):
        more = (block.header_lines <= HEADER_WRAP_LINES + 1 if block.subs is None  # the last: sub-labels only
                else block.header_lines - block.sub_start < SUB_LABEL_LINES)
        if block.header_lines == len(block.lines) and more:
            # a header cell wrapped onto this line ("ระยะ" over "เวลา"), or the labels under a group cell
            if _header_line(block, lines[k]):
                block.header_lines += 1
                block.lines.append(lines[k])
                k += 1
                continue
            if not _header_done(block):
                return None
        block.lines.append(lines[k])
        k += 1
    block.after = lines[k] if k < len(lines) and k not in used else None
    return block if _header_done(block) else None


def _header_done(block: _Block) -> bool:
    """The block's header is whole: header cells (a group's sub-columns aside) and, under a group,
    sub-labels none of which waits for its number."""
    if block.subs is None:
        return _is_header(block.header)
    return (_is_header([c for c, sub in zip(block.header, block.subs) if c or not sub])
            and not any(OPEN_LABEL.fullmatch(squashed(sub)) for sub in block.subs if sub))


def _labels(block: _Block) -> list[str]:
    """The header as one row: a sub-column's label after its group's."""
    if block.subs is None:
        return block.header
    out: list[str] = []
    group = ""
    for top, sub in zip(block.header, block.subs):
        group = top or group
        out.append(f"{group} {sub}".strip() if sub else top)
    return out


def _is_header(cells: list[str]) -> bool:
    """Every cell is made of header words, and they name at least two fields ("มาตรการ ... มาตรการ"
    is no header)."""
    fields = [cell_fields(c) for c in cells]
    return all(f is not None for f in fields) and len({x for f in fields for x in (f or ())}) >= 2


# A notice's closing line ("จึงประกาศให้ทราบโดยทั่วกัน") is never a row's wrapped text: under a table's
# last row, short enough to keep its gutters open, it was read into the row's first cell.
CLOSING_LINE = patterns.compile(r"^\s*+(?:" + "|".join(map(phrase_pattern, CLOSING_PHRASES)) + ")")


def _fits(block: _Block, line: dict) -> bool:
    """Adds ``line`` to the block's gutters if it is close enough, keeps every gutter open and is
    no closing line."""
    prev = block.lines[-1]
    size = _size(line)
    if CLOSING_LINE.match(line["text"]):
        return False
    if line["top"] - prev["bottom"] > MAX_GAP_EM * block.size or size <= 0:
        return False
    if max(size, block.size) > SIZE_RATIO * min(size, block.size):
        return False
    narrowed = [_narrow(b, _ink(line), GUTTER_EM * block.size) for b in block.bands]
    if any(not b for b in narrowed):
        return False
    block.bands = narrowed
    return True


def _narrow(band: list[Span], ink: list[Span], gutter: float) -> list[Span]:
    """The white pieces of ``band`` that ``ink`` leaves at least a gutter wide."""
    pieces = band
    for a, b in ink:
        out: list[Span] = []
        for lo, hi in pieces:
            if b <= lo or a >= hi:
                out.append((lo, hi))
                continue
            if a - lo >= gutter:
                out.append((lo, a))
            if hi - b >= gutter:
                out.append((b, hi))
        pieces = out
        if not pieces:
            break
    return pieces


def _widest(band: list[Span]) -> Span:
    return max(band, key=lambda s: s[1] - s[0])


def _bounds(block: _Block) -> list[float]:
    """The x where each column ends and the next begins: the middle of each gutter."""
    return [(lo + hi) / 2 for lo, hi in map(_widest, block.bands)]


def _column(x: float, bounds: list[float]) -> int:
    for k, bound in enumerate(bounds):
        if x < bound:
            return k
    return len(bounds)


def _header_line(block: _Block, line: dict) -> bool:
    """Takes ``line`` into the block's header if it is one: header cells wrapped onto it ("ระยะเวลา"
    over "ดำเนินการ"), the labels of sub-columns under a group cell, at gutters of their own
    ("ผลการดำเนินงาน" over "ไตรมาส ๑ | ไตรมาส ๒ | …"), or those labels wrapped ("ไตรมาส" over "๑").
    Whatever stands in a column must still make a header cell with the part above, and holds no
    digits (a date, a row number) but to complete a sub-label."""
    bounds = _bounds(block)
    width = len(block.header)
    ranges = [(bounds[k - 1] if k else float("-inf"), bounds[k] if k < len(bounds) else float("inf"))
              for k in range(width)]
    parts = [_text_in(line["chars"], lo, hi) for lo, hi in ranges]
    if not any(parts):
        return False
    groups: dict[int, list[tuple[Span, str]]] = {}
    if block.subs is None:
        ink = _ink(line)
        gutter = GUTTER_EM * block.size
        for k, (lo, hi) in enumerate(ranges):
            segments = _segments([s for s in ink if lo <= (s[0] + s[1]) / 2 < hi], gutter)
            if len(segments) < 2:
                continue
            labels = [_text_in(line["chars"], a - 0.01, b + 0.01) for a, b in segments]
            if not cell_fields(block.header[k]) or not all(_sub_label(label, block.header[k]) for label in labels):
                return False
            groups[k] = list(zip(segments, labels))
    subs = block.subs or [""] * width
    joined = list(block.header)
    new_subs = list(subs)
    for k, part in enumerate(parts):
        if not part or k in groups:
            continue
        if subs[k]:  # a sub-label wrapped: its number may stand here
            label = join_cell_lines(f"{subs[k]}\n{part}")
            if not _sub_label(label, _group_of(block, k)):
                return False
            new_subs[k] = label
            continue
        if any(ch.isdigit() for ch in part):
            return False
        joined[k] = join_cell_lines(f"{block.header[k]}\n{part}")
        if cell_fields(joined[k]) is None:
            return False
    if groups:
        _split(block, groups, joined, new_subs)
        return True
    if block.subs is None and block.header_lines > HEADER_WRAP_LINES:
        return False  # a header wraps onto HEADER_WRAP_LINES lines at most
    block.header = joined
    if block.subs is not None:
        block.subs = new_subs
    return True


def _split(block: _Block, groups: dict[int, list[tuple[Span, str]]], header: list[str], subs: list[str]) -> None:
    """Splits each group column into the sub-columns found under it, the gaps between their labels
    the gutters that must stay open down the table."""
    bands = list(block.bands)
    for k in sorted(groups, reverse=True):
        spans = [span for span, _ in groups[k]]
        labels = [label for _, label in groups[k]]
        bands[k:k] = [[(a[1], b[0])] for a, b in zip(spans, spans[1:])]
        header[k:k + 1] = [header[k]] + [""] * (len(labels) - 1)
        subs[k:k + 1] = labels
    block.bands = bands
    block.header = header
    block.subs = subs
    block.sub_start = len(block.lines)


def _group_of(block: _Block, col: int) -> str:
    """The group header cell over a sub-column."""
    while col > 0 and not block.header[col]:
        col -= 1
    return block.header[col]


def _sub_label(text: str, group: str) -> bool:
    """A label of a sub-column under ``group``: a month or quarter ("ต.ค.", "ไตรมาส ๒"), a quarter's
    number under a group naming quarters ("ผลการดำเนินงาน (ไตรมาส)" over "๑"), header words
    ("เป้าหมาย | ผลลัพธ์"), or a quarter's word waiting for its number on the line below."""
    if month_of(text) is not None or cell_fields(text):
        return True
    flat = squashed(text)
    return bool(OPEN_LABEL.fullmatch(flat)
                or (QUARTER_NUMBER.fullmatch(thai_to_arabic(flat)) and QUARTER_GROUP.search(group)))


def _rows(block: _Block, number: int, continued: bool) -> tuple[list[Row], int] | None:
    """The block's rows (header first, unless it is a continuation) and how many of its lines they
    hold; None when it has too few body rows to be a table."""
    bounds = _bounds(block)
    body = block.lines[block.header_lines:] if not continued else block.lines
    width = len(bounds) + 1
    keys = [_key_span(line, bounds) for line in body]
    key_col = 0
    if block.numbered and body and keys[0] is None and not continued:
        key_col = 1  # a "ที่" column left empty: the title column starts rows
        keys = [_key_span(line, bounds, 1) for line in body]
    groups = _group(body, keys, bounds, block.numbered and key_col == 0, continued)
    # a trailing row of one filled cell is a line after the table (a note, a heading), not a row
    while groups and len({_column((c["x0"] + c["x1"]) / 2, bounds) for line in groups[-1] for c in line["chars"]
                          if not c["text"].isspace()}) < 2:
        groups.pop()
    if not continued and len(groups) < MIN_ROWS:
        return None
    if continued and (not groups or len({_column((c["x0"] + c["x1"]) / 2, bounds)
                                         for g in groups for line in g for c in line["chars"]
                                         if not c["text"].isspace()}) < 2):
        return None
    kept = (0 if continued else block.header_lines) + sum(len(g) for g in groups)
    lines = block.lines[:kept]
    x0 = min(line["x0"] for line in lines)
    x1 = max(line["x1"] for line in lines)
    edges = [x0, *bounds, x1]
    rows: list[Row] = []
    if not continued and block.subs is not None:  # the group row, then the sub-label row
        rows = [_row(block.lines[:block.sub_start], edges, number, width),
                _row(block.lines[block.sub_start:block.header_lines], edges, number, width)]
        rows[0].cells, rows[1].cells = list(block.header), list(block.subs)
    elif not continued:
        rows = [_row(block.lines[:block.header_lines], edges, number, width)]
        rows[0].cells = list(block.header)
    rows += [_row(g, edges, number, width) for g in groups]
    return rows, kept


def _key_span(line: dict, bounds: list[float], col: int = 0) -> Span | None:
    """The x-span of a line's text in the key column, or None when it has none there."""
    xs = [(c["x0"], c["x1"]) for c in line["chars"]
          if not c["text"].isspace() and _column((c["x0"] + c["x1"]) / 2, bounds) == col]
    return (min(a for a, _ in xs), max(b for _, b in xs)) if xs else None


def _group(body: list[dict], keys: list[Span | None], bounds: list[float], numbered: bool,
           continued: bool) -> list[list[dict]]:
    """Body lines → rows: a line starts a row when its key cell starts a new one, else it is a
    wrapped line of the row above. Rows padded apart start at each wider pitch, also under a blank
    key (a cell merged over rows: the row is read as a ruled row with an empty first cell is); and
    two whole numbers one above the other in a column are two rows' values, never one cell's wrap."""
    pitches = [b["top"] - a["top"] for a, b in zip(body, body[1:])]
    least = min(pitches, default=0.0)
    padded = bool(pitches) and max(pitches) > ROW_PITCH * least
    right = max((k[1] for k in keys if k is not None), default=0.0)
    left = min((k[0] for k in keys if k is not None), default=0.0)
    groups: list[list[dict]] = []
    for j, line in enumerate(body):
        key = keys[j]
        if not groups:
            if key is None and not continued:
                return []  # a first body row with nothing in its key column: not read
            groups.append([line])
            continue
        if numbered and key is None:
            # rows numbered in the key column start at their numbers: a line with none there wraps the
            # row above, however far below it (cells whose lines are set at other heights than the
            # key's interleave with it: Word's line heights differ with a cell's fonts)
            starts = False
        elif padded and pitches[j - 1] > ROW_PITCH * least:
            starts = True
        elif key is not None:
            text = "".join(c["text"] for c in line["chars"]
                           if key[0] <= (c["x0"] + c["x1"]) / 2 <= key[1]).strip()
            if numbered or ITEM_START.match(text):
                starts = True
            elif padded:
                starts = False
            else:  # rows not padded apart: a blank key above, a key line ended short, or a line
                # with text in every column (every cell wrapping at once is rarer than a one-line row)
                prev = keys[j - 1]
                filled = {_column((c["x0"] + c["x1"]) / 2, bounds) for c in line["chars"] if not c["text"].isspace()}
                starts = (prev is None or right - prev[1] > SHORT_SHARE * (right - left)
                          or len(filled) == len(bounds) + 1)
        else:
            starts = False
        if not starts and not padded:
            starts = _numbers_above(body[j - 1], line, bounds)
        if starts:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _numbers_above(above: dict, line: dict, bounds: list[float]) -> bool:
    """A column past the key holds a whole number on both lines ("๙๔.๒๑" over "๙๑.๐๘")."""
    return any(NUMBER.fullmatch(a) and NUMBER.fullmatch(b)
               for a, b in zip(_column_texts(above, bounds)[1:], _column_texts(line, bounds)[1:]))


def _column_texts(line: dict, bounds: list[float]) -> list[str]:
    texts = [""] * (len(bounds) + 1)
    for c in sorted({id(c): c for c in line["chars"]}.values(), key=lambda c: c["x0"]):
        texts[_column((c["x0"] + c["x1"]) / 2, bounds)] += c["text"]
    return [t.strip() for t in texts]


def _row(lines: list[dict], edges: list[float], number: int, width: int) -> Row:
    top = min(line["top"] for line in lines)
    bottom = max(line["bottom"] for line in lines)
    chars = [c for line in lines for c in line["chars"]]
    cells: list[str] = []
    boxes: list[Box | None] = []
    for k in range(width):
        lo = edges[k] if k else float("-inf")
        hi = edges[k + 1] if k + 1 < width else float("inf")
        cells.append(_text_in(chars, lo, hi))
        boxes.append(Box.of((edges[k], top, edges[k + 1], bottom)))
    return Row(cells=cells, page=number, bbox=Box.of((edges[0], top, edges[-1], bottom)), boxes=boxes)


def _union(boxes: list[Box | None]) -> Box:
    real = [b for b in boxes if b is not None]
    return Box.of((min(b.x0 for b in real), min(b.top for b in real), max(b.x1 for b in real),
                   max(b.bottom for b in real)))


def _cuts(block: _Block) -> bool:
    """The line after the block stands as close under it as its own lines stand under each other,
    in its size: it would be the next row but that it crosses a gutter (a column too narrow for a
    gutter, or the table's text set too tight), so rows may go on below as text."""
    line = block.after
    if line is None or len(block.lines) < 2 or CLOSING_LINE.match(line["text"]):
        return False  # a notice's closing line ends the table: no row goes on below it
    gaps = [b["top"] - a["bottom"] for a, b in zip(block.lines, block.lines[1:])]
    size = _size(line)
    return (line["top"] - block.lines[-1]["bottom"] <= max(gaps) + 0.5
            and max(size, block.size) <= SIZE_RATIO * min(size, block.size))


def _ends_page(lines: list[dict], after: int, height: float) -> bool:
    """No text but a footer or a page number follows line ``after`` - 1 on the page."""
    return all(line["top"] > height * (1 - MARGIN_SHARE) or is_page_number(line["text"].strip())
               for line in lines[after:])


def _continuation(lines: list[dict], height: float, carry: Carry) -> tuple[int, int, _Block] | None:
    """The lines at the top of a page that continue the carried table: from the first line that
    keeps the carried gutters open, past a page number or a running header above it, up to a line
    that closes one or starts a table of its own."""
    gutter = GUTTER_EM * carry.size
    start = 0
    while start < len(lines):
        line = lines[start]
        if not is_page_number(line["text"].strip()):
            fits = abs(_size(line) - carry.size) <= (SIZE_RATIO - 1) * carry.size and all(
                _narrow([b], _ink(line), gutter) for b in carry.bands)
            if fits:
                break
            if line["bottom"] >= height * MARGIN_SHARE:
                return None  # text across the columns: the table ended with the page before
        start += 1
    if start >= len(lines) or _starts_table(lines, start):
        return None
    block = _Block(lines=[lines[start]], bands=[_narrow([b], _ink(lines[start]), gutter) for b in carry.bands],
                   header_lines=0, size=carry.size, numbered=carry.numbered, header=carry.header)
    k = start + 1
    while k < len(lines) and not _starts_table(lines, k) and _fits(block, lines[k]):
        block.lines.append(lines[k])
        k += 1
    block.after = lines[k] if k < len(lines) else None
    return start, k, block


def _starts_table(lines: list[dict], k: int) -> bool:
    """Line ``k`` is the header of a table (repeated at the top of a page, or the next table)."""
    return may_be_header_line(lines[k]["text"]) and _headed_block(lines, k, set()) is not None


def layout_checks(piece: Piece) -> list[Check]:
    """What an auditor is told of a table read from the layout (of a text layer or of OCR'd words):
    that it was (TABLE_FROM_LAYOUT), and where a line right under it crossed its columns, that rows may
    go on there as text (TABLE_LAYOUT_CUT)."""
    table = piece.table
    where = Where(page=table.page, bbox=table.bbox)
    checks = [make_check("TABLE_FROM_LAYOUT", where, rows=len(table.rows) - piece.header_rows,
                         columns=table.width, header=" | ".join(piece.header)[:200],
                         continued=reason("continued_from_page") if piece.continued else "")]
    if piece.cut is not None:
        checks.append(make_check("TABLE_LAYOUT_CUT", where, text=piece.cut[:120], source_text=piece.cut))
    return checks

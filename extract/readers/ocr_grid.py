"""Ruled tables on a scanned page: the cells drawn by the rules, filled with Tesseract's words.

Tesseract reads a ruled table whose cells wrap over several lines line by line across the page: a
cell's second line runs into its neighbours' and the columns blur, so no table parser sees the
rows. The rules themselves say where the cells are. Before the OCR (readers/ocr.py erases the rules
so the text reads clean) the page's horizontal and vertical rules are found as ink runs, turned into
pdfplumber's edges (in points) and given to pdfplumber's own steps from edges to cells and tables,
the steps the text-layer path runs on a PDF's drawn lines: a vertical rule missing in one row makes
that row's cell span the columns (the cell under it is None, as in a text-layer table), a
horizontal rule missing in one column a cell spanning rows. After the OCR each word of the TSV is
placed in the cell holding its centre, and each cell's words become pseudo-chars (a run of words
Tesseract wrote without a space between them is one char with the run's box, a space it wrote a
blank char between two runs; every char of a Tesseract line in the cell at the line's height) that
the text-layer path's cell reader (pdf._table_rows: lines by height, words by x, wraps joined,
paragraphs told apart) reads as it reads a PDF's chars. So the rows carry the cells' texts as the
text-layer PDF of the same page would, and the table parsers read them unchanged; a table running
on to the next page is a piece per page, joined by stitching as the text path's pieces are.

Only what a grid holds is read so: a table needs MIN_COLUMNS columns in one of its rows (a framed
title or signature box is a single cell, and stays text), and the words outside the tables stay
lines as Tesseract wrote them.

A row of one line of small type is shorter than GRID_RULE_MIN_PX: its vertical rules are sought down
to SHORT_RULE_SHARE of the closest two horizontal rules' gap and kept where they run from one to the
next. The marks over or under a cell's line that Tesseract reads as words of a line with words
elsewhere ("๑4 A v a =" with the next cell's "เสส่") are left out where they stand over or under the
cell's text and are smaller than its letters (STRAY, ``_off_text``). The cells left empty or unsure
are read again alone (ocr_cells). A page scanned askew is turned straight before all this (ocr_deskew).

A piece of a row's rule drawn a little off the rest of it (under one cell, less than ROW_RULE_SNAP_PX)
is put at the rule's height, so the cell stays in its row. A cell filled grey without text (a Gantt
chart's month shaded, not ticked) reads as the mark ocr_cells.SHADE_MARK where its row's text stands
on paper. A row number whose ink reads alone only as an unclear bare number, outside a column of
numbers read clearly, is left empty, and its row says so (``Row.unread_numbers``): no continuation of
the row above.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from normalize import patterns

from extract.document import Row, Table
from extract.readers import ocr_cells, ocr_layout
from extract.readers.lazy_modules import defer_pdf_extras

defer_pdf_extras()  # before open_rows imports pdfplumber: charset_normalizer is loaded only if used

from extract.readers.open_rows import implied_row_rules, opens_at  # noqa: E402
from schemas.records import Box  # noqa: E402

POINTS_PER_INCH = ocr_layout.POINTS_PER_INCH
# A rule's ink may wander this many pixels (300 dpi) off its row or column: a page scanned 0.6°
# askew drifts a 2 px rule by a pixel every ~95 px, so an ink run along it breaks long before the
# rule ends (tests' scans turned by 0.4-0.6° kept runs of ~230 px against the 300 px needed; with
# 2 px either side the runs span the rule).
RULE_DRIFT_PX = 2
# The shortest rule between two cells, in pixels at 300 dpi (1/3 inch): a row of one text line
# is ~0.3 inch tall (its cell's side as long), while no glyph stroke of 16 pt Thai text is longer
# than ~0.25 inch. Looked for only between the page's long horizontal rules.
GRID_RULE_MIN_PX = 100
# A vertical rule shorter than GRID_RULE_MIN_PX is sought down to this share of the gap between the
# two closest horizontal rules (a row of one line of 12 pt text is ~70 px at 300 dpi), and kept only
# where it runs from one horizontal rule to the next.
SHORT_RULE_SHARE = 0.6
# Ink rows (columns) of one rule: a rule askew covers a band of rows; two rules of a table stand a
# text line apart (>= ~40 px). Gaps in a rule's ink up to this many pixels are noise of the scan,
# not a missing rule (a merged cell leaves a gap as wide as a cell: >= ~100 px).
RULE_GAP_PX = 8
# Rules are sought in the ink shrunk this many times along them (a cell inked if any of its pixels
# is): the ink runs cost a quarter of the full page's (~60 of ~250 ms a page), and a gap of fewer
# pixels in a rule is the scan's noise anyway.
POOL = 4
# Grey level below which a pixel along a grid's rule is erased with it: a thin rule scanned askew
# is grey (150-200) beside its dark core, and Tesseract read those grey edges left in place as
# strokes of the letters beside them ("ผู" of "ผู้รับผิดชอบ" put in the cell left of its own).
RULE_EDGE_LEVEL = 230
# pdfplumber's table finder tolerances (points): its defaults, the text path's settings.
SNAP_TOLERANCE = 3
JOIN_TOLERANCE = 3
INTERSECTION_TOLERANCE = 3
# A word of nothing but bars and brackets is what is left of a rule the erasing missed (a cell's
# text has none standing alone).
RULE_DEBRIS = patterns.compile(r"^[|\[\]{}]+$")
# A piece of a noise line with a digit, alone in its cell, is the cell's own (a row's number that
# Tesseract read apart at low confidence).
DIGIT = patterns.compile(r"[0-9๐-๙]")
# A bare number of a cell (a row's): digits, a full stop after them.
NUMBER = patterns.compile(r"^[0-9๐-๙]{1,3}\.?$")
# What a piece of a Tesseract line in one cell is: text, noise (a line of marks, or weighed so), or a
# piece without a word of a line with words (noise only beside its cell's text: ``_off_text``).
TEXT, NOISE, STRAY = 0, 1, 2
# Marks over or under a line (tone marks, upper vowels: "๑4 A v a =" for "ั ื ่ ้") stand at most
# this share of its main band's height (the probe's: 0.48; a second line of a cell: ~1).
MARK_HEIGHT = 0.6
# A table is read from the grid when one of its rows has this many cells: a lone framed box is no table.
MIN_COLUMNS = 2
# Pieces of horizontal rule end to end (a cell's bottom rule drawn a little off its row's, or thicker)
# nearer in height than this (pixels at 300 dpi) are one rule: two rules of rows stand a text line
# apart (12 pt Thai: ~50 px), so a piece under half of that off is its row's, not a sub-row's.
ROW_RULE_SNAP_PX = 24
# A gap in a rule is bridged by a piece drawn off it whose ink covers this share of the gap in one row.
GAP_FILL_SHARE = 0.9
# ... in a band of rows no thicker than this (a 2-3 px rule spread RULE_DRIFT_PX either way, or a thick
# one), the rows from RULE_DRIFT_PX to GAP_CLEAR_PX beyond it each inked over at most GAP_CLEAR_SHARE.
GAP_PIECE_MAX_PX = 12
GAP_CLEAR_PX = 10
GAP_CLEAR_SHARE = 0.3


@dataclass
class CellNotes:
    """The cells read again alone (ocr_cells): (page reading, reading alone) of each one changed, and
    the page readings of the cells whose ink read as nothing clear (left empty; "" if none); of
    those, the indexes of the ones read alone as a bare number at low confidence (``numbers``)."""

    reread: list[tuple[str, str]]
    unclear: list[str]
    numbers: list[int] = field(default_factory=list)
    shaded: int = 0  # cells filled grey without text, read as a mark (ocr_cells.SHADE_MARK)


CellReader = Callable[[list[tuple[int, int, int, int]]], list["ocr_cells.Reading | None"]]
ShadeReader = Callable[[list[tuple[int, int, int, int]]], list[bool]]


@dataclass
class Grid:
    """The ruled tables of a page (pdfplumber ``Table`` objects over cell boxes in points) and the
    horizontal rules implied where a table's vertical rules end with none drawn (open_rows)."""

    tables: list[Any]
    implied: list[dict]


def _bands(present, gap: int) -> list[tuple[int, int]]:
    """(first, last) index of each run of True in a 1-d array, runs apart by more than ``gap``."""
    import numpy as np

    idx = np.flatnonzero(present)
    if not len(idx):
        return []
    cuts = np.flatnonzero(np.diff(idx) > gap + 1)
    starts = [int(idx[0])] + [int(idx[c + 1]) for c in cuts]
    ends = [int(idx[c]) for c in cuts] + [int(idx[-1])]
    return list(zip(starts, ends))


def _segments(mask, orientation: str, scales: tuple[float, float], offset: tuple[float, float] = (0.0, 0.0)
              ) -> list[dict]:
    """pdfplumber edge dicts (points) of the rules in ``mask`` (bands × lengths: rows × columns for
    "h", columns × rows for "v"; ``scales``: points per index across and along, ``offset``: points
    added across and along): each band of indexes holding rule ink, cut where its ink stops."""
    edges = []
    across, along = scales
    for a, b in _bands(mask.any(axis=1), RULE_GAP_PX):
        at = (a + b + 1) / 2 * across + offset[0]
        for s, e in _bands(mask[a:b + 1].any(axis=0), max(1, round(RULE_GAP_PX * across / along))):
            lo, hi = s * along + offset[1], (e + 1) * along + offset[1]
            if orientation == "h":
                edges.append({"x0": lo, "x1": hi, "top": at, "bottom": at, "width": hi - lo, "height": 0.0,
                              "orientation": "h", "object_type": "line"})
            else:
                edges.append({"x0": at, "x1": at, "top": lo, "bottom": hi, "width": 0.0,
                              "height": hi - lo, "orientation": "v", "object_type": "line"})
    return edges


def _pooled(mask, axis: int):
    """``mask`` shrunk POOL times along ``axis``: a cell is inked if any of its POOL pixels is (the
    rest of a side not a multiple of POOL left out)."""
    n = mask.shape[axis] // POOL * POOL
    if axis == 0:
        return mask[:n].reshape(n // POOL, POOL, mask.shape[1]).any(axis=1)
    return mask[:, :n].reshape(mask.shape[0], n // POOL, POOL).any(axis=2)


def _unpooled(mask, axis: int, size: int):
    """A pooled mask back at full size along ``axis`` (``size`` pixels)."""
    import numpy as np

    out = np.repeat(mask, POOL, axis=axis)
    pad = size - out.shape[axis]
    if pad > 0:
        out = np.concatenate([out, np.zeros((pad, out.shape[1]) if axis == 0 else (out.shape[0], pad), bool)],
                             axis=axis)
    return out


def find(ink, min_share: float, runs, dpi: float) -> tuple[Grid | None, Any]:
    """The page's ruled tables, from its ink (``ink``): horizontal rules of at least ``min_share`` of
    the page's width, and vertical rules of GRID_RULE_MIN_PX or more where the horizontal ones stand;
    ``runs(mask, length)`` marks the pixels on vertical ink runs of ``length``. Runs are sought in
    the ink spread RULE_DRIFT_PX across them and shrunk POOL times along them. Also the pixels
    along the tables' rules (RULE_DRIFT_PX either side), to erase with the page's long rules (None
    if no grid)."""
    import numpy as np
    from pdfplumber.table import Table as PlumberTable
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    scale = POINTS_PER_INCH / dpi
    height, width = ink.shape
    spread = _pooled(widen(ink, axis=0), axis=1)  # rows × (columns / POOL)
    h_runs = runs(spread.T, max(2, int(width * min_share) // POOL)).T
    h_edges = _snapped(_segments(h_runs & spread, "h", (scale, scale * POOL)), ROW_RULE_SNAP_PX * scale,
                       RULE_GAP_PX * POOL * scale)
    h_runs = h_runs.copy()
    h_edges += _gaps_bridged(h_edges, spread, h_runs, scale)
    if len(h_edges) < 2:
        return None, None
    # vertical rules as short as a row, looked for only where the horizontal rules stand
    top = max(0, int(min(e["top"] for e in h_edges) / scale) - RULE_GAP_PX)
    bottom = min(height, int(max(e["top"] for e in h_edges) / scale) + RULE_GAP_PX + 1)
    left = max(0, int(min(e["x0"] for e in h_edges) / scale) - RULE_GAP_PX)
    right = min(width, int(max(e["x1"] for e in h_edges) / scale) + RULE_GAP_PX + 1)
    window = _pooled(widen(ink[top:bottom, left:right], axis=1), axis=0)  # (rows / POOL) × columns
    # a rule as short as a row of one line (~0.3 inch, shorter in small type): sought down to
    # SHORT_RULE_SHARE of the closest two horizontal rules, and kept only where it runs from one of
    # them to the next (a glyph's stroke does not)
    levels = sorted(e["top"] / scale for e in h_edges)
    gaps = [b - a for a, b in zip(levels, levels[1:]) if b - a > 2 * RULE_GAP_PX]
    shortest = min([GRID_RULE_MIN_PX] + [int(g * SHORT_RULE_SHARE) for g in gaps])
    v_runs = runs(window, max(2, GRID_RULE_MIN_PX // POOL))
    v_edges = _segments((v_runs & window).T, "v", (scale, scale * POOL), (left * scale, top * scale))
    if shortest < GRID_RULE_MIN_PX:
        short_runs = runs(window, max(2, shortest // POOL)) & ~v_runs
        for e in _segments((short_runs & window).T, "v", (scale, scale * POOL), (left * scale, top * scale)):
            if _between_rules(e, h_edges, (RULE_DRIFT_PX + POOL) * scale):
                v_edges.append(e)
                # its pixels erased with the long ones
                x = int(round(e["x0"] / scale)) - left
                y0, y1 = int(e["top"] / scale - top) // POOL, int(round(e["bottom"] / scale - top)) // POOL + 1
                x0, x1 = max(0, x - RULE_DRIFT_PX - 1), x + RULE_DRIFT_PX + 2
                v_runs[y0:y1, x0:x1] |= short_runs[y0:y1, x0:x1]
    if len(v_edges) < 2:
        return None, None
    implied = implied_row_rules(h_edges + v_edges)
    edges = merge_edges(h_edges + implied + v_edges, SNAP_TOLERANCE, SNAP_TOLERANCE, JOIN_TOLERANCE, JOIN_TOLERANCE)
    points = edges_to_intersections(edges, INTERSECTION_TOLERANCE, INTERSECTION_TOLERANCE)
    # no page: a Table reads its rows from its cells alone (its page only to extract text, not used here)
    tables = [PlumberTable(None, cells)  # type: ignore[arg-type]
              for cells in cells_to_tables(intersections_to_cells(points))]
    tables = [t for t in tables if any(sum(c is not None for c in row.cells) >= MIN_COLUMNS for row in t.rows)]
    if not tables:
        return None, None
    # the pixels along the rules: the long horizontal ones anywhere, the vertical ones inside the tables
    erase = widen(_unpooled(h_runs, 1, width), axis=0)
    vertical = widen(_unpooled(v_runs, 0, bottom - top), axis=1)
    for t in tables:
        x0, y0, x1, y1 = (int(round(v / scale)) for v in t.bbox)
        y0, y1 = max(y0 - RULE_GAP_PX, top), min(y1 + RULE_GAP_PX, bottom)
        x0, x1 = max(x0 - RULE_GAP_PX, left), min(x1 + RULE_GAP_PX, right)
        erase[y0:y1, x0:x1] |= vertical[y0 - top:y1 - top, x0 - left:x1 - left]
    return Grid(tables, implied), erase


def _gaps_bridged(h_edges: list[dict], spread, h_runs, scale: float) -> list[dict]:
    """Edges over the gaps between two pieces of one horizontal rule where a piece shorter than a
    rule run is drawn off it (less than ROW_RULE_SNAP_PX above or below) across the gap: a narrow
    cell's bottom rule drawn apart, which left the cell joined to the one under it. The piece is
    sought in ``spread`` (rows × pooled columns) as one row of ink over GAP_FILL_SHARE of the gap
    (a text line near the rule has gaps between its glyphs); its pixels are marked in ``h_runs`` so
    they are erased with the rules."""
    import numpy as np

    out = []
    pooled = scale * POOL
    by_height: dict[float, list[dict]] = {}
    for e in h_edges:
        by_height.setdefault(e["top"], []).append(e)
    for at, pieces in by_height.items():
        pieces = sorted(pieces, key=lambda e: e["x0"])
        for left, right in zip(pieces, pieces[1:]):
            c0, c1 = int(round(left["x1"] / pooled)), int(round(right["x0"] / pooled))
            if c1 - c0 < 2:
                continue
            y = int(round(at / scale))
            y0, y1 = max(0, y - ROW_RULE_SNAP_PX), min(spread.shape[0], y + ROW_RULE_SNAP_PX + 1)
            share = spread[y0:y1, c0:c1].sum(axis=1) / (c1 - c0)
            rows = np.flatnonzero(share >= GAP_FILL_SHARE)
            if not len(rows) or rows.max() - rows.min() > GAP_PIECE_MAX_PX:
                continue
            # a rule stands clear: the rows beside it hold little ink, a text line's (its letters'
            # bodies and marks around the row their feet fill) much
            beside = np.concatenate([share[max(0, rows.min() - GAP_CLEAR_PX):max(0, rows.min() - RULE_DRIFT_PX)],
                                     share[rows.max() + RULE_DRIFT_PX + 1:rows.max() + GAP_CLEAR_PX + 1]])
            if len(beside) and beside.max() > GAP_CLEAR_SHARE:
                continue
            rows = rows + y0
            h_runs[rows.min():rows.max() + 1, c0:c1] |= spread[rows.min():rows.max() + 1, c0:c1]
            out.append({**left, "x0": left["x1"], "x1": right["x0"], "width": right["x0"] - left["x1"]})
    return out


def _snapped(h_edges: list[dict], near: float, overlap: float) -> list[dict]:
    """The horizontal edges with each piece that runs on from a longer one (end to end, overlapping
    by at most ``overlap`` points) less than ``near`` points above or below it moved to its height:
    a rule drawn a little off under one cell (or thicker there) left that cell out of its row, in a
    row of its own."""
    out = [dict(e) for e in h_edges]
    for e in sorted(out, key=lambda e: e["x1"] - e["x0"]):
        for other in out:
            if other is e or other["x1"] - other["x0"] <= e["x1"] - e["x0"]:
                continue
            shared = min(e["x1"], other["x1"]) - max(e["x0"], other["x0"])
            if 0 < abs(other["top"] - e["top"]) < near and -overlap <= shared <= overlap:
                e["top"] = e["bottom"] = other["top"]
                break
    return out


def _between_rules(edge: dict, h_edges: list[dict], slack: float) -> bool:
    """A vertical edge whose ends each meet a horizontal edge (within ``slack`` points)."""
    def meets(y: float) -> bool:
        return any(abs(h["top"] - y) <= slack and h["x0"] - slack <= edge["x0"] <= h["x1"] + slack for h in h_edges)

    return meets(edge["top"]) and meets(edge["bottom"])


def widen(dark, axis: int):
    """``dark`` with each ink pixel spread RULE_DRIFT_PX along ``axis`` (0: up and down, 1: left and
    right), so a rule scanned askew stays one ink run across."""
    out = dark.copy()
    for k in range(1, RULE_DRIFT_PX + 1):
        if axis == 0:
            out[k:] |= dark[:-k]
            out[:-k] |= dark[k:]
        else:
            out[:, k:] |= dark[:, :-k]
            out[:, :-k] |= dark[:, k:]
    return out


def _chars(line: ocr_layout.TessLine, words: list[ocr_layout.Word], scale: float) -> list[dict]:
    """Pseudo-chars of a Tesseract line's words in one cell: a run of words written without a
    space one char, a blank char between two runs, all at the line's main band."""
    top, bottom = (v * scale for v in line.band)
    size = max(bottom - top, 1.0) * ocr_layout.SIZE_PER_WORD_HEIGHT
    runs: list[list[ocr_layout.Word]] = []
    for k, word in enumerate(words):
        if k and not word.space:
            runs[-1].append(word)
        else:
            runs.append([word])
    chars: list[dict] = []
    for run in sorted(runs, key=lambda r: min(w.left for w in r)):
        x0, x1 = min(w.left for w in run) * scale, max(w.right for w in run) * scale
        if chars:
            end = chars[-1]["x1"]
            chars.append(_char(" ", end, max(x0, end), top, bottom, size))
        chars.append(_char("".join(w.text for w in run), x0, max(x1, x0), top, bottom, size))
    return chars


def _char(text: str, x0: float, x1: float, top: float, bottom: float, size: float) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": size, "upright": True}


def read(grid: Grid, lines: list[ocr_layout.TessLine], number: int, dpi: float,
         is_ghost: Callable[[str, float], bool], reread: CellReader | None = None, shaded: ShadeReader | None = None
         ) -> tuple[list[tuple[float, Table]], list[ocr_layout.TessLine], list[str], CellNotes]:
    """The grid's tables as table pieces with their tops (points), Tesseract's lines less the
    words inside the tables (a line wholly inside is gone), and the noise left out of the cells:
    a line's words that ``is_ghost(text, confidence)`` calls noise (tone marks and vowels of a cell's
    line read as a line of their own: "e 1a A oe"; a line without a word weighed cell by cell) unless
    they are a number standing apart from their cell's text (``_over_text``), and words that are
    only a rule's debris ("|"). With ``reread`` (ocr_cells), the cells left empty or unsure
    (``ocr_cells.unsure``) are read again alone: a reading kept replaces the page's, an unclear one
    empties the cell; the notes say which."""
    from extract.readers.pdf import _table_rows  # pdf reads scans through ocr: imported when used

    scale = POINTS_PER_INCH / dpi
    boxes = [t.bbox for t in grid.tables]

    cells = [c for t in grid.tables for c in t.cells]

    def cell_of(word: ocr_layout.Word) -> int | None:
        """The index (in ``cells``) of the cell holding the word's centre; None outside every cell (a
        word within a table's box but in no cell of it stays in the page's text)."""
        x, y = (word.left + word.right) / 2 * scale, (word.top + word.bottom) / 2 * scale
        if not any(b[0] <= x < b[2] and b[1] <= y < b[3] for b in boxes):
            return None
        return next((k for k, c in enumerate(cells) if c[0] <= x < c[2] and c[1] <= y < c[3]), None)

    pieces: list[tuple[int, ocr_layout.TessLine, list[ocr_layout.Word], int]] = []  # (cell, line, words, TEXT/NOISE/STRAY)
    rest: list[ocr_layout.TessLine] = []
    for line in lines:
        at = _glued([cell_of(w) for w in line.words], line.words, cells, scale)
        kept = [w for w, k in zip(line.words, at) if k is None]
        written = _spaced(line.words)
        noise = is_ghost(written, line.conf)
        # a line of nothing but marks and stray letters (no word in any of its cells, whatever its
        # confidence: "| ๑4 ส ๑4 ๐ 1 ๑4 A"), whose pieces are weighed cell by cell; a piece of a
        # line with words is not
        marks = is_ghost(written, 0.0)
        for k in dict.fromkeys(k for k in at if k is not None):  # a cell's words, in the line's order
            words = [w for w, c in zip(line.words, at) if c == k and not RULE_DEBRIS.match(w.text)]
            if words:
                conf = sum(w.conf for w in words) / len(words)
                # a piece without a word of a line with words elsewhere ("๑4 A v a =", the marks over a
                # cell's line read with those over the next cell's "เส ส่"): noise where it stands over
                # or under its cell's text (STRAY), else the cell's own (a grade "A" beside its score)
                piece = NOISE if noise or marks and is_ghost(_spaced(words), conf) else (
                    STRAY if is_ghost(_spaced(words), 0.0) else TEXT)
                pieces.append((k, line, words, piece))
        if kept:
            rest.append(line if len(kept) == len(line.words) else ocr_layout.TessLine(line.key, kept))
    dropped: list[str] = []
    held: dict[int, list[tuple[ocr_layout.TessLine, list[ocr_layout.Word]]]] = {}  # cell → its kept pieces
    for k, line, words, piece in pieces:
        text = [p[1] for p in pieces if p[0] == k and p[3] == TEXT]
        if piece == NOISE and (_over_text(line, text) or not DIGIT.search(_spaced(words))) \
                or piece == STRAY and _off_text(words, text):
            dropped.append(_spaced(words))
        else:
            held.setdefault(k, []).append((line, words))
    notes = CellNotes([], [])
    if reread is not None:
        held = _read_again(held, cells, scale, reread, notes)
    if shaded is not None:
        held = _shaded_marks(grid, cells, held, scale, shaded, notes)
    chars: list[dict] = []
    for k in held:
        for line, words in held[k]:
            chars.extend(_chars(line, words, scale))
    chars.sort(key=lambda c: (c["top"], c["x0"]))
    found: list[tuple[float, Table]] = []
    unread = {tuple(cells[k]) for k in notes.numbers}
    for table in grid.tables:
        rows = [_with_unread(row, unread) for row in _table_rows(table, chars, number)]
        if rows and opens_at(rows[0].bbox.top if rows[0].bbox else None, grid.implied):
            rows[0].open_top = True
        if rows:
            found.append((table.bbox[1], Table(rows=rows, page=number, bbox=Box.of(table.bbox))))
    return found, rest, dropped, notes


def _shaded_marks(grid: Grid, cells: list, held: dict[int, list[tuple[ocr_layout.TessLine, list[ocr_layout.Word]]]],
                  scale: float, shaded: ShadeReader, notes: CellNotes
                  ) -> dict[int, list[tuple[ocr_layout.TessLine, list[ocr_layout.Word]]]]:
    """``held`` with each cell filled grey and holding no text read as a mark (ocr_cells.SHADE_MARK:
    a month shaded in a Gantt chart instead of ticked), in a row with a cell of text on paper: a
    header row filled grey, its empty cells too, has none (its text cells are grey as well)."""
    boxes = [tuple(int(round(v / scale)) for v in c) for c in cells]
    grey = shaded(boxes)  # type: ignore[arg-type]
    index = {tuple(c): k for k, c in enumerate(cells)}
    out = dict(held)
    for table in grid.tables:
        for row in table.rows:
            ks = [index[tuple(c)] for c in row.cells if c is not None and tuple(c) in index]
            if not any(k in held and not grey[k] for k in ks):
                continue
            for k in ks:
                if grey[k] and k not in held:
                    x0, y0, x1, y1 = boxes[k]
                    side = min(x1 - x0, y1 - y0) / 4
                    x, y = (x0 + x1) / 2, (y0 + y1) / 2
                    word = ocr_layout.Word(ocr_cells.SHADE_MARK, x - side, y - side, x + side, y + side, 100.0)
                    out[k] = [(ocr_layout.TessLine(("shade", str(k)), [word]), [word])]
                    notes.shaded += 1
    return out


def _with_unread(row: Row, unread: set[tuple]) -> Row:
    """``row`` with the columns of its cells in ``unread`` (boxes in points) as its unread numbers:
    a row number whose ink read as a number unclearly, outside a column of numbers read clearly,
    is left empty (not guessed), yet the row is no continuation of the row above (a continuation's
    number cell has no ink)."""
    cols = tuple(col for col, box in enumerate(row.boxes or [])
                 if box is not None and any(Box.of(b) == box for b in unread))
    return replace(row, unread_numbers=cols) if cols else row


def _read_again(held: dict[int, list[tuple[ocr_layout.TessLine, list[ocr_layout.Word]]]], cells: list, scale: float,
                reread: CellReader, notes: CellNotes
                ) -> dict[int, list[tuple[ocr_layout.TessLine, list[ocr_layout.Word]]]]:
    """``held`` with the unsure cells' pieces replaced by their readings alone (``reread``); what
    changed goes to ``notes``."""
    def written(k: int) -> tuple[str, float]:
        words = [w for _, ws in held.get(k, []) for w in ws]
        return " ".join(_spaced(ws) for _, ws in held.get(k, [])), (
            sum(w.conf for w in words) / len(words) if words else 0.0)

    asked = [k for k in range(len(cells)) if ocr_cells.unsure(*written(k))]
    boxes = [tuple(int(round(v / scale)) for v in cells[k]) for k in asked]
    out = dict(held)
    disputed: list[tuple[int, ocr_cells.Reading]] = []
    numbers: list[tuple[int, ocr_cells.Reading, str]] = []  # unclear cells read alone as a bare number
    for k, reading in zip(asked, reread(boxes)):  # type: ignore[arg-type]
        if reading is None:
            continue
        before = written(k)[0]
        if reading.unclear and before and "".join(before.split()) == "".join(reading.written.split()):
            continue  # read alike twice: the page's reading stands
        after = " ".join(_spaced(line.words) for line in reading.lines)
        if DIGIT.search(before) and not DIGIT.search(after):
            # a number on the page that reads as a mark or nothing alone: a mark where a cell beside it
            # or in its column is one (a tick read "2" in a row of ticks), else the page's number stands
            # (a row's "7" read at 70 in a column of numbers)
            if after == ocr_cells.MARK:
                disputed.append((k, reading))
            continue
        if reading.unclear:
            out.pop(k, None)
            if NUMBER.match(reading.written):
                numbers.append((k, reading, before))
            else:
                notes.unclear.append(before)
            continue
        out[k] = [(line, line.words) for line in reading.lines]
        if after != before:
            notes.reread.append((before, after))
    marks = [k for k in out if [w.text for _, ws in out[k] for w in ws] == [ocr_cells.MARK]]
    for k, reading in disputed:
        if any(_beside(cells[k], cells[m]) for m in marks):
            notes.reread.append((written(k)[0], ocr_cells.MARK))
            out[k] = [(line, line.words) for line in reading.lines]
    # a bare number read alone at low confidence ("7" at 76) in a column of numbers read clearly
    # (a row number between "6" and "8"): the column says what it is; elsewhere it stays unclear
    sure = [m for m in out if NUMBER.match(" ".join(_spaced(ws) for _, ws in out[m]))]
    for k, reading, before in numbers:
        if any(_beside(cells[k], cells[m], column_only=True) for m in sure):
            out[k] = [(line, line.words) for line in reading.alone]
            notes.reread.append((before, reading.written))
        else:
            notes.unclear.append(before)
            notes.numbers.append(k)
    return out


def _beside(a, b, slack: float = 2.0, column_only: bool = False) -> bool:
    """Two cells (boxes in points) side by side in one row, or one over the other in one column."""
    same_row = abs(a[1] - b[1]) <= slack and abs(a[3] - b[3]) <= slack and (
        abs(a[2] - b[0]) <= slack or abs(b[2] - a[0]) <= slack)
    same_column = abs(a[0] - b[0]) <= slack and abs(a[2] - b[2]) <= slack and a != b
    return same_column or same_row and not column_only


def _over_text(line: ocr_layout.TessLine, text: list[ocr_layout.TessLine]) -> bool:
    """A noise line's piece stands over or under a line of text of its cell (``text``), nearer than
    that line is tall: the marks above a line or below it, read apart. Apart from any text, a piece
    with a digit is a cell's own (a row's number Tesseract read alone, at low confidence: "4" in a
    column of numbers); one without is still noise ("Sh" for the "ที่" of a repeated header)."""
    top, bottom = line.band
    for other in text:
        otop, obottom = other.band
        if top - obottom < obottom - otop and otop - bottom < obottom - otop:
            return True
    return False


def _off_text(words: list[ocr_layout.Word], text: list[ocr_layout.TessLine]) -> bool:
    """The words are marks of a line of text of their cell (``text``) read as words of their own:
    smaller than its letters (their median height under MARK_HEIGHT of the line's) and their middle
    above or below its main band, less than its height away. A line of their own size ("ต.ค. 67"
    under a cell's first line) is the cell's text."""
    middle = sorted((w.top + w.bottom) / 2 for w in words)[len(words) // 2]
    height = sorted(w.bottom - w.top for w in words)[len(words) // 2]
    for other in text:
        otop, obottom = other.band
        tall = obottom - otop
        if height < MARK_HEIGHT * tall and (otop - tall < middle < otop or obottom < middle < obottom + tall):
            return True
    return False


def _glued(at: list[int | None], words: list[ocr_layout.Word], cells: list, scale: float) -> list[int | None]:
    """``at`` (each word's cell) with a word whose box reaches over its cell's side into the cell of
    the word it is written against (no space between them) moved there: Tesseract boxes the first
    glyph of a line piece from where the space before it starts ("ผู" of "ผู้รับผิดชอบ" centred left
    of the rule its glyph stands right of)."""
    out = list(at)
    for k, word in enumerate(words):
        if out[k] is None:
            continue
        x0, x1 = word.left * scale, word.right * scale
        box = cells[out[k]]  # type: ignore[index]
        if k + 1 < len(words) and not words[k + 1].space and at[k + 1] not in (None, out[k]) \
                and x1 > box[2]:
            out[k] = at[k + 1]
        elif k and not word.space and at[k - 1] not in (None, out[k]) and x0 < box[0]:
            out[k] = at[k - 1]
    return out


def _spaced(words: list[ocr_layout.Word]) -> str:
    """Words as Tesseract wrote them: a space only where it wrote one."""
    return "".join((" " if k and w.space else "") + w.text for k, w in enumerate(words))


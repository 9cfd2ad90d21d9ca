"""The cells of a scanned ruled table that Tesseract's page reading left empty or unsure, read again
one by one.

Tesseract segments a page into blocks and lines; a cell holding one short thing, alone in its
column's width (a row's number "๒", a tick "✓" in an option or month column, the header "ที่"), is
often left out of every line, or read as debris ("”", "/7", "Jv", a tick as "2"). A lost row number
made the table parser join two measures (a row without a number continues the one above), a tick
read as "”" became a measure's status. The grid gives each cell's box: the cells with ink in them
but no reading (or only a short reading without a Thai letter, at low confidence) are cut out,
stacked on one sheet a gap apart and read in one more Tesseract run (--psm 6: one block of lines),
each word going back to the cell it was cut from; Thai digits on the sheet are read again from their
glyphs (ocr_digits) as on the page. A cell then reads:

- as Tesseract reads it alone, where that reading has a letter or digit and is confident;
- as a mark ("✓") where its ink is one small glyph about as tall as it is wide and the reading has no
  letter or digit of a script the page is written in (a tick read as "v", "Jv", "/" at low
  confidence): the table parsers know a tick, not its misreadings;
- as the page read it where Tesseract reads it alone the same (two readings agree: a row's "7" read
  at 70 both times);
- else it is unclear: its page reading (if any) is left out and the cell noted (OCR_CELL_UNREAD), not
  guessed.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field

from normalize import patterns

from extract.readers import ocr_digits, ocr_layout

# A cell's ink is looked for this many pixels (300 dpi) inside its rules (their drift and grey edges).
INSET = 6
# Ink pixels in a cell fewer than this: an empty cell (scan speckle).
MIN_INK = 40
# Blank pixels around each piece on the sheet: Tesseract keeps pieces this far apart as lines apart.
GAP = 30
# A reading kept alone needs at least this mean confidence (the page's noise lines read below 80).
MIN_CONF = 80.0
# A mark is one glyph: its ink's box between these sides (pixels at 300 dpi: a tick of 12-16 pt text
# is ~25-45 px) and no more than MARK_ASPECT times as tall as wide or wide as tall ("-" is flat).
MARK_MIN_PX = 12
MARK_MAX_PX = 90
MARK_ASPECT = 2.5
MARK = "✓"
# A piece of a rule the erasing left in a cell (a short rule of a row drawn apart, a rule's grey
# edge): ink at most this many pixels thick and RULE_LENGTH times as long, lying along the cell; a
# vertical one only at the cell's side (a "1" stands upright in its middle).
RULE_THICK_PX = 5
RULE_LENGTH = 4
SIDE_PX = 4
# A hole (background closed in by ink) of this many pixels or more: Thai letters and digits have
# their head's loop, a tick none.
HOLE_MIN_PX = 6
# A cell read as Thai digits from its glyphs holds a short number (a row's, a count's).
MAX_DIGITS = 4
# A cell with more ink than this holds text, not a lone glyph: its pieces are not sorted out (the
# connected pieces are found pixel by pixel).
MAX_COMPONENT_PX = 4000
# A letter or digit of any script: what a mark's misreading does not need to hold, but a reading
# kept as text must.
LETTER_OR_DIGIT = patterns.compile(r"[\p{L}\p{N}]")
# A reading that names letters or digits of the page's scripts (Thai, Latin digits): not a mark's.
THAI_OR_DIGIT = patterns.compile(r"[\u0e01-\u0e4e\u0e50-\u0e590-9]")
# Short readings without a Thai letter at low confidence are unsure ("”", "/7", "2" for a tick) and
# are read again; dashes ("-": no value) are sure.
UNSURE_MAX_CHARS = 3
DASHES = patterns.compile(r"^[-–—]+$")
THAI_LETTER = patterns.compile(r"[\u0e01-\u0e2e]")
# A cell filled grey (a Gantt chart's month shaded instead of ticked: Word's 25% grey prints at ~191)
# has the median of its pixels inside its rules between ink (ocr_digits.DARK) and this level; paper
# and a cell of text on it stay at ~255.
SHADE_MAX = 225
# What a shaded cell without text reads as: a month mark (schemas.measure_cues.MONTH_MARKS), no tick.
SHADE_MARK = "■"


@dataclass
class Reading:
    """A cell read again: its lines (words in the page's pixels; a mark is one word), or none and
    ``unclear`` when the cell's ink read as nothing clear."""

    lines: list[ocr_layout.TessLine]
    unclear: bool = False
    written: str = ""  # what Tesseract read alone (of an unclear cell too)
    alone: list[ocr_layout.TessLine] = field(default_factory=list)  # an unclear cell's reading alone


def unsure(text: str, conf: float) -> bool:
    """A cell's page reading ``text`` (its words' mean confidence ``conf``) worth reading again: none,
    or a few characters without a Thai letter read at low confidence."""
    squashed = "".join(text.split())
    if not squashed:
        return True
    return (len(squashed) <= UNSURE_MAX_CHARS and not DASHES.match(squashed)
            and not THAI_LETTER.search(squashed))


def reader(pixels, tesseract: Callable[[str, str], tuple[str, str | None]]
           ) -> Callable[[list[tuple[int, int, int, int]]], list[Reading | None]]:
    """A function reading the cells (boxes in pixels: left, top, right, bottom) of the page
    ``pixels`` (grey, rules erased) again: a Reading per cell, None where the cell has no ink.
    ``tesseract(image_path, output_base)`` gives (text, tsv) of one run."""

    def read(boxes: list[tuple[int, int, int, int]]) -> list[Reading | None]:
        return read_cells(pixels, boxes, tesseract)

    return read


def shade_reader(pixels) -> Callable[[list[tuple[int, int, int, int]]], list[bool]]:
    """A function telling which cells (boxes in pixels) of the page ``pixels`` are filled grey."""

    def shaded(boxes: list[tuple[int, int, int, int]]) -> list[bool]:
        return [_shaded(pixels, box) for box in boxes]

    return shaded


def _shaded(pixels, box: tuple[int, int, int, int]) -> bool:
    import numpy as np

    x0, y0, x1, y1 = box
    crop = pixels[y0 + INSET:y1 - INSET, x0 + INSET:x1 - INSET]
    return bool(crop.size) and ocr_digits.DARK <= float(np.median(crop)) < SHADE_MAX


def read_cells(pixels, boxes: list[tuple[int, int, int, int]],
               tesseract: Callable[[str, str], tuple[str, str | None]]) -> list[Reading | None]:
    import numpy as np
    from PIL import Image

    pieces: list[tuple[int, int, int, object]] = []  # (cell index, ink left, ink top, the ink's grey pixels)
    for k, (x0, y0, x1, y1) in enumerate(boxes):
        crop = pixels[y0 + INSET:y1 - INSET, x0 + INSET:x1 - INSET]
        if crop.size == 0:
            continue
        ink = _without_rule_debris(crop < ocr_digits.DARK)
        if ink.sum() < MIN_INK:
            continue
        crop = np.where(ink, crop, 255).astype(np.uint8)
        ys, xs = np.nonzero(ink)
        top, bottom, left, right = int(ys.min()), int(ys.max()) + 1, int(xs.min()), int(xs.max()) + 1
        pieces.append((k, x0 + INSET + left, y0 + INSET + top, crop[top:bottom, left:right]))
    out: list[Reading | None] = [None] * len(boxes)
    if not pieces:
        return out
    width = max(p[3].shape[1] for p in pieces) + 2 * GAP  # type: ignore[attr-defined]
    height = sum(p[3].shape[0] + 2 * GAP for p in pieces)  # type: ignore[attr-defined]
    sheet = np.full((height, width), 255, np.uint8)
    spans = []  # (top, bottom) of each piece's stripe on the sheet
    y = 0
    for _, _, _, ink in pieces:
        h, w = ink.shape  # type: ignore[attr-defined]
        sheet[y + GAP:y + GAP + h, GAP:GAP + w] = ink
        spans.append((y, y + h + 2 * GAP))
        y += h + 2 * GAP
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "cells.png")
        Image.fromarray(sheet).save(path)
        text, tsv = tesseract(path, os.path.join(tmp, "cells"))
    if tsv is None:
        return out
    text, tsv, _ = ocr_digits.apply(text, tsv, ocr_digits.reread(sheet, tsv))
    lines = ocr_layout.tess_lines(tsv, text)
    for (k, left, top, ink), (a, b) in zip(pieces, spans):
        mine = []
        for line in lines:
            words = [w for w in line.words if a <= (w.top + w.bottom) / 2 < b]
            if words:  # back to the page's pixels
                dx, dy = left - GAP, top - GAP - a
                mine.append(ocr_layout.TessLine(line.key, [
                    ocr_layout.Word(w.text, w.left + dx, w.top + dy, w.right + dx, w.bottom + dy, w.conf, w.space)
                    for w in words]))
        out[k] = _judge(mine, ink, left, top)
    return out


def _judge(lines: list[ocr_layout.TessLine], ink, left: int, top: int) -> Reading:
    """A cell's reading alone (``lines``) kept, turned into a mark, or found unclear."""
    words = [w for line in lines for w in line.words]
    written = "".join(w.text for w in words)
    conf = sum(w.conf for w in words) / len(words) if words else 0.0
    h, w = ink.shape
    digits = _thai_digits(ink < ocr_digits.DARK)
    if digits is not None:
        return Reading([ocr_layout.TessLine(("digits",), [ocr_layout.Word(digits, left, top, left + w, top + h, 100.0)])])
    if LETTER_OR_DIGIT.search(written) and conf >= MIN_CONF:
        return Reading(lines)
    if (MARK_MIN_PX <= h <= MARK_MAX_PX and MARK_MIN_PX <= w <= MARK_MAX_PX
            and max(h / w, w / h) <= MARK_ASPECT and not THAI_OR_DIGIT.search(written)
            and not _has_hole(ink < ocr_digits.DARK)):
        return Reading([ocr_layout.TessLine(("mark",), [ocr_layout.Word(MARK, left, top, left + w, top + h, 100.0)])])
    return Reading([], unclear=True, written=written, alone=lines)


def _thai_digits(mask) -> str | None:
    """The Thai digits a cell's ink shows, read from their glyphs (ocr_digits' templates: each glyph
    clearly one digit), or None: a lone number Tesseract reads as a letter or not at all ("๒" as
    "la") or a Thai digit it misreads ("๔" as "๕")."""
    found = ocr_digits.glyphs(mask)
    vectors = [g for g in found if g is not None]
    if not vectors or len(found) > MAX_DIGITS:
        return None
    number = ocr_digits.read_glyphs(found, ocr_digits.page_font(vectors))
    return number if number and number[0] != "." and number[-1] != "." else None


def _without_rule_debris(ink):
    """``ink`` without the pieces of rules left in the cell (RULE_THICK_PX)."""
    out = ink.copy()
    height, width = ink.shape
    for piece in ocr_digits._components(ink) if ink.sum() < MAX_COMPONENT_PX else []:
        x0, x1, y0, y1 = ocr_digits._extent(piece)
        flat = y1 - y0 <= RULE_THICK_PX and x1 - x0 >= RULE_LENGTH * (y1 - y0)
        upright = (x1 - x0 <= RULE_THICK_PX and y1 - y0 >= RULE_LENGTH * (x1 - x0)
                   and (x0 < SIDE_PX or x1 > width - SIDE_PX))
        if flat or upright:
            out &= ~piece
    return out


def _has_hole(mask) -> bool:
    """Background closed in by the ink of ``mask`` (HOLE_MIN_PX or more)."""
    import numpy as np

    padded = np.pad(~mask, 1, constant_values=True)
    return any(int(piece.sum()) >= HOLE_MIN_PX and not (piece[0].any() or piece[-1].any() or piece[:, 0].any()
                                                         or piece[:, -1].any())
               for piece in ocr_digits._components(padded))

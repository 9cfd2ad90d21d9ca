"""OCR for PDF pages without a text layer: Tesseract's Thai model, words → lines and tables.

The page is rendered at 300 dpi grey (pypdfium2, already a pdfplumber dependency), speckle is
removed with a 3x3 median filter and table ruling lines are erased, and ``tesseract -l tha+eng --psm 3 -c preserve_interword_spaces=1``
reads it (Thai has no spaces between words; preserved spacing keeps real gaps only). A line
whose text falls into columns separated by wide space runs becomes a table row, and runs of
such rows a table piece, so a score table is still a table after OCR (Tesseract itself returns
no table structure). Digits are the weak spot of Thai OCR (THAI_PDF §6): parsers
validate years and scores.

Tesseract often reads the tone marks and upper vowels of a Thai line, or a stamp or signature, as
a line of its own: single Latin letters and digits ("v   a  ๑   as  aA we"). Such a line between
two numbered items ended the list (it became a table row). Tesseract's TSV output, written in the
same run, gives each word's confidence: a line read with low confidence that holds no Thai word
and no number is dropped (OCR_NOISE_DROPPED says how many, page by page).

A table without rules whose columns stand far apart Tesseract reads block by block, a column at a
time (and may leave a column out): its rows are lost in the text. The TSV's word boxes rebuild the
page's lines as they stand, and where the PDF path's layout reader finds a table in them the page
is read so (ocr_tables, ocr_layout); a header line read in pieces, blocks apart, with no table
found, asks Tesseract again with --psm 4 (the page as one column of lines, rows whole).

A ruled table whose cells wrap over several lines Tesseract reads line by line across the page, the
columns blurred. Where the page's rules draw a grid, its cells are taken from the rules before the
OCR and each word of the TSV is put in its cell after it (ocr_grid): the table is read as the text
path reads a ruled table, the lines outside it as above; the cells the page's reading left empty or
unsure (a lone row number, a tick) are read again alone in one more run (ocr_cells).

A page scanned 1° or more askew is turned straight first (ocr_deskew; OCR_PAGE_STRAIGHTENED).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from functools import lru_cache

import regex
from normalize import patterns

from extract.document import Line, Row, Table
from extract.readers import (gutter_tables, ocr_cells, ocr_deskew, ocr_digits, ocr_grid, ocr_layout, ocr_orientation,
                             ocr_tables)
from schemas.check_codes import make_check
from schemas.phrases import Phrase, failure, program_error
from schemas.records import Check, Where

DPI = 300
LANGS = "tha+eng"
# A gap between words wider than this share of the page width separates table columns.
COLUMN_GAP_SHARE = 0.035
TIMEOUT_SECONDS = 120
# A line whose words' mean confidence (0-100) is below this, with no Thai word (GHOST_KEEPS) in it,
# is noise: real lines of the fixtures and scans read at 85-96, noise at 28-78.
GHOST_MAX_CONF = 80
# Grey level below which a pixel is ink; a ruling line is an ink run over this share of the page.
DARK_LEVEL = 140
RULE_MIN_SHARE = 0.12
# The cells of a grid read again alone (ocr_cells) are one block of lines on their sheet.
CELL_PSM = "6"


@lru_cache(maxsize=1)
def available() -> tuple[bool, Phrase | str]:
    """(usable, reason): Tesseract on PATH with the Thai model installed. The reason is a Phrase
    (English and Thai; ``str()`` of it is the English)."""
    exe = shutil.which("tesseract")
    if not exe:
        return False, failure("tesseract_missing")
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        return False, failure("tesseract_broken", error=str(exc))
    if "tha" not in langs.split():
        return False, failure("thai_model_missing")
    return True, ""


def read_page(data: bytes, number: int, checks: list[Check]) -> list:
    """OCR one page (1-based) of a PDF given as bytes; problems are appended to ``checks``."""
    ok, reason = available()
    where = Where(page=number)
    if not ok:
        checks.append(make_check("OCR_UNAVAILABLE", where, reason=reason))
        return []
    try:
        page, turn, tilt = _ocr_text(data, number)
    except Exception as exc:  # noqa: BLE001 - a failed page is a check, not a crash
        checks.append(make_check("OCR_FAILED", where, detail=program_error(exc, limit=200)))
        return []
    text, dropped, layout, rereads = page
    if turn:
        checks.append(make_check("OCR_PAGE_TURNED", where, degrees=turn))
    if tilt:
        checks.append(make_check("OCR_PAGE_STRAIGHTENED", where, degrees=f"{tilt:+.1f}"))
    if rereads:
        checks.append(make_check("OCR_DIGITS_REREAD", where, count=len(rereads), example_before=rereads[0].before,
                                 example_after=rereads[0].after, before=" | ".join(r.before for r in rereads),
                                 after=" | ".join(r.after for r in rereads)))
    if dropped:
        checks.append(make_check("OCR_NOISE_DROPPED", where, count=len(dropped), example=" ".join(dropped[0].split()),
                                 source_text="\n".join(dropped)))
    if layout is not None and layout.reread:
        checks.append(make_check("OCR_CELLS_REREAD", where, count=len(layout.reread),
                                 example_before=layout.reread[0][0], example_after=layout.reread[0][1],
                                 before=" | ".join(b for b, _ in layout.reread), after=" | ".join(a for _, a in layout.reread)))
    if layout is not None and layout.shaded:
        checks.append(make_check("OCR_CELLS_SHADED", where, count=layout.shaded, mark=ocr_cells.SHADE_MARK))
    if layout is not None and layout.unclear:
        checks.append(make_check("OCR_CELL_UNREAD", where, count=len(layout.unclear),
                                 source_text=" | ".join(layout.unclear)))
    if layout is not None:
        checks.extend(check for piece in layout.pieces for check in gutter_tables.layout_checks(piece))
        return layout.blocks
    return text_to_blocks(text, number)


_PageText = tuple[str, list[str], ocr_tables.PageLayout | None, list[ocr_digits.Reread]]


def _ocr_text(data: bytes, number: int) -> tuple[_PageText, int, float]:
    """The page's text as Tesseract reads it, less its noise lines, and those lines; where a table
    without rules was read from the word boxes, the page's blocks so read (ocr_tables); and the
    numbers whose Thai digits were read again from their glyphs (ocr_digits). Also the degrees the
    page was turned clockwise to stand upright (ocr_orientation), 0 for none, and the tilt (degrees)
    it was then turned straight by (ocr_deskew; 0.0 if left as it was)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        image = pdf[number - 1].render(scale=DPI / 72, grayscale=True).to_pil()
    finally:
        pdf.close()
    pixels, grid, tilt = _prepared(image)
    turn = ocr_orientation.clockwise_turn(image) if ocr_orientation.maybe_on_its_side(pixels) else 0
    if turn:
        pixels, grid, tilt = _prepared(image.rotate(-turn, expand=True))
    read = _read_image(pixels, grid, number, poor_is_none=not turn)
    if read is None:  # read too poorly to be upright: upside down, or on its side with its gaps in rows
        turn = ocr_orientation.clockwise_turn(image)
        if turn:
            pixels, grid, tilt = _prepared(image.rotate(-turn, expand=True))
        read = _read_image(pixels, grid, number, poor_is_none=False)
    assert read is not None  # poor_is_none=False
    return read, turn, tilt


def _prepared(image) -> tuple[object, ocr_grid.Grid | None, float]:
    """The page ready for Tesseract: turned straight if askew (ocr_deskew), speckle removed (a 3x3
    median keeps strokes), then its table rules; a grid of them is a ruled table whose cells the
    words are put in after the OCR (ocr_grid). Also the grid and the tilt turned away."""
    from PIL import ImageFilter

    ink = _gray(image) < DARK_LEVEL
    image, tilt = ocr_deskew.straighten(image, ink)
    if tilt:
        ink = _gray(image) < DARK_LEVEL
    pixels = _gray(image.filter(ImageFilter.MedianFilter(3)))
    grid = erase_rules_of_grid(pixels, ink=ink)
    return pixels, grid, tilt


def _read_image(pixels, grid: ocr_grid.Grid | None, number: int, poor_is_none: bool) -> _PageText | None:
    """Tesseract's reading of the page's ``pixels`` (speckle and rules removed), as ``_ocr_text``;
    with ``poor_is_none``, None when its words were read with a mean confidence under
    ocr_orientation.UPRIGHT_MIN_CONFIDENCE (the page may not stand upright)."""
    from PIL import Image

    image = Image.fromarray(pixels)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "page.png")
        base = os.path.join(tmp, "page")
        image.save(path)
        text, tsv = _tesseract(path, base, "3")
        if tsv is None:  # a Tesseract without the tsv config: nothing to weigh lines by
            return text, [], None, []
        if poor_is_none and ocr_orientation.read_poorly(_word_confidences(tsv)):
            return None
        text, tsv, rereads = ocr_digits.apply(text, tsv, ocr_digits.reread(pixels, tsv))
        if grid is not None:
            cells = ocr_cells.reader(pixels, lambda image, out: _tesseract(image, out, CELL_PSM))
            return text, *_grid_page(grid, text, tsv, number, cells, ocr_cells.shade_reader(pixels)), rereads
        height = image.height * ocr_tables.POINTS_PER_INCH / DPI
        layout = ocr_tables.read(text, tsv, number, DPI, height, _is_ghost, text_to_blocks)
        if layout is None and ocr_tables.worth_another_look(text, tsv, DPI):
            # a header of column names but no table: Tesseract's blocks may have lost a column
            # (--psm 3 read the tab-stops notice without its middle one); --psm 4 reads the page as
            # one column of lines, keeping each row whole
            text4, tsv4 = _tesseract(path, base + "4", ocr_tables.SECOND_PSM)
            if tsv4 is not None:
                text4, tsv4, rereads4 = ocr_digits.apply(text4, tsv4, ocr_digits.reread(pixels, tsv4))
                layout = ocr_tables.read(text4, tsv4, number, DPI, height, _is_ghost, text_to_blocks)
                if layout is not None:
                    rereads = rereads4
    if layout is not None:
        return text, layout.dropped, layout, rereads
    return (*drop_ghost_lines(text, tsv), None, rereads)


def _grid_page(grid: ocr_grid.Grid, text: str, tsv: str, number: int, cells: ocr_grid.CellReader | None = None,
               shaded: ocr_grid.ShadeReader | None = None) -> tuple[list[str], ocr_tables.PageLayout]:
    """A page with ruled tables: the tables read from their cells (ocr_grid), the lines outside
    them as the OCR text is read (noise lines dropped, runs of lines split at wide space runs), all
    top to bottom; and the noise lines."""
    lines = ocr_layout.tess_lines(tsv, text)
    tables, rest, dropped, notes = ocr_grid.read(grid, lines, number, DPI, _is_ghost, cells, shaded)
    scale = ocr_tables.POINTS_PER_INCH / DPI
    items: list[tuple[float, list]] = [(top, [table]) for top, table in tables]
    chunk: list[str] = []
    chunk_top = 0.0
    tops = sorted(top for top, _ in tables)
    for line in sorted(rest, key=lambda l: l.band[0]):
        written = line.text or " ".join(w.text for w in line.words)
        if _is_ghost(written, line.conf):
            dropped.append(written)
            continue
        top = line.band[0] * scale
        if chunk and any(chunk_top < t <= top for t in tops):  # a table between ends the text above it
            items.append((chunk_top, text_to_blocks("\n".join(chunk), number)))
            chunk = []
        if not chunk:
            chunk_top = top
        chunk.append(written)
    if chunk:
        items.append((chunk_top, text_to_blocks("\n".join(chunk), number)))
    items.sort(key=lambda item: item[0])
    return dropped, ocr_tables.PageLayout(blocks=[b for _, found in items for b in found], pieces=[], dropped=dropped,
                                          reread=notes.reread, unclear=notes.unclear, shaded=notes.shaded)


def _tesseract(path: str, base: str, psm: str) -> tuple[str, str | None]:
    """Tesseract's text and TSV (None if it wrote none) of the image at ``path``."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    subprocess.run(["tesseract", path, base, "-l", LANGS, "--psm", psm,
                    "-c", "preserve_interword_spaces=1", "txt", "tsv"],
                   capture_output=True, text=True, env=env, timeout=TIMEOUT_SECONDS, check=True)
    with open(base + ".txt", encoding="utf-8") as f:
        text = f.read()
    if not os.path.exists(base + ".tsv"):
        return text, None
    with open(base + ".tsv", encoding="utf-8") as f:
        return text, f.read()


def _is_ghost(text: str, conf: float) -> bool:
    """A line of noise: read with low confidence, with no Thai word and no number."""
    return conf < GHOST_MAX_CONF and not GHOST_KEEPS.search(text)


# A Thai word (a consonant and two more Thai letters together) or a number of three characters
# or more: what a line of noise does not have.
GHOST_KEEPS = patterns.compile(r"[\u0e01-\u0e2e][\u0e01-\u0e4e]{2,}|[0-9๐-๙][0-9๐-๙.,]{2,}")


def drop_ghost_lines(text: str, tsv: str) -> tuple[str, list[str]]:
    """(``text`` without its noise lines, those lines). Tesseract's text and TSV of one run list
    the same lines in the same order; where they do not line up, nothing is dropped."""
    confs = _line_confidences(tsv)
    kept, dropped = [], []
    k = 0
    for line in text.splitlines():
        if not line.strip():
            kept.append(line)
            continue
        if k >= len(confs) or confs[k][0] != "".join(line.split()):
            return text, []
        if _is_ghost(line, confs[k][1]):
            dropped.append(line)
        else:
            kept.append(line)
        k += 1
    return ("\n".join(kept) + "\n", dropped) if dropped else (text, [])


def _word_confidences(tsv: str) -> list[float]:
    """The confidence (0-100) of every word Tesseract's TSV holds."""
    return [float(cols[10]) for cols in (row.split("\t") for row in tsv.splitlines()[1:])
            if len(cols) >= 12 and cols[0] == "5" and cols[11].strip()]


def _line_confidences(tsv: str) -> list[tuple[str, float]]:
    """(the line's characters without spaces, its words' mean confidence) per line that has words."""
    lines: dict[tuple[str, ...], list[tuple[str, float]]] = {}
    rows = tsv.splitlines()
    for row in rows[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        lines.setdefault(tuple(cols[1:5]), []).append(("".join(cols[11].split()), float(cols[10])))
    return [("".join(t for t, _ in words), sum(c for _, c in words) / len(words)) for words in lines.values()]


def _gray(image):
    import numpy as np

    return np.asarray(image.convert("L"), dtype=np.uint8).copy()


def erase_rules(pixels, min_share: float = RULE_MIN_SHARE):
    """Whiten table ruling lines: ink runs longer than ``min_share`` of the page side, vertical
    and horizontal. Text strokes are short and stay; without the rules, their debris ("|", "[",
    "(") no longer lands in the OCR text and cells read cleanly."""
    erase_rules_of_grid(pixels, min_share)
    return pixels


def erase_rules_of_grid(pixels, min_share: float = RULE_MIN_SHARE, ink=None) -> ocr_grid.Grid | None:
    """Whiten the ruling lines in ``pixels`` (in place; see ``erase_rules``) and return the ruled
    tables they draw (ocr_grid), None when they draw none. ``ink``: the dark pixels of the page
    before its median filter, which whitens a thin rule where, askew, it is one pixel wide (the
    scans of tests/test_ocr_grid.py lost a third of their rules' length so).

    The grid's rules are sought in that ink spread a pixel or two across them (ocr_grid.RULE_DRIFT_PX:
    on a page scanned askew a rule's ink wanders off its row) and, where they draw a grid, erased
    with the short rules between its cells. A page without a grid is erased as it always was (its
    OCR text stays as it was read)."""
    dark = pixels < DARK_LEVEL
    rules = _long_runs(dark, min_share) | _long_runs(dark.T, min_share).T  # both from the original ink
    grid, along = ocr_grid.find(dark | ink if ink is not None else dark, min_share, _runs, DPI)
    if grid is not None:
        # a thin rule's grey edges too, which Tesseract reads as strokes of the letters beside it
        rules |= along & (pixels < ocr_grid.RULE_EDGE_LEVEL)
    pixels[rules] = 255
    return grid


def _long_runs(dark, min_share: float):
    """Pixels lying on a vertical ink run of at least min_share × height (running sums)."""
    return _runs(dark, max(8, int(dark.shape[0] * min_share)))


def _runs(dark, length: int):
    """Pixels lying on a vertical ink run of at least ``length`` pixels (running sums)."""
    import numpy as np

    n = dark.shape[0]
    if n < length:
        return np.zeros_like(dark)
    ink = np.vstack([np.zeros((1, dark.shape[1]), np.int32), np.cumsum(dark, axis=0, dtype=np.int32)])
    starts = (ink[length:] - ink[:-length]) >= length          # run of `length` starts at row s
    seen = np.vstack([np.zeros((1, dark.shape[1]), np.int32), np.cumsum(starts, axis=0, dtype=np.int32)])
    rows = np.arange(n)
    hi = np.clip(rows + 1, 0, starts.shape[0])
    lo = np.clip(rows - length + 1, 0, starts.shape[0])
    return (seen[hi] - seen[lo]) > 0                          # a run covers row i


# Column separator in Tesseract's text with preserved spacing; debris left by cell borders.
COLUMN_GAP = patterns.compile(r"\s{3,}")
DEBRIS = patterns.compile(r"^[\s|\[\](){}_\-—–.,:;'\"“”‘’`~!©®°+=]*$")
EDGE_DEBRIS = patterns.compile(r"^[\s|\[\]{}_—–.,:;'\"“”‘’`~!©®°+=(]+(?=\S)|(?<=\S)[\s|\[\]{}_—–,:;'\"“”‘’`~!©®°+=)]+$")


def text_to_blocks(text: str, number: int) -> list:
    """Tesseract text (spacing preserved) → lines, and runs of multi-column lines → table pieces."""
    blocks: list = []
    table: Table | None = None
    for raw in text.splitlines():
        cells = [EDGE_DEBRIS.sub("", c).strip() for c in COLUMN_GAP.split(raw.strip())]
        cells = [c for c in cells if c and not DEBRIS.match(c)]
        if not cells:
            continue
        if len(cells) >= 2:
            if table is None or len(table.rows[-1].cells) != len(cells):
                table = Table(rows=[], page=number)
                blocks.append(table)
            table.rows.append(Row(cells=cells, page=number))
        else:
            table = None
            blocks.append(Line(text=cells[0], page=number))
    return blocks

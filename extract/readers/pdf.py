"""PDF reader: pdfplumber text and bordered tables → Document, one page at a time.

Per page: fix Thai chars (pdf_chars), find ruled tables (pdfplumber's finder), read each cell
(wrapped lines joined without a space inside Thai words), find tables printed without rules in the
lines outside them (gutter_tables: a header of header words over columns of white gutters, carried
on to the next page), read the rest of the text as lines
(cells and lines laid out by char_layout, pdfplumber's own steps over plain lists), split runs of
lines set in two columns of prose (prose_columns), and emit lines and table pieces in top-to-bottom
order with the page number, a column of prose whole before the next one. Lines repeated at the top or bottom
of most pages (running headers, footers) and page numbers are dropped, a running header kept where it first appears. A page without a text
layer goes to OCR (readers/ocr.py). Each page is parsed once and closed right after.
"""
from __future__ import annotations

import io
from collections import Counter

import regex
from normalize import patterns

from extract import activity
from extract.document import Document, Line, PageBreak, Row, Table
from extract.errors import ReadError
from extract.readers import DEFAULT_PDF_READER, PDF_READERS, gutter_tables, ocr, prose_columns
from extract.readers.cell_paragraphs import cell_paragraph_text
from extract.readers.char_layout import BLANKS, centres, join_cell_lines, table_cell_chars, text_lines
from extract.readers.glyph_geometry import attach_marks
from extract.readers.gutter_tables import CLOSING_LINE
from schemas.closing_cues import ITEM_LABELS
from extract.readers.pdf_chars import ActualTextPage, fix_chars
from extract.readers.open_rows import implied_row_rules, opens_at
from extract.readers.text_layer_trust import TextLayerDoubt, doubt
from normalize.digits import thai_to_arabic
from normalize.line_joins import ITEM_START, join_lines
from normalize.text import is_page_number
from normalize.words import tokenize
from schemas.check_codes import make_check
from schemas.measure_cues import FORM_COLON_LABELS, FORM_LABEL_NUMBERING, FORM_LABELS
from schemas.phrases import failure, program_error, reason
from schemas.records import Box, Where

# A page with fewer chars than this and an image over this share of its area is a scan.
SCAN_MAX_CHARS = 10
SCAN_MIN_IMAGE_SHARE = 0.5
# Lines within this share of the page height from the top/bottom may be running headers/footers.
MARGIN_SHARE = 0.09
TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
# A line ending within this many line-heights of the right edge is full and runs on.
RUN_ON_SLACK = 2.0
LINE_GAP = 0.9
# A page whose full lines stand further apart than LINE_GAP (a tall Thai font, 1.15 or 1.5 spacing):
# lines this much further apart than its full lines are (in font sizes) still run on; a paragraph's
# spacing after (Word's 8 pt at 16 pt, half a size) ends it. Measured on SPACING_MIN_LINES full lines.
SPACING_SLACK = 0.25
SPACING_MIN_LINES = 3
# A centred line: its margins to the text column differ by at most CENTRED_SLACK points (or this
# share of its height: Chromium's ink ends lie up to a point apart) and it starts at least
# CENTRED_INDENT line-heights right of the column's left edge (a justified full line starts on it; a
# small first-line indent over ragged text is no centring).
CENTRED_SLACK = 1.5
CENTRED_SLACK_SHARE = 0.1
CENTRED_INDENT = 0.5
# Visible chars of a line kept to find its first word (a Thai word is rarely longer).
HEAD_CHARS = 40
# A font whose name says so is a bold face ("CAAAAA+Garuda-Bold", "THSarabunPSK,Bold", "Tahoma-Black"). A
# line set wholly in a bold face under one set wholly in a regular face, or the other way round, starts
# a paragraph of its own (a heading under a paragraph whose last line is nearly full), as a paragraph
# does not change its weight at a wrap.
BOLD_FONT = patterns.compile(r"bold|black|heavy", regex.IGNORECASE)
# A line opening with a form's field label and a colon ("วัตถุประสงค์ : …", "ผลการดำเนินงาน : …",
# schemas.measure_cues.FORM_LABELS) starts a field of its own, as the Word file's paragraph did: the
# line above may end short of the edge by less than the label's width (a long Thai word), or be full.
# Without the colon ("ระยะเวลา  ธันวาคม ๒๕๖๗", the label and its value apart by spaces) a label opens a
# field only under a paragraph that opened with one too (FIELD_LABEL_WORD): a form, field over field.
_LABEL_WORDS = "|".join(regex.escape(label) for label in sorted(
    {label for labels in FORM_LABELS.values() for label in labels}, key=len, reverse=True))
# Labels that are labels only with a colon (FORM_COLON_LABELS) start a field with their colon only.
_COLON_LABEL_WORDS = "|".join(regex.escape(label) for label in sorted(
    {label for table in (FORM_LABELS, FORM_COLON_LABELS) for labels in table.values() for label in labels},
    key=len, reverse=True))
# The label may carry its numbering ("ก. ชื่อมาตรการ :", "2) ผู้รับผิดชอบ :": FORM_LABEL_NUMBERING).
FIELD_LABEL = patterns.compile(r"^\s*+(?:" + FORM_LABEL_NUMBERING + r"\s*+)?(?:" + _COLON_LABEL_WORDS + r")\s*[:：]")
FIELD_LABEL_WORD = patterns.compile(r"^\s*+(?:" + _LABEL_WORDS + r")(?:\s*+[:：]|\s)")
# A labelled item's number ("ตัวชี้วัดที่ ๘", "Indicator 7": schemas.closing_cues.ITEM_LABELS)
ITEM_LABEL = patterns.compile(r"^\s*+(" + "|".join(regex.escape(w) for w in sorted(ITEM_LABELS, key=len, reverse=True))
                              + r")\s*+([0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})?)(?![0-9๐-๙.])", regex.IGNORECASE)
# "/๑๓.ให้ทำรายงาน..." at a page foot repeats the first words of the next page
CONTINUATION_CUE = patterns.compile(r"^/\s*\S.{0,60}(?:\.{3}|…)\s*$")
# A number with two decimals ("๘๖.๒๐", a score) opening a line looks like an item number "๘๖." to
# ITEM_START; it is the wrapped rest of the line above when it could not fit in the room that line left.
DECIMAL_START = patterns.compile(r"^\s*+[0-9๐-๙]{1,3}\.[0-9๐-๙]{2}(?![0-9๐-๙.])")


def read_pdf(data: bytes, source_file: str, sha256: str, max_pages: int | None = None,
             pdf_reader: str | None = None) -> Document:
    """PDF bytes → Document; only the first ``max_pages`` pages are read (a PAGE_CAP check says so).

    ``pdf_reader`` is one of ``readers.PDF_READERS`` (None: ``readers.DEFAULT_PDF_READER``)."""
    engine = pdf_reader or DEFAULT_PDF_READER
    if engine not in PDF_READERS:
        raise ValueError(f"unknown PDF reader {engine!r}; choose from {', '.join(PDF_READERS)}")
    if not data.strip():
        raise ReadError("READ_EMPTY")
    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF-" not in data[:1024]:
        raise ReadError("READ_FAILED", detail=failure("no_pdf_header"))
    doc = Document(source_file=source_file, sha256=sha256, reader="pdf")
    pdf = _open(data, engine)
    with pdf:
        try:
            doc.pages = len(pdf)
        except Exception as exc:  # noqa: BLE001 - broken page tree
            raise ReadError("READ_FAILED", detail=failure("corrupt_pdf", error=_reason(exc))) from None
        pages: list[list] = []
        ocr_pages: list[int] = []
        reread: dict[int, TextLayerDoubt] = {}  # pages whose pdfium text was doubted, read again
        layout = gutter_tables.Reading()  # tables printed without rules, and one running on to the next page
        for number in range(1, doc.pages + 1):
            if max_pages is not None and number > max_pages:
                doc.checks.append(make_check("PAGE_CAP", read=max_pages, total=doc.pages))
                break
            activity.page(source_file, number, min(doc.pages, max_pages or doc.pages))
            blocks = _page_blocks(pdf, number, doc.checks, reread, layout)
            if blocks is None:  # no text layer
                layout.carry = None
                ocr_pages.append(number)
                blocks = ocr.read_page(data, number, doc.checks)
            pages.append(blocks)
    if reread:
        doc.checks.append(make_check(
            "TEXT_LAYER_REREAD", pages=", ".join(map(str, reread)), count=len(reread), total=doc.pages,
            reason=reason("shared_glyph_marks", shared=sum(d.shared_origin for d in reread.values()),
                          marks=sum(d.marks for d in reread.values()))))
    if ocr_pages:
        doc.reader = "pdf+ocr"
        doc.ocr_pages = set(ocr_pages)
        doc.checks.append(make_check("OCR_USED", pages=", ".join(map(str, ocr_pages)),
                                     count=len(ocr_pages), total=doc.pages))
    doc.checks.extend(check for piece in layout.found for check in gutter_tables.layout_checks(piece))
    doc.checks.extend(make_check("COLUMNS_READ", Where(page=page), lines=lines) for page, lines in layout.columns)
    _drop_running_lines(pages)
    for number, blocks in enumerate(pages, start=1):
        if number > 1:
            doc.blocks.append(PageBreak(page=number))
        doc.blocks.extend(b for b in blocks if not isinstance(b, tuple))
    if not any(isinstance(b, (Line, Table)) for b in doc.blocks) and not ocr_pages:
        raise ReadError("READ_FAILED", detail=failure("pdf_no_text"))
    return doc


def _open(data: bytes, engine: str):
    """The document as pages to read; a file pdfium cannot open (other than a locked one) is
    given to pdfplumber, which may still read it or says why not."""
    if engine == "pdfium":
        import pypdfium2

        from extract.readers.pdf_pdfium import PdfiumPdf

        try:
            return PdfiumPdf(data, fallback=_open_plumber)
        except pypdfium2.PdfiumError:
            pass
    return _open_plumber(data)


def _page_blocks(pdf, number: int, checks: list, reread: dict[int, TextLayerDoubt],
                 layout: gutter_tables.Reading | None = None) -> list | None:
    """One page's blocks (None: a scan); a page that fails is read again by the fallback reader if
    there is one, else it is a PAGE_FAILED check and no blocks. A page whose characters the first
    reader got wrong (``text_layer_trust``) is read by the fallback reader instead and put in
    ``reread``; if that reader fails on it, the first reader's reading is kept."""
    readers = [pdf.page] + ([pdf.fallback_page] if hasattr(pdf, "fallback_page") else [])
    for attempt, get_page in enumerate(readers):
        page = None
        try:
            page = get_page(number - 1)
            if attempt < len(readers) - 1:
                found = doubt(page.objects.get("char", []))
                if found.unreliable:
                    again = _read_again(readers[attempt + 1], number, layout)
                    if again is not None:
                        reread[number] = found
                        return again
            return _read_page(page, number, layout)
        except Exception as exc:  # noqa: BLE001 - one bad page must not lose the others
            if _is_encrypted(exc):
                raise ReadError("READ_ENCRYPTED") from None
            if attempt == len(readers) - 1:
                checks.append(_page_failed(number, exc))
                if layout is not None:
                    layout.carry = None
        finally:
            if page is not None:
                page.close()
    return []


def _read_again(get_page, number: int, layout: gutter_tables.Reading | None = None) -> list | None:
    """The page's blocks as the fallback reader gives them; None if it fails on the page or finds
    no text layer (the first reader's text is then better than none)."""
    page = None
    try:
        page = get_page(number - 1)
        return _read_page(page, number, layout)
    except Exception:  # noqa: BLE001 - the caller keeps the first reader's reading
        return None
    finally:
        if page is not None:
            page.close()


class _PlumberPdf:
    """A pdfplumber document with the reader's interface: ``len``, ``page(index)``, ``close``."""

    def __init__(self, pdf):
        self.pdf = pdf

    def __len__(self) -> int:
        return len(self.pdf.pages)

    def page(self, index: int):
        return ActualTextPage.of(self.pdf.pages[index])

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.pdf.close()


def _open_plumber(data: bytes) -> _PlumberPdf:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        return _PlumberPdf(pdfplumber.open(io.BytesIO(data)))
    except (PDFPasswordIncorrect, PdfminerException) as exc:
        if _is_encrypted(exc):
            raise ReadError("READ_ENCRYPTED") from None
        raise ReadError("READ_FAILED", detail=failure("corrupt_pdf", error=_reason(exc))) from None


def _table_rows(table, chars: list[dict], number: int, centred: list | None = None) -> list[Row]:
    """A found table's rows with text, each with its box and its cells' boxes (None: a merged cell).
    ``table_cell_chars`` reads the rows of ``table.rows``, in order. A row whose first cell a merged cell
    above covers is a row of its own under a merged title (``under_merged``)."""
    rows = [Row(cells=[cell_paragraph_text(got, box) if got else "" for got, box in zip(cells, found.cells)],
                page=number, bbox=Box.of(found.bbox),
                boxes=[Box.of(box) if box is not None else None for box in found.cells],
                under_merged=bool(found.cells) and found.cells[0] is None)
            for found, cells in zip(table.rows, table_cell_chars(table, chars, centred), strict=True)]
    return [r for r in rows if any(c.strip() for c in r.cells)]


def _outside(centred: list[tuple[float, float, dict]], boxes: list) -> list[dict]:
    """The chars whose centre is in none of ``boxes``; ``centred``: ``centres(chars)``, as the
    page's tables read them (a loop, not a call and a generator a char: ~60k chars over the
    sample PDFs)."""
    out = []
    for x, y, c in centred:
        for b in boxes:
            if b[0] <= x <= b[2] and b[1] <= y <= b[3]:
                break
        else:
            out.append(c)
    return out


def _read_page(page, number: int, layout: gutter_tables.Reading | None = None) -> list | None:
    """Lines and table pieces of one page in reading order; None when the page is a scan. With
    ``layout``, tables printed without rules are read from the text's layout too (gutter_tables)."""
    objects = page.objects
    chars = objects.get("char", [])
    if len(chars) < SCAN_MAX_CHARS:
        area = float(page.width * page.height) or 1.0
        covered = sum(abs((i["x1"] - i["x0"]) * (i["bottom"] - i["top"])) for i in objects.get("image", []))
        if covered / area >= SCAN_MIN_IMAGE_SHARE:
            return None
    # a pdfium page's chars carry no /ActualText span (it collapsed its own): marks only
    objects["char"] = chars = attach_marks(chars) if getattr(page, "spans_collapsed", False) else fix_chars(chars)
    implied = implied_row_rules(page.edges)  # a row cut by a page break: its missing rule
    found = page.find_tables(dict(TABLE_SETTINGS, explicit_horizontal_lines=implied) if implied else TABLE_SETTINGS)
    items: list[tuple[tuple[float, int, float], object]] = []
    centred = centres(chars) if found else None  # the chars' centres, once for the page's tables and lines
    for table in found:
        # blank chars kept: a space glyph ending a wrapped line says the wrap was a space
        rows = _table_rows(table, chars, number, centred)
        if rows and opens_at(rows[0].bbox.top if rows[0].bbox else None, implied):
            rows[0].open_top = True
        if rows:
            items.append(((table.bbox[1], 0, table.bbox[1]), Table(rows=rows, page=number, bbox=Box.of(table.bbox))))
    boxes = [t.bbox for t in found]

    height = float(page.height)
    lines = [l for l in text_lines(_outside(centred, boxes) if centred is not None else chars) if l["text"].strip()]
    spans = [(float(b[1]), float(b[3])) for b in boxes]  # the tables' heights, which end prose columns
    if layout is not None:
        # a table continues from the last page only where no ruled table could stand between
        pieces, lines, carry = gutter_tables.find(lines, number, height, None if boxes else layout.carry)
        layout.carry = carry if carry is not None and not any(b[3] > pieces[-1].top for b in boxes) else None
        layout.found.extend(pieces)
        items.extend(((piece.top, 0, piece.top), piece.table) for piece in pieces)
        spans += [(t.bbox.top, t.bbox.bottom) for t in (piece.table for piece in pieces) if t.bbox is not None]
    # prose in two columns is read a column at a time, each column where its run starts on the page
    # (key: run's top, column, top); a paragraph never joins lines of two columns
    rest, runs = prose_columns.split(lines, spans)
    if layout is not None and runs:
        layout.columns.append((number, sum(len(column) for run in runs for column in run.columns)))
    groups: list[tuple[float | None, int, list[dict], list | tuple]] = [(None, 0, _text_lines(rest), boxes)]
    groups += [(run.top, k, _text_lines(column), ()) for run in runs for k, column in enumerate(run.columns, start=1)]
    # lines outside the columns are full against the page's text, as when no column was split off
    page_text = (min((l["x0"] for g in groups for l in g[2]), default=0.0),
                 max((l["x1"] for g in groups for l in g[2]), default=0.0))
    for at, k, group, widen in groups:
        for para in paragraphs(group, widen, page_text if at is None else None):
            text = join_lines([l["text"] for l in para], edge_spaces=True)
            top, bottom = para[0]["top"], para[-1]["bottom"]
            box = Box.of((min(l["x0"] for l in para), top, max(l["x1"] for l in para), bottom))
            key = (top if at is None else at, k, top)
            items.append((key, Line(text=text, page=number, bbox=box)))
            if top < height * MARGIN_SHARE:
                # remembered so running headers/footers repeated on most pages can be dropped later
                items.append((key, ("header", text)))
            elif bottom > height * (1 - MARGIN_SHARE):
                items.append((key, ("footer", text)))
    items.sort(key=lambda item: item[0])
    return [obj for _, obj in items]


def _text_lines(lines: list[dict]) -> list[dict]:
    """The lines as ``_ink_extent`` gives them, page numbers and a next page's cue ("/๑๓.ให้…") left out."""
    lines = [_ink_extent(l) for l in lines]
    return [l for l in lines if not (is_page_number(l["text"].strip()) or CONTINUATION_CUE.match(l["text"].strip()))]


def _ink_extent(line: dict) -> dict:
    """A text line with single spaces whose x0/x1 are those of its visible characters: a space
    glyph kept at its end (it tells a wrap at a space) does not make the line reach further right.
    Also its font ``size`` (the median of its chars') and its first visible chars (``head``: where
    a wrap's first word lies, ``_first_word``)."""
    line["text"] = BLANKS.sub(" ", line["text"])  # blank glyphs and gaps → one space, as without them
    ink = [c for c in line.pop("chars") if not c["text"].isspace()]
    line["x0"], line["x1"] = min(c["x0"] for c in ink), max(c["x1"] for c in ink)
    sizes = sorted(float(c.get("size") or 0.0) for c in ink)
    line["size"] = sizes[len(sizes) // 2]
    bold = {bool(BOLD_FONT.search(c["fontname"])) if c.get("fontname") else None for c in ink}
    line["bold"] = bold.pop() if len(bold) == 1 else None  # None: mixed, or a font without a name
    line["head"] = ink[:HEAD_CHARS]
    return line


def _first_word(line: dict) -> float:
    """Width of the first word of a line (Thai words as pythainlp's dictionary cuts them, as Word's
    and LibreOffice's line breaking do): what a wrap could not fit on the line above."""
    head: list[dict] = []
    for c in line.get("head") or []:  # a cluster's span text on its base and on its mark (Skia): once
        if not head or (c["text"], c["x0"]) != (head[-1]["text"], head[-1]["x0"]):
            head.append(c)
    words = [w for w in tokenize("".join(c["text"] for c in head), keep_whitespace=False) if w.strip()]
    if not words:
        return 0.0
    letters, end = 0, head[0]["x1"]
    for c in head:
        if letters >= len(words[0]) and c["text"]:  # a glyph without text is in the span before
            break
        letters += len(c["text"])
        end = max(end, c["x1"])
    return end - head[0]["x0"]


def paragraphs(lines: list[dict], boxes: list | tuple = (), extent: tuple[float, float] | None = None
               ) -> list[list[dict]]:
    """Group visual lines into paragraphs: a line that reaches the right edge of the text block
    runs on into the next one, unless the next starts a numbered/bulleted item or a gap wider
    than a line separates them, or it is a notice's closing line ("จึงประกาศให้ทราบโดยทั่วกัน", often
    under a last line that is full) or opens a form's field (``_field_start``). Headings and last lines of paragraphs end short, so they stand
    alone; so does a centred line (a title, a heading) that ends near the right edge, unless it is
    the first line of a wrapped centred title (``_centred_end``). ``boxes``: the page's tables'
    bboxes, which widen the text column a page of centred lines alone does not show. ``extent``: the
    text block's left and right edges when the lines are not all of it (the rest of a page whose
    columns of prose were read apart); else the lines' own."""
    if not lines:
        return []
    left, right = extent or (min(l["x0"] for l in lines), max(l["x1"] for l in lines))
    column = (min([left, *(b[0] for b in boxes)]), max([right, *(b[2] for b in boxes)]))
    spacing = _line_spacing(lines, right)
    groups: list[list[dict]] = [[lines[0]]]
    for k, (prev, line) in enumerate(zip(lines, lines[1:])):
        size = max(prev["bottom"] - prev["top"], 1.0)
        full = (prev["x1"] >= right - RUN_ON_SLACK * size or _centred_wrap(prev, line, left, column)
                or _left_wrap(prev, line, left, right))
        close = line["top"] - prev["bottom"] < max(LINE_GAP, spacing + SPACING_SLACK) * size
        if (full and close and not _item_start(prev, line, column) and not CLOSING_LINE.match(line["text"])
                and not _weight_change(prev, line)
                and not _field_start(groups[-1][0], line) and not _next_item(groups[-1][0], line)
                and not (k and _one_axis(lines[k - 1], prev, left) and not _one_axis(prev, line, left))
                and not _centred_end(prev, line, left, right, column)):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _line_spacing(lines: list[dict], right: float) -> float:
    """The gap between the lines of a paragraph on this page, in font sizes: the median gap under the
    lines that reach the right edge (a full line goes on into the next, as nothing else on a page
    does) over a line that opens no item (a page of list items, each a line, has no full line but its
    longest), when at least SPACING_MIN_LINES are; else 0. Word's default spacing (1.08–1.15) in a tall
    Thai font (Laksaman, Norasi, Kinnari, Garuda) leaves 0.96–1.16 sizes between a paragraph's lines,
    and 1.5 spacing more: past LINE_GAP, every line was a paragraph of its own (a score's sentence cut
    from the ITA named on the line above it)."""
    gaps = sorted((b["top"] - a["bottom"]) / max(a["bottom"] - a["top"], 1.0) for a, b in zip(lines, lines[1:])
                  if a["x1"] >= right - RUN_ON_SLACK * max(a["bottom"] - a["top"], 1.0) and b["top"] > a["bottom"]
                  and not ITEM_START.match(b["text"]) and not ITEM_LABEL.match(b["text"]))
    return gaps[len(gaps) // 2] if len(gaps) >= SPACING_MIN_LINES else 0.0


def _weight_change(prev: dict, line: dict) -> bool:
    """One of the two lines is set wholly in a bold face, the other wholly in a regular one (BOLD_FONT)."""
    return prev.get("bold") is not None and line.get("bold") is not None and prev["bold"] != line["bold"]


def _field_start(first: dict, line: dict) -> bool:
    """Whether ``line`` opens a form's field: its label and a colon, or its label and a space under a
    paragraph (``first``: its first line) that opened with a label too."""
    return bool(FIELD_LABEL.match(line["text"])
                or (FIELD_LABEL_WORD.match(line["text"]) and FIELD_LABEL_WORD.match(first["text"])))


def _next_item(first: dict, line: dict) -> bool:
    """Whether ``line`` opens the next of labelled items (ITEM_LABEL): the paragraph (``first``: its
    first line) opened with the same label and another number."""
    a, b = ITEM_LABEL.match(first["text"]), ITEM_LABEL.match(line["text"])
    return bool(a and b and a.group(1).lower() == b.group(1).lower()
                and thai_to_arabic(a.group(2)) != thai_to_arabic(b.group(2)))


def _centred_wrap(prev: dict, line: dict, left: float, column: tuple[float, float]) -> bool:
    """Whether ``prev``, a centred line short of the right edge, wraps on into ``line``: both centred on
    one axis in one font size, and the first word of ``line`` did not fit in the room ``prev`` left."""
    size = max(prev["bottom"] - prev["top"], 1.0)
    slack = max(CENTRED_SLACK, CENTRED_SLACK_SHARE * size)
    axis = (abs((prev["x0"] + prev["x1"]) - (line["x0"] + line["x1"])) / 2 <= slack
            and prev["x0"] - left >= CENTRED_INDENT * size and line["x0"] > prev["x0"] + size)
    same_size = abs(prev.get("size", 0.0) - line.get("size", 0.0)) <= CENTRED_SLACK_SHARE * size
    room = (column[1] - column[0]) - (prev["x1"] - prev["x0"])
    return axis and same_size and _first_word(line) > room


def _one_axis(above: dict, below: dict, left: float) -> bool:
    """Whether two lines are centred on one axis, both set in from the left edge. A line centred under
    the one above it (a title's body name over its district) is a line of a centred block: a line not
    on their axis (the paragraph under the block, at the left edge) is none of it, however near the
    right edge the block's line ends (the text's right edge, read from its lines' ink, lies a few
    points short of the margin the lines are centred in, so the line's own margins do not show it)."""
    size = max(below["bottom"] - below["top"], 1.0)
    slack = max(CENTRED_SLACK, CENTRED_SLACK_SHARE * size)
    return (abs((above["x0"] + above["x1"]) - (below["x0"] + below["x1"])) / 2 <= slack
            and min(above["x0"], below["x0"]) - left >= CENTRED_INDENT * size)


def _left_wrap(prev: dict, line: dict, left: float, right: float) -> bool:
    """Whether ``prev``, a line ending short of the right edge, wraps on into ``line``: ``line`` starts at
    the text's left edge in the same font size, and its first word did not fit in the room ``prev``
    left (a long Thai word wrapped whole: "…ข้อมูลข่าวสารของ" over "เทศบาล"). A word that fits was put on
    a line of its own: a new paragraph."""
    size = max(prev["bottom"] - prev["top"], 1.0)
    slack = max(CENTRED_SLACK, CENTRED_SLACK_SHARE * size)
    same_size = abs(prev.get("size", 0.0) - line.get("size", 0.0)) <= CENTRED_SLACK_SHARE * size
    return (line["x0"] - left <= slack and prev["x0"] - left <= RUN_ON_SLACK * size * 2 and same_size
            and _first_word(line) > right - prev["x1"])


def _item_start(prev: dict, line: dict, column: tuple[float, float]) -> bool:
    """Whether ``line`` starts a numbered or bulleted item, not a number wrapped from ``prev``: a
    decimal ("๘๖.๒๐ คะแนน") that did not fit in the room ``prev`` left in the column is its rest."""
    if not ITEM_START.match(line["text"]):
        return False
    return not (DECIMAL_START.match(line["text"]) and _first_word(line) > column[1] - prev["x1"])


def _centred_end(prev: dict, line: dict, left: float, right: float, column: tuple[float, float]) -> bool:
    """Whether ``prev``, a full line, is a centred line that ends its paragraph: it is centred in
    the text column (``left``, ``right``: its lines' extent) or on one axis with ``line`` (a title
    over a centred subtitle, on a page where the title is the widest line), and ``line`` is not
    the rest of it wrapped. A wrapped centred title goes on centred on the same axis in the same
    font size, and the first word of its next line did not fit in the room the first line left
    in the column (``column``: the text's extent and the tables'): a word that fits was put on a
    line of its own (a line break, a new paragraph)."""
    size = max(prev["bottom"] - prev["top"], 1.0)
    slack = max(CENTRED_SLACK, CENTRED_SLACK_SHARE * size)
    centred = (abs((prev["x0"] - left) - (right - prev["x1"])) <= slack
               and prev["x0"] - left >= CENTRED_INDENT * size)
    axis = (abs((prev["x0"] + prev["x1"]) - (line["x0"] + line["x1"])) / 2 <= slack
            and abs(prev["x0"] - line["x0"]) > size
            and max(prev["x0"], line["x0"]) - left >= CENTRED_INDENT * size)
    if not (centred or axis):
        return False
    if not axis:
        return True
    same_size = abs(prev.get("size", 0.0) - line.get("size", 0.0)) <= CENTRED_SLACK_SHARE * size
    room = (column[1] - column[0]) - (prev["x1"] - prev["x0"])
    return not (same_size and _first_word(line) > room)


_DIGITS_AND_SPACES = patterns.compile(r"[0-9๐-๙\s]")
# A page header line glued to the first page's title (a Word page header sits less than a line above
# the body: "…จังหวัดเชียงใหม่รายงานผลการดำเนินงาน…") still counts as that header's first appearance
# when the header is at least this long (digits and spaces left out).
MIN_GLUED_HEADER_CHARS = 12


def _drop_running_lines(pages: list[list]) -> None:
    """Remove margin lines whose text (digits ignored) recurs on at least half of the pages (on both
    pages of a two-page document); a running header is kept where it first appears (a Word page
    header often holds the body's name and place, printed nowhere else), and that first appearance
    may be the start of a longer top line (the header glued to the title under it). Left in, a
    header repeated on the next page stood between two pieces of a table and became a section
    heading of the rows under it."""
    if len(pages) < 2:
        for blocks in pages:
            blocks[:] = [b for b in blocks if not isinstance(b, tuple)]
        return
    key = lambda text: _DIGITS_AND_SPACES.sub("", text)  # noqa: E731
    margins = [{(b[0], key(b[1])) for b in blocks if isinstance(b, tuple)} for blocks in pages]

    def on(page: set[tuple[str, str]], k: str) -> bool:
        return any(m == k or (where == "header" and len(k) >= MIN_GLUED_HEADER_CHARS and m.startswith(k))
                   for where, m in page)

    keys = {m for page in margins for _, m in page if m}
    counts = {k: sum(1 for page in margins if on(page, k)) for k in keys}
    running = {k for k, n in counts.items() if n >= max(2 if len(pages) == 2 else 3, len(pages) // 2)}
    kept: set[str] = set()
    for blocks, page in zip(pages, margins):
        dropped = {b[1] for b in blocks if isinstance(b, tuple) and key(b[1]) in running}
        first = {b[1] for b in blocks if isinstance(b, tuple) and b[0] == "header" and key(b[1]) not in kept}
        heads = {(where, m) for where, m in page if where == "header"}
        kept |= {key(text) for text in first} | {k for k in running if on(heads, k)}
        blocks[:] = [b for b in blocks if not isinstance(b, tuple)
                     and not (isinstance(b, Line) and b.text in dropped and b.text not in first)]


def _is_encrypted(exc: BaseException) -> bool:
    text = f"{type(exc).__name__} {exc!r} {exc.__cause__!r} {exc.__context__!r}".lower()
    return "password" in text or "encrypt" in text


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:200]


def _page_failed(number: int, exc: BaseException):
    return make_check("PAGE_FAILED", Where(page=number), detail=program_error(exc, limit=200))

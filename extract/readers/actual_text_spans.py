"""Read /ActualText spans right on pdfium's characters: the pieces the pdfium reader needs to read
Chromium's PDFs itself instead of handing their pages to pdfplumber (text_layer_trust).

Chromium (Skia/PDF, also Google Docs' exports) draws each Thai cluster as its glyphs inside
``/Span <</ActualText (ตั้)>> BDC … EMC``. pdfium's text page gives the span's text to the span's
first glyph, cut into equal parts that share its origin, and the span's other glyphs either no
text (the pdfium reader then takes them for blank glyphs: spaces inside words) or text of their
own, listed later (a cluster read twice). pdfplumber's reader collapses each span into one char
with the span's text and the span's whole box (``pdf_chars.fix_chars``); this does the same on
pdfium's characters, for the spans pdfium split only, so LibreOffice's spans (one character a
span, which pdfium already reads right) are left as they are:

- ``read_spans(page)``: each text object inside an /ActualText span → its span (one key per
  BDC … EMC, the text, the right end of the span's glyphs), read once a page and only for a page
  with a split span (``has_split``), so other pages pay nothing.
- ``collapse_split_spans(chars, owners, spans)``: the characters with each split span as one char;
  also the keys of the collapsed spans, whose glyph objects are no blanks.

Wiring (extract/readers/pdf_pdfium.py, ``PdfiumPage``): keep the text object's address of every
char ``_iter_chars`` yields (``owners``); after reading the chars, when ``has_split(chars)``,
``spans = read_spans(page.raw)`` and ``chars, collapsed = collapse_split_spans(chars, owners,
spans)`` before ``reorder_marks``; in ``_graphics``, a text object whose span is in ``collapsed``
yields no blank. With that and the font size scaled by the char's matrix (``scaled_size``),
the pdfium reader gives pdfplumber's Documents on the Chromium fixtures and keeps its own on the
LibreOffice samples and real files.
"""
from __future__ import annotations

import ctypes
from collections.abc import Mapping
from dataclasses import dataclass

from extract.readers.glyph_geometry import THAI_MARKS
from extract.readers.text_layer_trust import SAME_ORIGIN  # two origins closer than this (pt) are one
ACTUAL_TEXT = b"ActualText"


@dataclass(frozen=True)
class Span:
    """One /ActualText span: ``key`` tells its BDC … EMC from others with the same text."""

    key: int
    text: str
    right: float  # the right end of its glyphs (origin or drawn box, whichever is further)


def scaled_size(size: float, a: float, b: float, c: float, d: float) -> float:
    """A char's font size on the page, as pdfminer gives it: pdfium's ``FPDFText_GetFontSize`` is the
    ``Tf`` operand alone, and Chromium sets 18 px as ``24 Tf`` under a 0.75 scale (pdfminer: 13.5)."""
    return size * abs(a * d - b * c) ** 0.5


def has_split(chars: list[dict]) -> bool:
    """Whether pdfium gave a base letter's origin to a Thai mark after it, on its line (the cheap
    test that decides whether a page's spans are read at all). Marks stacked on one base share an
    origin rightly (the pen does not move for a mark): a mark is compared with its base only."""
    base: dict | None = None
    for char in chars:
        text = char["text"]
        if text in THAI_MARKS:
            if (base is not None and abs(char["x0"] - base["x0"]) < SAME_ORIGIN
                    and abs(char["bottom"] - base["bottom"]) < SAME_ORIGIN):
                return True
        elif text and not text.isspace():
            base = char
    return False


def text_string(data: bytes) -> str:
    """A PDF text string's bytes as text: UTF-16BE after FE FF (LE after FF FE), else PDFDocEncoding
    (Latin-1 is near enough for ActualText)."""
    if data[:2] == b"\xfe\xff":
        return data[2:].decode("utf-16-be", errors="replace")
    if data[:2] == b"\xff\xfe":
        return data[2:].decode("utf-16-le", errors="replace")
    return data.decode("latin-1")


def _blob(raw, mark, key: bytes) -> bytes | None:
    size = ctypes.c_ulong()
    if not raw.FPDFPageObjMark_GetParamBlobValue(mark, key, None, 0, size) or not size.value:
        return None
    buffer = (ctypes.c_ubyte * size.value)()
    if not raw.FPDFPageObjMark_GetParamBlobValue(mark, key, buffer, size.value, size):
        return None
    return bytes(buffer)[:size.value]


def actual_text(raw, obj) -> tuple[int, str] | None:
    """(span key, text) of the innermost marked-content item with /ActualText around a page object.
    The item is shared by the objects of one BDC … EMC, so its address is the span's key.
    (``FPDFPageObjMark_GetParamStringValue`` hands the string over byte by byte, BOM dropped: the
    blob's bytes are decoded here instead.)"""
    for index in range(raw.FPDFPageObj_CountMarks(obj) - 1, -1, -1):
        mark = raw.FPDFPageObj_GetMark(obj, index)
        data = _blob(raw, mark, ACTUAL_TEXT)
        if data is not None:
            return ctypes.cast(mark, ctypes.c_void_p).value or 0, text_string(data)
    return None


def read_spans(raw, page) -> dict[int, Span]:
    """Each top-level text object of ``page`` (a raw FPDF_PAGE) inside an /ActualText span, by its
    address → its span (the span's right end over all its objects)."""
    found: dict[int, tuple[int, str, float]] = {}
    for index in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, index)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_TEXT:
            continue
        span = actual_text(raw, obj)
        if span is None:
            continue
        matrix = raw.FS_MATRIX()
        origin = matrix.e if raw.FPDFPageObj_GetMatrix(obj, matrix) else float("-inf")
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        drawn = right.value if raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top) else float("-inf")
        found[ctypes.cast(obj, ctypes.c_void_p).value or 0] = (span[0], span[1], max(origin, drawn))
    ends: dict[int, float] = {}
    for key, _, end in found.values():
        ends[key] = max(ends.get(key, end), end)
    return {address: Span(key, text, ends[key]) for address, (key, text, _) in found.items()}


def collapse_split_spans(chars: list[dict], owners: list[int | None],
                         spans: Mapping[int, Span]) -> tuple[list[dict], set[int]]:
    """``chars`` (pdfium's, in text-page order; ``owners[i]``: the address of char i's text object)
    with each span pdfium split (``_split``) as one char: the span's text, the
    box of its first char widened to the span's right end, no ``ink`` (it is no lone mark to move).
    Returns new char dicts (the input is not changed) and the keys of the collapsed spans."""
    members: dict[int, list[dict]] = {}
    for char, owner in zip(chars, owners):
        span = spans.get(owner) if owner is not None else None
        if span is not None:
            members.setdefault(span.key, []).append(char)
    split = {key for key, group in members.items() if _split(group)}
    if not split:
        return list(chars), set()
    out: list[dict] = []
    done: set[int] = set()
    for char, owner in zip(chars, owners):
        span = spans.get(owner) if owner is not None else None
        if span is None or span.key not in split:
            out.append(char)
            continue
        if span.key in done:  # a later glyph of a span already given: its text is the span's
            continue
        done.add(span.key)
        group = members[span.key]
        made = {k: v for k, v in char.items() if k != "ink"}
        made["text"] = span.text
        made["x1"] = max([made["x1"], span.right] + [c["x1"] for c in group])
        made["width"] = made["x1"] - made["x0"]
        out.append(made)
    return out, split


def _split(group: list[dict]) -> bool:
    """A span's chars are one glyph cut in parts: the first is a letter (not a mark) and another of
    them has its origin. (A span of marks only, as LibreOffice writes "ู้", is left to the reader's
    mark placement.)"""
    first = group[0]
    return (len(group) > 1 and first["text"][:1] not in THAI_MARKS
            and any(abs(c["x0"] - first["x0"]) < SAME_ORIGIN for c in group[1:]))

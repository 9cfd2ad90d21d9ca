"""PDF pages read by pdfium, handed to the page reader as pdfplumber-shaped pages.

pdfminer's content-stream interpretation is 85-90% of a pdfplumber page's time; pdfium gives the
same characters and ruling lines about ten times faster. ``PdfiumPage`` is a pdfplumber ``Page``
whose objects are derived from pdfium's instead of being parsed by pdfminer, so pdfplumber's
table finder runs unchanged on them, and the reader's text and cell layout (``char_layout``,
pdfplumber's steps) reads their chars (nothing in pdfplumber is patched):

- chars: the glyphs pdfium's text page reads (it already applies ``/ActualText`` spans, so
  LibreOffice's ำ drawn as two glyphs comes out as one ำ), with pdfminer's boxes: x from the
  origin to the advance, y from the font's descent to one font size above it. Characters pdfium
  infers (spaces between words, line ends) are dropped, as pdfminer has none. Thai marks are then
  attached to the base they sit on (``glyph_geometry``), which also undoes pdfium's habit of
  listing some tone marks after the next letter.
- rects, lines and curves: every painted path, split into subpaths and classified as pdfminer
  does (two points: a line; a closed axis-aligned box: a rect, also when filled and thin as a
  rule; else a curve through the segments' end points), in page coordinates.
- images: their boxes, so a scanned page is still told from a text page.

A page pdfium lays out differently from pdfminer (``/Rotate``) or fails to read is read by
pdfplumber instead (``PdfiumPdf.page``), so one odd page never costs the others.
"""
from __future__ import annotations

import ctypes
from functools import lru_cache
from collections.abc import Iterator
from typing import Any

from extract.readers.lazy_modules import defer_pdf_extras

defer_pdf_extras()  # before pdfminer is imported (pdf_chars does the same)

import pdfplumber.page as plumber_page  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
import pypdfium2.raw as raw  # noqa: E402

from extract.errors import ReadError  # noqa: E402
from extract.readers.actual_text_spans import collapse_split_spans, has_split, read_spans, scaled_size  # noqa: E402
from extract.readers.glyph_geometry import THAI_MARKS, reorder_marks  # noqa: E402

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# Objects inside form XObjects nested deeper than this are not looked at (a guard against loops).
MAX_FORM_DEPTH = 8
# pdfium's code for a hyphen it found at a line end (CPDF_TextPage: "charinfo->m_Unicode = 0x2").
HYPHEN_MARK = 0x2
# Advance given to a blank glyph pdfium dropped, in font sizes (a Thai font's space is ~0.22-0.28).
BLANK_WIDTH = 0.25
# Descent per unit of font size where a font gives none.
DEFAULT_DESCENT = -0.2


class PdfiumPdf:
    """An open document: pages as pdfplumber-shaped pages, pdfplumber only for pages pdfium can't lay out."""

    def __init__(self, data: bytes, fallback):
        """``fallback(data)`` opens the document with pdfplumber, for the pages pdfium can't lay out."""
        self.data = data
        self._fallback = fallback
        try:
            self.pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if exc.err_code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
                raise ReadError("READ_ENCRYPTED") from None
            raise
        self._plumber: Any = None  # pdfplumber's PDF, opened only for a page pdfium cannot give

    def __len__(self) -> int:
        return len(self.pdf)

    def __enter__(self) -> PdfiumPdf:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.pdf.close()
        if self._plumber is not None:
            self._plumber.close()

    def page(self, index: int):
        """Page ``index`` (0-based) as a pdfplumber page: pdfium's objects when it can read them."""
        page = self.pdf[index]
        try:
            if page.get_rotation() == 0:
                return PdfiumPage(page, index + 1)
        except Exception:  # noqa: BLE001 - pdfplumber reads the page, or says why not
            pass
        finally:
            page.close()
        return self.fallback_page(index)

    def fallback_page(self, index: int):
        """Page ``index`` read by pdfplumber (the document is opened on first use)."""
        if self._plumber is None:
            self._plumber = self._fallback(self.data)
        return self._plumber.page(index)


def _returning_address(function, *argtypes):
    """``function`` of pdfium with a pointer result given as an int (0 for NULL): a char's
    text object and font are looked up per char, and a pointer object would need a cast to key
    a dict on. (A size_t result converts to an int about twice as fast as a c_void_p one.)"""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None  # a function of the loaded library
    return ctypes.CFUNCTYPE(ctypes.c_size_t, *argtypes)(address)




def _unconverted(function, restype=ctypes.c_int):
    """``function`` of pdfium called without ctypes' per-argument conversion (no ``argtypes``):
    checking and converting each argument was half the cost of a call (~0.48 µs of a char
    origin's, ~0.23 µs without). The caller passes only what C takes as it is: a ``c_void_p``
    for a handle, a Python int for a C ``int``, ``byref`` for an out-parameter."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None  # a function of the loaded library
    return ctypes.CFUNCTYPE(restype)(address)


# the three calls made for every char (_iter_chars)
_char_origin = _unconverted(raw.FPDFText_GetCharOrigin)  # (text page, index, double*, double*)
_loose_char_box = _unconverted(raw.FPDFText_GetLooseCharBox)  # (text page, index, FS_RECTF*)
_text_object = _unconverted(raw.FPDFText_GetTextObject, ctypes.c_size_t)  # (text page, index)
# and for some chars: a space, CR or LF (generated?), a Thai mark (its drawn box)
_is_generated = _unconverted(raw.FPDFText_IsGenerated)  # (text page, index)
_char_box = _unconverted(raw.FPDFText_GetCharBox)  # (text page, index, double* left, right, bottom, top)
# and once per text object
_char_matrix = _unconverted(raw.FPDFText_GetMatrix)  # (text page, index, FS_MATRIX*)
_font_size = _unconverted(raw.FPDFText_GetFontSize, ctypes.c_double)  # (text page, index)
# calls made for every page object and path segment (_graphics, _path): handles passed as the
# pointer objects pdfium's functions return, a C unsigned long as c_ulong
_page_object = _unconverted(raw.FPDFPage_GetObject, raw.FPDF_PAGEOBJECT)  # (page, index)
_page_object_address = _unconverted(raw.FPDFPage_GetObject, ctypes.c_size_t)  # (page, index): an int
_object_type = _unconverted(raw.FPDFPageObj_GetType)  # (page object)
_object_text = _unconverted(raw.FPDFTextObj_GetText, ctypes.c_ulong)  # (text object, text page, buffer, length)
_NO_LENGTH = ctypes.c_ulong(0)
_segment_count = _unconverted(raw.FPDFPath_CountSegments)  # (path object)
_segment = _unconverted(raw.FPDFPath_GetPathSegment, raw.FPDF_PATHSEGMENT)  # (path object, index)
_segment_type = _unconverted(raw.FPDFPathSegment_GetType)  # (segment)
_segment_point = _unconverted(raw.FPDFPathSegment_GetPoint)  # (segment, float*, float*)
_segment_closes = _unconverted(raw.FPDFPathSegment_GetClose)  # (segment)
_font_of = _returning_address(raw.FPDFTextObj_GetFont, ctypes.c_void_p)
# The only chars pdfium generates (a space, CR, LF): only these are asked whether they were.
_MAYBE_GENERATED = frozenset((0x20, 0x0D, 0x0A))
# Values the page text shows for a char whose own value differs (0xFFFE: pdfium's line-end
# hyphen, HYPHEN_MARK for FPDFText_GetUnicode) or is none.
_ASK_AGAIN = frozenset((0, HYPHEN_MARK, 0xFFFE))
# Either: the codes _iter_chars looks at more closely (one set test for every other char).
_SPECIAL = _MAYBE_GENERATED | _ASK_AGAIN
# UTF-16 surrogates: a page text holding one is not one unit a char (_page_codes).
_SURROGATES = frozenset(range(0xD800, 0xE000))
# The Thai marks as code points: a char whose drawn box is read (an int's hash is itself).
_MARK_CODES = frozenset(map(ord, THAI_MARKS))


def _page_codes(tp, count: int) -> list[int]:
    """Each char's Unicode value, from one FPDFText_GetText call; per char (FPDFText_GetUnicode)
    if the page text is not one UTF-16 unit a char (a char outside the Basic Multilingual Plane
    takes two, and every later index would be off by one)."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = raw.FPDFText_GetText(tp, 0, count, buffer) if count else 1
    codes = list(buffer[:count])
    if written != count + 1 or not _SURROGATES.isdisjoint(codes):
        codes = [raw.FPDFText_GetUnicode(tp, i) for i in range(count)]
    return codes


class PdfiumPage(plumber_page.Page):
    """A pdfplumber ``Page`` whose objects come from a pypdfium2 page (read at construction)."""

    # its chars carry no /ActualText span for pdf_chars.fix_chars to collapse: the split ones
    # are collapsed as the page is read (actual_text_spans), the others pdfium reads right
    spans_collapsed = True

    def __init__(self, page: pdfium.PdfPage, page_number: int):
        # no pdfplumber document or pdfminer page behind this page: its objects are read here
        self.pdf = None  # type: ignore[assignment]
        self.page_obj = None  # type: ignore[assignment]
        self.root_page = self
        self.page_number = page_number
        self.initial_doctop = 0
        self.rotation = 0
        x0, y0, x1, y1 = page.get_mediabox()
        # pdfplumber's own box arithmetic, so coordinates match its reader on any MediaBox
        self.mediabox = self.cropbox = self.bbox = plumber_page._invert_box((x0, y0, x1, y1), y1 - y0)
        self._top_of = lambda y: (y1 - y0) - (y - y0) + self.mediabox[1]  # noqa: E731
        self._page_box = (y1 - y0, y0, self.mediabox[1])  # what _top_of reads
        self.get_textmap = lru_cache()(self._get_textmap)
        self._descents: dict[int, float] = {}  # per font handle, per unit of font size
        self._font_names: dict[int, str] = {}  # per font handle
        self._owners: list[int | None] = []  # the text object of each char _iter_chars yields
        self._span_glyphs: set[int] = set()  # text objects of collapsed /ActualText spans: no blanks
        self._with_text: set[int | None] = set()  # text objects some char of the text page is of
        textpage = page.get_textpage()
        try:
            chars = self._iter_chars(textpage.raw)
            if has_split(chars):  # Chromium's cluster spans, which pdfium cut up (actual_text_spans)
                spans = read_spans(raw, page.raw)
                chars, collapsed = collapse_split_spans(chars, self._owners, spans)
                self._span_glyphs = {address for address, span in spans.items() if span.key in collapsed}
            objects: dict[str, list[dict]] = {}
            handles, addresses = _page_objects(page.raw)
            # a text object that gave a char has text on the text page: it is no blank glyph
            self._with_text = set(self._owners)
            for kind, obj in self._graphics(handles, IDENTITY, 0, textpage.raw, addresses):
                objects.setdefault(kind, []).append(obj)
        finally:
            textpage.close()
        # marks listed after the wrong letter go back to their base (the page reader then gives
        # them its box); blank glyphs pdfium dropped go last, where no mark takes them for a base
        objects["char"] = reorder_marks(chars) + objects.pop("blank", [])
        self._objects = objects

    def close(self) -> None:
        super().close()
        self._objects = {}

    # -- characters ---------------------------------------------------------------------------

    def _iter_chars(self, tp) -> list[dict]:
        """The page's glyphs as pdfplumber chars. ctypes calls are most of the cost, so a char
        costs three (origin, loose box, text object), each made without ctypes' argument
        conversion (``_unconverted``): its text comes from one call for the whole page, and size,
        matrix and descent are a text object's, looked up once per object. A list, built in one
        loop (a generator's resume a char cost more than the loop's body)."""
        count = raw.FPDFText_CountChars(tp)
        codes = _page_codes(tp, count)
        left, bottom, right, top = (ctypes.c_double() for _ in range(4))
        ox, oy = ctypes.c_double(), ctypes.c_double()
        loose = raw.FS_RECTF()
        # the unconverted calls take the text page as a pointer and the out-parameters by reference
        page_ref = ctypes.c_void_p(ctypes.cast(tp, ctypes.c_void_p).value)
        ox_ref, oy_ref, loose_ref = ctypes.byref(ox), ctypes.byref(oy), ctypes.byref(loose)
        origin_of, loose_box_of, text_object = _char_origin, _loose_char_box, _text_object
        is_generated, box_of = _is_generated, _char_box
        box_refs = ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top)
        per_object: dict[int, tuple[float, bool, Matrix, float, bool, str]] = {}
        page_number = self.page_number
        # self._top_of inlined (the same arithmetic, two calls a char fewer)
        page_height, page_y0, box_top = self._page_box
        chars: list[dict] = []
        owners = self._owners
        for i, code in enumerate(codes):
            if code in _SPECIAL:  # no other code is generated, a stand-in, a hyphen mark or none
                # pdfium infers spaces and line ends (never other chars): pdfminer has none of them
                if code in _MAYBE_GENERATED and is_generated(page_ref, i) != 0:
                    continue
                if code in _ASK_AGAIN:  # the page text's stand-ins: ask for the char's own value
                    code = raw.FPDFText_GetUnicode(tp, i)
                if code == HYPHEN_MARK:  # pdfium's stand-in for a hyphen ending a line
                    code = 0x2D  # "-"
                elif not code:  # a glyph without a Unicode value
                    continue
            obj = text_object(page_ref, i)  # an address (0: none), a dict key without a cast
            found = per_object.get(obj)  # never 0: a char without a text object asks each time
            if found is None:
                found = self._object_info(page_ref, i, obj)
                if obj:
                    per_object[obj] = found
            size, upright, matrix, descent, boxed, fontname = found
            origin_of(page_ref, i, ox_ref, oy_ref)
            if boxed:
                # pdfminer's box: from the advance's start to its end, descent to descent + size
                loose_box_of(page_ref, i, loose_ref)
                x0 = ox.value
                x1 = loose.right
                if x1 <= x0:
                    x1 = x0
                y_low = oy.value + descent
                y_high = y_low + size
            elif size > 0 and matrix[0] == 0 and matrix[3] == 0:
                # a quarter turn (a header set "bottom to top"): the font's box, as pdfminer's is, so
                # a turned line's glyphs share its left and right edges (drawn boxes are ink: a "."
                # stands apart from the letters of its line)
                loose_box_of(page_ref, i, loose_ref)
                x0, x1, y_low, y_high = loose.left, loose.right, loose.bottom, loose.top
            else:  # rotated at another angle, or sizeless: its own drawn box
                raw.FPDFText_GetCharBox(tp, i, left, right, bottom, top)
                x0, x1, y_low, y_high = left.value, right.value, bottom.value, top.value
            text = chr(code)
            char_top = page_height - (y_high - page_y0) + box_top
            char_bottom = page_height - (y_low - page_y0) + box_top
            char = {"object_type": "char", "page_number": page_number, "text": text, "fontname": fontname,
                    "size": size, "upright": upright, "x0": x0, "x1": x1, "width": x1 - x0, "top": char_top,
                    "bottom": char_bottom, "height": char_bottom - char_top, "doctop": char_top, "y0": y_low,
                    "y1": y_high, "matrix": matrix}
            if code in _MARK_CODES:  # where it is drawn tells which base it belongs to
                box_of(page_ref, i, *box_refs)
                char["ink"] = (left.value, right.value)
            owners.append(obj)
            chars.append(char)
        return chars

    def _object_info(self, tp, i: int, obj: int | None) -> tuple[float, bool, Matrix, float, bool, str]:
        """Font size, upright, matrix and descent (in points) of char ``i``: its text object's,
        the same for every glyph pdfium read from that object; whether its box is pdfminer's
        (upright, with a size) rather than the glyph's drawn box; and its font's base name, as
        pdfminer gives it ("CAAAAA+Garuda-Bold"; "" when unknown). ``tp``: the text page as a
        ``c_void_p`` (the calls are unconverted)."""
        matrix = raw.FS_MATRIX()
        _char_matrix(tp, i, ctypes.byref(matrix))
        a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
        size = scaled_size(_font_size(tp, i), a, b, c, d)  # Tf alone is not the size on the page
        upright = a * d > 0 and b * c <= 0
        font = _font_of(obj) if obj else None
        descent = self._descent_at(font) * size
        return size, upright, (a, b, c, d, matrix.e, matrix.f), descent, upright and size > 0, self._font_name_at(font)

    def _font_name_at(self, address: int | None) -> str:
        """The base name of the font at ``address`` (what ``_font_of`` gives), "" when there is none."""
        if not address:
            return ""
        found = self._font_names.get(address)
        if found is None:
            font = ctypes.cast(ctypes.c_void_p(address), raw.FPDF_FONT)
            length = raw.FPDFFont_GetBaseFontName(font, None, 0)
            buffer = ctypes.create_string_buffer(length) if length else None
            if buffer is not None:
                raw.FPDFFont_GetBaseFontName(font, buffer, length)
            found = self._font_names[address] = buffer.value.decode("utf-8", "replace") if buffer is not None else ""
        return found

    def _char(self, text: str, x0: float, x1: float, y_low: float, y_high: float, size: float,
              upright: bool, matrix: Matrix) -> dict:
        top, bottom = self._top_of(y_high), self._top_of(y_low)
        return {"object_type": "char", "page_number": self.page_number, "text": text, "fontname": "",
                "size": size, "upright": upright, "x0": x0, "x1": x1, "width": x1 - x0, "top": top,
                "bottom": bottom, "height": bottom - top, "doctop": top, "y0": y_low, "y1": y_high,
                "matrix": matrix}

    def _descent_at(self, address: int | None) -> float:
        """``_descent`` of the font at ``address`` (what ``_font_of`` gives)."""
        if not address:
            return DEFAULT_DESCENT
        found = self._descents.get(address)
        if found is None:
            found = self._descent(ctypes.cast(ctypes.c_void_p(address), raw.FPDF_FONT))
        return found

    def _descent(self, font) -> float:
        """The font's descent per unit of size (negative), which pdfminer's boxes start from.
        A font with no font program (Type 3: glyphs drawn by content streams, as Chromium
        writes synthetic bold Thai) gets the default: pdfium derives its descent from the
        glyphs it has loaded so far, so two such fonts of one bold line differed by a quarter
        of the size and its leading vowels fell on a line of their own."""
        if not font:
            return DEFAULT_DESCENT
        key = ctypes.cast(font, ctypes.c_void_p).value or 0
        if key not in self._descents:
            value = ctypes.c_float()
            ok = raw.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), value)
            self._descents[key] = value.value / 1000.0 if ok and _has_program(font) else DEFAULT_DESCENT
        return self._descents[key]

    def _blank(self, obj, outer: Matrix) -> dict:
        """A blank glyph pdfium left out of its text page (it keeps one blank of a run and drops
        those it finds redundant): pdfminer has it, and a blank ending a wrapped line tells the
        page reader that the wrap was a space."""
        m = _multiply(_matrix(obj), outer)
        size = ctypes.c_float()
        raw.FPDFTextObj_GetFontSize(obj, size)
        scaled = size.value * abs(m[0] * m[3] - m[1] * m[2]) ** 0.5
        x, y = m[4], m[5]
        y_low = y + self._descent(raw.FPDFTextObj_GetFont(obj)) * scaled
        return self._char(" ", x, x + BLANK_WIDTH * scaled, y_low, y_low + scaled, scaled, True, m)

    # -- paths and images ---------------------------------------------------------------------

    def _graphics(self, objs, outer: Matrix, depth: int, tp,
                  addresses: list[int] | None = None) -> Iterator[tuple[str, dict]]:
        """Blanks, paths and images of ``objs`` (handles; ``addresses``: theirs as ints, or None to
        cast a text object's handle), forms' objects included."""
        span_glyphs, with_text = self._span_glyphs, self._with_text
        for k, obj in enumerate(objs):
            kind = _object_type(obj)
            if kind == raw.FPDF_PAGEOBJ_TEXT:
                address = addresses[k] if addresses is not None else ctypes.cast(obj, ctypes.c_void_p).value
                if span_glyphs and address in span_glyphs:
                    continue  # a glyph of a collapsed span: its text is the span's
                # FPDFTextObj_GetText gives the text page's chars of the object (each a pass over
                # the page's chars in C): asked only of an object no char read is of
                if address not in with_text and _object_text(obj, tp, None, _NO_LENGTH) <= 2:
                    yield "blank", self._blank(obj, outer)  # nothing of it in the text page
            elif kind == raw.FPDF_PAGEOBJ_PATH:
                yield from self._path(obj, outer)
            elif kind == raw.FPDF_PAGEOBJ_IMAGE:
                box = _bounds(obj, outer)
                if box:
                    yield "image", self._box_object("image", box)
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
                inner = [raw.FPDFFormObj_GetObject(obj, i) for i in range(raw.FPDFFormObj_CountObjects(obj))]
                yield from self._graphics(inner, _multiply(_matrix(obj), outer), depth + 1, tp)

    def _path(self, obj, outer: Matrix) -> Iterator[tuple[str, dict]]:
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        if not raw.FPDFPath_GetDrawMode(obj, fill, stroke) or (fill.value == raw.FPDF_FILLMODE_NONE
                                                                and not stroke.value):
            return  # neither filled nor stroked: nothing is drawn (pdfminer makes no object either)
        m = _multiply(_matrix(obj), outer)
        x, y = ctypes.c_float(), ctypes.c_float()
        x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
        subpaths: list[list[tuple[float, float]]] = []
        closed: list[bool] = []
        pending_bezier = 0
        moveto, bezierto = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_BEZIERTO
        for i in range(_segment_count(obj)):
            seg = _segment(obj, i)
            kind = _segment_type(seg)
            _segment_point(seg, x_ref, y_ref)
            point = _apply(m, x.value, y.value)
            if kind == moveto or not subpaths:
                subpaths.append([point])
                closed.append(False)
                pending_bezier = 0
            elif kind == bezierto:
                pending_bezier += 1
                if pending_bezier == 3:  # two control points and the end: pdfminer keeps the end
                    subpaths[-1].append(point)
                    pending_bezier = 0
            else:
                subpaths[-1].append(point)
            if _segment_closes(seg):
                closed[-1] = True
        for points, is_closed in zip(subpaths, closed):
            if is_closed and points[-1] != points[0]:
                points.append(points[0])
            made = self._shape(points, stroke.value, fill.value != raw.FPDF_FILLMODE_NONE)
            if made:
                yield made

    def _shape(self, points: list[tuple[float, float]], stroke: int, fill: bool) -> tuple[str, dict] | None:
        if len(points) < 2:
            return None
        if len(points) == 2:
            kind = "line"
        elif len(points) == 5 and points[0] == points[4] and _axis_box(points):
            kind = "rect"
        else:
            kind = "curve"
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        made = self._box_object(kind, (min(xs), min(ys), max(xs), max(ys)))
        made.update(stroke=bool(stroke), fill=fill)
        if kind != "rect":
            made["pts"] = [(px, self._top_of(py)) for px, py in points]
        return kind, made

    def _box_object(self, kind: str, box: tuple[float, float, float, float]) -> dict:
        x0, y0, x1, y1 = box
        top, bottom = self._top_of(y1), self._top_of(y0)
        return {"object_type": kind, "page_number": self.page_number, "x0": x0, "x1": x1, "y0": y0, "y1": y1,
                "top": top, "bottom": bottom, "doctop": top, "width": x1 - x0, "height": bottom - top}


def _has_program(font) -> bool:
    """Whether the font carries a font program (TrueType, Type 1, CFF); a Type 3 font has none."""
    size = ctypes.c_size_t()
    return bool(raw.FPDFFont_GetFontData(font, None, 0, ctypes.byref(size))) and size.value > 0


def _objects(raw_page) -> list:
    get = _page_object
    return [get(raw_page, i) for i in range(raw.FPDFPage_CountObjects(raw_page))]


def _page_objects(raw_page) -> tuple[list, list[int]]:
    """The page's objects as handles and as addresses (ints, to look up in a set): the addresses
    read by one call an object, the handles made from them in one step (an array of addresses
    seen as one of handles) instead of a cast each (~2 µs)."""
    get = _page_object_address
    addresses = [get(raw_page, i) for i in range(raw.FPDFPage_CountObjects(raw_page))]
    n = len(addresses)
    handles = list((raw.FPDF_PAGEOBJECT * n).from_buffer((ctypes.c_size_t * n)(*addresses)))
    return handles, addresses


def _axis_box(points: list[tuple[float, float]]) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[:4]
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)


def _matrix(obj) -> Matrix:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (PDF's row-vector convention: p · m · n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return (a * x + c * y + e, b * x + d * y + f)


def _bounds(obj, outer: Matrix) -> tuple[float, float, float, float] | None:
    """An object's box on the page (pdfium gives it in its container's space)."""
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    if not raw.FPDFPageObj_GetBounds(obj, l, b, r, t):
        return None
    corners = [_apply(outer, x, y) for x in (l.value, r.value) for y in (b.value, t.value)]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    return min(xs), min(ys), max(xs), max(ys)



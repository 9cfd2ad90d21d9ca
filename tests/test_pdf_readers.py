"""The pdfium reader against the pdfplumber reader: the same Documents (so the same records and
the same THAI_REPAIRED fixes) on every PDF the project has, and fallbacks that never lose a file."""
import csv
import io

import pikepdf
import pypdfium2
import pytest

from extract.cli import main
from extract.document import Line, Table
from extract.pipeline import extract_document, extract_file
from extract.readers import pdf as pdf_reader
from extract.readers import pdf_pdfium
from extract.readers.glyph_geometry import attach_marks, reorder_marks
from extract.readers.pdf import _open, _read_page, read_pdf
from tests.conftest import SAMPLES

TEXT_PDFS = sorted(p for folder in ("pdf", "landscape", "real") for p in (SAMPLES / folder).glob("*.pdf")
                   if "scan" not in p.name)
SCANS = [SAMPLES / "scanned" / "003_1ad6433f7b2808bc.pdf", SAMPLES / "real" / "phichai_hospital_2568_complaint_memo_scan.pdf"]
NOTICE = SAMPLES / "real" / "nongyai_sso_2563_procurement_measures.pdf"


def blocks(doc):
    return [(type(b).__name__, b.page, b.text if isinstance(b, Line) else
             [(r.page, r.cells) for r in b.rows] if isinstance(b, Table) else None) for b in doc.blocks]


@pytest.mark.parametrize("path", TEXT_PDFS, ids=lambda p: f"{p.parent.name}/{p.name[:20]}")
def test_pdfium_reads_the_same_document_and_records_as_pdfplumber(path):
    data = path.read_bytes()
    plumber = read_pdf(data, path.name, "sha", pdf_reader="pdfplumber")
    pdfium = read_pdf(data, path.name, "sha", pdf_reader="pdfium")
    assert blocks(pdfium) == blocks(plumber)
    assert (pdfium.pages, pdfium.reader, pdfium.checks) == (plumber.pages, plumber.reader, plumber.checks)
    expected, got = extract_document(plumber).model_dump(), extract_document(pdfium).model_dump()
    expected_boxes, got_boxes = [], []
    assert _unboxed(got, got_boxes) == _unboxed(expected, expected_boxes)  # every record, every check,
    # THAI_REPAIRED fixes included; the boxes of lines and cells alike, but for the point or so by
    # which pdfium and pdfplumber place a glyph's edges (font ascent, a last glyph's advance)
    assert len(got_boxes) == len(expected_boxes)
    assert all((a is None) == (b is None) and (a is None or max(abs(a[k] - b[k]) for k in a) <= BOX_TOLERANCE)
               for a, b in zip(got_boxes, expected_boxes))


BOX_TOLERANCE = 2.0  # PDF points, under a quarter of a glyph; seen: 0.21 (top), 1.34 (x1 of pdf/000)


def _unboxed(value, boxes: list):
    """``value`` without its ``bbox`` values, which go to ``boxes`` in order."""
    if isinstance(value, dict):
        if "bbox" in value:
            boxes.append(value["bbox"])
        return {k: _unboxed(v, boxes) for k, v in value.items() if k != "bbox"}
    if isinstance(value, list):
        return [_unboxed(v, boxes) for v in value]
    return value


@pytest.mark.parametrize("path", SCANS, ids=lambda p: p.name[:24])
def test_scanned_pages_still_go_to_ocr(path):
    with _open(path.read_bytes(), "pdfium") as pdf:
        assert all(_read_page(pdf.page(i), i + 1) is None for i in range(len(pdf)))


# --- Thai marks by geometry ------------------------------------------------------------------

def ch(text, x0, x1, ink=None):
    char = {"text": text, "x0": x0, "x1": x1, "top": 10, "bottom": 26, "size": 16, "width": x1 - x0}
    return dict(char, ink=ink) if ink else char


def text(chars):
    return "".join(c["text"] for c in chars)


def test_a_tone_listed_after_the_next_letter_goes_back_to_the_letter_it_is_drawn_on():
    # "ขั้น" as pdfium lists it at a cell's line end: ข ั น ้, the ้ drawn over ข
    chars = [ch("ข", 270.7, 279.7), ch("ั", 279.7, 279.7, (274.1, 280.9)), ch("น", 279.9, 290.0),
             ch("้", 280.6, 280.6, (276.1, 281.6))]
    assert text(reorder_marks(chars)) == "ขั้น"


def test_an_actualtext_vowel_emitted_letters_later_returns_before_the_tone():
    # "รับรู้ของผู้": pdfium emits the ู of รู้ after ผ (its /ActualText span), and after the ้
    chars = [ch("ร", 194.8, 202.5), ch("้", 202.3, 202.3, (195.9, 201.0)), ch("ข", 202.6, 211.7),
             ch("อ", 211.7, 221.0), ch("ง", 221.0, 228.0), ch("ผ", 228.1, 237.2),
             ch("ู", 202.6, 203.1, (197.0, 203.1)), ch("ู", 237.2, 237.7, (231.6, 237.7)),
             ch("้", 237.2, 237.2, (230.8, 235.9))]
    assert text(reorder_marks(chars)) == "รู้ของผู้"


def test_marks_already_on_their_base_and_chars_without_ink_stay():
    chars = [ch("ค", 501.7, 508.0), ch("ู", 508.0, 508.0, (502.6, 506.4)), ch("่", 508.0, 508.0, (507.5, 508.5)),
             ch("ม", 508.0, 514.4), ch("ื", 514.3, 514.3, (509.8, 514.9)), ch("อ", 514.3, 520.5)]
    assert text(reorder_marks(chars)) == "คู่มือ"
    plumber_like = [ch("จ", 10, 18), ch("ด", 18, 26), ch("ั", 17, 17), ch("ก", 26, 33)]
    assert text(reorder_marks(plumber_like)) == "จดัก"


def test_a_mark_over_no_base_of_its_line_is_left_alone():
    other_line = dict(ch("ก", 0, 8), bottom=60)
    chars = [other_line, ch("ข", 20, 28), ch("้", 40, 40, (33.0, 36.0))]
    assert text(reorder_marks(chars)) == "กข้"


def test_attach_marks_gives_a_mark_its_base_box():
    out = attach_marks([ch("จ", 10, 18), ch("ด", 18, 26), ch("ั", 17, 17), ch("ก", 26, 33)])
    assert (out[2]["x0"], out[2]["x1"]) == (18, 26)


# --- fallbacks ---------------------------------------------------------------------------------

def test_a_rotated_page_is_read_by_pdfplumber(tmp_path):
    rotated = io.BytesIO()
    with pikepdf.open(NOTICE) as pdf:
        pdf.pages[1].obj["/Rotate"] = 90
        pdf.save(rotated)
    data = rotated.getvalue()
    with _open(data, "pdfium") as pdf:
        assert isinstance(pdf.page(0), pdf_pdfium.PdfiumPage)
        assert not isinstance(pdf.page(1), pdf_pdfium.PdfiumPage)
    assert blocks(read_pdf(data, "r.pdf", "", pdf_reader="pdfium")) == blocks(
        read_pdf(data, "r.pdf", "", pdf_reader="pdfplumber"))


def test_a_page_pdfium_fails_on_is_read_by_pdfplumber(monkeypatch):
    def broken(self, page, number):
        raise pypdfium2.PdfiumError("simulated")

    expected = blocks(read_pdf(NOTICE.read_bytes(), "n.pdf", "", pdf_reader="pdfplumber"))
    monkeypatch.setattr(pdf_pdfium.PdfiumPage, "__init__", broken)
    doc = read_pdf(NOTICE.read_bytes(), "n.pdf", "", pdf_reader="pdfium")
    assert blocks(doc) == expected and not doc.checks


def test_a_layout_error_on_a_pdfium_page_retries_it_with_pdfplumber(monkeypatch):
    real = pdf_reader._read_page

    def fussy(page, number, *rest):
        if isinstance(page, pdf_pdfium.PdfiumPage) and number == 2:
            raise ValueError("simulated")
        return real(page, number, *rest)

    expected = blocks(read_pdf(NOTICE.read_bytes(), "n.pdf", "", pdf_reader="pdfplumber"))
    monkeypatch.setattr(pdf_reader, "_read_page", fussy)
    doc = read_pdf(NOTICE.read_bytes(), "n.pdf", "", pdf_reader="pdfium")
    assert blocks(doc) == expected and not doc.checks


def test_a_file_pdfium_cannot_open_goes_to_pdfplumber(monkeypatch):
    def refuse(self, data, fallback):
        raise pypdfium2.PdfiumError("simulated", err_code=3)

    monkeypatch.setattr(pdf_pdfium.PdfiumPdf, "__init__", refuse)
    result = extract_file(NOTICE, pdf_reader="pdfium")
    assert result.report.status == "ok" and len(result.measures) == 14


def test_unknown_reader_is_a_failed_row_not_a_traceback():
    result = extract_file(NOTICE, pdf_reader="poppler")
    assert result.report.status == "failed" and result.checks[0].code == "READ_FAILED"


def test_reader_option_on_the_command_line(tmp_path, capsys):
    rows = {}
    for reader in ("pdfplumber", "pdfium"):
        out = tmp_path / reader
        assert main(["extract", str(NOTICE), "--out", str(out), "--reader", reader, "--quiet", "--jobs", "1"]) == 0
        with open(out / "measures.csv", encoding="utf-8-sig") as fh:
            rows[reader] = list(csv.DictReader(fh))
    assert rows["pdfium"] == rows["pdfplumber"] and len(rows["pdfium"]) == 14
    assert main(["check", str(NOTICE), "--reader", "pdfplumber", "--jobs", "1"]) in (0, 1)
    with pytest.raises(SystemExit) as usage:
        main(["extract", str(NOTICE), "--out", str(tmp_path / "x"), "--reader", "poppler"])
    assert usage.value.code == 2


# --- pdfium chars read in bulk -----------------------------------------------------------------

def test_page_text_in_one_call_gives_the_same_document_as_asking_char_by_char(monkeypatch):
    """The reader takes every char's value from one FPDFText_GetText call; where that text is not
    one UTF-16 unit a char it asks each char (FPDFText_GetUnicode). Both ways read the same."""
    path = SAMPLES / "real" / "nongyai_sso_2562_procurement_analysis.pdf"  # ends lines with hyphens too
    bulk = blocks(read_pdf(path.read_bytes(), "p.pdf", "", pdf_reader="pdfium"))
    monkeypatch.setattr(pdf_pdfium.raw, "FPDFText_GetText", lambda tp, start, count, buffer: 0)
    assert blocks(read_pdf(path.read_bytes(), "p.pdf", "", pdf_reader="pdfium")) == bulk


def test_page_codes_match_each_chars_own_value_but_for_pdfiums_stand_ins():
    with pypdfium2.PdfDocument(str(NOTICE)) as doc:
        for page in doc:
            textpage = page.get_textpage()
            count = pypdfium2.raw.FPDFText_CountChars(textpage.raw)
            codes = pdf_pdfium._page_codes(textpage.raw, count)
            own = [pypdfium2.raw.FPDFText_GetUnicode(textpage.raw, i) for i in range(count)]
            assert count and len(codes) == count
            assert all(c == o or c in pdf_pdfium._ASK_AGAIN for c, o in zip(codes, own))
            textpage.close()


# --- pdfium calls made without ctypes' argument conversion --------------------------------------

def test_unconverted_char_calls_read_what_pypdfiums_own_bindings_read():
    """The per-char calls of ``_iter_chars`` (origin, loose box, text object) pass the text page as
    a ``c_void_p`` and the out-parameters by reference, with no ``argtypes``: every char of every
    page of the notice reads the same values as through pypdfium2's checked bindings."""
    import ctypes

    raw = pypdfium2.raw
    with pypdfium2.PdfDocument(str(NOTICE)) as doc:
        for page in doc:
            textpage = page.get_textpage()
            tp = textpage.raw
            ref = ctypes.c_void_p(ctypes.cast(tp, ctypes.c_void_p).value)
            x, y, ux, uy = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
            box, unbox = raw.FS_RECTF(), raw.FS_RECTF()
            count = raw.FPDFText_CountChars(tp)
            assert count > 100
            for i in range(count):
                raw.FPDFText_GetCharOrigin(tp, i, x, y)
                pdf_pdfium._char_origin(ref, i, ctypes.byref(ux), ctypes.byref(uy))
                raw.FPDFText_GetLooseCharBox(tp, i, box)
                pdf_pdfium._loose_char_box(ref, i, ctypes.byref(unbox))
                obj = raw.FPDFText_GetTextObject(tp, i)
                assert (ux.value, uy.value) == (x.value, y.value)
                assert (unbox.left, unbox.top, unbox.right, unbox.bottom) == (box.left, box.top, box.right, box.bottom)
                assert pdf_pdfium._text_object(ref, i) == (ctypes.cast(obj, ctypes.c_void_p).value or 0)
            textpage.close()


def test_unconverted_path_calls_read_what_pypdfiums_own_bindings_read():
    import ctypes

    raw = pypdfium2.raw
    segments = 0
    for path in TEXT_PDFS:
        with pypdfium2.PdfDocument(str(path)) as doc:
            for page in doc:
                for obj in pdf_pdfium._objects(page.raw):
                    assert pdf_pdfium._object_type(obj) == raw.FPDFPageObj_GetType(obj)
                    if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
                        continue
                    assert pdf_pdfium._segment_count(obj) == raw.FPDFPath_CountSegments(obj)
                    for i in range(raw.FPDFPath_CountSegments(obj)):
                        seg, mine = raw.FPDFPath_GetPathSegment(obj, i), pdf_pdfium._segment(obj, i)
                        x, y, ux, uy = (ctypes.c_float() for _ in range(4))
                        raw.FPDFPathSegment_GetPoint(seg, x, y)
                        pdf_pdfium._segment_point(mine, ctypes.byref(ux), ctypes.byref(uy))
                        assert (ux.value, uy.value) == (x.value, y.value)
                        assert pdf_pdfium._segment_type(mine) == raw.FPDFPathSegment_GetType(seg)
                        assert pdf_pdfium._segment_closes(mine) == raw.FPDFPathSegment_GetClose(seg)
                        segments += 1
    assert segments > 100  # the samples' ruled tables


def test_two_marks_of_a_line_moved_in_one_walk():
    """The walk that moves marks starts at the first one that moves; one after it moves too."""
    # "กั้นขั้น": each ้ listed after the letter following its base
    chars = [ch("ก", 10, 19), ch("ั", 19, 19, (13.4, 20.2)), ch("น", 19.2, 29.3),
             ch("้", 29.9, 29.9, (15.4, 20.9)), ch("ข", 29.3, 38.3), ch("ั", 38.3, 38.3, (32.7, 39.5)),
             ch("น", 38.5, 48.6), ch("้", 49.2, 49.2, (34.7, 40.2))]
    assert text(reorder_marks(chars)) == "กั้นขั้น"


# --- the page's objects read with fewer calls (issue 13, h13a) -----------------------------------

ALL_PDFS = sorted(SAMPLES.rglob("*.pdf"))  # text, scanned, Chromium and LibreOffice fixtures alike


def _page_objects_of(path):
    """Every page's objects as the pdfium reader gives them (pages it cannot read: None)."""
    out = []
    pdf = pdf_pdfium.PdfiumPdf(path.read_bytes(), fallback=None)
    try:
        for index in range(len(pdf)):
            page = pdf.pdf[index]
            try:
                read = pdf_pdfium.PdfiumPage(page, index + 1) if page.get_rotation() == 0 else None
            finally:
                page.close()
            out.append(None if read is None else {k: list(v) for k, v in read.objects.items()})
    finally:
        pdf.close()
    return out


def test_page_objects_as_addresses_and_handles_are_pdfiums_own():
    """``_page_objects`` reads each object's address (an int) and makes the handles from them in one
    step: the same objects as ``FPDFPage_GetObject`` gives, in order."""
    import ctypes

    raw = pypdfium2.raw
    seen = 0
    for path in TEXT_PDFS:
        with pypdfium2.PdfDocument(str(path)) as doc:
            for page in doc:
                handles, addresses = pdf_pdfium._page_objects(page.raw)
                own = [raw.FPDFPage_GetObject(page.raw, i) for i in range(raw.FPDFPage_CountObjects(page.raw))]
                assert addresses == [ctypes.cast(obj, ctypes.c_void_p).value for obj in own]
                assert [ctypes.cast(h, ctypes.c_void_p).value for h in handles] == addresses
                assert [raw.FPDFPageObj_GetType(h) for h in handles] == [raw.FPDFPageObj_GetType(o) for o in own]
                seen += len(own)
    assert seen > 1000


def test_blank_glyphs_found_as_when_every_text_object_was_asked_for_its_text(monkeypatch):
    """A text object that a char of the text page came from has text there, so it is no blank
    glyph and pdfium is not asked for its text (FPDFTextObj_GetText, a pass over the page's chars
    each): every page of every sample PDF gives the same objects as when every text object is
    asked, blanks included."""
    fast = {path: _page_objects_of(path) for path in ALL_PDFS}
    graphics = pdf_pdfium.PdfiumPage._graphics

    def asking_every_object(self, *args):
        self._with_text = set()
        return graphics(self, *args)

    monkeypatch.setattr(pdf_pdfium.PdfiumPage, "_graphics", asking_every_object)
    blanks = 0
    for path in ALL_PDFS:
        slow = _page_objects_of(path)
        assert fast[path] == slow, path.name
        blanks += sum(c["text"] == " " for page in slow if page for c in page.get("char", []))
    assert blanks > 0  # the fixtures have blank glyphs pdfium dropped


def test_pdfium_chars_get_the_same_marks_whether_spans_are_looked_for_or_not(monkeypatch):
    """A pdfium page's chars carry no /ActualText span, so the reader only attaches marks to their
    bases (``spans_collapsed``): the same pages as with ``fix_chars``' span pass."""
    fast = [blocks(read_pdf(path.read_bytes(), path.name, "sha", pdf_reader="pdfium")) for path in TEXT_PDFS]
    monkeypatch.setattr(pdf_pdfium.PdfiumPage, "spans_collapsed", False)
    assert [blocks(read_pdf(path.read_bytes(), path.name, "sha", pdf_reader="pdfium")) for path in TEXT_PDFS] == fast


def test_chars_outside_tables_by_their_centres():
    """``_outside`` takes the centres the page's tables read (``centres``): a char is outside when its
    centre is in no box, edges counting as inside."""
    from extract.readers.char_layout import centres

    chars = [{"x0": x0, "x1": x1, "top": top, "bottom": bottom, "text": t}
             for t, x0, x1, top, bottom in [("a", 0, 10, 0, 10), ("b", 10, 30, 0, 10), ("c", 5, 15, 20, 40),
                                           ("d", 100, 110, 100, 110), ("e", 40, 40, 5, 5)]]
    boxes = [(0, 0, 20, 10), (0, 30, 10, 50)]  # "a" inside, "b" centred on 20 (an edge: inside), "c" on x=10
    outside = pdf_reader._outside(centres(chars), boxes)
    assert [c["text"] for c in outside] == ["d", "e"]
    assert outside[0] is chars[3]


def test_page_codes_ask_each_char_when_the_page_text_holds_a_surrogate(monkeypatch):
    """A char outside the Basic Multilingual Plane is two UTF-16 units of the page text: the codes
    are then each char's own (``FPDFText_GetUnicode``), not the text's units."""
    import ctypes

    real = pdf_pdfium.raw.FPDFText_GetText

    def with_a_surrogate(tp, start, count, buffer):
        written = real(tp, start, count, buffer)
        ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))[0] = 0xD83D
        return written

    with pypdfium2.PdfDocument(str(NOTICE)) as doc:
        page = doc[0]
        textpage = page.get_textpage()
        count = pypdfium2.raw.FPDFText_CountChars(textpage.raw)
        own = [pypdfium2.raw.FPDFText_GetUnicode(textpage.raw, i) for i in range(count)]
        monkeypatch.setattr(pdf_pdfium.raw, "FPDFText_GetText", with_a_surrogate)
        assert pdf_pdfium._page_codes(textpage.raw, count) == own
        textpage.close()
        page.close()

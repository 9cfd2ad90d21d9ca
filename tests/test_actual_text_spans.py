"""pdfium's characters with the /ActualText spans it split collapsed (extract/readers/actual_text_spans.py),
on characters made by hand and on the Chromium fixture read straight from pypdfium2."""
from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from extract.readers.actual_text_spans import (Span, collapse_split_spans, has_split, read_spans, scaled_size,
                                               text_string)
from tests.conftest import SAMPLES

CHROMIUM_PLAN = SAMPLES / "chromium" / "plan_table.pdf"
LIBREOFFICE = SAMPLES / "pdf" / "001_adca4484352dee47.pdf"


def char(text, x0, x1, ink=None, bottom=26.0):
    made = {"text": text, "x0": x0, "x1": x1, "bottom": bottom, "width": x1 - x0}
    return dict(made, ink=ink) if ink else made


def test_text_strings_decode_as_pdf_says():
    assert text_string(b"\xfe\xff\x0e\x15\x0e\x31\x0e\x49") == "ตั้"
    assert text_string(b"\xff\xfe\x15\x0e") == "ต"
    assert text_string(b"fi") == "fi"


def test_font_size_is_scaled_by_the_char_matrix():
    assert scaled_size(18.0, 0.75, 0.0, 0.0, 0.75) == 13.5
    assert scaled_size(16.0, 1.0, 0.0, 0.0, 1.0) == 16.0


def test_a_split_glyph_is_two_chars_at_one_origin_the_second_a_mark():
    assert has_split([char("ต", 10, 12), char("\u0e31", 10, 14, ink=(12, 14))])
    assert not has_split([char("ต", 10, 14), char("\u0e31", 14, 14, ink=(11, 13.8))])
    assert not has_split([char("ผ", 10, 14), char("\u0e39", 14, 14), char("\u0e49", 14, 14)])  # stacked marks
    assert not has_split([char("f", 10, 12), char("i", 10, 14)])  # a Latin ligature pdfium split is harmless


# "ตั้ง" as pdfium reads Chromium's span (ActualText "ตั้" over glyphs ต ั ้): ต's box cut in three,
# a later char from the span's ั glyph, then ง, then ต and ้ from the ้ glyph.
SPAN = Span(key=7, text="ตั้", right=196.9)
CHARS = [char("ต", 190.5, 193.1), char("\u0e31", 190.5, 195.0, ink=(193.1, 195.0)),
         char("\u0e49", 190.5, 196.9, ink=(195.0, 196.9)), char("\u0e31", 198.7, 198.7, ink=(196.2, 197.6)),
         char("ง", 198.3, 204.2), char("ต", 198.7, 198.7), char("\u0e49", 198.7, 198.9, ink=(197.6, 198.9))]
OWNERS = [101, 101, 101, 102, None, 103, 103]
SPANS = {101: SPAN, 102: SPAN, 103: SPAN}


def test_a_split_span_is_one_char_with_the_span_text_and_extent():
    out, collapsed = collapse_split_spans(CHARS, OWNERS, SPANS)
    assert [c["text"] for c in out] == ["ตั้", "ง"]
    assert (out[0]["x0"], out[0]["x1"], "ink" in out[0]) == (190.5, 198.9, False)  # all its glyphs' boxes
    assert collapsed == {7}
    assert CHARS[0]["text"] == "ต" and CHARS[0]["x1"] == 193.1  # the input is not changed


def test_a_span_pdfium_did_not_split_is_left_alone():
    """LibreOffice's ำ drawn as two glyphs under ActualText "ำ": one char, which pdfium reads right."""
    chars = [char("ก", 10, 17), char("ำ", 17, 24)]
    out, collapsed = collapse_split_spans(chars, [None, 5], {5: Span(3, "ำ", 24)})
    assert out == chars and collapsed == set()


def _pdfium_chars(path, index=0):
    """Characters and their text objects as the pdfium reader lists them (origin as x0)."""
    pdf = pdfium.PdfDocument(path)
    page = pdf[index]
    textpage = page.get_textpage()
    tp = textpage.raw
    ox, oy, box = ctypes.c_double(), ctypes.c_double(), raw.FS_RECTF()
    chars, owners = [], []
    for i in range(raw.FPDFText_CountChars(tp)):
        code = raw.FPDFText_GetUnicode(tp, i)
        if raw.FPDFText_IsGenerated(tp, i) or not code:
            continue
        raw.FPDFText_GetCharOrigin(tp, i, ox, oy)
        raw.FPDFText_GetLooseCharBox(tp, i, box)
        chars.append(char(chr(code), ox.value, max(box.right, ox.value), bottom=-oy.value))
        owners.append(ctypes.cast(raw.FPDFText_GetTextObject(tp, i), ctypes.c_void_p).value)
    spans = read_spans(raw, page.raw)
    textpage.close()
    page.close()
    pdf.close()
    return chars, owners, spans


def test_chromium_spans_read_and_collapsed():
    chars, owners, spans = _pdfium_chars(CHROMIUM_PLAN)
    assert has_split(chars)
    assert {"นำ", "กำ", "ข้", "ก่"} <= {s.text for s in spans.values()}
    out, collapsed = collapse_split_spans(chars, owners, spans)
    assert collapsed and not has_split(out)
    text = "".join(c["text"] for c in out)
    assert "เทศบาลตำบลหนองบัวทอง" in text and "ปลูกฝังวัฒนธรรมองค์กร" in text
    assert (len(chars), len(out)) == (780, 649)  # one char a cluster, as pdfplumber's reader gives
    assert {"นำ", "กำ"} <= {c["text"] for c in out}


def test_libreoffice_pages_have_nothing_to_collapse():
    chars, owners, spans = _pdfium_chars(LIBREOFFICE)
    assert spans and not has_split(chars)
    out, collapsed = collapse_split_spans(chars, owners, spans)
    assert out == chars and collapsed == set()

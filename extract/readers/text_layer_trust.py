"""Whether pdfium's characters of a page can be trusted, from the characters alone.

pdfium applies ``/ActualText`` spans by giving the span's text to the span's *first glyph*: it
cuts that glyph's box into equal parts, one per character, all with the glyph's origin, and
leaves the span's other glyphs without text. That is right for LibreOffice's spans (one ำ drawn
as two glyphs: one character, one glyph box), but Chromium's PDF printer (Skia/PDF, also behind
Google Docs' PDF exports) wraps every Thai cluster in a span: "ตั้" is ต ั ้ drawn as three glyphs
under ``ActualText "ตั้"``. pdfium then gives ต's box to three characters, the real extent of the
cluster is lost (gaps that read as spaces inside words: "ส่งเสริม การเปิดเผย"), the mark glyphs
left without text read as blanks, and a date like "มี.ค." breaks.

The sign of it is a Thai mark that shares its base's origin. A mark has no advance: a font draws
it at the pen position *after* its base (left of that position), so its origin is its base's
end, never its base's start; only a glyph split between several characters gives two characters
one origin. Measured with the pdfium reader (``PdfiumPage``) on every page the project has
(samples/pdf, samples/landscape, samples/real, 116 pages, 0–468 marks a page): no mark shares its
base's origin. On 72 Chromium-printed pages (12 fonts and sizes; prose, tables, lists): 85–100 %
of the marks do. The pdfium reader collapses such spans itself (extract/readers/actual_text_spans.py);
a page still over ``SHARED_ORIGIN_SHARE`` after it (a producer that splits glyphs some other way)
is read by pdfplumber instead, which collapses each span into one character with the span's whole
box (``pdf_chars.ActualTextPage``).

The test is one pass over the page's characters (~0.1 µs a character: 0.08 ms a page on the
samples, 0.3 % of building the pdfium page) and needs the
mark's ``ink`` (its drawn box), which only the pdfium reader gives: pages read by pdfplumber are
never doubted.
"""
from __future__ import annotations

from dataclasses import dataclass

from extract.readers.glyph_geometry import THAI_MARKS, is_mark

# Two origins closer than this (pt) are one origin: a split glyph's parts share it exactly, and a
# real mark's origin is a base's advance (≥ ~2 pt at any legible size) away from its base's.
SAME_ORIGIN = 0.01
# A page is doubted when at least this many of its marks, and this share of them, share their
# base's origin. Clean pages: 0 marks and 0 %; Chromium pages: ≥ 37 marks and ≥ 85 %.
SHARED_ORIGIN_MIN = 3
SHARED_ORIGIN_SHARE = 0.3
# Same line: baselines within this share of the font size (as glyph_geometry.SAME_LINE).
SAME_LINE = 0.3


@dataclass(frozen=True)
class TextLayerDoubt:
    """How many Thai marks pdfium placed on a page, and how many share their base's origin."""

    marks: int
    shared_origin: int

    @property
    def unreliable(self) -> bool:
        return (self.shared_origin >= SHARED_ORIGIN_MIN
                and self.shared_origin >= SHARED_ORIGIN_SHARE * self.marks)

    @property
    def reason(self) -> str:
        """Why, in the words of the check's ``reason`` field (English)."""
        return f"{self.shared_origin} of {self.marks} Thai marks share their base letter's glyph"


def doubt(chars: list[dict]) -> TextLayerDoubt:
    """Count the marks (with a drawn box, so read by pdfium) and those at their base's origin.

    The base is the last visible non-mark character before the mark in the reader's order."""
    marks = shared = 0
    base: dict | None = None
    for char in chars:
        text = char["text"]
        if text in THAI_MARKS or (len(text) > 1 and is_mark(char)):
            if "ink" not in char:
                continue
            marks += 1
            if (base is not None and abs(char["x0"] - base["x0"]) < SAME_ORIGIN
                    and abs(char["bottom"] - base["bottom"]) <= SAME_LINE * max(char.get("size") or 0.0, 1.0)):
                shared += 1
        elif text and not text.isspace():
            base = char
    return TextLayerDoubt(marks, shared)

"""Make pdfplumber's characters right for Thai before any text or table is extracted.

pdfminer ignores ``/ActualText`` spans, which LibreOffice and Word use to say what a cluster of
reordered or variant Thai glyphs reads as; without them ำ comes out as ำา, unmapped glyphs as
"(" and marks land after the next consonant. pdfminer also places zero-width marks by their
own x0, so sorting by x moves them one base to the right ("จดั"). Two steps fix both
(measured in THAI_PDF §2-3: paragraph CER 4-6% → 0.3-0.6%):

1. Stamp every char with the innermost ActualText and a span id (an aggregator that keeps a
   stack of marked-content properties), then collapse each span into one char whose text is
   the ActualText and whose box is the span's union.
2. Give each Thai combining mark the x0/x1 of the base char before it in content-stream order,
   so a stable sort keeps it on its base (``glyph_geometry.attach_marks``, shared with the
   pdfium reader).

pdfplumber's own aggregator keeps no stack and no ActualText, so the reader's pages are
``ActualTextPage``: a pdfplumber ``Page`` laid out with a subclass of it (same behaviour for
MCID/tag) that keeps the two attributes on its chars. Nothing in pdfplumber is patched, so other
pdfplumber users in the process get its pages as they are.
"""
from __future__ import annotations

import itertools
from typing import Any

from extract.readers.lazy_modules import defer_pdf_extras

defer_pdf_extras()  # before pdfminer is imported: charset_normalizer is loaded only if used

import pdfplumber.page as plumber_page  # noqa: E402
from pdfminer.layout import LTItem, LTPage  # noqa: E402
from pdfminer.pdfinterp import PDFPageInterpreter, PDFStackT  # noqa: E402
from pdfminer.psparser import PSLiteral  # noqa: E402
from pdfplumber.utils.exceptions import PdfminerException  # noqa: E402

from extract.readers.glyph_geometry import attach_marks  # noqa: E402

_span_ids = itertools.count(1)


def _decode(value: object) -> str | None:
    if isinstance(value, bytes):
        if value.startswith(b"\xfe\xff"):
            return value[2:].decode("utf-16-be", errors="replace")
        if value.startswith(b"\xff\xfe"):
            return value[2:].decode("utf-16-le", errors="replace")
        return value.decode("latin-1")
    if isinstance(value, str):
        return value
    return None


class ActualTextAggregator(plumber_page.PDFPageAggregatorWithMarkedContent):
    """pdfplumber's aggregator plus a marked-content stack carrying ActualText."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._mc_stack: list[tuple[str | None, int | None]] = []

    def begin_tag(self, tag: PSLiteral, props: PDFStackT | None = None) -> None:
        super().begin_tag(tag, props)
        actual = _decode(props.get("ActualText")) if isinstance(props, dict) else None
        outer = self._mc_stack[-1] if self._mc_stack else (None, None)
        self._mc_stack.append((actual, next(_span_ids)) if actual is not None else outer)

    def end_tag(self) -> None:
        super().end_tag()
        if self._mc_stack:
            self._mc_stack.pop()

    def tag_cur_item(self) -> None:
        super().tag_cur_item()
        if self.cur_item._objs:
            actual, span = self._mc_stack[-1] if self._mc_stack else (None, None)
            obj = self.cur_item._objs[-1]
            obj.actual_text = actual  # type: ignore[attr-defined]
            obj.span = span  # type: ignore[attr-defined]


# What ActualTextAggregator adds to a char, kept in the page's char dicts.
SPAN_ATTRS = ("actual_text", "span")


class ActualTextPage(plumber_page.Page):
    """A pdfplumber page laid out by ``ActualTextAggregator``; its chars carry ``actual_text`` and
    ``span`` (pdfplumber's ``layout`` and ``process_object`` with those two changes)."""

    @classmethod
    def of(cls, page: plumber_page.Page) -> ActualTextPage:
        """The same page of the same document, to be laid out this way."""
        return cls(page.pdf, page.page_obj, page_number=page.page_number, initial_doctop=page.initial_doctop)

    @property
    def layout(self) -> LTPage:
        if hasattr(self, "_layout"):
            return self._layout
        device = ActualTextAggregator(self.pdf.rsrcmgr, pageno=self.page_number, laparams=self.pdf.laparams)
        interpreter = PDFPageInterpreter(self.pdf.rsrcmgr, device)
        try:
            interpreter.process_page(self.page_obj)
        except Exception as e:
            raise PdfminerException(e)
        self._layout: LTPage = device.get_result()
        return self._layout

    def process_object(self, obj: LTItem) -> dict[str, Any]:
        attrs = super().process_object(obj)
        for name in SPAN_ATTRS:
            if name in obj.__dict__:
                attrs[name] = obj.__dict__[name]
        return attrs


def fix_chars(chars: list[dict]) -> list[dict]:
    """Collapse ActualText spans and attach marks to their bases (chars in stream order)."""
    out: list[dict] = []
    open_span: int | None = None
    for char in chars:
        span = char.get("span")
        if span is not None and char.get("actual_text") is not None:
            if span == open_span and out:
                first = out[-1]
                first["x0"], first["x1"] = min(first["x0"], char["x0"]), max(first["x1"], char["x1"])
                first["top"], first["bottom"] = min(first["top"], char["top"]), max(first["bottom"], char["bottom"])
                continue
            char = dict(char, text=char["actual_text"])
            open_span = span
        else:
            open_span = None
        out.append(char)
    return attach_marks(out)

"""DOCX reader: Word files → Document (python-docx opens the package; the body is walked here).

The body is read in document order, paragraphs and tables interleaved:

* A paragraph becomes a ``Line`` (a manual line break starts a new ``Line``; tabs become spaces).
  Text comes from runs, hyperlinks, fields' shown results, content controls and tracked
  insertions; deleted and moved-away text, field codes and drawings are skipped. Text boxes are
  read after the paragraph that anchors them. A paragraph that is only a page number ("-๔-"), an
  explicit page break and a section break become ``PageBreak`` blocks.
* A table of one row or one column lays the page out (a frame round a notice, a band of logo and
  name): its cells are read in order as the body is. Any other table becomes one ``Table`` piece
  with one ``Row`` per ``w:tr``. A cell's paragraphs are
  kept apart as ``<p>…</p>`` (one paragraph: its plain text), and a manual line break inside a cell
  as ``<br>``: normalize.items.split_items splits items at those tags, not at "\\n" (clean_text
  folds newlines into spaces), so this keeps Word's paragraph = item boundary for the parsers.
  Every row has the table's full grid width: a horizontally merged cell (``w:gridSpan``) gives its
  text once, then "" for each grid column it spans; ``w:gridBefore``/``w:gridAfter`` add ""; a
  vertically continued cell (``w:vMerge`` without "restart") is "", so the parsers fill down or
  merge as they do for text exports. A nested table is flattened into its cell, one paragraph
  per nested cell paragraph. Header rows marked ``w:tblHeader`` exist once in the file (Word
  repeats them only on screen); a header row typed again further down is dropped, and the row
  after it is marked ``after_break`` (the author repeated the header at a page break).

DOCX has no pages: every block has ``page=None`` and ``line`` = the 1-based position of its
paragraph among all paragraphs in reading order (paragraphs in table cells and text boxes
included, empty paragraphs counted), so a table row's ``line`` is that of its first paragraph and
"line N" in a location means "the Nth paragraph of the document". The first section's page
header is read first, as the document's first paragraphs: it often holds the body's name and
place, printed on every page (a page number there is skipped, its paragraph counted). Footers
(addresses, page numbers), footnotes and comments are not read; Word's automatic list numbers
are put before their paragraphs (extract/readers/docx_numbering.py).

Word 97–2003 files are laid out as this XML and walked by ``_Walker`` too (extract/readers/doc.py),
so both kinds of Word file follow these rules.

A file that is not a readable .docx (not a zip, no word/document.xml, broken XML, a legacy .doc
or a password-protected file) raises ReadError("READ_FAILED"); an empty file READ_EMPTY.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterator

from extract.document import Document, Line, PageBreak, Row, Table
from extract.errors import ReadError
from extract.readers.docx_numbering import Numbering
from extract.readers.tab_tables import tab_cells, tables_from_tab_stops
from normalize.text import clean_text, is_page_number
from schemas.phrases import failure

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# Block-level wrappers whose children stand in their place (content controls, custom XML).
_BLOCK_WRAPPERS = {W + "sdtContent", W + "customXml"}
# Inline elements whose runs are not shown text.
_HIDDEN_INLINE = {W + "del", W + "moveFrom", W + "pPr", W + "rPr", W + "sdtPr", W + "sdtEndPr",
                  W + "instrText", W + "delInstrText"}
_OFF = {"0", "false", "off"}
MAX_SPAN = 1000            # a corrupt gridSpan must not make a row of a billion cells
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
BREAK = "\n"               # line break inside a paragraph, while collecting text
PAGE = "\f"                # page break inside a paragraph, while collecting text
_SPACES = re.compile(r"[ \t\u00a0]+")


def read_docx(data: bytes, source_file: str, sha256: str) -> Document:
    """Bytes of a .docx → Document (page=None; line = paragraph number, see module docstring)."""
    if not data.strip():
        raise ReadError("READ_EMPTY")
    body, numbering, headers = _open_body(data)
    doc = Document(source_file=source_file, sha256=sha256, reader="docx")
    try:
        walker = _Walker(doc, numbering)
        for header in headers:
            walker.blocks(header, page_numbers=False)
        walker.blocks(body)
        doc.blocks = tables_from_tab_stops(doc.blocks, walker.tabbed)
    except ReadError:
        raise
    except Exception as exc:  # corrupt XML the package parser let through: never escape
        raise ReadError("READ_FAILED", detail=failure("docx_unreadable", error=f"{type(exc).__name__}: {exc}")) from None
    return doc


def _open_body(data: bytes):
    """The document's body element, its list numbering and its first section's page headers."""
    if data.startswith(OLE_MAGIC):
        raise ReadError("READ_FAILED", detail=failure("docx_encrypted" if ENCRYPTED in data else "docx_ole"))
    try:
        from docx import Document as open_docx

        document = open_docx(io.BytesIO(data))
        body = document.element.body
    except Exception as exc:  # zip errors, missing parts, wrong content type, broken XML
        raise ReadError("READ_FAILED", detail=failure("docx_invalid", error=f"{type(exc).__name__}: {exc}")) from None
    if body is None:
        raise ReadError("READ_FAILED", detail=failure("docx_no_body"))
    return body, _numbering(document), _headers(document)


def _headers(document) -> list:
    """The first section's page header elements (the first page's own, then the others'), each
    once; none where the file has none or they cannot be read."""
    try:
        section = document.sections[0]
        parts = [section.first_page_header] if section.different_first_page_header_footer else []
        parts.append(section.header)
        elements = [part._element for part in parts if not part.is_linked_to_previous]
    except Exception:  # noqa: BLE001 - no section, or a header part python-docx cannot give
        return []
    return [el for k, el in enumerate(elements) if el is not None and all(el is not e for e in elements[:k])]


def _numbering(document) -> Numbering:
    """The numbering and styles parts, each None where the file has none or it cannot be read."""
    parts = []
    for get in (lambda: document.part.numbering_part.element, lambda: document.styles.element):
        try:
            parts.append(get())
        except Exception:  # noqa: BLE001 - no such part (NotImplementedError, KeyError) or a broken one
            parts.append(None)
    return Numbering(*parts)


class _Walker:
    def __init__(self, doc: Document, numbering: Numbering | None = None) -> None:
        self.doc = doc
        self.paragraphs = 0          # paragraphs seen so far, in reading order (→ line)
        self.numbering = numbering   # the labels Word draws before list paragraphs
        self.breaks = True           # False in a page header: its page numbers and breaks are no page's
        self.tabbed: dict[int, list[str]] = {}  # block index → cells of a paragraph with inner tabs

    # -- body ----------------------------------------------------------------------------------

    def blocks(self, parent, page_numbers: bool = True) -> None:
        outer, self.breaks = self.breaks, page_numbers and self.breaks
        try:
            for el in _block_children(parent):
                if el.tag == W + "p":
                    self.paragraph(el)
                else:
                    self.table(el)
        finally:
            self.breaks = outer

    def _page_break(self, number: int) -> None:
        if self.breaks:
            self.doc.blocks.append(PageBreak(line=number))

    def paragraph(self, p) -> None:
        self.paragraphs += 1
        number = self.paragraphs
        ppr = p.find(W + "pPr")
        if ppr is not None and _on(ppr.find(W + "pageBreakBefore")):
            self._page_break(number)
        label = self.numbering.label(ppr) if self.numbering is not None and ppr is not None else None
        for segment in _paragraph_segments(p):
            if label and segment != PAGE and segment.strip():
                segment, label = f"{label} {segment}", None
            if segment == PAGE:
                self._page_break(number)
                continue
            text = _SPACES.sub(" ", segment).strip()
            if not text:
                continue
            if is_page_number(text):
                self._page_break(number)
            else:
                cells = tab_cells(segment)
                if len(cells) > 1:  # tabs between words: maybe a row of a table set with tab stops
                    self.tabbed[len(self.doc.blocks)] = cells
                self.doc.blocks.append(Line(text=text, line=number))
        for box in _text_boxes(p):
            self.blocks(box)
        if ppr is not None and ppr.find(W + "sectPr") is not None and not _continuous(ppr.find(W + "sectPr")):
            self._page_break(number)

    def table(self, tbl) -> None:
        grid_cells = [list(_cells(tr)) for tr in _rows(tbl)]
        if grid_cells and (len(grid_cells) == 1 or all(len(row) == 1 for row in grid_cells)):
            # one row or one column lays the page out (a frame drawn round a notice, a band of logo
            # and name): its cells are read as the body is, paragraphs as lines, tables as tables
            for tc in (tc for row in grid_cells for tc in row):
                if _continued(tc.find(W + "tcPr")):
                    self.skip(tc)
                else:
                    self.blocks(tc)
            return
        grid = tbl.find(W + "tblGrid")
        width = len(grid.findall(W + "gridCol")) if grid is not None else 0
        rows: list[Row] = []
        header_key = None
        after_break = False
        for tr in _rows(tbl):
            line = self.paragraphs + 1
            cells, under = self.row_cells(tr)
            key = _squash(cells)
            if rows and key and key == header_key:
                after_break = True  # the header typed again where a page began
                continue
            rows.append(Row(cells=cells, line=line, after_break=after_break, under_merged=under))
            after_break = False
            if header_key is None:
                header_key = key
        if not rows:
            return
        width = max([width] + [len(r.cells) for r in rows])
        for row in rows:
            row.cells.extend([""] * (width - len(row.cells)))
        self.doc.blocks.append(Table(rows=rows, line=rows[0].line))

    def row_cells(self, tr) -> tuple[list[str], bool]:
        """The row's cells on the table grid, and whether its first cell continues a vertical merge
        (a row of its own under a merged title)."""
        trpr = tr.find(W + "trPr")
        before = _int_val(trpr, "gridBefore", 0)
        after = _int_val(trpr, "gridAfter", 0)
        cells = [""] * before
        under = False
        for tc in _cells(tr):
            tcpr = tc.find(W + "tcPr")
            span = _int_val(tcpr, "gridSpan", 1)
            if _continued(tcpr):
                self.skip(tc)
                text = ""
                under = under or not cells
            else:
                text = _join_cell(self.cell_paragraphs(tc))
            cells.append(text)
            cells.extend([""] * (span - 1))
        cells.extend([""] * after)
        return cells, under

    # -- cells ---------------------------------------------------------------------------------

    def cell_paragraphs(self, container) -> list[str]:
        """Texts of the paragraphs in a cell, nested tables flattened in reading order."""
        out: list[str] = []
        for el in _block_children(container):
            if el.tag == W + "p":
                self.paragraphs += 1
                parts = [s for s in _paragraph_segments(el) if s != PAGE]
                text = "<br>".join(t for t in (_SPACES.sub(" ", s).strip() for s in parts) if t)
                ppr = el.find(W + "pPr")
                label = self.numbering.label(ppr) if self.numbering is not None and ppr is not None else None
                if text:
                    out.append(f"{label} {text}" if label else text)
                for box in _text_boxes(el):
                    out.extend(self.cell_paragraphs(box))
            else:
                for tr in _rows(el):
                    for tc in _cells(tr):
                        if _continued(tc.find(W + "tcPr")):
                            self.skip(tc)
                        else:
                            out.extend(self.cell_paragraphs(tc))
        return out

    def skip(self, tc) -> None:
        """Count the paragraphs of a cell whose text is not read (vertically continued)."""
        self.paragraphs += sum(1 for _ in tc.iter(W + "p"))


# -- element helpers ---------------------------------------------------------------------------

def _block_children(parent) -> Iterator:
    """w:p and w:tbl children, looking through content controls and custom-XML wrappers."""
    for el in parent:
        tag = el.tag
        if tag in (W + "p", W + "tbl"):
            yield el
        elif tag == W + "sdt":
            content = el.find(W + "sdtContent")
            if content is not None:
                yield from _block_children(content)
        elif tag in _BLOCK_WRAPPERS:
            yield from _block_children(el)
        elif tag == MC + "AlternateContent":
            choice = el.find(MC + "Choice")
            if choice is None:
                choice = el.find(MC + "Fallback")
            if choice is not None:
                yield from _block_children(choice)


def _children(parent, tag: str) -> Iterator:
    """Child elements with this tag (w:tr of a table, w:tc of a row), looking through content
    controls and custom XML that Word wraps around them."""
    for el in parent:
        if el.tag == tag:
            yield el
        elif el.tag in (W + "sdt", W + "customXml"):
            inner = el.find(W + "sdtContent") if el.tag == W + "sdt" else el
            if inner is not None:
                yield from _children(inner, tag)


def _rows(tbl) -> Iterator:
    return _children(tbl, W + "tr")


def _cells(tr) -> Iterator:
    return _children(tr, W + "tc")


def _paragraph_segments(p) -> list[str]:
    """A paragraph's shown text, cut at line breaks; a page break is its own PAGE segment."""
    parts: list[str] = []
    _collect(p, parts)
    segments: list[str] = []
    current: list[str] = []
    for part in parts:
        if part in (BREAK, PAGE):
            segments.append("".join(current))
            current = []
            if part == PAGE:
                segments.append(PAGE)
        else:
            current.append(part)
    segments.append("".join(current))
    return segments


def _collect(el, out: list[str]) -> None:
    for child in el:
        tag = child.tag
        if tag == W + "r":
            _run_text(child, out)
        elif tag in _HIDDEN_INLINE or not isinstance(tag, str):
            continue
        elif tag == MC + "AlternateContent":
            choice = child.find(MC + "Choice")
            if choice is not None:
                _collect(choice, out)
        elif tag.startswith(W):  # hyperlink, ins, smartTag, fldSimple, sdt/sdtContent, moveTo, …
            _collect(child, out)


def _run_text(run, out: list[str]) -> None:
    for child in run:
        tag = child.tag
        if tag == W + "t":
            out.append(child.text or "")
        elif tag in (W + "tab", W + "ptab"):
            out.append("\t")  # a space in the text (_SPACES); a cell's end in a tab-stop table
        elif tag == W + "br":
            out.append(PAGE if child.get(W + "type") == "page" else BREAK)
        elif tag == W + "cr":
            out.append(BREAK)
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag == W + "sym":
            out.append(_symbol(child))


def _symbol(sym) -> str:
    """A symbol inserted from a symbol font (Insert → Symbol: ``<w:sym w:font="Wingdings"
    w:char="F0FC"/>``, a tick in a status column) as the private-use code point a PDF of it carries
    (Word writes the char with or without the font's F000 offset); "" when unreadable."""
    try:
        code = int(sym.get(W + "char") or "", 16)
    except ValueError:
        return ""
    if code < 0x100:
        code += 0xF000
    return chr(code) if 0 < code <= 0x10FFFF else ""


def _text_boxes(p) -> list:
    """Text box contents anchored in a paragraph (the modern copy only, not the VML fallback)."""
    boxes = []
    for box in p.iter(W + "txbxContent"):
        parent, keep = box.getparent(), True
        while parent is not None and parent is not p:
            if parent.tag in (MC + "Fallback", W + "txbxContent"):
                keep = False
                break
            parent = parent.getparent()
        if keep:
            boxes.append(box)
    return boxes


def _on(el) -> bool:
    return el is not None and el.get(W + "val", "true").lower() not in _OFF


def _continuous(sectpr) -> bool:
    kind = sectpr.find(W + "type")
    return kind is not None and kind.get(W + "val") == "continuous"


def _continued(tcpr) -> bool:
    """A cell that continues a merge: vMerge without "restart", or a legacy hMerge continuation."""
    if tcpr is None:
        return False
    vmerge = tcpr.find(W + "vMerge")
    if vmerge is not None and vmerge.get(W + "val", "continue") != "restart":
        return True
    hmerge = tcpr.find(W + "hMerge")
    return hmerge is not None and hmerge.get(W + "val", "continue") != "restart"


def _int_val(pr, name: str, default: int) -> int:
    el = pr.find(W + name) if pr is not None else None
    if el is None:
        return default
    try:
        value = int(el.get(W + "val", default))
    except (TypeError, ValueError):
        return default
    return max(0 if default == 0 else 1, min(value, MAX_SPAN))


def _join_cell(paragraphs: list[str]) -> str:
    if len(paragraphs) == 1:
        return paragraphs[0]
    return " ".join(f"<p>{t}</p>" for t in paragraphs)


def _squash(cells: list[str]) -> str:
    return "".join(clean_text(c) for c in cells).replace(" ", "")

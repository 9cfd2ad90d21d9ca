"""The intermediate document every reader produces and every later stage reads.

A reader's only job is to turn a file into a ``Document``: blocks in reading order, where a
block is a line of running text, a table piece (rows as found on one page or in one run of
tab-separated lines), or a page break. Every block carries its provenance (page for PDF/DOCX,
1-based line for text). Cell and line text is raw: the clean stage (extract/clean.py) cleans it
once before parsing; a row keeps its raw cells next to the clean ones, because ``<p>``/``<li>``
boundaries still matter when cells are split into items.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from schemas.records import Box, Check, Where


@lru_cache(maxsize=4096, typed=True)
def _where(page: int | None, line: int | None, bbox: Box | None = None, cell: int | None = None) -> Where:
    """The (frozen, so shareable) Where of a line, row or cell: parsers ask for it again and again."""
    return Where(page=page, line=line, bbox=bbox, cell=cell)


@dataclass(slots=True)
class Line:
    """One line (or paragraph, for PDF/DOCX) of running text; ``bbox`` its box on a PDF page."""

    text: str
    page: int | None = None
    line: int | None = None
    bbox: Box | None = None

    @property
    def where(self) -> Where:
        return _where(self.page, self.line, self.bbox)


@dataclass(slots=True)
class Row:
    """One table row. ``after_break`` marks the first row after a page break or a gap; ``open_top``
    a PDF row whose top rule the page does not draw (extract/readers/open_rows.py). A PDF
    reader knows the row's box (``bbox``) and each cell's (``boxes``, None for a cell it merged).

    ``cells`` are as read (markup kept: a cell's <br>/<li> items are split from it); ``clean`` holds
    each cell cleaned, filled by the clean stage (extract/clean.py): the text parsers read."""

    cells: list[str]
    page: int | None = None
    line: int | None = None
    after_break: bool = False
    open_top: bool = False  # a PDF row with no rule above it at the page top: cut by the break before it
    under_merged: bool = False  # a row of its own whose first cell a merged cell above covers (HTML rowspan)
    section: str | None = None
    is_section: bool = False
    bbox: Box | None = None
    boxes: list[Box | None] | None = None
    clean: list[str] = field(default_factory=list)
    # cells (0-based columns) an OCR reader found a number in that it could not read surely: left
    # empty, yet not empty (a row whose number is unread is no continuation of the row above)
    unread_numbers: tuple[int, ...] = ()

    @property
    def where(self) -> Where:
        return _where(self.page, self.line, self.bbox)

    def cell_where(self, col: int) -> Where:
        """The Where of cell ``col`` (0-based): the row's, with the cell's number (1-based) and box."""
        box = self.boxes[col] if self.boxes is not None and col < len(self.boxes) else None
        return _where(self.page, self.line, box or self.bbox, col + 1)


@dataclass(slots=True)
class Table:
    """A table piece from a reader, or (after stitching) one logical table.

    In a piece, rows are as found (a continuation piece may start without a header). In a
    logical table ``rows[0]`` is the header row as printed. ``context`` holds the text lines just before the
    table (its title/heading), filled in by stitching.
    """

    rows: list[Row]
    page: int | None = None
    line: int | None = None
    context: list[str] = field(default_factory=list)
    index: int = 0
    bbox: Box | None = None

    @property
    def header(self) -> Row:
        return self.rows[0]

    @property
    def body(self) -> list[Row]:
        return self.rows[1:]

    @property
    def width(self) -> int:
        return max((len(r.cells) for r in self.rows), default=0)

    @property
    def where(self) -> Where:
        return Where(page=self.page, line=self.line, table=self.index or None, bbox=self.bbox)


@dataclass(slots=True)
class PageBreak:
    page: int | None = None
    line: int | None = None


Block = Line | Table | PageBreak


@dataclass(slots=True)
class FileFacts:
    """What a document says about the file it came from. Every stage's document carries them;
    ``checks`` grows by what each stage noticed (a stage adds to a new list, never its input's)."""

    source_file: str
    sha256: str
    reader: str
    pages: int | None = None
    encoding: str | None = None
    ocr_pages: set[int] = field(default_factory=set)
    checks: list[Check] = field(default_factory=list)
    # What a web page says of the site it is on, outside the text it announces (extract/readers/html.py):
    # ``site_names`` the parts of its <title> and its logos' alt texts, ``site_footer`` its footer's lines;
    # numbered on after the page's last line. No parser reads them as the page's text; metadata reads the
    # names only when the text names no body, the footer only for the places of the body it names.
    site_names: tuple[Line, ...] = ()
    site_footer: tuple[Line, ...] = ()

    def facts(self) -> dict[str, Any]:
        """The fields of ``FileFacts`` as keywords for the next stage's document (its own
        ``ocr_pages`` and ``checks`` containers, so adding to them leaves this document as it was)."""
        return {"source_file": self.source_file, "sha256": self.sha256, "reader": self.reader,
                "pages": self.pages, "encoding": self.encoding, "ocr_pages": set(self.ocr_pages),
                "checks": list(self.checks), "site_names": self.site_names, "site_footer": self.site_footer}


@dataclass(slots=True)
class Document(FileFacts):
    """What a reader returns: blocks in reading order plus what it noticed on the way."""

    blocks: list[Block] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        return [b for b in self.blocks if isinstance(b, Line)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def text(self) -> str:
        """All running text, one line per block (tables left out)."""
        return "\n".join(b.text for b in self.blocks if isinstance(b, Line))


@dataclass(slots=True)
class CleanDocument(Document):
    """What the clean stage returns and stitching reads: the read (and repaired) document with its
    line texts clean and its rows carrying their cells cleaned (``Row.clean``) next to the cells as
    read (extract/clean.py)."""


@dataclass(slots=True)
class StitchedDocument(FileFacts):
    """What stitching returns and the parsers read: running text lines and logical tables in
    reading order (page breaks dropped, table pieces joined, section rows marked), their text as
    clean as the clean stage left it."""

    blocks: list[Line | Table] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

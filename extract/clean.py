"""Clean stage: text cleaned once (normalize.text.clean_text), after repair and before stitching,
so stitching and the parsers read it as it is.

Every Line's text and every table cell come out markup-free, invisible-free, NFC and
single-spaced (the lines stitching keeps as a table's context and its section headings are made
of them). A row keeps its cells as read (``Row.cells``) next to the clean ones
(``Row.clean``): normalize.items.split_items cuts a steps/responsible cell at its <br>/<p>/<li>
tags, which cleaning removes. A row continued across a page break is joined to the row above by
its parser, raw cells and clean cells alike (normalize.line_joins.join_lines).
"""
from __future__ import annotations

from dataclasses import replace

from extract.document import CleanDocument, Document, Line, Row, Table
from normalize.text import clean_text


def clean_document(doc: Document) -> CleanDocument:
    """A new document whose lines and cells are clean; ``doc`` is left as it was (its tables and
    rows are copied; page breaks are kept for stitching)."""
    blocks = [replace(b, text=clean_text(b.text)) if isinstance(b, Line)
              else clean_table(b) if isinstance(b, Table) else b for b in doc.blocks]
    site = {"site_names": tuple(replace(b, text=clean_text(b.text)) for b in doc.site_names),
            "site_footer": tuple(replace(b, text=clean_text(b.text)) for b in doc.site_footer)}
    return CleanDocument(**{**doc.facts(), **site}, blocks=blocks)


def clean_table(table: Table) -> Table:
    """A copy of ``table`` with its context and rows clean (``clean_row``)."""
    return replace(table, context=[clean_text(c) for c in table.context], rows=[clean_row(r) for r in table.rows])


def clean_row(row: Row) -> Row:
    """A copy of ``row`` with ``clean`` filled (one clean cell per cell) and its section clean."""
    return replace(row, cells=list(row.cells), clean=[clean_text(c) for c in row.cells],
                   section=clean_text(row.section) if row.section else row.section)

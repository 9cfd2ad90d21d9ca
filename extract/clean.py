"""Clean stage: text cleaned once (normalize.text.clean_text) before the parsers read it.

Every Line's text, every table's context lines (the lines above it) and section headings, and
every table cell come out markup-free, invisible-free, NFC and single-spaced, so a parser reads
them as they are. A row keeps its cells as read (``Row.cells``) next to the clean ones
(``Row.clean``): normalize.items.split_items cuts a steps/responsible cell at its <br>/<p>/<li>
tags, which cleaning removes. A row continued across a page break is joined to the row above by
its parser, raw cells and clean cells alike (normalize.line_joins.join_lines).
"""
from __future__ import annotations

from dataclasses import replace

from extract.document import CleanDocument, Line, Row, StitchedDocument, Table
from normalize.text import clean_text


def clean_document(doc: StitchedDocument) -> CleanDocument:
    """A new document whose lines, table contexts, sections and cells are clean; ``doc`` is left as
    it was (its tables and rows are copied)."""
    blocks: list[Line | Table] = [replace(b, text=clean_text(b.text)) if isinstance(b, Line) else clean_table(b)
                                  for b in doc.blocks]
    return CleanDocument(**doc.facts(), blocks=blocks)


def clean_table(table: Table) -> Table:
    """A copy of ``table`` with its context and rows clean (``clean_row``)."""
    return replace(table, context=[clean_text(c) for c in table.context], rows=[clean_row(r) for r in table.rows])


def clean_row(row: Row) -> Row:
    """A copy of ``row`` with ``clean`` filled (one clean cell per cell) and its section clean."""
    return replace(row, cells=list(row.cells), clean=[clean_text(c) for c in row.cells],
                   section=clean_text(row.section) if row.section else row.section)

"""Clean stage: running text cleaned once (normalize.text.clean_text) before the parsers read it.

Every Line's text and every table's context lines (the lines above it) come out markup-free,
invisible-free, NFC and single-spaced, so a parser reads them as they are. Table cells stay as
read: normalize.items.split_items cuts a steps/responsible cell at its <br>/<p>/<li> tags, and a
cell cut by a page break is joined to the row above (join_lines) before it is cleaned — both need
the raw cell, so the parsers clean the cells they read themselves.
"""
from __future__ import annotations

from dataclasses import replace

from extract.document import CleanDocument, Line, StitchedDocument, Table
from normalize.text import clean_text


def clean_document(doc: StitchedDocument) -> CleanDocument:
    """A new document whose lines and table contexts are clean; ``doc`` is left as it was (its
    tables' rows are shared: the parse stage reads them and changes nothing)."""
    blocks: list[Line | Table] = [
        replace(b, text=clean_text(b.text)) if isinstance(b, Line) else replace(b, context=[clean_text(c) for c in b.context])
        for b in doc.blocks]
    return CleanDocument(**doc.facts(), blocks=blocks)

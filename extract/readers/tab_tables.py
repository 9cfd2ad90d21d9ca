"""Tables a Word file sets with tab stops instead of a table: "มาตรการ⇥ผู้รับผิดชอบ⇥ระยะเวลา" over one
paragraph per row, each cell after a tab. The .docx reader turns tabs into spaces, so such a table
was read as running text and its cells ran into the row's title.

A run of consecutive paragraphs is such a table when its first paragraph is a header (every cell
made of known header words, naming at least two fields: table_header_words, as for tables printed
without rules, gutter_tables) and at least MIN_ROWS paragraphs under it have exactly as many cells.
Where a cell is cut is only known from the tabs, not from where they land: a row with another
number of cells (a long first cell whose tab jumped past a stop, an empty cell) ends the run, and
a header with too few rows under it stays text. Runs of tabs count as one; tabs before the first
cell or after the last (indents, tab leaders) cut nothing.
"""
from __future__ import annotations

from extract.document import Line, Row, Table
from extract.readers.table_header_words import cell_fields

# Body rows a header needs under it (two measures in a table are already a table).
MIN_ROWS = 2


def tab_cells(text: str) -> list[str]:
    """A paragraph's cells between its tabs (one cell when it has no inner tab)."""
    return [" ".join(part.split()) for part in text.strip("\t ").split("\t") if part.strip()]


def _is_header(cells: list[str]) -> bool:
    fields = [cell_fields(c) for c in cells]
    return all(f is not None for f in fields) and len({x for f in fields for x in (f or ())}) >= 2


def tables_from_tab_stops(blocks: list, cells: dict[int, list[str]]) -> list:
    """``blocks`` with each run of tabbed paragraphs that is a table replaced by that ``Table``.
    ``cells``: block index → the cells of a paragraph that has inner tabs."""
    out: list = []
    i = 0
    while i < len(blocks):
        header = cells.get(i)
        if header is None or len(header) < 2 or not _is_header(header):
            out.append(blocks[i])
            i += 1
            continue
        k = i + 1
        while k < len(blocks) and isinstance(blocks[k], Line) and len(cells.get(k) or ()) == len(header):
            k += 1
        if k - i - 1 < MIN_ROWS:
            out.append(blocks[i])
            i += 1
            continue
        rows = [Row(cells=list(cells[j]), line=blocks[j].line) for j in range(i, k)]
        out.append(Table(rows=rows, line=rows[0].line))
        i = k
    return out

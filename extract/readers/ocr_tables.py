"""Tables printed without rules on a scanned page, read from Tesseract's word boxes.

The OCR text splits a line into cells at wide space runs, which holds for a table Tesseract reads
row by row; a table whose columns stand far apart it reads block by block, a column at a time, and
its rows are lost. Here the page's visual lines are rebuilt from the TSV (ocr_layout) and given to
the PDF path's layout reader (gutter_tables: a header of header words over columns kept apart by
white gutters). Precision first: only a page where that reader finds a table is read this way;
any other page keeps the text reading.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from extract.readers import gutter_tables, ocr_layout
from extract.readers.table_header_words import may_be_header_line

POINTS_PER_INCH = ocr_layout.POINTS_PER_INCH
# Tesseract's "single column of text of variable sizes": a row of a table stays one line, where
# --psm 3 may read a column as a block apart, or leave one out.
SECOND_PSM = "4"


@dataclass
class PageLayout:
    """A page read from its word boxes: its blocks top to bottom, the tables found (for the
    auditor's checks) and the noise lines left out; on a page with a grid, its cells read again
    alone (page reading, reading alone) and the page readings of those that read as nothing clear
    (ocr_cells)."""

    blocks: list
    pieces: list[gutter_tables.Piece]
    dropped: list[str]
    reread: list[tuple[str, str]] = field(default_factory=list)
    unclear: list[str] = field(default_factory=list)
    shaded: int = 0  # cells filled grey without text, read as a mark (ocr_grid)


def _lines(text: str, tsv: str, is_ghost: Callable[[str, float], bool]
           ) -> tuple[list[ocr_layout.TessLine], list[str]]:
    """Tesseract's lines less its noise lines (``is_ghost(text, confidence)``), and those lines' text."""
    kept, dropped = [], []
    for line in ocr_layout.tess_lines(tsv, text):
        if is_ghost(_written(line), line.conf):
            dropped.append(_written(line))
        else:
            kept.append(line)
    return kept, dropped


def worth_another_look(text: str, tsv: str, dpi: float) -> bool:
    """A visual line of the page names table columns (header words of two fields or more) and was
    read in pieces, blocks apart: Tesseract cut a table into columns, and may have lost one."""
    groups = ocr_layout.visual_lines(ocr_layout.tess_lines(tsv, text))
    return any(len({line.key[1] for line in g}) > 1 and may_be_header_line(ocr_layout.line_dict(g, dpi)["text"])
               for g in groups)


def read(text: str, tsv: str, number: int, dpi: float, height: float,
         is_ghost: Callable[[str, float], bool], to_blocks: Callable[[str, int], list]) -> PageLayout | None:
    """The page's blocks with the tables gutter_tables finds in its visual lines; None when it finds
    none. Lines outside the tables are read as the OCR text is (``to_blocks``: Tesseract's own lines,
    top to bottom, split at wide space runs)."""
    kept, dropped = _lines(text, tsv, is_ghost)
    groups = ocr_layout.visual_lines(kept)
    if not groups:
        return None
    lines = [ocr_layout.line_dict(g, dpi) for g in groups]
    pieces, rest, _ = gutter_tables.find(lines, number, height, None)  # a scan's table is not carried on
    if not pieces:
        return None
    left = {id(line) for line in rest}
    items: list[tuple[float, list]] = [(piece.top, [piece.table]) for piece in pieces]
    chunk: list[str] = []
    chunk_top = 0.0
    for line, group in zip(lines, groups):
        if id(line) not in left:  # a table's line ends the text above it
            if chunk:
                items.append((chunk_top, to_blocks("\n".join(chunk), number)))
            chunk = []
            continue
        if not chunk:
            chunk_top = line["top"]
        chunk.extend(_written(l) for l in group)
    if chunk:
        items.append((chunk_top, to_blocks("\n".join(chunk), number)))
    items.sort(key=lambda item: item[0])
    return PageLayout(blocks=[b for _, found in items for b in found], pieces=pieces, dropped=dropped)


def _written(line: ocr_layout.TessLine) -> str:
    """A Tesseract line as its text output wrote it (spacing kept), else its words spaced."""
    return line.text or " ".join(w.text for w in line.words)

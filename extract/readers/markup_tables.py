"""Tables a text export writes as markup instead of tabs: HTML ``<table>`` (what converters emit for a
Word table with merged cells) and Markdown pipe tables (``| a | b |`` over ``|---|---|``, in ``.md``
files). Each becomes rows of cells as the tab-separated lines do; a cell keeps its inner markup
(``<br>``, ``<p>``, ``<li>``), which the clean stage reads its items from.

A cell merged over several rows (``rowspan``) is the first row's; the rows under it get an empty cell
there, as a merged cell of a PDF or Word table reads, so a measure's sub-rows join it. A cell merged
over several columns (``colspan``) fills the first and leaves the others empty.
"""
from __future__ import annotations

from html.parser import HTMLParser

import regex
from normalize import patterns

TABLE_START = patterns.compile(r"<table\b", regex.IGNORECASE)
TABLE_END = patterns.compile(r"</table\s*>", regex.IGNORECASE)
_PIPE_SPLIT = patterns.compile(r"(?<!\\)\|")


def pipe_cells(line: str, bare: bool = False) -> list[str] | None:
    """The cells of a Markdown table line ("| a | b |"; with ``bare``, also "a | b", as a table under
    a "---|---" rule may write its rows), else None."""
    text = line.strip()
    outer = text.startswith("|") and text.endswith("|") and len(text) >= 3
    if not (outer or (bare and "|" in text)):
        return None
    if outer:
        text = text[1:-1]
    cells = [c.strip().replace("\\|", "|") for c in _PIPE_SPLIT.split(text)]
    return cells if len(cells) >= 2 else None


class _Rows(HTMLParser):
    """The rows of one HTML table as written: (line of the row's <tr>, [(inner markup, colspan,
    rowspan)])."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.rows: list[tuple[int, list[tuple[str, int, int]]]] = []
        self._row: list[tuple[str, int, int]] | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._depth = 0  # nested tables: their markup is text of the outer cell

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._depth += 1
        if self._depth > 1 or tag not in ("table", "tr", "td", "th"):
            self._text(self.get_starttag_text() or "")
        elif tag == "tr":
            self._end_row()
            self.rows.append((self.getpos()[0], []))
            self._row = self.rows[-1][1]
        elif tag in ("td", "th"):
            self._end_cell()
            if self._row is None:  # a cell with no <tr> before it
                self.rows.append((self.getpos()[0], []))
                self._row = self.rows[-1][1]
            values = dict(attrs)
            self._span = (_int(values.get("colspan")), _int(values.get("rowspan")))
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if self._depth > 1 or tag not in ("table", "tr", "td", "th"):
            self._text(f"</{tag}>")
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag in ("tr", "table"):
            self._end_row()
        if tag == "table":
            self._depth -= 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._text(self.get_starttag_text() or "")

    def handle_data(self, data: str) -> None:
        self._text(data)

    def handle_entityref(self, name: str) -> None:
        self._text(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._text(f"&#{name};")

    def _text(self, text: str) -> None:
        if self._cell is not None:
            self._cell.append(text)

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            self._row.append((" ".join("".join(self._cell).split()), *self._span))
        self._cell = None

    def _end_row(self) -> None:
        self._end_cell()
        self._row = None


def _int(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 50))
    except ValueError:
        return 1


def html_rows(markup: str) -> list[tuple[int, list[str], bool]]:
    """(1-based line within ``markup`` of the row's <tr>, cells, whether a merged cell above covers
    its first cell) of each row of the tables in ``markup``, merged cells laid out on the grid (HTML's
    own table model)."""
    parser = _Rows()
    parser.feed(markup)
    parser.close()
    out: list[tuple[int, list[str], bool]] = []
    covered: dict[int, int] = {}  # column → rows below a rowspan still covers
    for line, written in parser.rows:
        cells: list[str] = []
        spans: dict[int, int] = {}
        under = covered.get(0, 0) > 0
        for text, colspan, rowspan in written:
            while covered.get(len(cells), 0) > 0:
                cells.append("")
            if rowspan > 1:
                spans.update((c, rowspan - 1) for c in range(len(cells), len(cells) + colspan))
            cells += [text] + [""] * (colspan - 1)
        while covered.get(len(cells), 0) > 0:
            cells.append("")
        covered = {c: n - 1 for c, n in covered.items() if n > 1} | spans
        if any(c.strip() for c in cells):
            out.append((line, cells, under))
    return out

"""Text lines and table cells from a page's chars: pdfplumber's word and line layout, for the one
setting the PDF reader uses, over plain lists.

pdfplumber's ``extract_text_lines`` and ``Table.extract`` are general (any direction, layout
mode, extra attributes, ligatures, search) and cost more per char than reading the char from
pdfium: each char goes through item getters, lambdas and per-row and per-cell box tests. The
reader always asks the same thing of them — x and y tolerance 3, blank chars kept, no layout,
left to right and top to bottom (turned chars the other way round, as pdfplumber does) — so
this module does just that, in the same steps and with the same tie-breaks, and gives the same
lines and cells (tests/test_char_layout.py compares both on every page of every sample PDF,
with each reader's chars):

1. chars are taken in runs of one ``upright`` value; each run is clustered into lines by
   ``top`` (values chained while within 3 pt), lines in order of their cluster, chars of a
   line sorted by ``x0`` (stable);
2. a line's chars split into words where a char starts left of the previous one's start or
   more than 3 pt right of its end, or 3 pt above or below it;
3. page text: words clustered by ``top`` in list order (a cluster broken by another one's words
   is two lines), joined by one space; cell text: words clustered by ``top`` in cluster order.

One deliberate difference: a turned line whose text runs up the page (its matrix's b > 0: a header
Word prints "bottom to top" in a narrow column) is read from its foot, as pdfplumber reads it with
``char_dir_rotated="btt"``, and in a cell such lines follow left to right; pdfplumber by default
reads every turned line downwards, the letters of "ต.ค. 67" backwards.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from itertools import groupby
from operator import itemgetter
from typing import Any

from normalize import patterns
from normalize.line_joins import join_lines

# pdfplumber's DEFAULT_X_TOLERANCE and DEFAULT_Y_TOLERANCE, the reader's settings
TOLERANCE = 3
# pdfplumber's LIGATURES (expand_ligatures=True is its default)
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
_LINE = re.compile(r"([^\n]+)")  # TextMap.extract_text_lines(strip=False)
BLANKS = patterns.compile(r"[^\S\n]+")  # the regex module's blanks, as the reader has always used

Char = dict[str, Any]


def _clusters(objs: list, key: Callable[[Any], float]) -> list[list]:
    """pdfplumber's ``cluster_objects(objs, key, 3)``: values sorted and chained while each is
    within the tolerance of the one before; groups in cluster order, members in list order."""
    values = list(map(key, objs))  # each key read once (a Python call a char when not C)
    ids, n = _cluster_ids(values)
    groups: list[list] = [[] for _ in range(n)]
    for obj, value in zip(objs, values):
        groups[ids[value]].append(obj)
    return groups


def _cluster_ids(values: list[float]) -> tuple[dict[float, int], int]:
    """Each value's cluster (values sorted, chained while within the tolerance) and how many."""
    ids: dict[float, int] = {}
    last: float | None = None
    n = -1
    for value in sorted(set(values)):
        if last is None or value > last + TOLERANCE:
            n += 1
        ids[value] = n
        last = value
    return ids, n + 1


# the char's keys read by C item getters, not Python functions: calls made per char
_top = itemgetter("top")
_x0 = itemgetter("x0")
_top_bottom = itemgetter("top", "bottom")
_upright = itemgetter("upright")
_text = itemgetter("text")


def words(chars: list[Char]) -> Iterator[list[Char]]:
    """pdfplumber's words (``WordExtractor(keep_blank_chars=True).iter_extract_tuples``), as
    their lists of chars; a turned line whose text runs up the page (a table header Word prints
    "bottom to top" to fit a narrow column) as pdfplumber reads it with ``char_dir_rotated="btt"``
    (by default it reads every turned line downwards: "76 . ค. ต" for "ต.ค. 67")."""
    for upright, run in groupby(chars, key=_upright):
        group = list(run)
        if upright:  # lines by top, chars by x0
            for line in _clusters(group, _top):
                yield from _split(sorted(line, key=_x0), "ltr")
            continue
        for line in _clusters(group, _x0):  # turned text: lines by x0 (x tolerance)
            if _runs_up(line):
                yield from _split(sorted(line, key=_bottom_top_down), "btt")
            else:
                yield from _split(sorted(line, key=_top_bottom), "ttb")


def _runs_up(line: list[Char]) -> bool:
    """Whether most chars of a turned line are set running up the page: their text matrix turns
    the baseline to point up (b > 0 in PDF space, whose y axis points up)."""
    up = sum(1 for c in line if (c.get("matrix") or (0, 0))[1] > 0)
    return up * 2 > len(line)


def _bottom_top_down(char: Char) -> tuple[float, float]:
    """pdfplumber's sort key for "btt" chars: bottom, then top, both from the page's foot."""
    return -char["bottom"], -char["top"]


# (start, end, line, sign) of the chars pdfplumber compares in a line of each direction: a "btt" line
# runs up the page, so its chars start at their bottom and are compared negated
_AXES = {"ltr": ("x0", "x1", "top", 1.0), "ttb": ("top", "bottom", "x0", 1.0), "btt": ("bottom", "top", "x0", -1.0)}


def _split(line: list[Char], direction: str) -> Iterator[list[Char]]:
    """``iter_chars_to_words`` on one sorted line."""
    a, b, c, sign = _AXES[direction]
    word: list[Char] = []
    for char in line:
        if char["text"] == "":  # pdfplumber: "" is in its (empty) punctuation set, a word alone
            if word:
                yield word
            yield [char]
            word = []
            continue
        if word:
            prev = word[-1]
            start = sign * char[a]
            if (start < sign * prev[a] or start > sign * prev[b] + TOLERANCE
                    or abs(char[c] - prev[c]) > TOLERANCE):
                yield word
                word = [char]
                continue
        word.append(char)
    if word:
        yield word


def _expand(text: str) -> str:
    return LIGATURES.get(text, text)


def _word_top(word: list[Char]) -> float:
    return min(map(_top, word))


def text_lines(chars: list[Char]) -> list[dict[str, Any]]:
    """``Page.extract_text_lines(strip=False, keep_blank_chars=True)`` of a page with these chars:
    dicts with ``text``, ``x0``, ``top``, ``x1``, ``bottom`` and ``chars``."""
    found = [(min(map(_top, w)), w) for w in words(chars)]
    if not found:
        return []
    # words clustered by top in list order: a run of one cluster is one line
    ids, _ = _cluster_ids([top for top, _ in found])
    letters: list[str] = []
    owners: list[Char | None] = []
    line_len = 0
    previous: int | None = None
    for top, word in found:
        cluster = ids[top]
        if previous is not None and cluster != previous:
            letters.append("\n")
            owners.append(None)
            line_len = 0
        previous = cluster
        if line_len:
            letters.append(" ")
            owners.append(None)
            line_len += 1
        for char in word:
            written: str = char["text"]
            expanded = LIGATURES.get(written, written)  # _expand, inlined: a call a char
            if len(expanded) == 1:
                letters.append(expanded)
                owners.append(char)
                line_len += 1
                continue
            for letter in expanded:
                letters.append(letter)
                owners.append(char)
                line_len += 1
    string = "".join(letters)
    lines = []
    for match in _LINE.finditer(string):
        text = match.group(1)
        if not text.strip():
            continue
        own = [c for c in owners[match.start(1):match.end(1)] if c is not None]
        lines.append({"text": text, "x0": min(c["x0"] for c in own), "top": min(c["top"] for c in own),
                      "x1": max(c["x1"] for c in own), "bottom": max(c["bottom"] for c in own), "chars": own})
    return lines


def cell_text(chars: list[Char]) -> str:
    """``pdfplumber.utils.extract_text(chars, keep_blank_chars=True)``: words joined by a space,
    lines (words clustered by top) by a newline."""
    return "\n".join(" ".join(map(word_text, line)) for line in cell_line_words(chars))


def cell_line_words(chars: list[Char]) -> list[list[list[Char]]]:
    """The lines of ``cell_text`` as lists of words (each a list of chars): words clustered by top;
    words running up the page (a header set "bottom to top") by their left edge (``_turned_lines``)."""
    found = list(words(chars))
    # (text running down the page keeps pdfplumber's reading: words clustered by top with the rest)
    turned = [w for w in found if not w[0]["upright"] and _runs_up(w)]
    if turned:
        found = [w for w in found if w[0]["upright"] or not _runs_up(w)]
    ids, n = _cluster_ids([min(map(_top, w)) for w in found])
    lines: list[list[list[Char]]] = [[] for _ in range(n)]
    for w in found:
        lines[ids[min(map(_top, w))]].append(w)
    return lines + _turned_lines(turned) if turned else lines


def _turned_lines(turned: list[list[Char]]) -> list[list[list[Char]]]:
    """Words running up the page as lines: clustered by left edge, lines left to right (their tops
    face left), each read from its foot."""
    lines = _clusters(turned, lambda w: min(map(_x0, w)))
    lines.sort(key=lambda line: min(min(map(_x0, w)) for w in line))
    return [sorted(line, key=lambda w: -max(c["bottom"] for c in w)) for line in lines]


def word_text(word: list[Char]) -> str:
    """A word's text, ligatures expanded."""
    return "".join([LIGATURES.get(t, t) for t in map(_text, word)])


def join_cell_lines(text: str | None) -> str:
    """A cell's wrapped lines (pdfplumber joins them with newlines) → one string."""
    return join_lines(BLANKS.sub(" ", text).split("\n"), edge_spaces=True) if text else ""


def centres(chars: list[Char]) -> list[tuple[float, float, Char]]:
    """(x, y, char) of each char's centre, which places it in a table's row and cell."""
    return [((char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2, char) for char in chars]


def table_cells(table: Any, chars: list[Char], centred: list[tuple[float, float, Char]] | None = None
                ) -> list[list[str | None]]:
    """``table.extract(keep_blank_chars=True)`` (a pdfplumber ``Table``) with ``chars`` as its
    page's chars: a char is in a row or cell when its centre is (left and top edges included).
    ``centred``: ``centres(chars)``, made once for a page's tables."""
    return [[None if got is None else cell_text(got) if got else "" for got in row]
            for row in table_cell_chars(table, chars, centred)]


def table_cell_chars(table: Any, chars: list[Char], centred: list[tuple[float, float, Char]] | None = None
                     ) -> list[list[list[Char] | None]]:
    """The chars of each cell of each row of ``table`` (None for a merged cell), as ``table_cells``
    reads them."""
    x0, top, x1, bottom = table.bbox
    if centred is None:
        centred = centres(chars)
    # every row's box lies within the table's
    inside = [t for t in centred if x0 <= t[0] < x1 and top <= t[1] < bottom]
    # each row's chars (centre within its top and bottom) found by bisection in the chars sorted by
    # centre, then put back in page order: rows × chars box tests were a third of the cells' time
    order = sorted(range(len(inside)), key=lambda k: inside[k][1])
    ys = [inside[k][1] for k in order]
    out: list[list[list[Char] | None]] = []
    for row in table.rows:
        rx0, rtop, rx1, rbottom = row.bbox
        span = sorted(order[bisect_left(ys, rtop):bisect_left(ys, rbottom)])
        row_chars = [t for t in map(inside.__getitem__, span) if rx0 <= t[0] < rx1]
        out.append(_cell_chars(row.cells, row_chars))
    return out


def _cell_chars(cells: list, row_chars: list[tuple[float, float, Char]]) -> list[list[Char] | None]:
    """The chars of each cell of a row (None for a merged cell), in the row's order. Cells side by
    side (none overlapping another in x, as a ruled grid's are) are found by bisection of a char's
    centre among their left edges, a test a char instead of one a cell and char."""
    live = sorted((cell[0], k) for k, cell in enumerate(cells) if cell is not None)
    found: list[list[Char] | None] = [None if cell is None else [] for cell in cells]
    if all(cells[a][2] <= cells[b][0] for (_, a), (_, b) in zip(live, live[1:])):
        lefts = [x for x, _ in live]
        for h, v, c in row_chars:
            at = bisect_right(lefts, h) - 1
            if at >= 0:
                k = live[at][1]
                _, ctop, cx1, cbottom = cells[k]
                if h < cx1 and ctop <= v < cbottom:
                    found[k].append(c)  # type: ignore[union-attr]
        return found
    for k, cell in enumerate(cells):
        if cell is not None:
            cx0, ctop, cx1, cbottom = cell
            found[k] = [c for h, v, c in row_chars if cx0 <= h < cx1 and ctop <= v < cbottom]
    return found

"""Prose set in two columns, read column by column.

The reader clusters a page's chars into lines by their top across the page's width, so a page of
prose in two columns (an annual report, a newsletter, CSS or Word columns) gave lines that join the
left column's line to the right column's, and paragraphs that mix both. Here a run of consecutive
lines is split in two where one vertical white band (the gutter) stays open through every line of
it: at least GUTTER_EM wide, text on both sides, MIN_LINES lines with MIN_SIDE_LINES on each side,
both columns wide (MIN_SHARE of the text's width) and read as wrapped prose (most lines of a side
fill its width). Each side's chars are laid out as lines again (char_layout.text_lines).

Precision first: a label/value form (short labels), a signature block or a list of short cells in
two columns has a side of short lines, or a wide gap between sides, and stays as it was read.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from extract.readers.char_layout import text_lines

Line = dict[str, Any]

# A gutter is a white band at least this many font sizes wide through every line: CSS's default
# column gap is 1 em and Word's 1.25 cm (~2.5 em at 14 pt); a word space is ~0.3 em, and justified
# prose never leaves a wider gap at one place down many lines.
GUTTER_EM = 1.0
# Column gutters are narrow beside the columns (Word's default is under a tenth of the text width);
# a wider white band is the gap of a form or list laid out apart.
MAX_GUTTER_SHARE = 0.15
# A few lines side by side may be anything (a signature block, a caption); columns of prose run on.
MIN_LINES = 8
MIN_SIDE_LINES = 6
# Each column holds at least this share of the text's width (a sidebar of labels does not).
MIN_SHARE = 0.3
# A line filling this share of its column's width is wrapped text (ragged Thai ends a long word
# short of the edge); prose has at least MIN_FULL_SHARE of its lines so, a column of labels few.
FULL_WIDTH = 0.75
MIN_FULL_SHARE = 0.6
# A white gap of more than this many font sizes between lines ends a run (columns end there).
MAX_GAP_EM = 3.0
# A side that skips a line slot (its lines this many line pitches apart, top to top) while the other
# side goes on is a table's shorter cell: a column of prose runs on, its paragraphs spaced less than a
# line apart. Its rows read across belong together, so such a run is left as it was read.
HOLE_PITCHES = 2.0


@dataclass
class Run:
    """Lines read in two columns: ``top`` is where the run starts on the page; ``columns`` the
    left column's lines and the right column's, each rebuilt from its own chars."""

    top: float
    columns: tuple[list[Line], list[Line]]


# (x0, x1) of a line's visible chars, left to right, and its font size
Ink = tuple[list[tuple[float, float]], float]


def split(lines: list[Line], spans: Sequence[tuple[float, float]] = ()) -> tuple[list[Line], list[Run]]:
    """The lines outside runs of two-column prose (in their order), and the runs. ``lines``:
    ``text_lines`` of a page (with their chars), top to bottom; ``spans``: (top, bottom) of the page's
    tables, which end a run."""
    if not any(map(_may_have_gap, lines)):
        return lines, []  # the common page: no line leaves a gutter-wide gap (one cheap pass a line)
    inks = [_ink(line) for line in lines]
    x = _gutter_at(inks)
    if x is None:  # no line has a wide gap with text on both sides: an ordinary page
        return lines, []
    rest: list[Line] = []
    runs: list[Run] = []
    group: list[int] = []
    for i, line in enumerate(lines):
        band = _band(inks[i], x)
        if group and (band is None or _breaks(lines[group[-1]], line, inks[i][1], spans)):
            _close(group, lines, inks, x, rest, runs)
            group = []
        if band is None:
            rest.append(line)
        else:
            group.append(i)
    _close(group, lines, inks, x, rest, runs)
    return rest, runs


def _close(group: list[int], lines: list[Line], inks: list[Ink], x: float, rest: list[Line],
           runs: list[Run]) -> None:
    """The lines of ``group`` go to ``runs`` as one run, or back to ``rest`` when they are not one."""
    run = _run([lines[i] for i in group], [inks[i] for i in group], x) if group else None
    if run is None:
        rest.extend(lines[i] for i in group)
    else:
        runs.append(run)


def _may_have_gap(line: Line) -> bool:
    """Whether the line might leave a gap of GUTTER_EM font sizes between its visible chars: its widest
    gap (its chars are in x order) against its smallest font size, which no median is below (the
    line's height when its chars carry none, as ``_ink`` takes it)."""
    end = None
    widest = 0.0
    smallest = float("inf")
    sizeless = False
    for c in line["chars"]:
        if c["text"].isspace():
            continue
        x0, x1 = c["x0"], c["x1"]
        if end is not None and x0 - end > widest:
            widest = x0 - end
        if end is None or x1 > end:
            end = x1
        size = c.get("size") or 0.0
        if size <= 0.0:
            sizeless = True
        elif size < smallest:
            smallest = size
    if widest <= 0.0:
        return False
    if sizeless:  # a median of no size is the line's height
        smallest = min(smallest, float(line["bottom"] - line["top"]))
    return widest >= GUTTER_EM * smallest


def _ink(line: Line) -> Ink:
    """The line's visible chars' extents and its font size (their median size, as the paragraph
    reader takes it; the line's height when the chars carry none)."""
    ink = [c for c in line["chars"] if not c["text"].isspace()]
    sizes = sorted(float(c.get("size") or 0.0) for c in ink)
    size = sizes[len(sizes) // 2] if sizes else 0.0
    return sorted((c["x0"], c["x1"]) for c in ink), size or float(line["bottom"] - line["top"])


def _gutter_at(inks: list[Ink]) -> float | None:
    """The x that most lines leave white in a gap at least GUTTER_EM wide with ink on both sides
    (None when no line has such a gap)."""
    events: list[tuple[float, int]] = []
    for ink, em in inks:
        end = None
        for x0, x1 in ink:
            if end is not None and x0 - end >= GUTTER_EM * em:
                events += [(end, 1), (x0, -1)]
            end = x1 if end is None else max(end, x1)
    if not events:
        return None
    events.sort()
    best, at, count = 0, None, 0
    for (x, step), (following, _) in zip(events, events[1:]):
        count += step
        if count > best and following > x:
            best, at = count, (x + following) / 2
    return at


def _band(line: Ink, x: float) -> tuple[float, float] | None:
    """The white band of the line around ``x`` (an open side as ±inf); None when ink covers ``x`` or
    leaves less than GUTTER_EM there."""
    ink, em = line
    left, right = float("-inf"), float("inf")
    for x0, x1 in ink:
        if x0 < x < x1:
            return None
        if x1 <= x:
            left = max(left, x1)
        elif x0 < right:
            right = x0
    return (left, right) if right - left >= GUTTER_EM * em else None


def _breaks(prev: Line, line: Line, em: float, spans: Sequence[tuple[float, float]]) -> bool:
    """Whether a white gap or a table between the two lines ends a run."""
    if line["top"] - prev["bottom"] > MAX_GAP_EM * em:
        return True
    return any(prev["top"] < (top + bottom) / 2 < line["top"] for top, bottom in spans)


def _run(lines: list[Line], inks: list[Ink], x: float) -> Run | None:
    """The lines as a run of two columns split at ``x``, or None when they are not one."""
    if len(lines) < MIN_LINES:
        return None
    em = sorted(size for _, size in inks)[len(inks) // 2]
    bands = [b for b in (_band(ink, x) for ink in inks) if b is not None]
    lo, hi = max(b[0] for b in bands), min(b[1] for b in bands)
    sides = [[(line["top"], min(s[0] for s in side), max(s[1] for s in side))
              for line, side in zip(lines, ([s for s in ink if (s[1] <= lo) == left] for ink, _ in inks)) if side]
             for left in (True, False)]
    if hi - lo < GUTTER_EM * em or min(map(len, sides)) < MIN_SIDE_LINES:
        return None
    width = max(x1 for _, _, x1 in sides[1]) - min(x0 for _, x0, _ in sides[0])
    if hi - lo > MAX_GUTTER_SHARE * width or not all(_prose(side, width) for side in sides):
        return None
    cut = (lo + hi) / 2
    # a line lists a char once per letter of its text (a Thai cluster's span text on one glyph)
    chars = list({id(c): c for line in lines for c in line["chars"]}.values())
    left, right = ([l for l in text_lines([c for c in chars if ((c["x0"] + c["x1"]) / 2 < cut) == side])
                    if l["text"].strip()] for side in (True, False))
    return Run(top=min(l["top"] for l in lines), columns=(left, right))


def _prose(side: list[tuple[float, float, float]], width: float) -> bool:
    """Whether one side's lines (top, x0, x1 of their ink, top to bottom) read as a column of prose:
    wide, mostly full lines, no line slot skipped."""
    x0, x1 = min(a for _, a, _ in side), max(b for _, _, b in side)
    full = sum(1 for _, _, end in side if end - x0 >= FULL_WIDTH * (x1 - x0))
    steps = sorted(b[0] - a[0] for a, b in zip(side, side[1:]))
    return (x1 - x0 >= MIN_SHARE * width and full >= MIN_FULL_SHARE * len(side)
            and steps[-1] < HOLE_PITCHES * steps[len(steps) // 2])

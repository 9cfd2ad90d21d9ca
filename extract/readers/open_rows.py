"""Rules a table's rows need but the page does not draw: a row cut by a page break.

A row that breaks across pages is drawn on each page with its column rules but, by some producers
(Chromium/Skia, some Word setups), without a rule where the page cuts it. pdfplumber's table finder
builds cells only where four rules meet, so the cut row's text fell out of the table on both pages
and the tables around the break could no longer be stitched. The missing rule is implied where
several column rules of one grid end (or start) together with no rule there: it is given to the
finder as an explicit line across those columns.
"""
from __future__ import annotations

from pdfplumber.table import merge_edges

# Points within which rule ends count as one end, and a rule meets another (pdfplumber's default
# snap/intersection tolerance is 3).
TOLERANCE = 3.0
# Column rules needed to imply a row rule: one rule ending is a decoration, two or more a grid.
MIN_RULES = 2


def implied_row_rules(edges: list[dict]) -> list[dict]:
    """Horizontal rules (pdfplumber edge dicts) where at least MIN_RULES vertical rules of a grid
    end, or start, at one height with no horizontal rule there."""
    # a rule drawn in segments (Chromium paints a merged cell's side once per row it spans) ends only
    # where its last segment does: joined first, as pdfplumber's table finder joins them
    vertical = [e for e in merge_edges([e for e in edges if e["orientation"] == "v"], TOLERANCE, TOLERANCE,
                                       TOLERANCE, TOLERANCE) if e["bottom"] - e["top"] > TOLERANCE]
    # a rule drawn as a thin rectangle also gives edges as long as it is thin: not rules
    horizontal = [e for e in edges if e["orientation"] == "h" and e["x1"] - e["x0"] > TOLERANCE]
    found: list[dict] = []
    for end in ("bottom", "top"):
        open_ends = [v for v in vertical if _in_grid(v, horizontal) and not _closed(v, v[end], horizontal)]
        for group in _same_height(open_ends, end):
            if len(group) >= MIN_RULES:
                y = sum(v[end] for v in group) / len(group)
                x0, x1 = min(v["x0"] for v in group), max(v["x1"] for v in group)
                found.append({"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0,
                              "orientation": "h", "object_type": "line"})
    return found


def opens_at(top: float | None, implied: list[dict]) -> bool:
    """A row whose top is one of the implied rules: its page does not draw the rule above it."""
    return top is not None and any(abs(rule["top"] - top) <= TOLERANCE for rule in implied)


def _in_grid(v: dict, horizontal: list[dict]) -> bool:
    """The vertical rule crosses or meets some horizontal rule: it belongs to a ruled table."""
    return any(h["x0"] - TOLERANCE <= v["x0"] <= h["x1"] + TOLERANCE
               and v["top"] - TOLERANCE <= h["top"] <= v["bottom"] + TOLERANCE for h in horizontal)


def _closed(v: dict, y: float, horizontal: list[dict]) -> bool:
    return any(abs(h["top"] - y) <= TOLERANCE and h["x0"] - TOLERANCE <= v["x0"] <= h["x1"] + TOLERANCE
               for h in horizontal)


def _same_height(rules: list[dict], end: str) -> list[list[dict]]:
    groups: list[list[dict]] = []
    for v in sorted(rules, key=lambda r: r[end]):
        if groups and abs(groups[-1][-1][end] - v[end]) <= TOLERANCE:
            groups[-1].append(v)
        else:
            groups.append([v])
    return groups

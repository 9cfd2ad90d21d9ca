"""Thai combining marks kept on their base character, whichever library read the glyphs.

A Thai mark (above or below vowel, tone mark, thanthakhat…) has no advance of its own: it is
drawn over the consonant before it. Two things go wrong when text is laid out by boxes:

- a mark listed in the wrong place: pdfium lists some tone marks after the next letter
  ("ได้กำหนด" → "ไดก้ำหนด") and some /ActualText vowels after the tone above them. Where the mark
  is *drawn* tells the truth, so ``reorder_marks`` moves each mark to the base of its line it is
  drawn on, and puts the marks of one base in Thai order.
- a mark sorted by its own box: pdfminer places a zero-width mark at its own x0, often left of
  its base's, so sorting by x moves it one base to the right ("จดั"). ``attach_marks`` gives each
  mark its base's box, so a stable sort keeps it there and no word break starts at it.

Both work on pdfplumber-style char dicts (``text``, ``x0``, ``x1``, ``bottom``, ``size``; the
drawn extent ``ink`` = (x0, x1) where the reader knows it).
"""
from __future__ import annotations

THAI_MARKS = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
# Order of marks on one base (as Unicode and Thai typing write them): vowel marks, tones, the rest.
_RANK = {**{m: 0 for m in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47"},
         **{m: 1 for m in "\u0e48\u0e49\u0e4a\u0e4b"}, **{m: 2 for m in "\u0e4c\u0e4d\u0e4e"}}
# How far (in chars of the list) a mark's true base may be: a line's length, so a mark pdfium
# lists at the end of its line still finds its base.
REACH = 200
# Same line: baselines closer than this share of the font size.
SAME_LINE = 0.3
# A mark whose ink ends within this share of the font size of its listed base's right edge is
# on it (marks on tall consonants ป ฝ ฟ are drawn a little left); one further off goes to the
# base of its line whose right edge is nearest, if that is within FAR.
FIT = 0.2
FAR = 0.4


def is_mark(char: dict) -> bool:
    text = char.get("text", "")
    if len(text) == 1:  # nearly every char: one set lookup
        return text in THAI_MARKS
    return _all_marks(text)


def reorder_marks(chars: list[dict]) -> list[dict]:
    """Move each mark drawn over another base of its line than the one it is listed after to
    that base (among its marks in Thai order). Chars without ``ink`` stay where they are.

    A mark has no advance: fonts draw it left of the pen position, which is the end of its
    base's advance. So its ink's right edge sits at (or, on tall consonants, a little left of)
    its base's right edge, and the base is the one whose right edge is nearest.

    Most pages have no mark to move: they are checked in one plain loop, and the walk that
    moves marks starts at the first mark that moves (nothing before it changes)."""
    out = list(chars)
    for i, char in enumerate(out):
        ink = char.get("ink")
        if ink is not None and is_mark(char) and _moves(out, i, ink[1], max(char.get("size") or 0.0, 1.0)):
            _move_marks(out, i)
            break
    return _in_thai_order(out)


def _moves(chars: list[dict], i: int, anchor: float, size: float) -> bool:
    """Whether the mark at ``i`` (ink right edge ``anchor``) is drawn over another base of its
    line than the one it is listed after."""
    listed = _base_before(chars, i)
    if listed is not None and _gap(chars[listed], anchor) <= FIT * size:
        return False
    target = _base_under(chars, i, anchor, size)
    return target is not None and target != listed


def _move_marks(out: list[dict], i: int) -> None:
    """``reorder_marks``' walk from ``i`` on, in place."""
    moved: set[int] = set()  # a mark is moved once at most, so the walk always ends
    while i < len(out):
        char = out[i]
        ink = char.get("ink")
        if ink is None or id(char) in moved or not is_mark(char):
            i += 1
            continue
        size = max(char.get("size") or 0.0, 1.0)
        listed = _base_before(out, i)
        if listed is not None and _gap(out[listed], ink[1]) <= FIT * size:
            i += 1
            continue
        target = _base_under(out, i, ink[1], size)
        if target is None or target == listed:  # near no base (or no better one): left as it is
            i += 1
            continue
        out.pop(i)
        at = (target if target < i else target - 1) + 1
        rank = _RANK.get(char["text"][0], 2)
        while at < len(out) and is_mark(out[at]) and _RANK.get(out[at]["text"][0], 2) <= rank:
            at += 1
        out.insert(at, char)
        moved.add(id(char))
        if at < i:  # moved back: what followed the mark is now at i + 1
            i += 1


def _gap(base: dict, anchor: float) -> float:
    """How far a mark's ink right edge is from a base's right edge (inf: not over the base)."""
    return abs(anchor - base["x1"]) if base["x0"] < anchor else float("inf")


def _base_before(chars: list[dict], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if not is_mark(chars[j]):
            return j if chars[j].get("text", "").strip() else None
    return None


def _base_under(chars: list[dict], i: int, anchor: float, size: float) -> int | None:
    """The base within REACH of ``i`` on the mark's line whose right edge is nearest the mark's
    ink right edge, if that is within FAR font sizes. (``_gap``'s test comes first: few chars
    of a line are near the mark, so most are passed over on their box alone.)"""
    mark = chars[i]
    bottom, line = mark["bottom"], SAME_LINE * size
    best, best_gap = None, FAR * size
    start = max(0, i - REACH)
    for j, base in enumerate(chars[start:i + REACH + 1], start):
        if base["x0"] < anchor:
            gap = abs(anchor - base["x1"])
            if (gap < best_gap and j != i and abs(base["bottom"] - bottom) <= line and not is_mark(base)
                    and base.get("text", "").strip()):
                best, best_gap = j, gap
    return best


def _in_thai_order(chars: list[dict]) -> list[dict]:
    """Each run of marks on one base sorted vowel, tone, other (stable): pdfium emits an
    /ActualText vowel after the tone drawn above it ("รู้" for "รู้")."""
    at = [i for i, mark in enumerate(marks_of(chars)) if mark]
    k, n = 0, len(at)
    while k < n:
        j = k
        while j + 1 < n and at[j + 1] == at[j] + 1:
            j += 1
        if j > k:  # marks at[k] .. at[j] follow one another
            chars[at[k]:at[j] + 1] = sorted(chars[at[k]:at[j] + 1], key=lambda c: _RANK.get(c["text"][0], 2))
        k = j + 1
    return chars


def marks_of(chars: list[dict]) -> list[bool]:
    """``is_mark`` of each char (one pass; the page loops ask it of every char)."""
    return [t in THAI_MARKS if len(t) == 1 else _all_marks(t)
            for t in [c.get("text", "") for c in chars]]


def _all_marks(text: str) -> bool:
    return bool(text) and all(ch in THAI_MARKS for ch in text)


def attach_marks(chars: list[dict]) -> list[dict]:
    """Give each mark the x0/x1 of the base before it in list order (in place; returns the list)."""
    base: dict | None = None
    for char, mark in zip(chars, marks_of(chars)):
        if mark:
            if base is not None:
                # the base's own box: no word break before the mark, none after it either
                char["x0"], char["x1"], char["width"] = base["x0"], base["x1"], base["x1"] - base["x0"]
        elif char.get("text", "").strip():
            base = char
    return chars

"""The numbers Word draws before list paragraphs (automatic numbering, ``w:numPr``), as text.

Word keeps a numbered list's "1." / "๑." / "ก." out of the paragraph's text: it is drawn from the
numbering part (numbering.xml) when the page is laid out. A notice whose measures are an automatic
list would reach the parsers as unnumbered lines and give no measures, so each numbered paragraph
gets its label in front, counted as Word counts it: per list (``w:numId``), per level, a deeper
level restarting when a shallower one goes on, ``w:start`` and ``w:startOverride`` honoured. A
paragraph's numbering may come from its style (the "List Number" style); a bullet is "-".
"""
from __future__ import annotations

import re

from schemas.measure_cues import THAI_LETTER_NUMBERS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_THAI_LETTERS = THAI_LETTER_NUMBERS  # without the obsolete ฃ ฅ and the rarely used ฆ ฌ ฎ ฏ ฝ
_LEVEL_REF = re.compile(r"%([1-9])")
MAX_LEVELS = 9


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _letters(n: int, alphabet: str) -> str:
    return alphabet[(n - 1) % len(alphabet)] * ((n - 1) // len(alphabet) + 1)


def format_number(n: int, fmt: str) -> str:
    """``n`` as Word writes it in numbering format ``fmt`` (decimal when the format is unknown)."""
    if fmt in ("thaiNumbers",):
        return str(n).translate(_THAI_DIGITS)
    if fmt == "thaiLetters":
        return _letters(n, _THAI_LETTERS)
    if fmt == "lowerLetter":
        return _letters(n, "abcdefghijklmnopqrstuvwxyz")
    if fmt == "upperLetter":
        return _letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def _val(el, tag: str) -> str | None:
    found = el.find(W + tag) if el is not None else None
    return found.get(W + "val") if found is not None else None


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


class Numbering:
    """Labels of a document's numbered paragraphs, in reading order (call ``label`` once per
    paragraph, in order: the counters advance)."""

    def __init__(self, numbering_xml, styles_xml) -> None:
        # abstract list → level → (format, text, start)
        self._abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._nums: dict[str, str] = {}                      # numId → abstractNumId
        self._starts: dict[tuple[str, int], int] = {}        # (numId, level) → startOverride
        self._styles: dict[str, tuple[str | None, int | None, str | None]] = {}  # style → numId, level, basedOn
        self._counts: dict[str, list[int]] = {}
        if numbering_xml is not None:
            for ab in numbering_xml.findall(W + "abstractNum"):
                levels = {}
                for lvl in ab.findall(W + "lvl"):
                    levels[_int(lvl.get(W + "ilvl"), 0)] = (_val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "",
                                                            _int(_val(lvl, "start"), 1))
                self._abstract[ab.get(W + "abstractNumId") or ""] = levels
            for num in numbering_xml.findall(W + "num"):
                num_id = num.get(W + "numId") or ""
                self._nums[num_id] = _val(num, "abstractNumId") or ""
                for over in num.findall(W + "lvlOverride"):
                    start = _val(over, "startOverride")
                    if start is not None:
                        self._starts[(num_id, _int(over.get(W + "ilvl"), 0))] = _int(start, 1)
        if styles_xml is not None:
            for style in styles_xml.findall(W + "style"):
                ppr = style.find(W + "pPr")
                num_pr = ppr.find(W + "numPr") if ppr is not None else None
                self._styles[style.get(W + "styleId") or ""] = (
                    _val(num_pr, "numId"), _int(_val(num_pr, "ilvl"), 0) if num_pr is not None else None,
                    _val(style, "basedOn"))

    def label(self, ppr) -> str | None:
        """The label Word draws before the paragraph with properties ``ppr`` ("1.", "๑)", "-"), or None."""
        if ppr is None:
            return None
        num_pr = ppr.find(W + "numPr")
        num_id = _val(num_pr, "numId") if num_pr is not None else None
        level = _int(_val(num_pr, "ilvl"), -1) if num_pr is not None else -1
        if num_id is None or level < 0:
            style_num, style_level = self._style_numbering(_val(ppr, "pStyle"))
            num_id = num_id or style_num
            level = level if level >= 0 else (style_level or 0)
        if not num_id or num_id == "0" or num_id not in self._nums or not 0 <= level < MAX_LEVELS:
            return None
        levels = self._abstract.get(self._nums[num_id], {})
        if level not in levels:
            return None
        counts = self._counts.setdefault(num_id, [0] * MAX_LEVELS)
        fmt, text, start = levels[level]
        counts[level] = (counts[level] + 1) if counts[level] else self._starts.get((num_id, level), start)
        for deeper in range(level + 1, MAX_LEVELS):
            counts[deeper] = 0
        if fmt == "bullet":
            return "-"

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lvl_fmt, _, lvl_start = levels.get(k, ("decimal", "", 1))
            return format_number(counts[k] or self._starts.get((num_id, k), lvl_start), lvl_fmt)

        label = _LEVEL_REF.sub(number, text).strip()
        return label or None

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            num_id, level, based_on = self._styles.get(style_id, (None, None, None))
            if num_id is not None:
                return num_id, level
            style_id = based_on
        return None, None

"""Phrases that open the closing line of a notice, memo or letter (ประกาศ, บันทึกข้อความ).

Such a line is never the rest of the line above: the PDF reader starts a new paragraph at it
even when the line above runs to the right edge (extract/readers/pdf.py), and a list of measures
ends there (extract/parse/measures_lists.py). Spaces inside a phrase are optional when matched.
"""
from __future__ import annotations

CLOSING_PHRASES: tuple[str, ...] = (
    "จึงประกาศให้ทราบ", "จึงประกาศมาเพื่อ", "ประกาศ ณ วันที่", "จึงเรียนมาเพื่อ", "จึงแจ้งมาเพื่อ",
    "จึงแจ้งให้ทราบ", "จึงประกาศมาให้ทราบ",
)


def phrase_pattern(phrase: str) -> str:
    """A regex for ``phrase`` with any whitespace (or none) between its letters."""
    import regex

    return r"\s*".join(map(regex.escape, phrase.replace(" ", "")))

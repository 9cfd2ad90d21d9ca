"""Splitting a steps / responsible cell into its printed items."""
from __future__ import annotations

import re

from schemas.measure_cues import UNIT_NOUNS, UNIT_RANKS, UNIT_WORDS

from .dates import MONTH
from .line_joins import BULLETS
from .possessive import compile_possessive
from .text import TAG, clean_text

_UNIT_WORDS = tuple(sorted(set(UNIT_WORDS), key=len, reverse=True))
_UNIT_NOUNS = frozenset((*UNIT_WORDS, *UNIT_NOUNS))
_RANK = {word: rank for rank, words in enumerate(UNIT_RANKS) for word in words}

# Block-level tags end an item; other tags only separate words.
BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|li|br|ul|ol|div|tr|td|th|dt|dd|h[1-6])\b[^<>]*>", re.IGNORECASE)

_N = "[0-9๐-๙]{1,2}"
_NOT_DIGIT = "(?![0-9๐-๙])"
# A marker starts the text or follows whitespace. Numbering: "๑." "๑๐." "1)" "(๑)" "๓.๑." "๓.๑".
# The trailing "." must not be followed by a digit, or "๙๕.๐๐" would yield a marker "๙๕.".
# Without trailing punctuation only a one-digit sub-number counts ("๓.๑"): "๙๕.๐๐" is a score.
MARKER = re.compile(
    rf"(?<!\S)(?:"
    rf"(?P<paren>\(\s?{_N}(?:\.{_N})*\s?\))"
    rf"|(?P<num>{_N}(?:\.{_N})*[.)]){_NOT_DIGIT}"
    rf"|(?P<sub>{_N}\.[0-9๐-๙](?:\.{_N})*){_NOT_DIGIT}(?!\.[0-9๐-๙])"
    rf"|(?P<bullet>[{re.escape(BULLETS)}])"
    rf")\s*"
)
# What separates steps typed on one line (split_steps)
STEP_SEPARATOR = compile_possessive(r"(?<!\s)\s*+;\s*+|(?<!\s)\s++/\s++")
# A dash between two numbers or dates is a range, not a bullet: "๒๕๖๕ - ๒๕๖๘", "ต.ค. - ก.ย.".
RANGE_BEFORE = re.compile(rf"(?:[0-9๐-๙]|{MONTH.pattern})\s*$")
# (?<!\s)\s*+: scanning a long space run from each of its positions would be quadratic.
RANGE_AFTER = compile_possessive(rf"(?<!\s)\s*+(?:[0-9๐-๙]|เดือน|วันที่|{MONTH.pattern})")
UNIT_SEPARATOR = compile_possessive(r"(?<!\s)\s*+[,、，]\s*+")
MIN_UNIT_CHARS = 6  # "/" splits only between two names this long: not "ทุกสำนัก/กอง"


def split_items(text: str) -> list[str]:
    """Items of a cell, split at <p>/<li>/<br>, printed numbering and bullets (markers removed).

    Text before the first marker is an item of its own. Hyphens inside words ("e-service"),
    ranges between numbers or dates, and decimals ("๙๕.๐๐") do not split.
    """
    items: list[str] = []
    markup = "<" in text  # both tag patterns need one; most cells have none
    for block in BLOCK_TAG.split(text) if markup else (text,):
        block = clean_text(TAG.sub(" ", block) if markup else block)
        cut = 0
        for m in MARKER.finditer(block):
            if not _is_marker(block, m):
                continue
            items.append(block[cut:m.start()])
            cut = m.end()
        items.append(block[cut:])
    return [item for item in (i.strip() for i in items) if item]


def split_steps(text: str) -> list[str]:
    """Steps of a cell: split_items, then at a semicolon or a slash with spaces on both sides, as a cell
    of steps typed on one line separates them ("ตรวจสอบคิวการติดตั้ง; เผยแพร่สถานะคำขอ", "จัดทำแผน /
    เผยแพร่สรุปผลรายเดือน"). A slash between words without spaces is "or" ("และ/หรือ")."""
    return [part for item in split_items(text) for part in (p.strip() for p in STEP_SEPARATOR.split(item)) if part]


def split_units(text: str) -> list[str]:
    """Responsible units: split_items, then "," / "、", then "/" between two long names.

    Spaces never separate units ("ผู้บริหาร สำนักปลัด" is one value).
    """
    units: list[str] = []
    for item in split_items(text):
        for part in UNIT_SEPARATOR.split(item):
            units.extend(_split_slash(part))
    return [u for u in (u.strip() for u in units) if u]


def _is_marker(block: str, m: re.Match[str]) -> bool:
    start = m.start()
    if m.group("bullet") is not None:
        return not (RANGE_BEFORE.search(block, max(0, start - 12), start)
                    and RANGE_AFTER.match(block, start + 1))
    if m.end() == len(block) and start > 0:
        return False  # "ทำได้ ๕." ends on a number: it is content and starts nothing
    if m.group("num") and m.group("num").endswith(")"):
        # "80)" closing "(ร้อยละ 80)" is a parenthesis, not "1)" numbering
        return block.count("(", 0, start) <= block.count(")", 0, start)
    return True


def _split_slash(part: str) -> list[str]:
    pieces = part.split("/")
    units = [pieces[0]]
    for left, right in zip(pieces, pieces[1:]):
        if _chars(left) >= MIN_UNIT_CHARS and _chars(right) >= MIN_UNIT_CHARS:
            units.append(right)
        else:
            units[-1] += "/" + right
    return units


def _chars(text: str) -> int:
    return len(text) - text.count(" ")


def _unit_word(text: str) -> str | None:
    """The unit or position word (measure_cues.UNIT_WORDS) a text opens with, the longest, else None. Not as a
    dictionary word of its own: "งานการ" over "เงิน" is one to a dictionary."""
    head = text.strip()
    return next((w for w in _UNIT_WORDS if head.startswith(w)), None)


def starts_unit(above: str, below: str) -> bool:
    """Whether ``below``, the next line of a cell (or the rest of a cell cut by a page break or a split row), starts
    a unit of its own after the paragraph ``above``: it opens with a unit's word of the rank ``above`` opened with
    (measure_cues.UNIT_RANKS: "กองคลัง" under "สำนักปลัด", "งานการ" over "เงิน" under "งานพัสดุ"), and ``above``
    names more than a unit's noun (UNIT_NOUNS). A list of units one to a paragraph (in a 2 cm responsible column of a
    PDF) joined as wraps ran together ("สำนักปลัดกองคลัง"); a section under its division ("สำนักปลัด" over
    "งานการเจ้าหน้าที่") may be one unit, and is kept whole."""
    opened = _unit_word(above)
    rank = _RANK.get(opened) if opened is not None else None
    return (rank is not None and "".join(above.split()) not in _UNIT_NOUNS
            and _RANK.get(_unit_word(below) or "") == rank)

"""Find ITA indicators and tools in text, using the data in schemas.ita.

Three kinds of evidence, strongest first: an explicit "ตัวชี้วัดที่ N" (also ranges
"ตัวชี้วัดที่ ๑-๕ และ ๑๐"); an indicator name or a known variant inside the text; a short
text that is a garbled form of a name (fuzzy, only for cells that are just a name). Texts are
clean (the clean stage, extract/clean.py, cleaned every line and cell before parsing).
"""
from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import regex
from normalize import patterns

from normalize.digits import thai_to_arabic
from normalize.text import squash_spaces
from schemas.ita import INDICATOR_BY_NUMBER, INDICATORS, TOOL_NAMES, TOOLS, Tool
from schemas.rules import rules_for

_NUM = r"[0-9๐-๙]{1,2}"
# "ตัวชี้วัดที่ ๑-๕ และ ๑๐", "ตัวชี้วัดที่ 3, 4", "ตัวชี้วัดที่ ๙"
EXPLICIT = patterns.compile(
    rf"ตัวชี้วัด(?:ที่)?\s*({_NUM}(?:\s*(?:-|–|ถึง|,|และ|หรือ|/)\s*{_NUM})*)(?![0-9๐-๙.])"
)
# tool-local numbering at the start of a cell: "๑.คุณภาพการดำเนินงาน", "2) ..."
# the number a label opens with; "9.1" numbers a sub-indicator, not indicator 9
LEADING_NUMBER = patterns.compile(rf"^\s*(?:ตัวชี้วัดที่\s*)?({_NUM})(?!\s*\.\s*[0-9๐-๙])\s*[.)]?\s*(?![0-9๐-๙])")
TOOL_CODE = patterns.compile(r"(?<![A-Za-z])(IIT|EIT|OIT)(?![A-Za-z])")
# Names are matched without whitespace; variants of each indicator, longest first.
_NAMES: tuple[tuple[str, int], ...] = tuple(sorted(
    ((regex.sub(r"\s+", "", n), ind.number) for ind in INDICATORS for n in (ind.name, *ind.variants)),
    key=lambda item: -len(item[0]),
))
NAMES = _NAMES  # (name without spaces, indicator), longest first
FUZZY_MIN = 0.82
# (?<!\s) starts a separator only where its spaces start: otherwise every position inside a long
# space run would rescan the run (quadratic).
RANGE_LIST = patterns.compile(r"(?<!\s)\s*+(?:,|และ|หรือ|/)\s*+")
RANGE_BOUNDS = patterns.compile(r"(?<!\s)\s*+(?:-|–|ถึง)\s*+")


def explicit_refs(text: str) -> list[int]:
    """Indicator numbers named with "ตัวชี้วัดที่": ranges expanded, 1..10 only, in order."""
    found: list[int] = []
    if "ตัวชี้วัด" not in text:  # EXPLICIT starts with it; most lines have none
        return found
    for match in EXPLICIT.finditer(thai_to_arabic(text)):
        spec = match.group(1)
        for part in RANGE_LIST.split(spec):
            bounds = [int(x) for x in RANGE_BOUNDS.split(part) if x.strip().isdigit()]
            numbers: Iterable[int]
            if len(bounds) == 2 and bounds[0] <= bounds[1]:
                numbers = range(bounds[0], bounds[1] + 1)
            else:
                numbers = bounds
            found.extend(n for n in numbers if 1 <= n <= 10 and n not in found)
    return found


# A cell of an indicator column holding only numbers ("10", "7, 8", "๑-๓")
BARE_REFS = patterns.compile(rf"{_NUM}(?:\s*(?:-|–|ถึง|,|และ|หรือ|/)\s*{_NUM})*")


# An OIT item by its code ("O12", "o.36", "O 28"; digits Arabic), standing apart from a word's letters ("OIT")
OIT_ITEM = patterns.compile(r"(?<![A-Za-z0-9])[Oo]\s?\.?\s?([0-9]{1,2})(?![0-9])")


def oit_items(text: str) -> list[int]:
    """The OIT items a cell names by code ("O13", "O28, O36" → [13, 28, 36]), in order."""
    found: list[int] = []
    for match in OIT_ITEM.finditer(thai_to_arabic(text)):
        number = int(match.group(1))
        if number not in found:
            found.append(number)
    return found


def oit_item_indicators(items: list[int], year: int | None) -> list[int] | None:
    """The indicators (9, 10) OIT items are evidence for, by the item lists of schemas/rules.py; None when that is
    unclear. A measure of fiscal year Y may name the items of Y's assessment or of Y-1's it answers, and the
    numbering changed between years (O31 was indicator 9 in 2565, 10 in 2566): both years' lists must be known
    and agree on every item."""
    if not items or year is None:
        return None
    frames = [rules.oit_items.value if rules is not None and rules.oit_items is not None else None
              for rules in (rules_for(year), rules_for(year - 1))]
    found: set[int] = set()
    for item in items:
        numbers = {frame.get(item) if frame is not None else None for frame in frames}
        if len(numbers) != 1 or None in numbers:
            return None
        found |= {n for n in numbers if n is not None}
    return sorted(found)


def bare_refs(text: str) -> list[int]:
    """The indicators a cell under an indicator header names by number alone ("10", "7, 8")."""
    plain = thai_to_arabic(text).strip()
    return explicit_refs("ตัวชี้วัดที่ " + plain) if BARE_REFS.fullmatch(plain) else []


# Sub-indicators named in a measure's indicator column ("ตัวชี้วัดที่ 9.1 และ 9.2", "ตัวชี้วัดย่อย 10.2"): parts of
# their indicator, which the measure serves (a score row of one is not that indicator's score: explicit_refs
# leaves them out).
SUB_REF = patterns.compile(rf"(?<![0-9๐-๙.])({_NUM})\s*\.\s*[0-9๐-๙]{{1,2}}(?![0-9๐-๙]|\.[0-9๐-๙])")
_SUB_LEAD = patterns.compile(r"ตัวชี้วัด\s*(?:ย่อย)?\s*(?:ที่)?")


def sub_indicator_refs(cell: str) -> list[int]:
    """The indicators of the sub-indicators a cell names ("ตัวชี้วัดที่ 9.1 และ 9.2" → [9]): only references, or
    one leading the cell before its name ("9.1 ข้อมูลพื้นฐาน"); not a number inside words ("ร้อยละ 9.5")."""
    plain = _SUB_LEAD.sub("", thai_to_arabic(cell)).strip()
    found = [int(m.group(1)) for m in SUB_REF.finditer(plain)]
    rest = _REF_GLUE.sub("", SUB_REF.sub("", plain))
    if not found or rest and not SUB_REF.match(plain) or any(not 1 <= n <= 10 for n in found):
        return []
    return sorted(set(found))


# What may remain around indicator references in a cell that is only a reference.
_REF_GLUE = patterns.compile(r"[\s,;:/()\[\]\-–.]|และ|หรือ|ถึง")


def is_reference_only(text: str) -> bool:
    """The text only points at indicators ("ตัวชี้วัดที่ ๙", "ตัวชี้วัดที่ 7 และ 8 (ประสิทธิภาพการสื่อสาร)"):
    explicit references, indicator names and joining words, nothing said about them."""
    if not explicit_refs(text):
        return False
    rest = squash_spaces(EXPLICIT.sub(" ", thai_to_arabic(text)))
    for name, _ in _NAMES:
        rest = rest.replace(name, "")
    return not _REF_GLUE.sub("", rest)


def label_rest(text: str) -> str:
    """What a label says besides indicator references, indicator and tool names and tool codes."""
    rest = _TOOL_PHRASES.sub(" ", EXPLICIT.sub(" ", thai_to_arabic(text)))
    rest = squash_spaces(TOOL_CODE.sub(" ", rest))
    for name, _ in _NAMES:
        rest = rest.replace(name, "")
    return rest


def is_label_only(text: str) -> bool:
    """The text names exactly one indicator (by reference or name) and says nothing else."""
    refs = explicit_refs(text)
    names = names_in(without_tool_names(text))
    found = set(refs) | set(names)
    return len(found) == 1 and not LEADING_NUMBER.sub("", label_rest(text)).strip(" .:-–()")


@lru_cache(maxsize=4096)
def names_in(text: str) -> tuple[int, ...]:
    """Indicators whose name (or a variant) occurs in the (clean) text, in order of first occurrence."""
    squashed = squash_spaces(text)
    hits: list[tuple[int, int]] = []
    taken: list[tuple[int, int]] = []
    for name, number in _NAMES:
        start = squashed.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                hits.append((start, number))
                break
            start = squashed.find(name, start + 1)
    ordered: list[int] = []
    for _, number in sorted(hits):
        if number not in ordered:
            ordered.append(number)
    return tuple(ordered)


def leading_name(text: str) -> int | None:
    """The indicator whose name opens the text, after any numbering ("การเปิดเผยข้อมูล ข้อมูลการจัดซื้อ…
    ยังไม่ครบ": an issue headed by the indicator it is about); None when the text starts otherwise."""
    squashed = squash_spaces(LEADING_NUMBER.sub("", thai_to_arabic(text)))
    return next((number for name, number in _NAMES if squashed.startswith(name)), None)


@lru_cache(maxsize=4096)
def fuzzy_name(text: str) -> int | None:
    """The indicator a short cell names, allowing small garbling ("ประสิทธิภาพการในการสื่อสาร")."""
    squashed = squash_spaces(text)
    squashed = LEADING_NUMBER.sub("", squashed)
    if not squashed or len(squashed) > 40:
        return None
    # The first name with the highest ratio wins, and only a ratio >= FUZZY_MIN counts; so a name
    # whose upper bound of the ratio (from the lengths, then from the characters in common: what
    # difflib's real_quick_ratio and quick_ratio compute) is below FUZZY_MIN or not above the
    # best so far cannot change the answer and is not diffed.
    chars = Counter(squashed)
    best, best_number = 0.0, None
    size = len(squashed)
    for name, number, name_chars in _NAME_CHARS:
        total = size + len(name)
        bound = 2.0 * min(size, len(name)) / total  # real_quick_ratio
        if bound < FUZZY_MIN or bound <= best:
            continue
        bound = 2.0 * sum((chars & name_chars).values()) / total  # quick_ratio
        if bound < FUZZY_MIN or bound <= best:
            continue
        ratio = difflib.SequenceMatcher(None, squashed, name, autojunk=False).ratio()
        if ratio > best:
            best, best_number = ratio, number
    return best_number if best >= FUZZY_MIN else None


_NAME_CHARS = tuple((name, number, Counter(name)) for name, number in _NAMES)


_TOOL_BY_CODE: dict[str, Tool] = {tool: tool for tool in TOOL_NAMES}  # TOOL_CODE's group, typed
_TOOL_NAMES_SQUASHED = tuple((tool, tuple(squash_spaces(n).lower() for n in names)) for tool, names in TOOL_NAMES.items())


@lru_cache(maxsize=4096)
def tool_in(text: str) -> Tool | None:
    """The ITA tool a heading or cell names (code in the text, else a tool's Thai name)."""
    match = TOOL_CODE.search(text)
    if match:
        return _TOOL_BY_CODE[match.group(1)]
    squashed = squash_spaces(text).lower()  # Thai has no case; English names are written either way
    for tool, names in _TOOL_NAMES_SQUASHED:
        if any(n in squashed for n in names):
            return tool
    return None


def names_of(indicator: int) -> tuple[str, ...]:
    """The printed names (canonical and variants) of one indicator, longest first."""
    return tuple(name for name, number in _NAMES if number == indicator)


_TOOL_PHRASES = patterns.compile("|".join(
    regex.escape(n).replace(r"\ ", r"\s+") for names in TOOL_NAMES.values() for n in sorted(names, key=len, reverse=True)),
    regex.IGNORECASE)


def without_tool_names(text: str) -> str:
    """Text with the tools' Thai names removed ("แบบตรวจการเปิดเผยข้อมูลสาธารณะ" names a tool,
    although it contains indicator 9's name)."""
    return _TOOL_PHRASES.sub(" ", text)


def tool_of(indicator: int) -> Tool:
    return INDICATOR_BY_NUMBER[indicator].tool


def canonical_name(indicator: int | None) -> str | None:
    return INDICATOR_BY_NUMBER[indicator].name if indicator else None


def resolve(cell: str, tool: str | None = None) -> tuple[int | None, int | None]:
    indicator, printed, _ = resolve_full(cell, tool)
    return indicator, printed


def resolve_full(cell: str, tool: str | None = None) -> tuple[int | None, int | None, int | None]:
    """(indicator, printed number) for a cell that names one indicator, e.g. a score-table row.

    The name decides when it is recognisable; otherwise the printed number, read as
    tool-local ("EIT ๑" → 6) when a tool is known and the number fits inside it.
    """
    refs = explicit_refs(cell)
    match = LEADING_NUMBER.match(thai_to_arabic(cell))
    # "ตัวชี้วัดที่ N" names the indicator; a bare number before it is the row's ("2 | ตัวชี้วัดที่ 5")
    printed = refs[0] if len(refs) == 1 else int(match.group(1)) if match else None
    names = names_in(without_tool_names(cell))
    by_name = names[0] if names else fuzzy_name(cell)
    if by_name is not None:
        return by_name, printed, by_name
    if printed is None or len(refs) > 1:  # "ตัวชี้วัดที่ 1-4": several indicators, none of them alone
        return None, None, None
    if tool and tool != "IIT" and printed <= len(TOOLS[tool]) and not refs:
        return TOOLS[tool][printed - 1], printed, None
    return (printed if 1 <= printed <= 10 else None), printed, None

"""Thai orthography: character classes (those of the search and those of the rule chain,
normalize.thai_chain), the base+marks units a run is read in, and the cheap checks (TCC validity)
that decide whether a run needs the repair search at all."""
from __future__ import annotations

import re
from typing import Any, NamedTuple

CONS = "\u0e01-\u0e2e"  # ก-ฮ
MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # every combining mark
TONES = "\u0e48-\u0e4b"
MARK_SET = frozenset(re.findall(f"[{MARKS}]", "".join(map(chr, range(0x0E00, 0x0E80)))))
TONE_SET = frozenset("\u0e48\u0e49\u0e4a\u0e4b")
LEAD_SET = frozenset("เแโใไ")
CONS_SET = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))
SARA_AA, SARA_AM, NIKHAHIT = "\u0e32", "\u0e33", "\u0e4d"
# Thai letters and marks, ฯ (U+0E2F) among them; digits and ๆ excluded: what a run is made of.
TH = "\u0e01-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e"
TH_SET = frozenset(re.findall(f"[{TH}]", "".join(map(chr, range(0x0E00, 0x0E80)))))
BASE_SET = TH_SET - MARK_SET - {SARA_AM}
# ASCII a tone glyph without ToUnicode falls back to, and the replacement character an extractor
# puts for a glyph it could not map ("ประจ�าปี"): read as "any mark"
WILD = "()0123456789\ufffd"

# The rule chain's finer classes.
VOWEL_MARKS = "\u0e31\u0e34-\u0e39\u0e47"  # ั ิ ี ึ ื ุ ู ็
KARAN = "\u0e4c"  # ์
VOWEL_SET = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47")
TONE_LIKE_SET = frozenset("\u0e48\u0e49\u0e4a\u0e4b\u0e4c")
LEAD = "\u0e40-\u0e44"  # เ แ โ ใ ไ
SARA_A = "\u0e30"
SARA_U, SARA_UU = "\u0e38", "\u0e39"
FOLLOW_SET = frozenset("\u0e30\u0e32\u0e33\u0e45")  # ะ า ำ ๅ
# Characters after which no word can end (they belong to the character before them).
NO_WORD_END_BEFORE = MARK_SET | FOLLOW_SET | {SARA_AM}
# Thai letters, vowels and marks; digits, ฯ and ๆ excluded (TH's range holds ฯ, U+0E2F; this one
# does not): what the rule chain and its dictionary read as Thai.
TH_WORD = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e"
TH_WORD_SET = frozenset(c for c in map(chr, range(0x0E01, 0x0E4F)) if re.match(f"[{TH_WORD}]", c))
# Order of marks inside one cluster: vowel, then nikhahit, then tone / karan / yamakkan (every
# character of MARK_SET has a rank).
MARK_RANK = {**{c: 0 for c in VOWEL_SET | {"\u0e3a"}}, NIKHAHIT: 1,
             **{c: 2 for c in TONE_LIKE_SET | {"\u0e4e"}}}


class Unit(NamedTuple):
    """One written base and what sits on it. ``base`` is SARA AA for ำ (``am`` True): ำ, า and
    "␣า" are one skeleton letter, so lost and split SARA AM are channel edits, not new words."""
    base: str
    am: bool
    marks: str  # sorted
    space: bool  # a space before the base (inside the run)
    wild: str  # ASCII bytes read here


# A base and what follows it up to the next base: its marks, wildcard bytes and a space before the next
_UNIT = re.compile(f"([^ {MARKS}{re.escape(WILD)}])([ {MARKS}{re.escape(WILD)}]*)")
_NO_BASE = MARK_SET | frozenset(WILD) | {" "}


def units(run: str) -> list[Unit]:
    """``run`` (Thai letters, single spaces, wildcard bytes) as Units; marks before any base and
    marks after a space attach to the base before. (What ``_units`` gives, a base at a time
    rather than a character: the search reads every run it is given into units, and words as
    it meets them, and a loop a character was a tenth of the search's time.)"""
    if not run or run[0] in _NO_BASE:
        return _units(run)  # marks before any base, or a space before the first one
    out = []
    space = False
    new = tuple.__new__  # a Unit without its constructor's Python call
    for base, rest in _UNIT.findall(run):
        am = base == SARA_AM
        if not rest:
            out.append(new(Unit, (SARA_AA if am else base, am, "", space, "")))
            space = False
            continue
        after = " " in rest
        if after:
            rest = rest.replace(" ", "")
        wild = ""
        if not MARK_SET.issuperset(rest):
            wild = "".join(ch for ch in rest if ch in WILD)
            rest = "".join(ch for ch in rest if ch in MARK_SET)
        out.append(new(Unit, (SARA_AA if am else base, am, "".join(sorted(rest)) if len(rest) > 1 else rest, space, wild)))
        space = after
    return out


def _units(run: str) -> list[Unit]:
    """``units``, a character at a time."""
    out: list[list[Any]] = []  # Unit fields [base, am, marks, space, wild], grown in place
    space = False
    for ch in run:
        if ch == " ":
            space = True
        elif ch in MARK_SET or ch in WILD:
            if not out:
                out.append(["", False, "", False, ""])
            out[-1][4 if ch in WILD else 2] += ch
        else:
            out.append([SARA_AA if ch == SARA_AM else ch, ch == SARA_AM, "", space, ""])
            space = False
    return [Unit(b, am, "".join(sorted(m)), sp, w) for b, am, m, sp, w in out]


def unit_spans(run: str) -> list[tuple[int, int]]:
    """Where each of ``units(run)`` is written in ``run``: (first, last + 1) offsets of its
    characters (a mark after a space belongs to the base before, so a span may hold that space)."""
    spans: list[list[int]] = []
    for i, ch in enumerate(run):
        if ch == " ":
            continue
        if ch in MARK_SET or ch in WILD:
            if not spans:
                spans.append([i, i + 1])
            spans[-1][1] = i + 1
        else:
            spans.append([i, i + 1])
    return [(a, b) for a, b in spans]


def skeleton(us: list[Unit]) -> str:
    return "".join(u.base for u in us)


def spell(u: Unit, marks: str | None = None) -> str:
    """The canonical spelling of one unit: base, vowel marks, then tone (Unicode order)."""
    m = u.marks if marks is None else marks
    m = "".join(sorted(m, key=lambda c: (c in TONE_SET or c in "\u0e4c\u0e4e", c)))
    return (SARA_AM if u.am else u.base) + m


# Impossible sequences (a mark without a base, two tones, a tone before a vowel, a space before
# า/ำ, a leading vowel before no consonant, ั/ึ/ื before
# no consonant, ำ next to า/ํ, a tone after ะ/า, a wildcard byte).
_DEFECTS = (
    f"(?:^|[^{CONS}{MARKS}\u0e2f\u0e30-\u0e33\u0e40-\u0e45])[{MARKS}]"
    f"|[{TONES}\u0e4c][{TONES}\u0e31\u0e34-\u0e3a\u0e47]"
    f"|[\u0e31\u0e34-\u0e39\u0e47][\u0e31\u0e34-\u0e39\u0e47]"
    f"|[{CONS}{TONES}] [\u0e30\u0e32\u0e33{MARKS}]"
    f"|[เแโใไ](?:[^{CONS}]|$)"
    f"|[\u0e31\u0e36\u0e37](?![{TONES}]?[{CONS}])"
    f"|{SARA_AM}{SARA_AA}|{SARA_AA}{SARA_AM}|{SARA_AA}{NIKHAHIT}"
    f"|[\u0e30\u0e32][{TONES}]"
    f"|[\u0e01-\u0e4e]\ufffd(?=[\u0e01-\u0e4e])"
)
# ... ํ + า, which is ำ spelt in two (every stage's clean_text writes it as ำ) ...
_DECOMPOSED_AM = f"|{NIKHAHIT}[{TONES}]?{SARA_AA}"
# ... and a wildcard byte: ASCII a tone glyph fell back to, or a replacement character anywhere
_INVALID = re.compile(_DEFECTS + _DECOMPOSED_AM + f"|[\u0e01-\u0e4e][()]|[\u0e01-\u0e4e][0-9](?=[\u0e01-\u0e4e])|\ufffd")
_DEFECT = re.compile(_DEFECTS)


def invalid_spots(text: str) -> int:
    """How many orthographically impossible (or defect-typical) spots ``text`` has."""
    return len(_INVALID.findall(text))


def has_pdf_defects(text: str) -> bool:
    """``text`` has a spot no typist writes but PDF extraction leaves: a mark without its base, a
    space inside a syllable ("ส านัก"), a replacement character between letters ("ประจ�าปี")… (not
    the ASCII bytes the search reads as marks: "(บาท)" is ordinary text; nor ํ + า, which clean_text
    writes as ำ without the search)."""
    return bool(_DEFECT.search(text))


def is_suspicious(run: str) -> bool:
    return _INVALID.search(run) is not None

"""Removal of spaces that are only line wraps inside Thai words ("กา รปฏิบัติงาน" → "การปฏิบัติงาน"),
in text that is already one string (normalize.line_joins joins separate lines)."""
from __future__ import annotations

import re
from functools import lru_cache

from .words import Words, report_words, tokenize  # pythainlp's words plus report words ("ส่วน ตน" is a wrap)

# A space before these starts a new clause, even when a compound could span it ("อย่าง เช่น").
KEEP_BEFORE = frozenset({"และ", "หรือ", "โดย", "เพื่อ", "ซึ่ง", "เช่น", "แต่", "จึง", "ได้แก่",
                         "รวมทั้ง", "รวมถึง", "ตลอดจน", "อีกทั้ง", "ดังนี้"})
_KEEP_BEFORE_TUPLE = tuple(KEEP_BEFORE)  # for str.startswith
# Prefixes that make a noun of the word after them ("การ ติดตาม" → "การติดตาม"): Thai never writes a
# space after them, so a space after one standing as a word of its own is a wrap.
NOUN_PREFIXES = frozenset({"การ", "ความ"})
_NOUN_PREFIXES_TUPLE = tuple(NOUN_PREFIXES)

# Thai letters, vowels and marks; digits, ฯ and ๆ are excluded (a space around them is
# orthographic: "ต่าง ๆ", "กรุงเทพฯ แห่ง").
_RANGES = ((0xE01, 0xE2E), (0xE30, 0xE3A), (0xE40, 0xE45), (0xE47, 0xE4E))
_TH = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _RANGES)
THAI_CHARS = frozenset(chr(c) for lo, hi in _RANGES for c in range(lo, hi + 1))
LEFT_RUN = re.compile(f"[{_TH}]+$")
RIGHT_RUN = re.compile(f"[{_TH}]+")
# Characters no word can start with (above/below vowels, tone marks, ะ า ำ), and leading
# vowels, which no word can end with: a space next to them is always a displaced wrap.
NON_STARTERS = frozenset("\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a"
                         "\u0e45\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
LEADING_VOWELS = frozenset("เแโใไ")
WINDOW = 20  # longest stretch of each side that can matter for the word at the space
MIN_COMPOUND = 4  # a dictionary word this long spanning the space is a wrap on its own
HEAD = 3  # length of the word beginnings kept in _heads()


def join_wraps(text: str) -> str:
    """Drop each single space between Thai characters that the dictionary says is a line wrap.

    Join when the newmm tokenization of left+right (pythainlp's dictionary plus DOMAIN_WORDS)
    has a token crossing the space and either
    (a) the space cuts a word: no dictionary word ends just before it, or none starts just
        after it ("กา รปฏิบัติงาน", "ขอ งหน่วยงาน"), or
    (b) the crossing token is a dictionary word of at least 4 characters that holds the whole
        words at both sides ("ส่วน ตน"; not "หน่วยงาน ประจำปี", where "งานประจำ" would cut
        "หน่วยงาน").
    Spaces before และ/หรือ/โดย/เพื่อ/ซึ่ง/เช่น… or an abbreviation ("พ.ศ."), and next to digits
    or Latin text, are kept.
    Only spaces are removed; no other character changes.
    """
    if " " not in text:
        return text
    # str.split and set lookups instead of a look-around regex: on Thai text `re` pays per
    # character, and only the few Thai-space-Thai positions need any work.
    parts = text.split(" ")
    out = [parts[0]]
    for prev, part in zip(parts, parts[1:]):
        if (prev and part and prev[-1] in THAI_CHARS and part[0] in THAI_CHARS
                and _is_wrap(prev[-WINDOW:], part[:WINDOW + 1])):
            out[-1] += part
        else:
            out.append(part)
    return " ".join(out)


def join_paragraph(pieces: list[str]) -> str:
    """Pieces of one paragraph that a reader kept apart (a PDF paragraph cut by a page break, or
    by a line that ended short) → one string: a space between two pieces, except where the break
    falls inside a Thai word by the rules of ``join_wraps`` ("…การใช้งบ" + "ประมาณ…"). A line of a
    text or Word export is a whole paragraph, so its pieces' own spaces are not looked at.
    """
    out = ""
    for piece in pieces:
        if not piece:
            continue
        if (out and out[-1] in THAI_CHARS and piece[0] in THAI_CHARS
                and _is_wrap(out.rsplit(" ", 1)[-1][-WINDOW:], piece.split(" ", 1)[0][:WINDOW + 1])):
            out += piece
        else:
            out = f"{out} {piece}" if out else piece
    return out


@lru_cache(maxsize=16384)
def _is_wrap(tail: str, head: str) -> bool:
    """Decide a space from the text just before it and just after it (no spaces in either)."""
    left_run, right_run = LEFT_RUN.search(tail), RIGHT_RUN.match(head)
    assert left_run and right_run  # the caller checked: a Thai letter ends tail and starts head
    left, right = left_run.group(), right_run.group()
    if len(right) <= WINDOW and head.startswith(".", len(right)):
        return False  # "ปีงบประมาณ พ.ศ.", "ตาม พรบ.": an abbreviation is a word of its own
    return _should_join(_trim_left(left), _trim_right(right[:WINDOW]))


@lru_cache(maxsize=16384)
def _should_join(left: str, right: str) -> bool:
    if right[0] in NON_STARTERS or left[-1] in LEADING_VOWELS:
        return True
    if (left.endswith(_NOUN_PREFIXES_TUPLE) and _tokens(left)[-1] in NOUN_PREFIXES
            and not right.startswith(_KEEP_BEFORE_TUPLE + _NOUN_PREFIXES_TUPLE)):  # a prefix takes a word, not another prefix
        return True
    cut, joined, words = len(left), left + right, _dictionary()
    # Longest dictionary words ending / starting at the space; 0 when that side is cut mid-word.
    suffix = next((cut - i for i in range(cut) if left[i:] in words), 0)
    prefix = _longest_prefix(right)
    mid_word = not suffix or not prefix
    # The tokenizer costs ~0.2 ms a call; the dictionary alone first drops the spaces where no
    # rule can fire (about 85% of the candidates in the sample reports).
    if mid_word:
        if not _has_word(joined, cut - 1, cut + 1, 1):
            return False
    elif not _has_word(joined, cut - suffix, cut + prefix, MIN_COMPOUND):
        return False
    # The first token is a prefix of ``right``: tokenize only when a KEEP_BEFORE word is one.
    if right.startswith(_KEEP_BEFORE_TUPLE) and _tokens(right)[0] in KEEP_BEFORE:
        return False
    crossing = _crossing_span(_tokens(joined), cut)
    if crossing is None:
        return False
    if mid_word:
        return True  # (a)
    start, end = crossing
    # (b) A compound must hold both side words whole: "หน่วยงาน ประจำปี" never gives "งานประจำ".
    return (end - start >= MIN_COMPOUND and joined[start:end] in words
            and start <= cut - suffix and end >= cut + prefix)


def _has_word(joined: str, last_start: int, min_end: int, min_len: int) -> bool:
    """Whether a dictionary word of ``min_len``+ characters starts at or before ``last_start``
    and ends at or after ``min_end``."""
    dictionary, heads, n = _trie(), _heads(), len(joined)
    prefix_set, words = dictionary.prefix_set, dictionary.words
    for start in range(last_start, -1, -1):
        # A word from here is at least max(min_len, min_end - start) long; when that is HEAD or
        # more, its first HEAD characters are in _heads(): one set lookup rules out most starts
        # before any prefix walk.
        if (min_len >= HEAD or min_end - start >= HEAD) and joined[start:start + HEAD] not in heads:
            continue
        for i in range(start + 1, n + 1):
            piece = joined[start:i]
            if not prefix_set[piece]:
                break
            if i >= min_end and i - start >= min_len and piece in words:
                return True
    return False


def _longest_prefix(text: str) -> int:
    """Length of the longest dictionary word ``text`` starts with (0: none)."""
    return _trie().longest_prefix(text)


def _crossing_span(tokens: tuple[str, ...], cut: int) -> tuple[int, int] | None:
    pos = 0
    for token in tokens:
        if pos < cut < pos + len(token):
            return pos, pos + len(token)
        pos += len(token)
    return None


@lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[str, ...]:
    # A tuple, because the cache hands the same object to every caller.
    return tuple(tokenize(text, _trie(), keep_whitespace=False)) or ("",)


def _trim_left(run: str) -> str:
    # The window may begin mid-cluster; start it where a syllable can start.
    i = 0
    while i < len(run) - 1 and (run[i] in NON_STARTERS or (i and run[i - 1] in LEADING_VOWELS)):
        i += 1
    return run[i:]


def _trim_right(run: str) -> str:
    # Likewise end it where a syllable can end: never before a mark, never after a leading vowel.
    j = len(run)
    while j > 1 and (run[j - 1] in LEADING_VOWELS or (j < len(run) and run[j] in NON_STARTERS)):
        j -= 1
    return run[:j]


def _dictionary() -> frozenset[str]:
    return _trie().words


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Every word's first HEAD characters (a shorter word whole): how a long word can begin. From
    a cache file made from the same words and code: 9.7k strings load in about a millisecond,
    where walking the 62k words took ~15 ms of every worker's first wrapped line (issue 13)."""
    from pathlib import Path

    from . import data_cache
    from .words import report_sources

    return frozenset(data_cache.load_or_build(
        "word-heads", lambda: [*report_sources(), Path(__file__).read_bytes()], _build_heads))


def _build_heads() -> tuple[str, ...]:
    return tuple(sorted({w[:HEAD] for w in _dictionary()}))


def warm() -> None:
    """Build the word-beginning index now: a process that forks workers builds it once for all
    of them (built on a worker's first wrapped line, it cost each worker ~30 ms)."""
    _heads()


def _trie() -> Words:
    return report_words()  # built once per process, shared with the tokenizer's other users

"""The Thai rule chain's dictionary and segmentation cost: the words
(pythainlp's ``thai_words()``, Thai given and family names, provinces, thai_data.DOMAIN_WORDS),
their SARA AM misspellings (ำ lost to า, every า printed as ำ) and the pivots lost_sara_am finds them by; a
text is read as its cheapest segmentation (a word costs 1, a known misspelling 1.5, an unreadable
character 2), and a rule keeps a change only when the text around it reads strictly cheaper."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from .thai_data import DOMAIN_WORDS, province_names
from .thai_orthography import FOLLOW_SET, LEAD_SET, MARK_SET, NO_WORD_END_BEFORE, SARA_AA, SARA_AM, TH_WORD_SET
from .words import Prefixes

UNKNOWN_COST = 2.0  # one character no dictionary word covers
WORD_COST = 1.0
VARIANT_COST = 1.5  # a misspelling of a word (lost / spurious SARA AM); must stay below 2 words
MIN_VARIANT = 3  # shorter misspellings ("ทา" for ทำ) are words or too ambiguous
WINDOW = 18  # Thai characters of context on each side when scoring a local change


def _base_words() -> frozenset[str]:
    """pythainlp's word list, provinces and report words: the words misspellings are made from."""
    from pythainlp.corpus import thai_words
    words = set(thai_words()) | DOMAIN_WORDS
    try:
        words |= province_names()
    except Exception:  # pragma: no cover - corpus missing in a stripped install
        pass
    return frozenset(w for w in words if len(w) >= 2 and all(c in TH_WORD_SET for c in w))


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[str, ...], dict[str, str], dict[str, str], tuple[str, ...],
                      tuple[_Index, _Index, _Index], tuple[_Index, _Index, _Index]]:
    """(words sorted, lost and spurious misspellings, every spelling of the lexicon sorted, the two
    kinds' ``_pivots``): from the cache file made
    from the same word lists and code (loading takes a fraction of building), else built."""
    from pathlib import Path

    from . import data_cache
    from .thai_lm import corpus_sources

    here = Path(__file__).parent
    return data_cache.load_or_build(
        "thai-chain", lambda: [*corpus_sources(), *((here / name).read_bytes() for name in (
            "thai_chain_lexicon.py", "thai_orthography.py"))], _build_tables)


def _build_tables() -> tuple[tuple[str, ...], dict[str, str], dict[str, str], tuple[str, ...],
                             tuple[_Index, _Index, _Index], tuple[_Index, _Index, _Index]]:
    base = _base_words()
    words = _build_words(base)
    lost, spurious = _build_variants(words, base)
    # the spellings sorted (strings the sets above hold: marshal stores each once), not the set of
    # their 404k prefixes, which took ~0.1 s of every worker's start to read back (issue 13)
    # The words as a sorted tuple, not a set: marshal reads a set back by hashing its 80k strings
    # into a table (two thirds of this file's load), and the words are only asked about through
    # _lexicon's dict, which hashes them once anyway (issue 13).
    return (tuple(sorted(words)), lost, spurious, tuple(sorted(_entries(words, (lost, spurious)))),
            _build_pivots(lost), _build_pivots(spurious))


def _build_words(base: frozenset[str]) -> frozenset[str]:
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names
    words = set(base)
    for source in (thai_female_names, thai_male_names, thai_family_names):
        try:
            words |= {w for w in source() if len(w) >= 2 and all(c in TH_WORD_SET for c in w)}
        except Exception:  # pragma: no cover
            pass
    # Single letters would let any stray consonant count as a word.
    return frozenset(words)


def _variants() -> tuple[dict[str, str], dict[str, str]]:
    """(lost, spurious): misspelling → word, for SARA AM lost to SARA AA ("ดาเนินการ" →
    ดำเนินการ) and for every SARA AA printed as SARA AM ("เทศบำล" → เทศบาล). Misspellings that
    are words themselves, or shared by two words, are left out."""
    _, lost, spurious, _, _, _ = _tables()
    return lost, spurious


def _build_variants(words: frozenset[str], base: frozenset[str]) -> tuple[dict[str, str], dict[str, str]]:
    lost: dict[str, set[str]] = {}
    spurious: dict[str, set[str]] = {}
    for w in sorted(base):  # the tables' order (pivot lists) must not hang on string hashing
        if len(w) < MIN_VARIANT:
            continue
        if SARA_AM in w:
            lost.setdefault(w.replace(SARA_AM, SARA_AA), set()).add(w)
        if SARA_AA in w:
            spurious.setdefault(w.replace(SARA_AA, SARA_AM), set()).add(w)
    lost_variants, spurious_variants = ({v: next(iter(ws)) for v, ws in found.items()
                                         if len(ws) == 1 and v not in words} for found in (lost, spurious))
    return lost_variants, spurious_variants


class _Lexicon(NamedTuple):
    entries: dict[str, str | None]  # spelling → None (a word) or the word it misspells
    # prefixes[piece]: does some spelling begin with piece (to stop a lookup early); found by
    # bisection the first time a piece is asked, a dict look-up after
    prefixes: Prefixes


def _entries(words: Iterable[str], variants: tuple[dict[str, str], dict[str, str]]) -> dict[str, str | None]:
    entries: dict[str, str | None] = dict.fromkeys(words)
    for table in variants:
        entries.update(table)
    return entries


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Words and misspellings together (what _segment reads)."""
    words, lost, spurious, spellings, _, _ = _tables()
    return _Lexicon(_entries(words, (lost, spurious)), Prefixes(spellings))


@lru_cache(maxsize=200_000)
def _segment(s: str, clusters: bool = False) -> tuple[float, tuple[tuple[int, int, str], ...], tuple[int, ...]]:
    """Cheapest reading of ``s`` (Thai, no spaces) as dictionary words, misspelled words and
    unknown characters: (cost, misspelled tokens as (start, end, corrected word), indices of the
    unknown characters). ``clusters``: an unknown letter and the marks on it cost one unknown
    character together (mark_displaced: else moving a mark off an unknown letter onto a word's
    last letter, "บ้านธิ" → "บ้านิธ", reads one unknown character cheaper while breaking the word)."""
    n = len(s)
    entries, prefixes = _lexicon()
    inf = float("inf")
    best = [inf] * (n + 1)
    back: list[tuple[int, str | None]] = [(0, None)] * (n + 1)  # every back[j > 0] is set below
    best[0] = 0.0
    for i in range(n):
        base = best[i]
        if base == inf:
            continue
        c = base + UNKNOWN_COST
        if c < best[i + 1]:
            best[i + 1], back[i + 1] = c, (i, None)
        ch = s[i]
        if clusters and ch not in MARK_SET:
            k = i + 1
            while k < n and s[k] in MARK_SET:
                k += 1
            if k > i + 1 and c < best[k]:
                best[k], back[k] = c, (i, None)
        if ch in MARK_SET or ch in FOLLOW_SET or (i and s[i - 1] in LEAD_SET):
            continue  # no word starts on a mark, a follow vowel, or after a leading vowel
        for j in range(i + 2, n + 1):
            piece = s[i:j]
            if not prefixes[piece]:
                break
            if piece in entries and (j == n or s[j] not in NO_WORD_END_BEFORE):
                fix = entries[piece]
                c = base + (WORD_COST if fix is None else VARIANT_COST)
                if c < best[j]:
                    best[j], back[j] = c, (i, fix)
    tokens, unknown = [], []
    j = n
    while j > 0:
        i, fix = back[j]
        if fix is not None:
            tokens.append((i, j, fix))
        elif j - i == 1 and best[j] - best[i] == UNKNOWN_COST:
            unknown.append(i)
        j = i
    return best[n], tuple(reversed(tokens)), tuple(reversed(unknown))


def _cost(s: str, clusters: bool = False) -> float:
    return _segment(s.replace(" ", ""), clusters)[0]


def _context(text: str, lo: int, hi: int) -> tuple[str, str]:
    """Up to WINDOW Thai characters (spaces skipped) before ``lo`` and after ``hi``."""
    a, count = lo, 0
    while a > 0 and count < WINDOW and (text[a - 1] in TH_WORD_SET or text[a - 1] == " "):
        a -= 1
        count += text[a] != " "
    while a < lo and (text[a] in MARK_SET or text[a] in FOLLOW_SET or text[a] == " "):
        a += 1  # do not start inside a cluster
    b, count = hi, 0
    while b < len(text) and count < WINDOW and (text[b] in TH_WORD_SET or text[b] == " "):
        count += text[b] != " "
        b += 1
    while b < len(text) and b > hi and text[b] in MARK_SET:
        b -= 1  # do not cut a base from its marks
    return text[a:lo], text[hi:b]


def _gain(text: str, lo: int, hi: int, new_mid: str, clusters: bool = False) -> float:
    """How much cheaper the text around [lo, hi) reads with ``new_mid`` in place of it."""
    left, right = _context(text, lo, hi)
    return _cost(left + text[lo:hi] + right, clusters) - _cost(left + new_mid + right, clusters)


# Kinds of misspelling (lost_sara_am's two defects), and their pivot indexes.
LOST, SPURIOUS = 0, 1


_Index = dict[str, list[tuple[int, str]]]


def _pivots(kind: int) -> tuple[_Index, _Index, _Index]:
    """Misspellings of ``kind`` indexed by their first changed character (the pivot: า for a lost
    ำ, ำ for a spurious one) and its neighbours, as [(pivot offset, misspelling)]: two characters
    before to one after the pivot; one before to one after (pivot second); two before (pivot last)."""
    tables = _tables()
    return tables[5] if kind == SPURIOUS else tables[4]


def _build_pivots(variants: dict[str, str]) -> tuple[_Index, _Index, _Index]:
    wide: _Index = {}
    second: _Index = {}
    last: _Index = {}
    for v, w in variants.items():
        p = next(i for i, (x, y) in enumerate(zip(v, w)) if x != y)
        if p + 1 == len(v):
            last.setdefault(v[p - 2:p + 1], []).append((p, v))
        elif p >= 2:
            wide.setdefault(v[p - 2:p + 2], []).append((p, v))
        else:
            second.setdefault(v[p - 1:p + 2], []).append((p, v))
    return wide, second, last

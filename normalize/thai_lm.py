"""Thai word language model for the repair search: unigram costs from pythainlp's bundled
frequency lists (TNC, TTC), a dictionary (thai_words, names, provinces, report words) for words the
lists lack, word bigrams from the project's clean report text (data/thai_bigrams.tsv) and how often
that text puts a space after or before a word (data/thai_spaces.tsv), both built by
``python -m normalize.thai_lm``. Everything loads lazily, on the first run that needs it."""
from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .thai_orthography import TH_SET, Unit, skeleton, units

DATA = Path(__file__).resolve().parent / "data"
BIGRAMS = DATA / "thai_bigrams.tsv"
SPACES = DATA / "thai_spaces.tsv"
SPACE_PSEUDO = 4  # observations of the overall space rate a word's own rate is shrunk towards
DICT_ONLY_COUNT = 0.5  # a dictionary word no frequency list has: rarer than any counted word
NAME_COUNT = 0.3  # a given or family name
BIGRAM_WEIGHT = 0.6  # interpolation weight of the bigram where its history was seen
MIN_BIGRAM_HISTORY = 3


class Entry(NamedTuple):
    word: str
    units: tuple[Unit, ...]
    cost: float  # -log P(word)


def _thai(w: str) -> bool:
    return len(w) >= 2 and all(c in TH_SET for c in w)


@lru_cache(maxsize=1)
def counts() -> dict[str, float]:
    """word → count: TNC + TTC (scaled to TNC's size), then dictionary and names at a floor."""
    from pythainlp.corpus import provinces, thai_family_names, thai_female_names, thai_male_names
    from pythainlp.corpus import thai_words, tnc, ttc

    from .thai_data import DOMAIN_WORDS
    out: dict[str, float] = {}
    tnc_f, ttc_f = tnc.word_freqs(), ttc.word_freqs()
    scale = sum(c for _, c in tnc_f) / max(1, sum(c for _, c in ttc_f))
    for freqs, k in ((tnc_f, 1.0), (ttc_f, scale)):
        for w, c in freqs:
            if _thai(w):
                out[w] = out.get(w, 0.0) + c * k
    for source, floor in ((thai_words, DICT_ONLY_COUNT), (lambda: DOMAIN_WORDS, DICT_ONLY_COUNT * 20),
                          (provinces, DICT_ONLY_COUNT), (thai_female_names, NAME_COUNT),
                          (thai_male_names, NAME_COUNT), (thai_family_names, NAME_COUNT)):
        try:
            words = source()
        except Exception:  # pragma: no cover - corpus missing in a stripped install
            continue
        for w in words:
            if _thai(w) and out.get(w, 0.0) < floor:
                out[w] = floor
    return out


@lru_cache(maxsize=1)
def _total() -> float:
    return sum(counts().values())


def unigram_cost(word: str) -> float:
    c = counts().get(word)
    return math.log(_total() / c) if c else math.inf


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, list[Entry]], frozenset[str], int]:
    """(skeleton → entries, every skeleton prefix, longest skeleton in units)."""
    total = _total()
    index: dict[str, list[Entry]] = {}
    longest = 0
    for w, c in counts().items():
        us = tuple(units(w))
        if not us or not us[0].base:
            continue
        key = skeleton(list(us))
        index.setdefault(key, []).append(Entry(w, us, math.log(total / c)))
        longest = max(longest, len(us))
    prefixes = frozenset(k[:i] for k in index for i in range(1, len(k) + 1))
    return index, prefixes, longest


@lru_cache(maxsize=1)
def bigrams() -> tuple[dict[tuple[str, str], int], dict[str, int]]:
    pairs: dict[tuple[str, str], int] = {}
    hist: dict[str, int] = {}
    if BIGRAMS.exists():
        for line in BIGRAMS.read_text(encoding="utf-8").splitlines():
            a, b, n = line.split("\t")
            pairs[(a, b)] = int(n)
            hist[a] = hist.get(a, 0) + int(n)
    return pairs, hist


def word_cost(prev: str | None, entry: Entry) -> float:
    """-log P(word | prev): the bigram interpolated with the unigram where ``prev`` was seen."""
    if prev is None:
        return entry.cost
    pairs, hist = bigrams()
    h = hist.get(prev, 0)
    if h < MIN_BIGRAM_HISTORY:
        return entry.cost
    p = BIGRAM_WEIGHT * pairs.get((prev, entry.word), 0) / h + (1 - BIGRAM_WEIGHT) * math.exp(-entry.cost)
    return -math.log(p)


@lru_cache(maxsize=1)
def _spaces() -> tuple[dict[str, tuple[int, int, int, int]], float]:
    """word → (spaces after, Thai words after, spaces before, Thai words before); overall rate."""
    table: dict[str, tuple[int, int, int, int]] = {}
    if SPACES.exists():
        for line in SPACES.read_text(encoding="utf-8").splitlines():
            w, *n = line.split("\t")
            table[w] = tuple(map(int, n))  # type: ignore[assignment]
    spaced = sum(v[0] for v in table.values())
    return table, (spaced + 1) / (sum(v[1] for v in table.values()) + 2)


def space_prob(prev: str | None, nxt: str | None) -> float:
    """P(clean text has a space between ``prev`` and ``nxt``): each word's own rate (after
    ``prev``, before ``nxt``) shrunk towards the overall rate, combined as independent evidence
    (log-odds added)."""
    table, rate = _spaces()

    def logit(p: float) -> float:
        return math.log(p / (1 - p))

    z = logit(rate)
    for w, col in ((prev, 0), (nxt, 2)):
        if w in table:
            s, n = table[w][col], table[w][col + 1]
            z += logit((s + SPACE_PSEUDO * rate) / (n + SPACE_PSEUDO)) - logit(rate)
    return 1 / (1 + math.exp(-z))


def build_spaces(paths: list[Path]) -> dict[str, list[int]]:
    """Per Thai word: how often a space or another Thai word follows it, and precedes it."""
    from pythainlp.tokenize import word_tokenize
    out: dict[str, list[int]] = {}
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            toks = word_tokenize(" ".join(line.split()), engine="newmm", keep_whitespace=True)
            for k in range(len(toks) - 1):
                a, b, spaced = toks[k], toks[k + 1], False
                if b == " " and k + 2 < len(toks):
                    b, spaced = toks[k + 2], True
                if _thai(a) and _thai(b):
                    for w, col in ((a, 0), (b, 2)):
                        row = out.setdefault(w, [0, 0, 0, 0])
                        row[col] += spaced
                        row[col + 1] += 1
    return out


def build_bigrams(paths: list[Path]) -> dict[tuple[str, str], int]:
    """Word bigrams of clean text (pythainlp newmm), Thai words only, adjacent within a line."""
    from pythainlp.tokenize import word_tokenize
    out: dict[tuple[str, str], int] = {}
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            words = [w for w in word_tokenize(line, engine="newmm", keep_whitespace=False)]
            for a, b in zip(words, words[1:]):
                if _thai(a) and _thai(b):
                    out[(a, b)] = out.get((a, b), 0) + 1
    return out


if __name__ == "__main__":  # pragma: no cover
    # Built from the seed reports only: tests/variants stays held out for the benchmark.
    root = Path(__file__).resolve().parent.parent
    seeds = sorted(root.glob("samples/[0-9][0-9][0-9]_*.txt"))
    table = build_bigrams(seeds)
    BIGRAMS.write_text("".join(f"{a}\t{b}\t{n}\n" for (a, b), n in sorted(table.items())), encoding="utf-8")
    print(len(table), "bigrams →", BIGRAMS)
    spaces = build_spaces(seeds)
    SPACES.write_text("".join(f"{w}\t" + "\t".join(map(str, n)) + "\n" for w, n in sorted(spaces.items())),
                      encoding="utf-8")
    print(len(spaces), "words' space rates →", SPACES)

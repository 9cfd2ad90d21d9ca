"""Thai word language model for the repair search: unigram costs from pythainlp's bundled
frequency lists (TNC, TTC), a dictionary (thai_words, names, provinces, report words) for words the
lists lack (and the one-letter words both lists count, "ณ"), word bigrams from the project's clean
report text (data/thai_bigrams.tsv: a pair seen there adds to its word's probability, an unseen
one takes nothing away) and how often
that text puts a space after or before a word (data/thai_spaces.tsv), both built by
``python -m normalize.thai_lm``; in a page that displaces marks, how the page itself spaces the
word pairs it prints whole (doc_spaces) weighs first. In a page that drops marks, the words the page itself shows whole
are added (a cache model: doc_words, doc_model), and the syllables of general running text around
each word boundary (normalize.thai_syllables). Every Thai place name (geothai) is a word, likely
after a word for a kind of place (data/thai_places.json). Everything loads lazily, on the first run that
needs it."""
from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from .thai_orthography import MARK_SET, SARA_AA, SARA_AM, TH_SET, Unit, units
from .words import Prefixes

DATA = Path(__file__).resolve().parent / "data"
BIGRAMS = DATA / "thai_bigrams.tsv"
SPACES = DATA / "thai_spaces.tsv"
SPACE_PSEUDO = 8  # observations of the overall space rate a word's own rate is shrunk towards
# The document's own spacing of a pair (doc_spaces) is shrunk towards the estimate from other text
# by this many observations: one pair printed whole in the same document weighs as much as all
# other text says of it (a table's cells repeat a phrase spaced as its author typed it). The page's
# own rate of a word is shrunk towards the other text's by SPACE_PSEUDO, as that one is towards the overall rate.
DOC_SPACE_PSEUDO = 1
DICT_ONLY_COUNT = 0.5  # a dictionary word no frequency list has: rarer than any counted word
NAME_COUNT = 0.3  # a given or family name
BIGRAM_WEIGHT = 0.6  # weight of the report text's bigram, added to the unigram where its history was seen
MIN_BIGRAM_HISTORY = 3
REPORT_WEIGHT = 0.3  # share of the report text's word counts in the unigram
# Weight of the syllable context (thai_syllables.context_cost) in a word's cost, where the search
# reads dropped marks (word_cost's ``context``): there a word and its form without marks are often
# both words, and only the words around tell them apart. Elsewhere the choice is one of spacing or
# ำ, where general text's syllable pairs, most of them inside words ("ประ" + "ชุม"), would reward
# cutting a word in two.
SYLLABLE_WEIGHT = 1.0


_PLACE_PARAMS = json.loads((DATA / "thai_places.json").read_text("utf-8"))
_PLACE_CUES = frozenset(_PLACE_PARAMS["before_place"])
PLACE_SHARE: float = _PLACE_PARAMS["share"]


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Every place name (thai_data.place_names) that is a word of the lexicon."""
    from . import data_cache
    from .thai_data import place_files, place_names

    here = Path(__file__).resolve().parent
    names: tuple[str, ...] = data_cache.load_or_build(
        "thai-places", lambda: [*place_files(), (here / "thai_data.py").read_bytes()],
        lambda: tuple(sorted(w for w in place_names() if _thai(w))))
    return frozenset(names)


class Entry:
    """A dictionary word as the search reads it: the word, its cost (-log P(word)), every mark it
    has, and its units. The units are read the first time they are asked for: a skeleton's
    words are all made into entries when it is first looked up, but only about one in seven of
    them is ever aligned (the search skips the others on their marks), and reading every word
    into units was a sixth of the search's time (issue 13)."""

    __slots__ = ("word", "cost", "marks", "_units")

    def __init__(self, word: str, units: tuple[Unit, ...] | None = None, cost: float = 0.0,
                 marks: frozenset[str] = frozenset()):
        self.word = word
        self.cost = cost
        self.marks = marks
        self._units = units

    @property
    def units(self) -> tuple[Unit, ...]:
        if self._units is None:
            self._units = tuple(units(self.word))
        return self._units

    def __repr__(self) -> str:
        return f"Entry({self.word!r}, cost={self.cost!r})"


def _thai(w: str) -> bool:
    return len(w) >= 2 and all(c in TH_SET for c in w)


# pythainlp's lists counts() reads (keys of the cache files built from them)
CORPUS_FILES = ("tnc_freq.txt", "ttc_freq.txt", "words_th.txt", "person_names_female_th.txt",
                "person_names_male_th.txt", "family_names_th.txt", "thailand_provinces_th.csv")


def corpus_sources() -> list[bytes]:
    """What the repair's word tables are built from: pythainlp's lists and this package's code
    that reads them (a change of either makes new cache files)."""
    from . import data_cache
    from .thai_data import place_files

    here = Path(__file__).resolve().parent
    # the lists' digests, each read and hashed once a process for the three tables keyed on them
    return ([data_cache.package_digest("pythainlp.corpus", name) for name in CORPUS_FILES] + place_files()
            + [(here / name).read_bytes() for name in ("thai_lm.py", "thai_data.py", "thai_orthography.py")])


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, float], tuple[str, ...], tuple[str, ...]]:
    """(counts, the lexicon's skeletons sorted, each one's words joined by spaces): from the cache file
    (loading takes about a quarter of building), else built. Built the same in every process,
    whatever its string hashing (PYTHONHASHSEED): sets are read in sorted order."""
    from . import data_cache

    return data_cache.load_or_build("thai-lm", corpus_sources, _build_tables)


def _build_tables() -> tuple[dict[str, float], tuple[str, ...], tuple[str, ...]]:
    out = _build_counts()
    words: dict[str, list[str]] = {}
    # in code-point order: the search keeps the first of two readings that cost the same, so the
    # order a skeleton's words are tried in must not depend on how a process hashes strings
    for w in sorted(out):
        if w[0] not in MARK_SET:
            words.setdefault(w.translate(_SKELETON), []).append(w)
    # one string per skeleton, not a list: 86k lists would be 86k more objects for every full
    # garbage collection of the process to walk (a counted word is Thai letters, no space)
    # the skeletons sorted (marshal stores each string once), not the set of their 239k prefixes,
    # which took ~0.06 s of every worker's start to read back (issue 13)
    # two tuples side by side, not a dict: marshal reads a tuple back without hashing its 91k
    # strings and building a table of them (a third of this file's ~80 ms load), and a search
    # looks up a few thousand skeletons, each once, by bisection (Lexicon.entries) (issue 13)
    skeletons = tuple(sorted(words))
    return out, skeletons, tuple(" ".join(words[k]) for k in skeletons)


def counts() -> dict[str, float]:
    """word → count: TNC + TTC (scaled to TNC's size), then dictionary and names at a floor."""
    return _tables()[0]


def _build_counts() -> dict[str, float]:
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names
    from pythainlp.corpus import thai_words, tnc, ttc

    from .thai_data import DOMAIN_WORDS, place_names, province_names
    out: dict[str, float] = {}
    # pythainlp reads its lists into sets: sorted, so that the counts come out in one order
    tnc_f, ttc_f = sorted(tnc.word_freqs()), sorted(ttc.word_freqs())
    scale = sum(c for _, c in tnc_f) / max(1, sum(c for _, c in ttc_f))
    for freqs, k in ((tnc_f, 1.0), (ttc_f, scale)):
        for w, c in freqs:
            if _thai(w):
                out[w] = out.get(w, 0.0) + c * k
    # One-letter words: those both lists count ("ณ", "ธ"; TNC alone also counts the list marks and
    # abbreviations "ก", "ป", "จ" a tokenizer cut off). Without them "ประกาศ ณ วันที่" read ณ as no
    # word at all, and a word that lost a mark ("ณุ") beat it.
    single = {w: c for w, c in tnc_f if len(w) == 1 and w in TH_SET}
    for w, c in ttc_f:
        if w in single:
            out[w] = single[w] + c * scale
    for source, floor in ((thai_words, DICT_ONLY_COUNT), (lambda: DOMAIN_WORDS, DICT_ONLY_COUNT * 20),
                          (province_names, DICT_ONLY_COUNT), (place_names, DICT_ONLY_COUNT),
                          (thai_female_names, NAME_COUNT),
                          (thai_male_names, NAME_COUNT), (thai_family_names, NAME_COUNT)):
        try:
            words = source()
        except Exception:  # pragma: no cover - corpus missing in a stripped install
            continue
        for w in sorted(words):  # a set: its order (the counts' order, their sum) must not hang on hashing
            if _thai(w) and out.get(w, 0.0) < floor:
                out[w] = floor
    return out


@lru_cache(maxsize=1)
def _total() -> float:
    return sum(counts().values())


def unigram_cost(word: str) -> float:
    c = counts().get(word)
    return math.log(_total() / c) if c else math.inf


class Lexicon:
    """The words of ``counts`` by skeleton (bases only, ำ read as า): ``entries(skeleton)`` gives
    each word's units and cost, made the first time its skeleton is looked up — a run's search
    looks up a few hundred skeletons, while reading all 100k words into units took 1–2 s."""

    __slots__ = ("skeletons", "words", "prefixes", "longest", "_entries")

    def __init__(self, skeletons: tuple[str, ...], words: tuple[str, ...], prefixes: Prefixes, longest: int):
        self.skeletons = skeletons  # sorted
        self.words = words  # each skeleton's words in code-point order, joined by spaces
        self.prefixes = prefixes  # prefixes[piece]: does some skeleton begin with piece
        self.longest = longest  # the longest skeleton, in units
        self._entries: dict[str, tuple[Entry, ...]] = {}

    def entries(self, key: str) -> tuple[Entry, ...]:
        """The words whose skeleton is ``key``."""
        found = self._entries.get(key)
        if found is None:
            found = self._entries[key] = self._read(key)
        return found

    def _read(self, key: str) -> tuple[Entry, ...]:
        """The entries of ``key``'s words (none for no skeleton of the lexicon)."""
        skeletons = self.skeletons
        i = bisect_left(skeletons, key)
        if i == len(skeletons) or skeletons[i] != key:
            return ()
        c, total = counts(), _total()
        return tuple(Entry(w, None, math.log(total / c[w]), frozenset(w) & MARK_SET)
                     for w in self.words[i].split(" "))


# A word's skeleton: its marks dropped and ำ read as า (what skeleton(units(word)) gives).
_SKELETON = str.maketrans({**dict.fromkeys(MARK_SET), SARA_AM: SARA_AA})


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Every word of ``counts`` but those starting with a mark, by skeleton."""
    _, skeletons, words = _tables()
    return Lexicon(skeletons, words, Prefixes(skeletons), max(map(len, skeletons), default=0))


_SOURCE: list[list[Path]] = []  # clean texts the context tables are built from instead (trained_on)


@contextmanager
def trained_on(paths: list[Path]) -> Iterator[None]:
    """Within the block, bigrams and space rates come from ``paths`` instead of the data files:
    the benchmark scores each seed report with tables built from the other seeds."""
    from .thai_search import repair_run
    _SOURCE.append(paths)
    caches = (_bigram_rows, bigrams, spaced_pairs, report_unigrams, _spaces, history, repair_run)
    try:
        for c in caches:
            c.cache_clear()
        yield
    finally:
        _SOURCE.pop()
        for c in caches:
            c.cache_clear()


@lru_cache(maxsize=1)
def _bigram_rows() -> list[tuple[str, str, int, int]]:
    """(a, b, count, count with a space between) of data/thai_bigrams.tsv."""
    if _SOURCE:
        return [(a, b, n, s) for (a, b), (n, s) in build_bigrams(_SOURCE[-1]).items()]
    rows = []
    if BIGRAMS.exists():
        for line in BIGRAMS.read_text(encoding="utf-8").splitlines():
            a, b, n, s = line.split("\t")
            rows.append((a, b, int(n), int(s)))
    return rows


@lru_cache(maxsize=1)
def bigrams() -> tuple[dict[tuple[str, str], int], dict[str, int]]:
    pairs: dict[tuple[str, str], int] = {}
    hist: dict[str, int] = {}
    for a, b, n, _ in _bigram_rows():
        pairs[(a, b)] = n
        hist[a] = hist.get(a, 0) + n
    return pairs, hist


@lru_cache(maxsize=1)
def spaced_pairs() -> dict[tuple[str, str], tuple[int, int]]:
    return {(a, b): (n, s) for a, b, n, s in _bigram_rows()}


@lru_cache(maxsize=1)
def report_unigrams() -> tuple[dict[str, int], int]:
    """Word counts of the clean report text (the words of its bigrams), and their total."""
    out: dict[str, int] = {}
    for a, b, n, _ in _bigram_rows():
        out[a] = out.get(a, 0) + n
        out[b] = out.get(b, 0) + n
    return out, max(1, sum(out.values()))


def unigram_p(entry: Entry) -> float:
    """P(word): the general lists mixed with the report text, where report words ("ความเสี่ยง",
    "เชิงรุก") are far more common than in general text."""
    seen, total = report_unigrams()
    return (1 - REPORT_WEIGHT) * math.exp(-entry.cost) + REPORT_WEIGHT * seen.get(entry.word, 0) / total


def word_cost(prev: str | None, entry: Entry, doc: dict[str, float] | None = None, context: bool = False) -> float:
    """-log P(word | prev): the unigram plus the report text's bigram where ``prev`` was seen, plus
    the document's own words (``doc``, doc_model) where it has them; with ``context``, times
    how much more often general running text has the word's first syllable after ``prev``'s last
    (normalize.thai_syllables)."""
    p = unigram_p(entry)
    if prev is not None:
        pairs, hist = bigrams()
        h = hist.get(prev, 0)
        if h >= MIN_BIGRAM_HISTORY:
            # the pair's rate added, the other words not shrunk: five reports leave most real pairs
            # unseen, and shrinking every unseen one made a word the reports know dearer to follow
            # than a rare word or a unit no word reads ("ส่วนหน่วยงาน" read "สวนหน่วยงาน")
            p += BIGRAM_WEIGHT * pairs.get((prev, entry.word), 0) / h
    if doc:
        # the document's words added, the others not shrunk: shrinking every word not in the cache
        # made a reading of more words dearer than one of fewer ("ที่ร่วมกัน" read "ที่รวมกัน")
        p += doc[""] * doc.get(entry.word, 0.0)
    if prev in _PLACE_CUES and entry.word in places():
        # after "ตำบล", "อำเภอ"…: a place name, whether or not a frequency list has it
        p = max(p, PLACE_SHARE / len(places()))
    if context and prev is not None:
        # general running text's syllables around the word boundary (normalize.thai_syllables):
        # "เผยแพร่" + ข่าว, not ขาว; "เข้า" + ร่วม, not รวม
        from .thai_syllables import context_cost
        return -math.log(p) + SYLLABLE_WEIGHT * context_cost(prev, entry.word)
    return -math.log(p)


@lru_cache(maxsize=200_000)
def history(prev: str, context: bool) -> object:
    """What word_cost reads of the word before: the word itself where its bigrams are used (seen
    often enough) or it cues a place name; else, with ``context``, its last syllable; else nothing.
    Two words with the same history give every next word the same cost (the search's states)."""
    if prev in _PLACE_CUES or bigrams()[1].get(prev, 0) >= MIN_BIGRAM_HISTORY:
        return prev
    if context:
        from .thai_syllables import edges
        return "\0" + edges(prev)[1]  # never a word
    return ""


CACHE_WEIGHT = 0.3  # share of the document's own words in the model (a cache language model)
CACHE_MIN_LETTERS = 3  # shorter words with marks are as often pieces of broken words ("ก็" of "กวา")
CACHE_MIN_COUNT = 2  # a word seen once may be a piece of a broken word the tokenizer read ("วาปี" of "กวาปี")
CACHE_PSEUDO = 100  # ... reached for a document of many more words than this; a short one's words say little


@lru_cache(maxsize=64)
def doc_model(words: frozenset[tuple[str, int]]) -> dict[str, float]:
    """P(word) over the words a document shows with all their marks (Priors.doc_words): a page
    that drops marks still shows most of its words whole ("ข่าว" in one line is evidence for
    reading "ขาว" as ข่าว in another; a place name, "บ้านเป้า", no dictionary has)."""
    total = sum(n for _, n in words)
    if not total:
        return {}
    # "" holds the cache's weight (no word is empty)
    return {**{w: n / total for w, n in words}, "": CACHE_WEIGHT * total / (total + CACHE_PSEUDO)}


def doc_words(text: str) -> frozenset[tuple[str, int]]:
    """(word, count) of the dictionary words with marks in ``text`` (newmm words) that are no
    commoner word with marks dropped ("เมือ" is เมื่อ without its tone, "ผู" ผู้ without its own:
    where a page drops marks, those are its broken words, not its vocabulary)."""
    from .words import tokenize
    c = counts()
    out: dict[str, int] = {}
    for tok in tokenize(text, keep_whitespace=False):
        if tok in c and not MARK_SET.isdisjoint(tok) and sum(ch not in MARK_SET for ch in tok) >= CACHE_MIN_LETTERS:
            out[tok] = out.get(tok, 0) + 1
    return frozenset((w, n) for w, n in out.items() if n >= CACHE_MIN_COUNT and not _broken_form(w))


@lru_cache(maxsize=20_000)
def _broken_form(word: str) -> bool:
    """Is ``word`` a commoner word of its skeleton with one or more marks dropped?"""
    c = counts()
    us = units(word)
    for e in lexicon().entries(word.translate(_SKELETON)):
        if e.word != word and c[e.word] > c[word] and len(e.units) == len(us) and all(
                a.am == b.am and set(a.marks) <= set(b.marks) for a, b in zip(us, e.units)):
            return True
    return False


@lru_cache(maxsize=1)
def _spaces() -> tuple[dict[str, tuple[int, int, int, int]], float]:
    """word → (spaces after, Thai words after, spaces before, Thai words before); overall rate."""
    table: dict[str, tuple[int, int, int, int]] = {}
    if _SOURCE:
        table = {w: tuple(n) for w, n in build_spaces(_SOURCE[-1]).items()}  # type: ignore[misc]
    elif SPACES.exists():
        for line in SPACES.read_text(encoding="utf-8").splitlines():
            w, *n = line.split("\t")
            table[w] = tuple(map(int, n))  # type: ignore[assignment]
    spaced = sum(v[0] for v in table.values())
    return table, (spaced + 1) / (sum(v[1] for v in table.values()) + 2)


def space_prob(prev: str | None, nxt: str | None, doc: DocSpaces | None = None) -> float:
    """P(clean text has a space between ``prev`` and ``nxt``): each word's own rate (after
    ``prev``, before ``nxt``) shrunk towards the overall rate, then the page's own rate for that
    word (``doc``: doc_space_model) shrunk towards that, combined as independent evidence
    (log-odds added); then the pair's own rate shrunk towards that, then the page's own."""
    table, rate = _spaces()

    def logit(p: float) -> float:
        return math.log(p / (1 - p))

    pairs, after, before = doc if doc else ({}, {}, {})
    z = logit(rate)
    for w, col, page in ((prev, 0, after), (nxt, 2, before)):
        r = rate
        if w in table:
            s, n = table[w][col], table[w][col + 1]
            r = (s + SPACE_PSEUDO * rate) / (n + SPACE_PSEUDO)
        if w in page:
            n, s = page[w]
            r = (s + SPACE_PSEUDO * r) / (n + SPACE_PSEUDO)
        z += logit(r) - logit(rate)
    p = 1 / (1 + math.exp(-z))
    # the pair itself, where clean text has it, shrunk towards the words' estimate
    n, s = spaced_pairs().get((prev, nxt), (0, 0)) if prev and nxt else (0, 0)
    p = (s + SPACE_PSEUDO * p) / (n + SPACE_PSEUDO)
    if prev and nxt and (prev, nxt) in pairs:
        n, s = pairs[(prev, nxt)]
        p = (s + DOC_SPACE_PSEUDO * p) / (n + DOC_SPACE_PSEUDO)
    return p


def doc_spaces(text: str) -> frozenset[tuple[str, str, int, int]]:
    """(a, b, times next to each other, times with a space between) of the Thai words ``text``
    prints next to each other on a line (newmm words, at most a space between), where every Thai
    word of the space-free pieces they stand in is a counted word: where a page displaces marks,
    a piece with a mark moved ("ประชมุ": ประ + ช + มุ) holds no word pair, and the gap after it is
    no evidence."""
    from .words import tokenize
    c = counts()
    out: dict[tuple[str, str], list[int]] = {}
    for line in text.splitlines():
        last = ""  # the last word of the piece before, where that piece reads as words and ends in one
        for piece in line.split():
            toks = tokenize(piece, keep_whitespace=False)
            if any(t not in c for t in toks if not TH_SET.isdisjoint(t)):
                last = ""
                continue
            pairs = [(a, b, 0) for a, b in zip(toks, toks[1:])]
            if last:
                pairs.append((last, toks[0], 1))
            for a, b, spaced in pairs:
                if _thai(a) and _thai(b):
                    row = out.setdefault((a, b), [0, 0])
                    row[0] += 1
                    row[1] += spaced
            last = toks[-1] if toks and _thai(toks[-1]) else ""
    return frozenset((a, b, n, s) for (a, b), (n, s) in out.items())


# doc_spaces as look-ups: (a, b) → (times next to each other, times spaced); a word →
# (times another word follows it, times with a space between); a word → the same of the word before
DocSpaces = tuple[dict[tuple[str, str], tuple[int, int]], dict[str, tuple[int, int]], dict[str, tuple[int, int]]]


@lru_cache(maxsize=8)
def doc_space_model(text: str) -> DocSpaces:
    """The page's pair and word rates space_prob reads, from its text (Priors.doc_text): made
    the first time one of its displaced marks' gaps is decided (a page's newmm pass, ~2 ms a
    thousand characters), not for every page that displaces marks."""
    pairs = doc_spaces(text)
    after: dict[str, list[int]] = {}
    before: dict[str, list[int]] = {}
    for a, b, n, s in pairs:
        for w, side in ((a, after), (b, before)):
            row = side.setdefault(w, [0, 0])
            row[0] += n
            row[1] += s
    return ({(a, b): (n, s) for a, b, n, s in pairs}, {w: (n, s) for w, (n, s) in after.items()},
            {w: (n, s) for w, (n, s) in before.items()})


def _adjacent(paths: list[Path]) -> Iterator[tuple[str, str, bool]]:
    """(a, b, spaced) for each two Thai words of clean text (pythainlp newmm) next to each other
    on a line, a space between them or not."""
    from pythainlp.tokenize import word_tokenize
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            toks = word_tokenize(" ".join(line.split()), engine="newmm", keep_whitespace=True)
            for k in range(len(toks) - 1):
                a, b, spaced = toks[k], toks[k + 1], False
                if b == " " and k + 2 < len(toks):
                    b, spaced = toks[k + 2], True
                if _thai(a) and _thai(b):
                    yield a, b, spaced


def build_spaces(paths: list[Path]) -> dict[str, list[int]]:
    """Per Thai word: how often a space or another Thai word follows it, and precedes it."""
    out: dict[str, list[int]] = {}
    for a, b, spaced in _adjacent(paths):
        for w, col in ((a, 0), (b, 2)):
            row = out.setdefault(w, [0, 0, 0, 0])
            row[col] += spaced
            row[col + 1] += 1
    return out


def build_bigrams(paths: list[Path]) -> dict[tuple[str, str], list[int]]:
    """Word bigrams of clean text: (a, b) → [count, count with a space between]."""
    out: dict[tuple[str, str], list[int]] = {}
    for a, b, spaced in _adjacent(paths):
        row = out.setdefault((a, b), [0, 0])
        row[0] += 1
        row[1] += spaced
    return out


if __name__ == "__main__":  # pragma: no cover
    # Built from the seed reports only: tests/variants stays held out for the benchmark.
    root = Path(__file__).resolve().parent.parent
    seeds = sorted(root.glob("samples/[0-9][0-9][0-9]_*.txt"))
    table = build_bigrams(seeds)
    BIGRAMS.write_text("".join(f"{a}\t{b}\t{n}\t{s}\n" for (a, b), (n, s) in sorted(table.items())),
                       encoding="utf-8")
    print(len(table), "bigrams →", BIGRAMS)
    spaces = build_spaces(seeds)
    SPACES.write_text("".join(f"{w}\t" + "\t".join(map(str, n)) + "\n" for w, n in sorted(spaces.items())),
                      encoding="utf-8")
    print(len(spaces), "words' space rates →", SPACES)

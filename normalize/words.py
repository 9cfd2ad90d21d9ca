"""The word dictionaries tokenizing and wrap joining share, built once per process.

pythainlp's newmm tokenizer reads its dictionary only through ``prefixes(text, start)``, so a
``Words`` — the word set plus a ``Prefixes`` index of every word's beginnings — stands in for a
``pythainlp.util.Trie`` (a Trie of the same 62k words takes about 1 s of node-by-node Python) and
gives the same words. The index is the sorted words, searched by bisection the first time a
string is asked about and remembered after: loading the 235k prefixes as a set took ~0.07 s of
every process's start (issue 13), most of them never asked about by a small report. Every
dictionary here extends the one before it (pythainlp's words → report words → place names), so
each is built once and only when a file needs it.
"""
from __future__ import annotations

import typing
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

if typing.TYPE_CHECKING:
    from pythainlp.util import Trie


# Answers a Prefixes keeps before it starts again (~20 MB).
SEEN_LIMIT = 200_000


class Prefixes(dict[str, bool]):
    """``prefixes[piece]``: is ``piece`` the beginning of one of the words (or a whole word)?
    (The empty string is not, as it is in no set of prefixes.)

    A binary search in the sorted words (a word begins with ``piece`` exactly when the first
    word not below it does) the first time ``piece`` is asked about; the answer is kept in the
    dict, so asking again is a plain dict look-up and a process pays only for the strings its
    files ask about. ``base``: the index of the dictionary this one extends, asked in turn."""

    __slots__ = ("_sorted", "_base")

    def __init__(self, sorted_words: tuple[str, ...], base: Prefixes | None = None):
        super().__init__()
        self._sorted, self._base = sorted_words, base

    def __missing__(self, piece: str) -> bool:
        words = self._sorted
        i = bisect_left(words, piece)
        found = bool(piece) and ((i < len(words) and words[i].startswith(piece))
                                 or (self._base is not None and self._base[piece]))
        if len(self) >= SEEN_LIMIT:  # a long run's memory stays flat
            self.clear()
        self[piece] = found
        return found

    def __contains__(self, piece: object) -> bool:
        return isinstance(piece, str) and self[piece]


class Words:
    """A word list with the interface of ``pythainlp.util.Trie`` that newmm uses.

    ``prefix_set`` answers whether a string begins some word; it may say yes for more — a walk
    then goes on a little longer and finds the same words — so one index serves every
    dictionary built from the same words."""

    __slots__ = ("words", "prefix_set")

    def __init__(self, words: frozenset[str], prefix_set: Prefixes):
        self.words, self.prefix_set = words, prefix_set

    @classmethod
    def of(cls, words: Iterable[str]) -> Words:
        words = frozenset(w.strip() for w in words) - {""}  # as Trie.add stores them
        return cls(words, Prefixes(tuple(sorted(words))))

    def extend(self, words: Iterable[str]) -> Words:
        """This dictionary plus ``words`` (only theirs are sorted)."""
        new = frozenset(w.strip() for w in words) - {""} - self.words
        return Words(self.words | new, Prefixes(tuple(sorted(new)), self.prefix_set))

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The words ``text`` holds from ``start`` on, shortest first (as ``Trie.prefixes``)."""
        found, prefix_set, words = [], self.prefix_set, self.words
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            if not prefix_set[piece]:
                break
            if piece in words:
                found.append(piece)
        return found

    def longest_prefix(self, text: str) -> int:
        """Length of the longest word ``text`` starts with (0: none)."""
        longest, prefix_set, words = 0, self.prefix_set, self.words
        for end in range(1, len(text) + 1):
            piece = text[:end]
            if not prefix_set[piece]:
                break
            if piece in words:
                longest = end
        return longest

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def __iter__(self) -> Iterator[str]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)


@lru_cache(maxsize=1)
def report_words() -> Words:
    """pythainlp's words plus the report words it lacks (``thai_data.DOMAIN_WORDS``)."""
    return Words(*_report_sets()[:2])


@lru_cache(maxsize=1)
def thai_words() -> Words:
    """pythainlp's own dictionary: what ``word_tokenize(text, engine="newmm")`` uses by default
    (report words' prefix index, which finds the same words)."""
    words, prefixes, domain_only = _report_sets()
    return Words(words - domain_only, prefixes)


@lru_cache(maxsize=1)
def _report_sets() -> tuple[frozenset[str], Prefixes, frozenset[str]]:
    """(pythainlp's words and DOMAIN_WORDS, their prefix index, the DOMAIN_WORDS pythainlp lacks)."""
    ordered, domain_only = _report_lists()
    return frozenset(ordered), Prefixes(ordered), frozenset(domain_only)


def _report_lists() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(pythainlp's words and DOMAIN_WORDS sorted, the DOMAIN_WORDS pythainlp lacks): from the
    cache file when one was made from the same word lists and code, else built. Tuples, not
    sets: marshal reads them back without hashing every string."""
    from . import data_cache

    return data_cache.load_or_build("words", report_sources, _build_report_lists)


def report_sources() -> list[bytes]:
    """What report_words is made from (the key of the cache files of tables built from it)."""
    from pathlib import Path

    from . import data_cache

    return [data_cache.package_digest("pythainlp.corpus", "words_th.txt"),  # thai_words(); read once a process
            Path(__file__).read_bytes(), Path(__file__).with_name("thai_data.py").read_bytes()]


def _build_report_lists() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from pythainlp.corpus import thai_words as corpus_words

    from .thai_data import DOMAIN_WORDS

    corpus = frozenset(w.strip() for w in corpus_words()) - {""}
    words = corpus | (frozenset(w.strip() for w in DOMAIN_WORDS) - {""})
    return tuple(sorted(words)), tuple(sorted(words - corpus))


def tokenize(text: str, words: Words | None = None, keep_whitespace: bool = True) -> list[str]:
    """pythainlp's newmm tokenization of ``text`` with ``words`` (default: pythainlp's own
    dictionary, shared instead of the Trie pythainlp would build for it)."""
    from pythainlp.tokenize import word_tokenize

    # Words has the two methods newmm calls on a Trie (prefixes, __contains__)
    custom = typing.cast("Trie", words if words is not None else thai_words())
    return word_tokenize(text, custom_dict=custom, engine="newmm",
                         keep_whitespace=keep_whitespace)

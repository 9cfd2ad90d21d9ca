"""The word dictionaries tokenizing and wrap joining share, built once per process.

pythainlp's newmm tokenizer reads its dictionary only through ``prefixes(text, start)``, so a
``Words`` — the word set plus the set of every word's prefixes — stands in for a
``pythainlp.util.Trie``: built with C-level set operations in about 0.15 s, where a Trie of the
same 62k words takes about 1 s of node-by-node Python, and it gives the same words. Every
dictionary here extends the one before it (pythainlp's words → report words → place names), so
each is built once and only when a file needs it.
"""
from __future__ import annotations

import typing
from collections.abc import Iterable, Iterator
from functools import lru_cache

if typing.TYPE_CHECKING:
    from pythainlp.util import Trie


class Words:
    """A word list with the interface of ``pythainlp.util.Trie`` that newmm uses.

    ``prefix_set`` holds every prefix of every word (the words too); it may hold more — a walk
    then goes on a little longer and finds the same words — so one prefix set serves every
    dictionary built from the same words."""

    __slots__ = ("words", "prefix_set")

    def __init__(self, words: frozenset[str], prefix_set: frozenset[str]):
        self.words, self.prefix_set = words, prefix_set

    @classmethod
    def of(cls, words: Iterable[str]) -> Words:
        words = frozenset(w.strip() for w in words) - {""}  # as Trie.add stores them
        return cls(words, _prefixes(words))

    def extend(self, words: Iterable[str]) -> Words:
        """This dictionary plus ``words`` (only their prefixes are computed)."""
        new = frozenset(w.strip() for w in words) - {""} - self.words
        return Words(self.words | new, self.prefix_set | _prefixes(new))

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The words ``text`` holds from ``start`` on, shortest first (as ``Trie.prefixes``)."""
        found, prefix_set, words = [], self.prefix_set, self.words
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            if piece not in prefix_set:
                break
            if piece in words:
                found.append(piece)
        return found

    def longest_prefix(self, text: str) -> int:
        """Length of the longest word ``text`` starts with (0: none)."""
        longest, prefix_set, words = 0, self.prefix_set, self.words
        for end in range(1, len(text) + 1):
            piece = text[:end]
            if piece not in prefix_set:
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


def _prefixes(words: Iterable[str]) -> frozenset[str]:
    return frozenset({w[:k] for w in words for k in range(1, len(w) + 1)})


@lru_cache(maxsize=1)
def report_words() -> Words:
    """pythainlp's words plus the report words it lacks (``thai_data.DOMAIN_WORDS``)."""
    words, prefix_set, _ = _report_sets()
    return Words(words, prefix_set)


@lru_cache(maxsize=1)
def thai_words() -> Words:
    """pythainlp's own dictionary: what ``word_tokenize(text, engine="newmm")`` uses by default
    (report words' prefix set, which finds the same words)."""
    words, prefix_set, domain_only = _report_sets()
    return Words(words - domain_only, prefix_set)


@lru_cache(maxsize=1)
def _report_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(pythainlp's words and DOMAIN_WORDS, their prefixes, the DOMAIN_WORDS pythainlp lacks):
    from the cache file when one was made from the same word lists and code, else built."""
    from pathlib import Path

    from . import data_cache

    return data_cache.load_or_build(
        "words", lambda: [data_cache.package_file("pythainlp.corpus", "words_th.txt"),  # thai_words()
                          Path(__file__).read_bytes(), Path(__file__).with_name("thai_data.py").read_bytes()],
        _build_report_sets)


def _build_report_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from pythainlp.corpus import thai_words as corpus_words

    from .thai_data import DOMAIN_WORDS

    corpus = frozenset(w.strip() for w in corpus_words()) - {""}
    words = Words.of(corpus).extend(DOMAIN_WORDS)
    return words.words, words.prefix_set, words.words - corpus


def tokenize(text: str, words: Words | None = None, keep_whitespace: bool = True) -> list[str]:
    """pythainlp's newmm tokenization of ``text`` with ``words`` (default: pythainlp's own
    dictionary, shared instead of the Trie pythainlp would build for it)."""
    from pythainlp.tokenize import word_tokenize

    # Words has the two methods newmm calls on a Trie (prefixes, __contains__)
    custom = typing.cast("Trie", words if words is not None else thai_words())
    return word_tokenize(text, custom_dict=custom, engine="newmm",
                         keep_whitespace=keep_whitespace)

"""The word dictionaries tokenizing and wrap joining share, built once per process.

pythainlp's newmm tokenizer reads its dictionary only through ``prefixes(text, start)``, so a
``Words`` — the word set plus the set of every word's prefixes — stands in for a
``pythainlp.util.Trie``: built with C-level set operations in about 0.15 s, where a Trie of the
same 62k words takes about 1 s of node-by-node Python, and it gives the same words. Every
dictionary here extends the one before it (pythainlp's words → report words → place names), so
each is built once and only when a file needs it.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache


class Words:
    """A word list with the interface of ``pythainlp.util.Trie`` that newmm uses.

    ``extend`` makes a larger dictionary from this one without rebuilding it."""

    __slots__ = ("words", "prefix_set")

    def __init__(self, words: Iterable[str] = (), _base: Words | None = None):
        # stripped and non-empty, as Trie.add stores them
        new = frozenset(w.strip() for w in words) - {""}
        if _base is not None:
            new -= _base.words
        own = frozenset({w[:k] for w in new for k in range(1, len(w) + 1)})
        self.words = new if _base is None else _base.words | new
        self.prefix_set = own if _base is None else _base.prefix_set | own

    def extend(self, words: Iterable[str]) -> Words:
        """This dictionary plus ``words``."""
        return Words(words, _base=self)

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


@lru_cache(maxsize=1)
def thai_words() -> Words:
    """pythainlp's own dictionary: what ``word_tokenize(text, engine="newmm")`` uses by default."""
    from pythainlp.corpus import thai_words as corpus_words

    return Words(corpus_words())


@lru_cache(maxsize=1)
def report_words() -> Words:
    """pythainlp's words plus the report words it lacks (``thai_data.DOMAIN_WORDS``)."""
    from .thai_data import DOMAIN_WORDS

    return thai_words().extend(DOMAIN_WORDS)


def tokenize(text: str, words: Words | None = None, keep_whitespace: bool = True) -> list[str]:
    """pythainlp's newmm tokenization of ``text`` with ``words`` (default: pythainlp's own
    dictionary, shared instead of the Trie pythainlp would build for it)."""
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, custom_dict=words if words is not None else thai_words(), engine="newmm",
                         keep_whitespace=keep_whitespace)

"""Pattern text that a regex engine matches in linear time.

Cue patterns are built from optional pieces joined by ``\\s*``; where two such runs meet around an
optional word, a long run of spaces can be split between them in every way (quadratic per attempt,
cubic over a search). Possessive runs never give spaces back, so the split is tried once.
"""
from __future__ import annotations

import regex
from normalize import patterns

# `\s*` not already possessive or lazy
_GREEDY_SPACES = patterns.compile(r"(?<!\\)((?:\\\\)*)\\s\*(?![+?])")


def possessive_spaces(pattern: str) -> str:
    """Every greedy ``\\s*`` made possessive (``\\s*+``). Safe where no run of spaces is followed by
    something that itself needs a leading space (``\\s*\\s`` or ``\\s*(?:x)?\\s+``): the cue tables'
    pieces all start with a word, a sign or a digit."""
    return _GREEDY_SPACES.sub(lambda m: m.group(1) + r"\s*+", pattern)


def after_token(pattern: str) -> str:
    """A pattern matched right after a token (``.match(text, end_of_number)``): it never starts inside
    a run of spaces, so a search over a long run does not rescan the run from each of its positions."""
    return r"(?<!\s)" + possessive_spaces(pattern)

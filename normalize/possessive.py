"""Patterns with possessive quantifiers (``\\s*+``) or atomic groups, matching what stdlib re would.

Stdlib re has those only from Python 3.11 and the project supports 3.10, so such patterns are
compiled with `regex`. Its classes are wider than re's: ``\\s`` is Unicode White_Space where re's is
``str.isspace()`` (which adds U+001C-U+001F), and ``\\w``, ``\\b`` and ``\\d`` differ on thousands of
code points (Thai marks are ``\\w`` in regex only). ``compile_possessive`` spells re's ``\\s`` and
``\\S`` out and refuses the others, so a pattern moved here keeps every match it had.
"""
from __future__ import annotations

import regex
from . import patterns

_RE_SPACE = r"\s\x1c-\x1f"  # re's \s, as the inside of a regex class


def compile_possessive(pattern: str) -> regex.Pattern[str]:
    """``regex.compile`` of a pattern written for stdlib re (no flags: none is needed yet)."""
    return patterns.compile(re_classes(pattern))


def re_classes(pattern: str) -> str:
    """``pattern`` with stdlib re's ``\\s``/``\\S`` spelled out for `regex`; ValueError on an escape
    whose meaning differs between the two and that cannot be spelled out here."""
    out: list[str] = []
    i, class_start = 0, -1  # class_start: where the open class's items begin (-1: outside a class)
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            escape = pattern[i + 1]
            if escape == "s":
                out.append(_RE_SPACE if class_start >= 0 else f"[{_RE_SPACE}]")
            elif escape == "S" and class_start < 0:
                out.append(f"[^{_RE_SPACE}]")
            elif escape in "SwWbBdD":
                raise ValueError(f"\\{escape} means something else in regex than in re: {pattern!r}")
            else:
                out.append(char + escape)
            i += 2
            continue
        if class_start < 0 and char == "[":
            class_start = i + 1 + (pattern.startswith("^", i + 1))
        elif class_start >= 0 and char == "]" and i > class_start:  # "[]…]": a first "]" is literal
            class_start = -1
        out.append(char)
        i += 1
    return "".join(out)

"""Edits for the Thai rule chain (normalize.thai_chain): every rule finds (start, end, replacement)
edits in its input and applies them; the repair reports each one as a Fix."""
from __future__ import annotations

import difflib
import re
from typing import Any, Callable

Edit = tuple[int, int, str]  # replace text[start:end] with the string


def _apply(text: str, edits: list[Edit]) -> str:
    if not edits:
        return text
    out, pos = [], 0
    for start, end, repl in edits:
        out.append(text[pos:start])
        out.append(repl)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _regex_edits(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str] | str,
                 text: str) -> list[Edit]:
    edits = []
    for m in pattern.finditer(text):
        new = repl(m) if callable(repl) else m.expand(repl)
        if new != m.group():
            edits.append((m.start(), m.end(), new))
    return edits


MERGE_GAP = 3  # hunks this close are one change: a mark moved over its neighbour's cluster


def _diff_edits(old: str, new: str, offset: int) -> list[Edit]:
    """Edits turning ``old`` (a short run) into ``new``; hunks up to MERGE_GAP characters apart
    are one edit ("ท่เี ริ่ม" → "ที่เริ่ม" is one moved mark, not an insertion and a deletion)."""
    ops = [op for op in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()]
    edits: list[list[Any]] = []  # [start, end, replacement], grown while hunks merge
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        if edits and i1 - edits[-1][1] <= MERGE_GAP:
            last = edits[-1]
            last[2] += old[last[1]:i1] + new[j1:j2]
            last[1] = i2
        else:
            edits.append([i1, i2, new[j1:j2]])
    return [(offset + a, offset + b, r) for a, b, r in edits]


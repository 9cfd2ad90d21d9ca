"""The repair lexicons answer "does some spelling begin with this piece" from their sorted
spellings (normalize.words.Prefixes) exactly as the set of every prefix they were read from before
(issue 13: that set took ~0.1 s of every worker's start to load)."""
from __future__ import annotations

from pathlib import Path

from normalize import thai_chain_lexicon, thai_lm

ROOT = Path(__file__).resolve().parents[2]


def _pieces() -> set[str]:
    """Every substring of up to 12 characters of the sample texts' Thai runs, and a few edge cases."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("samples/*.txt"))[:3])
    runs = "".join(c if "\u0e00" <= c <= "\u0e7f" else " " for c in text).split()
    found = {run[i:j] for run in runs for i in range(len(run)) for j in range(i + 1, min(len(run), i + 12) + 1)}
    return found | {"", "ก", "\u0e4c", "zz", "ดาเนินการ", "เทศบำล"}


def test_chain_prefixes_are_the_prefix_set():
    entries, prefixes = thai_chain_lexicon._lexicon()
    every = {w[:k] for w in entries for k in range(1, len(w))} | set(entries)
    pieces = _pieces()
    assert len(pieces) > 10_000
    assert {p for p in pieces if prefixes[p]} == pieces & every


def test_language_model_prefixes_are_the_prefix_set():
    lexicon = thai_lm.lexicon()
    every = {k[:i] for k in lexicon.skeletons for i in range(1, len(k) + 1)}
    pieces = _pieces()
    assert {p for p in pieces if lexicon.prefixes[p]} == pieces & every

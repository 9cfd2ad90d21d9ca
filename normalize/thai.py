"""Repair of Thai text broken by PDF text extraction or OCR (docs THAI_PDF.md §2, §7–§10).

Three steps:

1. legacy 8-bit fonts: a line shown through any 8-bit code page is decoded (normalize.thai_legacy);
2. the former rule chain (normalize.thai_chain) but its MacRoman rule (step 1 covers it). In a
   letter-spaced document its split_sara_am, mark_displaced and lost_sara_am rules are skipped
   (they read a spaced า as ำ); in a document that displaces marks, mark_displaced, lost_sara_am
   and the reordering of a tone after ะ/า are left to the search, which keeps the gap a
   displaced mark leaves and decides from clean text's space rates whether it was a real space;
3. the noisy-channel search: each Thai run that fails the cheap checks (normalize.thai_orthography),
   or every run of a document whose defect rates call for it (normalize.thai_channel.estimate), is
   read as its cheapest sequence of dictionary words under a language model (normalize.thai_lm)
   (unigrams of general and report text, bigrams of report text) plus a channel of costed edits —
   a mark dropped, moved one base right, ำ lost to า, split into "␣า" or printed for every า,
   letters spaced apart — (normalize.thai_search). A reading is applied only when it beats the
   run as written by a margin.

Every change is a Fix(rule, before, after, cost): the rule names the chain rule or the edit kinds,
the cost is the channel cost in nats (higher: a less certain repair; 0 for chain rules).

Clean text costs one regex pass per run; dictionary and language model load on the first run that
needs the search (read from cache files in about 0.5 s; built, about 1.5 s).
"""
from __future__ import annotations

import re
from typing import Callable, NamedTuple

from . import thai_chain
from .thai_channel import DEFAULT, Priors, estimate, needs_search
from .thai_chain import thai_quality
from .thai_orthography import MARK_SET, SARA_AA, SARA_AM, TH, is_suspicious

__all__ = ["Fix", "RULES", "load_tables", "repair_thai", "repair_thai_with_fixes", "thai_quality", "estimate", "Priors"]


class Fix(NamedTuple):
    """One change: the rule (edit kinds), the changed text with a little context before and
    after, and its channel cost (nats; 0 for canonical rewrites)."""
    rule: str
    before: str
    after: str
    cost: float = 0.0


RULES = thai_chain.RULES
# Chain rules superseded: legacy_mac_thai (step 1 decodes every 8-bit code page, MacRoman too).
# Still run: canonical rewriting (zero width, PUA, ํา, Unicode order, digits) and the dictionary
# rules the search does not match yet on lone strings or with the same precision (split ำ, two
# tones, ASCII tone bytes, lost ำ, displaced marks in a document whose rates do not call for the
# search: "ความตอ้ งการ" alone).
SUPERSEDED = frozenset({"legacy_mac_thai"})
# In a document that displaces marks the search reads every displaced mark with the gap after
# it; mark_displaced, reordering a tone after ะ/า and lost_sara_am (which expects the marks back
# in place) would lose that gap.
DISPLACED_SKIP = frozenset({"mark_displaced", "lost_sara_am"})
DISPLACED_FINDERS: dict[str, Callable[[str], list[thai_chain.Edit]]] = {
    "reorder_marks": thai_chain._find_reorder_in_unit}
# Chain rules a letter-spaced document must not run: they read a spaced า as a split ำ.
SPACED_SKIP = frozenset({"split_sara_am", "mark_displaced", "lost_sara_am"})

# A Thai run: letters joined by single spaces (ASCII bytes standing for marks are the chain's).
_RUN = re.compile(f"[{TH}](?:[{TH}]| (?=[{TH}]))*")
_SPACED_YAMOK = re.compile(f"([{TH}]) ๆ")
_SPLIT = re.compile(f"[\u0e01-\u0e2e\u0e48-\u0e4b] \u0e32")


def repair_thai(text: str, priors: Priors | None = None) -> str:
    """Repaired text; idempotent and a no-op on correctly spelled text. Never raises."""
    return repair_thai_with_fixes(text, priors)[0]


def repair_thai_with_fixes(text: str, priors: Priors | None = None) -> tuple[str, list[Fix]]:
    """``repair_thai`` plus one Fix per change. ``priors``: the document's defect rates
    (``estimate`` of the whole page or report); by default estimated from ``text`` itself."""
    if not isinstance(text, str) or not text:
        return (text if isinstance(text, str) else ""), []
    original = text
    try:
        fixes: list[Fix] = []
        text = _legacy(text, fixes)
        pri = priors if priors is not None else estimate(text)
        need = needs_search(pri)
        skip = SUPERSEDED | (SPACED_SKIP if need["space"] else frozenset()) | (
            DISPLACED_SKIP if need["displaced"] else frozenset())
        text = _chain(text, fixes, skip, DISPLACED_FINDERS if need["displaced"] else {})
        return _search(text, pri, fixes), fixes
    except Exception:  # pragma: no cover - repair must never break extraction
        return original, []


def load_tables() -> None:
    """Build every table the repair reads (dictionary, misspellings, language model): a batch
    does it once before forking its workers, which then share them."""
    from . import thai_chain, thai_channel, thai_legacy, thai_lm

    thai_chain._lexicon(), thai_chain._pivots(thai_chain.LOST), thai_chain._pivots(thai_chain.SPURIOUS)
    thai_lm.lexicon(), thai_lm.bigrams(), thai_lm.spaced_pairs(), thai_lm.report_unigrams(), thai_lm._spaces()
    thai_channel._markers(), thai_legacy.tables()


def _legacy(text: str, fixes: list[Fix]) -> str:
    from .thai_legacy import _ANY, decode_line
    if not _ANY.search(text):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        found = decode_line(line)
        if found:
            fixes.append(Fix(f"legacy_8bit:{found[1]}", line, found[0], 0.0))
            lines[i] = found[0]
    return "\n".join(lines)


def _chain(text: str, fixes: list[Fix], skip: frozenset[str],
           finders: dict[str, Callable[[str], list[thai_chain.Edit]]] | None = None) -> str:
    finders = {**thai_chain._FINDERS, **(finders or {})}
    for _ in range(thai_chain.MAX_PASSES):
        before = text
        for name, _rule in thai_chain.RULES:
            if name in skip or finders[name] is None:
                continue
            edits = finders[name](text)
            for start, end, repl in edits:
                a, b = thai_chain._context_start(text, start), thai_chain._context_end(text, end)
                fixes.append(Fix(name, text[a:b], text[a:start] + repl + text[end:b]))
            text = thai_chain._apply(text, edits)
        if text == before:
            break
    return text


def _wanted(run: str, need: dict[str, bool]) -> bool:
    """The cheap checks: does this run need the search?"""
    if is_suspicious(run) or _SPLIT.search(run):
        return True
    if need["drop"] and len(run) > 1:
        return True
    if (need["lost_am"] and SARA_AA in run) or (need["spur_am"] and SARA_AM in run):
        return True
    # a displaced mark leaves a space after its new base, or sits on a run's last base ("(ตอ่)")
    if need["displaced"] and (" " in run or run[-1] in MARK_SET):
        return True
    return need["space"] and " " in run


def _search(text: str, pri: Priors, fixes: list[Fix]) -> str:
    from .thai_search import repair_run
    need = needs_search(pri)
    out, pos = [], 0
    for m in _RUN.finditer(text):
        run, end = m.group(), m.end()
        if text[end:end + 1] == "." and " " in run:  # an abbreviation ("พ.ศ.") is no word
            run = run[:run.rindex(" ")]
            end = m.start() + len(run)
        if not _wanted(run, need):
            continue
        found = repair_run(run, pri)
        if found is None:
            continue
        out += [text[pos:m.start()], found.text]
        pos = end
        merged = False  # did the piece before make a Fix of this run?
        for p in found.pieces:
            if p.before == p.after or p.before.strip() == p.after.strip() and not p.kinds:
                merged = False
                continue
            if merged and p.gaps and not p.kinds:
                # only the gap of the displaced mark before it dropped: one repair, one Fix
                last = fixes[-1]
                fixes[-1] = last._replace(before=last.before + p.before, after=last.after + p.after)
                continue
            fixes.append(Fix("+".join(sorted(p.kinds)), p.before.strip(), p.after.strip(), round(p.cost, 2)))
            merged = True
    if out:
        out.append(text[pos:])
        text = "".join(out)
    if need["space"]:
        text = _join_mai_yamok(text, pri, fixes)
    return text


def _join_mai_yamok(text: str, pri: Priors, fixes: list[Fix]) -> str:
    """In a letter-spaced document a single space before ๆ is the spacing (ๆ is no run letter,
    so the search leaves it)."""
    def join(m: re.Match[str]) -> str:
        joined: str = m.group(1) + "ๆ"
        fixes.append(Fix("letter_spaced", m.group(), joined, round(pri.cost("space"), 2)))
        return joined
    return _SPACED_YAMOK.sub(join, text)


def _exact_rates(path: str) -> dict[str, tuple[int, int]]:
    """Exact repairs on a TSV of real broken strings (url, broken, correct), whitespace ignored:
    no repair, pythainlp's normalize, the former chain alone, and repair_thai with each
    document's (url's) estimated priors."""
    import csv
    from collections import defaultdict

    from pythainlp.util import normalize as pythainlp_normalize
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    docs: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        docs[r.get("url", "")].append(r["broken"])
    priors = {u: estimate("\n".join(b)) for u, b in docs.items()}

    def same(a: str, b: str) -> bool:
        return "".join(a.split()) == "".join(b.split())

    fns: dict[str, Callable[[str, str], str]] = {
        "none": lambda s, u: s, "pythainlp.normalize": lambda s, u: pythainlp_normalize(s),
           "chain": lambda s, u: thai_chain.repair_thai(s),
           "repair_thai": lambda s, u: repair_thai(s, priors[u])}
    return {name: (sum(same(fn(r["broken"], r.get("url", "")), r["correct"]) for r in rows), len(rows))
            for name, fn in fns.items()}


if __name__ == "__main__":  # pragma: no cover
    import sys
    tsv = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/thai-repair/broken_real_dev.tsv"
    for name, (ok, n) in _exact_rates(tsv).items():
        print(f"{name:22s} {ok:3d}/{n} exact ({100 * ok / n:.1f}%)")

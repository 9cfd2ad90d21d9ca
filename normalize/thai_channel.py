"""The channel of the repair: how likely each edit is that turns what was written into what the
PDF/OCR text shows, per document. Rates are estimated from frequent "marker" words whose defective
forms are no words (ให้ seen as ให, ทำ as ทา…), so a clean document gets rates near zero and is
never "repaired"; constants are in data/thai_channel.json."""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .thai_orthography import MARK_SET, MARKS, SARA_AA, SARA_AM, TH, TONE_SET, Unit, invalid_spots, is_suspicious, spell

PARAMS = json.loads((Path(__file__).resolve().parent / "data" / "thai_channel.json").read_text("utf-8"))
COST = PARAMS["cost"]


@dataclass(frozen=True)
class Priors:
    """Per-document defect rates (probabilities)."""
    drop: float = PARAMS["prior"]["drop"]
    lost_am: float = PARAMS["prior"]["lost_am"]
    spur_am: float = PARAMS["prior"]["spur_am"]
    split_am: float = PARAMS["prior"]["split_am"]
    displaced: float = PARAMS["prior"]["displaced"]
    space: float = PARAMS["prior"]["space"]
    am_shown: bool = False  # the document shows ำ somewhere
    # (word, count) of the words the document shows with their marks, where it drops marks
    # (normalize.thai.estimate): the cache of the language model (thai_lm.word_cost)
    doc_words: frozenset[tuple[str, int]] = field(default=frozenset(), repr=False)
    # the document's text, where it displaces marks (normalize.thai.estimate): how it spaces the
    # words and word pairs it prints whole decides a displaced mark's gap (thai_lm.doc_space_model,
    # read only when a gap is to be decided)
    doc_text: str = field(default="", repr=False)
    # read words in the syllable context of general running text where marks are read back
    # (thai_lm.word_cost): off for the trial reading that decides whether a short page drops marks
    # at all (normalize.thai.estimate), whose gain threshold was set on context-free readings
    context: bool = True

    def cost(self, kind: str) -> float:
        p = min(max(getattr(self, kind), PARAMS["floor"]), PARAMS["ceiling"])
        return -math.log(p)


DEFAULT = Priors()


@lru_cache(maxsize=1)
def _markers() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One regex over marker forms; form → (defect kind, "ok" or "bad"). The forms and the
    regex's trie source come from a cache file when one was made from the same word lists,
    constants and code (choosing them reads and sorts every counted word; the trie of 1,200 forms
    took ~5 ms of every worker), else they are chosen again."""
    from . import data_cache, re_cache
    from .thai_lm import corpus_sources

    here = Path(__file__).resolve()
    forms, trie = data_cache.load_or_build(
        "thai-markers", lambda: [*corpus_sources(), here.read_bytes(), here.with_name("data").joinpath(
            "thai_channel.json").read_bytes()], _build_markers)
    # its compiled code from a cache file too (re parses and compiles it in ~10-14 ms)
    return re_cache.compile("thai-markers", f"(?<![{MARKS}])(?:{trie})(?![{MARKS}])"), forms


def _build_markers() -> tuple[dict[str, tuple[str, str]], str]:
    forms = _marker_forms()
    return forms, trie_pattern(forms)


def trie_pattern(words: Iterable[str]) -> str:
    """Regex source matching any of ``words``, the longest where one extends another, as a trie:
    re tries a flat alternation's branches one by one at every position (0.11 s for a 50k-character
    report with 1,200 forms), a trie's first letter fails at once (30x faster, the same matches)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body
    return emit(root)


def _marker_forms() -> dict[str, tuple[str, str]]:
    from .thai_lm import counts
    c = counts()
    forms: dict[str, tuple[str, str]] = {}
    ranked = sorted(c, key=lambda w: (-c[w], w))  # equal counts in code-point order, not the dict's
    # A defective form must occur in no real word, or a clean text would count it.
    vocab = "|" + "|".join(ranked[:40000]) + "|"
    top = [w for w in ranked if len(w) >= 4]
    taken = {"drop": 0, "am": 0, "spur": 0}
    for w in top:
        if taken["drop"] >= PARAMS["marker_words"] and taken["am"] >= PARAMS["marker_words"] // 3:
            break
        marks = [i for i, ch in enumerate(w) if ch in MARK_SET]
        if marks and taken["drop"] < PARAMS["marker_words"]:
            bad = {w[:i] + w[i + 1:] for i in marks}
            if (not any(b in vocab for b in bad) and not any(b in forms for b in bad | {w})):
                forms[w] = ("drop", "ok")
                forms.update((b, ("drop", "bad")) for b in sorted(bad))
                taken["drop"] += 1
        if SARA_AM in w and taken["am"] < PARAMS["marker_words"] // 3:
            b = w.replace(SARA_AM, SARA_AA)
            if b not in vocab and b not in forms and w not in forms:
                forms[w] = ("am", "ok")
                forms[b] = ("am", "bad")
                taken["am"] += 1
        if SARA_AA in w and SARA_AM not in w and taken["spur"] < PARAMS["marker_words"] // 3:
            b = w.replace(SARA_AA, SARA_AM)
            if b not in vocab and b not in forms and w not in forms:
                forms[w] = ("spur", "ok")
                forms[b] = ("spur", "bad")
                taken["spur"] += 1
    return forms


_SPLIT = re.compile(f"[\u0e01-\u0e2e][\u0e48-\u0e4b]? \u0e32")
_SPACED = re.compile(f"(?<![{TH}])[{TH}][{MARKS}]*(?= [{TH}][{MARKS}]* [{TH}])")
_THAI_TOKEN = re.compile(f"[{TH}]+")


def marker_counts(text: str) -> dict[str, list[int]]:
    """Per defect kind ("drop", "am", "spur"): [marker words seen correct, seen defective]."""
    pattern, forms = _markers()
    n = {"drop": [0, 0], "am": [0, 0], "spur": [0, 0]}
    for m in pattern.finditer(text):
        kind, state = forms[m.group()]
        n[kind][state == "bad"] += 1
    return n


def estimate(text: str) -> Priors:
    """Defect rates of one document (a page or a whole report): marker words counted in their
    correct and defective forms, shrunk towards the prior by ``pseudo`` observations."""
    if not text or not _THAI_TOKEN.search(text):
        return DEFAULT
    n = marker_counts(text)
    k: float = PARAMS["pseudo"]
    if sum(map(sum, n.values())) < PARAMS["min_evidence"]:
        n = {kind: [0, 0] for kind in n}  # too little text to tell: the priors only

    def rate(ok: int, bad: int, prior: float) -> float:
        return (bad + k * prior) / (ok + bad + k)

    drop, lost, spur = (rate(ok, bad, prior) for (ok, bad), prior in
                        ((n["drop"], DEFAULT.drop), (n["am"], DEFAULT.lost_am), (n["spur"], DEFAULT.spur_am)))
    am = text.count(SARA_AM)
    tokens = len(_THAI_TOKEN.findall(text))
    spaced = len(_SPACED.findall(text))
    split = len(_SPLIT.findall(text))
    displaced = invalid_spots(text)
    space = rate(max(0, tokens - spaced), spaced, DEFAULT.space)
    if space >= PARAMS["search_at"]["space"]:
        split = 0  # letter spacing explains every "ก า": no evidence of a split ำ
    return Priors(drop=drop, lost_am=lost, spur_am=spur,
                  split_am=rate(max(0, am - split), split, DEFAULT.split_am),
                  displaced=rate(tokens, displaced, DEFAULT.displaced), space=space, am_shown=am > 0)


def needs_search(priors: Priors) -> dict[str, bool]:
    """Which defects are frequent enough in this document to search every run for them."""
    at = PARAMS["search_at"]
    return {kind: getattr(priors, kind) >= at[kind] for kind in at}


@lru_cache(maxsize=4096)
def _misplaced(u: Unit) -> bool:
    """Can ``u``'s marks not all sit on its base as written, whatever consonant follows (ั, ึ
    and ื need one: at a cut, "เมื่|", it is missing, not the mark extra)?"""
    return is_suspicious(spell(u) + "\u0e01") or len([m for m in u.marks if m in TONE_SET]) > 1


def align(inp: list[Unit], carry: str, word: tuple[Unit, ...], nxt: Unit | None,
          pri: Priors, limit: float = math.inf) -> tuple[float, str, frozenset[str], bool, tuple[int, ...]]:
    """Channel cost of reading ``word`` where the input shows ``inp`` (same skeleton): each mark
    found in place (free), on the next base (displaced), as an ASCII byte (wild) or missing
    (drop); input marks the word lacks are spurious; ำ/า/␣า mismatches and spaces inside the word
    cost their rates. ``carry``: marks of inp[0] the word before took; returns (cost, marks of
    ``nxt`` this word takes, edit kinds, whether a space after the word came with a displaced
    mark on its last base, the units before which a space inside the word came with one). Every edit costs more than nothing, so once the cost passes ``limit`` the
    word is no candidate: that cost is returned at once (the other fields then say nothing)."""
    n = len(word)
    have = [list(u.marks) for u in inp]
    displaced_into = [False] * (n + 1)
    displaced_into[0] = bool(carry)
    for ch in carry:
        if ch in have[0]:
            have[0].remove(ch)
    wild = [len(u.wild) for u in inp]
    nxt_have = list(nxt.marks) if nxt is not None else []
    took_next = []
    cost, kinds, gaps = 0.0, set(), []
    # A missing mark is only read back in a document that drops marks: elsewhere a word one mark
    # short is a name or a rare word, never a defect (the document's rate is the edit's prior).
    drop = pri.cost("drop") if pri.drop >= PARAMS["search_at"]["drop"] else math.inf
    for k in range(n):
        missing = []
        for ch in word[k].marks:
            if ch in have[k]:
                have[k].remove(ch)
            else:
                missing.append(ch)
        for ch in missing:
            if k + 1 < n and ch in have[k + 1] and ch not in word[k + 1].marks:
                have[k + 1].remove(ch)
                cost += pri.cost("displaced")
                kinds.add("mark_displaced")
                displaced_into[k + 1] = True
            elif k + 1 == n and ch in nxt_have and pri.cost("displaced") <= drop:
                # the next word's mark, taken back only where a displaced mark is likelier than
                # a dropped one: in a page that drops marks, "ไมผ่าน" is ไม่ผ่าน (ไม่ lost its
                # mark), not ไม่ with ผ่าน's mark and ผ่าน without one
                nxt_have.remove(ch)
                took_next.append(ch)
                cost += pri.cost("displaced")
                kinds.add("mark_displaced")
                displaced_into[n] = True
            elif wild[k] or (k + 1 < n and wild[k + 1]):
                if wild[k]:
                    wild[k] -= 1
                else:
                    wild[k + 1] -= 1
                cost += COST["wild"]
                kinds.add("ascii_mark")
            else:
                cost += drop
                kinds.add("dropped_mark")
                if cost > limit:  # e.g. a mark dropped where the document drops none (inf)
                    return cost, "", frozenset(kinds), False, ()
    for k in range(n):
        if have[k]:
            # a mark the word lacks is read as spurious only where it cannot be written (two
            # tones, a vowel on a leading vowel…): a validly placed mark is what was written (a
            # word cut at a line's end, "เมื่", is no misspelling of "เม่")
            if not _misplaced(inp[k]):
                return math.inf, "", frozenset(), False, ()
            cost += COST["spurious_mark"] * len(have[k])
            kinds.add("spurious_mark")
        if wild[k]:
            cost += COST["wild_unused"] * wild[k]
            kinds.add("ascii_mark")
        w, u = word[k], inp[k]
        if w.am and not u.am:
            if u.space and k:
                cost += pri.cost("split_am")
                kinds.add("split_sara_am")
                continue
            cost += pri.cost("lost_am")
            kinds.add("lost_sara_am")
        elif u.am and not w.am:
            cost += pri.cost("spur_am")
            kinds.add("spurious_sara_am")
        if u.space and k:
            if displaced_into[k] or (k > 0 and displaced_into[k - 1]):
                gaps.append(k)  # the space came with the displaced mark
                continue
            # a space inside a word that no displaced mark explains: letter spacing
            cost += pri.cost("space")
            kinds.add("letter_spaced")
    return cost, "".join(took_next), frozenset(kinds), displaced_into[n - 1] and n > 1, tuple(gaps)

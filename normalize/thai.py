"""Repair of Thai text broken by PDF text extraction or OCR (docs THAI_PDF.md §2, §7–§10).

Three steps:

1. legacy 8-bit fonts: a line shown through any 8-bit code page is decoded (normalize.thai_legacy);
2. the former rule chain (normalize.thai_chain) but its MacRoman and split-SARA-AM rules (steps 1
   and 3 cover them; SUPERSEDED says why each other rule stays). In a
   letter-spaced document its split_sara_am, mark_displaced and lost_sara_am rules are skipped
   (they read a spaced า as ำ); in a document that displaces marks, mark_displaced, lost_sara_am
   and the reordering of a tone after ะ/า are left to the search, which keeps the gap a
   displaced mark leaves and decides from clean text's space rates whether it was a real space
   (first from how the page's own lines space the two words where they print them whole);
3. the noisy-channel search: each Thai run that fails the cheap checks (normalize.thai_orthography),
   or every run of a document whose defect rates call for it (normalize.thai_channel.estimate), is
   read as its cheapest sequence of dictionary words under a language model (normalize.thai_lm)
   (unigrams of general and report text and every place name, bigrams of report text, a place name
   after 'ตำบล'/'อำเภอ'…, and where marks drop the syllables around each word boundary in general
   running text: normalize.thai_syllables) plus a channel of costed edits —
   a mark dropped, moved one base right, ำ lost to า, split into "␣า" or printed for every า,
   letters spaced apart — (normalize.thai_search). A reading is applied only when it beats the
   run as written by a margin.

The three steps repeat until the text no longer changes (a fixed point: repair_thai is idempotent).
Every change is a Fix(rule, before, after, cost): the rule names the chain rule or the edit kinds,
the cost is the channel cost in nats (higher: a less certain repair; 0 for chain rules).

Clean text costs one regex pass per run; dictionary and language model load on the first run that
needs the search (read from cache files in about 0.5 s; built, about 1.5 s).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, NamedTuple

from . import thai_chain
from . import thai_channel
from .thai_chain_lexicon import SPURIOUS
from .thai_channel import DEFAULT, PARAMS, Priors, marker_counts, needs_search
from .thai_edits import Edit
from .thai_orthography import (CONS_SET, LEAD_SET, MARK_SET, SARA_AA, SARA_AM, TH, TONE_LIKE_SET, is_suspicious,
                               unit_spans)
from .thai_quality import thai_quality

if TYPE_CHECKING:
    from .thai_search import Piece

__all__ = ["Fix", "RULES", "load_tables", "repair_thai", "repair_thai_with_fixes", "thai_quality", "estimate", "Priors"]


class Fix(NamedTuple):
    """One change: the rule (edit kinds), the changed text with a little context before and
    after, and its channel cost (nats; 0 for canonical rewrites)."""
    rule: str
    before: str
    after: str
    cost: float = 0.0


RULES = thai_chain.RULES
# Chain rules superseded: legacy_mac_thai (step 1 decodes every 8-bit code page, MacRoman too) and
# split_sara_am (the search reads "ส านัก" as the split_am edit at the document's rate: with the rule removed the benchmark's split class went 45 -> 46/46 tuned and
# 139 -> 141/141 held out, the dev set stays 45/46, the PDF samples' outputs are unchanged).
# Why each other rule still runs (each was removed in turn and measured, issue 12):
# - zero_width, pua_to_thai, sara_am_duplicate, nikhahit_sara_aa, space_before_mark, reorder_marks,
#   mixed_digits: canonical rewrites of one spelling into another (no guess, no cost); the search
#   reads units in canonical order and does not rewrite what it does not repair (dev 41/46
#   without nikhahit_sara_aa, 41/46 without reorder_marks);
# - ascii_fallback_tone: the search's wildcard reads a byte only inside a run; the rule sees the
#   bracket pairing of the whole text (dev 40/46 without it);
# - mark_displaced, double_tone: lone strings in a document whose rates do not call for the
#   search ("ให้ทราบโดยทัว่ กัน", "ผ้้มี") are repaired only by them (their rule tests fail through
#   repair_thai without them);
# - lost_sara_am: benchmark lost-ำ class 43 -> 38/43 tuned, 141 -> 134/144 held out without it.
SUPERSEDED = frozenset({"legacy_mac_thai", "split_sara_am"})
# In a document that displaces marks the search reads every displaced mark with the gap after
# it; mark_displaced, reordering a tone after ะ/า and lost_sara_am (which expects the marks back
# in place) would lose that gap.
DISPLACED_SKIP = frozenset({"mark_displaced", "lost_sara_am"})
DISPLACED_FINDERS: dict[str, Callable[[str], list[Edit]]] = {
    "reorder_marks": thai_chain._find_reorder_in_unit}
# A document that shows ำ has a font that draws it (the chain's lost-ำ defect is font-wide): a
# line of it with า and no ำ is no line that lost its ำ ("บางปลาม้า" is no "บางปลาม้ำ").
# Its other kind, a line printing every า as ำ, is still read.
AM_SHOWN_FINDERS: dict[str, Callable[[str], list[Edit]]] = {
    "lost_sara_am": lambda text: thai_chain._find_lost_sara_am(text, (SPURIOUS,))}
# In a document that drops marks and displaces none, an impossible spot ("ท่" ending a word) is a
# mark lost ("ที่" without ี), not one moved: mark_displaced would move the marks around it
# ("ตัวชี้วดท่" → "ตั้วีชวดท่"); the search reads both edits at the document's rates.
DROPPED_SKIP = frozenset({"mark_displaced"})
# Chain rules a letter-spaced document must not run: they read a spaced า as a split ำ.
SPACED_SKIP = frozenset({"split_sara_am", "mark_displaced", "lost_sara_am"})

# A Thai run: letters joined by single spaces (ASCII bytes standing for marks are the chain's).
_RUN = re.compile(f"[{TH}](?:[{TH}]|\ufffd(?=[{TH}])| (?=[{TH}]))*")  # an unmapped glyph (U+FFFD) between letters is in the run
_SPACED_YAMOK = re.compile(f"([{TH}]) ๆ")
_SPLIT = re.compile(f"[\u0e01-\u0e2e\u0e48-\u0e4b] \u0e32")
_UNREADABLE = "\ufffd"  # what a reader puts for a glyph without a Unicode mapping


def repair_thai(text: str, priors: Priors | None = None) -> str:
    """Repaired text; idempotent and a no-op on correctly spelled text. Never raises."""
    return repair_thai_with_fixes(text, priors)[0]


def repair_thai_with_fixes(text: str, priors: Priors | None = None) -> tuple[str, list[Fix]]:
    """``repair_thai`` plus one Fix per change. ``priors``: the document's defect rates
    (``estimate`` of the whole page or report); by default estimated from ``text`` itself."""
    if not isinstance(text, str) or not text:
        return (text if isinstance(text, str) else ""), []
    try:
        fixes: list[Fix] = []
        current = text
        for _ in range(MAX_ROUNDS):
            out = _round(current, priors, fixes)
            if out == current:
                return current, fixes
            current = out
        return text, []  # no fixed point: a repair that keeps changing its mind is no repair
    except Exception:  # pragma: no cover - repair must never break extraction
        return text, []


# The rounds of repair until the text no longer changes. One round's output is not always a
# fixed point: its priors are estimated from its input (a page full of displaced marks skips chain
# rules that a repaired page runs), and a chain rule may find a defect only once the search has
# repaired its neighbours ("กก(เ็ก" → "กก(เก", whose unpaired "(" reads as a tone). Returning the
# fixed point makes repair_thai idempotent by construction; text whose rounds do not settle is
# left as written (precision before recall). Clean text costs one round.
MAX_ROUNDS = 4


def _round(text: str, priors: Priors | None, fixes: list[Fix]) -> str:
    """One pass of the three steps; appends its Fixes (each one's before is this round's input)."""
    text = _legacy(text, fixes)
    pri = priors if priors is not None else estimate(text)
    need = needs_search(pri)
    skip = SUPERSEDED | (SPACED_SKIP if need["space"] else frozenset()) | (
        DISPLACED_SKIP if need["displaced"] else frozenset()) | (
        DROPPED_SKIP if need["drop"] and not need["displaced"] else frozenset())
    finders = {**(DISPLACED_FINDERS if need["displaced"] else {}), **(AM_SHOWN_FINDERS if pri.am_shown else {})}
    text = _chain(text, fixes, skip, finders)
    return _search(text, pri, fixes)


def estimate(text: str) -> Priors:
    """A document's defect rates (thai_channel.estimate), the drop rate pooled from every word of
    the document where its marker words are too few to tell (a short page, a list of names).

    Marker words are the few hundred frequent words whose forms with a mark dropped are no words:
    a page of one or two lines holds a handful. The search itself is the evidence there: every
    run of the document is read at a trial drop rate, and the marks its readings put back, against
    the marks the runs show, estimate the rate (shrunk towards the prior by ``pseudo`` marks); a
    run whose reading with marks put back beats it as written by ``strong_gain`` nats per mark (a
    one-line page: "พนกงาน", whose bare form no word has) is evidence enough on its own. A
    clean page's runs read as written, bar a name or two (``min_restored``, the pseudo-count and
    the rate's own threshold keep those out); a page that drops marks gets most of them back. A page with another defect
    the search reads (letters spaced, marks displaced, ำ lost) keeps the marker estimate: its
    marker words are hidden by that defect, not missing, and reading it at a trial rate costs a
    second search of the whole page."""
    pri = _drop_rate(text)
    need = needs_search(pri)
    if need["drop"]:
        from .thai_lm import doc_words
        pri = replace(pri, doc_words=doc_words(text))
    if need["displaced"]:
        pri = replace(pri, doc_text=text)
    return pri


def _drop_rate(text: str) -> Priors:
    pri = thai_channel.estimate(text)
    cfg = PARAMS["drop_evidence"]
    if any(needs_search(pri).values()) or sum(marker_counts(text)["drop"]) >= cfg["markers"]:
        return pri  # drops already called for, enough markers to tell, or another defect hides them
    restored, shown, strong = _drop_evidence(text, replace(pri, drop=cfg["trial"], context=False))
    k = cfg["pseudo"]
    rate = (restored + k * DEFAULT.drop) / (restored + shown + k)
    if strong >= cfg["strong_gain"]:
        # a run read with marks put back that beats it as written by this much per mark (common
        # words whose bare forms no word has: "เครืองมือ", "ภาครฐ") is evidence enough on a short
        # page; a name no dictionary has gains less (its reading is itself a rare word or a guess)
        return replace(pri, drop=max(pri.drop, rate, cfg["trial"]))
    if restored < cfg["min_restored"]:
        return pri  # one mark put back is a name's own spelling as likely as a drop ("วิรุณพันธ์")
    # The search also puts marks into names no dictionary has: clean lists of place names (geothai's
    # 7,436 subdistricts with their districts, 30 lines a document) read at up to 0.125, report
    # text at up to 0.044. Below ``search_at`` the rate is no evidence of dropping.
    return replace(pri, drop=max(pri.drop, rate)) if rate >= cfg["search_at"] else pri


_DROP_ONLY = frozenset({"dropped_mark"})  # a reading that needs other edits too is no evidence of drops


def _drop_evidence(text: str, trial: Priors) -> tuple[int, int, float]:
    """(marks the search puts back reading ``text`` at ``trial``, marks the text shows, the
    largest gain over the run as written per mark put back of a run read with marks put back and
    no other edit), each
    form counted once: a list that repeats one name ("นาดูน" on every line) is one piece of
    evidence, not ten."""
    from .thai_search import repair_run, run_gain
    forms: dict[str, int] = {}  # a form the search reads with marks put back → how many
    tokens: set[str] = set()
    strong = 0.0
    for _, _, run in _runs(text):
        tokens.update(run.split(" "))
        if len(run) < 2:
            continue
        found = repair_run(run, trial)
        if found is not None:
            put_back = 0
            for p in found.pieces:
                if p.kinds == _DROP_ONLY:
                    put_back += (n := max(0, _marks(p.after) - _marks(p.before)))
                    forms[p.before.strip()] = n
                elif p.kinds - {"unknown"}:
                    put_back = -1_000  # a reading with other edits too is no such evidence
            if put_back > 0:
                strong = max(strong, run_gain(run, trial, found) / put_back)
    return sum(forms.values()), sum(map(_marks, tokens)), strong


def _marks(s: str) -> int:
    return sum(ch in MARK_SET for ch in s)


def load_tables() -> None:
    """Build every table the repair reads (dictionary, misspellings, language model): a batch
    does it once before forking its workers, which then share them."""
    from . import thai_channel, thai_legacy, thai_lm
    from .thai_chain_lexicon import LOST, SPURIOUS, _lexicon, _pivots

    _lexicon(), _pivots(LOST), _pivots(SPURIOUS)
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
           finders: dict[str, Callable[[str], list[Edit]]] | None = None) -> str:
    finders = {**thai_chain._FINDERS, **(finders or {})}
    for _ in range(thai_chain.MAX_PASSES):
        before = text
        for name, _rule in thai_chain.RULES:
            if name in skip or finders[name] is None:
                continue
            # one edit at a time, so each Fix's before is the text as the edits before left it
            # (two edits' contexts may overlap)
            shift = 0
            for start, end, repl in finders[name](text):
                start, end = start + shift, end + shift
                a, b = thai_chain._context_start(text, start), thai_chain._context_end(text, end)
                fixes.append(Fix(name, text[a:b], text[a:start] + repl + text[end:b]))
                text = text[:start] + repl + text[end:]
                shift += len(repl) - (end - start)
        if text == before:
            break
    return text


def _wanted(run: str, need: dict[str, bool], around: str = "") -> bool:
    """The cheap checks: does this run need the search? ``around``: the characters just before
    and after the run."""
    if is_suspicious(run) or _SPLIT.search(run):
        return True
    if need["drop"] and (len(run) > 1 or _lone_word(run, around)):
        return True
    if (need["lost_am"] and SARA_AA in run) or (need["spur_am"] and SARA_AM in run):
        return True
    # a displaced mark leaves a space after its new base, or sits on a run's last base ("(ตอ่)")
    if need["displaced"] and (" " in run or run[-1] in MARK_SET):
        return True
    return need["space"] and " " in run


# Around a lone consonant, the characters of a list mark or a reference ("ก)", "(ข)", "ค/",
# "ง-"): no word lost its marks there. A lone letter before "." never reaches the search (_runs:
# an abbreviation).
_LIST_MARK_AROUND = frozenset("()[]/-.:")


def _lone_word(run: str, around: str) -> bool:
    """Is a one-letter run a word that lost its marks ("ป" for ปี, "ท" for ที่)? Only a consonant
    standing between spaces, line ends or Thai/other text that is no list-mark punctuation."""
    return (len(run) == 1 and run in CONS_SET and not _LIST_MARK_AROUND.intersection(around))


def _search(text: str, pri: Priors, fixes: list[Fix]) -> str:
    from .thai_search import repair_run
    need = needs_search(pri)
    out, pos = [], 0
    for start, end, run in _runs(text):
        if not _wanted(run, need, text[max(0, start - 1):start] + text[end:end + 1]):
            continue
        found = repair_run(run, pri)
        if found is None:
            continue
        out += [text[pos:start], found.text]
        pos = end
        fixes += _run_fixes(run, found.pieces)
    if out:
        out.append(text[pos:])
        text = "".join(out)
    if need["space"]:
        text = _join_mai_yamok(text, pri, fixes)
    return text


def _runs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, run) of each Thai run the search may read."""
    for m in _RUN.finditer(text):
        run, end = m.group(), m.end()
        if text[end:end + 1] == "." and text[end + 1:end + 2] != ".":
            # an abbreviation ("สำนักงานป.ป.ช.", "(พช.ชย.)") is no word (Thai ends no sentence with
            # a full stop); an ellipsis is no abbreviation
            # the abbreviation is the bare consonants that end the run ("ได้แก่จ.", "ในกทม."):
            # the words before them are read; a word of bare consonants only is left
            cut = _abbreviation_start(run[run.rfind(" ") + 1:])
            if cut is not None:
                run = run[:run.rfind(" ") + 1 + cut]
            elif " " in run:
                run = run[:run.rindex(" ")]
            else:
                continue
            end = m.start() + len(run)
        start = m.start()
        # a lone letter at the run's edge next to list-mark punctuation ("แนวทาง ก/ข", "ข้อ ง-จ",
        # "(ก) งาน") is a list mark or reference, no word that lost its marks: it is left out
        # (not in a letter-spaced line, "ร า ย ง า น": there the letter's neighbour is one letter too)
        tokens = run.split(" ")
        if (text[end:end + 1] in _LIST_MARK_AROUND and len(tokens) > 1 and tokens[-1] in CONS_SET
                and _letters(tokens[-2]) > 1):
            run, end = run[:-2], end - 2
            tokens.pop()
        if (start and text[start - 1] in _LIST_MARK_AROUND and len(tokens) > 1 and tokens[0] in CONS_SET
                and _letters(tokens[1]) > 1 and (run[2] in CONS_SET or run[2] in LEAD_SET)):  # not "๑.ด าเนิน"
            run, start = run[2:], start + 2
        if _UNREADABLE not in text[max(0, start - 1):start] + text[end:end + 1]:
            yield start, end, run  # a run cut by a glyph nobody could map ("ประจ�าปี") has no readable word at the cut


MAX_ABBREVIATION = 3  # letters of an abbreviation glued to the words before it ("ในกทม.")


def _abbreviation_start(run: str) -> int | None:
    """Where the abbreviation at the end of ``run`` (no space in it, a full stop after it)
    starts: its trailing consonants that carry no mark and start no syllable after a leading
    vowel. None when they are too many or the whole run."""
    i = len(run)
    while i > 0 and run[i - 1] in CONS_SET and not (i > 1 and run[i - 2] in LEAD_SET) and not _closes(run, i - 1):
        i -= 1
    if not 0 < len(run) - i <= MAX_ABBREVIATION or i == 0:
        return None
    return i


# Vowels that need a final consonant: the consonant after them (past a tone) ends their syllable
# ("ปลัด" in "สำนักปลัดพ.ย."), so no abbreviation starts there.
NEEDS_FINAL = frozenset("\u0e31\u0e47")


def _closes(run: str, k: int) -> bool:
    """The consonant at ``k`` is the final of the syllable before it (its vowel needs one)."""
    j = k - 1
    while j >= 0 and run[j] in TONE_LIKE_SET:
        j -= 1
    return j >= 0 and run[j] in NEEDS_FINAL


def _letters(token: str) -> int:
    return sum(ch not in MARK_SET for ch in token)


def _run_fixes(run: str, pieces: tuple[Piece, ...]) -> list[Fix]:
    """One Fix per repair in a run: before is the run's own text where the repaired pieces are
    written (the marks a displaced repair moved included), after their reading. Pieces joined by
    a displaced mark (the piece before took a mark of this one, or this one's leading space was
    that mark's gap) are one repair."""
    from .thai_search import UNKNOWN
    spans = unit_spans(run)
    groups: list[list[Piece]] = []
    for k, p in enumerate(pieces):
        start, end = spans[p.first][0], spans[p.last - 1][1]
        if run[start:end].strip() == p.after.strip():
            continue
        joined = groups and groups[-1][-1] is pieces[k - 1] and (p.carry or 0 in p.gaps)
        if joined:
            groups[-1].append(p)
        else:
            groups.append([p])
    out = []
    for g in groups:
        kinds = frozenset().union(*(p.kinds for p in g)) - UNKNOWN
        if not kinds:  # only marks put in Unicode order, or a displaced mark's gap dropped
            kinds = frozenset({"mark_displaced" if any(p.gaps for p in g) else "unicode_order"})
        before = run[spans[g[0].first][0]:spans[g[-1].last - 1][1]]
        out.append(Fix("+".join(sorted(kinds)), before.strip(), "".join(p.after for p in g).strip(),
                       round(sum(p.cost for p in g), 2)))
    return out


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

"""The repair search: the cheapest reading of one Thai run under the noisy channel.

A run (Thai letters, single spaces, ASCII bytes standing for marks) is read in units (a base and
its marks, normalize.thai_orthography). A lattice over the units offers, at every position, each
dictionary word with the same skeleton (bases only; ำ, า and ␣า alike), costed by the language
model (normalize.thai_lm) plus the channel (normalize.thai_channel.align), or one unit kept as
written at a fixed unknown cost. Its states hold what the language model reads of the word before
(thai_lm.history), so the reading found is the model's cheapest (within BEAM), not the cheapest
word by word.
The reading is applied only when it beats the run read as written
(same lattice, no edits) by a margin: a repair whose best candidate is not clearly better is not
made. A space that came with a displaced mark is dropped in the lattice and put back afterwards
where clean text would space the words around it apart (thai_lm.space_prob), the page's own
lines that print the two words whole first (Priors.doc_text)."""
from __future__ import annotations

import math
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from . import thai_lm
from .thai_channel import COST, PARAMS, Priors, _misplaced, align
from .thai_orthography import CONS_SET, Unit, skeleton, spell, units

UNKNOWN = frozenset({"unknown"})  # the kinds of a unit kept as written, no word read
_SPACED = frozenset({"letter_spaced"})
MAX_CHANNEL = 30.0  # a word needing more edits than this is no candidate
# States at a position costing this much more than the cheapest one there are not followed: the
# word before changes the next word's cost by less than this but for rare pairs, and following every
# state of a page that drops marks (one per history of the word before) cost 2.2x the search's time
# of one state a position; with it, the same readings on every benchmark set (issue 12)
BEAM = 8.0


class Piece(NamedTuple):
    before: str  # the input it reads (spelled as written)
    after: str
    kinds: frozenset[str]
    cost: float  # channel cost of its edits
    gaps: tuple[int, ...] = ()  # offsets in ``after`` where a displaced mark's gap was dropped
    first: int = 0  # the units it reads: first, last + 1
    last: int = 0
    carry: str = ""  # marks of its first unit that the piece before took (displaced there)


_new = tuple.__new__  # a NamedTuple from all its fields, without its constructor's Python call
_START = Piece("", "", frozenset(), 0.0)  # the piece of the empty reading, before any unit
# (unit index, marks of that unit the word before took, with a trailing "\0" if it took the space too,
# what of the word before the language model reads: thai_lm.history)
_State = tuple[int, str, object]
_Step = tuple[float, _State | None, Piece, str | None]  # (cost, state before, piece, word)


class Reading(NamedTuple):
    text: str
    cost: float  # total: language model + channel
    pieces: tuple[Piece, ...]


@lru_cache(maxsize=100_000)  # the same units come back in every state and span of a run
def _written(u: Unit, carry: str = "", space: bool = True) -> str:
    marks = list(u.marks)
    for ch in carry:
        if ch in marks:
            marks.remove(ch)
    return (" " if space and u.space else "") + spell(u, "".join(marks)) + u.wild


def _splits_at_space(us: list[Unit], i: int, e: thai_lm.Entry, gaps: tuple[int, ...],
                     words: dict[str, float]) -> bool:
    """Does ``e`` span a space that no displaced mark explains, after a word and before one?
    Then the space is read as written (two words), not as noise inside a compound: a unigram
    model prefers one long word to two, which must not decide whether a space is real."""
    for k in range(1, len(e.units)):
        if us[i + k].space and k not in gaps:
            cut = sum(1 + len(x.marks) for x in e.units[:k])
            head, rest = e.word[:cut], e.word[cut:]
            if (any(head[-m:] in words for m in range(2, len(head) + 1))
                    and any(rest[:m] in words for m in range(2, len(rest) + 1))):
                return True
    return False


ACRONYM_LETTERS = (3, 3)  # an acronym written without full stops: "สสว", "กทม", "อบต" (four letters
# are as often a name or a word that lost two marks, "ศรสข" for ศรีสุข)
# units after a position that _acronym_end reads (the letters, one more, and the unit after it)
_ACRONYM_READS = ACRONYM_LETTERS[1] + 2


def _acronym_end(us: list[Unit], i: int) -> int:
    """The end of an acronym starting at ``us[i]``: a whole token (from a run's start or a space
    to its end or a space) of ACRONYM_LETTERS consonants bearing no mark, else 0. Read as one unit kept as
    written (COST["acronym"]), where letter by letter each would cost an unknown unit and a
    dropped-mark reading ("สี" + "สว") would beat them."""
    lo, hi = ACRONYM_LETTERS
    j = i
    while j < len(us) and j - i <= hi and (j == i or not us[j].space):
        x = us[j]
        if x.marks or x.wild or x.am or x.base not in CONS_SET:
            return 0
        j += 1
    if j < len(us) and not us[j].space:
        return 0
    return j if lo <= j - i <= hi else 0


# A candidate step of the lattice from one state: (units it reads, piece, word read or None, its
# Entry or None, channel cost, extra cost, the state it reaches at its end: marks of that unit it
# took and its word's history, whether the run as written has it). Everything in it but the language
# model's cost (which needs the word before) depends only on the units from the state's position
# to where no dictionary skeleton goes on (its window), the marks the word before took, whether
# the position is the run's first and whether the window runs to the run's end (the window reaches
# at least _ACRONYM_READS units on, what an acronym's reading looks at); a document's runs
# repeat words and phrases ("ส านักงานสาธารณสุขอ าเภอ…" in every other line), so the candidates of a
# window are made once per document's priors and reused, in the order they were made.
# The history is what the language model reads of its word (thai_lm.history, fixed by the priors'
# context: a table's windows are one document's); whether the lattice of the run as written
# (exact) has the step too: there a window's candidates are the first state's with that flag (see
# _exact_cands), so the run as written is read from the windows its repair search made.
_Cand = tuple[int, Piece, "str | None", "thai_lm.Entry | None", float, float, tuple[str, object], bool]
_CANDS: dict[tuple[Priors, bool], dict[tuple[tuple[Unit, ...], bool, bool], dict[object, list[_Cand]]]] = {}
# the lexicon, word counts and report bigrams the cached candidates (and their histories) were read from
_CANDS_FROM: list[object] = []
_EXACT = None  # a window's key for the candidates of the run as written (states are strings)
# thai_lm.word_cost by (word before, word), for the language model's tables in _COSTS_FROM (a
# document's lattices score the same pairs over and over)
_COSTS: dict[tuple[object, str], float] = {}
_COSTS_FROM: list[object] = []
_CONTEXT_COSTS: dict[tuple[object, str], float] = {}  # the same with the syllable context
_DOC_COSTS: dict[tuple[object, str], float] = {}  # the same with a page's own words (_DOC_COSTS_OF)
_DOC_COSTS_OF: list[tuple[dict[str, float], bool]] = []
_COSTS_KEPT = 100_000  # (~200 bytes each)
_CANDS_PRIORS = 4  # (priors, exact) tables kept: those of the last document or two
_CANDS_WINDOWS = 8_000  # windows kept per table (~2 KB each: 16 MB; emptied when full)


def _cands_table(pri: Priors, exact: bool, lexicon: thai_lm.Lexicon,
                 words: dict[str, float]) -> dict[tuple[tuple[Unit, ...], bool, bool], dict[object, list[_Cand]]]:
    pairs = thai_lm.bigrams()
    if len(_CANDS_FROM) != 3 or any(a is not b for a, b in zip(_CANDS_FROM, (lexicon, words, pairs))):
        _CANDS.clear()  # other tables (rebuilt, trained_on): candidates read from the old ones are stale
        _CANDS_FROM[:] = [lexicon, words, pairs]
    table = _CANDS.get((pri, exact))
    if table is None:
        if len(_CANDS) >= _CANDS_PRIORS:
            _CANDS.clear()
        table = _CANDS[(pri, exact)] = {}
    elif len(table) > _CANDS_WINDOWS:
        table.clear()
    return table


def _costs(context: bool, doc: dict[str, float] | None) -> dict[tuple[object, str], float]:
    """The cache of word costs by (history of the word before, word): without (``context``
    False) or with the syllable context, or with the syllable context and ``doc``, one page's own
    words (the cache of the page read last)."""
    tables = [thai_lm.bigrams(), thai_lm.report_unigrams(), thai_lm.counts()]
    if len(_COSTS_FROM) != len(tables) or any(a is not b for a, b in zip(_COSTS_FROM, tables)) \
            or len(_COSTS) + len(_CONTEXT_COSTS) + len(_DOC_COSTS) > _COSTS_KEPT:
        _COSTS.clear()  # other tables (rebuilt, trained_on): costs read from the old ones are stale
        _CONTEXT_COSTS.clear()
        _DOC_COSTS.clear()
        _COSTS_FROM[:] = tables
    if doc is None:
        return _CONTEXT_COSTS if context else _COSTS
    if not _DOC_COSTS_OF or _DOC_COSTS_OF[0][0] is not doc or _DOC_COSTS_OF[0][1] != context:
        _DOC_COSTS.clear()  # another page
        _DOC_COSTS_OF[:] = [(doc, context)]
    return _DOC_COSTS


def _best(us: list[Unit], pri: Priors, exact: bool, windows: list[dict[object, list[_Cand]]] | None = None) -> Reading:
    """The cheapest reading of ``us``; ``exact``: the run as written (words spelled as written,
    units and acronyms). ``windows``: each position's window of candidates, filled by the first
    search of the run given it and read by the next, which then need not find them again."""
    lexicon = thai_lm.lexicon()
    prefixes, longest = lexicon.prefixes, lexicon.longest
    words = thai_lm.counts()
    word_cost = thai_lm.word_cost
    # the syllable context of general text, where dropped marks are read (thai_lm.SYLLABLE_WEIGHT)
    context = pri.context and pri.drop >= PARAMS["search_at"]["drop"]
    # the page's own words (a dropped-mark page): costs of that page only, kept while its runs are read
    doc = thai_lm.doc_model(pri.doc_words) if pri.doc_words else None
    costs = _costs(context, doc)
    n = len(us)
    skel = skeleton(us)
    written: list[str] | None = None  # the units spelled, made when a window's candidates are
    # The run as written reads only words spelled as written, units and acronyms: unless spaces
    # are read as letter spacing (then a unit kept as written costs otherwise), those are steps
    # of the repair search's first state too, so its windows serve (_exact_cands).
    shared = exact and not pri.space > 0.5
    table = _cands_table(pri, exact and not shared, lexicon, words)
    if exact and not shared:
        windows = None  # the windows of another table
    known = windows is not None and len(windows) == n
    # at each position, its states (marks of that unit taken by the word before, that word's
    # history) → (cost, back, piece, word), in the order first reached; ``back`` is the state
    # before as (position, marks, history). The history is in the state because the next word's
    # cost depends on it: keeping only the cheapest path to a position (and marks taken) dropped
    # readings whose next word reads far better after them ("ความตระหนักแก่บุคลากร": แก is cheaper
    # than แก่ by itself, แก่ + บุคลากร far cheaper than แก + บุคลากร), so the search missed the
    # model's best reading. A dict a position: the candidates carry their state's key, so no key
    # is built per step (and no list of the states reached kept beside one dict of all).
    at: list[dict[tuple[str, object], _Step]] = [{} for _ in range(n + 1)]
    at[0][("", None)] = (0.0, None, _START, None)
    for i in range(n):
        if known:
            window = windows[i]  # type: ignore[index]
        else:
            # the window: the units up to where no skeleton goes on (the candidates read no further)
            stop = min(n, i + longest) + 1
            for j in range(i + 1, stop):
                if not prefixes[skel[i:j]]:
                    stop = j
                    break
            stop = max(stop, i + _ACRONYM_READS)
            window = table.get(wkey := (tuple(us[i:min(stop, n)]), stop > n, i > 0))
            if window is None:
                window = table[wkey] = {}
            if windows is not None:
                windows.append(window)
        here = at[i]
        floor = min([step[0] for step in here.values()]) + BEAM if len(here) > 1 else math.inf
        for (state, hist), (cost0, _, _, prev) in here.items():
            if cost0 > floor:
                continue
            if shared:
                cands = window.get(_EXACT)
                if cands is None:
                    if written is None:
                        written = list(map(_spelled, us))
                    cands = window[_EXACT] = _exact_cands(window, us, i, pri, skel, written, words, context)
            else:
                cands = window.get(state)
                if cands is None:
                    if written is None:
                        written = list(map(_spelled, us))
                    cands = window[state] = _candidates(us, i, state, pri, exact, skel, written, words, context)
            back = (i, state, hist)
            for dj, piece, word, e, ch, extra, key, _ in cands:
                if e is None:
                    c = cost0 + ch
                else:
                    # a word's cost depends on the word before only through its history
                    wc = costs.get((hist, e.word))
                    if wc is None:
                        wc = costs[(hist, e.word)] = word_cost(prev, e, doc, context)
                    c = cost0 + wc + ch + extra
                reach = at[i + dj]
                old = reach.get(key)
                if old is None or c < old[0]:
                    reach[key] = (c, back, piece, word)
    # the first cheapest state at the end, in the order first reached
    end = min(at[n].values(), key=itemgetter(0))
    pieces = []
    step = end
    last = n
    while step[1] is not None:
        start, carry, hist = step[1]
        # (step[2]._replace(first=start, last=at, carry=…) without namedtuple's Python calls)
        pieces.append(_new(Piece, (*step[2][:5], start, last, carry.rstrip("\0"))))
        last = start
        step = at[start][(carry, hist)]
    pieces.reverse()
    if not exact and any(p.gaps for p in pieces):
        pieces = _restore_spaces(pieces, thai_lm.doc_space_model(pri.doc_text) if pri.doc_text else None)
    return Reading("".join(p.after for p in pieces), end[0], tuple(pieces))


@lru_cache(maxsize=100_000)  # a run's units are spelled once per search, exact and not
def _spelled(u: Unit) -> str:
    return spell(u)


def _exact_cands(window: dict[object, list[_Cand]], us: list[Unit], i: int, pri: Priors, skel: str,
                 written: list[str], words: dict[str, float], context: bool) -> list[_Cand]:
    """The steps of the run as written from position ``i``: those of the repair search's first
    state (no mark taken by the word before) that the exact lattice has, in their order. The
    same list ``_candidates(..., exact=True)`` makes where spaces are not read as spacing."""
    cands = window.get("")
    if cands is None:
        cands = window[""] = _candidates(us, i, "", pri, False, skel, written, words, context)
    return [c for c in cands if c[7]]


def _candidates(us: list[Unit], i: int, state: str, pri: Priors, exact: bool, skel: str, written: list[str],
                words: dict[str, float], context: bool) -> list[_Cand]:
    """The steps of the lattice from ``state`` at position ``i``, in the order they are tried: one
    unit kept as written, then each dictionary word of each span (see ``_Cand``; ``context``: the
    histories the search reads, thai_lm.history)."""
    lexicon = thai_lm.lexicon()
    prefixes, longest = lexicon.prefixes, lexicon.longest
    history = thai_lm.history
    n = len(us)
    drop_space = pri.space > 0.5
    space_cost = -math.log(min(max(pri.space, 1e-4), 1 - 1e-4)) if drop_space else 0.0
    # A word with a mark the input shows nowhere in its span or on the next base (and no ASCII
    # byte in the span that could stand for it) needs a dropped mark: where the document drops
    # none, that costs infinitely much (align), so such words are not aligned at all.
    no_drop = not exact and pri.drop < PARAMS["search_at"]["drop"]
    out: list[_Cand] = []
    carry, eat = state.rstrip("\0"), state.endswith("\0")
    u = us[i]
    keep_space = u.space and i > 0 and not eat
    gap0: tuple[int, ...] = (0,) if u.space and i > 0 and eat else ()
    if keep_space and drop_space and not exact:
        # in a letter-spaced document a unit no word reads loses its spacing as words do
        # ("ครอฟ ต์" → "ครอฟต์"): a real word gap is wider than one space, so never in a run
        out.append((1, Piece(_written(u, carry, True), _written(u, carry, False), UNKNOWN | _SPACED, space_cost,
                             gap0), None, None, COST["unknown_unit"] + space_cost, 0.0, ("", None), False))
    else:
        out.append((1, Piece(_written(u, carry, keep_space), _written(u, carry, keep_space), UNKNOWN, 0.0, gap0),
                    None, None, COST["unknown_unit"], 0.0, ("", None), not carry))
    if not carry and (i == 0 or u.space):
        j = _acronym_end(us, i)
        if j:
            acronym = "".join(_written(x, "", k > 0 or keep_space) for k, x in enumerate(us[i:j]))
            out.append((j - i, Piece(acronym, acronym, UNKNOWN, 0.0, gap0), None, None, COST["acronym"], 0.0,
                        ("", None), True))
    seen: set[str] = set()  # the marks of us[i:j]
    wild = False  # an ASCII byte in us[i:j]
    before = ""  # us[i:j] as written (the same for every word read there)
    as_written = ""  # us[i:j] spelled canonically
    plain = not carry and not u.wild  # us[i:j] holds no carried mark, space inside or ASCII byte
    # marks of us[i:j] the word before did not take, at least: a word with fewer marks leaves one
    # of them unread, which align prices infinitely where no unit of the span is _misplaced
    shown_marks = -len(carry)
    misplaced: bool | None = None  # some unit of us[i:j] is _misplaced (found out when needed)
    entries, found_entries = lexicon.entries, lexicon._entries  # (the skeletons looked up so far)
    for j in range(i + 1, min(n, i + longest) + 1):
        key = skel[i:j]
        if not prefixes[key]:
            break
        last = us[j - 1]
        seen.update(last.marks)
        shown_marks += len(last.marks)
        wild = wild or bool(last.wild)
        before += _written(last, carry if j - 1 == i else "", j - 1 > i or keep_space)
        as_written += written[j - 1]
        if j - 1 > i:
            plain = plain and not last.space and not last.wild
            if misplaced is False:
                misplaced = None
        found = found_entries.get(key)
        if found is None:
            found = entries(key)
        if not found:
            continue
        nxt = us[j] if j < n else None
        shown = seen.union(nxt.marks) if nxt is not None else seen
        span = us[i:j]
        for e in found:
            if no_drop and not wild and not e.marks <= shown:
                continue
            kinds: frozenset[str]
            gaps: tuple[int, ...]
            if plain and e.word == as_written:
                # the word as the span is written: no edit (what align finds, without aligning)
                ch, took, kinds, eats, gaps = 0.0, "", frozenset(), False, ()
                same = True
            elif exact:
                continue
            else:
                # a word's marks: its letters but its bases (one a unit; no word starts with a mark),
                # and its bases are its skeleton's letters, j - i (its units are read only if aligned)
                if not wild and shown_marks > len(e.word) - (j - i):
                    if misplaced is None:
                        misplaced = any(map(_misplaced, span))
                    if not misplaced:
                        continue  # align: a mark of the span left unread on a unit where it may stand
                ch, took, kinds, eats, gaps = align(span, carry, e.units, nxt, pri, MAX_CHANNEL)
                if ch > MAX_CHANNEL or (not drop_space and _splits_at_space(us, i, e, gaps, words)):
                    continue
                same = False
            lead = ""
            extra = 0.0
            if keep_space:
                if drop_space and not exact:
                    extra = space_cost
                    kinds = kinds | {"letter_spaced"}
                    same = False
                else:
                    lead = " "
            offsets = gap0 + tuple(sum(1 + len(x.marks) for x in e.units[:k]) for k in gaps) if gaps else gap0
            out.append((j - i, _new(Piece, (before, lead + e.word, kinds, ch + extra, offsets, 0, 0, "")),
                        e.word, e, ch, extra, (took + "\0" * eats, history(e.word, context)), same and not carry))
    return out


def _restore_spaces(pieces: list[Piece], doc: thai_lm.DocSpaces | None = None) -> list[Piece]:
    """Put back the dropped gaps where clean text would have a space: a displaced mark's gap
    falls at a word boundary of the repaired text (newmm) and the words around it are ones that
    clean text spaces apart more often than a displaced mark leaves a gap. ``doc``: how the page
    itself spaces the words and word pairs it prints whole (thai_lm.doc_space_model)."""
    from .words import tokenize
    text = "".join(p.after for p in pieces)
    toks = tokenize(text)
    ends: dict[int, int] = {}  # character offset → index of the token starting there
    at = 0
    for k, t in enumerate(toks):
        ends[at] = k
        at += len(t)
    gap = PARAMS["displaced_gap"]
    out, pos = [], 0
    for p in pieces:
        after, shift = p.after, 0
        for off in sorted(set(p.gaps)):
            tok = ends.get(pos + off + (len(p.after) - len(p.after.lstrip(" ")) if off == 0 else 0))
            if not tok or toks[tok] == " " or toks[tok - 1] == " ":
                continue
            sp = thai_lm.space_prob(toks[tok - 1], toks[tok], doc)
            if sp / (sp + (1 - sp) * gap) > 0.5:
                cut = off + shift + (len(after) - len(after.lstrip(" ")) if off == 0 else 0)
                after = after[:cut] + " " + after[cut:]
                shift += 1
        pos += len(p.after)
        out.append(p._replace(after=after) if after != p.after else p)
    return out


@lru_cache(maxsize=50_000)
def repair_run(run: str, pri: Priors) -> Reading | None:
    """The run's cheapest reading when it beats the run as written by the margin, else None."""
    us = units(run)
    if not us or not us[0].base:
        return None
    windows: list[dict[object, list[_Cand]]] = []
    found = _best(us, pri, False, windows)
    if found.text == run:
        return None
    as_written = _best(us, pri, True, windows)
    if found.cost + COST["margin"] >= as_written.cost:
        return None
    return found


def run_gain(run: str, pri: Priors, found: Reading) -> float:
    """How much cheaper ``found`` (repair_run's reading of ``run``) is than the run as written."""
    return _best(units(run), pri, exact=True).cost - found.cost


def unknown_share(run: str) -> float:
    """Share of the run's units no dictionary word reads (as written)."""
    us = units(run)
    if not us or not us[0].base:
        return 1.0
    from .thai_channel import DEFAULT
    pieces = _best(us, DEFAULT, exact=True).pieces
    return sum(p.kinds == UNKNOWN for p in pieces) / len(us)

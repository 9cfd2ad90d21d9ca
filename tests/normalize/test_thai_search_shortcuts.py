"""The repair search's shortcuts (issue 13) give what the long way gives: units read a base at a
time as a character at a time; the run as written read from the repair search's windows as from
its own candidates; a word skipped for a mark it leaves unread priced out by align itself."""
from __future__ import annotations

import random
import re
from dataclasses import replace

from normalize import thai_lm, thai_search
from normalize.thai import estimate
from normalize.thai_channel import DEFAULT, _misplaced, align
from normalize.thai_orthography import MARKS, WILD, Unit, _units, skeleton, units
from tests.normalize.test_thai_search_cache import _clear, _documents


def test_units_a_base_at_a_time_as_a_character_at_a_time() -> None:
    letters = "กขคงจชซญดตถทนบปผพฟมยรลวศสหอฮะาำเแโใไๅฯ" + "".join(
        re.findall(f"[{MARKS}]", "".join(map(chr, range(0x0E00, 0x0E80))))) + WILD + "   ab\n"
    rng = random.Random(13)
    texts = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 14))) for _ in range(30_000)]
    texts += [run for doc in _documents() for run in doc]
    for text in texts:
        got = units(text)
        assert got == _units(text), text
        assert all(type(u) is Unit for u in got)



def test_the_run_as_written_reads_the_repair_windows_as_its_own_candidates() -> None:
    """_exact_cands (the first state's steps the exact lattice has) is the list
    _candidates(..., exact=True) makes, step for step."""
    runs = _documents()[0][:40]
    for pri in (estimate("\n".join(runs)), replace(DEFAULT, drop=0.2)):
        context = pri.context and pri.drop >= thai_search.PARAMS["search_at"]["drop"]
        words = thai_lm.counts()
        for run in runs:
            us = units(run)
            skel, written = skeleton(us), [thai_search.spell(u) for u in us]
            for i in range(len(us)):
                own = thai_search._candidates(us, i, "", pri, True, skel, written, words, context)
                shared = thai_search._exact_cands({}, us, i, pri, skel, written, words, context)
                assert shared == own, (run, i)


def test_the_run_as_written_costs_the_same_after_its_repair_search() -> None:
    runs = _documents()[0][:60] + _documents()[1][:60]
    pri = estimate("\n".join(runs))
    for run in runs:
        us = units(run)
        _clear()
        alone = thai_search._best(us, pri, True)
        _clear()
        windows: list = []
        thai_search._best(us, pri, False, windows)
        assert thai_search._best(us, pri, True, windows) == alone


def test_a_word_leaving_a_mark_unread_is_no_candidate() -> None:
    """_candidates skips a word with fewer marks than the span shows (the word before's taken
    ones aside) where no unit of the span is _misplaced and no ASCII byte stands in it: align
    prices each such word above MAX_CHANNEL."""
    lexicon = thai_lm.lexicon()
    checked = 0
    for doc in _documents():
        pri = estimate("\n".join(doc))
        for run in doc[:80]:
            us = units(run)
            skel = skeleton(us)
            for i in range(len(us)):
                for carry in ("", *us[i].marks):
                    for j in range(i + 1, min(len(us), i + lexicon.longest) + 1):
                        if not lexicon.prefixes[skel[i:j]]:
                            break
                        span = us[i:j]
                        if any(u.wild for u in span) or any(map(_misplaced, span)):
                            continue
                        shown = sum(len(u.marks) for u in span) - len(carry)
                        for e in lexicon.entries(skel[i:j]):
                            if shown > len(e.word) - len(e.units):
                                nxt = us[j] if j < len(us) else None
                                assert align(span, carry, e.units, nxt, pri, thai_search.MAX_CHANNEL)[0] \
                                    > thai_search.MAX_CHANNEL, (run, i, j, carry, e.word)
                                checked += 1
    assert checked > 1_000

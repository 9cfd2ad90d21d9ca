"""The repair search keeps a document's lattice candidates and word costs between runs
(normalize.thai_search: _CANDS, _COSTS) for speed only: a run must read exactly as it reads with
nothing kept — same text, pieces, edit kinds and costs to the last bit — whatever other runs were
read before it. If a candidate ever depends on something its cache key leaves out (the word
before, a unit outside the window), the readings of warm and cold caches part here."""
from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from normalize import thai_lm, thai_search
from normalize.thai import _runs, estimate
from normalize.thai_channel import DEFAULT

DATA = Path(__file__).resolve().parent / "data"


def _documents() -> list[list[str]]:
    """Runs of a real PDF text with split SARA AM (every run searched), and of real broken strings."""
    text = (DATA / "nongyai_sso_2563_procurement_measures.pdfplumber.txt").read_text(encoding="utf-8")
    with open(DATA / "broken_real_dev.tsv", encoding="utf-8", newline="") as f:
        broken = [r["broken"] for r in csv.DictReader(f, delimiter="\t")]
    return [[run for _, _, run in _runs(doc) if len(run) > 1] for doc in (text, "\n".join(broken))]


def _clear() -> None:
    for cache in (thai_search._CANDS, thai_search._COSTS, thai_search._CONTEXT_COSTS, thai_search._DOC_COSTS):
        cache.clear()
    thai_search._DOC_COSTS_OF.clear()


def _cold(run: str, pri) -> object:
    _clear()
    return thai_search.repair_run.__wrapped__(run, pri)


@pytest.mark.parametrize("doc", [0, 1])
@pytest.mark.parametrize("kind", ["estimated", "drops", "own words", "spaced"])
def test_warm_caches_read_as_cold(doc: int, kind: str) -> None:
    runs = _documents()[doc][:60]
    pri = estimate("\n".join(runs))
    # the search's other branches: a document that drops marks (no_drop off), one letter-spaced
    # (a space inside a word read as spacing, at a cost)
    # (a document that drops marks and shows some words whole: their costs kept for that page)
    own = replace(DEFAULT, drop=0.2, doc_words=thai_lm.doc_words("\n".join(runs + _documents()[0][:200])))
    pri = {"estimated": pri, "drops": replace(DEFAULT, drop=0.2), "own words": own,
           "spaced": replace(pri, space=0.8)}[kind]
    assert kind != "own words" or pri.doc_words
    _clear()
    warm = [thai_search.repair_run.__wrapped__(run, pri) for run in runs]
    # and again in reverse order, the caches full of the other runs' candidates
    again = [thai_search.repair_run.__wrapped__(run, pri) for run in reversed(runs)][::-1]
    cold = [_cold(run, pri) for run in runs]
    assert warm == cold
    assert again == cold
    assert any(r is not None for r in cold) or kind == "spaced"  # the runs are repaired, not only read


def test_a_word_costs_the_same_after_words_of_the_same_history() -> None:
    """The search keeps word costs by the history of the word before (thai_lm.history), not by
    the word: two words of one history must give every word the same cost."""
    words = ["ของ", "ตำบล", "บ้านเป้า", "ประชาชน", "นักเรียน", "ชุมชน", "ข่าว", "ขาว", "ส่วน", "สวน", None]
    entries = [e for key in ("ขาว", "รวม", "สวน", "กลม", "หนวยงาน") for e in thai_lm.lexicon().entries(key)]
    doc = thai_lm.doc_model(frozenset({("ข่าว", 3), ("ร่วม", 2)}))
    for context in (False, True):
        by_history: dict[object, list[str | None]] = {}
        for w in words:
            by_history.setdefault(None if w is None else thai_lm.history(w, context), []).append(w)
        for same in by_history.values():
            for e in entries:
                for d in (None, doc):
                    assert len({thai_lm.word_cost(w, e, d, context) for w in same}) == 1, (same, e.word)

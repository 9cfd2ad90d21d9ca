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

from normalize import thai_search
from normalize.thai import _runs, estimate
from normalize.thai_channel import DEFAULT

DATA = Path(__file__).resolve().parent / "data"


def _documents() -> list[list[str]]:
    """Runs of a real PDF text with split SARA AM (every run searched), and of real broken strings."""
    text = (DATA / "nongyai_sso_2563_procurement_measures.pdfplumber.txt").read_text(encoding="utf-8")
    with open(DATA / "broken_real_dev.tsv", encoding="utf-8", newline="") as f:
        broken = [r["broken"] for r in csv.DictReader(f, delimiter="\t")]
    return [[run for _, _, run in _runs(doc) if len(run) > 1] for doc in (text, "\n".join(broken))]


def _cold(run: str, pri) -> object:
    thai_search._CANDS.clear()
    thai_search._COSTS.clear()
    return thai_search.repair_run.__wrapped__(run, pri)


@pytest.mark.parametrize("doc", [0, 1])
@pytest.mark.parametrize("kind", ["estimated", "drops", "spaced"])
def test_warm_caches_read_as_cold(doc: int, kind: str) -> None:
    runs = _documents()[doc][:60]
    pri = estimate("\n".join(runs))
    # the search's other branches: a document that drops marks (no_drop off), one letter-spaced
    # (a space inside a word read as spacing, at a cost)
    pri = {"estimated": pri, "drops": replace(DEFAULT, drop=0.2), "spaced": replace(pri, space=0.8)}[kind]
    thai_search._CANDS.clear()
    thai_search._COSTS.clear()
    warm = [thai_search.repair_run.__wrapped__(run, pri) for run in runs]
    # and again in reverse order, the caches full of the other runs' candidates
    again = [thai_search.repair_run.__wrapped__(run, pri) for run in reversed(runs)][::-1]
    cold = [_cold(run, pri) for run in runs]
    assert warm == cold
    assert again == cold
    assert any(r is not None for r in cold) or kind == "spaced"  # the runs are repaired, not only read

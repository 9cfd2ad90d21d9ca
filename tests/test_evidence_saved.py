"""Everything a check needs is saved with the result: auditing a result read back from its JSON
(a line of the run journal, .ita-journal.jsonl) gives the checks auditing it live gives."""
from __future__ import annotations

import json

import pytest

from extract.audit import audit
from extract.pipeline import extract_file
from schemas.records import Result, Where
from tests.conftest import ROOT, SAMPLES

FAST = [*sorted(SAMPLES.glob("*.txt")), *sorted((SAMPLES / "real-web").glob("*.txt")),
        *sorted((ROOT / "tests" / "variants").glob("*.txt")), *sorted((SAMPLES / "docx").glob("*.docx"))]
SLOW = [p for folder in ("pdf", "landscape", "scanned", "real") for p in sorted((SAMPLES / folder).glob("*.pdf"))]


def _checks(result: Result) -> list[dict]:
    return [c.model_dump() for c in audit(result).checks]


@pytest.mark.parametrize("path", [*FAST, *(pytest.param(p, marks=pytest.mark.slow) for p in SLOW)],
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_result_read_back_from_its_json_audits_as_it_did_live(path):
    live = extract_file(path)
    saved = live.model_dump_json()
    assert _checks(Result.model_validate_json(saved)) == _checks(live)


def test_the_facts_behind_name_checks_are_in_the_saved_json():
    for stem, code in (("001", "ORG_NAME_VARIANTS"), ("002", "ORG_NAME_VARIANTS"), ("003", "INDICATOR_NAME_UNKNOWN")):
        live = extract_file(next(SAMPLES.glob(f"{stem}_*.txt")))
        reloaded = Result.model_validate_json(live.model_dump_json())
        assert code in {c.code for c in audit(reloaded).checks}, (stem, code)


def _without_where(value):
    """A result's JSON as saved before records carried a structured ``where``: locations in words,
    the places of the organization's spellings in words."""
    if isinstance(value, dict):
        out = {k: _without_where(v) for k, v in value.items() if k != "where"}
        if "org_variants" in out:
            out["org_variants"] = {name: [str(Where.model_validate(w)) for w in places]
                                   for name, places in value["org_variants"].items()}
        return out
    if isinstance(value, list):
        return [_without_where(v) for v in value]
    return value


def _in_words(checks: list[dict]) -> list[dict]:
    return [{k: v for k, v in c.items() if k != "where"} for c in checks]


@pytest.mark.parametrize("path", [*FAST[:5], SAMPLES / "docx" / "002_b022ce678bf99bfb.docx"],
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_result_saved_before_records_had_a_where_audits_as_it_did(path):
    """Records carry a typed ``where`` and the checks read it (issue 15); a result saved before that
    (a journal of an older run) reads its locations back from their words and audits the same."""
    live = extract_file(path)
    old = json.dumps(_without_where(live.model_dump(mode="json")), ensure_ascii=False)
    assert '"where"' not in old
    reloaded = Result.model_validate_json(old)
    assert _in_words(_checks(reloaded)) == _in_words(_checks(live))
    records = [*reloaded.scores, *reloaded.measures, *reloaded.findings, *reloaded.checks]
    assert records and all(r.where == Where.parse(r.location) for r in records)


def test_a_records_location_is_the_words_of_its_where():
    from extract import extract_paths
    from tests.conftest import SEED_TEXTS

    results = extract_paths(SEED_TEXTS + sorted(SAMPLES.glob("docx/*.docx")), jobs=1)
    records = [rec for r in results for rec in (*r.scores, *r.measures, *r.findings, *r.checks)]
    assert len([r for r in records if r.location]) > 100
    assert all(r.location == str(r.where) and str(Where.parse(r.location)) == r.location for r in records)
    assert Where.parse("page 3, table 2, row 4") == Where(page=3, table=2, row=4)

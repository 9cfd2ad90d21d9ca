"""Everything a check needs is saved with the result: auditing a result read back from its JSON
(a line of the run journal, .ita-journal.jsonl) gives the checks auditing it live gives."""
from __future__ import annotations

import pytest

from extract.audit import audit
from extract.pipeline import extract_file
from schemas.records import Result
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


def test_a_records_location_reads_back_as_the_place_it_names():
    """Checks point at records through Where.parse (issue 15: one parser of a location's words):
    every location a reading writes is a Where's words, so nothing is lost reading it back."""
    from extract import extract_paths
    from schemas.records import Where
    from tests.conftest import SAMPLES, SEED_TEXTS

    results = extract_paths(SEED_TEXTS + sorted(SAMPLES.glob("docx/*.docx")), jobs=1)
    places = [rec.location for r in results for rec in (*r.scores, *r.measures, *r.findings, *r.checks)
              if rec.location]
    assert len(places) > 100 and all(str(Where.parse(p)) == p for p in places)
    assert Where.parse("page 3, table 2, row 4") == Where(page=3, table=2, row=4)
    assert Where.parse("") == Where()

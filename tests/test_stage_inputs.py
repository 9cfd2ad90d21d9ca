"""No stage changes what it is given: read → repair → clean → stitch → parse → audit each return a new
document (or Result) and leave their input equal to a deep copy taken before the call, on a
sample of every format. Running the stages again on the same input gives the same output."""
from __future__ import annotations

import copy
import hashlib
from pathlib import Path

import pytest

from extract.audit import audit
from extract.clean import clean_document
from extract.document import CleanDocument, Document, StitchedDocument
from extract.pipeline import extract_document, parse_document
from extract.readers import reader_for
from extract.repair import repair_document
from extract.stitch import stitch
from schemas.records import Result
from tests.conftest import ROOT, SAMPLES

FAST = [SAMPLES / "002_b022ce678bf99bfb.txt", SAMPLES / "003_1ad6433f7b2808bc.txt",
        ROOT / "tests" / "variants" / "03_pao_nan_2568.txt", SAMPLES / "docx" / "001_adca4484352dee47.docx"]
SLOW = [SAMPLES / "pdf" / "002_b022ce678bf99bfb.pdf", SAMPLES / "real" / "nongyai_sso_2563_procurement_measures.pdf"]


def _read(path: Path) -> Document:
    data = path.read_bytes()
    return reader_for(path)(data, path.name, hashlib.sha256(data).hexdigest())


def _leaves_input_alone(stage, given):
    before = copy.deepcopy(given)
    out = stage(given)
    assert given == before, f"{stage.__name__} changed its input"
    return out


@pytest.mark.parametrize("path", [*FAST, *(pytest.param(p, marks=pytest.mark.slow) for p in SLOW)],
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_stage_changes_its_input(path):
    doc = _read(path)
    repaired = _leaves_input_alone(repair_document, doc)
    cleaned = _leaves_input_alone(clean_document, repaired)
    stitched = _leaves_input_alone(stitch, cleaned)
    result = _leaves_input_alone(parse_document, stitched)
    audited = _leaves_input_alone(audit, result)
    assert isinstance(repaired, Document) and isinstance(stitched, StitchedDocument)
    assert isinstance(cleaned, CleanDocument)
    assert isinstance(result, Result) and result.report.status != "failed"
    assert len(audited.checks) >= len(result.checks)
    # the same input through the stages again, and a fresh read through the pipeline: same result
    assert extract_document(doc) == result
    assert extract_document(_read(path)) == result


def test_repair_gives_a_new_document_with_its_own_checks():
    path = SAMPLES / "pdf" / "002_b022ce678bf99bfb.pdf"
    if not path.exists():
        pytest.skip("no PDF sample")
    doc = _read(path)
    repaired = repair_document(doc)
    assert repaired is not doc and repaired.checks is not doc.checks and repaired.blocks is not doc.blocks


test_repair_gives_a_new_document_with_its_own_checks = pytest.mark.slow(
    test_repair_gives_a_new_document_with_its_own_checks)

"""Real published PDFs with no gold (samples/real/README.md): what they must NOT yield.

None of these documents states an ITA score: a procurement analysis full of budgets and
percentages, a cover memo, a notice of web-publishing guidelines and a scanned memo. Whatever
else a run reads from them, it must invent no scores and no overall score or grade.
One parametrized test per file, so further assertions (measures, …) can be added per file.
"""
from __future__ import annotations

import functools
from pathlib import Path

import pytest

from extract import extract_file

REAL = Path(__file__).resolve().parent.parent / "samples" / "real"

# file → what it is (from samples/real/README.md)
NO_SCORES = {
    "nongyai_sso_2562_procurement_analysis.pdf": "a procurement analysis: budgets, percentages, tables",
    "namyuen_hospital_2567_risk_plan_cover_memo.pdf": "a one-page cover memo",
    "nongyai_sso_2561_web_disclosure_guideline_notice.pdf": "a notice of web-publishing guidelines",
    "phichai_hospital_2568_complaint_memo_scan.pdf": "a scanned memo (OCR)",
}


@functools.lru_cache(maxsize=None)
def _run(name: str):
    return extract_file(REAL / name)


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.ocr) if NO_SCORES[n].endswith("(OCR)") else n
                                  for n in sorted(NO_SCORES)])
def test_no_invented_scores(name):
    result = _run(name)
    invented = [(s.level, s.tool, s.indicator, s.score, s.source_text) for s in result.scores]
    assert invented == [], f"{name} ({NO_SCORES[name]}) yields scores: {invented}"
    assert (result.report.overall_score, result.report.overall_grade) == (None, None), name

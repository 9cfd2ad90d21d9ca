"""``ita check`` as one JSON document, for auditors' own tools (checks.json, ``--format json``).

``checks`` holds the records of checks.csv (same fields, same order, null for an empty cell) and,
last, each one's ``where``: its location as a structure (page, line, table, row, cell, bbox), as in
checks.jsonl;
``reports`` one summary object per report: what it is, its status and its counts by severity and
by code. Codes and field names are English whatever ``--lang`` is, like the CSV columns.
"""
from __future__ import annotations

import json
from collections import Counter

from extract import __version__
from schemas.records import Result

FORMAT_VERSION = 1


def report_summary(result: Result) -> dict:
    """What one report is and what its checks found (counts by severity and by code)."""
    r = result.report
    severities = Counter(c.severity for c in result.checks)
    return {"report_id": r.report_id, "source_file": r.source_file, "organization": r.organization,
            "fiscal_year": r.fiscal_year, "status": r.status, "errors": severities["error"],
            "warnings": severities["warning"], "info": severities["info"],
            "codes": dict(sorted(Counter(c.code for c in result.checks).items()))}


def document(results: list[Result]) -> dict:
    return {"format": "ita-check", "format_version": FORMAT_VERSION, "ita_version": __version__,
            "reports": [report_summary(r) for r in results],
            "checks": [c.model_dump(mode="json") for r in results for c in r.checks]}


def dumps(results: list[Result]) -> str:
    return json.dumps(document(results), ensure_ascii=False, indent=1) + "\n"

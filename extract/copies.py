"""One report id per reports row, even when a run reads the same bytes twice.

``report_id`` comes from the content hash, so two copies of one file would share it and a
researcher's join on report_id would mix their rows. Going through results in input order, the
first copy keeps the content id and every later one gets ``<id>-2``, ``<id>-3``, … plus a
DUPLICATE_FILE check naming the first; the order is the input order, so any ``--jobs`` and a
resumed run give the same ids.
"""
from __future__ import annotations

from schemas.check_codes import make_check
from schemas.records import Check, Result

_RECORD_KINDS = ("scores", "measures", "findings", "checks")


class Copies:
    """Feed reports in input order to ``take``; it says which are copies of an earlier one."""

    def __init__(self) -> None:
        self._first: dict[str, tuple[str, str]] = {}  # sha256 → (source_file, report_id)
        self._seen: dict[str, int] = {}

    def take(self, report: dict) -> tuple[str, Check] | None:
        """For a copy of an earlier report: its new id and the DUPLICATE_FILE check; else None.
        ``report`` is a report row (dict); only its hash, file and id are read."""
        sha = report["source_sha256"]
        if not sha:  # nothing was read: the id already comes from the name
            return None
        if sha not in self._first:
            self._first[sha], self._seen[sha] = (report["source_file"], report["report_id"]), 1
            return None
        self._seen[sha] += 1
        first_file, first_id = self._first[sha]
        return f"{first_id}-{self._seen[sha]}", make_check("DUPLICATE_FILE", first=first_file, first_id=first_id)

    def result(self, result: Result) -> Result:
        """``result``, or a relabelled copy of it when the same bytes came earlier."""
        report = result.report
        copy = self.take({"source_sha256": report.source_sha256, "source_file": report.source_file,
                          "report_id": report.report_id})
        return result if copy is None else relabel_result(result, *copy)


def relabel_dump(dump: dict, new_id: str, check: Check) -> dict:
    """A ``Result.model_dump(mode="json")`` under ``new_id`` with ``check`` added (a new dict)."""
    out = {**dump, "report": {**dump["report"], "report_id": new_id}}
    for kind in _RECORD_KINDS:
        out[kind] = [{**row, "report_id": new_id} for row in dump[kind]]
    out["checks"].append({**check.model_dump(mode="json"), "report_id": new_id})
    return out


def relabel_result(result: Result, new_id: str, check: Check) -> Result:
    """``result`` under ``new_id`` with ``check`` added (a new Result)."""
    out = result.model_copy(deep=True)
    out.checks.append(check)
    for record in (out.report, *out.scores, *out.measures, *out.findings, *out.checks):
        record.report_id = new_id
    return out

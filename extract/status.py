"""A report's status (ok / partial / failed) and the check codes behind it."""
from __future__ import annotations

from collections.abc import Iterable

from schemas.records import Status

# Codes that make a report partial even without an error: something was read, not all of it.
PARTIAL = {"OCR_USED", "NO_RECORDS", "PAGE_CAP"}
# Codes that mean nothing usable was read: the report is failed.
FATAL = {"READ_EMPTY", "READ_ENCODING", "READ_NOT_A_FILE", "READ_UNSUPPORTED", "READ_LEGACY_OFFICE", "READ_FAILED", "READ_ENCRYPTED", "NOT_ITA",
         "INTERNAL_ERROR", "READ_TIMEOUT", "WORKER_CRASHED", "MEMORY_LIMIT"}


def status_of(checks: Iterable[tuple[str, str]]) -> Status:
    """ok / partial / failed from a report's checks as (code, severity) pairs."""
    checks = list(checks)
    if reasons("failed", checks):
        return "failed"
    return "partial" if reasons("partial", checks) else "ok"


def reasons(status: str, checks: Iterable[tuple[str, str]]) -> list[str]:
    """The codes, in order and each once, that make a report ``status`` (none for ok)."""
    if status == "failed":
        found = [code for code, _ in checks if code in FATAL]
    elif status == "partial":
        found = [code for code, severity in checks if severity == "error" or code in PARTIAL]
    else:
        found = []
    return list(dict.fromkeys(found))

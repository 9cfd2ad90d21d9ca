"""The run journal: one JSON line per finished file, appended as files finish.

It lives in the output folder (``.ita-journal.jsonl``) so that a run stopped by Ctrl-C, a crash
or a power cut can be resumed: ``--resume`` reuses every entry whose content hash matches an input
file and re-extracts the rest. The tables are always rewritten from the journal plus the new
results, in input order, so a resumed run writes what a clean run would.
"""
from __future__ import annotations

import json
from pathlib import Path

from schemas.records import Result

JOURNAL_NAME = ".ita-journal.jsonl"
# Failures that depend on the machine at the time (load, memory), not on the file: retried on resume.
RETRY_CODES = frozenset({"READ_TIMEOUT", "WORKER_CRASHED", "MEMORY_LIMIT"})


def extractor_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ita-extract")
    except PackageNotFoundError:
        return "unknown"


class Journal:
    """Append-only record of finished files; ``settings`` that change output must match to reuse."""

    def __init__(self, out_dir: str | Path, settings: dict | None = None):
        self.path = Path(out_dir) / JOURNAL_NAME
        self.settings = {"version": extractor_version(), **(settings or {})}
        self._fh = None

    def load(self) -> dict[str, Result]:
        """Reusable results by content hash (a torn last line from a killed run is skipped)."""
        found: dict[str, Result] = {}
        if not self.path.exists():
            return found
        with self.path.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    entry = json.loads(line)
                    if entry.get("settings") != self.settings:
                        continue
                    result = Result.model_validate(entry["result"])
                except (ValueError, KeyError, TypeError):
                    continue
                if not any(c.code in RETRY_CODES for c in result.checks):
                    found[result.report.source_sha256] = result
        return found

    def start(self, resume: bool) -> None:
        """Open for appending; a run that does not resume starts an empty journal."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = self.path.open("a" if resume else "w", encoding="utf-8")

    def append(self, result: Result) -> None:
        line = json.dumps({"settings": self.settings, "result": result.model_dump(mode="json")}, ensure_ascii=False)
        self._fh.write(line + "\n")
        self._fh.flush()  # a killed run loses at most the line being written

    def close(self) -> None:
        if self._fh:
            self._fh.close()
            self._fh = None


def reuse(result: Result, source_file: str) -> Result:
    """A journal result for the same content found under ``source_file`` (it may have moved)."""
    copy = result.model_copy(deep=True)
    copy.report.source_file = source_file
    return copy

"""The run journal: one JSON line per finished file, appended as files finish.

It lives in the output folder (``.ita-journal.jsonl``) so that a run stopped by Ctrl-C, a crash
or a power cut can be resumed: ``--resume`` reuses every entry whose content hash matches an input
file and that the same code made (``extractor_version``), and re-extracts the rest. The tables are
always rewritten from the journal plus the new results, in input order, so a resumed run writes
what a clean run would.
"""
from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any, BinaryIO, TextIO

JOURNAL_NAME = ".ita-journal.jsonl"
# Failures that depend on the machine at the time (load, memory), not on the file: retried on resume.
RETRY_CODES = frozenset({"READ_TIMEOUT", "WORKER_CRASHED", "MEMORY_LIMIT"})


# What decides a file's result: our packages' files (code and any data they load) and the
# libraries that read and tokenise. The package version alone never changed with the code.
SOURCE_ROOT = Path(__file__).resolve().parent.parent
SOURCE_PACKAGES = ("extract", "normalize", "schemas")
READING_LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "python-docx", "pythainlp", "geothai",
                     "regex", "pydantic")


@functools.cache  # once per process: ~50 small files and 9 metadata look-ups, ~20 ms measured
def extractor_version() -> str:
    """``VERSION+HASH``: the hash of every file in our packages and the reading libraries' versions."""
    from extract.dist_version import installed_version

    def installed(name: str) -> str:
        found = installed_version(name)
        return "-" if found is None else found

    digest = hashlib.sha256()
    for path in sorted(p for package in SOURCE_PACKAGES for p in (SOURCE_ROOT / package).rglob("*")
                       if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(SOURCE_ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name in READING_LIBRARIES:
        digest.update(f"{name}={installed(name)}\0".encode())
    return f"{installed('ita-extract')}+{digest.hexdigest()[:16]}"


class Journal:
    """Append-only record of finished files; ``settings`` that change output must match to reuse."""

    def __init__(self, out_dir: str | Path, settings: dict | None = None):
        self.path = Path(out_dir) / JOURNAL_NAME
        self.settings = {"version": extractor_version(), **(settings or {})}
        self._settings_json = json.dumps(self.settings, sort_keys=True)
        self._fh: TextIO | None = None  # appending
        self._reader: BinaryIO | None = None  # reading entries back on resume: one handle, not one open per file

    def load(self) -> dict[str, int]:
        """Where each reusable result starts in the file, by content hash (results are read back
        one at a time with ``read``, so a resumed run does not hold them all; a torn last line
        from a killed run is skipped)."""
        found: dict[str, int] = {}
        if not self.path.exists():
            return found
        with self.path.open("rb") as fh:
            offset = 0
            for line in fh:
                dump = self._parse(line)
                if dump is not None and not any(c.get("code") in RETRY_CODES for c in dump["checks"]):
                    found[dump["report"]["source_sha256"]] = offset
                offset += len(line)
        return found

    def read(self, offset: int) -> dict[str, Any]:
        """The result dump (``Result.model_dump(mode="json")``) stored at ``offset`` (by ``load``)."""
        if self._reader is None:
            self._reader = self.path.open("rb")
        self._reader.seek(offset)
        dump = self._parse(self._reader.readline())
        if dump is None:
            raise ValueError(f"{self.path}: no result at offset {offset}")
        return dump

    def _parse(self, line: bytes) -> dict[str, Any] | None:
        try:
            entry = json.loads(line)
            dump = entry["result"] if entry.get("settings") == self.settings else None
            if dump is not None and not (isinstance(dump.get("report"), dict) and isinstance(dump.get("checks"), list)):
                dump = None
        except (ValueError, KeyError, TypeError, AttributeError):
            return None
        return dump

    def start(self, resume: bool) -> None:
        """Open for appending; a run that does not resume starts an empty journal."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = self.path.open("a" if resume else "w", encoding="utf-8")

    def append(self, result_json: str) -> None:
        """Record one finished file (``Result.model_dump_json()``, as the workers send it)."""
        if self._fh is None:
            raise RuntimeError("Journal.append before start")
        self._fh.write(f'{{"settings": {self._settings_json}, "result": {result_json}}}\n')
        self._fh.flush()  # a killed run loses at most the line being written

    def close(self) -> None:
        for handle in (self._fh, self._reader):
            if handle:
                handle.close()
        self._fh = self._reader = None


def reuse(dump: dict, path: Path) -> dict:
    """A journal result for the same content found at ``path`` (it may have moved): its name,
    and the check a name that is not UTF-8 earns, are those of the new place."""
    from extract.pipeline import source_name

    name, name_checks = source_name(path)
    report_id = dump["report"]["report_id"]
    checks = [c for c in dump["checks"] if c["code"] != "FILE_NAME_NOT_UTF8"]
    checks[:0] = [{**c.model_dump(mode="json"), "report_id": report_id} for c in name_checks]
    report = {**dump["report"], "source_file": name,
              "n_warnings": sum(1 for c in checks if c["severity"] == "warning")}
    return {**dump, "report": report, "checks": checks}

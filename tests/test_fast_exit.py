"""`ita` ends its process without the interpreter's teardown (extract.__main__._end, issue 13):
only after every table, the journal and the output streams are complete, with the command's exit
status; where that cannot be made sure it ends the process as Python always did."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from extract import __main__ as entry

ROOT = Path(__file__).resolve().parent.parent
TEXT = ROOT / "samples" / "000_d6e4b885eccfbcd3.txt"
PDF = ROOT / "samples" / "pdf" / "001_adca4484352dee47.pdf"
# the same command ended by the interpreter's usual exit (the reference)
USUAL = "import sys; from extract.__main__ import _run; sys.argv[0] = 'ita'; sys.exit(_run())"


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "ITA_CACHE_DIR": str(tmp_path / "cache")}


def _ita(tmp_path: Path, *args: str, usual: bool = False) -> subprocess.CompletedProcess:
    head = ["-c", USUAL] if usual else ["-m", "extract"]
    return subprocess.run([sys.executable, *head, *args], capture_output=True, text=True, cwd=tmp_path,
                          env=_env(tmp_path), timeout=300)


@pytest.mark.parametrize("options", [["--jobs", "1", "--timeout", "0", "--max-memory", "0"], []],
                         ids=["in-process", "worker"])
def test_tables_and_journal_are_complete(tmp_path, options):
    """Every table byte for byte as the usual exit leaves it (a PDF: the repair tables were loaded,
    whose teardown is what the fast exit skips), every journal line whole, the folder free."""
    args = ["extract", str(TEXT), str(PDF), "--format", "csv,jsonl", *options, "--out"]
    fast = _ita(tmp_path, *args, str(tmp_path / "fast"))
    usual = _ita(tmp_path, *args, str(tmp_path / "usual"), usual=True)
    assert fast.returncode == usual.returncode == 0, fast.stderr
    tables = sorted(p.name for p in (tmp_path / "usual").iterdir() if not p.name.startswith("."))
    assert len(tables) == 10
    assert sorted(p.name for p in (tmp_path / "fast").iterdir() if not p.name.startswith(".")) == tables
    for name in tables:
        assert (tmp_path / "fast" / name).read_bytes() == (tmp_path / "usual" / name).read_bytes(), name
    journals = [(tmp_path / out / ".ita-journal.jsonl").read_text(encoding="utf-8").splitlines() for out in ("fast", "usual")]
    assert len(journals[0]) == len(journals[1]) >= 2
    assert all(json.loads(line) for line in journals[0])  # every line whole
    # the lock is released (a second run may take the folder at once)
    again = _ita(tmp_path, "extract", str(TEXT), "--out", str(tmp_path / "fast"), "--quiet", "--force")
    assert again.returncode == 0, again.stderr


def test_exit_status_is_the_commands(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    assert _ita(tmp_path, "extract", str(bad), "--out", str(tmp_path / "a"), "--strict", "--quiet").returncode == 1
    assert _ita(tmp_path, "extract", str(bad), "--out", str(tmp_path / "b"), "--quiet").returncode == 0
    assert _ita(tmp_path, "extract", str(TEXT), "--out", str(tmp_path / "c"), "--format", "nope").returncode == 2
    (tmp_path / "empty").mkdir()
    assert _ita(tmp_path, "extract", str(tmp_path / "empty"), "--out", str(tmp_path / "d")).returncode == 2  # no files


def test_standard_output_is_complete_through_a_pipe(tmp_path):
    fast, usual = _ita(tmp_path, "schema", "result"), _ita(tmp_path, "schema", "result", usual=True)
    assert fast.returncode == usual.returncode == 0
    assert fast.stdout == usual.stdout and json.loads(fast.stdout)["title"] == "Result"


def test_exit_handlers_run_before_the_process_ends(tmp_path):
    marker = tmp_path / "handler-ran"
    code = (f"import atexit, pathlib, sys; atexit.register(lambda: pathlib.Path({str(marker)!r}).write_text('x'))\n"
            f"sys.argv = ['ita', 'schema', 'scores']\nfrom extract.__main__ import main\nmain()\n"
            f"raise SystemExit('main returned')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(tmp_path), timeout=120)
    assert done.returncode == 0 and "main returned" not in done.stderr
    assert marker.read_text() == "x"


def test_a_running_thread_or_a_failing_stream_keeps_the_usual_exit(monkeypatch):
    ended = []
    monkeypatch.setattr(entry.os, "_exit", ended.append)
    monkeypatch.setattr(entry.atexit, "_run_exitfuncs", lambda: None)
    monkeypatch.setattr(entry.atexit, "_clear", lambda: None)  # pytest's own handlers stay
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        entry._end(0)
    finally:
        stop.set()
        worker.join()
    assert ended == []

    class Broken:
        def flush(self):
            raise BrokenPipeError

    monkeypatch.setattr(entry.sys, "stdout", Broken())
    entry._end(0)
    assert ended == []
    monkeypatch.undo()

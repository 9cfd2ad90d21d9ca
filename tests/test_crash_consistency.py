"""Crash consistency: a batch of a few hundred reports run with `--jobs 2`, stopped again and again
(SIGINT, SIGTERM, SIGKILL while files are read; SIGINT, SIGTERM, SIGKILL while the final tables are
written), each time resumed, ends with the tables of a clean run, byte for byte; and at every stop
the folder holds one run's complete set of tables, never a mix. Moments are chosen by polling the
journal's line count, or by the child pausing at an exact point (tests/cli_child.py)."""
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.journal import JOURNAL_NAME
from tests.conftest import ROOT, SAMPLES

N_FILES = 240
FORMATS = "csv,jsonl"
TABLES = [f"{name}.{fmt}" for name in ("reports", "scores", "measures", "findings", "checks") for fmt in FORMATS.split(",")]


def generate(folder: Path) -> None:
    """Seeds and variants (including an empty and a non-ITA file), each copy a few trailing spaces
    longer, so every file has its own content hash and report id."""
    folder.mkdir()
    seeds = [p.read_bytes() for p in sorted(SAMPLES.glob("*.txt")) + sorted((ROOT / "tests" / "variants").glob("*.txt"))]
    for i in range(N_FILES):
        text = seeds[i % len(seeds)]
        (folder / f"{i:03d}.txt").write_bytes(text.rstrip(b"\n") + b" " * (i // len(seeds)) + b"\n")


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in TABLES if (out / name).exists()}


def start(pause: str, folder: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.cli_child", pause, "extract", str(folder), "--out", str(out),
                             "--jobs", "2", "--quiet", "--format", FORMATS, *extra],
                            cwd=ROOT, text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def journal_lines(out: Path) -> int:
    try:
        return (out / JOURNAL_NAME).read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def stop_while_reading(proc: subprocess.Popen, out: Path, lines: int, sig: int) -> str:
    """Send ``sig`` once the journal has ``lines`` entries (files are still being read then)."""
    while journal_lines(out) < lines:
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.01)
    proc.send_signal(sig)
    return finish(proc, sig)


def stop_at_pause(proc: subprocess.Popen, sig: int) -> str:
    assert proc.stdout.readline().strip() == "PAUSED", proc.communicate()
    proc.send_signal(sig)
    if sig != signal.SIGKILL:
        proc.stdin.write("\n")
        proc.stdin.flush()
    return finish(proc, sig)


def finish(proc: subprocess.Popen, sig: int) -> str:
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == (-signal.SIGKILL if sig == signal.SIGKILL else 130), err
    assert "Traceback" not in err
    return err


def consistent(out: Path, journal_count: int) -> None:
    """The tables are one complete set: every table's reports are those of reports.csv, which has
    one row per journalled file (an interrupted run writes exactly the files it finished)."""
    import pandas as pd

    reports = pd.read_csv(out / "reports.csv", encoding="utf-8-sig", dtype=str)
    assert len(reports) == journal_count
    for name in ("scores", "measures", "findings", "checks"):
        ids = set(pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig", dtype=str).report_id)
        assert ids <= set(reports.report_id)
        assert ids == set(pd.read_json(out / f"{name}.jsonl", lines=True, dtype=False).report_id.astype(str))


def no_leftovers(out: Path) -> None:
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [JOURNAL_NAME, ".ita-lock"]


@pytest.mark.slow
def test_stopped_and_resumed_batch_equals_a_clean_run(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    generate(folder)

    # while files are read: SIGINT, SIGTERM → the finished files' tables; SIGKILL → the previous set
    err = stop_while_reading(start("-", folder, out), out, 40, signal.SIGINT)
    assert "interrupted" in err
    consistent(out, journal_lines(out))
    no_leftovers(out)
    stop_while_reading(start("-", folder, out, "--resume"), out, 100, signal.SIGTERM)
    consistent(out, journal_lines(out))
    no_leftovers(out)
    before = snapshot(out)
    stop_while_reading(start("-", folder, out, "--resume"), out, 160, signal.SIGKILL)
    assert snapshot(out) == before

    # while the final tables are written: Ctrl-C before any is in place → the previous set, no mix
    err = stop_at_pause(start("close", folder, out, "--resume"), signal.SIGINT)
    assert "tables not updated" in err and journal_lines(out) >= N_FILES
    assert snapshot(out) == before
    no_leftovers(out)

    # the clean run to compare with
    clean = tmp_path / "clean"
    proc = start("-", folder, clean)
    assert proc.communicate(timeout=120) and proc.returncode == 0
    expected = snapshot(clean)
    assert len(expected) == len(TABLES) and expected["reports.csv"].count(b"\r\n") == 1 + N_FILES

    # killed after two tables were moved into place → the next run finishes the move first, and a
    # Ctrl-C while it does is held until all are in place; so is SIGTERM during a run's own move
    stop_at_pause(start("replace:2", folder, out, "--resume"), signal.SIGKILL)
    assert (out / ".ita-commit").is_dir() and snapshot(out) != before
    stop_at_pause(start("replace:3", folder, out, "--resume"), signal.SIGINT)
    assert snapshot(out) == expected
    no_leftovers(out)
    stop_at_pause(start("replace:4", folder, out, "--resume"), signal.SIGTERM)
    assert snapshot(out) == expected
    no_leftovers(out)

    proc = start("-", folder, out, "--resume")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert snapshot(out) == expected
    no_leftovers(out)

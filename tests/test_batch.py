"""Bulk runs: parallel output equals serial output, one bad file never stops a batch (hang, crash,
memory blow-up), Ctrl-C/SIGTERM leave complete output for finished files, --resume equals a clean run."""
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract import extract_paths
from extract.cli import main
from extract.journal import JOURNAL_NAME
from extract.progress import Progress
from extract.readers import READERS
from extract.run import run
from tests.conftest import ROOT, SAMPLES, SEED_TEXTS

TABLES = ("reports", "scores", "measures", "findings", "checks")


def tables(folder: Path) -> dict[str, bytes]:
    return {name: (folder / f"{name}.csv").read_bytes() for name in TABLES}


@pytest.fixture
def mixed(tmp_path):
    """Seeds, one seed PDF, an empty file and a non-ITA file, in a nested folder."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for path in SEED_TEXTS:
        shutil.copy(path, folder / "sub")
    shutil.copy(SAMPLES / "pdf" / "001_adca4484352dee47.pdf", folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notice.txt").write_text("ประกาศหมู่บ้าน\nขอเชิญร่วมงานบุญ\n", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_parallel_output_is_identical_to_serial(mixed, tmp_path):
    assert main(["extract", str(mixed), "--out", str(tmp_path / "one"), "--jobs", "1", "--quiet"]) == 0
    assert main(["extract", str(mixed), "--out", str(tmp_path / "two"), "--jobs", "2", "--quiet"]) == 0
    one, two = tables(tmp_path / "one"), tables(tmp_path / "two")
    assert one == two
    assert one["reports"].count(b"\r\n") == 1 + 8            # header + every input file
    assert b"failed" in one["reports"]


# Readers registered for made-up endings: forked workers inherit them, so these misbehave inside
# the real pipeline (extract_file → reader), exactly where a pathological PDF would.
def _hangs(data, source_file, sha256, max_pages=None):
    time.sleep(120)


def _dies(data, source_file, sha256, max_pages=None):
    os.kill(os.getpid(), signal.SIGKILL)


def _eats_memory(data, source_file, sha256, max_pages=None):
    hog = [bytearray(64 * 2**20) for _ in range(64)]          # 4 GB, over a 512 MB limit
    return hog


@pytest.fixture
def misbehaving(tmp_path, monkeypatch):
    for suffix, reader in ((".hang", _hangs), (".die", _dies), (".hog", _eats_memory)):
        monkeypatch.setitem(READERS, suffix, reader)
    names = ["a.txt", "stuck.hang", "b.txt", "crash.die", "hog.hog", "c.txt"]
    seeds = iter(SEED_TEXTS)
    for name in names:
        path = tmp_path / name
        path.write_bytes(next(seeds).read_bytes() if name.endswith(".txt") else name.encode())
    return [tmp_path / n for n in names]


@pytest.mark.slow
def test_hang_crash_and_memory_blowup_cost_one_row_each(misbehaving):
    started = time.monotonic()
    results = extract_paths(misbehaving, jobs=2, timeout=6, max_memory_mb=512)
    assert time.monotonic() - started < 60                    # the hung file was killed, not waited for
    got = [(Path(r.report.source_file).name, r.report.status, [c.code for c in r.checks if c.severity == "error"])
           for r in results]
    assert [g[0] for g in got] == [p.name for p in misbehaving]   # input order
    by_name = {name: (status, codes) for name, status, codes in got}
    assert by_name["stuck.hang"] == ("failed", ["READ_TIMEOUT"])
    assert by_name["crash.die"][0] == "failed" and by_name["crash.die"][1] == ["WORKER_CRASHED"]
    assert by_name["hog.hog"] == ("failed", ["MEMORY_LIMIT"])
    for name in ("a.txt", "b.txt", "c.txt"):
        assert by_name[name][0] == "ok"
    crash = next(r for r in results if r.report.source_file.endswith("crash.die"))
    assert "SIGKILL" in crash.checks[0].message
    hog = next(r for r in results if r.report.source_file.endswith("hog.hog"))
    assert "512 MB per file" in hog.checks[0].message and hog.report.report_id   # hashed in the parent


def test_small_neighbours_share_a_task_large_files_go_alone(tmp_path):
    from extract.batch import chunks

    sizes = [10, 10, 100, 10, 10, 10, 10, 10]                    # KB; 100 KB is "large" for a 256 KB chunk
    files = []
    for i, kb in enumerate(sizes):
        files.append(tmp_path / f"{i}.txt")
        files[-1].write_bytes(b"x" * kb * 1024)
    assert chunks(files) == [[0, 1], [2], [3, 4, 5, 6, 7]]
    assert chunks(files, max_files=3) == [[0, 1], [2], [3, 4, 5], [6, 7]]
    assert chunks(files, max_bytes=40 * 1024) == [[0, 1], [2], [3, 4, 5, 6], [7]]   # four 10 KB files fill 40 KB
    assert chunks([tmp_path / "missing.txt", *files[:2]]) == [[0], [1, 2]]


def test_page_cap_makes_a_long_pdf_partial(tmp_path):
    from tests.make_bad_corpus import build

    folder = build(tmp_path / "corpus")
    [result] = extract_paths([folder / "long.pdf"], jobs=2, max_pages=3)
    assert result.report.status == "partial" and result.report.pages == 500
    assert any(c.code == "PAGE_CAP" for c in result.checks)


@pytest.mark.slow
def test_resume_reads_only_new_files_and_equals_a_clean_run(mixed, tmp_path):
    files = sorted(p for p in mixed.rglob("*") if p.is_file())
    first, rest = files[:4], files[4:]
    out = tmp_path / "out"
    stats = run(first, out)
    assert stats.extracted == 4
    # the same content moved to another folder is still recognised by its hash
    moved = tmp_path / "moved"
    moved.mkdir()
    shutil.copy(first[0], moved / first[0].name)
    inputs = [moved / first[0].name, *first[1:], *rest]
    stats = run(inputs, out, resume=True, jobs=2)
    assert (stats.reused, stats.extracted) == (4, len(rest))
    run(inputs, tmp_path / "clean")
    assert tables(out) == tables(tmp_path / "clean")
    assert str(moved / first[0].name) in (out / "reports.csv").read_text(encoding="utf-8-sig")


@pytest.mark.slow
def test_interrupted_run_keeps_finished_files_and_resumes(mixed, tmp_path):
    out, seen = tmp_path / "out", []

    def stop_after_three(result):
        seen.append(result)
        if len(seen) == 3:
            raise KeyboardInterrupt

    stats = run([mixed], out, jobs=2, on_result=stop_after_three)
    assert stats.interrupted and stats.written == 3
    written = (out / "reports.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(written) == 1 + 3
    stats = run([mixed], out, resume=True)
    assert stats.reused == 3 and stats.extracted == 5
    run([mixed], tmp_path / "clean")
    assert tables(out) == tables(tmp_path / "clean")


def test_ctrl_c_while_reusing_keeps_every_earlier_file(mixed, tmp_path):
    out = tmp_path / "out"
    run([mixed], out)
    before = tables(out)
    seen = []

    def stop_at_second(report):
        seen.append(report)
        if len(seen) == 2:
            raise KeyboardInterrupt

    stats = run([mixed], out, resume=True, on_result=stop_at_second)
    assert stats.interrupted and stats.reused == 8 and stats.extracted == 0
    assert tables(out) == before                               # no finished file dropped from the tables


def test_a_torn_journal_line_and_other_settings_are_not_reused(mixed, tmp_path):
    out = tmp_path / "out"
    run([mixed], out)
    journal = out / JOURNAL_NAME
    lines = journal.read_text(encoding="utf-8").splitlines()
    journal.write_text("\n".join(lines[:-1]) + "\n" + lines[-1][:50], encoding="utf-8")   # killed mid-write
    stats = run([mixed], out, resume=True)
    assert (stats.reused, stats.extracted) == (7, 1)
    stats = run([mixed], out, resume=True, max_pages=2)     # a page cap changes output: re-read
    assert stats.reused == 0


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_signal_writes_complete_tables_for_finished_files(tmp_path, sig):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in SEED_TEXTS[:3]:                                   # quick ones first, then slow PDFs
        shutil.copy(path, folder / f"0_{path.name}")
    for i in range(1, 3):
        for path in sorted((SAMPLES / "pdf").glob("*.pdf")):
            shutil.copy(path, folder / f"{i}_{path.name}")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "extract.cli", "extract", str(folder), "--out", str(out),
                             "--jobs", "2", "--quiet"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    journal = out / JOURNAL_NAME
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (journal.exists() and journal.read_text().count("\n") >= 2):
        time.sleep(0.2)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err
    import pandas as pd

    reports = pd.read_csv(out / "reports.csv", encoding="utf-8-sig")
    finished = journal.read_text(encoding="utf-8").count("\n")
    assert 2 <= len(reports) == finished < 13
    assert set(reports.status) == {"ok"}
    measures = pd.read_csv(out / "measures.csv", encoding="utf-8-sig")
    assert set(measures.report_id) == set(reports.report_id)    # every finished file's rows, nothing else
    assert not [p for p in out.iterdir() if p.name in (".ita-staging", ".ita-commit")]


class _Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.slow
def test_tables_are_written_in_batches_with_the_bytes_of_one_write(mixed, tmp_path, monkeypatch):
    import extract.run
    from extract.export import write

    monkeypatch.setattr(extract.run, "BATCH", 2)                # 8 files → 4 appends per table
    formats = ["csv", "jsonl", "parquet"]
    stats = run([mixed], tmp_path / "batched", formats, jobs=2)
    assert stats.written == 8 and stats.failed == 2
    write(extract_paths([mixed]), tmp_path / "whole", formats)
    for name in TABLES:
        for fmt in ("csv", "jsonl"):
            assert (tmp_path / "batched" / f"{name}.{fmt}").read_bytes() == \
                (tmp_path / "whole" / f"{name}.{fmt}").read_bytes(), (name, fmt)
        import pyarrow.parquet as pq

        batched, whole = (pq.read_table(tmp_path / d / f"{name}.parquet") for d in ("batched", "whole"))
        assert batched.schema == whole.schema and batched.to_pylist() == whole.to_pylist()
    assert not list((tmp_path / "batched").glob(".ita-staging")) and not list((tmp_path / "batched").glob(".ita-commit"))


def test_progress_bar_only_on_a_terminal(mixed):
    results = extract_paths([mixed])
    tty, pipe = _Terminal(), io.StringIO()
    for stream in (tty, pipe):
        with Progress(len(results), stream=stream) as bar:
            for result in results:
                bar.update(result.report)
    assert pipe.getvalue() == ""
    shown = tty.getvalue()
    assert "8/8" in shown and "2 failed" in shown and "files/s" in shown
    quiet = _Terminal()
    with Progress(len(results), stream=quiet, enabled=False) as bar:
        bar.update(results[0].report)
    assert quiet.getvalue() == ""


def test_jobs_must_be_positive(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(SAMPLES), "--out", str(tmp_path), "--jobs", "0"])
    assert exc.value.code == 2


def test_pebbles_tick_is_ours_only_while_our_pool_runs():
    """The pool's faster tick (batch.POOL_TICK) is pebble's module constant: put back after the run."""
    from pebble.common.types import CONSTS

    from extract.batch import iter_results
    from extract.limits import Limits
    from tests.conftest import SEED_TEXTS

    before = CONSTS.sleep_unit
    assert [r.report.status for _, r in iter_results(SEED_TEXTS[:1], Limits(timeout=60))] == ["ok"]
    assert CONSTS.sleep_unit == before

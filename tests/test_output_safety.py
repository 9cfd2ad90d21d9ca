"""The output folder survives interruptions, a second run and a full disk: tables change as a set
(all from one run or all from the previous one), with real signals sent to the command line."""
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.cli import main
from extract.run import run
from tests.conftest import ROOT, SEED_TEXTS

TABLES = ("reports", "scores", "measures", "findings", "checks")


def tables(folder: Path) -> dict[str, bytes]:
    return {name: (folder / f"{name}.csv").read_bytes() for name in TABLES}


def leftovers(folder: Path) -> list[str]:
    """Anything a finished command must not leave behind in --out."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp") or p.name in (".ita-staging", ".ita-commit"))


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in SEED_TEXTS:
        shutil.copy(path, folder)
    return folder


def child(pause: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.cli_child", pause, *args], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def stop_at_pause(proc: subprocess.Popen, sig: int) -> tuple[int, str]:
    """Wait for the child's pause, send ``sig``, let it go on; its exit code and stderr."""
    assert proc.stdout.readline().strip() == "PAUSED", proc.stderr.read()
    proc.send_signal(sig)
    if sig != signal.SIGKILL:
        proc.stdin.write("\n")
        proc.stdin.flush()
    out, err = proc.communicate(timeout=60)
    return proc.returncode, err


@pytest.mark.slow
def test_interrupt_while_final_tables_are_written_leaves_previous_tables(inputs, tmp_path):
    out = tmp_path / "out"
    run([SEED_TEXTS[0]], out)                                   # a previous run's tables
    before = tables(out)
    code, err = stop_at_pause(child("close", "extract", str(inputs), "--out", str(out), "--jobs", "1", "--quiet"),
                              signal.SIGINT)
    assert code == 130 and "Traceback" not in err
    assert err.strip().count("\n") == 0 and "tables not updated" in err, err
    assert tables(out) == before and leftovers(out) == []
    assert main(["extract", str(inputs), "--out", str(out), "--resume", "--quiet"]) == 0   # nothing lost
    run([inputs], tmp_path / "clean")
    assert tables(out) == tables(tmp_path / "clean")


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_signal_while_tables_move_into_place_is_held_until_all_moved(inputs, tmp_path, sig):
    out = tmp_path / "out"
    run([SEED_TEXTS[0]], out)
    code, err = stop_at_pause(child("replace:2", "extract", str(inputs), "--out", str(out), "--jobs", "1", "--quiet"),
                              sig)
    assert code == 130 and "Traceback" not in err, err
    run([inputs], tmp_path / "clean")
    assert tables(out) == tables(tmp_path / "clean") and leftovers(out) == []


@pytest.mark.slow
def test_killed_while_tables_move_into_place_is_finished_by_the_next_run(inputs, tmp_path):
    from extract.outdir import recover

    out = tmp_path / "out"
    run([SEED_TEXTS[0]], out)
    code, _ = stop_at_pause(child("replace:2", "extract", str(inputs), "--out", str(out), "--jobs", "1", "--quiet"),
                            signal.SIGKILL)
    assert code == -signal.SIGKILL
    recover(out)                                                   # what every run does first
    run([inputs], tmp_path / "clean")
    assert tables(out) == tables(tmp_path / "clean") and leftovers(out) == []


def test_ctrl_c_during_start_up_is_one_line(inputs, tmp_path):
    proc = child("import", "extract", str(inputs), "--out", str(tmp_path / "out"))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and err == "ita: interrupted\n", err


@pytest.mark.slow
@pytest.mark.parametrize("lang, said", [("en", "interrupted"),
                                        ("th", "หยุดทำงานตามที่ผู้ใช้สั่ง (Ctrl-C หรือสัญญาณหยุด)")])
def test_interrupted_check_is_one_line(inputs, tmp_path, lang, said):
    proc = child("-", "check", str(inputs), "--jobs", "1", "--lang", lang)
    assert proc.stdout.readline()                                  # the first report's summary is out
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and err == f"ita: {said}\n", err


@pytest.mark.slow
def test_a_second_run_on_the_same_folder_refuses_at_once(inputs, tmp_path):
    out = tmp_path / "out"
    first = child("close", "extract", str(inputs), "--out", str(out), "--jobs", "1", "--quiet")
    assert first.stdout.readline().strip() == "PAUSED"            # the first run is about to write its tables
    second = child("-", "extract", str(SEED_TEXTS[0]), "--out", str(out), "--jobs", "1", "--quiet")
    _, err = second.communicate(timeout=60)
    assert second.returncode == 2 and err.count("\n") == 1 and "in use by another ita run" in err, err
    first.stdin.write("\n")
    first.stdin.flush()
    _, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    run([inputs], tmp_path / "clean")
    assert tables(out) == tables(tmp_path / "clean")


@pytest.mark.slow
def test_the_lock_goes_with_a_killed_run(tmp_path):
    from extract.journal import JOURNAL_NAME
    from tests.test_batch import SAMPLES

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):                                               # slow PDFs: workers are busy when the run is killed
        for path in sorted((SAMPLES / "pdf").glob("*.pdf")):
            shutil.copy(path, folder / f"{i}_{path.name}")
    out = tmp_path / "out"
    proc = child("-", "extract", str(folder), "--out", str(out), "--jobs", "2", "--quiet")
    journal = out / JOURNAL_NAME
    while proc.poll() is None and not (journal.exists() and journal.read_bytes().count(b"\n") >= 1):
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    assert main(["extract", str(SEED_TEXTS[0]), "--out", str(out), "--jobs", "1", "--quiet"]) == 0


def test_tables_someone_else_wrote_need_force(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "reports.csv").write_bytes(b"theirs")
    assert main(["extract", str(SEED_TEXTS[0]), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--force" in err and "reports.csv" in err
    assert (out / "reports.csv").read_bytes() == b"theirs"
    assert main(["extract", str(SEED_TEXTS[0]), "--out", str(out), "--quiet", "--force"]) == 0
    run([SEED_TEXTS[0]], tmp_path / "clean")
    assert tables(out) == tables(tmp_path / "clean")
    assert main(["extract", str(SEED_TEXTS[0]), "--out", str(out), "--quiet"]) == 0   # ours now: a plain re-run


@pytest.fixture
def code_copy(tmp_path, monkeypatch):
    """The journal's key computed over a copy of the package sources, which the test may edit."""
    from extract import journal

    root = tmp_path / "code"
    for package in ("extract", "normalize", "schemas"):
        shutil.copytree(ROOT / package, root / package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(journal, "SOURCE_ROOT", root)
    journal.extractor_version.cache_clear()
    yield root
    journal.extractor_version.cache_clear()


def test_resume_after_a_code_change_reads_again(code_copy, inputs, tmp_path):
    from extract import journal

    out = tmp_path / "out"
    first = journal.extractor_version()
    assert run([inputs], out).extracted == len(SEED_TEXTS)
    assert run([inputs], out, resume=True).reused == len(SEED_TEXTS)     # same code: reused
    source = code_copy / "normalize" / "thai_quality.py"  # thai_quality's threshold lives there
    source.write_bytes(source.read_bytes().replace(b"MAX_ERRORS_PER_1K = 5.0", b"MAX_ERRORS_PER_1K = 6.0"))
    journal.extractor_version.cache_clear()
    assert journal.extractor_version() != first
    stats = run([inputs], out, resume=True)
    assert (stats.reused, stats.extracted) == (0, len(SEED_TEXTS))


def test_the_code_key_covers_data_files_and_is_computed_once(code_copy, monkeypatch):
    from extract import journal

    first = journal.extractor_version()
    (code_copy / "schemas" / "words.tsv").write_text("คำ\n", encoding="utf-8")   # data a module might load
    assert journal.extractor_version() == first                               # cached for the process
    journal.extractor_version.cache_clear()
    assert journal.extractor_version() != first


@pytest.mark.parametrize("where", ["table", "journal"])
def test_a_full_disk_leaves_the_previous_tables_and_no_temporary_files(inputs, tmp_path, monkeypatch, capsys, where):
    import errno

    from extract.export import TableWriter
    from extract.journal import Journal

    out = tmp_path / "out"
    run([SEED_TEXTS[0]], out, ["csv", "jsonl"])
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.name.split(".")[0] in TABLES}
    cls, name, fail_at = (TableWriter, "_append", 3) if where == "table" else (Journal, "append", 2)
    real, calls = getattr(cls, name), []

    def fills_the_disk(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == fail_at:                                  # some tables (or lines) already written
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, fills_the_disk)
    assert main(["extract", str(inputs), "--out", str(out), "--format", "csv,jsonl", "--jobs", "1", "--quiet"]) == 74
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(out) in err and "No space left on device" in err, err
    assert leftovers(out) == [] and not list(out.rglob("*.tmp"))
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.name.split(".")[0] in TABLES} == before
    monkeypatch.undo()                                             # space freed: resume completes the batch
    assert main(["extract", str(inputs), "--out", str(out), "--format", "csv,jsonl", "--resume", "--quiet"]) == 0
    run([inputs], tmp_path / "clean", ["csv", "jsonl"])
    assert tables(out) == tables(tmp_path / "clean")


@pytest.mark.slow
def test_ctrl_c_while_a_killed_runs_tables_are_moved_in_is_held(inputs, tmp_path):
    out = tmp_path / "out"
    run([SEED_TEXTS[0]], out)
    stop_at_pause(child("replace:2", "extract", str(inputs), "--out", str(out), "--jobs", "1", "--quiet"),
                  signal.SIGKILL)
    code, err = stop_at_pause(child("replace:1", "extract", str(SEED_TEXTS[0]), "--out", str(out), "--quiet"),
                              signal.SIGINT)                       # during the next run's recovery
    assert code == 130 and "Traceback" not in err
    run([inputs], tmp_path / "clean")
    assert tables(out) == tables(tmp_path / "clean") and leftovers(out) == []


def test_check_on_a_full_disk_keeps_its_previous_files(inputs, tmp_path, monkeypatch, capsys):
    import errno

    import extract.report_html

    out = tmp_path / "audit"
    assert main(["check", str(SEED_TEXTS[0]), "--out", str(out), "--jobs", "1"]) == 0
    names = ("checks.csv", "reports.csv", "completeness.csv", "checks.json", "completeness.html")
    before = {name: (out / name).read_bytes() for name in names}

    def fills_the_disk(results, path, lang):  # the last of the five files: four are already staged
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(extract.report_html, "write", fills_the_disk)
    capsys.readouterr()
    assert main(["check", str(inputs), "--out", str(out), "--jobs", "1"]) == 74
    err = capsys.readouterr().err.splitlines()
    assert str(out) in err[-1] and "No space left on device" in err[-1] and "Traceback" not in "".join(err)
    assert {name: (out / name).read_bytes() for name in names} == before
    assert leftovers(out) == []

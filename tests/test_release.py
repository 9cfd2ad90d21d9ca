"""Release quality (issue 10): the package installs whole, the command line refuses nonsense before
any work, and no input name or kind can crash, hang or merge rows of a batch."""
from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import extract
from extract import extract_paths
from extract.cli import FORMATS, RECORDS, main
from tests.conftest import ROOT, seed

PACKAGES = ("extract", "normalize", "schemas")


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _ita(*args: str, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract", *args], capture_output=True, text=True,
                          timeout=timeout, **kwargs)


# --- packaging ------------------------------------------------------------------------------

@pytest.mark.slow
def test_wheel_holds_every_module(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".git", "tests", "samples", "bench", "build",
                                                             "*.egg-info", "__pycache__", "out"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                    "-w", str(tmp_path / "dist"), str(src)], check=True, capture_output=True)
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")
               if "__pycache__" not in p.parts}
    assert "schemas/checks/__init__.py" in modules
    assert modules - names == set()


def test_version_everywhere():
    from importlib.metadata import version

    assert extract.__version__ == version("ita-extract")
    done = _ita("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"ita {extract.__version__}"


def test_cli_names_match_the_library():
    from extract.export import FORMATS as export_formats
    from schemas.records import RECORD_TYPES

    assert FORMATS == export_formats and RECORDS == tuple(RECORD_TYPES)
    from extract.cli import PDF_READERS
    from extract.readers import DEFAULT_PDF_READER, PDF_READERS as readers

    assert PDF_READERS == readers and PDF_READERS[0] == DEFAULT_PDF_READER


# --- usage errors, found before any work ----------------------------------------------------

@pytest.fixture
def no_work(monkeypatch):
    """Fails the test if a batch starts."""
    import extract.batch
    import extract.run  # imported before patching: it binds batch.iter_results at import

    def refuse(*args, **kwargs):
        raise AssertionError("work started before the usage error")
    monkeypatch.setattr(extract.batch, "iter_results", refuse)
    monkeypatch.setattr(extract.run, "run", refuse)


@pytest.mark.parametrize("command", ["extract", "check"])
def test_out_that_cannot_take_tables_is_a_usage_error(tmp_path, capsys, no_work, command):
    a_file = tmp_path / "taken"
    a_file.write_text("x")
    for out, why in ((a_file, "not a folder"), (Path("/proc/self/ita"), "cannot be written"),
                     (a_file / "sub", "cannot be written")):
        with pytest.raises(SystemExit) as stop:
            main([command, str(seed("004")), "--out", str(out)])
        assert stop.value.code == 2
        err = capsys.readouterr().err
        assert why in err and "Traceback" not in err
    assert a_file.read_text() == "x"


@pytest.mark.parametrize("option", [
    ["--timeout", "-1"], ["--timeout", "nan"], ["--timeout", "inf"], ["--timeout", "soon"],
    ["--jobs", "0"], ["--jobs", "-2"], ["--jobs", "100000"], ["--jobs", "two"],
    ["--max-pages", "-1"], ["--max-memory", "-5"], ["--max-pages", "1.5"]])
def test_nonsense_values_are_usage_errors(tmp_path, capsys, no_work, option):
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(seed("004")), "--out", str(tmp_path / "out"), *option])
    assert stop.value.code == 2 and "error: argument" in capsys.readouterr().err


def test_empty_format_list_is_a_usage_error(tmp_path, capsys, no_work):
    assert main(["extract", str(seed("004")), "--out", str(tmp_path), "--format", ","]) == 2
    assert "choose from" in capsys.readouterr().err


def test_schema_into_a_closed_pipe_is_quiet():
    proc = subprocess.Popen([sys.executable, "-m", "extract", "schema"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdout.close()  # like `ita schema | head -0`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141 and err == ""


# --- inputs: names, kinds, copies -----------------------------------------------------------

def test_one_path_as_str_or_path_is_one_path(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed("004"), folder)
    monkeypatch.chdir(tmp_path)
    for given in ("in", Path("in"), ["in"]):
        assert [Path(r.report.source_file).name for r in extract_paths(given)] == [seed("004").name]
    with pytest.raises(TypeError):
        extract_paths(42)


def test_unreadable_subfolder_is_a_failed_row(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    shutil.copy(seed("004"), tmp_path / "ok")
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir  # root reads a chmod 000 folder, so the listing is refused here

    def scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)
    monkeypatch.setattr(os, "scandir", scandir)
    results = extract_paths([tmp_path])
    assert [(Path(r.report.source_file).name, r.report.status) for r in results] == [
        ("locked", "failed"), (seed("004").name, "ok")]
    (check,) = results[0].checks
    assert check.code == "READ_NOT_A_FILE" and "could not be listed (Permission denied)" in check.message


def test_file_names_that_are_not_utf8_survive(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/\xff\xfe report.txt"
    with open(raw, "wb") as fh:
        fh.write(seed("004").read_bytes())
    with open(os.fsencode(folder) + b"/empty \xe9.txt", "wb"):
        pass
    out = tmp_path / "out"
    for extra in ([], ["--resume"], ["--jobs", "2"]):
        assert main(["extract", str(folder), "--out", str(out), "--quiet", "--format", "csv,jsonl", *extra]) == 0
        reports = _rows(out / "reports.csv")
        assert [(r["source_file"].rsplit("/", 1)[1], r["status"]) for r in reports] == [
            ("empty \\xe9.txt", "failed"), ("\\xff\\xfe report.txt", "ok")]
        codes = [(c["report_id"], c["code"]) for c in _rows(out / "checks.csv")]
        for report in reports:
            assert (report["report_id"], "FILE_NAME_NOT_UTF8") in codes
        assert int(reports[1]["n_measures"]) > 0


def test_copies_and_unreadable_files_get_their_own_ids(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(seed("004"), folder / name)
    (folder / "d.txt").symlink_to(folder / "gone.txt")
    (folder / "e.txt").symlink_to(folder / "gone-too.txt")
    expected = None
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        assert main(["extract", str(folder), "--out", str(out), "--quiet", "--jobs", jobs]) == 0
        reports = _rows(out / "reports.csv")
        ids = [r["report_id"] for r in reports]
        sha = reports[0]["source_sha256"]
        assert ids[:3] == [sha[:16], f"{sha[:16]}-2", f"{sha[:16]}-3"]
        assert len(set(ids)) == 5 and reports[3]["source_sha256"] == reports[4]["source_sha256"] == ""
        checks = _rows(out / "checks.csv")
        dup = [c for c in checks if c["code"] == "DUPLICATE_FILE"]
        assert [c["report_id"] for c in dup] == ids[1:3]
        assert all(str(folder / "a.txt") in c["message"] for c in dup)
        measures = _rows(out / "measures.csv")
        assert {m["report_id"] for m in measures} == set(ids[:3])
        assert sum(m["report_id"] == ids[1] for m in measures) == int(reports[1]["n_measures"]) > 0
        tables = {name: (out / f"{name}.csv").read_bytes() for name in RECORDS}
        assert expected is None or tables == expected  # the same ids whatever --jobs is
        expected = tables
    library = extract_paths([folder])
    assert [r.report.report_id for r in library] == ids


@pytest.mark.slow
def test_pipes_devices_and_broken_links_never_block(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.pdf").symlink_to("/dev/null")
    (folder / "dangling.pdf").symlink_to(folder / "nowhere.pdf")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    shutil.copy(seed("004"), folder / "report.txt")
    named_fifo, zero_link = tmp_path / "named.txt", tmp_path / "zero-link.txt"
    os.mkfifo(named_fifo)
    zero_link.symlink_to("/dev/zero")
    out = tmp_path / "out"
    # serial in-process, resumed (the parent hashes inputs), and pooled
    for extra in (["--jobs", "1", "--timeout", "0", "--max-memory", "0"], ["--resume"], ["--jobs", "2"]):
        done = _ita("extract", str(folder), str(named_fifo), str(zero_link), "--out", str(out), "--quiet", *extra)
        assert done.returncode == 0, done.stderr
        reports = {Path(r["source_file"]).name: r for r in _rows(out / "reports.csv")}
        messages = {c["report_id"]: c["message"] for c in _rows(out / "checks.csv")}
        expect = {"pipe.txt": "named pipe", "zero.pdf": "character device", "named.txt": "named pipe",
                  "zero-link.txt": "character device", "dangling.pdf": "does not exist",
                  "loop.txt": "symbolic link loop"}
        assert set(reports) == {*expect, "report.txt"}
        for name, words in expect.items():
            assert reports[name]["status"] == "failed" and words in messages[reports[name]["report_id"]], name
        assert reports["report.txt"]["status"] == "ok"
        assert len({r["report_id"] for r in reports.values()}) == len(reports)

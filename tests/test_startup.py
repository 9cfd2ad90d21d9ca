"""Start-up: what a command imports, the shared word dictionary and its cache, when warm_up runs.

No timings here (bench/run.py measures start-up); these hold the reasons it is fast.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extract import batch
from extract.limits import Limits
from normalize import data_cache, words

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "000_d6e4b885eccfbcd3.txt"
HEAVY = ("pandas", "numpy", "pyarrow", "pythainlp", "pdfplumber", "pdfminer", "pypdfium2", "pydantic", "geothai")


def _imported(code: str) -> set[str]:
    """Top-level packages of HEAVY that a fresh interpreter has imported after ``code``."""
    probe = code + f"\nimport sys, json; print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT,
                         check=True, timeout=300)
    return set(json.loads(out.stdout.splitlines()[-1]))


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_import_nothing_heavy(flag):
    code = f"from extract.cli import main\ntry:\n    main([{flag!r}])\nexcept SystemExit:\n    pass"
    assert _imported(code) == set()


def test_csv_run_imports_no_pandas_nor_pdf_reader(tmp_path):
    for options in (["--jobs", "1", "--timeout", "0", "--max-memory", "0"], []):
        code = (f"from extract.cli import main\n"
                f"assert main(['extract', {str(SAMPLE)!r}, '--out', {str(tmp_path / 'out')!r}, '--quiet', *{options!r}]) == 0")
        found = _imported(code)
        assert not found & {"pandas", "numpy", "pyarrow", "pdfplumber", "pdfminer", "pypdfium2"}, (options, found)


def _lines() -> list[str]:
    texts = sorted(ROOT.glob("samples/*.txt")) + sorted((ROOT / "tests" / "variants").glob("*.txt"))[:20]
    return [line for p in texts for line in p.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]


def test_shared_dictionaries_tokenize_as_pythainlp_tries():
    from pythainlp.corpus import thai_words
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import dict_trie

    from normalize.thai_data import DOMAIN_WORDS

    lines = _lines() + ["".join(sorted(DOMAIN_WORDS))]
    assert words.thai_words().words == thai_words()
    report = dict_trie(thai_words() | DOMAIN_WORDS)
    for line in lines:
        assert words.tokenize(line) == word_tokenize(line, engine="newmm"), line
        assert words.tokenize(line, words.report_words()) == word_tokenize(line, custom_dict=report, engine="newmm"), line


def test_extended_dictionary_finds_the_new_words():
    names = words.report_words().extend(["ขอนแก่นใหม่"])
    assert "ขอนแก่นใหม่" in names and "ขอนแก่นใหม่" not in words.report_words()
    assert names.prefixes("ขอนแก่นใหม่ดี")[-1] == "ขอนแก่นใหม่"
    assert names.longest_prefix("ขอนแก่นใหม่ดี") == len("ขอนแก่นใหม่")


def test_word_cache_is_written_then_read(tmp_path, monkeypatch):
    monkeypatch.setenv("ITA_CACHE_DIR", str(tmp_path))
    built = []

    def build():
        built.append(1)
        return (frozenset({"ก"}), frozenset({"ก"}), frozenset())

    assert data_cache.load_or_build("t", lambda: [b"x"], build) == build()
    built.clear()
    assert data_cache.load_or_build("t", lambda: [b"x"], build) == (frozenset({"ก"}), frozenset({"ก"}), frozenset())
    assert not built  # read from the file
    (cached,) = tmp_path.glob("t-*.marshal")
    cached.write_bytes(b"\x00damaged")
    assert data_cache.load_or_build("t", lambda: [b"x"], build) == build()  # a damaged file is built again


def test_word_cache_in_an_unwritable_place_still_builds(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ITA_CACHE_DIR", str(blocker / "cache"))
    assert data_cache.load_or_build("t", lambda: [b"x"], lambda: (frozenset(), frozenset(), frozenset())) == (frozenset(),) * 3


def _warm_calls(monkeypatch, files: list[Path], jobs: int) -> list[bool]:
    calls = []
    monkeypatch.setattr(batch, "warm_up", lambda repair=False: calls.append(repair))
    results = list(batch.iter_results(files, Limits(jobs=jobs, timeout=120)))
    assert len(results) == len(files)
    return calls


def test_one_file_run_does_not_warm_up_the_parent(monkeypatch):
    assert _warm_calls(monkeypatch, [SAMPLE], jobs=2) == []


def test_a_batch_warms_up_once_with_repair_tables_only_for_pdfs(monkeypatch):
    texts = sorted(ROOT.glob("samples/*.txt"))
    assert _warm_calls(monkeypatch, texts, jobs=2) == [False]
    pdf = sorted(ROOT.glob("samples/pdf/*.pdf"))[:1]
    assert _warm_calls(monkeypatch, texts + pdf, jobs=2) == [True]


def test_cached_place_names_are_the_built_ones(tmp_path, monkeypatch):
    from extract.parse import gazetteer

    monkeypatch.setenv("ITA_CACHE_DIR", str(tmp_path))
    built = gazetteer._build()
    for _ in range(2):  # written, then read back
        gazetteer.tables.cache_clear()
        assert gazetteer.tables() == built
    assert list(tmp_path.glob("places-*.marshal"))
    gazetteer.tables.cache_clear()


def test_a_new_cache_file_replaces_the_stale_one(tmp_path, monkeypatch):
    monkeypatch.setenv("ITA_CACHE_DIR", str(tmp_path))
    for source in (b"old list", b"new list"):
        data_cache.load_or_build("t", lambda: [source], lambda: (source,))
    assert len(list(tmp_path.glob("t-*.marshal"))) == 1
    assert data_cache.load_or_build("t", lambda: [b"new list"], lambda: ()) == (b"new list",)


def test_a_table_load_leaves_the_collector_as_it_was(tmp_path, monkeypatch):
    import gc

    monkeypatch.setenv("ITA_CACHE_DIR", str(tmp_path))
    assert gc.isenabled()
    data_cache.load_or_build("t", lambda: [b"list"], lambda: (b"list",))
    assert gc.isenabled()
    gc.disable()
    try:  # a caller that turned it off keeps it off
        data_cache.load_or_build("t", lambda: [b"list"], lambda: (b"list",))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_ita_extract_runs_with_the_collector_tuned_for_reading_files(tmp_path):
    # the command's process and its workers: collector on, young generation every GC_YOUNG allocations
    probe = ("import gc, sys\nfrom extract import batch, cli, run\nseen = []\n"
             "real = run.run\n"
             "def spy(*a, **k):\n    seen.append((gc.isenabled(), gc.get_threshold()[0]))\n    return real(*a, **k)\n"
             "run.run = spy\n"
             f"cli.main(['extract', {str(SAMPLE)!r}, '--out', {str(tmp_path / 'out')!r}, '--quiet'])\n"
             "print(seen)")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ITA_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT,
                         check=True, timeout=300)
    assert out.stdout.splitlines()[-1] == str([(True, batch.GC_YOUNG)])

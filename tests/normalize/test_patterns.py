"""The compiled-pattern cache (normalize.patterns): a pattern rebuilt from the cache file is the
pattern `regex` compiles; a damaged, foreign or stale file, or a folder that cannot be written,
only means compiling as before."""
from __future__ import annotations

import importlib
import os
import pkgutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from normalize import patterns

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = [(r"(?P<score>[0-9]{1,3}(?:\.[0-9]{1,2})?)\s*คะแนน", 0), (r"ระดับ\s*(AA|A|B)", regex.IGNORECASE),
            (r"(?<![ก-๙])ตัวชี้วัดที่\s*(?:[0-9]+|[๐-๙]+)", regex.I | regex.V0)]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A process that has not read the cache file yet, with its cache folder in tmp_path."""
    monkeypatch.setenv("ITA_CACHE_DIR", str(tmp_path))
    restart(monkeypatch)
    return tmp_path


def restart(monkeypatch) -> None:
    monkeypatch.setattr(patterns, "_stored", None)
    monkeypatch.setattr(patterns, "_used", set())
    monkeypatch.setattr(patterns, "_new", {})


def same(a: regex.Pattern, b: regex.Pattern) -> bool:
    return a._pickled_data == b._pickled_data  # pattern, flags, compiled code, groups


def test_a_pattern_from_the_cache_is_the_compiled_one(fresh, monkeypatch):
    first = [patterns.compile(p, f) for p, f in PATTERNS]
    patterns.save()
    (path,) = fresh.glob("patterns-*.marshal")
    assert not list(fresh.glob(".tmp-*"))  # written whole, then moved into place
    restart(monkeypatch)
    compiled = []
    monkeypatch.setattr(regex, "compile", lambda *a, **k: compiled.append(a) or pytest.fail("compiled again"))
    again = [patterns.compile(p, f) for p, f in PATTERNS]
    monkeypatch.undo()
    for (pattern, flags), a, b in zip(PATTERNS, first, again):
        assert same(a, b) and same(b, regex.compile(pattern, flags))
        text = "ตัวชี้วัดที่ 3 ได้ 85.50 คะแนน ระดับ a"
        assert [(m.span(), m.groups()) for m in b.finditer(text)] == [
            (m.span(), m.groups()) for m in regex.compile(pattern, flags).finditer(text)] != []
    m = again[0].search("ได้ 85.50 คะแนน")
    assert m and m["score"] == "85.50"


def test_save_writes_only_when_something_is_new(fresh, monkeypatch):
    patterns.compile(*PATTERNS[0])
    patterns.save()
    (path,) = fresh.glob("patterns-*.marshal")
    before = path.stat().st_mtime_ns, path.read_bytes()
    restart(monkeypatch)
    patterns.compile(*PATTERNS[0])
    patterns.save()
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before
    patterns.compile(*PATTERNS[1])  # another process's new pattern is added to the file's
    patterns.save()
    restart(monkeypatch)
    assert set(patterns._entries()) == {(p, int(f), int(regex.DEFAULT_VERSION)) for p, f in PATTERNS[:2]}


@pytest.mark.parametrize("damage", [lambda b: b[:-7], lambda b: b[:40] + bytes([b[40] ^ 1]) + b[41:],
                                    lambda b: b"", lambda b: b"\x00" * 32 + b"not marshal"])
def test_a_damaged_file_is_compiled_again_and_rewritten(fresh, monkeypatch, damage):
    patterns.compile(*PATTERNS[0])
    patterns.save()
    (path,) = fresh.glob("patterns-*.marshal")
    good = path.read_bytes()
    path.write_bytes(damage(good))
    restart(monkeypatch)
    assert same(patterns.compile(*PATTERNS[0]), regex.compile(*PATTERNS[0]))
    assert patterns._new  # not read from the damaged file
    patterns.save()
    assert path.read_bytes() == good


def test_an_entry_for_another_pattern_is_not_used(fresh, monkeypatch):
    """A file that maps a pattern to another pattern's code (it cannot happen with our writes:
    still, nothing from the file is trusted blindly)."""
    patterns.compile(*PATTERNS[0])
    patterns.save()
    restart(monkeypatch)
    version = int(regex.DEFAULT_VERSION)
    patterns._entries()[PATTERNS[1][0], int(PATTERNS[1][1]), version] = patterns._entries()[
        PATTERNS[0][0], PATTERNS[0][1], version]
    assert same(patterns.compile(*PATTERNS[1]), regex.compile(*PATTERNS[1]))


def test_stale_entries_are_dropped_when_the_file_is_full(fresh, monkeypatch):
    monkeypatch.setattr(patterns, "MAX_ENTRIES", 2)
    for pattern, flags in PATTERNS[:2]:
        patterns.compile(pattern, flags)
    patterns.save()
    restart(monkeypatch)
    patterns.compile(*PATTERNS[2])  # the code changed: only this pattern is used now
    patterns.save()
    restart(monkeypatch)
    assert set(patterns._entries()) == {(PATTERNS[2][0], int(PATTERNS[2][1]), int(regex.DEFAULT_VERSION))}


def test_an_unwritable_cache_folder_still_compiles(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ITA_CACHE_DIR", str(blocker / "cache"))
    restart(monkeypatch)
    assert same(patterns.compile(*PATTERNS[0]), regex.compile(*PATTERNS[0]))
    patterns.save()  # no error
    if os.geteuid() != 0:  # root writes a read-only folder anyway
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        monkeypatch.setenv("ITA_CACHE_DIR", str(folder))
        restart(monkeypatch)
        assert same(patterns.compile(*PATTERNS[1]), regex.compile(*PATTERNS[1]))
        patterns.save()
        assert not list(folder.iterdir())


def test_every_pattern_in_the_cache_is_what_regex_compiles():
    """The package's patterns (read from this machine's cache file when it has them): each entry
    is what `regex` itself makes of the same text and flags."""
    for package in ("extract", "normalize", "schemas"):
        for info in pkgutil.walk_packages([str(ROOT / package)], prefix=f"{package}."):
            if not info.name.endswith(("__main__", "dask_run")):
                importlib.import_module(info.name)
    entries = {**patterns._entries(), **patterns._new}
    assert len(entries) > 100
    # the compiled code itself may differ between processes (a character set's members are listed
    # in the order of the process's string hashes), so what is compared is what each one matches
    text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(ROOT.glob("samples/*.txt")))
    for (pattern, flags, version), args in entries.items():
        assert version == regex.DEFAULT_VERSION
        cached, fresh = patterns._constructor()(*args), regex.compile(pattern, flags)
        assert (cached.pattern, cached.flags, cached.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
        assert [(m.span(), m.groups()) for m in cached.finditer(text)] == [
            (m.span(), m.groups()) for m in fresh.finditer(text)], pattern[:80]


def test_a_second_process_reads_the_patterns_from_the_file(tmp_path):
    env = {**os.environ, "ITA_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    probe = ("import regex, sys\ncalls = []\nreal = regex.compile\n"
             "regex.compile = lambda *a, **k: calls.append(a) or real(*a, **k)\n"
             "import extract.parse.score_roles\nprint(len(calls))")
    first = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert int(first.stdout) > 40  # written at exit by the first
    assert int(second.stdout) <= 1  # only the probe for the rebuilding function

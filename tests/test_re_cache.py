"""re patterns rebuilt from cached compiled code (normalize.re_cache) match as re.compile's do."""
from __future__ import annotations

import random
import re

import pytest

from normalize import data_cache, re_cache, thai_channel

PATTERNS = [
    "(?:ab|cd)e(?P<x>f)?",
    "(?<![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])(?:ก(?:าร)?|ข(?:อง|้อ)|ความ)(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])",
    r"(\d+)\s*(?:บาท|%)|(?P<y>ปี\s*\d{4})",
]
TEXT = "การของข้อความ ก่อน กา 12 บาท ปี 2567 abcdef cde ความรู้ 7%"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ITA_CACHE_DIR", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize("source", PATTERNS)
def test_rebuilt_pattern_matches_as_re_compiles_it(cache, monkeypatch, source):
    built = re_cache.compile("t", source)
    assert list(cache.glob("re-t-*.marshal"))  # its code was written

    def no_build(_source):
        raise AssertionError("compiled again instead of read from the cache file")

    monkeypatch.setattr(re_cache, "_compiled_args", no_build)
    read = re_cache.compile("t", source)
    expected = re.compile(source)
    for pattern in (built, read):
        assert (pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex) == (
            expected.pattern, expected.flags, expected.groups, expected.groupindex)
        assert [m.groups() + m.span() for m in pattern.finditer(TEXT)] == \
               [m.groups() + m.span() for m in expected.finditer(TEXT)]


def test_a_bad_entry_is_compiled_by_re(cache, monkeypatch):
    monkeypatch.setattr(data_cache, "load_or_build", lambda name, sources, build: (0, [1, 2, 3], 0, {}, ()))
    assert re_cache.compile("t", "ab+").pattern == "ab+"
    assert re_cache.compile("t", "ab+").fullmatch("abbb")


def test_markers_regex_finds_what_re_finds():
    pattern, forms = thai_channel._markers()
    expected = re.compile(pattern.pattern)
    rng = random.Random(13)
    words = sorted(forms)
    text = " ".join(rng.choice(words) + rng.choice(["", "ั", "่", "ก", "ๆ"]) for _ in range(3000))
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in expected.finditer(text)]

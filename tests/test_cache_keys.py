"""The word tables' cache keys read each word list once a process, and the markers' trie is cached with its forms."""
from __future__ import annotations

import hashlib

from normalize import data_cache, thai_channel, thai_data, thai_lm, words


def test_digests_are_the_files_and_each_list_is_read_once(monkeypatch):
    reads: list[tuple[str, str]] = []
    real = data_cache.package_file

    def counted(package: str, name: str) -> bytes:
        reads.append((package, name))
        return real(package, name)

    monkeypatch.setattr(data_cache, "package_file", counted)
    data_cache.package_digest.cache_clear()
    data_cache.file_digest.cache_clear()
    try:
        first = thai_lm.corpus_sources()
        assert thai_lm.corpus_sources() == first and words.report_sources()[0] in first
        assert sorted(reads) == sorted(("pythainlp.corpus", n) for n in thai_lm.CORPUS_FILES)  # once each
        for name in thai_lm.CORPUS_FILES:
            assert data_cache.package_digest("pythainlp.corpus", name) == hashlib.sha256(
                real("pythainlp.corpus", name)).digest()
        files = thai_data._geothai_data()
        assert files and thai_data.place_files() == [hashlib.sha256(f.read_bytes()).digest() for f in files]
    finally:
        data_cache.package_digest.cache_clear()
        data_cache.file_digest.cache_clear()


def test_file_digest_is_read_once_a_process(tmp_path):
    path = tmp_path / "list.txt"
    path.write_bytes(b"one")
    data_cache.file_digest.cache_clear()
    try:
        assert data_cache.file_digest(path) == hashlib.sha256(b"one").digest()
        path.write_bytes(b"two")
        assert data_cache.file_digest(path) == hashlib.sha256(b"one").digest()  # the process's key holds
    finally:
        data_cache.file_digest.cache_clear()


def test_markers_regex_is_the_trie_of_its_forms():
    pattern, forms = thai_channel._markers()
    marks = thai_channel.MARKS
    assert forms and pattern.pattern == f"(?<![{marks}])(?:{thai_channel.trie_pattern(forms)})(?![{marks}])"
    forms_built, trie = thai_channel._build_markers()
    assert forms_built == forms and trie == thai_channel.trie_pattern(forms)

"""The repair tables in the forms that load fastest read the same as the dict and set they replace
(issue 13): the language model's skeletons and their words as two sorted tuples, a lexicon
entry's units read only when asked for, the chain's words as a sorted tuple asked through its
lexicon's dict."""
from __future__ import annotations

from normalize import thai_chain_lexicon, thai_lm
from normalize.thai_orthography import MARK_SET, units


def _by_skeleton() -> dict[str, list[str]]:
    """What the language model's table was: skeleton → its words in code-point order."""
    out: dict[str, list[str]] = {}
    for w in sorted(thai_lm.counts()):
        if w[0] not in MARK_SET:
            out.setdefault(w.translate(thai_lm._SKELETON), []).append(w)
    return out


def test_entries_by_bisection_are_the_skeletons_words():
    lexicon = thai_lm.lexicon()
    table = _by_skeleton()
    assert list(lexicon.skeletons) == sorted(table)
    for key, words in table.items():
        assert [e.word for e in lexicon._read(key)] == words, key
    # pieces that are no skeleton: prefixes of one, past the last, the empty string
    for piece in ("", "ก" * 40, lexicon.skeletons[-1] + "ก", *(k[:-1] for k in lexicon.skeletons[:2000])):
        if piece not in table:
            assert lexicon._read(piece) == ()


def test_an_entrys_units_are_its_words_and_as_many_as_its_skeletons_letters():
    """_candidates counts a word's marks as its length less its skeleton's (j - i), not less its
    units, so that the units of the words it skips are never read: the two must agree for every
    word of the lexicon."""
    lexicon = thai_lm.lexicon()
    checked = 0
    for key, joined in zip(lexicon.skeletons, lexicon.words):
        for w in joined.split(" "):
            us = units(w)
            assert len(us) == len(key), w
            checked += 1
    assert checked == sum(1 for w in thai_lm.counts() if w[0] not in MARK_SET)
    for e in lexicon.entries("ขาว"):
        assert e._units is None  # not read until asked for
        assert e.units == tuple(units(e.word)) and e._units is not None


def test_chain_words_are_the_lexicon_entries_that_misspell_nothing():
    """thai_chain_displaced asks whether a spelling is a word as ``entries.get(s, 0) is None``."""
    words, lost, spurious, spellings, _, _ = thai_chain_lexicon._tables()
    assert list(words) == sorted(set(words))
    entries = thai_chain_lexicon._lexicon().entries
    assert {k for k, v in entries.items() if v is None} == set(words)
    assert set(entries) == set(spellings) == set(words) | set(lost) | set(spurious)


def test_word_heads_from_their_cache_file_are_the_dictionarys(tmp_path, monkeypatch):
    """wrap_spaces reads how words begin from a cache file: read back, or built where none can be
    read, they are every dictionary word's first HEAD characters."""
    from normalize import wrap_spaces

    expected = frozenset(w[:wrap_spaces.HEAD] for w in wrap_spaces._dictionary())
    monkeypatch.setenv("ITA_CACHE_DIR", str(tmp_path))
    for _ in range(2):  # built and written, then read back
        wrap_spaces._heads.cache_clear()
        assert wrap_spaces._heads() == expected
    assert [p.name.split("-")[:2] for p in tmp_path.glob("*.marshal")] == [["word", "heads"]]
    wrap_spaces._heads.cache_clear()

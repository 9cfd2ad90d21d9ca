"""The syllable context of general running text (normalize.thai_syllables) in the repair of a page
that drops marks (issue 12: words whose form without marks is a word too)."""
from __future__ import annotations

import math
import pickle
from collections import defaultdict

import pytest

from normalize import thai_syllables
from normalize.thai import repair_thai
from normalize.thai_channel import DEFAULT, Priors, needs_search


def test_table_is_tltk_syllable_counts_with_its_notice():
    head = thai_syllables.TABLE.read_text(encoding="utf-8")[:200]
    assert head.startswith("# Syllable bigram counts derived from tltk/sylseg.3g")
    t = thai_syllables.table()
    # pairs of Thai syllables; syllables seen at least MIN_SYLLABLE_COUNT times; every Thai syllable's count
    assert (len(t.pairs), len(t.counts), t.total, t.longest) == (129884, 4857, 558826, 8)
    assert (t.pairs[("เข้า", "ร่วม")], t.pairs[("เข้า", "รวม")]) == (79, 1)
    assert (t.counts["ข่าว"], t.counts["ขาว"]) == (526, 46)


@pytest.mark.parametrize("word, edges", [
    ("เผยแพร่", ("เผย", "แพร่")),  # the longest syllable the table knows at each end
    ("ข่าว", ("ข่าว", "ข่าว")),
    ("กิจกรรม", ("กิจ", "กรรม")),
    ("ฮฮฮ", ("", "")),  # no syllable the table knows
])
def test_edges(word, edges):
    assert thai_syllables.edges(word) == edges


@pytest.mark.parametrize("prev, word, cost", [
    ("เผยแพร่", "ข่าว", -3.52),  # running text has "แพร่ ข่าว" far more often than chance
    ("เผยแพร่", "ขาว", 0.69),  # never: the floor, -log 0.5
    ("เข้า", "ร่วม", -3.37),
    ("เข้า", "รวม", 0.69),
    ("สูง", "กว่า", -4.11),
    ("ฮฮฮ", "กว่า", 0.0),  # a syllable the table does not know: no context
])
def test_context_cost(prev, word, cost):
    assert round(thai_syllables.context_cost(prev, word), 2) == cost
    assert thai_syllables.context_cost(prev, word) <= -math.log(thai_syllables.FLOOR) + 1e-12


@pytest.mark.parametrize("broken, fixed", [
    ("เผยแพร่ขาวกิจกรรม", "เผยแพร่ข่าวกิจกรรม"),  # ขาว (white) is a word, commoner than ข่าว in the lists
    ("ค่าเฉลี่ยสงกว่าปีก่อน", "ค่าเฉลี่ยสูงกว่าปีก่อน"),
    ("ผู้บริหารเข้ารวมประชุม", "ผู้บริหารเข้าร่วมประชุม"),
    ("มอบรางวัลแกผู้ชนะ", "มอบรางวัลแก่ผู้ชนะ"),
])
def test_a_dropped_mark_page_reads_both_word_forms_in_context(broken, fixed):
    pri = Priors(drop=0.3)
    assert needs_search(pri)["drop"]
    assert repair_thai(broken, pri) == fixed
    assert repair_thai(fixed, pri) == fixed
    # a page that drops no marks is never searched for them: the context changes nothing there
    assert repair_thai(broken, DEFAULT) == broken


def test_context_is_only_read_where_marks_drop(monkeypatch):
    from normalize import thai_lm

    e = next(x for x in thai_lm.lexicon().entries("ขาว") if x.word == "ข่าว")
    plain = thai_lm.word_cost("เผยแพร่", e)
    assert thai_lm.word_cost("เผยแพร่", e, context=True) == pytest.approx(plain - 3.52, abs=0.01)
    assert thai_lm.word_cost(None, e, context=True) == thai_lm.word_cost(None, e)


def test_build_reads_only_counts_from_the_pickle(tmp_path):
    trigrams = defaultdict(int, {("\x1f", "ราย", "งาน"): 2, ("ราย", "งาน", "ผล"): 3, ("งาน", "1", "x"): 5,
                                 ("ราย", "งาน", "<s>"): 1})
    path = tmp_path / "sylseg.3g"
    path.write_bytes(pickle.dumps(trigrams, protocol=3))
    pairs, counts = thai_syllables.build(path)
    assert pairs == {("ราย", "งาน"): 4}
    assert counts == {"ราย": 4, "งาน": 5}

    class Evil:
        def __reduce__(self):
            return (print, ("ran",))

    path.write_bytes(pickle.dumps(Evil(), protocol=3))
    with pytest.raises(pickle.UnpicklingError):
        thai_syllables.build(path)


def test_place_names_are_words_of_the_language_model():
    from normalize import thai_lm
    from normalize.thai_data import place_names

    names = place_names()
    assert len(names) == 6191 and {"ท่าขอนยาง", "ทาปลาดุก", "ทุ่งสง", "บางรัก", "เชียงใหม่"} <= names
    c = thai_lm.counts()
    assert c["ท่าขอนยาง"] == c["ทาปลาดุก"] == thai_lm.DICT_ONLY_COUNT  # no frequency list has them
    assert round(c["กระบี่"], 1) == 1113.2  # a name a frequency list has keeps its count


@pytest.mark.parametrize("broken, fixed", [
    ("ประกาศเทศบาลตำบลทาขอนยาง", "ประกาศเทศบาลตำบลท่าขอนยาง"),  # the subdistrict, not ทา + ขอน + ยาง
    ("ท้องถิ่นอำเภอทงสง", "ท้องถิ่นอำเภอทุ่งสง"),  # the district, not ทุ่ง + ส่ง
    ("องค์การบริหารส่วนตำบลทาปลาดุก", "องค์การบริหารส่วนตำบลทาปลาดุก"),  # a place spelt without marks
    ("องค์การบริหารส่วนตำบลโนนสูง", "องค์การบริหารส่วนตำบลโนนสูง"),  # no โน้น + สูง
])
def test_a_dropped_mark_page_reads_place_names(broken, fixed):
    assert repair_thai(broken, Priors(drop=0.3)) == fixed


def test_a_place_name_follows_a_word_for_a_kind_of_place():
    from normalize import thai_lm

    e = next(x for x in thai_lm.lexicon().entries("บานเปา") if x.word == "บ้านเป้า")
    assert e.word in thai_lm.places() and len(thai_lm.places()) == 6187
    assert round(thai_lm.word_cost(None, e), 2) == 19.05  # the dictionary floor: in no frequency list
    # after ตำบล: share / number of names
    assert thai_lm.word_cost("ตำบล", e) == pytest.approx(-math.log(thai_lm.PLACE_SHARE / 6187))
    assert round(thai_lm.word_cost("ตำบล", e), 2) == 9.42
    # after another word of the report bigrams' history (ของ seen, this pair not): no place
    # context, and the unseen pair costs nothing more than the word alone
    assert round(thai_lm.word_cost("ของ", e), 2) == 19.05


@pytest.mark.parametrize("broken, fixed", [
    ("นายกเทศมนตรีตำบลบ้านเปา", "นายกเทศมนตรีตำบลบ้านเป้า"),  # not บ้าน + เปา (a gain under the margin)
    ("องค์การบริหารส่วนตำบลเชงทะเล", "องค์การบริหารส่วนตำบลเชิงทะเล"),
    ("ตำบลดอนหน อำเภอเมือง", "ตำบลดอนหัน อำเภอเมือง"),
    ("ตำบลนาดี", "ตำบลนาดี"),  # a place spelt without marks stays
])
def test_a_dropped_mark_page_reads_a_place_after_its_kind(broken, fixed):
    assert repair_thai(broken, Priors(drop=0.177)) == fixed
    assert repair_thai(broken, DEFAULT) == broken


@pytest.mark.parametrize("broken, fixed", [
    # แก is cheaper than แก่ by itself; แก่ + the next word far cheaper than แก + it: a search that
    # kept one path per position read แก (the next word's cost depends on the word before)
    ("มอบทุนการศึกษาแกนักเรียน", "มอบทุนการศึกษาแก่นักเรียน"),
    # ร่วม after ที่, where a report word followed by a pair the reports never show cost more
    # than a rarer word no report has (สวน, รวม): the reports' pairs only add evidence
    ("ทุกคนทีรวมกันพัฒนาชุมชน", "ทุกคนที่ร่วมกันพัฒนาชุมชน"),
    ("สวนหนวยงานที่ได้คะแนนต่ำ", "ส่วนหน่วยงานที่ได้คะแนนต่ำ"),
    # a lone letter after a word: ปี, as when the letter stands alone
    ("โครงการ ป 2566", "โครงการ ปี 2566"),
    # ณ is a word ("ณุ", a piece of names, is no reading of it)
    ("ออกให้ ณ วนที 3 มีนาคม", "ออกให้ ณ วันที่ 3 มีนาคม"),
])
def test_a_dropped_mark_page_reads_the_word_the_next_one_follows(broken, fixed):
    assert repair_thai(broken, Priors(drop=0.177)) == fixed
    assert repair_thai(fixed, Priors(drop=0.177)) == fixed
    assert repair_thai(broken, DEFAULT) == broken


def test_one_letter_words_are_those_both_frequency_lists_count():
    from normalize import thai_lm

    singles = sorted(w for w in thai_lm.counts() if len(w) == 1)
    assert singles == sorted(["ฤ", "ณ", "ธ", "บ"])
    # list marks and abbreviations TNC alone counts are no words: a lone ป is ปี that lost its mark
    assert "ป" not in thai_lm.counts() and "ก" not in thai_lm.counts()


def test_history_is_what_the_next_word_cost_reads():
    from normalize import thai_lm

    assert thai_lm.history("ของ", True) == "ของ"  # the reports' bigrams know it
    # a word they do not know: its last syllable (the syllable context), or nothing without it
    assert thai_lm.history("บ้านเป้า", True) == "\0" + thai_syllables.edges("บ้านเป้า")[1]
    assert thai_lm.history("บ้านเป้า", False) == ""
    assert thai_lm.history("ตำบล", False) == "ตำบล"  # it cues a place name

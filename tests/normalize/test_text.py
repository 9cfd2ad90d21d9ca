import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.text import (clean_text, collapse_spaces, compose_sara_am, fix_lookalikes,
                            is_page_number, is_separator_row, strip_html)

from .samples import SAMPLES, seed_lines

NIKHAHIT, SARA_AA, SARA_AM = "\u0e4d", "\u0e32", "\u0e33"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Thai-heavy text with the pieces every cleaning step reacts to.
MESSY = st.lists(st.sampled_from(
    list("กขคนมรสอเแาำิีุู่้๊๋์ ัํะ๑๒๓ 1a.-*<>/&;") + list(INVISIBLE) + list("\u00a0\t\n\u3000")
    + list("ະັາຳິີ່້ສບ") + ["<p>", "</p>", "<b>", "<br/>", "<input type=\"checkbox\"/>", "&amp;", "&nbsp;",
                          "&lt;", "**", "\u037e", "e\u0301"]
), max_size=40).map("".join)


@pytest.mark.parametrize("html, text", [
    ("<p>ข้อหนึ่ง</p><p>ข้อสอง</p>", " ข้อหนึ่ง  ข้อสอง "),
    ('<ul style="list-style-type: none"> - จัดประชุม', "  - จัดประชุม"),
    ('<p><input type="checkbox"/> เข้าถึงง่าย</p>', "   เข้าถึงง่าย "),
    ("<b>IIT</b>", "IIT"),  # inline tags do not separate
    ("ข้อ<br/>ความ", "ข้อ ความ"),
    ("ก&nbsp;ข &amp; ค", "ก\u00a0ข & ค"),
    ("a < b > c", "a < b > c"),  # not tags
    ("<!-- note -->ก", " ก"),
])
def test_strip_html(html, text):
    assert strip_html(html) == text


@pytest.mark.parametrize("raw, fixed", [
    ("สํารวจ", "สำรวจ"),
    ("นํ้า", "น้ำ"),  # NIKHAHIT, tone, SARA AA
    ("น้ํา", "น้ำ"),  # tone, NIKHAHIT, SARA AA
    ("ดําเนินการ", "ดำเนินการ"),
    ("สำรวจ", "สำรวจ"),
    (NIKHAHIT, NIKHAHIT),  # nothing to compose with
    ("", ""),
])
def test_compose_sara_am(raw, fixed):
    assert compose_sara_am(raw) == fixed


@pytest.mark.parametrize("raw, fixed", [
    ("คະแนน", "คะแนน"),  # the Lao vowel of sample 003
    ("ก່อน", "ก่อน"),  # Lao tone mark
    ("ส\u0eb1ญญา", "สัญญา"),
    ("ກ\u0eb2ร", "ກาร"),  # the Lao consonant has no Thai twin and stays
    ("ສະບາຍດີ", "ສະບາຍດີ"),  # Lao text away from Thai is Lao
    ("การ\u200bประชุม\u00ad", "การประชุม"),
    ("a\ufeffb\u200dc\u200c", "abc"),
])
def test_fix_lookalikes(raw, fixed):
    assert fix_lookalikes(raw) == fixed


def test_collapse_spaces():
    assert clean_text("") == "" and collapse_spaces("") == ""
    assert collapse_spaces("\u00a0 ก \t\n  ข\u3000ค  ") == "ก ข ค"
    assert collapse_spaces("   ") == ""


def test_clean_text_runs_every_step():
    raw = "<p>**สํารวจ**</p>\u00a0<b>คະแน</b>&amp;\u200bข้อมูล  e\u0301"
    assert clean_text(raw) == "สำรวจ คะแน&ข้อมูล é"


def test_clean_text_removes_nested_escapes():
    assert clean_text("&amp;lt;p&amp;gt;ก") == "ก"
    assert clean_text("<**p>ก") == "ก"


@pytest.mark.parametrize("line", ["-๔-", "- 12 -", "–๕–", "หน้า ๓", "หน้าที่ 12", "๔", "12", " -๖- "])
def test_is_page_number(line):
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["", "1234", "-๔- ข้อความ", "๑.การปฏิบัติหน้าที่", "หน้า", "๙๓.๘๗", "-", "ภาคผนวก"])
def test_is_not_page_number(line):
    assert not is_page_number(line)


def test_page_numbers_of_the_samples():
    found = {p.stem: [n for n, line in enumerate(seed_lines(p.stem), 1)
                      if "\t" not in line and is_page_number(line)]
             for p in sorted(SAMPLES.glob("*.txt"))}
    assert found["002_b022ce678bf99bfb"] == [62, 121, 146, 164]
    assert sum(map(len, found.values())) == 4


@pytest.mark.parametrize("cells", [["--", "---"], [":--:", "|---|"], ["---", ""], [" - ", ":"]])
def test_is_separator_row(cells):
    assert is_separator_row(cells)


@pytest.mark.parametrize("cells", [
    [], ["", ""], [":", "|"], ["---", "ก"], ["-๖-"], ["- จัดทำ", "--"],
])
def test_is_not_separator_row(cells):
    assert not is_separator_row(cells)


def test_separator_rows_of_sample_002():
    lines = seed_lines("002_b022ce678bf99bfb")
    rows = [n for n, line in enumerate(lines, 1) if "\t" in line and is_separator_row(line.split("\t"))]
    assert rows == [144, 162]


def test_clean_text_on_every_sample_cell():
    for path in sorted(SAMPLES.glob("*.txt")):
        for line in seed_lines(path.stem):
            for cell in line.split("\t"):
                out = clean_text(cell)
                assert "<" not in out and "**" not in out and "  " not in out
                assert NIKHAHIT + SARA_AA not in out
                assert clean_text(out) == out


@given(st.text())
def test_clean_text_is_idempotent_on_any_text(text):
    once = clean_text(text)
    assert clean_text(once) == once


@given(MESSY)
def test_clean_text_is_idempotent_on_messy_thai(text):
    once = clean_text(text)
    assert clean_text(once) == once
    assert once == once.strip() and "  " not in once
    assert not any(c in once for c in INVISIBLE + "\u00a0\t\n")
    assert unicodedata.is_normalized("NFC", once)
    assert NIKHAHIT + SARA_AA not in once


@given(MESSY)
def test_compose_sara_am_leaves_no_split_sara_am(text):
    out = compose_sara_am(text)
    assert re.search("\u0e4d[\u0e48-\u0e4b]?\u0e32", out) is None
    # each composition turns two characters into one SARA AM, and nothing else changes length
    assert len(text) - len(out) == out.count(SARA_AM) - text.count(SARA_AM)

"""A symbol inserted from a symbol font (``<w:sym w:font="Wingdings" w:char="F0FC"/>``: Word's Insert →
Symbol, the usual tick in a status column) was dropped by the .docx reader, so every status read empty;
the PDF of the same file carries it as U+F0FC, a tick. Fixture samples/libreoffice/sym_ticks.*."""
from __future__ import annotations

from lxml import etree

import pytest

from extract import extract_paths
from extract.readers.docx import W, _symbol
from tests.conftest import SAMPLES

FIXTURE = SAMPLES / "libreoffice" / "sym_ticks"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_ticks_from_a_symbol_font_give_the_status(suffix):
    (result,) = extract_paths([FIXTURE.with_suffix(suffix)], jobs=1)
    assert [(m.table, m.title, m.status, m.responsible) for m in result.measures] == [
        ("implementation", "จัดทำคู่มือรับเรื่องร้องเรียน", "ดำเนินการแล้ว", ["สำนักปลัด"]),
        ("implementation", "ประชุมชี้แจงการใช้รถยนต์ส่วนกลาง", "อยู่ระหว่างดำเนินการ", ["กองคลัง"]),
        ("implementation", "สำรวจความพึงพอใจผู้ขออนุญาตก่อสร้าง", "ยังไม่ดำเนินการ", ["กองช่าง"]),
    ]


def _sym(char):
    el = etree.Element(W + "sym")
    if char is not None:
        el.set(W + "char", char)
    return el


def test_a_symbols_code_point():
    assert _symbol(_sym("F0FC")) == "\uf0fc"
    assert _symbol(_sym("00FC")) == "\uf0fc"  # written without the symbol font's offset
    assert _symbol(_sym("zz")) == "" and _symbol(_sym(None)) == ""

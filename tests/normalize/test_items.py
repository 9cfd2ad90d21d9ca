import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.items import split_items, split_units
from normalize.text import TAG, clean_text, compose_sara_am
from tests.ita_score import norm

from .samples import MEASURE_ROWS, measure_cells

CELLISH = st.lists(st.sampled_from(
    list("กขคนมรสอเาำิีุ่้ ัะ ") + list("๑๒๓๐๙123.()-–•●▪*,/、 ") + ["<p>", "</p>", "<li>", "<br/>",
                                                                "<b>", "</b>", "e-service", "๒๕๖๕"]
), max_size=40).map("".join)


@pytest.mark.parametrize("cell, items", [
    ("๑.จัดทำคู่มือ ๒.เผยแพร่ข้อมูล", ["จัดทำคู่มือ", "เผยแพร่ข้อมูล"]),
    ("๑. จัดทำคู่มือ ๒. เผยแพร่", ["จัดทำคู่มือ", "เผยแพร่"]),
    ("1. a 2. b 10. c", ["a", "b", "c"]),
    ("(๑) ประชุม (๒) รายงาน", ["ประชุม", "รายงาน"]),
    ("1) ประชุม 2) รายงาน", ["ประชุม", "รายงาน"]),
    ("๓.๑ ประชุม ๓.๒ รายงาน", ["ประชุม", "รายงาน"]),
    ("๓.๑. ประชุม ๓.๒. รายงาน", ["ประชุม", "รายงาน"]),
    ("- ประชุม - รายงาน", ["ประชุม", "รายงาน"]),
    ("-ประชุม -รายงาน", ["ประชุม", "รายงาน"]),
    ("• ก ● ข ▪ ค * ง", ["ก", "ข", "ค", "ง"]),
    ("<p>ประชุม</p> <p>รายงาน</p>", ["ประชุม", "รายงาน"]),
    ("<ul><li>ประชุม</li><li>รายงาน</li></ul>", ["ประชุม", "รายงาน"]),
    ("ประชุม<br>รายงาน<BR/>สรุป", ["ประชุม", "รายงาน", "สรุป"]),
    ("<b>๑.</b>ประชุม<b>๒.</b>รายงาน", ["ประชุม", "รายงาน"]),  # numbering right after a tag
    ("ให้ความรู้ ดังนี้ ๑.ประชุม ๒.คู่มือ", ["ให้ความรู้ ดังนี้", "ประชุม", "คู่มือ"]),
    ('<ul style="list-style-type: none"> - ประชุม - รายงาน ', ["ประชุม", "รายงาน"]),
    # not split
    ("ช่องทางออนไลน์ เช่น (e- service) (Google Form)", ["ช่องทางออนไลน์ เช่น (e- service) (Google Form)"]),
    ("ระบบ e-service และร้องทุกข์-ร้องเรียน", ["ระบบ e-service และร้องทุกข์-ร้องเรียน"]),
    ("แผน (พ.ศ. ๒๕๖๕ - ๒๕๖๘) ครบ", ["แผน (พ.ศ. ๒๕๖๕ - ๒๕๖๘) ครบ"]),
    ("ตั้งแต่ธันวาคม ๒๕๖๔ - เดือน มีนาคม", ["ตั้งแต่ธันวาคม ๒๕๖๔ - เดือน มีนาคม"]),
    ("ระยะ ต.ค. ๖๔ - ก.ย. ๖๕ ทุกเดือน", ["ระยะ ต.ค. ๖๔ - ก.ย. ๖๕ ทุกเดือน"]),
    ("ได้ร้อยละ ๙๕.๐๐ ขึ้นไป", ["ได้ร้อยละ ๙๕.๐๐ ขึ้นไป"]),
    ("ได้คะแนน ๙๙.๔๙ และ ๔.๑๐ คะแนน", ["ได้คะแนน ๙๙.๔๙ และ ๔.๑๐ คะแนน"]),
    ("ผ่านเกณฑ์ (ร้อยละ 80) ขึ้นไป", ["ผ่านเกณฑ์ (ร้อยละ 80) ขึ้นไป"]),
    ("มากขึ้น๒.นำผล", ["มากขึ้น๒.นำผล"]),  # numbering glued to a word is not a marker
    ("มากกว่า ๑ ช่องทาง", ["มากกว่า ๑ ช่องทาง"]),
    ("ทำได้ ๕.", ["ทำได้ ๕."]),  # a number ending the text starts no item
    # nothing left
    ("", []),
    ("<p></p> ", []),
    ("๑. ๒. -", []),
])
def test_split_items(cell, items):
    assert split_items(cell) == items


@pytest.mark.parametrize("stem", sorted(MEASURE_ROWS))
def test_steps_of_every_gold_measure(stem):
    # Gold keeps NIKHAHIT+SARA AA as printed; split_items cleans it, so compare composed.
    for measure, steps, _ in measure_cells(stem):
        got = [norm(item) for item in split_items(steps)]
        assert got == [norm(compose_sara_am(s)) for s in measure["steps"]], measure["title"]


@pytest.mark.parametrize("stem", sorted(MEASURE_ROWS))
def test_responsible_of_every_gold_measure(stem):
    for measure, _, cell in measure_cells(stem):
        assert [norm(u) for u in split_units(cell)] == [norm(u) for u in measure["responsible"]]


def test_mechanical_split_of_sample_003_row_2():
    # NOTES.md: the misplaced bullet is kept where it was printed.
    steps = next(s for m, s, _ in measure_cells("003_1ad6433f7b2808bc") if m["title"].startswith("๒."))
    assert split_items(steps)[-2:] == ["วิเคราะห์ข้อมูลความพึงพอใจ และข้อร้องเรียนเพื่อนำไป",
                                       "ปรับปรุงกระบวนการทำงาน เสริมสร้างทักษะด้านการ ให้บริการแก่บุคลากร"]


@pytest.mark.parametrize("cell, units", [
    ("สำนักปลัด/หน่วยงานตรวจสอบภายใน", ["สำนักปลัด", "หน่วยงานตรวจสอบภายใน"]),
    ("<p>สำนักปลัด/หน่วยงานตรวจสอบภายใน</p>", ["สำนักปลัด", "หน่วยงานตรวจสอบภายใน"]),
    ("ทุกสำนัก/กอง", ["ทุกสำนัก/กอง"]),
    ("ทุกสำนัก/กอง/ฝ่าย", ["ทุกสำนัก/กอง/ฝ่าย"]),
    ("สำนักปลัด/กองคลัง/กองช่าง", ["สำนักปลัด", "กองคลัง", "กองช่าง"]),
    ("ผู้บริหาร สำนักปลัด", ["ผู้บริหาร สำนักปลัด"]),
    ("กองคลัง, กองช่าง", ["กองคลัง", "กองช่าง"]),
    ("กองคลัง、กองช่าง", ["กองคลัง", "กองช่าง"]),
    ("๑. สำนักปลัด ๒. กองคลัง", ["สำนักปลัด", "กองคลัง"]),
    ("<p>สำนักปลัด</p><p>กองคลัง</p>", ["สำนักปลัด", "กองคลัง"]),
    ("ทุกภารกิจงานจัดทำข้อมูลในส่วนงานตนเอง และส่งมอบให้สำนักปลัดรวบรวม",
     ["ทุกภารกิจงานจัดทำข้อมูลในส่วนงานตนเอง และส่งมอบให้สำนักปลัดรวบรวม"]),
    ("", []),
])
def test_split_units(cell, units):
    assert split_units(cell) == units


def _is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(c in it for c in small)


@given(CELLISH)
def test_split_items_only_drops_markers(cell):
    items = split_items(cell)
    assert all(item and item == item.strip() and "<" not in item for item in items)
    source = clean_text(TAG.sub(" ", cell)).replace(" ", "")
    assert _is_subsequence("".join(items).replace(" ", ""), source)


@given(st.text())
def test_split_items_and_units_never_raise(text):
    for item in split_items(text) + split_units(text):
        assert item and item == clean_text(item)


def test_symbol_and_wingdings_bullets_from_a_pdf_text_layer_split_items():
    # Word's Symbol bullet reaches a PDF's text layer as U+F0B7, Wingdings' arrow as U+F0D8
    assert split_items("\uf0b7 ประชุมชี้แจงบุคลากร \uf0b7 ติดประกาศที่สำนักงาน") == ["ประชุมชี้แจงบุคลากร", "ติดประกาศที่สำนักงาน"]
    assert split_items("\uf0d8 ตรวจสอบเอกสาร\n\uf0d8 รายงานผล") == ["ตรวจสอบเอกสาร", "รายงานผล"]
    assert split_items("❖ วางแผน ❖ ติดตาม") == ["วางแผน", "ติดตาม"]

"""Prose set in two columns, read a column at a time (extract/readers/prose_columns.py).

The reader clusters a page's chars into lines across its whole width, so the left column's lines
and the right column's were joined at each height: the score sentence of the left column was read
with the next year's plan of the right one (the fiscal year taken from it, the score left out).
Fixtures written for this test: samples/chromium/prose_columns (CSS columns, a full-width title,
a column break before the plan), samples/libreoffice/prose_columns (a Word section of two columns)
and samples/chromium/prose_columns_negatives (a label/value form, a two-column list of short cells,
a borderless table of two prose columns and a signature block, each on a page of its own: read as
before)."""
from __future__ import annotations

import pytest

from extract.document import Line
from extract.pipeline import extract_document
from extract.readers import prose_columns
from extract.readers.char_layout import text_lines
from extract.readers.pdf import read_pdf
from tests.conftest import SAMPLES

READERS = ["pdfium", "pdfplumber"]

CHROMIUM = [
    "จดหมายข่าวองค์การบริหารส่วนตำบลหนองบัวแดง ฉบับเดือนมกราคม",
    "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ "
    "องค์การบริหารส่วนตำบลหนองบัวแดงได้คะแนน ๘๙.๔๒ คะแนน อยู่ในระดับ A นับเป็นครั้งแรกที่ตำบลของเราผ่านเกณฑ์ที่"
    "คณะกรรมการกำหนดไว้",
    "คณะผู้บริหารขอขอบคุณพนักงานทุกกองที่ช่วยกันจัดทำข้อมูลเผยแพร่บนเว็บไซต์ให้ครบทุกหัวข้อ และขอบคุณชาวบ้าน"
    "ทั้งสิบสองหมู่บ้านที่สละเวลาตอบแบบสอบถามความคิดเห็นต่อการให้บริการของสำนักงาน",
    "ในรอบปีที่ผ่านมา สำนักงานได้เปิดจุดบริการรับชำระภาษีเคลื่อนที่ในหมู่บ้านที่อยู่ห่างไกล ทำให้ผู้สูงอายุไม่ต้อง"
    "เดินทางเข้ามาที่ทำการ",
    # the right column, after the whole left one
    "สำหรับปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานวางแผนจะย้ายการยื่นคำร้องทั่วไปขึ้นระบบออนไลน์ทั้งหมด พร้อมจัดอบรม"
    "การใช้งานให้แก่อาสาสมัครประจำหมู่บ้านก่อนเปิดใช้จริง",
    "กองช่างจะประกาศรายชื่อถนนที่จะซ่อมแซมไว้ที่ป้ายประกาศหน้าสำนักงานทุกไตรมาส ผู้ที่พบถนนชำรุดสามารถแจ้งได้"
    "ทางสายด่วนหรือกล่องรับความคิดเห็นที่ศาลาประชาคม",
    # Chromium prints no space glyph where a line wraps at a space: the words join, as in one column
    "ท่านใดมีข้อเสนอแนะเกี่ยวกับการทำงานของสำนักงานขอเชิญเข้าร่วมเวทีประชาคมที่จะจัดขึ้นในวันเสาร์แรกของเดือนหน้า",
]
LIBREOFFICE = [
    "ข่าวสารเทศบาลตำบลวังน้ำเย็น ฉบับไตรมาสแรก",
    "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ "
    "เทศบาลตำบลวังน้ำเย็นได้คะแนน ๘๗.๖๕ คะแนน อยู่ในระดับ A ดีขึ้นจากรอบก่อนเกือบห้าคะแนน",
    "ผลที่ดีขึ้นนี้มาจากการที่ทุกกองช่วยกันลงข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์เป็นประจำทุกเดือนและการที่ผู้มาติดต่อ"
    "ให้ความเห็นผ่านแบบสอบถามออนไลน์มากกว่าเดิมสองเท่า",
    "เทศบาลขอบคุณประชาชนที่ร่วมตอบแบบสอบถาม และขอเชิญติดตามข่าวสารทางหน้าเพจของเทศบาลต่อไป",
    "ในปีงบประมาณ พ.ศ. ๒๕๖๗ เทศบาลจะเพิ่มช่องทางแจ้งเรื่องร้องเรียนทางแอปพลิเคชันไลน์และจะรายงานความคืบหน้า"
    "ของแต่ละเรื่องให้ผู้แจ้งทราบภายในเจ็ดวันทำการ",
    "กองคลังจะจัดทำสรุปรายรับรายจ่ายแบบอ่านง่าย ติดไว้ที่บอร์ดประชาสัมพันธ์ ทุกเดือน เพื่อให้ประชาชนตรวจดู"
    "การใช้เงินของเทศบาลได้ด้วยตนเอง",
    "ผู้ที่สนใจร่วมเป็นอาสาสมัครติดตามการก่อสร้างถนนในชุมชนสมัครได้ที่งานธุรการในวันและเวลาราชการ",
]
# (fixture, its paragraphs in reading order, the fiscal year, the overall score, the left column's paragraphs)
CASES = [("chromium/prose_columns.pdf", CHROMIUM, 2567, 89.42, 3),
         ("libreoffice/prose_columns.pdf", LIBREOFFICE, 2566, 87.65, 3)]


def _read(name: str, reader: str):
    path = SAMPLES / name
    return read_pdf(path.read_bytes(), path.name, "sha", pdf_reader=reader)


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("name, texts, year, score, left", CASES, ids=[c[0].split("/")[0] for c in CASES])
def test_two_columns_of_prose_are_read_left_column_first(name, texts, year, score, left, reader):
    doc = _read(name, reader)
    assert [b.text for b in doc.blocks] == texts
    # each paragraph's box is the lines of its own column, the title's spans both
    title, *body = doc.blocks
    assert all(isinstance(b, Line) and b.page == 1 and b.bbox is not None for b in doc.blocks)
    gutter = max(b.bbox.x1 for b in body[:left])
    assert gutter < min(b.bbox.x0 for b in body[left:])
    assert title.bbox.x0 < gutter < title.bbox.x1
    # each column's first paragraph starts at the top of the columns, under the title
    assert body[0].bbox.top > title.bbox.bottom and body[left].bbox.top > title.bbox.bottom
    # the auditor is told the page was read as two columns (COLUMNS_READ), with how many lines
    [told] = [c for c in doc.checks if c.code == "COLUMNS_READ"]
    assert told.where.page == 1 and told.message.startswith("Page 1 is set in two columns of prose (")
    result = extract_document(doc)
    assert (result.report.fiscal_year, result.report.overall_score) == (year, score)
    [overall] = [s for s in result.scores if s.level == "overall"]
    assert (overall.score, overall.fiscal_year, overall.where.page) == (score, year, 1)


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("name", ["chromium/prose_columns_negatives.pdf", "chromium/layout_negatives.pdf",
                                  "chromium/centred_lines.pdf", "libreoffice/form_paragraphs.pdf"])
def test_forms_lists_and_signatures_in_two_columns_keep_their_reading(name, reader, monkeypatch):
    # a label/value form, a list of short cells, a table of prose cells (a shorter cell leaves a line
    # slot blank beside its row's other cell) and a signature block are left as they were read
    doc = _read(name, reader)
    monkeypatch.setattr(prose_columns, "split", lambda lines, spans=(): (lines, []))
    before = _read(name, reader)
    if name == "chromium/layout_negatives.pdf":  # its prose in two columns is the one run read anew
        assert [getattr(b, "text", None) for b in doc.blocks] != [getattr(b, "text", None) for b in before.blocks]
        return
    assert [(type(b).__name__, getattr(b, "text", None), getattr(b, "bbox", None)) for b in doc.blocks] == [
        (type(b).__name__, getattr(b, "text", None), getattr(b, "bbox", None)) for b in before.blocks]
    assert "COLUMNS_READ" not in {c.code for c in doc.checks}


def test_the_negatives_are_read_line_by_line():
    texts = [b.text for b in _read("chromium/prose_columns_negatives.pdf", "pdfium").blocks if isinstance(b, Line)]
    for line in ("ชื่อหน่วยงาน องค์การบริหารส่วนตำบลหนองบัวแดง", "โทรศัพท์ ๐ ๔๒๑๑ ๒๒๓๓",
                 "๑. งานสารบรรณกลาง ๙. งานพัสดุและทรัพย์สิน", "๘. งานตรวจสอบภายใน ๑๖. งานส่งเสริมการเกษตร",
                 "ลงชื่อ .................................. ลงชื่อ .................................. (นางสาวกนกวรรณ ศรีสุข) "
                 "(นายประเสริฐ ทองคำ) ผู้รายงาน ปลัดองค์การบริหารส่วนตำบล"):
        assert line in texts


def test_layout_negatives_prose_columns_are_read_a_column_at_a_time():
    # the page gutter_tables keeps as text: its two columns of prose are now each paragraph whole
    texts = [b.text for b in _read("chromium/layout_negatives.pdf", "pdfium").blocks if isinstance(b, Line)]
    first = next(k for k, t in enumerate(texts) if t.startswith("ระยะเวลาของมาตรการทั้งหมด"))
    assert texts[first].endswith("ให้ดำเนินการได้ทันทีเมื่อผู้บริหารเห็นชอบ")
    assert texts[first + 1].startswith("ผู้รับผิดชอบแต่ละมาตรการต้องรายงานผลการดำเนินงานทุกไตรมาส")


def _line(text: str, x0: float, top: float, size: float = 14.0) -> dict:
    chars = [{"text": ch, "x0": x0 + k * 7.0, "x1": x0 + k * 7.0 + 7.0, "top": top, "bottom": top + size,
              "size": size, "upright": True} for k, ch in enumerate(text)]
    return {"text": text, "x0": x0, "x1": x0 + 7.0 * len(text), "top": top, "bottom": top + size, "chars": chars}


def test_an_ordinary_page_is_left_as_it_is():
    lines = [_line("ก" * 60, 50.0, 50.0 + 20 * k) for k in range(20)]
    assert prose_columns.split(lines) == (lines, [])


def test_a_table_between_lines_ends_the_run():
    # two columns of ten full lines each, then the same under a table: two runs, each of its lines
    def row(top):
        chars = _line("ข" * 30, 50.0, top)["chars"] + _line("ค" * 30, 280.0, top)["chars"]
        return text_lines(chars)[0]
    lines = [row(50.0 + 20 * k) for k in range(10)] + [row(400.0 + 20 * k) for k in range(10)]
    rest, runs = prose_columns.split(lines, [(260.0, 390.0)])
    assert rest == [] and [(run.top, len(run.columns[0]), len(run.columns[1])) for run in runs] == [
        (50.0, 10, 10), (400.0, 10, 10)]
    rest, runs = prose_columns.split(lines[:7])  # too few lines to tell
    assert (len(rest), runs) == (7, [])

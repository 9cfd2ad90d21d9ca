"""Pages whose pdfium characters are wrong are read by pdfplumber (extract/readers/text_layer_trust.py).

The fixtures in samples/chromium/ are HTML pages printed by headless Chromium (Skia/PDF, the engine
of Google Docs' PDF exports too), in three fonts and layouts: a ruled plan table, prose with a score
table, a numbered notice. pdfium reads them with spaces inside words and broken dates; read by the
default reader they give exactly the records below, as pdfplumber does. No page of the LibreOffice
samples or of the real files is doubted."""
from __future__ import annotations

import pytest

from extract.document import Line, Table
from extract.pipeline import extract_document
from extract.readers.pdf import _open, _read_page, read_pdf
from extract.readers.text_layer_trust import SHARED_ORIGIN_MIN, doubt
from tests.conftest import SAMPLES
from tests.test_pdf_readers import BOX_TOLERANCE, _unboxed

# The checks reading adds on these pages. pdfium's characters are read with their /ActualText spans
# (extract/readers/actual_text_spans.py, wired into pdf_pdfium.PdfiumPage), so no page is doubted and
# none is handed to pdfplumber: nothing is added (the reread itself is still tested on its own).
REREAD: list[str] = []
CHROMIUM = SAMPLES / "chromium"
FIXTURES = sorted(CHROMIUM.glob("*.pdf"))
CLEAN_PDFS = sorted(p for folder in ("pdf", "landscape", "real") for p in (SAMPLES / folder).glob("*.pdf")
                    if "scan" not in p.name)


def extracted(name: str):
    path = CHROMIUM / name
    return extract_document(read_pdf(path.read_bytes(), path.name, "sha"))


def test_the_chromium_fixtures_are_there():
    assert [p.name for p in FIXTURES] == ["borderless.pdf", "centred_lines.pdf", "gantt_plan.pdf", "group_quarters.pdf",
                                         "improvement_table.pdf",
                                         "layout_negatives.pdf", "layout_pages.pdf", "layout_repeat.pdf",
                                         "layout_table.pdf", "layout_tabs.pdf", "list_results.pdf",
                                         "measures_list.pdf", "merged_title.pdf", "plan_table.pdf", "plan_years.pdf",
                                         "prose_columns.pdf", "prose_columns_negatives.pdf", "score_prose.pdf", "side_table.pdf", "split_row.pdf", "status_ticks.pdf",
                                         "type3_bold.pdf"]
    assert all((p.with_suffix(".html")).is_file() for p in FIXTURES)


def test_plan_table_printed_by_chromium():
    result = extracted("plan_table.pdf")
    report = result.report
    assert (report.organization, report.org_type, report.district, report.province, report.fiscal_year,
            report.report_kind) == ("เทศบาลตำบลหนองบัวทอง", "เทศบาลตำบล", "เมืองลำพูน", "ลำพูน", 2568, "measures")
    assert [(m.row, m.title, m.steps, m.responsible, m.timeframe, str(m.period_start), str(m.period_end))
            for m in result.measures] == [
        (1, "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างให้ครบถ้วน",
         ["รวบรวมผลการจัดซื้อจัดจ้างทุกเดือน", "ตรวจทานความถูกต้องก่อนนำขึ้นเว็บไซต์"], ["กองคลัง"],
         "ม.ค. ๖๘ - มี.ค. ๖๘", "2025-01-01", "2025-03-31"),
        (2, "ปลูกฝังวัฒนธรรมองค์กรไม่ทนต่อการทุจริต",
         ["จัดอบรมพนักงานเรื่องผลประโยชน์ทับซ้อน", "ผู้บริหารประกาศเจตจำนงสุจริตต่อสาธารณะ"], ["สำนักปลัดเทศบาล"],
         "ต.ค. ๖๗ - ธ.ค. ๖๗", "2024-10-01", "2024-12-31"),
        (3, "ปรับปรุงช่องทางรับฟังความคิดเห็นของประชาชน",
         ["เพิ่มแบบสอบถามความพึงพอใจออนไลน์ และสรุปผลให้ผู้บริหารทราบภายใน ๑๕ วันทำการ"], ["กองช่าง", "กองการศึกษา"],
         "เม.ย. ๖๘ - ก.ย. ๖๘", "2025-04-01", "2025-09-30"),
    ]
    assert [c.code for c in result.checks] == REREAD


def test_score_prose_printed_by_chromium():
    result = extracted("score_prose.pdf")
    report = result.report
    assert (report.organization, report.district, report.province, report.fiscal_year, report.overall_score) == (
        "องค์การบริหารส่วนตำบลท่าช้างคล้อง", "บ้านแพง", "นครพนม", 2567, 88.45)
    assert [(s.fiscal_year, s.level, s.tool, s.indicator, s.indicator_name, s.score) for s in result.scores] == [
        (2567, "overall", None, None, None, 88.45),
        (2567, "indicator", "IIT", 1, "การปฏิบัติหน้าที่", 94.21),
        (2567, "indicator", "IIT", 2, "การใช้งบประมาณ", 91.08),
        (2567, "indicator", "EIT", 6, "คุณภาพการดำเนินงาน", 85.66),
        (2567, "indicator", "OIT", 9, "การเปิดเผยข้อมูล", 79.17),
    ]
    assert [c.code for c in result.checks] == REREAD


def test_numbered_notice_printed_by_chromium():
    result = extracted("measures_list.pdf")
    assert (result.report.organization, result.report.fiscal_year) == ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคกสูง", 2567)
    assert [(m.title, m.responsible, m.timeframe, str(m.period_start), str(m.period_end)) for m in result.measures] == [
        ("มาตรการที่ ๑ จัดทำคู่มือการให้บริการประชาชนและเผยแพร่ทางเว็บไซต์", ["งานบริหารทั่วไป"],
         "พฤศจิกายน ๒๕๖๖ - มกราคม ๒๕๖๗", "2023-11-01", "2024-01-31"),
        ("มาตรการที่ ๒ ตรวจสอบการใช้รถยนต์ส่วนกลางให้ตรงตามระเบียบ", ["งานพัสดุ"],
         "ธันวาคม ๒๕๖๖ - กันยายน ๒๕๖๗", "2023-12-01", "2024-09-30"),
        ("มาตรการที่ ๓ เปิดช่องทางร้องเรียนการทุจริตที่ผู้ร้องไม่ต้องเปิดเผยชื่อ", ["คณะกรรมการบริหารความเสี่ยง"],
         "มีนาคม ๒๕๖๗ - มิถุนายน ๒๕๖๗", "2024-03-01", "2024-06-30"),
    ]
    assert [c.code for c in result.checks] == REREAD + ["MEASURES_FROM_LIST"]


@pytest.mark.skipif(not REREAD, reason="no page is reread")
def test_the_reread_check_names_the_pages_and_why():
    check = next(c for c in extracted("plan_table.pdf").checks if c.code == "TEXT_LAYER_REREAD")
    assert check.severity == "info"
    assert check.message == ("Pages 1 were read with pdfplumber: pdfium's characters there are unreliable "
                             "(112 of 114 Thai marks share one glyph with their base letter).")
    assert check.message_th.startswith("หน้า 1 อ่านซ้ำด้วยตัวอ่านสำรอง") and "112 จาก 114" in check.message_th


def blocks(doc):
    return [(type(b).__name__, b.page, b.text if isinstance(b, Line) else
             [(r.page, r.cells) for r in b.rows] if isinstance(b, Table) else None) for b in doc.blocks]


@pytest.mark.slow
@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_default_reader_gives_what_pdfplumber_gives_on_chromium_pdfs(path):
    data = path.read_bytes()
    plumber = read_pdf(data, path.name, "sha", pdf_reader="pdfplumber")
    default = read_pdf(data, path.name, "sha")
    assert blocks(default) == blocks(plumber)
    assert [c.code for c in default.checks] == [c.code for c in plumber.checks] + REREAD
    expected, got = extract_document(plumber).model_dump(), extract_document(default).model_dump()
    expected_boxes: list = []
    got_boxes: list = []
    for kind in ("report", "scores", "measures", "findings"):  # boxes to within the readers' point or so
        assert _unboxed(got[kind], got_boxes) == _unboxed(expected[kind], expected_boxes)
    assert all((a is None) == (b is None) and (a is None or max(abs(a[k] - b[k]) for k in a) <= BOX_TOLERANCE)
               for a, b in zip(got_boxes, expected_boxes, strict=True))


@pytest.mark.skipif(not REREAD, reason="the pdfium reader reads these pages right")
@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_pdfium_alone_misreads_the_chromium_pages(path):
    """What the fallback is for: pdfium's own characters of these pages give other text."""
    data = path.read_bytes()
    with _open(data, "pdfium") as pdf:
        page = pdf.page(0)
        assert doubt(page.objects["char"]).unreliable
        own = blocks_text(_read_page(page, 1))
        page.close()
    with _open(data, "pdfplumber") as pdf:
        right = blocks_text(_read_page(pdf.page(0), 1))
    assert own != right
    assert own.count(" ") > right.count(" ")  # spaces inside words


def blocks_text(items) -> str:
    return "\n".join(b.text if isinstance(b, Line) else "\n".join(" | ".join(r.cells) for r in b.rows)
                     for b in items if isinstance(b, (Line, Table)))


@pytest.mark.slow
def test_no_page_of_the_samples_is_doubted():
    """Every page of the LibreOffice samples and the real files: no mark shares its base's origin.
    (A page read again would also add TEXT_LAYER_REREAD to the pdfium reader's checks, which
    tests/test_pdf_readers.py holds equal to the pdfplumber reader's on these files.)"""
    pages = 0
    for path in CLEAN_PDFS:
        with _open(path.read_bytes(), "pdfium") as pdf:
            for index in range(len(pdf)):
                page = pdf.page(index)
                found = doubt(page.objects.get("char", []))
                page.close()
                pages += 1
                assert (found.shared_origin, found.unreliable) == (0, False), (path.name, index + 1, found)
    assert pages >= 100


# --- the signal on characters made by hand -------------------------------------------------

def char(text, x0, x1, ink=None, bottom=26.0):
    made = {"text": text, "x0": x0, "x1": x1, "top": bottom - 16, "bottom": bottom, "size": 16.0}
    return dict(made, ink=ink) if ink else made


def word(n: int, split: bool) -> list[dict]:
    """``n`` letters each with a mark: as a font draws them (the mark's origin at its base's advance
    end, its ink left of it) or as pdfium gives a split glyph (both at the base's origin, the box
    cut in two)."""
    out = []
    for i in range(n):
        x = 10.0 * i
        if split:
            out += [char("ก", x, x + 4), char("\u0e34", x, x + 8, ink=(x + 4, x + 8))]
        else:
            out += [char("ก", x, x + 8), char("\u0e34", x + 8, x + 8, ink=(x + 4, x + 7.8))]
    return out


def test_marks_at_their_base_origin_make_a_page_unreliable():
    found = doubt(word(5, split=True))
    assert (found.marks, found.shared_origin, found.unreliable) == (5, 5, True)


def test_marks_at_the_end_of_their_base_are_what_fonts_draw():
    found = doubt(word(5, split=False))
    assert (found.marks, found.shared_origin, found.unreliable) == (5, 0, False)


def test_a_few_shared_origins_are_not_enough():
    few = doubt(word(SHARED_ORIGIN_MIN - 1, split=True))
    assert not few.unreliable
    diluted = doubt(word(2 * SHARED_ORIGIN_MIN, split=False) * 3 + word(SHARED_ORIGIN_MIN, split=True))
    assert diluted.shared_origin == SHARED_ORIGIN_MIN and not diluted.unreliable


def test_marks_without_a_drawn_box_are_not_judged():
    """pdfplumber's characters have no ``ink``: a page it read is never doubted."""
    chars = [{k: v for k, v in c.items() if k != "ink"} for c in word(5, split=True)]
    assert doubt(chars).marks == 0 and not doubt(chars).unreliable


def test_a_mark_on_another_line_does_not_share_an_origin():
    chars = [char("ก", 0, 4), char("\u0e34", 0, 8, ink=(4, 8), bottom=60.0)] * 4
    assert doubt(chars).shared_origin == 0


def test_a_doubted_page_is_read_by_pdfplumber_and_named(monkeypatch):
    """The fallback itself, whatever pages the signal picks: page 2 of a sample doubted, read by
    pdfplumber (its blocks are pdfplumber's), and the check says which page and why."""
    from extract.readers import pdf as pdf_reader
    from extract.readers.text_layer_trust import TextLayerDoubt

    path = SAMPLES / "pdf" / "001_adca4484352dee47.pdf"
    data = path.read_bytes()
    plumber = read_pdf(data, path.name, "sha", pdf_reader="pdfplumber")
    calls = iter(range(1, 100))
    monkeypatch.setattr(pdf_reader, "doubt", lambda chars: TextLayerDoubt(10, 9 if next(calls) == 2 else 0))
    doc = read_pdf(data, path.name, "sha")
    assert blocks(doc) == blocks(plumber)
    reread = [c for c in doc.checks if c.code == "TEXT_LAYER_REREAD"]
    assert [c.message for c in reread] == [
        "Pages 2 were read with pdfplumber: pdfium's characters there are unreliable "
        "(9 of 10 Thai marks share one glyph with their base letter)."]


def test_a_doubted_page_pdfplumber_fails_on_keeps_the_pdfium_reading(monkeypatch):
    """Better pdfium's doubtful text than none: the page is read, and not said to be reread."""
    from extract.readers import pdf as pdf_reader
    from extract.readers import pdf_pdfium
    from extract.readers.text_layer_trust import TextLayerDoubt

    path = SAMPLES / "pdf" / "001_adca4484352dee47.pdf"
    data = path.read_bytes()
    own = read_pdf(data, path.name, "sha")
    monkeypatch.setattr(pdf_reader, "doubt", lambda chars: TextLayerDoubt(10, 10))

    def broken(self, index):
        raise RuntimeError("pdfplumber failed")

    monkeypatch.setattr(pdf_pdfium.PdfiumPdf, "fallback_page", broken)
    doc = read_pdf(data, path.name, "sha")
    assert blocks(doc) == blocks(own)
    assert doc.checks == own.checks and "TEXT_LAYER_REREAD" not in {c.code for c in doc.checks}

"""Bold Thai printed by Chromium with a font that has no bold face: the glyphs are drawn by a Type 3
font (no font program). pdfium derives such a font's descent from the glyphs it has loaded so far,
so the two Type 3 fonts of one bold line got descents a quarter of the size apart and the leading
vowels (เ แ โ ใ, in the second font) fell on a line of their own: the title lost its body's name,
the province read "ขอน" and the table's header cells were cut. Fixture samples/chromium/type3_bold.*
(written for this test, in words of no seed or real file)."""
import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from extract.document import Line
from extract.pipeline import extract_document
from extract.readers.pdf import read_pdf
from tests.conftest import SAMPLES

FIXTURE = SAMPLES / "chromium" / "type3_bold.pdf"


def _fonts_without_program() -> int:
    """How many text objects of the fixture's page are drawn with a font that carries no program."""
    page = pdfium.PdfDocument(FIXTURE)[0]
    count = 0
    for obj in page.get_objects():
        if obj.type == raw.FPDF_PAGEOBJ_TEXT:
            size = ctypes.c_size_t()
            raw.FPDFFont_GetFontData(raw.FPDFTextObj_GetFont(obj.raw), None, 0, ctypes.byref(size))
            count += size.value == 0
    return count


def _lines(reader: str) -> list[str]:
    doc = read_pdf(FIXTURE.read_bytes(), FIXTURE.name, "sha", pdf_reader=reader)
    return [b.text for b in doc.blocks if isinstance(b, Line)]


def test_the_fixture_draws_its_bold_text_with_type3_fonts():
    assert _fonts_without_program() > 0


def test_bold_lines_read_whole_by_both_readers():
    lines = _lines("pdfium")
    assert lines[:3] == ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                         "องค์การบริหารส่วนตำบลโนนสะอาด อำเภอเมือง จังหวัดขอนแก่น",
                         "ประจำปีงบประมาณ พ.ศ. 2568 (รอบ 6 เดือน)"]
    assert lines == _lines("pdfplumber")


def test_the_records_of_a_report_with_a_bold_title_and_header():
    result = extract_document(read_pdf(FIXTURE.read_bytes(), FIXTURE.name, "sha"))
    r = result.report
    assert (r.organization, r.org_type, r.district, r.province, r.fiscal_year, r.report_kind) == (
        "องค์การบริหารส่วนตำบลโนนสะอาด", "องค์การบริหารส่วนตำบล", "เมืองขอนแก่น", "ขอนแก่น", 2568, "implementation")
    assert [(m.table, m.row, m.title, m.output, m.recommendation) for m in result.measures] == [
        ("implementation", 1, "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์",
         "เผยแพร่ครบทุกเดือน ตั้งแต่ตุลาคม 2567 ถึงมีนาคม 2568", "มอบหมายผู้รับผิดชอบสำรอง"),
        ("implementation", 2, "จัดอบรมให้ความรู้เรื่องการขัดกันระหว่างประโยชน์ส่วนตนและประโยชน์ส่วนรวม",
         "จัดอบรมเมื่อวันที่ 15 มกราคม 2568 ผู้เข้าร่วม 42 คน", "ควรจัดอบรมทุกปี"),
        # the suggestion column's cell empty: no recommendation, the problems met are no suggestion
        # (schemas/headers.FIELD_FALLBACKS stands them in only in a table without the column)
        ("implementation", 3, "เปิดช่องทางรับเรื่องร้องเรียนการทุจริตผ่านไลน์ทางการ", "อยู่ระหว่างดำเนินการ", None),
    ]


def test_pdfminer_says_nothing_on_the_terminal(tmp_path):
    # pdfplumber's pdfminer cannot parse these Type 3 fonts' FontBBox and logs a warning per font
    import subprocess
    import sys
    run = subprocess.run([sys.executable, "-m", "extract", "extract", str(FIXTURE), "--out", str(tmp_path / "out"),
                          "--reader", "pdfplumber", "--quiet"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "FontBBox" not in run.stderr and run.stderr.strip() == ""

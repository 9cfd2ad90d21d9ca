"""A bold heading under a paragraph whose last line ends near the right edge stands alone: the PDF reader
took that last line for a full one and ran the heading into it ("…ไม่เป็นปัจจุบันทุกด้านแนวทางการพัฒนา"),
so the numbered list under the heading had nothing naming it and gave no measures. A line set wholly in
a bold face under one set wholly in a regular face starts a paragraph (extract/readers/pdf.BOLD_FONT;
the pdfium reader now gives each char its font's name, as pdfminer does). LibreOffice PDFs made for
this test (samples/libreoffice/make_bold_headings.py): a municipality's analysis, a hospital's notice."""
import pytest

from extract import extract_paths
from extract.limits import PDF_READERS
from tests.conftest import SAMPLES, pdf_lines

FOLDER = SAMPLES / "libreoffice"


def _lines(name, engine):
    return pdf_lines(FOLDER / name, engine)


@pytest.mark.parametrize("engine", PDF_READERS)
def test_the_heading_is_a_line_of_its_own(engine):
    lines = _lines("bold_headings_analysis.pdf", engine)
    assert lines[3:5] == ["จุดที่ควรพัฒนาเพิ่มเติม: ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนน ๘๑.๒๐ คะแนน "
                          "เนื่องจากข้อมูลบางรายการยังไม่เป็นปัจจุบันทุกด้าน", "แนวทางการพัฒนา"]


def test_the_list_under_the_heading_gives_its_improvements():
    [result] = extract_paths([FOLDER / "bold_headings_analysis.pdf"])
    assert [(m.table, m.row, m.title, m.where.page) for m in result.measures] == [
        ("improvement", 1, "๑. มอบหมายผู้รับผิดชอบปรับปรุงข้อมูลแต่ละรายการ", 1),
        ("improvement", 2, "๒. ตรวจสอบความครบถ้วนของข้อมูลก่อนสิ้นไตรมาส", 1),
        ("improvement", 3, "๓. รายงานผลต่อนายกเทศมนตรีทุกเดือน", 1)]


def test_a_notice_whose_bold_heading_names_the_measures():
    # other words and font: the heading names the measures; the closing line ends the list
    [result] = extract_paths([FOLDER / "bold_headings_notice.pdf"])
    assert (result.report.organization, result.report.fiscal_year) == ("โรงพยาบาลบ้านแท่น", 2568)
    assert [(m.table, m.title) for m in result.measures] == [
        ("plan", "๑. ห้ามบุคลากรรับเงินหรือประโยชน์อื่นใดจากผู้รับบริการหรือผู้ค้า"),
        ("plan", "๒. ให้หัวหน้ากลุ่มงานกำกับดูแลการจัดซื้อจัดจ้างอย่างใกล้ชิด"),
        ("plan", "๓. ให้ผู้รับบริการแจ้งเบาะแสผ่านกล่องรับความคิดเห็นหน้าห้องบัตร")]
    assert "มาตรการป้องกันการรับสินบน" in _lines("bold_headings_notice.pdf", PDF_READERS[0])

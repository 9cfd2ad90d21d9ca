"""Paragraphs that each open with a labelled number ("ตัวชี้วัดที่ ๙ …" over "ตัวชี้วัดที่ ๘ …", "มาตรการที่ 1 …"
over "มาตรการที่ 2 …") stay apart in a PDF when a paragraph's last line ends nearer the right edge than the
next label's first word is wide: the reader took that for a wrap and ran them into one, so indicator 8's
finding was read as indicator 9's, and a notice's three measures gave none. A line opening with the
label and another number of the paragraph above starts a paragraph (schemas/closing_cues.ITEM_LABELS).
LibreOffice PDFs made for this test (samples/libreoffice/make_labelled_items.py)."""
import pytest

from extract import extract_paths
from extract.limits import PDF_READERS
from tests.conftest import SAMPLES, pdf_lines

FOLDER = SAMPLES / "libreoffice"


def _lines(name, engine):
    return pdf_lines(FOLDER / name, engine)


@pytest.mark.parametrize("engine", PDF_READERS)
def test_two_indicators_paragraphs_stay_apart(engine):
    lines = _lines("labelled_findings.pdf", engine)
    assert lines[lines.index("ส่วนที่ ๒ ประเด็นที่ต้องพัฒนา") + 1:][:2] == [
        "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนนต่ำสุด เนื่องจากไม่ได้เผยแพร่รายงานการกำกับติดตามการใช้จ่ายงบประมาณรอบ ๖ เดือน",
        "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน ผู้รับบริการเห็นว่ายังไม่มีช่องทางออนไลน์ในการขอรับบริการ"]


@pytest.mark.parametrize("name", ["labelled_findings.pdf", "labelled_findings.docx"])
def test_each_indicator_has_its_finding(name):
    [result] = extract_paths([FOLDER / name])
    assert [(f.indicator, f.tool, f.text) for f in result.findings] == [
        (9, "OIT", "ได้คะแนนต่ำสุด เนื่องจากไม่ได้เผยแพร่รายงานการกำกับติดตามการใช้จ่ายงบประมาณรอบ ๖ เดือน"),
        (8, "EIT", "ผู้รับบริการเห็นว่ายังไม่มีช่องทางออนไลน์ในการขอรับบริการ")]
    assert (result.report.organization, result.report.overall_score, len(result.scores)) == (
        "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองหิน", 88.42, 11)


@pytest.mark.parametrize("name", ["labelled_measures.pdf", "labelled_measures.docx"])
def test_a_notices_labelled_measures(name):
    [result] = extract_paths([FOLDER / name])
    assert [(m.table, m.title) for m in result.measures] == [
        ("plan", "มาตรการที่ 1 การป้องกันผลประโยชน์ทับซ้อน ให้พนักงานส่วนตำบลทุกคนรายงานความสัมพันธ์กับ"
                 "ผู้ยื่นข้อเสนอในการจัดซื้อจัดจ้างทุกแห่ง"),
        ("plan", "มาตรการที่ 2 การเผยแพร่ข้อมูลสาธารณะ ให้สำนักปลัดปรับปรุงข้อมูลบนเว็บไซต์ขององค์การบริหารส่วนตำบลทุกเดือน"),
        ("plan", "มาตรการที่ 3 การรับเรื่องร้องเรียน ให้ตอบกลับผู้ร้องเรียนภายใน 15 วัน")]
    assert (result.report.organization, result.report.fiscal_year) == ("องค์การบริหารส่วนตำบลหนองกุงศรี", 2568)

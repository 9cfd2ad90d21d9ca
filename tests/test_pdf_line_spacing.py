"""A tall Thai font at Word's default line spacing (1.15: Laksaman leaves 0.97 font sizes between a
paragraph's lines, Norasi 0.96, Kinnari 1.05, Garuda 1.16), or any font at 1.5, sets a paragraph's lines
further apart than the reader's fixed LINE_GAP (0.9): every line was a paragraph of its own, so the
overall score's sentence was cut from the ITA named on the line above it (no score, found by a blind
PDF) and the findings were cut to their first lines. The page's own spacing, the median gap under its
full lines, now counts too (extract/readers/pdf._line_spacing). LibreOffice PDFs made for this test
(samples/libreoffice/make_spaced_lines.py); real PDFs in TH SarabunPSK measure 0.13-0.3."""
import pytest

from extract import extract_paths
from extract.limits import PDF_READERS
from tests.conftest import SAMPLES, pdf_lines

FOLDER = SAMPLES / "libreoffice"
FINDINGS = [
    (9, "ได้คะแนนต่ำที่สุด เนื่องจากยังไม่ได้เผยแพร่รายงานผลการจัดซื้อจัดจ้างประจำปีและรายงานการกำกับติดตามการใช้จ่าย"
        "งบประมาณรอบหกเดือนบนเว็บไซต์ของหน่วยงาน"),
    (7, "ผู้รับบริการเห็นว่ายังประชาสัมพันธ์ผลการดำเนินงานและช่องทางการร้องเรียนผ่านสื่อออนไลน์ไม่ทั่วถึงทุกชุมชนในพื้นที่")]


@pytest.mark.parametrize("engine", PDF_READERS)
@pytest.mark.parametrize("name, body", [("spaced_lines.pdf", "เทศบาลตำบลหนองกุงศรี"),
                                        ("spaced_lines_15.pdf", "องค์การบริหารส่วนตำบลนาดี")])
def test_a_paragraphs_lines_run_on(engine, name, body):
    lines = pdf_lines(FOLDER / name, engine)
    assert lines[2:] == [
        f"{body}ได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567 "
        "ได้คะแนน 89.35 คะแนน อยู่ในระดับ A ซึ่งผ่านเกณฑ์ที่กำหนด", "ประเด็นที่ต้องพัฒนา",
        f"ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล {FINDINGS[0][1]}", f"ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร {FINDINGS[1][1]}"]


@pytest.mark.parametrize("name", ["spaced_lines.pdf", "spaced_lines_15.pdf"])
def test_the_score_and_findings(name):
    [result] = extract_paths([FOLDER / name])
    assert [(s.level, s.score, s.grade) for s in result.scores] == [("overall", 89.35, "A")]
    assert [(f.indicator, f.text) for f in result.findings] == FINDINGS

"""A PDF line that ends short of the right edge because the next word did not fit ("…ข้อมูลข่าวสารของ"
over "เทศบาล": a long Thai word wrapped whole) runs on into the next line when that line starts at the
text's left edge in the same size: it ended its paragraph, so a finding stopped at "…ของ" and a score
sentence lost its grade. A first word that would have fitted starts a new paragraph. Fixtures:
samples/libreoffice/analysis_headings (a Word file, its LibreOffice PDF and .doc), samples/chromium."""
from extract import extract_paths
from extract.readers.pdf import _left_wrap
from tests.conftest import SAMPLES

FOLDER = SAMPLES / "libreoffice"
FINDINGS = [(2, "ประเด็นที่ต้องพัฒนา บุคลากรภายในยังไม่ทราบรายละเอียดของแผนการใช้จ่ายงบประมาณประจำปี"),
            (7, "ประเด็นที่ต้องพัฒนา ประชาชนบางส่วนยังเข้าไม่ถึงข้อมูลข่าวสารของเทศบาล")]


def test_the_pdf_gives_the_word_files_findings():
    for result in extract_paths([FOLDER / f"analysis_headings.{ext}" for ext in ("docx", "pdf", "doc")]):
        assert [(f.indicator, f.text) for f in result.findings] == FINDINGS, result.report.source_file


def test_a_score_sentence_wrapped_before_a_long_word_keeps_its_grade():
    html, pdf = extract_paths([SAMPLES / "chromium" / "score_prose.html", SAMPLES / "chromium" / "score_prose.pdf"])
    assert (pdf.report.overall_score, pdf.report.overall_grade) == (html.report.overall_score, html.report.overall_grade) == (88.45, "A")


def _line(x0, x1, text, top=0.0):
    head = []
    x = x0
    for ch in text:
        head.append({"text": ch, "x0": x, "x1": x + 8.0})
        x += 8.0
    return {"x0": x0, "x1": x1, "top": top, "bottom": top + 16.0, "size": 16.0, "text": text, "head": head}


def test_the_room_left_decides():
    prev = _line(50.0, 480.0, "…ข้อมูลข่าวสารของ")
    assert _left_wrap(prev, _line(50.0, 98.0, "เทศบาล", 20.0), 50.0, 520.0)          # 48 pt did not fit in 40
    assert not _left_wrap(prev, _line(50.0, 74.0, "และ", 20.0), 50.0, 520.0)          # 24 pt would have fitted
    assert not _left_wrap(prev, _line(90.0, 138.0, "เทศบาล", 20.0), 50.0, 520.0)      # an indented line: a new paragraph

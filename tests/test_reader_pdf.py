"""PDF reading on the two real published PDFs (samples/real) and on broken PDFs."""
import io
import json
import subprocess
import sys

import pikepdf
import pytest
import regex

from extract import extract_file, extract_paths, write
from extract.readers import ocr
from extract.readers.pdf import join_cell_lines
from tests.conftest import ROOT, SAMPLES

REAL = SAMPLES / "real"
NOTICE = REAL / "nongyai_sso_2563_procurement_measures.pdf"
HOSPITAL = REAL / "namyuen_hospital_2567_anticorruption_plan_report.pdf"


def all_text(result):
    parts = [str(v) for v in result.report.model_dump().values() if isinstance(v, str)]
    for m in result.measures:
        parts += [m.title, *m.steps, *m.responsible] + [v for v in (m.rationale, m.output, m.section) if v]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def notice():
    return extract_file(NOTICE)


@pytest.fixture(scope="module")
def hospital():
    return extract_file(HOSPITAL)


def test_notice_lost_sara_am_is_repaired(notice):
    text = all_text(notice)
    assert notice.report.organization == "สำนักงานสาธารณสุขอำเภอหนองใหญ่"
    assert not regex.search(r"[ก-ฮ] า", text), regex.findall(r".{8}[ก-ฮ] า.{8}", text)
    assert "THAI_REPAIRED" in {c.code for c in notice.checks}


def test_notice_numbered_paragraphs_are_plan_measures_with_pages(notice):
    titles = [m.title for m in notice.measures]
    assert len(titles) == 14 and titles[0].startswith("๑.จัดทำแผนจัดซื้อจัดจ้างประจำปี")
    assert titles[11].endswith("การจัดซื้อจัดจ้าง") and "/๑๓" not in titles[11]   # continuation cue dropped
    assert {m.table for m in notice.measures} == {"plan"}
    assert [m.page for m in notice.measures][-2:] == [2, 2] and notice.measures[0].page == 1
    assert (notice.report.fiscal_year, notice.report.district, notice.report.province) == (2563, "หนองใหญ่", "ชลบุรี")


def test_hospital_marks_and_strategy_sections(hospital):
    text = all_text(hospital)
    assert "จัดการอบรม" in text and "จดั การ" not in text
    assert len(hospital.measures) == 8
    strategies = [regex.match(r"กลยุทธ์ที่\s*(\d)", m.section).group(1) for m in hospital.measures]
    assert strategies == ["1", "1", "2", "2", "3", "3", "3", "4"]
    assert not any(m.title.startswith("กลยุทธ์") for m in hospital.measures)
    first = hospital.measures[0]
    assert first.steps == ["จัดการอบรมให้ความรู้แก่บุคลากรในหน่วยงาน", "สอดแทรกความรู้ในที่ประชุมประจำเดือนทุกเดือน"]
    assert first.rationale.startswith("- เพื่อให้บุคลากรมีความรู้") and first.table == "implementation"
    assert [m.page for m in hospital.measures] == [1, 1, 1, 2, 2, 2, 2, 3]


def test_real_pdfs_against_gold(tmp_path):
    write(extract_paths([REAL]), tmp_path)
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "ita_score.py"), "--gold",
                           str(SAMPLES / "gold-real"), "--out", str(tmp_path), "--json"],
                          capture_output=True, text=True, check=True)
    summary = json.loads([l for l in proc.stdout.splitlines() if l.startswith("{")][0])
    assert summary["overall"]["f1"] >= 0.90


def test_cell_lines_join_without_space_inside_thai_words():
    assert join_cell_lines("การดำเนิน\nงานของหน่วยงาน\n๒.รายงานผล") == "การดำเนินงานของหน่วยงาน ๒.รายงานผล"
    assert join_cell_lines("No Gift\nPolicy") == "No Gift Policy"
    assert join_cell_lines("- ข้อแรก\n- ข้อสอง") == "- ข้อแรก - ข้อสอง"
    assert join_cell_lines(None) == ""


def _small_pdf() -> bytes:
    out = io.BytesIO()
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(out)
    return out.getvalue()


def test_encrypted_corrupt_and_fake_pdfs_fail_with_clear_codes(tmp_path):
    encrypted = tmp_path / "locked.pdf"
    with pikepdf.open(NOTICE) as pdf:
        pdf.save(encrypted, encryption=pikepdf.Encryption(owner="o", user="secret"))
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(NOTICE.read_bytes()[:3000])
    html = tmp_path / "page.pdf"
    html.write_text("<html><body>ประกาศ</body></html>", encoding="utf-8")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.pdf"
    blank.write_bytes(_small_pdf())
    codes = {p.name: {c.code for c in extract_file(p).checks} for p in (encrypted, truncated, html, empty, blank)}
    assert codes["locked.pdf"] == {"READ_ENCRYPTED"}
    assert codes["truncated.pdf"] == {"READ_FAILED"}
    assert codes["page.pdf"] == {"READ_FAILED"}
    assert codes["empty.pdf"] == {"READ_EMPTY"}
    assert codes["blank.pdf"] == {"READ_FAILED"}


def test_ocr_words_become_lines_and_table_rows():
    words = [
        {"text": "สรุปผล", "x0": 100, "x1": 300, "top": 10, "bottom": 40, "line": (1, 1, 1)},
        {"text": "1", "x0": 100, "x1": 120, "top": 60, "bottom": 90, "line": (1, 1, 2)},
        {"text": "การใช้อำนาจ", "x0": 400, "x1": 700, "top": 60, "bottom": 90, "line": (1, 1, 2)},
        {"text": "100.00", "x0": 1800, "x1": 1950, "top": 60, "bottom": 90, "line": (1, 1, 2)},
        {"text": "2", "x0": 100, "x1": 120, "top": 100, "bottom": 130, "line": (1, 1, 3)},
        {"text": "การใช้", "x0": 400, "x1": 520, "top": 100, "bottom": 130, "line": (1, 1, 3)},
        {"text": "งบประมาณ", "x0": 540, "x1": 700, "top": 100, "bottom": 130, "line": (1, 1, 3)},
        {"text": "99.50", "x0": 1800, "x1": 1950, "top": 100, "bottom": 130, "line": (1, 1, 3)},
    ]
    blocks = ocr.words_to_blocks(words, 2480, 4)
    assert blocks[0].text == "สรุปผล" and blocks[0].page == 4
    assert [r.cells for r in blocks[1].rows] == [["1", "การใช้อำนาจ", "100.00"], ["2", "การใช้ งบประมาณ", "99.50"]]


def test_scanned_page_without_tesseract_says_how_to_install(monkeypatch, tmp_path):
    from PIL import Image
    import img2pdf
    image = tmp_path / "scan.png"
    Image.new("L", (1240, 1754), 255).save(image)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(img2pdf.convert(str(image)))
    monkeypatch.setattr(ocr, "available", lambda: (False, "tesseract is not installed"))
    result = extract_file(scan)
    check = next(c for c in result.checks if c.code == "OCR_UNAVAILABLE")
    assert "apt-get install tesseract-ocr tesseract-ocr-tha" in check.message and check.page == 1
    assert result.report.status == "failed"
    assert "OCR_USED" in {c.code for c in result.checks}

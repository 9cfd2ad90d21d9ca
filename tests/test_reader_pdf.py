"""PDF reading on the two real published PDFs (samples/real) and on broken PDFs."""
import json
import subprocess
import sys

import pikepdf
import pytest
import regex

from extract import extract_file, extract_paths, write
from extract.readers import ocr
from extract.readers.pdf import join_cell_lines
from tests.conftest import ROOT, SAMPLES, blank_pdf, need_tesseract

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


@pytest.mark.slow
def test_real_pdfs_against_gold(tmp_path):
    write(extract_paths([REAL]), tmp_path)
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "ita_score.py"), "--gold",
                           str(SAMPLES / "gold-real"), "--out", str(tmp_path), "--json"],
                          capture_output=True, text=True, check=True)
    summary = json.loads([l for l in proc.stdout.splitlines() if l.startswith("{")][0])
    assert summary["overall"]["f1"] >= 0.97  # issue 11: every real set ≥ 0.97


def test_cell_lines_join_without_space_inside_thai_words():
    assert join_cell_lines("การดำเนิน\nงานของหน่วยงาน\n๒.รายงานผล") == "การดำเนินงานของหน่วยงาน ๒.รายงานผล"
    assert join_cell_lines("No Gift\nPolicy") == "No Gift Policy"
    assert join_cell_lines("- ข้อแรก\n- ข้อสอง") == "- ข้อแรก - ข้อสอง"
    assert join_cell_lines(None) == ""


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
    blank.write_bytes(blank_pdf())
    codes = {p.name: {c.code for c in extract_file(p).checks} for p in (encrypted, truncated, html, empty, blank)}
    assert codes["locked.pdf"] == {"READ_ENCRYPTED"}
    assert codes["truncated.pdf"] == {"READ_FAILED"}
    # a web page saved as .pdf is read as the page it is (extract/readers/content_type.py): no ITA in it
    assert codes["page.pdf"] == {"READ_BY_CONTENT", "NOT_ITA", "METADATA_MISSING"}
    assert codes["empty.pdf"] == {"READ_EMPTY"}
    assert codes["blank.pdf"] == {"READ_FAILED"}


def test_ocr_text_becomes_lines_and_table_rows_without_border_debris():
    text = ("สรุปผลการประเมินรายตัวชี้วัด\n"
            "1                 การปฏิรูปดัชนีชี่วัด      |                                 100.00\n"
            "2               . การใช้งบประมาณ                       [ 99.50 |\n"
            "ปี 2568    |\n")
    blocks = ocr.text_to_blocks(text, 4)
    assert blocks[0].text == "สรุปผลการประเมินรายตัวชี้วัด" and blocks[0].page == 4
    assert [r.cells for r in blocks[1].rows] == [["1", "การปฏิรูปดัชนีชี่วัด", "100.00"],
                                                   ["2", "การใช้งบประมาณ", "99.50"]]
    assert blocks[2].text == "ปี 2568"


def test_ruling_lines_are_erased_and_strokes_kept():
    import numpy as np
    page = np.full((200, 300), 255, np.uint8)
    page[10:190, 150] = 0          # vertical rule
    page[100, 5:295] = 0           # horizontal rule crossing it
    page[40:48, 40:44] = 0         # a short text stroke
    out = ocr.erase_rules(page.copy(), 0.3)
    assert (out[10:190, 150] == 255).all() and (out[100, 5:295] == 255).all()
    assert (out[40:48, 40:44] == 0).all()


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


def test_failed_ocr_page_names_its_page(monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: (True, ""))

    def fail(data, number):
        raise RuntimeError("tesseract timed out")
    monkeypatch.setattr(ocr, "_ocr_text", fail)
    checks = []
    assert ocr.read_page(b"%PDF", 7, checks) == []
    (check,) = checks
    assert (check.code, check.page, check.location) == ("OCR_FAILED", 7, "page 7")
    assert check.message == "OCR of page 7 failed: RuntimeError: tesseract timed out"
    assert check.message_th == "การอ่านหน้า 7 ด้วย OCR ไม่สำเร็จ: โปรแกรมแจ้งว่า “RuntimeError: tesseract timed out”"




@pytest.mark.ocr
def test_scanned_report_metadata_and_score_table_by_ocr():
    need_tesseract()
    result = extract_file(SAMPLES / "scanned" / "003_1ad6433f7b2808bc.pdf")
    report = result.report
    assert report.status == "partial" and report.reader == "pdf+ocr"
    assert (report.organization, report.district, report.province, report.fiscal_year) == (
        "เทศบาลตำบลสบปราบ", "สบปราบ", "ลำปาง", 2568)
    table = {s.indicator: s.score for s in result.scores if s.level == "indicator" and s.fiscal_year == 2568}
    assert table == {1: 100.0, 2: 100.0, 3: 100.0, 4: 100.0, 5: 100.0, 6: 99.63, 7: 99.37, 8: 99.41,
                     9: 95.0, 10: 100.0}
    used = next(c for c in result.checks if c.code == "OCR_USED")
    assert used.message.startswith("Pages 1, 2, 3, 4, 5 ")


def _tsv(lines: list[tuple[list[str], float]]) -> str:
    """Tesseract's TSV for lines of words, each line's words at one confidence."""
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for n, (words, conf) in enumerate(lines, 1):
        rows.append(f"4\t1\t1\t1\t{n}\t0\t0\t0\t0\t0\t-1\t")
        rows += [f"5\t1\t1\t1\t{n}\t{k}\t0\t0\t0\t0\t{conf}\t{w}" for k, w in enumerate(words, 1)]
    return "\n".join(rows) + "\n"


def test_ocr_noise_lines_are_dropped_and_words_kept():
    # as Tesseract read a scanned notice: the marks above item 1 as a line of stray letters
    text = ("กำหนดมาตรการ ดังนี้\n"
            "v           a  ๑              a   as        aA we\n"
            "๑. ให้บุคลากรจัดทำแบบแสดงความบริสุทธิ์ใจ\n\n"
            "ITA    ok\n"
            "2567\n")
    tsv = _tsv([(["กำหนดมาตรการ", "ดังนี้"], 94), (["v", "a", "๑", "a", "as", "aA", "we"], 78),
                (["๑.", "ให้บุคลากรจัดทำแบบแสดงความบริสุทธิ์ใจ"], 95), (["ITA", "ok"], 91), (["2567"], 60)])
    kept, dropped = ocr.drop_ghost_lines(text, tsv)
    assert dropped == ["v           a  ๑              a   as        aA we"]
    # a line read with confidence, and a number read without, stay
    assert kept == "กำหนดมาตรการ ดังนี้\n๑. ให้บุคลากรจัดทำแบบแสดงความบริสุทธิ์ใจ\n\nITA    ok\n2567\n"
    # text and TSV that do not line up: nothing is dropped
    assert ocr.drop_ghost_lines(text, _tsv([(["x"], 10)])) == (text, [])


@pytest.mark.ocr
def test_a_scanned_notice_gives_its_measures_without_ocr_noise():
    # samples/scanned/notice_scan.*: a notice printed by Chromium, rasterised at 200 dpi, turned 0.8°
    need_tesseract()
    result = extract_file(SAMPLES / "scanned" / "notice_scan.pdf")
    assert result.report.organization == "องค์การบริหารส่วนตำบลบ้านโคก"
    titles = [m.title for m in result.measures]
    # item ๔ was read "๕." by Tesseract and the list stopped before it; its glyph now reads ๔
    # (extract/readers/ocr_digits.py), so the scan gives the notice's four measures
    assert titles == ["๑. ให้บุคลากรทุกคนจัดทำแบบแสดงความบริสุทธิใจในการปฏิบัติหน้าที่ภายในเดือนพฤศจิกายน",
                      "๒. ห้ามบุคลากรรับของขวัญหรือประโยชน์อื่นใดจากผู้มาติดต่อราชการ",
                      "๓. ให้หัวหน้าส่วนราชการกำกับดูแลการจัดซื้อจัดจ้างมิให้มีผลประโยชน์ทับซ้อน",
                      "๔. ให้รายงานผลการดำเนินการตามมาตรการต่อนายกองค์การบริหารส่วนตำบลทุกหกเดือน"]
    assert {m.table for m in result.measures} == {"plan"}
    noise = next(c for c in result.checks if c.code == "OCR_NOISE_DROPPED")
    assert noise.page == 1 and noise.source_text


def test_a_running_header_is_kept_where_it_first_appears_and_footers_dropped():
    # a Word export whose page header names the body on every page: the name is printed nowhere else
    from extract.document import Line
    from extract.readers.pdf import _drop_running_lines
    head = "องค์การบริหารส่วนตำบลบ้านต๋อม อำเภอเมือง จังหวัดพะเยา"
    foot = "แผนปฏิบัติการป้องกันการทุจริต หน้า {}"
    pages = [[Line(text=head, page=n), ("header", head), Line(text=f"มาตรการที่ {n}", page=n),
              Line(text=foot.format(n), page=n), ("footer", foot.format(n))] for n in (1, 2, 3, 4)]
    _drop_running_lines(pages)
    assert [[b.text for b in blocks] for blocks in pages] == [
        [head, "มาตรการที่ 1"], ["มาตรการที่ 2"], ["มาตรการที่ 3"], ["มาตรการที่ 4"]]

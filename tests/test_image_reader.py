"""Pictures (a result announcement posted as an image, a scanned page saved as PNG, JPEG or TIFF) named
on the command line are read by OCR as a scanned PDF's pages are (extract/readers/image.py); under a
folder they are left out (a site's logos and banners are no reports). The pictures are
samples/scanned/ruled_scores_scan.pdf's page rendered at the OCR's 300 dpi: each gives the scanned PDF's
scores exactly."""
from __future__ import annotations

import io

import pytest

from extract import extract_file, extract_paths
from extract.batch import expand
from tests.conftest import SCORE_SCAN_SCORES, need_tesseract, score_scan_page

SCORES = SCORE_SCAN_SCORES
_page = score_scan_page


def _scores(result):
    return [(s.fiscal_year, s.level, s.tool, s.score, s.grade) for s in result.scores]


@pytest.mark.ocr
@pytest.mark.parametrize("name, options", [("scores.png", {}), ("scores.jpg", {"quality": 95}),
                                           ("scores.tif", {"compression": "tiff_lzw"})])
def test_a_picture_of_a_score_table_gives_its_scores(tmp_path, name, options):
    need_tesseract()
    path = tmp_path / name
    _page().save(path, **options)
    result = extract_file(path)
    assert (result.report.reader, result.report.status) == ("image+ocr", "partial")
    assert _scores(result) == SCORES
    assert (result.report.overall_score, result.report.overall_grade) == (89.96, "A")


@pytest.mark.ocr
def test_a_small_picture_is_read_enlarged(tmp_path):
    # the page at 150 dpi (a scan saved small, a post's image): read as it was, no word of its table
    need_tesseract()
    page = _page()
    path = tmp_path / "small.png"
    page.resize((page.width // 2, page.height // 2)).save(path)
    # every score exactly; the grade's cell, a lone letter, is not read back at this size (left out, not guessed)
    assert [s[:4] for s in _scores(extract_file(path))] == [s[:4] for s in SCORES]


@pytest.mark.ocr
def test_a_picture_under_another_name_is_read_by_its_bytes(tmp_path):
    need_tesseract()
    path = tmp_path / "download.php"
    buf = io.BytesIO()
    _page().save(buf, format="PNG")
    path.write_bytes(buf.getvalue())
    result = extract_file(path)
    assert _scores(result) == SCORES
    assert [c.code for c in result.checks if c.code == "READ_BY_CONTENT"] == ["READ_BY_CONTENT"]


def test_a_broken_picture_is_a_failed_row_saying_why(tmp_path):
    path = tmp_path / "banner.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 not really a JPEG")
    [result] = extract_paths([path])
    assert result.report.status == "failed"
    [check] = [c for c in result.checks if c.severity == "error"]
    assert check.code == "READ_FAILED"
    assert check.message.startswith("The file could not be read: not an image the imaging library can open")


def test_pictures_under_a_folder_are_left_out(tmp_path):
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "banner").write_bytes(b"\xff\xd8\xff\xe0")  # a picture with no ending
    (tmp_path / "report.txt").write_text("รายงาน", encoding="utf-8")
    assert [p.name for p in expand([tmp_path])] == ["report.txt"]
    assert [p.name for p in expand([tmp_path / "logo.png"])] == ["logo.png"]  # named: read

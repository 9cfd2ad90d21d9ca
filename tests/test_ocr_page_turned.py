"""A scanned page lying on its side (a landscape page fed through the scanner upright) or upside down is
turned upright before the OCR reads it (extract/readers/ocr_orientation.py); it read as noise and the file
failed. The pages here
are samples/scanned/ruled_scores_scan.pdf rendered at the OCR's own 300 dpi and turned a quarter either
way without loss (PIL's transpose), so the turned page gives the upright page's records exactly."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from extract import extract_file
from extract.readers import ocr, ocr_orientation
from tests.conftest import SCORE_SCAN_SCORES, need_tesseract, score_scan_page

SCORES = SCORE_SCAN_SCORES
_page_image = score_scan_page


def _scan(tmp_path: Path, image: Image.Image, name: str) -> Path:
    path = tmp_path / name
    image.save(path, resolution=ocr.DPI)
    return path


def test_only_a_page_whose_columns_are_as_gappy_as_its_rows_is_suspected():
    pixels = ocr.erase_rules(ocr._gray(_page_image()))
    assert not ocr_orientation.maybe_on_its_side(pixels)
    assert ocr_orientation.maybe_on_its_side(np.ascontiguousarray(np.rot90(pixels)))
    assert not ocr_orientation.maybe_on_its_side(np.full((100, 80), 255, np.uint8))  # a blank page


@pytest.mark.ocr
@pytest.mark.parametrize("transpose, degrees", [(Image.Transpose.ROTATE_90, 90), (Image.Transpose.ROTATE_270, 270),
                                                (Image.Transpose.ROTATE_180, 180)])
def test_a_page_scanned_turned_gives_the_upright_pages_scores(tmp_path, transpose, degrees):
    need_tesseract()
    image = _page_image()
    upright = extract_file(_scan(tmp_path, image, "upright.pdf"))
    turned = extract_file(_scan(tmp_path, image.transpose(transpose), "turned.pdf"))
    assert [(s.fiscal_year, s.level, s.tool, s.score, s.grade) for s in upright.scores] == SCORES
    assert [(s.fiscal_year, s.level, s.tool, s.score, s.grade) for s in turned.scores] == SCORES
    assert turned.report.status == upright.report.status  # "partial": read by OCR
    # turned a quarter counter-clockwise (PIL's ROTATE_90) is stood up by a quarter clockwise
    assert [(c.code, c.where.page) for c in turned.checks if c.code == "OCR_PAGE_TURNED"] == [("OCR_PAGE_TURNED", 1)]
    assert next(c for c in turned.checks if c.code == "OCR_PAGE_TURNED").message.startswith(
        f"Page 1 was scanned on its side or upside down; it was turned {degrees}° clockwise")
    assert not [c for c in upright.checks if c.code == "OCR_PAGE_TURNED"]

"""A scanned page turned straight before its OCR (extract/readers/ocr_deskew.py).

Office scanners leave a sheet 1-2° askew; the grid reader's drift allowance covers ~0.6°. On the
scans of samples/scanned turned 1°, 1.5° and 2.5° the grid broke into pieces (1°: rows lost) or was
not found at all (1.5°, 2.5°), and the measures were lost or merged. The tilt is measured from the
ink (projection profiles) and undone with Pillow."""
from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from extract.readers import ocr, ocr_deskew

COLUMNS = (150, 500, 900, 1300, 1700)
ROWS = (300, 420, 540, 660, 780, 900)


def _page(degrees: float) -> Image.Image:
    """A 4-column ruled table of 5 rows (rules 3 px wide) with a line of text-like marks in each cell,
    on an A4 page at 300 dpi, turned ``degrees`` counter-clockwise."""
    page = np.full((3508, 2480), 255, np.uint8)
    for y in ROWS:
        page[y:y + 3, COLUMNS[0]:COLUMNS[-1] + 3] = 0
    for x in COLUMNS:
        page[ROWS[0]:ROWS[-1] + 3, x:x + 3] = 0
    for top in ROWS[:-1]:
        for left in COLUMNS[:-1]:
            for k in range(6):  # "glyphs": short strokes on one line
                page[top + 40:top + 80, left + 30 + 40 * k:left + 50 + 40 * k] = 0
    return Image.fromarray(page).rotate(degrees, resample=Image.Resampling.BILINEAR, fillcolor=255)


@pytest.mark.parametrize("degrees", [1.0, 1.5, -2.0, 2.5])
def test_a_page_scanned_askew_is_turned_straight_and_its_grid_found(degrees):
    image = _page(degrees)
    askew = ocr.erase_rules_of_grid(ocr._gray(image))
    # (this page's rules, 3 px wide, still read whole at 1°; the scans' thinner ones did not)
    assert abs(degrees) <= 1 or askew is None or [len(row.cells) for t in askew.tables for row in t.rows] != [4, 4, 4, 4, 4]
    straight, tilt = ocr_deskew.straighten(image, ocr._gray(image) < ocr.DARK_LEVEL)
    assert tilt == pytest.approx(degrees, abs=0.05)
    grid = ocr.erase_rules_of_grid(ocr._gray(straight))
    assert grid is not None and len(grid.tables) == 1
    assert [len(row.cells) for row in grid.tables[0].rows] == [4, 4, 4, 4, 4]


def test_a_page_barely_askew_or_blank_is_left_as_it_is():
    image = _page(0.8)  # under 1°: Tesseract's own line finding copes with a page of text
    assert ocr_deskew.straighten(image, ocr._gray(image) < ocr.DARK_LEVEL) == (image, 0.0)
    blank = Image.new("L", (2480, 3508), 255)
    assert ocr_deskew.angle(ocr._gray(blank) < ocr.DARK_LEVEL) == 0.0

"""A scanned page lying on its side (a landscape table fed through the scanner upright): how far to turn
it before the OCR, which reads a turned page as noise.

Lines of text leave ink-free rows of pixels between them. On the scans at hand (samples/scanned, the
real scanned memo, the ruled probes of tests/test_ocr_grid.py: 21 upright pages) the share of ink-free
columns between the first and last inked column, rules erased, is at most 0.52 of the share of ink-free
rows; turned a quarter, at least 1.03 of it. Only where columns are as gappy as SUSPECT_SHARE of the rows
is Tesseract's orientation detection asked (``--psm 0`` with its ``osd`` model, about as slow as reading
a small page), so an upright page costs two sums over its pixels. The angle is taken when Tesseract
states it with at least MIN_CONFIDENCE (its own scale; the quarter-turned probes read 50-60). A page
upside down keeps its gaps in rows: it is caught by its reading instead. Tesseract reads an upright page's
words with a mean confidence of 91-95 (those scans, 16 pages) and the same pages upside down with 58-69; a
page read under UPRIGHT_MIN_CONFIDENCE is asked about too, and read again only if turned.
"""
from __future__ import annotations

import os
import subprocess
import tempfile

from normalize import patterns

# a row or column with less ink than this share of its pixels is ink-free
EMPTY_SHARE = 0.002
SUSPECT_SHARE = 0.8
MIN_CONFIDENCE = 5.0
UPRIGHT_MIN_CONFIDENCE = 80.0
# the detection reads a half-size image: as sure, half the time
OSD_SCALE = 0.5
TIMEOUT_SECONDS = 60
ROTATE = patterns.compile(r"Rotate:\s*(\d+)")
CONFIDENCE = patterns.compile(r"Orientation confidence:\s*([0-9.]+)")


def _gap_share(profile) -> float:
    """Share of ink-free entries between the first and the last inked one."""
    import numpy as np

    inked = np.nonzero(profile > EMPTY_SHARE)[0]
    if len(inked) < 2:
        return 0.0
    return float((profile[inked[0]:inked[-1] + 1] <= EMPTY_SHARE).mean())


def maybe_on_its_side(pixels) -> bool:
    """Do the page's columns (``pixels``: grey, rules erased) leave as many gaps as its rows?"""
    from extract.readers.ocr import DARK_LEVEL  # the OCR's own ink level (ocr imports this module)

    ink = pixels < DARK_LEVEL
    rows, cols = _gap_share(ink.mean(axis=1)), _gap_share(ink.mean(axis=0))
    return cols > 0 and cols >= SUSPECT_SHARE * rows


def read_poorly(confidences: list[float]) -> bool:
    """Were a page's words (their OCR confidences) read too poorly for it to stand upright?"""
    return bool(confidences) and sum(confidences) / len(confidences) < UPRIGHT_MIN_CONFIDENCE


def clockwise_turn(image) -> int:
    """Degrees (90, 180, 270) to turn the PIL ``image`` clockwise to stand it upright, as Tesseract's
    orientation detection states them; 0 when it is upright, unsure, or the detection fails."""
    small = image.resize((max(1, int(image.width * OSD_SCALE)), max(1, int(image.height * OSD_SCALE))))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "page.png")
        small.save(path)
        try:
            out = subprocess.run(["tesseract", path, "-", "--psm", "0"], capture_output=True, text=True,
                                 env=dict(os.environ, OMP_THREAD_LIMIT="1"), timeout=TIMEOUT_SECONDS).stdout
        except (OSError, subprocess.SubprocessError):
            return 0
    turn, sure = ROTATE.search(out), CONFIDENCE.search(out)
    if turn is None or sure is None or float(sure.group(1)) < MIN_CONFIDENCE:
        return 0
    degrees = int(turn.group(1)) % 360
    return degrees if degrees in (90, 180, 270) else 0

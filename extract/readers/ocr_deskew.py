"""A scanned page turned straight before its OCR: the tilt an office scanner leaves (1-2°) estimated
from the page's ink and undone.

The grid reader (ocr_grid) follows a rule that wanders up to RULE_DRIFT_PX off its row, enough for a
page ~0.6° askew; at 1° a table's rules broke into pieces (rows lost) and from 1.5° no grid was found
at all, and the measures of the tables were lost or merged (measured on scans of the fixtures of
samples/scanned turned so: tests/test_ocr_deskew.py). Neither OpenCV nor scikit-image is a dependency (the
environment has numpy and Pillow), and Tesseract reports no page angle short of 90° turns, so the
angle is estimated here by the projection-profile method: the page's ink, shrunk, is cut into
vertical strips, and for each angle tried the strips' row profiles are shifted as a line of that
slope would shift them and summed; text lines and rules line up (the profile is sharpest: the
largest sum of squares) at the page's tilt. Pillow turns the page back.
"""
from __future__ import annotations

from typing import Any

# The angles tried (degrees either way, and the step): a page fed askew by hand stays within 4°.
MAX_DEGREES = 4.0
STEP_DEGREES = 0.1
# A page less askew than this is left as it is (the estimate's step is 0.1°: 1° and more are turned).
# At 1° the grid reader lost rows (its drift allowance, RULE_DRIFT_PX, covers ~0.6°); below it
# Tesseract's own line finding copes with a page of text, and turning resamples every glyph:
# samples/scanned/notice_scan.pdf (0.8°) read worse turned (its lead-in "กำหนดมาตรการ ดังนี้" lost
# and its list of measures with it).
MIN_DEGREES = 0.95
# The ink is shrunk this many times each way before the profiles are taken (75 dpi from 300 dpi:
# a step of 0.1° moves the far end of a 2,480 px line by 4 px, a pixel of the shrunk page).
SHRINK = 4
# Vertical strips the profiles are taken in.
STRIPS = 32
# Fewer inked cells of the shrunk page than this: too little ink to tell an angle (a blank page).
MIN_INK = 200
# The sharpest profile must beat the straight page's by this share, or the page is left straight (a
# page of scattered marks has no angle to speak of).
MIN_GAIN = 0.05


def angle(dark) -> float:
    """The page's tilt in degrees (counter-clockwise positive, as Pillow's ``rotate`` turns) from its
    ink ``dark`` (a 2-d bool array), 0.0 when none stands out."""
    import numpy as np

    h, w = (dark.shape[0] // SHRINK) * SHRINK, (dark.shape[1] // SHRINK) * SHRINK
    small = dark[:h, :w].reshape(h // SHRINK, SHRINK, w // SHRINK, SHRINK).any(axis=(1, 3))
    rows, cols = small.shape
    if small.sum() < MIN_INK or cols < STRIPS:
        return 0.0
    width = cols // STRIPS
    profiles = small[:, :width * STRIPS].reshape(rows, STRIPS, width).sum(axis=2).astype(np.float64)  # rows × strips
    centres = (np.arange(STRIPS) + 0.5) * width - cols / 2
    pad = int(np.ceil(abs(np.tan(np.radians(MAX_DEGREES))) * cols / 2)) + 1
    padded = np.zeros((rows + 2 * pad, STRIPS))
    padded[pad:pad + rows] = profiles
    best, best_score, straight = 0.0, -1.0, 0.0
    steps = int(round(MAX_DEGREES / STEP_DEGREES))
    for k in range(-steps, steps + 1):
        deg = k * STEP_DEGREES
        # a line turned counter-clockwise by deg rises to the right: strip at x is shifted down by x·tan
        shifts = np.rint(centres * np.tan(np.radians(deg))).astype(int)
        total = np.zeros(rows + 2 * pad)
        for s, shift in enumerate(shifts):
            total += np.roll(padded[:, s], shift)
        score = float((total ** 2).sum())
        if k == 0:
            straight = score
        if score > best_score:
            best, best_score = deg, score
    if best_score < straight * (1 + MIN_GAIN):
        return 0.0
    return best


def straighten(image: Any, dark) -> tuple[Any, float]:
    """``image`` (a Pillow grey image) turned back by its tilt measured on ``dark`` (its ink), and the
    tilt undone (0.0 where the page is left as it is: less than MIN_DEGREES askew)."""
    from PIL import Image

    tilt = angle(dark)
    if abs(tilt) < MIN_DEGREES:
        return image, 0.0
    return image.rotate(-tilt, resample=Image.Resampling.BICUBIC, fillcolor=255), tilt

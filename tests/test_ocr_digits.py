"""Thai digits on scanned pages read again from their glyphs (extract/readers/ocr_digits.py).

Tesseract's Thai model reads ๖ as ๒, ๘ as ๕, ๙ as ๓ at confidences over 90: the real phichai memo's
"พ.ศ.๒๕๖๗" came back "๒๕๒๓", seed 003's scanned overall score 98.84 as "๓๕.๕๕". Each glyph is now
matched against the digits of common Thai type faces, and a number changed only where every glyph
reads clearly; a fiscal year OCR left unreadable is not replaced by a later year."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from extract import extract_paths
from extract.parse.metadata import parse_metadata
from extract.readers import ocr_digits
from schemas.records import Where
from tests.conftest import SAMPLES
from tests.conftest import need_tesseract

TLWG = Path("/usr/share/fonts/truetype/tlwg")


def _ink(text: str, font: str, spacing: float | None = None) -> np.ndarray:
    """``text`` drawn 44 px high in a fonts-thai-tlwg face, as an ink mask (``spacing``: between glyphs)."""
    from PIL import Image, ImageDraw, ImageFont

    path = TLWG / f"{font}.ttf"
    if not path.exists():
        pytest.skip("fonts-thai-tlwg is not installed (install.sh installs it)")
    face = ImageFont.truetype(str(path), 44)
    image = Image.new("L", (400, 100), 255)
    draw = ImageDraw.Draw(image)
    if spacing is None:
        draw.text((10, 10), text, fill=0, font=face)
    else:
        x = 10.0
        for ch in text:
            draw.text((x, 10), ch, fill=0, font=face)
            x += face.getlength(ch) + spacing
    return np.asarray(image) < ocr_digits.DARK


def _read(ink: np.ndarray) -> str | None:
    found = ocr_digits.glyphs(ink)
    return ocr_digits.read_glyphs(found, ocr_digits.page_font([g for g in found if g is not None]))


@pytest.mark.parametrize("font", ["Laksaman", "Norasi", "Loma", "Umpush"])
def test_numbers_are_read_from_their_glyphs(font):
    for number in ("๙๑.๓๔", "๘๘.๕๐", "๔๕๔๕", "๑๐๐"):
        assert _read(_ink(number, font)) == number
    assert _read(_ink("๙๑.๓๔", font, spacing=-3)) == "๙๑.๓๔"  # glyphs printed touching are cut apart


def test_a_glyph_read_unclearly_leaves_the_number_as_it_was():
    # Purisa (a handwriting face) draws a ๑ that no face's ๑ or ๐ matches clearly: nothing is read
    assert _read(_ink("๑๐๐", "Purisa")) is None
    assert _read(_ink("ด", "Laksaman")) is None  # a letter matches no digit well


def test_the_reading_goes_into_tesseract_s_words():
    texts = ocr_digits._texts
    assert texts(["๒", "๕", "๒"], "๒๕๖") == ["๒", "๕", "๖"]  # as many digits: each word its own
    assert texts(["๓๕.", "๕๕"], "๙๘.๘๔") == ["๙๘.", "๘๔"]
    # another number of digits (๖ read as "๒๐"): the first word takes the reading, the points kept
    assert texts(["๒๕๒๐๕"], "๒๕๖๘") == ["๒๕๖๘"]
    assert texts(["๕๓๕.", "๕๑"], "๙๙.๘๑") == ["๙๙.๘๑", ""]
    assert texts(["๓๕"], "๓.๕๕") is None  # a point Tesseract did not see: not made up


HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(*lines: list[str]) -> str:
    rows = [HEAD]
    for n, words in enumerate(lines, 1):
        rows += [f"5\t1\t1\t1\t{n}\t{k}\t{10 * k}\t{40 * n}\t30\t40\t95\t{w}" for k, w in enumerate(words, 1)]
    return "\n".join(rows) + "\n"


def test_text_and_tsv_change_together():
    tsv = _tsv(["ปี", "๒", "๕", "๒๕"], ["คะแนน", "๓๕.๕๕"])
    text = "ปี ๒๕๒๕\n\nคะแนน ๓๕.๕๕\n"
    first = ocr_digits.Reread((2, 3, 4), ("๒", "๕", "๖๗"), "๒๕๒๕", "๒๕๖๗")
    second = ocr_digits.Reread((6,), ("๙๘.๘๔",), "๓๕.๕๕", "๙๘.๘๔")
    new_text, new_tsv, applied = ocr_digits.apply(text, tsv, [first, second])
    assert new_text == "ปี ๒๕๖๗\n\nคะแนน ๙๘.๘๔\n" and applied == [first, second]
    assert [row.split("\t")[11] for row in new_tsv.splitlines()[1:]] == ["ปี", "๒", "๕", "๖๗", "คะแนน", "๙๘.๘๔"]
    # a text whose line does not show the TSV's words: neither is changed
    assert ocr_digits.apply("ปี ๒๕๒๗\n\nคะแนน ๓๕.๕๕\n", tsv, [first]) == ("ปี ๒๕๒๗\n\nคะแนน ๓๕.๕๕\n", tsv, [])


def test_a_fiscal_year_ocr_could_not_read_is_not_replaced_by_a_later_one():
    # the notice's own year is lost ("lac er"); the only year read is last year's, beside its score
    lines = ["ประกาศองค์การบริหารส่วนตำบลหนองบัว", "ประจำปีงบประมาณ พ.ศ. lac er",
             "ได้คะแนนรวม 91.34 คะแนน", "ทั้งนี้ ปีงบประมาณ พ.ศ. 2566 ได้คะแนน 82.10 คะแนน",
             "ประกาศ ณ วันที่ 20 ธันวาคม พ.ศ. 2567"]
    meta = parse_metadata([(text, Where(line=n)) for n, text in enumerate(lines, 1)])
    assert meta.fiscal_year is None
    assert [(c.code, c.where.line) for c in meta.checks] == [("FISCAL_YEAR_UNREAD", 2)]
    # a year that reads, before or after such a mention, is taken as before
    lines[1] = "ประจำปีงบประมาณ พ.ศ. 2567"
    assert parse_metadata([(text, Where(line=n)) for n, text in enumerate(lines, 1)]).fiscal_year == 2567
    lines[1:2] = ["ประจำปีงบประมาณ พ.ศ. 2567", "ปีงบประมาณ พ.ศ. ๒๕๖ซ"]
    assert parse_metadata([(text, Where(line=n)) for n, text in enumerate(lines, 1)]).fiscal_year == 2567


@pytest.mark.ocr
def test_a_scanned_notice_s_thai_digits():
    need_tesseract()
    notice, memo = extract_paths([SAMPLES / "scanned" / "result_notice_scan.pdf",
                                  SAMPLES / "real" / "phichai_hospital_2568_complaint_memo_scan.pdf"], jobs=1)
    [reread] = [c for c in notice.checks if c.code == "OCR_DIGITS_REREAD"]
    assert (reread.before, reread.after) == ("๒๕๒ | ๓๑ | ๓๕ | ๕๕ | ๑.๕๐ | ๒๕๒๒ | ๒๕๒๕",
                                             "๒๕๖ | ๙๑ | ๓๔ | ๘๘ | ๙๑.๔๐ | ๒๕๖๖ | ๒๕๖๗")
    # the scores read right now (91.34 was 31.35), but one OCR reading still confirms nothing
    withheld = [c.message for c in notice.checks if c.code == "OCR_NUMBER_UNCONFIRMED"]
    assert [m.split(" was ")[0] for m in withheld] == ["The overall score 91.34", "The OIT score 91.4"]
    assert notice.scores == [] and notice.report.fiscal_year is None
    assert "FISCAL_YEAR_UNREAD" in {c.code for c in notice.checks}
    # the real memo: its subject's fiscal year (๒๕๖๗, read ๒๕๒๓), its date and its law's year
    assert memo.report.fiscal_year == 2567
    first = next(c for c in memo.checks if c.code == "OCR_DIGITS_REREAD" and c.where.page == 1)
    # (each checked on the page image: the memo's number ๓๐๖, the date's day ๒๙, ๒๕๖๗ four times,
    # the act of ๒๕๔๐)
    assert (first.before, first.after) == ("๓๐๒๐ | ๒๓ | ๒๕๐ | ๒๕๒๓ | ๒๕๒๐๓ | ๒๕๕๐ | ๒๕๒",
                                           "๓๐๖ | ๒๙ | ๒๕๖๗ | ๒๕๖๗ | ๒๕๖๗ | ๒๕๔๐ | ๒๕๖๗")

"""OCR for PDF pages without a text layer: Tesseract's Thai model, words → lines and tables.

The page is rendered at 300 dpi grey (pypdfium2, already a pdfplumber dependency) and read with
``tesseract -l tha+eng --psm 6`` as TSV, which gives word boxes. Words are grouped into lines;
a line whose words fall into columns separated by wide gaps becomes a table row, and runs of
such rows become a table piece, so a score table is still a table after OCR (Tesseract itself
returns no table structure). Digits are the weak spot of Thai OCR (THAI_PDF §6): parsers
validate years and scores.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from functools import lru_cache

from extract.document import Line, Row, Table
from schemas.check_codes import make_check
from schemas.records import Check, Where

DPI = 300
LANGS = "tha+eng"
# A gap between words wider than this share of the page width separates table columns.
COLUMN_GAP_SHARE = 0.035
MIN_CONFIDENCE = 10
TIMEOUT_SECONDS = 120


@lru_cache(maxsize=1)
def available() -> tuple[bool, str]:
    """(usable, reason): Tesseract on PATH with the Thai model installed."""
    exe = shutil.which("tesseract")
    if not exe:
        return False, "tesseract is not installed"
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        return False, f"tesseract does not run ({exc})"
    if "tha" not in langs.split():
        return False, "the Thai model (tesseract-ocr-tha) is not installed"
    return True, ""


def read_page(data: bytes, number: int, checks: list[Check]) -> list:
    """OCR one page (1-based) of a PDF given as bytes; problems are appended to ``checks``."""
    ok, reason = available()
    where = Where(page=number)
    if not ok:
        checks.append(make_check("OCR_UNAVAILABLE", where, reason=reason))
        return []
    try:
        words, width = _ocr_words(data, number)
    except Exception as exc:  # noqa: BLE001 - a failed page is a check, not a crash
        checks.append(make_check("OCR_FAILED", where, detail=f"{type(exc).__name__}: {exc}"[:200]))
        return []
    return words_to_blocks(words, width, number)


def _ocr_words(data: bytes, number: int) -> tuple[list[dict], float]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        image = pdf[number - 1].render(scale=DPI / 72, grayscale=True).to_pil()
    finally:
        pdf.close()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "page.png")
        image.save(path)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        proc = subprocess.run(["tesseract", path, "stdout", "-l", LANGS, "--psm", "6", "tsv"],
                              capture_output=True, text=True, env=env, timeout=TIMEOUT_SECONDS, check=True)
    words = []
    for row in csv.DictReader(io.StringIO(proc.stdout), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text or float(row.get("conf") or -1) < MIN_CONFIDENCE:
            continue
        left, top = int(row["left"]), int(row["top"])
        words.append({"text": text, "x0": left, "x1": left + int(row["width"]), "top": top,
                      "bottom": top + int(row["height"]),
                      "line": (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))})
    return words, float(image.width)


def words_to_blocks(words: list[dict], page_width: float, number: int) -> list:
    """Group OCR words into lines; runs of multi-column lines become a table piece."""
    lines: dict[tuple, list[dict]] = {}
    for word in words:
        lines.setdefault(word["line"], []).append(word)
    gap = page_width * COLUMN_GAP_SHARE
    blocks: list = []
    table: Table | None = None
    for key in sorted(lines, key=lambda k: min(w["top"] for w in lines[k])):
        ws = sorted(lines[key], key=lambda w: w["x0"])
        cells: list[list[str]] = [[ws[0]["text"]]]
        for prev, word in zip(ws, ws[1:]):
            if word["x0"] - prev["x1"] > gap:
                cells.append([])
            cells[-1].append(word["text"])
        texts = [" ".join(c) for c in cells]
        if len(texts) >= 2:
            if table is None or len(table.rows[-1].cells) != len(texts):
                table = Table(rows=[], page=number)
                blocks.append(table)
            table.rows.append(Row(cells=texts, page=number))
        else:
            table = None
            blocks.append(Line(text=texts[0], page=number))
    return blocks

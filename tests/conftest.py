from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run, so CI cannot fail on a draw a developer never
# saw; HYPOTHESIS_PROFILE=explore searches afresh. Counterexamples it found are regression tests
# (tests/normalize/test_thai.py::test_idempotent_counterexamples).
settings.register_profile("deterministic", derandomize=True, database=None)
settings.register_profile("explore")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = SAMPLES / "gold"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tesseract and Chromium runs take seconds each: they are in the slow tier too."""
    for item in items:
        if item.get_closest_marker("ocr") or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def write_report(tmp_path):
    """Write report text (str → UTF-8, bytes as given) to a file and return its path."""
    def _write(content: str | bytes, name: str = "report.txt") -> Path:
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path
    return _write


@pytest.fixture
def score_rows(write_report):
    """The scores the pipeline reads from a report text, as (level, tool, indicator, score, grade, year)."""
    from extract import extract_paths

    def _scores(text: str, name: str = "report.txt"):
        [result] = extract_paths([write_report(text, name)])
        return [(s.level, s.tool, s.indicator, s.score, s.grade, s.fiscal_year) for s in result.scores]
    return _scores


@pytest.fixture
def report_of(write_report):
    """The report row the pipeline makes of a report text (the metadata tests' one question)."""
    from extract import extract_paths

    def _report(text: str):
        [result] = extract_paths([write_report(text)])
        return result.report
    return _report


SEED_TEXTS = sorted(SAMPLES.glob("*.txt"))


def blank_pdf() -> bytes:
    """A valid one-page PDF with no text."""
    import io

    import pikepdf

    out = io.BytesIO()
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(out)
    return out.getvalue()


def seed(stem: str) -> Path:
    return next(SAMPLES.glob(f"{stem}*.txt"))


def need_tesseract() -> None:
    """Skip where Tesseract with Thai is missing; on CI, which installs it, fail."""
    from extract.readers import ocr

    ok, reason = ocr.available()
    if not ok:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install Tesseract with Thai: {reason}")
        pytest.skip(str(reason))


# samples/scanned/ruled_scores_scan.pdf's scores, as its text-layer twin gives them (tests/test_ocr_grid.py)
SCORE_SCAN_SCORES = [(2567, "tool", "IIT", 94.27, None), (2567, "tool", "EIT", 90.12, None),
                     (2567, "tool", "OIT", 87.5, None), (2567, "overall", None, 89.96, "A")]


def score_scan_page():
    """samples/scanned/ruled_scores_scan.pdf's page as a PIL image at the OCR's own resolution (one pixel
    of it one pixel of the page the OCR reads)."""
    import pypdfium2 as pdfium

    from extract.readers import ocr

    pdf = pdfium.PdfDocument(SAMPLES / "scanned" / "ruled_scores_scan.pdf")
    try:
        return pdf[0].render(scale=ocr.DPI / 72, grayscale=True).to_pil()
    finally:
        pdf.close()


def word_file(path: Path, lines, rows) -> Path:
    """A Word file at ``path``: the paragraphs ``lines``, then one table of ``rows`` (its header first)."""
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    table = d.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    d.save(path)
    return path


def text_result(tmp_path: Path, text: str):
    """The result the pipeline makes of a report text written to ``tmp_path``/report.txt."""
    from extract import extract_paths

    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    return result


def unclear_scores(result) -> list[tuple]:
    """(line, source text, message) of each number a result left out as unclear (SCORE_ROLE_UNCLEAR)."""
    return [(c.where.line, c.source_text, c.message) for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"]


def pdf_lines(path: Path, engine: str) -> list[str]:
    """The running text lines the PDF reader ``engine`` gives of the PDF at ``path``."""
    import hashlib

    from extract.document import Line
    from extract.readers.pdf import read_pdf

    data = path.read_bytes()
    doc = read_pdf(data, path.name, hashlib.sha256(data).hexdigest(), pdf_reader=engine)
    return [b.text for b in doc.blocks if isinstance(b, Line)]

"""A batch over a folder of bad inputs: every file gets a report row with the exact status and
check code, nothing crashes, and a symlink loop in the folder does not hang the walk.
The corpus is tests/bad_corpus (text files) plus the binary files tests/make_bad_corpus.py builds."""
import os

import pytest

from extract import extract_paths
from extract.readers import ocr
from tests.make_bad_corpus import LONG_PAGES, build

CAP = 8   # the 500-page PDF is read up to a page cap (the CLI's default is 300; 8 keeps this test fast)


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: (False, "tesseract is not installed"))
    return build(tmp_path / "in")


EXPECTED = {
    "blank.pdf": ("failed", "READ_FAILED"),
    "cp874.txt": ("ok", "READ_LEGACY_ENCODING"),
    "empty.txt": ("failed", "READ_EMPTY"),
    "garbage.txt": ("failed", "READ_ENCODING"),
    "html.pdf": ("failed", "READ_BY_CONTENT"),  # a web page saved as .pdf is read as the page it is (no ITA in it)
    "long.pdf": ("partial", "PAGE_CAP"),
    "locked.pdf": ("failed", "READ_ENCRYPTED"),
    "non_ita.txt": ("failed", "NOT_ITA"),
    "scan.pdf": ("failed", "OCR_UNAVAILABLE"),
    "truncated.pdf": ("failed", "READ_FAILED"),
    "utf16.txt": ("ok", "READ_LEGACY_ENCODING"),
    "zero.pdf": ("failed", "READ_EMPTY"),
    "รายงาน ITA เทศบาล.txt": ("ok", None),
}


def test_every_bad_file_has_a_row_with_its_status_and_code(corpus):
    results = extract_paths([corpus], max_pages=CAP)
    got = {os.path.basename(r.report.source_file): r for r in results}
    assert sorted(got) == sorted(EXPECTED)                     # each once; the loop was not followed
    for name, (status, code) in EXPECTED.items():
        result = got[name]
        codes = {c.code for c in result.checks}
        assert result.report.status == status, (name, codes)
        if code:
            assert code in codes, (name, codes)
        if status == "failed":
            assert result.report.n_errors >= 1 and result.report.report_id
    assert len(got["รายงาน ITA เทศบาล.txt"].measures) == 6
    assert got["utf16.txt"].report.organization == "องค์การบริหารส่วนตำบลนาม่วง"
    long = got["long.pdf"]
    assert long.report.pages == LONG_PAGES and long.report.n_measures
    assert max(m.page for m in long.measures) <= CAP
    cap = next(c for c in long.checks if c.code == "PAGE_CAP")
    assert f"first {CAP} of {LONG_PAGES} pages" in cap.message

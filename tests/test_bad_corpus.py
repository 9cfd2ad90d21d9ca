"""A batch over a folder of bad inputs: every file gets a report row with the exact status and
check code, nothing crashes, and a symlink loop in the folder does not hang the walk.
The corpus is built here (binary files by code), so it needs no committed binaries."""
import os

import pikepdf
import pytest

from extract import extract_paths
from extract.readers import ocr
from tests.conftest import SAMPLES, blank_pdf, seed

ITA_TEXT = seed("004").read_text(encoding="utf-8")


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    notice = SAMPLES / "real" / "nongyai_sso_2563_procurement_measures.pdf"
    files = {
        "empty.txt": b"",
        "zero.pdf": b"",
        "truncated.pdf": notice.read_bytes()[:4000],
        "html.pdf": "<html><body><p>ประกาศ</p></body></html>".encode(),
        "blank.pdf": blank_pdf(),
        "cp874.txt": ITA_TEXT.encode("cp874"),
        "utf16.txt": ITA_TEXT.encode("utf-16"),
        "non_ita.txt": "ประกาศหมู่บ้าน\nขอเชิญร่วมงานบุญประจำปีที่วัดกลางบ้าน\n".encode(),
        "garbage.txt": os.urandom(3000).replace(b"\x00", b"\x01") + bytes(10),
        "รายงาน ITA เทศบาล.txt": ITA_TEXT.encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with pikepdf.open(notice) as pdf:
        pdf.save(folder / "locked.pdf", encryption=pikepdf.Encryption(owner="o", user="u"))
    (folder / "scan.pdf").write_bytes((SAMPLES / "scanned" / "003_1ad6433f7b2808bc.pdf").read_bytes())
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    monkeypatch.setattr(ocr, "available", lambda: (False, "tesseract is not installed"))
    return folder


EXPECTED = {
    "blank.pdf": ("failed", "READ_FAILED"),
    "cp874.txt": ("ok", "READ_LEGACY_ENCODING"),
    "empty.txt": ("failed", "READ_EMPTY"),
    "garbage.txt": ("failed", "READ_ENCODING"),
    "html.pdf": ("failed", "READ_FAILED"),
    "locked.pdf": ("failed", "READ_ENCRYPTED"),
    "non_ita.txt": ("failed", "NOT_ITA"),
    "scan.pdf": ("failed", "OCR_UNAVAILABLE"),
    "truncated.pdf": ("failed", "READ_FAILED"),
    "utf16.txt": ("ok", "READ_LEGACY_ENCODING"),
    "zero.pdf": ("failed", "READ_EMPTY"),
    "รายงาน ITA เทศบาล.txt": ("ok", None),
}


def test_every_bad_file_has_a_row_with_its_status_and_code(corpus):
    results = extract_paths([corpus])
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

"""Files are read by what their bytes are (extract/readers/content_type.py), not only by their names:
a bulk download names files after their links ("download.php?id=17") or not at all, a server's error
page is saved as "report.pdf", a .docx travels as ".doc". Under a folder such files were skipped
without a row; given by name they failed as unsupported or corrupt. A Word 97–2003 file is read
(tests/test_reader_doc.py); one that cannot be opened is a failed row saying so, another legacy
Office file a failed row that says to save it as .docx or PDF; spreadsheets, archives and pictures
under a folder stay out.
Files built here from the samples."""
import zipfile
from pathlib import Path

from extract import extract_paths
from extract.batch import expand
from extract.readers.content_type import DOC, DOCX, HTML, LEGACY_OFFICE, PDF, RTF, sniff
from tests.conftest import SAMPLES

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_SAMPLE = SAMPLES / "chromium" / "plan_table.pdf"
DOCX_SAMPLE = next((SAMPLES / "docx").glob("*.docx"))
HTML_SAMPLE = SAMPLES / "chromium" / "plan_table.html"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "download.php?id=17").write_bytes(PDF_SAMPLE.read_bytes())
    (folder / "noending").write_bytes(DOCX_SAMPLE.read_bytes())
    (folder / "plan.doc").write_bytes(DOCX_SAMPLE.read_bytes())
    (folder / "page.pdf").write_bytes(HTML_SAMPLE.read_bytes())
    (folder / "old.doc").write_bytes(OLE + bytes(600))
    (folder / "budget.xls").write_bytes(OLE + bytes(600))
    with zipfile.ZipFile(folder / "sheet.xlsx", "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    return folder


def test_a_folder_yields_every_report_whatever_its_name(tmp_path: Path):
    folder = _folder(tmp_path)
    assert [p.name for p in expand(folder)] == ["download.php?id=17", "noending", "old.doc", "page.pdf", "plan.doc"]
    got = {Path(r.report.source_file).name: r for r in extract_paths([folder])}
    reference = {p.name: r for p, r in zip((PDF_SAMPLE, DOCX_SAMPLE, HTML_SAMPLE),
                                           extract_paths([PDF_SAMPLE, DOCX_SAMPLE, HTML_SAMPLE]))}
    for name, same_as, kind in (("download.php?id=17", PDF_SAMPLE, "PDF"), ("noending", DOCX_SAMPLE, "Word (.docx)"),
                                ("plan.doc", DOCX_SAMPLE, "Word (.docx)"), ("page.pdf", HTML_SAMPLE, "HTML")):
        result, ref = got[name], reference[same_as.name]
        assert result.report.status == ref.report.status and result.report.organization == ref.report.organization
        assert [m.title for m in result.measures] == [m.title for m in ref.measures] and result.measures
        check = next(c for c in result.checks if c.code == "READ_BY_CONTENT")
        assert check.severity == "info" and check.message.startswith(f"Read as {kind}: ")
    old = got["old.doc"]  # an OLE signature and nothing: the .doc reader says it is broken
    assert old.report.status == "failed" and [c.code for c in old.checks] == ["READ_FAILED"]
    assert "not a valid Word 97–2003 file" in old.checks[0].message


def test_an_ole_file_that_is_not_word_under_no_reader_s_name_says_to_save_it(tmp_path: Path):
    (tmp_path / "noending").write_bytes(OLE + bytes(600))
    (result,) = extract_paths([tmp_path / "noending"])
    assert result.report.status == "failed" and [c.code for c in result.checks] == ["READ_LEGACY_OFFICE"]
    check = result.checks[0]
    assert "save it as .docx or PDF" in check.message and "DOCX หรือ PDF" in check.message_th


def test_a_file_named_for_its_reader_gives_no_check(tmp_path: Path):
    (result,) = extract_paths([PDF_SAMPLE])
    assert not [c for c in result.checks if c.code == "READ_BY_CONTENT"]


def test_sniff_tells_the_formats_by_their_signatures(tmp_path: Path):
    assert sniff(PDF_SAMPLE.read_bytes()) == PDF and sniff(b"junk\n%PDF-1.7\n") == PDF
    assert sniff(DOCX_SAMPLE.read_bytes()) == DOCX and sniff(b"PK\x03\x04broken") == DOCX
    assert sniff("\ufeff<!DOCTYPE html><html lang=th>".encode()) == HTML and sniff(b"  <html><body>") == HTML
    assert sniff(OLE + bytes(10)) == LEGACY_OFFICE and sniff(b"{\\rtf1\\ansi") == RTF
    assert sniff((SAMPLES / "doc" / "cells.doc").read_bytes()) == DOC
    assert sniff("รายงาน <p>ข้อ</p>".encode()) is None and sniff(b"<?xml version='1.0'?><svg/>") is None
    with zipfile.ZipFile(tmp_path / "x.zip", "w") as z:
        z.writestr("a.txt", "x")
    assert sniff((tmp_path / "x.zip").read_bytes()) is None

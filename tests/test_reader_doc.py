"""DOC reader: Word 97–2003 files (samples/doc: the seed Word files and a table of empty, merged and
nested cells, saved as .doc by LibreOffice — samples/make_doc_fixtures.py) give what the same
document gives as .docx; password-protected, corrupt and non-Word OLE files are failed rows with
their checks; a folder walk reads .doc files."""
import hashlib
import importlib.util
import io
import random
import struct
import sys
from pathlib import Path

import olefile
import pytest

from extract import extract_paths
from extract.batch import expand
from extract.document import Line, PageBreak, Table
from extract.errors import ReadError
from extract.readers.content_type import DOC, LEGACY_OFFICE, sniff
from extract.readers.doc import read_doc
from extract.readers.docx import read_docx
from tests.conftest import SAMPLES
from tests.test_same_text_across_formats import _differences, _fields

DOC_DIR = SAMPLES / "doc"
DOCX_DIR = SAMPLES / "docx"
STEMS = sorted(p.stem for p in DOCX_DIR.glob("*.docx"))
CELLS = DOC_DIR / "cells.doc"
LISTS = DOC_DIR / "lists.doc"


def read(path: Path):
    data = path.read_bytes()
    reader = read_doc if path.suffix == ".doc" else read_docx
    return reader(data, str(path), hashlib.sha256(data).hexdigest())


def blocks(doc) -> list[tuple]:
    """What a reader gave, everything but the file's name and hash."""
    out: list[tuple] = []
    for b in doc.blocks:
        if isinstance(b, Line):
            out.append(("line", b.text, b.line, b.page))
        elif isinstance(b, Table):
            out.append(("table", b.line, [(r.cells, r.line, r.after_break, r.under_merged) for r in b.rows]))
        else:
            assert isinstance(b, PageBreak)
            out.append(("break", b.line))
    return out


def _make_doc_fixtures():
    spec = importlib.util.spec_from_file_location("make_doc_fixtures", SAMPLES / "make_doc_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_doc_fixtures", module)
    spec.loader.exec_module(module)
    return module


def with_stream(data: bytes, name: str, change) -> bytes:
    """``data`` (an OLE file) with stream ``name`` passed through ``change`` (same length)."""
    out = io.BytesIO(data)
    with olefile.OleFileIO(out, write_mode=True) as ole:
        stream = bytearray(ole.openstream(name).read())
        change(stream)
        ole.write_stream(name, bytes(stream))
    return out.getvalue()


def renamed(data: bytes, old: str, new: str) -> bytes:
    """``data`` (an OLE file) with the directory entry ``old`` named ``new``: a spreadsheet or an
    encrypted package where Word keeps its text."""
    raw = bytearray(data)
    at = raw.index(old.encode("utf-16-le") + b"\0\0")
    assert at % 128 == 0  # a directory entry: name (64 bytes), its length in bytes with the NUL
    raw[at:at + 64] = (new.encode("utf-16-le") + b"\0\0").ljust(64, b"\0")
    raw[at + 64:at + 66] = struct.pack("<H", 2 * len(new) + 2)
    return bytes(raw)


# -- the seeds ---------------------------------------------------------------------------------------

def test_every_seed_word_file_has_a_doc():
    assert STEMS and sorted(p.stem for p in DOC_DIR.glob("[0-9]*.doc")) == STEMS


@pytest.mark.parametrize("stem", STEMS)
def test_a_doc_gives_the_blocks_of_its_docx(stem):
    doc, docx = read(DOC_DIR / f"{stem}.doc"), read(DOCX_DIR / f"{stem}.docx")
    assert doc.reader == "doc" and doc.pages is None and doc.tables
    assert blocks(doc) == blocks(docx)


def test_a_doc_gives_the_records_of_its_docx():
    docs = extract_paths([DOC_DIR / f"{stem}.doc" for stem in STEMS], jobs=2)
    docxs = extract_paths([DOCX_DIR / f"{stem}.docx" for stem in STEMS], jobs=2)
    for a, b in zip(docs, docxs):
        assert a.report.reader == "doc" and a.report.status == b.report.status == "ok"
        assert [k for k, _ in _fields(a)] == [k for k, _ in _fields(b)], a.report.source_file
        assert _differences(a, b) == [], a.report.source_file
        assert sorted(c.code for c in a.checks) == sorted(c.code for c in b.checks)
    assert sum(len(r.scores) for r in docs) > 10 and sum(len(r.measures) for r in docs) > 10


# -- empty, merged and nested cells -------------------------------------------------------------------

def test_empty_merged_and_nested_cells():
    doc = read(CELLS)
    assert [(b.text, b.line) for b in doc.lines] == [
        ("เทศบาลตำบลทดสอบ อำเภอเมือง", 1),                       # the page header, read first
        ("รายงานผลการดำเนินงาน", 2), ("ตามมาตรการส่งเสริมคุณธรรม", 2),  # a line break: two lines
        ("จบรายงานฉบับนี้", 19)]                                    # "ร่าง" is a tracked deletion
    (table,) = doc.tables
    assert [r.cells for r in table.rows] == [
        ["มาตรการ", "ผู้รับผิดชอบ", "ผลการดำเนินงาน"],
        ["เผยแพร่ข้อมูล", "", "ดำเนินการแล้ว"],                         # the empty cell
        ["ลดขั้นตอน", "สำนักปลัด",                                       # the nested table, flattened
         "<p>ผลรวม</p> <p>ไตรมาส ๑</p> <p>ร้อยละ ๕๐</p> <p>ไตรมาส ๒</p> <p>ร้อยละ ๘๐</p>"],
        ["", "รายงานทุกเดือน", ""]]            # under the merged title; merged across: text, then ""
    assert [r.under_merged for r in table.rows] == [False, False, False, True]


def test_automatic_list_numbers_are_put_before_their_paragraphs():
    assert [line.text for line in read(LISTS).lines] == [
        "มาตรการ", "1. เผยแพร่ข้อมูล", "ก) จัดทำคู่มือ", "ข) ประชาสัมพันธ์", "1.ข.1 ทุกเดือน", "2. ลดขั้นตอน",
        "ก) ทบทวนขั้นตอน", "รายการที่เริ่มที่ห้า", "5. ข้อที่ห้า", "1. ตามสไตล์หนึ่ง", "2. ตามสไตล์สอง", "- จุดนำ"]


@pytest.mark.parametrize("name", ["cells", "lists"])
def test_the_made_docs_read_as_their_docx(tmp_path, name):
    getattr(_make_doc_fixtures(), f"{name}_docx")(tmp_path / f"{name}.docx")
    assert blocks(read(DOC_DIR / f"{name}.doc")) == blocks(read(tmp_path / f"{name}.docx"))


# -- files that cannot be read ------------------------------------------------------------------------

def _encrypted() -> bytes:
    def lock(word: bytearray) -> None:
        word[0x0B] |= 0x01  # fEncrypted: 0x0100 of the FIB's flags (a 16-bit word at 0x0A)
    return with_stream(CELLS.read_bytes(), "WordDocument", lock)


def _word95() -> bytes:
    def old(word: bytearray) -> None:
        word[2:4] = struct.pack("<H", 104)  # nFib of Word 95
    return with_stream(CELLS.read_bytes(), "WordDocument", old)


def test_a_password_protected_doc_says_so():
    with pytest.raises(ReadError) as err:
        read_doc(_encrypted(), "locked.doc", "0" * 64)
    assert err.value.code == "READ_FAILED"
    assert str(err.value.fields["detail"]).startswith("a password-protected Word file")
    with pytest.raises(ReadError) as err:  # a .docx with a password is an OLE file too
        read_doc(renamed(CELLS.read_bytes(), "WordDocument", "EncryptedPackage"), "locked.doc", "0" * 64)
    assert err.value.code == "READ_FAILED" and "password" in str(err.value.fields["detail"])


@pytest.mark.parametrize("data", [
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000),             # an OLE signature and nothing
    CELLS.read_bytes()[:5000],                                       # a truncated download
    random.Random(7).randbytes(5000),                                # random bytes named .doc
    with_stream(CELLS.read_bytes(), "WordDocument", lambda w: w.__setitem__(slice(0x1A2, 0x1AA), b"\xff" * 8)),
], ids=["ole-header", "truncated", "random", "no-piece-table"])
def test_a_corrupt_doc_raises_read_failed(data):
    with pytest.raises(ReadError) as err:
        read_doc(data, "bad.doc", "0" * 64)
    assert err.value.code == "READ_FAILED" and err.value.fields["detail"]


def test_a_damaged_doc_never_escapes_as_another_error():
    source = CELLS.read_bytes()
    rng = random.Random(11)
    for _ in range(40):
        def damage(stream: bytearray) -> None:
            for _ in range(rng.randint(1, 12)):
                stream[rng.randrange(min(len(stream), 0x400))] = rng.randrange(256)
        try:
            read_doc(with_stream(source, rng.choice(["WordDocument", "1Table"]), damage), "bad.doc", "0" * 64)
        except ReadError as exc:
            assert exc.code == "READ_FAILED"


def test_other_ole_files_stay_unreadable():
    sheet = renamed(CELLS.read_bytes(), "WordDocument", "Workbook")
    assert sniff(sheet) == LEGACY_OFFICE and sniff(CELLS.read_bytes()) == DOC
    for data, kind in ((sheet, "a legacy Office format other than Word 97–2003"), (_word95(), "Word 6.0/95")):
        with pytest.raises(ReadError) as err:
            read_doc(data, "x.doc", "0" * 64)
        assert err.value.code == "READ_LEGACY_OFFICE" and str(err.value.fields["kind"]).startswith(kind)


def test_failed_rows_in_both_languages(tmp_path):
    (tmp_path / "locked.doc").write_bytes(_encrypted())
    (tmp_path / "broken.doc").write_bytes(CELLS.read_bytes()[:5000])
    (tmp_path / "sheet.doc").write_bytes(renamed(CELLS.read_bytes(), "WordDocument", "Workbook"))
    got = {Path(r.report.source_file).name: r for r in extract_paths([tmp_path])}
    assert sorted(got) == ["broken.doc", "locked.doc", "sheet.doc"]
    for result in got.values():
        assert result.report.status == "failed" and len(result.checks) == 1
    locked, broken, sheet = got["locked.doc"].checks[0], got["broken.doc"].checks[0], got["sheet.doc"].checks[0]
    assert (locked.code, locked.message, locked.message_th) == (
        "READ_FAILED",
        "The file could not be read: a password-protected Word file; save it without the password and run again",
        "อ่านไฟล์ไม่สำเร็จ: เป็นไฟล์เอกสารที่มีรหัสผ่าน ให้บันทึกไฟล์โดยไม่ใส่รหัสผ่านแล้วประมวลผลอีกครั้ง")
    assert broken.code == "READ_FAILED" and broken.message.startswith(
        "The file could not be read: not a valid Word 97–2003 file (")
    assert broken.message_th.startswith("อ่านไฟล์ไม่สำเร็จ: ไม่ใช่ไฟล์เอกสาร DOC ที่ถูกต้อง โปรแกรมอ่าน DOC แจ้งว่า “")
    assert sheet.code == "READ_LEGACY_OFFICE" and "save it as .docx or PDF" in sheet.message


# -- folders and names --------------------------------------------------------------------------------

def test_a_folder_walk_reads_doc_files_whatever_their_names(tmp_path):
    seed = DOC_DIR / f"{STEMS[0]}.doc"
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "report.doc").write_bytes(seed.read_bytes())
    (folder / "download.php?id=3").write_bytes(seed.read_bytes())          # no ending a reader takes
    (folder / "plan.docx").write_bytes(seed.read_bytes())                  # a .doc named .docx
    (folder / "budget.xls").write_bytes(renamed(seed.read_bytes(), "WordDocument", "Workbook"))
    (folder / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert [p.name for p in expand(folder)] == ["download.php?id=3", "plan.docx", "report.doc"]
    got = {Path(r.report.source_file).name: r for r in extract_paths([folder])}
    (want,) = extract_paths([DOCX_DIR / f"{STEMS[0]}.docx"])
    for name, result in got.items():
        assert result.report.reader == "doc" and result.report.status == "ok", name
        assert _differences(result, want) == [], name
        by_content = [c for c in result.checks if c.code == "READ_BY_CONTENT"]
        assert (name == "report.doc") == (not by_content), name
    check = next(c for c in got["plan.docx"].checks if c.code == "READ_BY_CONTENT")
    assert check.message == "Read as Word 97–2003 (.doc): the file holds Word 97–2003 (.doc) although its name ends in '.docx'."

"""Issue 14 acceptance for files that cannot be read: `ita check --lang th` says why in Thai.

Every reason a reader, the input layer or the batch gives (schemas/phrases.FAILURES) has a Thai
text; where only a library or the system can say what went wrong, its words are quoted verbatim
(“…”) and marked as its message. The English messages are the ones scripts always saw."""
import contextlib
import io
import json
import os
import re
import shutil

import pytest

from extract.cli import main
from extract.readers import ocr
from schemas.check_codes import CHECK_CODES, make_check
from schemas.phrases import FAILURES, FILE_KINDS, REASONS, encoding_name, failure, program_error
from tests.conftest import SAMPLES
from tests.test_check_report import english_words

# Names of formats and programs a Thai sentence spells as they are spelled (as LATIN_WORD splits them).
PROGRAM_NAMES = {"PDF", "UTF", "TIS", "cp", "DOCX", "DOC", "Tesseract"}
PLACEHOLDER = re.compile(r"\{[^}]*\}")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    return status, out.getvalue(), err.getvalue()


def in_process(folder, out, *more):
    """``ita check`` in this process (no worker pool), so a patched function is the one that runs."""
    return run(["check", str(folder), *map(str, more), "--out", str(out), "--lang", "th",
                "--jobs", "1", "--timeout", "0", "--max-memory", "0"])


def test_every_thai_template_is_thai_but_for_format_and_program_names():
    templates = {f"check {c}": s.message_th for c, s in CHECK_CODES.items()}
    templates |= {f"failure {k}": p.th for k, p in FAILURES.items()}
    templates |= {f"reason {k}": p.th for k, p in REASONS.items()}
    templates |= {f"file kind {k}": p.th for k, p in FILE_KINDS.items()}
    leaks = {(name, w) for name, text in templates.items()
             for w in english_words(PLACEHOLDER.sub(" ", text)) - PROGRAM_NAMES}
    assert leaks == set()


@pytest.fixture
def bad_folder(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    notice = (SAMPLES / "real" / "nongyai_sso_2563_procurement_measures.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(notice[:3000])
    (folder / "header_only.pdf").write_bytes(b"%PDF-1.4\nxxx")
    (folder / "not_pdf.pdf").write_bytes("รายงานผลการประเมิน ITA".encode())
    (folder / "fake.docx").write_bytes(b"PK\x03\x04garbage")
    (folder / "legacy.docx").write_bytes(OLE_MAGIC + bytes(600))
    (folder / "locked.docx").write_bytes(OLE_MAGIC + bytes(100) + "EncryptedPackage".encode("utf-16-le"))
    (folder / "binary.txt").write_bytes(bytes(range(1, 32)) * 100)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop_a.txt").symlink_to(folder / "loop_b.txt")
    (folder / "loop_b.txt").symlink_to(folder / "loop_a.txt")
    (tmp_path / "sub").mkdir()
    (folder / "folder.pdf").symlink_to(tmp_path / "sub", target_is_directory=True)
    os.mkfifo(folder / "pipe.txt")
    (tmp_path / "notes").write_text("ITA", encoding="utf-8")  # named on the command line: no reader
    return folder


# file → (code, English message, Thai message); a library's words are shown as ``LIB``.
EXPECTED = {
    "binary.txt": ("READ_ENCODING",
                   "The file is not text in UTF-8, UTF-16 or Thai TIS-620/cp874: binary data (utf-8 decodes to "
                   "control characters)",
                   "ไม่สามารถอ่านไฟล์เป็นข้อความภาษาไทยได้ (ไม่ใช่ UTF-8, UTF-16 หรือ TIS-620/cp874): "
                   "เป็นข้อมูลไบนารี (แปลงเป็น UTF-8 แล้วได้อักขระควบคุม)"),
    "dangling.txt": ("READ_FAILED", "The file could not be read: a symbolic link to a file that does not exist",
                     "อ่านไฟล์ไม่สำเร็จ: เป็นลิงก์สัญลักษณ์ที่ชี้ไปยังไฟล์ที่ไม่มีอยู่"),
    "empty.txt": ("READ_EMPTY", "The file is empty.", "ไฟล์ว่างเปล่า ไม่มีข้อมูล"),
    "fake.docx": ("READ_FAILED", "The file could not be read: not a valid .docx (LIB)",
                  "อ่านไฟล์ไม่สำเร็จ: ไม่ใช่ไฟล์ DOCX ที่ถูกต้อง โปรแกรมอ่าน DOCX แจ้งว่า “LIB”"),
    "folder.pdf": ("READ_NOT_A_FILE", "Not a regular file (a folder); it was not read.",
                   "ไม่ใช่ไฟล์ปกติ (เป็นโฟลเดอร์) จึงไม่ได้อ่าน"),
    "header_only.pdf": ("READ_FAILED", "The file could not be read: corrupt PDF (LIB)",
                        "อ่านไฟล์ไม่สำเร็จ: ไฟล์ PDF เสียหาย โปรแกรมอ่าน PDF แจ้งว่า “LIB”"),
    "legacy.docx": ("READ_FAILED",
                    "The file could not be read: not a .docx: an OLE2 file (a legacy .doc saved as .docx?)",
                    "อ่านไฟล์ไม่สำเร็จ: ไม่ใช่ไฟล์ DOCX แต่อาจเป็นไฟล์เอกสารรูปแบบเก่าที่ตั้งชื่อเป็น DOCX"),
    "locked.docx": ("READ_FAILED", "The file could not be read: not a .docx: a password-protected Word file",
                    "อ่านไฟล์ไม่สำเร็จ: ไม่ใช่ไฟล์ DOCX ที่เปิดอ่านได้ เพราะมีรหัสผ่าน"),
    "loop_a.txt": ("READ_FAILED", "The file could not be read: a symbolic link loop",
                   "อ่านไฟล์ไม่สำเร็จ: เป็นลิงก์สัญลักษณ์ที่ชี้วนกันไม่สิ้นสุด"),
    "loop_b.txt": ("READ_FAILED", "The file could not be read: a symbolic link loop",
                   "อ่านไฟล์ไม่สำเร็จ: เป็นลิงก์สัญลักษณ์ที่ชี้วนกันไม่สิ้นสุด"),
    "not_pdf.pdf": ("READ_FAILED", "The file could not be read: not a PDF file (no %PDF header)",
                    "อ่านไฟล์ไม่สำเร็จ: ไม่ใช่ไฟล์ PDF (ไม่มีส่วนหัว %PDF)"),
    "notes": ("READ_UNSUPPORTED", "Unsupported file type '(none)'.", "ไม่รองรับไฟล์ประเภท '(ไม่มีนามสกุล)'"),
    "pipe.txt": ("READ_NOT_A_FILE", "Not a regular file (a named pipe (FIFO)); it was not read.",
                 "ไม่ใช่ไฟล์ปกติ (เป็นท่อส่งข้อมูลระหว่างโปรแกรม) จึงไม่ได้อ่าน"),
    "truncated.pdf": ("READ_FAILED", "The file could not be read: corrupt PDF (LIB)",
                      "อ่านไฟล์ไม่สำเร็จ: ไฟล์ PDF เสียหาย โปรแกรมอ่าน PDF แจ้งว่า “LIB”"),
}


def library_words(english: str, pattern: str) -> str:
    """The library's own text in an English message made from ``pattern`` (LIB marks where)."""
    head, tail = pattern.split("LIB")
    assert english.startswith(head) and english.endswith(tail), english
    return english[len(head):len(english) - len(tail)]


def test_thai_check_of_unreadable_files_says_why_in_thai(bad_folder, tmp_path):
    status, printed, errors = in_process(bad_folder, tmp_path / "out", tmp_path / "notes")
    assert status == 1
    checks = json.loads((tmp_path / "out" / "checks.json").read_text(encoding="utf-8"))["checks"]
    reports = json.loads((tmp_path / "out" / "checks.json").read_text(encoding="utf-8"))["reports"]
    by_file = {r["report_id"]: os.path.basename(r["source_file"]) for r in reports}
    got = {by_file[c["report_id"]]: (c["code"], c["message"], c["message_th"]) for c in checks}
    assert sorted(got) == sorted(EXPECTED)
    for name, (code, english, thai) in EXPECTED.items():
        if "LIB" in english:  # the library's words, verbatim in both languages
            lib = library_words(got[name][1], english)
            assert lib and "“" not in lib
            english, thai = english.replace("LIB", lib), thai.replace("LIB", lib)
        assert got[name] == (code, english, thai), name
    names = {r["source_file"] for r in reports}
    assert english_words(printed + errors, names) - PROGRAM_NAMES == set()
    assert {(c["code"], w) for c in checks for w in english_words(c["message_th"])} - {
        (c, w) for c in CHECK_CODES for w in PROGRAM_NAMES} == set()
    assert errors.splitlines()[-1] == f"รายงาน {len(EXPECTED)} ฉบับ ข้อผิดพลาด {len(EXPECTED)} รายการ"


def test_thai_check_of_a_scan_without_tesseract_quotes_the_install_command(tmp_path, monkeypatch):
    real_which = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None if name == "tesseract" else real_which(name, *a, **k))
    ocr.available.cache_clear()
    try:
        status, printed, errors = in_process(SAMPLES / "scanned" / "003_1ad6433f7b2808bc.pdf", tmp_path / "out")
    finally:
        ocr.available.cache_clear()
    checks = json.loads((tmp_path / "out" / "checks.json").read_text(encoding="utf-8"))["checks"]
    missing = [c for c in checks if c["code"] == "OCR_UNAVAILABLE"]
    assert missing and {(c["message"], c["message_th"]) for c in missing} == {(
        "A scanned page needs OCR but tesseract is not installed. Install it: apt-get install tesseract-ocr "
        "tesseract-ocr-tha",
        "หน้าที่เป็นภาพสแกนต้องใช้ OCR แต่ไม่ได้ติดตั้งโปรแกรม Tesseract ติดตั้งได้ด้วยคำสั่ง "
        "“apt-get install tesseract-ocr tesseract-ocr-tha”")}
    assert english_words(printed + errors, {str(SAMPLES / "scanned" / "003_1ad6433f7b2808bc.pdf")}) - PROGRAM_NAMES == set()
    assert {w for c in checks for w in english_words(c["message_th"])} - PROGRAM_NAMES == set()


def test_ocr_unavailable_reasons(monkeypatch):
    import subprocess

    def broken(*args, **kwargs):
        raise OSError(8, "Exec format error")

    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: "/usr/bin/tesseract")
    monkeypatch.setattr(subprocess, "run", broken)
    ocr.available.cache_clear()
    try:
        ok, why = ocr.available()
    finally:
        ocr.available.cache_clear()
    check = make_check("OCR_UNAVAILABLE", reason=why)
    assert not ok and str(why) == "tesseract does not run ([Errno 8] Exec format error)"
    assert check.message_th == ("หน้าที่เป็นภาพสแกนต้องใช้ OCR แต่โปรแกรม Tesseract ทำงานไม่ได้ ระบบแจ้งว่า "
                                "“[Errno 8] Exec format error” ติดตั้งได้ด้วยคำสั่ง "
                                "“apt-get install tesseract-ocr tesseract-ocr-tha”")
    assert make_check("OCR_UNAVAILABLE", reason=failure("thai_model_missing")).message == (
        "A scanned page needs OCR but the Thai model (tesseract-ocr-tha) is not installed. Install it: "
        "apt-get install tesseract-ocr tesseract-ocr-tha")


def test_batch_failures_in_both_languages():
    from extract.batch import _death

    cases = [
        (make_check("WORKER_CRASHED", detail=_death(-9)),
         "The process reading this file died (killed by SIGKILL, likely out of memory); the file may be "
         "malformed or too large.",
         "โปรแกรมย่อยที่อ่านไฟล์นี้หยุดทำงาน (ถูกระบบบังคับหยุด (สัญญาณหมายเลข 9) น่าจะเพราะหน่วยความจำไม่พอ) "
         "ไฟล์อาจเสียหรือใหญ่เกินไป"),
        (make_check("WORKER_CRASHED", detail=_death(-11)),
         "The process reading this file died (killed by SIGSEGV); the file may be malformed or too large.",
         "โปรแกรมย่อยที่อ่านไฟล์นี้หยุดทำงาน (ถูกหยุดด้วยสัญญาณหมายเลข 11) ไฟล์อาจเสียหรือใหญ่เกินไป"),
        (make_check("WORKER_CRASHED", detail=_death(3)),
         "The process reading this file died (exit code 3); the file may be malformed or too large.",
         "โปรแกรมย่อยที่อ่านไฟล์นี้หยุดทำงาน (จบการทำงานด้วยรหัส 3) ไฟล์อาจเสียหรือใหญ่เกินไป"),
        (make_check("MEMORY_LIMIT", limit=failure("memory_per_file", mb=512)),
         "Reading the file ran out of memory (limit: 512 MB per file, --max-memory).",
         "การอ่านไฟล์ใช้หน่วยความจำเกินขีดจำกัด (512 เมกะไบต์ต่อไฟล์ ตามตัวเลือก “--max-memory”)"),
        (make_check("MEMORY_LIMIT", limit=failure("memory_available")),
         "Reading the file ran out of memory (limit: the memory available).",
         "การอ่านไฟล์ใช้หน่วยความจำเกินขีดจำกัด (หน่วยความจำที่เครื่องมีอยู่)"),
        (make_check("READ_TIMEOUT", seconds="600"),
         "Reading the file took longer than the 600 s time limit; it was stopped.",
         "อ่านไฟล์นานเกินเวลาที่กำหนด 600 วินาที จึงหยุดอ่าน"),
        (make_check("INTERNAL_ERROR", stage=failure("stage_batch"), detail=program_error(ValueError("bad\nvalue"))),
         "An internal error stopped extraction at stage 'batch': ValueError: bad\nvalue",
         "เกิดข้อผิดพลาดภายในโปรแกรมระหว่างขั้นตอนการส่งงานให้โปรแกรมย่อย: โปรแกรมแจ้งว่า “ValueError: bad value”"),
        (make_check("READ_ENCODING", detail=failure("bytes_not_text", count=40, size=100,
                                                    encoding=encoding_name("utf-16-le"))),
         "The file is not text in UTF-8, UTF-16 or Thai TIS-620/cp874: 40 of 100 bytes are not utf-16-le text",
         "ไม่สามารถอ่านไฟล์เป็นข้อความภาษาไทยได้ (ไม่ใช่ UTF-8, UTF-16 หรือ TIS-620/cp874): "
         "40 จาก 100 ไบต์ไม่ใช่ข้อความ UTF-16"),
    ]
    for check, english, thai in cases:
        assert (check.message, check.message_th) == (english, thai)
        assert english_words(check.message_th) - PROGRAM_NAMES == set()


def test_a_failing_stage_is_named_in_thai(tmp_path, monkeypatch):
    import extract.pipeline as pipeline
    import schemas.checks as checks

    def broken(*args, **kwargs):
        raise KeyError("x")

    monkeypatch.setattr(pipeline, "extract_document", broken)
    result = pipeline.extract_file(SAMPLES / "002_b022ce678bf99bfb.txt")
    assert [(c.message, c.message_th) for c in result.checks] == [(
        "An internal error stopped extraction at stage 'parse': KeyError: 'x'",
        "เกิดข้อผิดพลาดภายในโปรแกรมระหว่างขั้นตอนการแยกข้อมูลจากเอกสาร: โปรแกรมแจ้งว่า “KeyError: 'x'”")]
    monkeypatch.setattr(checks, "CHECKS", (broken,))
    assert [(c.message, c.message_th) for c in checks.run_checks(result)] == [(
        "An internal error stopped extraction at stage 'check broken': KeyError: 'x'",
        "เกิดข้อผิดพลาดภายในโปรแกรมระหว่างขั้นตอนการตรวจตามกฎ “broken”: โปรแกรมแจ้งว่า “KeyError: 'x'”")]


@pytest.mark.parametrize("data, expected", [
    # a stray byte: the line it is on, the byte shown as the replacement character
    ("หัวเรื่อง\nบรรทัดที่สอง ".encode() + b"\xff\n" + "ข้อความภาษาไทย\n".encode() * 50,
     ("READ_BYTES_REPLACED", "line 2", "บรรทัดที่สอง \ufffd")),
    # a cp874 line in UTF-8 text: the line, as decoded
    ("รายงานผลการประเมิน ITA\n".encode() * 20 + "เทศบาลตำบลหนองบัว\n".encode("cp874") + "ข้อความ\n".encode() * 5,
     ("READ_MIXED_ENCODING", "line 21", "เทศบาลตำบลหนองบัว")),
    # neither UTF-8 nor Thai: the first line with other bytes, each as \xNN
    ("Café résumé\n".encode("latin-1") * 30, ("READ_ENCODING", "line 1", "Caf\\xe9 r\\xe9sum\\xe9")),
    # binary: its control characters as \xNN, cut to QUOTE_CHARS
    (b"\x01\x02abc" * 100, ("READ_ENCODING", "line 1", ("\\x01\\x02abc" * 12)[:119] + "…")),
])
def test_reading_checks_quote_the_line_they_are_about(write_report, data, expected):
    from extract.pipeline import extract_file

    result = extract_file(write_report(data))
    assert [(c.code, c.location, c.source_text) for c in result.checks if c.code.startswith("READ_")][-1] == expected


def test_an_unusable_out_folder_is_a_usage_error_in_thai(tmp_path):
    a_file = tmp_path / "taken"
    a_file.write_text("x")
    report = SAMPLES / "002_b022ce678bf99bfb.txt"
    assert run(["check", str(report), "--out", str(a_file), "--lang", "th"]) == (
        2, "", f"ita: โฟลเดอร์ผลลัพธ์ {a_file}: มีอยู่แล้วแต่ไม่ใช่โฟลเดอร์\n")
    status, printed, errors = run(["check", str(report), "--out", str(a_file / "sub"), "--lang", "th"])
    assert (status, printed) == (2, "") and errors == (
        f"ita: โฟลเดอร์ผลลัพธ์ {a_file / 'sub'}: เขียนไฟล์ลงไม่ได้ ระบบแจ้งว่า ส่วนหนึ่งของเส้นทางไม่ใช่โฟลเดอร์\n")
    assert english_words(errors, {str(a_file / "sub")}) == {"ita"}  # the program's name


def test_out_folder_failures_keep_their_english():
    from extract.outdir import FolderError

    phrase = failure("out_foreign_tables", out="/o", found="reports.csv")
    assert str(FolderError(phrase)) == ("/o holds tables ita did not write (reports.csv); add --force to "
                                       "overwrite them, or choose another --out")
    assert phrase.th == ("โฟลเดอร์ /o มีตารางที่โปรแกรมนี้ไม่ได้เขียน (reports.csv) เพิ่มตัวเลือก “--force” "
                         "เพื่อเขียนทับ หรือเลือกโฟลเดอร์อื่นด้วยตัวเลือก “--out”")
    assert str(failure("out_in_use", out="/o", holder=" (process 7)", holder_th=" (โปรเซสหมายเลข 7)")) == (
        "/o is in use by another ita run (process 7); wait for it to end or choose another --out")


def test_the_systems_common_errors_are_said_in_thai_and_others_quoted():
    import errno

    from schemas.phrases import OS_ERRORS_TH, os_error

    missing = FileNotFoundError(errno.ENOENT, "No such file or directory")
    assert os_error(missing) == ("No such file or directory", "ไม่พบไฟล์หรือโฟลเดอร์นี้")
    assert failure("system_error", error=os_error(missing)) == (
        "No such file or directory", "ระบบแจ้งว่า ไม่พบไฟล์หรือโฟลเดอร์นี้")
    rare = OSError(errno.EXDEV, "Invalid cross-device link")
    assert os_error(rare) == ("Invalid cross-device link", "“Invalid cross-device link”")
    assert all(name in errno.errorcode.values() for name in OS_ERRORS_TH)


def test_a_missing_file_is_said_in_thai(tmp_path):
    status, printed, _ = run(["check", str(tmp_path / "gone.pdf"), "--lang", "th", "--jobs", "1"])
    assert status == 1 and "อ่านไฟล์ไม่สำเร็จ: ระบบแจ้งว่า ไม่พบไฟล์หรือโฟลเดอร์นี้" in printed
    assert english_words(printed, {str(tmp_path / "gone.pdf")}) == set()


USAGE = "\nดูวิธีใช้ด้วยคำสั่ง “{prog} --help”\n"


@pytest.mark.parametrize("argv, prog, said", [
    (["check", "--lang", "th"], "ita check", "ต้องระบุ ไฟล์หรือโฟลเดอร์รายงาน"),
    (["check", "r.txt", "--lang=th", "--jobs", "0"], "ita check", "ตัวเลือก “--jobs”: ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 256"),
    (["check", "r.txt", "--la", "th", "--timeout", "soon"], "ita check", "ตัวเลือก “--timeout”: 'soon' ไม่ใช่ตัวเลข"),
    (["check", "r.txt", "--lang", "th", "--max-pages", "-1"], "ita check",
     "ตัวเลือก “--max-pages”: ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป"),
    (["check", "r.txt", "--lang", "th", "--reader", "ocr"], "ita check",
     "ตัวเลือก “--reader”: ไม่มี 'ocr' ให้เลือก (เลือกได้จาก 'pdfium', 'pdfplumber')"),
    (["check", "r.txt", "--lang", "th", "--jobs"], "ita check", "ตัวเลือก “--jobs”: ต้องตามด้วยค่าหนึ่งค่า"),
    (["check", "r.txt", "--lang", "th", "--colour"], "ita", "ไม่รู้จัก “--colour”"),
    (["chek", "r.txt", "--lang", "th"], "ita",
     "คำสั่ง (extract, check หรือ schema): ไม่มี 'chek' ให้เลือก (เลือกได้จาก 'extract', 'check', 'schema')"),
])
def test_usage_errors_are_said_in_thai(argv, prog, said):
    """argparse's own errors with --lang th: one Thai line and where help is, exit 2 (no English usage)."""
    err_stream = io.StringIO()
    with contextlib.redirect_stderr(err_stream), pytest.raises(SystemExit) as stop:
        main(argv)
    err = err_stream.getvalue()
    assert stop.value.code == 2 and err == f"{prog}: ใช้คำสั่งไม่ถูกต้อง: {said}" + USAGE.format(prog=prog)
    assert english_words(err, {"r.txt"}) <= {"ita", "check", "extract", "schema"}  # program and command names


def test_usage_errors_stay_argparses_in_english(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["check", "r.txt", "--jobs", "0"])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and err.startswith("usage: ita check") and err.endswith(
        "ita check: error: argument --jobs: must be from 1 to 256\n")


def test_an_unknown_usage_error_is_quoted():
    from schemas.ui_words import usage_error_th

    assert usage_error_th("argument --out: something argparse says one day") == (
        "ตัวเลือก “--out”: โปรแกรมแจ้งว่า “something argparse says one day”")

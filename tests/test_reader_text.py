import codecs

import pytest

from extract.document import Line, PageBreak, Table
from extract.errors import ReadError
from extract.readers.text import decode, read_text

THAI = "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส เทศบาลตำบลน้ำคำใหญ่"


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("tis-620", "cp874"), ("cp874", "cp874"),
    ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
])
def test_decode_detects_encoding(encoding, expected):
    text, used, checks = decode(THAI.encode(encoding))
    assert text.lstrip("\ufeff") == THAI
    assert used == expected and checks == []


@pytest.mark.parametrize("data,code", [
    (b"", "READ_EMPTY"),
    (b"  \n\t\n", "READ_EMPTY"),
    (bytes(range(256)) * 20, "READ_ENCODING"),
    (b"\x89PNG\r\n\x1a\n" + bytes(500), "READ_ENCODING"),
    ("Ceci n'est pas thaï: é à ü".encode("latin-1"), "READ_ENCODING"),
])
def test_decode_rejects_non_text(data, code):
    with pytest.raises(ReadError) as err:
        decode(data)
    assert err.value.code == code


def test_legacy_encoding_is_reported_as_info():
    doc = read_text(THAI.encode("tis-620"), "x.txt", "0" * 64)
    assert doc.encoding == "cp874"
    assert [c.code for c in doc.checks] == ["READ_LEGACY_ENCODING"]
    assert doc.lines[0].text == THAI


def test_blocks_keep_line_numbers_and_split_pieces():
    text = "หัวเรื่อง\n\nก\tข\nค\tง\n--\t--\n\n-๔-\nจ\tฉ\nย่อหน้า\n"
    doc = read_text(text.encode(), "x.txt", "0" * 64)
    kinds = [type(b).__name__ for b in doc.blocks]
    assert kinds == ["Line", "Table", "PageBreak", "Table", "Line"]
    first, second = doc.blocks[1], doc.blocks[3]
    assert isinstance(first, Table) and [r.cells for r in first.rows] == [["ก", "ข"], ["ค", "ง"]]
    assert [r.line for r in first.rows] == [3, 4]          # separator row dropped, numbering kept
    assert isinstance(doc.blocks[2], PageBreak) and doc.blocks[2].line == 7
    assert isinstance(second, Table) and second.rows[0].line == 8
    assert isinstance(doc.blocks[4], Line) and doc.blocks[4].line == 9


def test_bom_is_not_part_of_first_line():
    doc = read_text(codecs.BOM_UTF8 + "ชื่อเรื่อง\n".encode(), "x.txt", "0" * 64)
    assert doc.lines[0].text == "ชื่อเรื่อง"


LINES = [THAI, "มาตรการ\tผู้รับผิดชอบ", "ประกาศ ณ วันที่ ๑๓ พฤศจิกายน ๒๕๖๒"]


def utf8_lines(*middle: bytes) -> bytes:
    return b"\n".join([LINES[0].encode(), *middle, *(t.encode() for t in LINES[1:])]) + b"\n"


def test_one_stray_byte_is_replaced_and_reported_where():
    text, used, checks = decode(utf8_lines("เทศบาล".encode() + b"\xff" + " ตำบล".encode()))
    assert used == "utf-8"
    assert text.splitlines() == [LINES[0], "เทศบาล\ufffd ตำบล", *LINES[1:]]
    assert [(c.code, c.severity, c.line) for c in checks] == [("READ_BYTES_REPLACED", "warning", 2)]
    assert "1 " in checks[0].message and "line 2" in checks[0].message


def test_a_cp874_line_in_utf8_is_decoded_as_thai():
    text, used, checks = decode(utf8_lines("องค์การบริหารส่วนตำบลนาม่วง".encode("cp874")))
    assert used == "utf-8"
    assert text.splitlines() == [LINES[0], "องค์การบริหารส่วนตำบลนาม่วง", *LINES[1:]]
    assert [(c.code, c.line) for c in checks] == [("READ_MIXED_ENCODING", 2)]


def test_a_nul_in_utf8_does_not_make_it_utf16():
    data = utf8_lines("ผลการประเมิน".encode() + b"\x00" + "คะแนน".encode())
    text, used, checks = decode(data)
    assert used == "utf-8"
    assert text.splitlines()[1] == "ผลการประเมิน\ufffdคะแนน"
    assert [(c.code, c.line) for c in checks] == [("READ_BYTES_REPLACED", 2)]


def test_utf16_without_bom_is_still_found_by_its_nul_pattern():
    for codec in ("utf-16-le", "utf-16-be"):
        text, used, checks = decode("\n".join(LINES).encode(codec))
        assert (text.splitlines(), used, checks) == (LINES, codec, [])


def test_mostly_undecodable_bytes_still_fail():
    import random
    noise = random.Random(3).randbytes(2000)
    with pytest.raises(ReadError) as err:
        decode(utf8_lines(noise))
    assert err.value.code == "READ_ENCODING"


def test_report_with_a_nul_and_a_cp874_line_keeps_every_record():
    from extract.pipeline import extract_document
    from tests.conftest import seed
    clean = seed("004").read_bytes()
    lines = clean.split(b"\n")
    lines[3] = lines[3][:6] + b"\x00" + lines[3][6:]
    cp874_line = next(i for i, line in enumerate(lines) if b"\t" in line)  # a measures row
    lines[cp874_line] = lines[cp874_line].decode().encode("cp874")
    broken = b"\n".join(lines)
    good = extract_document(read_text(clean, "a.txt", "0" * 64))
    bad = extract_document(read_text(broken, "b.txt", "0" * 64))
    assert bad.report.status == "ok" and bad.report.encoding == "utf-8"
    assert [m.title for m in bad.measures] == [m.title for m in good.measures]
    assert [c.code for c in bad.checks if c.code.startswith("READ_")] == ["READ_BYTES_REPLACED",
                                                                          "READ_MIXED_ENCODING"]

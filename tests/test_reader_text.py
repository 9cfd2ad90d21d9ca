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
    text, used = decode(THAI.encode(encoding))
    assert text.lstrip("\ufeff") == THAI
    assert used == expected


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

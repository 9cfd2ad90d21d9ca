"""Text reader: report exports as plain text (UTF-8, UTF-16, TIS-620/cp874) → Document.

Format (seen in real exports): a line containing a TAB is a table row; other lines are running
text; page-number lines ("-๔-") mark page breaks; markdown separator rows are dropped. Runs of
rows are emitted as table pieces; any non-row line (blank, page number, text) ends a piece, and
stitching decides which pieces form one logical table.
"""
from __future__ import annotations

import codecs
import re

from extract.document import Document, Line, PageBreak, Row, Table
from extract.errors import ReadError
from normalize.text import is_page_number, is_separator_row
from schemas.check_codes import make_check

# Share of Thai letters among all letters above which a legacy-decoded text is believed.
_MIN_THAI_SHARE = 0.30
# Share of control characters (other than tab/newline) above which bytes are not text.
_MAX_CONTROL_SHARE = 0.01
# C0 controls other than tab, newline, form feed and carriage return
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def decode(data: bytes) -> tuple[str, str]:
    """Decode report bytes; return (text, encoding name). Raise ReadError when not text."""
    if not data.strip():
        raise ReadError("READ_EMPTY")
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data.decode("utf-8-sig", errors="strict"), "utf-8-sig"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(data.decode("utf-16"), "utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        decoded = _try_utf16_without_bom(data)
        if decoded is not None:
            return decoded
        raise ReadError("READ_ENCODING", detail="binary data (NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # cp874 is a superset of TIS-620 (adds a few Windows punctuation code points).
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError as exc:
        raise ReadError("READ_ENCODING", detail=f"invalid byte at offset {exc.start}") from None
    if _thai_share(text) < _MIN_THAI_SHARE:
        raise ReadError("READ_ENCODING", detail="not UTF-8 and not Thai TIS-620/cp874 text")
    return _checked(text, "cp874"), "cp874"


def _try_utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    even_nul = data[0:4096:2].count(0)
    odd_nul = data[1:4096:2].count(0)
    codec = "utf-16-le" if odd_nul > even_nul else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    try:
        return _checked(text, codec), codec
    except ReadError:
        return None


def _checked(text: str, encoding: str) -> str:
    """Reject decoded text that is mostly control characters (binary that happened to decode)."""
    sample = text[:20000]
    controls = len(_CONTROLS.findall(sample))
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise ReadError("READ_ENCODING", detail=f"binary data ({encoding} decodes to control characters)")
    if not text.strip():
        raise ReadError("READ_EMPTY")
    return text


def _thai_share(text: str) -> float:
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\u0e00" <= ch <= "\u0e7f") / len(letters)


def read_text(data: bytes, source_file: str, sha256: str, max_pages: int | None = None) -> Document:
    """Bytes of a text export → Document with 1-based line provenance (``max_pages``: no pages, ignored)."""
    text, encoding = decode(data)
    doc = Document(source_file=source_file, sha256=sha256, reader="text", encoding=encoding)
    if encoding not in ("utf-8", "utf-8-sig"):
        doc.checks.append(make_check("READ_LEGACY_ENCODING", encoding=encoding))
    piece: Table | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if "\t" in line:
            cells = line.split("\t")
            if is_separator_row(cells):
                continue
            if piece is None:
                piece = Table(rows=[], line=number)
                doc.blocks.append(piece)
            piece.rows.append(Row(cells=cells, line=number))
            continue
        piece = None
        if not line.strip():
            continue
        if is_page_number(line):
            doc.blocks.append(PageBreak(line=number))
        else:
            doc.blocks.append(Line(text=line, line=number))
    return doc

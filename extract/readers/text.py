"""Text reader: report exports as plain text (UTF-8, UTF-16, TIS-620/cp874) → Document.

Decoding keeps what decodes: a stray byte or NUL becomes U+FFFD, a cp874 line inside UTF-8 is read
as cp874, and checks say where; only input that is mostly not text fails.

Format (seen in real exports): a line containing a TAB is a table row; other lines are running
text. A run of lines whose tabs are all at the start (a word processor's indented paragraphs:
"\t\t๑. ให้…", "\t\t\t๑.๑ …") holds one cell per line, so it is indented text, not a table; page-number lines ("-๔-") mark page breaks; markdown separator rows are dropped. Runs of
rows are emitted as table pieces; any non-row line (blank, page number, text) ends a piece, and
stitching decides which pieces form one logical table.
"""
from __future__ import annotations

import codecs
import re
from typing import Any, NamedTuple

from extract.document import Document, Line, PageBreak, Row, Table
from extract.errors import ReadError
from extract.readers.markup_tables import TABLE_END, TABLE_START, html_rows, pipe_cells
from normalize.text import is_page_number, is_separator_row
from schemas.check_codes import make_check
from schemas.phrases import encoding_name, failure
from schemas.records import Check, Where

# Share of Thai letters among all letters above which a legacy-decoded text is believed.
_MIN_THAI_SHARE = 0.30
# Share of control characters (other than tab/newline) above which bytes are not text.
_MAX_CONTROL_SHARE = 0.01
# Share of undecodable bytes above which the input is not text at all (a stray byte is not that).
_MAX_BAD_SHARE = 0.01
_MIN_BAD_ALLOWED = 4
# C0 controls other than tab, newline, form feed and carriage return
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
_REPLACEMENT = "\ufffd"
# In UTF-16 the high byte of ASCII is 0x00 and of Thai 0x0E: most high bytes of a UTF-16 report are one of them.
_UTF16_HIGH_BYTES = (0x00, 0x0E)
_MIN_UTF16_HIGH_SHARE = 0.5
# A reading check quotes at most this many characters of the line it is about.
QUOTE_CHARS = 120


class Decoded(NamedTuple):
    text: str
    encoding: str
    checks: list[Check]


def decode(data: bytes) -> Decoded:
    """Decode report bytes: what decodes is kept, the rest is replaced by U+FFFD and said so in a
    check. Raise ReadError when the bytes are not text (empty, binary, another code page)."""
    if not data.strip():
        raise ReadError("READ_EMPTY")
    if data.startswith(codecs.BOM_UTF8):
        return _by_lines(data[len(codecs.BOM_UTF8):], "utf-8-sig", len(data))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _utf16(data, "utf-16")
    codec = _utf16_without_bom(data) if b"\x00" in data[:4096] else None
    if codec:
        return _utf16(data, codec)
    return _by_lines(data, None, len(data))


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 byte order when the NUL pattern says so, else None: NULs in one byte position
    only, and that position (the high byte) mostly 0x00/0x0E. A stray NUL in UTF-8 is neither."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    high, other = (odd, even) if odd.count(0) >= even.count(0) else (even, odd)
    if not high or other.count(0) > 0.1 * high.count(0):
        return None
    share = sum(high.count(b) for b in _UTF16_HIGH_BYTES) / len(high)
    if share < _MIN_UTF16_HIGH_SHARE:
        return None
    return "utf-16-le" if high is odd else "utf-16-be"


def _utf16(data: bytes, codec: str) -> Decoded:
    text = data.decode(codec, errors="replace")
    bad = [i for i, ch in enumerate(text) if ch == _REPLACEMENT] if _REPLACEMENT in text else []
    return _finish(text, codec, len(data), bad, [], None)


def _by_lines(data: bytes, bom: str | None, size: int) -> Decoded:
    """UTF-8 if it all decodes; else line by line in the file's main encoding (UTF-8 or cp874), a
    line that fails it in the other one if that gives Thai, else with replacement characters."""
    try:
        return _finish(data.decode("utf-8"), bom or "utf-8", size, [], [], None)
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)
    if bom is None:
        failing = sum(1 for line in lines if not _decodes(line, "utf-8"))
        utf8_evidence = sum(1 for line in lines if not line.isascii() and _decodes(line, "utf-8"))
        if failing > utf8_evidence:
            return _legacy(data, lines, size)
    return _mixed(lines, bom or "utf-8", "utf-8", "cp874", size)


def _legacy(data: bytes, lines: list[bytes], size: int) -> Decoded:
    # cp874 is a superset of TIS-620 (adds a few Windows punctuation code points).
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError:
        return _mixed(lines, "cp874", "cp874", "utf-8", size)
    if _thai_share(text) < _MIN_THAI_SHARE:
        raise _not_thai(lines)
    return _finish(text, "cp874", size, [], [], None)


def _mixed(lines: list[bytes], name: str, main: str, other: str, size: int) -> Decoded:
    parts: list[str] = []
    bad: list[int] = []
    switched: list[int] = []
    offset = 0
    for line in lines:
        if _decodes(line, main):
            part = line.decode(main)
        elif _decodes(line, other) and _thai_share(part := line.decode(other)) >= _MIN_THAI_SHARE:
            switched.append(offset)
        else:
            part = line.decode(main, errors="replace")
            bad.extend(offset + i for i, ch in enumerate(part) if ch == _REPLACEMENT)
        parts.append(part)
        offset += len(part)
    text = "".join(parts)
    if main == "cp874" and _thai_share(text) < _MIN_THAI_SHARE:
        raise _not_thai(lines)
    return _finish(text, name, size, bad, switched, other)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _finish(text: str, encoding: str, size: int, bad: list[int], switched: list[int],
            other: str | None) -> Decoded:
    """Reject binary that happened to decode; replace stray control characters (NUL…) and report
    every replaced or differently decoded place by its line."""
    sample = text[:20000]
    controls = len(_CONTROLS.findall(sample))
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        first = _CONTROLS.search(sample)
        raise ReadError("READ_ENCODING", detail=failure("binary_data", encoding=encoding_name(encoding)),
                        **_quoted(text, first.start() if first else 0))
    if _CONTROLS.search(text):
        bad = sorted([*bad, *(m.start() for m in _CONTROLS.finditer(text))])
        text = _CONTROLS.sub(_REPLACEMENT, text)
    if len(bad) > max(_MAX_BAD_SHARE * size, _MIN_BAD_ALLOWED):
        raise ReadError("READ_ENCODING", detail=failure("bytes_not_text", count=len(bad), size=size,
                                                         encoding=encoding_name(encoding)), **_quoted(text, bad[0]))
    if not text.strip(_REPLACEMENT + " \t\r\n\f"):
        raise ReadError("READ_EMPTY")
    checks = []
    if bad:
        checks.append(make_check("READ_BYTES_REPLACED", count=len(bad), encoding=encoding_name(encoding),
                                 **_quoted(text, bad[0])))
    if switched:
        checks.append(make_check("READ_MIXED_ENCODING", count=len(switched), encoding=encoding_name(encoding),
                                 other=encoding_name(other or ""), **_quoted(text, switched[0])))
    return Decoded(text, encoding, checks)


def _line_at(text: str, offset: int) -> int:
    """1-based line of ``text[offset]`` as read_text numbers lines (str.splitlines)."""
    return len(text[:offset + 1].splitlines())


def _quoted(text: str, offset: int) -> dict[str, Any]:
    """A reading check's location and source text: the line holding ``text[offset]``, its control
    characters shown as ``\\xNN`` (a replaced byte stays '\ufffd'), cut to QUOTE_CHARS."""
    number = _line_at(text, offset)
    lines = text.splitlines()
    line = lines[number - 1] if 0 < number <= len(lines) else ""
    return {"where": Where(line=number), "source_text": _cut(_escape_controls(line.strip()))}


def _not_thai(lines: list[bytes]) -> ReadError:
    """READ_ENCODING for bytes that are neither UTF-8 nor Thai: quoting the first line whose bytes
    are not ASCII, each such byte as ``\\xNN`` (no encoding can be trusted to show them)."""
    number, line = next(((n, raw) for n, raw in enumerate(lines, start=1) if not raw.isascii()), (1, lines[0] if lines else b""))
    shown = _cut(_escape_controls(line.strip().decode("ascii", errors="backslashreplace")))
    return ReadError("READ_ENCODING", where=Where(line=number), detail=failure("not_thai_text"), source_text=shown)


def _escape_controls(text: str) -> str:
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _cut(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS - 1] + "…"


def _thai_share(text: str) -> float:
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\u0e00" <= ch <= "\u0e7f") / len(letters)


# the separator of a table's cells written without outer pipes
BARE_PIPE = " | "


def read_text(data: bytes, source_file: str, sha256: str, max_pages: int | None = None,
              pdf_reader: str | None = None) -> Document:
    """Bytes of a text export → Document with 1-based line provenance (``max_pages``: no pages,
    ``pdf_reader``: not a PDF; both ignored)."""
    text, encoding, checks = decode(data)
    doc = Document(source_file=source_file, sha256=sha256, reader="text", encoding=encoding)
    if encoding not in ("utf-8", "utf-8-sig"):
        doc.checks.append(make_check("READ_LEGACY_ENCODING", encoding=encoding_name(encoding)))
    doc.checks += checks
    piece: Table | None = None
    lines = text.splitlines()
    skip_to = 0
    piped = False  # the open piece is a Markdown table: its rows may omit the outer pipes
    aligned = _aligned_rows(lines)  # 0-based line → its cells, for rows of a table set out with spaces
    for number, raw in enumerate(lines, start=1):
        if number <= skip_to:
            continue
        line = raw.rstrip("\r\n")
        if number - 1 in aligned:
            if piece is None or piece.rows[-1].line not in aligned.runs.get(number - 1, ()):
                _indented_piece_to_lines(doc, piece)
                piece = Table(rows=[], line=number)
                doc.blocks.append(piece)
            piece.rows.append(Row(cells=aligned[number - 1], line=number))
            continue
        if not line.strip() and piece is not None and number in aligned.blank_inside:
            continue  # a blank line between two rows of one spaced table
        if "<" in line and TABLE_START.search(line):  # an HTML table (a converter's merged cells)
            _indented_piece_to_lines(doc, piece)
            piece, skip_to = None, _html_table(doc, lines, number)
            continue
        cells = line.split("\t") if "\t" in line else None
        if cells is None and "|" in line:
            bare = piped or (number < len(lines) and (_pipe_rule(lines[number]) or _pipe_run(line, lines[number])))
            cells = pipe_cells(line, bare)
            piped = cells is not None
        if cells is not None:
            if is_separator_row(cells):
                continue
            if piece is None:
                piece = Table(rows=[], line=number)
                doc.blocks.append(piece)
            piece.rows.append(Row(cells=cells, line=number))
            continue
        _indented_piece_to_lines(doc, piece)
        piece, piped = None, False
        if not line.strip():
            continue
        if is_page_number(line):
            doc.blocks.append(PageBreak(line=number))
        else:
            doc.blocks.append(Line(text=line, line=number))
    _indented_piece_to_lines(doc, piece)
    return doc


class _Aligned(dict):
    """0-based line → cells of the rows of tables set out with spaces; ``runs``: line → the 1-based
    numbers of its table's lines; ``blank_inside``: 1-based numbers of blank lines between two rows."""

    def __init__(self) -> None:
        super().__init__()
        self.runs: dict[int, frozenset[int]] = {}
        self.blank_inside: set[int] = set()


def _aligned_rows(lines: list[str]) -> _Aligned:
    """Rows of tables a text export sets out with spaces (pdftotext -layout, a fixed-width report): at
    least ALIGNED_MIN_ROWS lines running on (a blank line between two allowed), each of as many cells
    apart by two spaces or more, at least ALIGNED_MIN_CELLS, every cell starting or ending where the
    first line's does (in characters or in printed columns, Thai marks taking none). Read as lines,
    a row of numbers ("IIT   88.10   93.50" under "เครื่องมือ   ปี 2563   ปี 2564") was no one's score."""
    found = _Aligned()
    parsed = [_spaced_cells(line) for line in lines]
    i = 0
    while i < len(lines):
        first = parsed[i]
        if first is None:
            i += 1
            continue
        run, j, k = [i], i + 1, i
        while j < len(lines):
            if not lines[j].strip() and j + 1 < len(lines) and j - k == 1:
                j += 1
                continue
            cur = parsed[j]
            if cur is None or not _aligned(first, cur):
                break
            run.append(j)
            k, j = j, j + 1
        if len(run) >= ALIGNED_MIN_ROWS:
            numbers = frozenset(n + 1 for n in run)
            for n in run:
                found[n] = [cell for cell, _, _ in parsed[n] or ()]
                found.runs[n] = numbers
            found.blank_inside.update(n + 1 for n in range(run[0], run[-1]) if n not in run)
            i = run[-1] + 1
        else:
            i += 1
    return found


ALIGNED_MIN_ROWS = 3
ALIGNED_MIN_CELLS = 3
ALIGNED_SLACK = 2
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
_MARK = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def _spaced_cells(line: str) -> list[tuple[str, tuple[int, int], tuple[int, int]]] | None:
    """A line's cells apart by two spaces or more, each with its (start, end) in characters and in
    printed columns; None for a line of fewer than ALIGNED_MIN_CELLS, or one with tabs or pipes."""
    if "\t" in line or "|" in line or "  " not in line.strip():
        return None
    cells = []
    for m in _SPACED_CELL.finditer(line):
        marks_before = len(_MARK.findall(line, 0, m.start()))
        marks_in = len(_MARK.findall(m.group()))
        cells.append((m.group(), (m.start(), m.end()),
                      (m.start() - marks_before, m.end() - marks_before - marks_in)))
    return cells if len(cells) >= ALIGNED_MIN_CELLS else None


def _aligned(a: list, b: list) -> bool:
    """Two lines of as many cells, each cell of ``b`` starting or ending where ``a``'s does."""
    if len(a) != len(b):
        return False
    return all(any(abs(x[k][0] - y[k][0]) <= ALIGNED_SLACK or abs(x[k][1] - y[k][1]) <= ALIGNED_SLACK
                   for k in (1, 2)) for x, y in zip(a, b))


def _pipe_run(line: str, next_line: str) -> bool:
    """Two lines of as many cells apart by " | ", no outer pipes and no rule line under the first
    ("ปีงบประมาณ | IIT | EIT" over "2567 | 95.08 | 88.90"; a last cell empty: "การใช้อำนาจ | ๘๖.๑๐ |"): a
    table as a text export or a pasted web table writes one. One such line alone (a menu "หน้าแรก |
    ข่าว") is text."""
    count = line.count("|")
    return BARE_PIPE in line and BARE_PIPE in next_line and next_line.count("|") == count


def _pipe_rule(line: str) -> bool:
    """A Markdown table's rule line ("---|:---:", "| --- | --- |")."""
    return "|" in line and "-" in line and is_separator_row(line.strip().strip("|").split("|"))


def _html_table(doc: Document, lines: list[str], number: int) -> int:
    """The HTML table opening on line ``number`` as a table piece (text around it as lines); returns
    the number of its last line."""
    end = next((i for i in range(number - 1, len(lines)) if TABLE_END.search(lines[i])), len(lines) - 1)
    first, last = lines[number - 1], lines[end]
    opening = TABLE_START.search(first)
    before = first[:opening.start()] if opening else ""
    if before.strip():
        doc.blocks.append(Line(text=before.strip(), line=number))
    closing = list(TABLE_END.finditer(last))
    markup = "\n".join([first[len(before):], *lines[number:end + 1]])
    if closing:
        markup = markup[:len(markup) - (len(last) - closing[-1].end())]
    rows = html_rows(markup)
    if rows:
        doc.blocks.append(Table(rows=[Row(cells=cells, line=number + offset - 1, under_merged=under)
                                      for offset, cells, under in rows], line=number))
    after = last[closing[-1].end():] if closing else ""
    if after.strip():
        doc.blocks.append(Line(text=after.strip(), line=end + 1))
    return end + 1


def _indented(cells: list[str]) -> bool:
    """A row whose only text is its last cell: a line whose tabs all lead it (indentation)."""
    return bool(cells[-1].strip()) and not any(c.strip() for c in cells[:-1])


def _indented_piece_to_lines(doc: Document, piece: Table | None) -> None:
    """A finished piece whose every row is an indented line becomes running text lines."""
    if piece is None or not piece.rows or doc.blocks[-1] is not piece:
        return None
    if all(_indented(row.cells) for row in piece.rows):
        doc.blocks.pop()
        doc.blocks.extend(Line(text=row.cells[-1].strip(), line=row.line) for row in piece.rows)
    return None

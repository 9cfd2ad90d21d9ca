"""DOC reader: Word 97–2003 binary files ([MS-DOC]) → Document, as the .docx reader makes it.

olefile opens the OLE compound file ([MS-CFB]); the rest is read here from the WordDocument
stream and its table stream ("1Table" or "0Table", as the FIB's fWhichTblStm says):

* the FIB gives the length of the main text (ccpText), the piece table (Clx) and the paragraph
  properties (PlcBtePapx), the sections (PlcfSed) and the page headers (PlcfHdd);
* the piece table maps character positions (CPs) to the stream: a piece is 8-bit text (cp1252, at
  fc/2) or UTF-16LE (at fc);
* each paragraph's properties come from the PAPX FKP page holding its paragraph mark: whether it
  is in a table (sprmPFInTable), how deep (sprmPItap), whether its mark ends a table row
  (sprmPFTtp; sprmPFInnerTtp in a nested table) or a nested cell (sprmPFInnerTableCell), which list
  and level number it (sprmPIlfo, sprmPIlvl); a row end's properties hold its cells' edges and
  merges (sprmTDefTable, sprmTVertMerge, sprmTMerge), in the Data stream when they are many
  (sprmPHugePapx);
* the list tables (PlfLst with its LVLs, PlfLfo) give each list's levels: number format, text and
  start;
* the CHPX FKP pages (PlcBteChpx) say which text a tracked change deleted (sprmCFRMarkDel).

The text is then laid out as the WordprocessingML a .docx would hold (``w:p``, ``w:tbl`` with
``w:tblGrid``, ``w:gridSpan``, ``w:vMerge``, ``w:br``, ``w:numPr``, and a numbering part for
extract/readers/docx_numbering.py) and walked by the .docx reader's walker
(extract/readers/docx.py), so both kinds of Word file give the same blocks by the same rules:
paragraphs as ``Line``s, layout tables read as the body, other tables as ``Table``s on the grid
that the union of the rows' cell edges makes (a horizontally merged cell gives its text, then ""
for each grid column it spans), vertically continued cells "", nested tables flattened into their
cell, a header row typed again dropped, automatic list numbers put before their paragraphs,
``line`` = the paragraph's position in reading order.

Text: a field's shown result is kept and its instruction dropped (\\x13 … \\x14 … \\x15); a line
break (\\x0b) is ``w:br``, a page break (\\x0c) a page break and a section's end a section break
(unless the section is continuous); a tab a tab (a space in the text, a cell's end in a table set with
tab stops: extract/readers/tab_tables.py), a non-breaking hyphen (\\x1e) "-", an
optional hyphen (\\x1f) and objects (\\x01, \\x08) are dropped, and so is a tracked deletion (a
tracked insertion is text). The first section's page header is read first, as the .docx reader
does. Not read: footnotes, comments, footers, text boxes (stories other than the main text and
the header); a list number that a paragraph's style alone gives (the stylesheet is not read;
LibreOffice writes the list on each paragraph, so its files keep their labels); the properties a
fast-saved piece's Prm0 sets (Prm1's grpprl is read). LibreOffice saves Thai-digit list numbers
as decimal ones, so a .doc it made shows "1." where its .docx showed "๑.".

A password-protected file (the FIB's fEncrypted, or an encrypted OOXML package in an OLE file)
raises ReadError("READ_FAILED") saying so; an OLE file with no WordDocument stream (a spreadsheet,
a presentation) READ_LEGACY_OFFICE; a Word 6.0/95 file READ_LEGACY_OFFICE; a broken one
READ_FAILED; an empty file READ_EMPTY.
"""
from __future__ import annotations

import io
import struct
from bisect import bisect_right
from dataclasses import dataclass, field

from lxml import etree

from extract.document import Document
from extract.errors import ReadError
from extract.readers.docx import OLE_MAGIC, W, _Walker
from extract.readers.tab_tables import tables_from_tab_stops
from extract.readers.docx_numbering import Numbering
from schemas.phrases import FILE_KINDS, failure

WORD97_NFIB = 0x00C1       # the FIB's nFib from Word 97 on; Word 6.0/95 wrote 101–105
F_ENCRYPTED, F_WHICH_TBL_STM, F_OBFUSCATED = 0x0100, 0x0200, 0x8000
# FibRgFcLcb97: the index of each fc/lcb pair used here
FC_PLCF_SED, FC_PLCF_HDD, FC_PLCF_BTE_CHPX, FC_PLCF_BTE_PAPX, FC_CLX, FC_PLF_LST, FC_PLF_LFO = 6, 11, 12, 13, 33, 73, 74
# paragraph and table sprms ([MS-DOC] 2.6.2, 2.6.4)
SPRM_P_PAGE_BREAK_BEFORE = 0x2407
SPRM_P_ILVL, SPRM_P_ILFO = 0x260A, 0x460B
SPRM_P_IN_TABLE, SPRM_P_TTP = 0x2416, 0x2417
SPRM_P_INNER_CELL, SPRM_P_INNER_TTP = 0x244B, 0x244C
SPRM_P_ITAP = 0x6649
SPRM_P_CHG_TABS = 0xC615
SPRM_P_HUGE_PAPX = 0x6646
SPRM_T_DEF_TABLE, SPRM_T_VERT_MERGE, SPRM_T_MERGE = 0xD608, 0xD62B, 0x5624
SPRM_S_BKC, SPRM_S_TITLE_PAGE = 0x3009, 0x300A
SPRM_C_RMARK_DEL = 0x0800   # a tracked deletion
# list numbering ([MS-DOC] 2.9.147 LSTF, 2.9.150 LVLF, 2.9.131 LFO, 2.9.133 LFOLVL)
LSTF_SIZE, LVLF_SIZE, LFO_SIZE = 28, 28, 16
LIST_LEVELS = 9
# MSONFC → the .docx numFmt the numbering labels are written in (others: decimal)
NUMBER_FORMATS = {0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter",
                  22: "decimalZero", 23: "bullet", 53: "thaiLetters", 54: "thaiNumbers", 55: "thaiCounting",
                  255: "none"}
# TC80's tcgrf bits
TC_FIRST_MERGED, TC_MERGED, TC_VERT_MERGE, TC_VERT_RESTART = 0x0001, 0x0002, 0x0020, 0x0040
TC80_SIZE = 20
FKP_SIZE = 512
GRID_SLACK = 5              # twips: cell edges this close are one grid line (rounding between rows)
MAX_CELLS = 64              # a row holds at most 63 cells in Word; a corrupt itcMac must not make more
# header stories of a section, in PlcfHdd after the six separator stories
HDD_SEPARATORS, HDD_ODD_HEADER, HDD_FIRST_HEADER = 6, 1, 4

PARA_END, CELL_END = "\r", "\x07"
SECTION_BREAK = "\x0c"
FIELD_BEGIN, FIELD_SEPARATOR, FIELD_END = "\x13", "\x14", "\x15"
LINE_BREAK = "\x0b"
HIDDEN = "\x00"   # stands for a character not shown (dropped with the other control characters)
# characters that become other text, or none (objects, footnote marks, optional hyphens…)
_SHOWN = {"\t": "\t", "\x1e": "-", "\xa0": " "}  # a tab is kept: a space in the text, a cell's end in a tab-stop table
# 8-bit pieces are cp1252 ([MS-DOC] 2.4.1); its five unassigned bytes stay as they are
_COMPRESSED = {b: ord(bytes([b]).decode("cp1252")) for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def read_doc(data: bytes, source_file: str, sha256: str) -> Document:
    """Bytes of a Word 97–2003 .doc → Document (page=None; line = paragraph number, as .docx)."""
    if not data.strip():
        raise ReadError("READ_EMPTY")
    word, table, extra = _streams(data)
    try:
        body, headers, numbering = _Parsed(word, table, extra).wordml()
        doc = Document(source_file=source_file, sha256=sha256, reader="doc")
        walker = _Walker(doc, Numbering(numbering, None))
        for header in headers:
            walker.blocks(header, page_numbers=False)
        walker.blocks(body)
        doc.blocks = tables_from_tab_stops(doc.blocks, walker.tabbed)
    except ReadError:
        raise
    except Exception as exc:  # a corrupt FIB, piece table or FKP: never escape
        raise ReadError("READ_FAILED", detail=failure("doc_invalid", error=f"{type(exc).__name__}: {exc}")) from None
    return doc


def _streams(data: bytes) -> tuple[bytes, bytes, bytes]:
    """The WordDocument stream, the table stream its FIB names and the Data stream (b"" where the
    file has none); ReadError for any other file."""
    if not data.startswith(OLE_MAGIC):
        raise ReadError("READ_FAILED", detail=failure("doc_not_ole"))
    import olefile  # imported only when a .doc comes

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists("WordDocument"):
                if ole.exists("EncryptedPackage"):  # a password-protected .docx keeps its package here
                    raise ReadError("READ_FAILED", detail=failure("doc_encrypted"))
                raise ReadError("READ_LEGACY_OFFICE", kind=FILE_KINDS["legacy_office"])
            word = ole.openstream("WordDocument").read()
            if len(word) < 0x20:
                raise ReadError("READ_FAILED", detail=failure("doc_invalid", error="the FIB is cut short"))
            n_fib, flags = struct.unpack_from("<HxxxxxxH", word, 2)
            if n_fib < WORD97_NFIB:
                raise ReadError("READ_LEGACY_OFFICE", kind=FILE_KINDS["word95"])
            if flags & (F_ENCRYPTED | F_OBFUSCATED):
                raise ReadError("READ_FAILED", detail=failure("doc_encrypted"))
            name = "1Table" if flags & F_WHICH_TBL_STM else "0Table"
            if not ole.exists(name):
                raise ReadError("READ_FAILED", detail=failure("doc_invalid", error=f"no {name} stream"))
            extra = ole.openstream("Data").read() if ole.exists("Data") else b""
            return word, ole.openstream(name).read(), extra
    except ReadError:
        raise
    except Exception as exc:  # not a compound file after all, a broken directory or FAT
        raise ReadError("READ_FAILED", detail=failure("doc_invalid", error=f"{type(exc).__name__}: {exc}")) from None


# -- properties ------------------------------------------------------------------------------------

def _sprms(grpprl: bytes) -> list[tuple[int, bytes]]:
    """A grpprl's (sprm, operand) pairs, in order; a truncated last one is dropped."""
    out = []
    at, end = 0, len(grpprl)
    while at + 2 <= end:
        sprm = grpprl[at] | grpprl[at + 1] << 8
        at += 2
        spra = sprm >> 13
        if spra in (0, 1):
            size = 1
        elif spra in (2, 4, 5):
            size = 2
        elif spra == 3:
            size = 4
        elif spra == 7:
            size = 3
        elif sprm == SPRM_T_DEF_TABLE:  # a 2-byte size, one more than the bytes after it
            if at + 2 > end:
                break
            size = max(0, (grpprl[at] | grpprl[at + 1] << 8) - 1)
            at += 2
        elif sprm == SPRM_P_CHG_TABS and at < end and grpprl[at] == 255:  # PChgTabsOperand: its own counts
            deleted = grpprl[at + 1] if at + 1 < end else 0
            added = grpprl[at + 2 + 4 * deleted] if at + 2 + 4 * deleted < end else 0
            size, at = 1 + 4 * deleted + 1 + 3 * added, at + 1
        else:
            if at >= end:
                break
            size = grpprl[at]
            at += 1
        if at + size > end:
            break
        out.append((sprm, grpprl[at:at + size]))
        at += size
    return out


@dataclass
class _Cells:
    """A table row's cells from its row end's properties: their edges (twips) and merge flags."""
    edges: list[int] = field(default_factory=list)
    flags: list[int] = field(default_factory=list)


@dataclass
class _Para:
    text: str                 # the paragraph's characters, its mark excluded
    end: str                  # its mark: \r, \x07 (a cell or row end) or \x0c (a section's end)
    depth: int = 0            # table depth (0: body)
    row_end: bool = False     # the mark ends a table row (at this depth)
    cell_end: bool = False    # the mark ends a cell (at this depth)
    page_break_before: bool = False
    list_ref: tuple[int, int] | None = None   # (its list's LFO, 1-based; its level) when Word numbers it
    cells: _Cells | None = None
    section_break: bool = False


def _paragraph_props(para: _Para, grpprl: bytes) -> None:
    in_table = inner_cell = inner_ttp = ttp = False
    itap = None
    cells: _Cells | None = None
    for sprm, op in _sprms(grpprl):
        if sprm == SPRM_P_IN_TABLE:
            in_table = bool(op[0])
        elif sprm == SPRM_P_TTP:
            ttp = bool(op[0])
        elif sprm == SPRM_P_ITAP:
            itap = struct.unpack("<i", op)[0]
        elif sprm == SPRM_P_INNER_CELL:
            inner_cell = bool(op[0])
        elif sprm == SPRM_P_INNER_TTP:
            inner_ttp = bool(op[0])
        elif sprm == SPRM_P_PAGE_BREAK_BEFORE:
            para.page_break_before = bool(op[0])
        elif sprm == SPRM_P_ILFO:
            ilfo = struct.unpack("<h", op)[0]
            para.list_ref = (ilfo, para.list_ref[1] if para.list_ref else 0) if ilfo > 0 else None
        elif sprm == SPRM_P_ILVL:
            level = min(op[0], LIST_LEVELS - 1)
            para.list_ref = (para.list_ref[0], level) if para.list_ref else (0, level)
        elif sprm == SPRM_T_DEF_TABLE:
            cells = _def_table(op)
        elif sprm == SPRM_T_VERT_MERGE and cells is not None and len(op) >= 2 and op[0] < len(cells.flags):
            flags = cells.flags[op[0]] & ~(TC_VERT_MERGE | TC_VERT_RESTART)
            cells.flags[op[0]] = flags | (TC_VERT_MERGE if op[1] & 1 else 0) | (TC_VERT_RESTART if op[1] & 2 else 0)
        elif sprm == SPRM_T_MERGE and cells is not None and len(op) >= 2:
            for itc in range(op[0], min(op[1], len(cells.flags))):
                cells.flags[itc] |= TC_FIRST_MERGED if itc == op[0] else TC_MERGED
    if para.list_ref and para.list_ref[0] <= 0:
        para.list_ref = None
    depth = max(0, min(itap, 64)) if itap is not None else int(in_table)
    if in_table and depth == 0:
        depth = 1
    para.depth = depth
    if depth > 1:
        para.row_end, para.cell_end = inner_ttp, inner_cell and not inner_ttp
    elif depth == 1:
        para.row_end = ttp
        para.cell_end = para.end == CELL_END and not para.row_end
    para.cells = cells if para.row_end else None


def _def_table(op: bytes) -> _Cells | None:
    """TDefTableOperand: itcMac, its itcMac+1 cell edges, then up to itcMac TC80s."""
    if not op:
        return None
    count = min(op[0], MAX_CELLS)
    if len(op) < 1 + 2 * (count + 1):
        return None
    edges = list(struct.unpack_from(f"<{count + 1}h", op, 1))
    at = 1 + 2 * (count + 1)
    flags = []
    for k in range(count):
        start = at + k * TC80_SIZE
        flags.append(op[start] | op[start + 1] << 8 if start + 2 <= len(op) else 0)
    return _Cells(edges, flags)


# -- the file ------------------------------------------------------------------------------------

class _Parsed:
    """A Word 97 file's text, pieces and paragraph properties."""

    def __init__(self, word: bytes, table: bytes, extra: bytes = b"") -> None:
        self.word, self.table, self.extra = word, table, extra
        csw = _u16(word, 0x20)
        lw = 0x22 + 2 * csw + 2
        cslw = _u16(word, lw - 2)
        self.ccp_text, self.ccp_ftn, self.ccp_hdd = struct.unpack_from("<3I", word, lw + 12)
        fclcb_at = lw + 4 * cslw + 2
        self.n_fclcb = _u16(word, fclcb_at - 2)
        self.fclcb_at = fclcb_at
        self.prcs: list[bytes] = []
        self.pieces = self._pieces()         # (cp start, cp end, fc, compressed, prm)
        self.piece_starts = [p[0] for p in self.pieces]
        self.papx = self._papx_runs()        # (fc start, fc end, grpprl), sorted
        self.papx_starts = [r[0] for r in self.papx]
        self.deleted = self._deleted_runs()  # (fc start, fc end) of text a tracked change deleted, sorted
        self.deleted_starts = [r[0] for r in self.deleted]
        self.sections = self._sections()     # (cp of the section's mark, continuous?, title page?)
        self.num_ids: dict[int, int] = {}    # LFO → the w:num its paragraphs count in (numbering)

    def fclcb(self, index: int) -> tuple[int, int]:
        if index >= self.n_fclcb:
            return 0, 0
        fc, lcb = struct.unpack_from("<II", self.word, self.fclcb_at + 8 * index)
        if fc + lcb > len(self.table):
            raise ValueError(f"FibRgFcLcb entry {index} points past the table stream")
        return fc, lcb

    # -- pieces and text

    def _pieces(self) -> list[tuple[int, int, int, bool, int]]:
        fc, lcb = self.fclcb(FC_CLX)
        if not lcb:
            raise ValueError("the file has no piece table (Clx)")
        clx, at = self.table[fc:fc + lcb], 0
        while at < len(clx) and clx[at] == 0x01:  # Prc: grpprls that pieces point to
            size = struct.unpack_from("<h", clx, at + 1)[0]
            self.prcs.append(clx[at + 3:at + 3 + max(size, 0)])
            at += 3 + max(size, 0)
        if at >= len(clx) or clx[at] != 0x02:
            raise ValueError("the piece table (Pcdt) is missing")
        size = _u32(clx, at + 1)
        plc = clx[at + 5:at + 5 + size]
        count = (len(plc) - 4) // 12
        cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
        pieces = []
        for k in range(count):
            fc_raw, prm = struct.unpack_from("<xxIH", plc, 4 * (count + 1) + 8 * k)
            compressed = bool(fc_raw & 0x40000000)
            start = (fc_raw & 0x3FFFFFFF) // 2 if compressed else fc_raw & 0x3FFFFFFF
            if cps[k + 1] > cps[k]:
                pieces.append((cps[k], cps[k + 1], start, compressed, prm))
        return pieces

    def text(self, start: int, end: int) -> tuple[str, list[int]]:
        """The characters of CPs start..end, and each one's byte offset in WordDocument."""
        chars: list[str] = []
        offsets: list[int] = []
        k = max(0, bisect_right(self.piece_starts, start) - 1)
        for cp0, cp1, fc, compressed, _ in self.pieces[k:]:
            if cp0 >= end:
                break
            a, b = max(cp0, start), min(cp1, end)
            if a >= b:
                continue
            width = 1 if compressed else 2
            at = fc + (a - cp0) * width
            count = len(self.word[at:at + (b - a) * width]) // width  # fewer where the stream is cut short
            raw = self.word[at:at + count * width]
            if compressed:
                chars.append(raw.decode("latin-1").translate(_COMPRESSED))
            else:  # one character a CP: a surrogate pair stays two until the text is shown (_text)
                chars.append("".join(map(chr, struct.unpack(f"<{count}H", raw))))
            offsets.extend(range(at, at + count * width, width))
        return "".join(chars), offsets

    def piece_grpprl(self, fc: int) -> bytes:
        """The sprms a piece's Prm1 adds to the paragraphs whose marks it holds (fast-saved files)."""
        for cp0, cp1, start, compressed, prm in self.pieces:
            if start <= fc < start + (cp1 - cp0) * (1 if compressed else 2):
                return self.prcs[prm >> 1] if prm & 1 and (prm >> 1) < len(self.prcs) else b""
        return b""

    # -- paragraph properties

    def plc(self, index: int, size: int) -> tuple[tuple[int, ...], bytes, int]:
        """The PLC that FibRgFcLcb entry ``index`` points to in the table stream: its n+1 positions,
        its bytes and where its n data items (``size`` bytes each) begin; empty where it has none."""
        fc, lcb = self.fclcb(index)
        if lcb < 4:
            return (), b"", 0
        count = (lcb - 4) // (4 + size)
        plc = self.table[fc:fc + lcb]
        return struct.unpack_from(f"<{count + 1}I", plc, 0), plc, 4 * (count + 1)

    def _papx_runs(self) -> list[tuple[int, int, bytes]]:
        runs = []
        for fkp, bounds in self._fkp_pages(FC_PLCF_BTE_PAPX):
            crun = len(bounds) - 1
            for r in range(crun):
                offset = fkp[4 * (crun + 1) + 13 * r] * 2
                grpprl = b""
                if offset:
                    cb = fkp[offset]
                    if cb:
                        body = fkp[offset + 1:offset + 1 + 2 * cb - 1]
                    else:
                        body = fkp[offset + 2:offset + 2 + 2 * fkp[offset + 1]]
                    grpprl = self._huge(body[2:])  # after the style index
                runs.append((bounds[r], bounds[r + 1], grpprl))
        runs.sort(key=lambda r: r[0])
        return runs

    def _fkp_pages(self, index: int) -> list[tuple[bytes, tuple[int, ...]]]:
        """The FKP pages a PlcBte (PAPX or CHPX) names, each with its crun+1 run bounds (FCs)."""
        fcs, plc, data = self.plc(index, 4)
        pages = []
        for k in range(len(fcs) - 1):
            page = _u32(plc, data + 4 * k) & 0x3FFFFF
            fkp = self.word[page * FKP_SIZE:(page + 1) * FKP_SIZE]
            if len(fkp) == FKP_SIZE:
                pages.append((fkp, struct.unpack_from(f"<{fkp[FKP_SIZE - 1] + 1}I", fkp, 0)))
        return pages

    def _deleted_runs(self) -> list[tuple[int, int]]:
        runs = []
        for fkp, bounds in self._fkp_pages(FC_PLCF_BTE_CHPX):
            crun = len(bounds) - 1
            for r in range(crun):
                offset = fkp[4 * (crun + 1) + r] * 2
                if offset and any(sprm == SPRM_C_RMARK_DEL and op[0] for sprm, op
                                  in _sprms(fkp[offset + 1:offset + 1 + fkp[offset]])):
                    runs.append((bounds[r], bounds[r + 1]))
        return sorted(runs)

    def is_deleted(self, fc: int) -> bool:
        k = bisect_right(self.deleted_starts, fc) - 1
        return k >= 0 and fc < self.deleted[k][1]

    def _huge(self, grpprl: bytes) -> bytes:
        """A paragraph's own sprms, or those in the Data stream where sprmPHugePapx points (a row
        end whose table properties do not fit in its FKP page)."""
        if len(grpprl) >= 6 and grpprl[0] | grpprl[1] << 8 == SPRM_P_HUGE_PAPX:
            at = _u32(grpprl, 2)
            if at + 2 <= len(self.extra):
                return self.extra[at + 2:at + 2 + _u16(self.extra, at)]
            return b""
        return grpprl

    def grpprl_at(self, fc: int) -> bytes:
        k = bisect_right(self.papx_starts, fc) - 1
        own = self.papx[k][2] if k >= 0 and fc < self.papx[k][1] else b""
        return own + self.piece_grpprl(fc)

    # -- list numbering

    def lists(self) -> tuple[dict[int, list[tuple[str, str, int]]], list[tuple[int, dict[int, int]]]]:
        """The lists by lsid, each its levels' (format, text with %1…%9 for the levels' numbers,
        start); and each LFO (the lists paragraphs name, from 1) as its list's lsid and the levels
        whose start it overrides."""
        lists: dict[int, list[tuple[str, str, int]]] = {}
        fc, lcb = self.fclcb(FC_PLF_LST)
        if lcb >= 2:
            at = fc + lcb  # the lists' levels follow the PlfLst, in its order
            for k in range(max(0, struct.unpack_from("<h", self.table, fc)[0])):
                lsid, = struct.unpack_from("<i", self.table, fc + 2 + LSTF_SIZE * k)
                simple = self.table[fc + 2 + LSTF_SIZE * k + 26] & 0x01
                levels = []
                for _ in range(1 if simple else LIST_LEVELS):
                    level, at = self._level(at)
                    levels.append(level)
                lists[lsid] = levels
        lfos: list[tuple[int, dict[int, int]]] = []
        fc, lcb = self.fclcb(FC_PLF_LFO)
        if lcb >= 4:
            count = min(_u32(self.table, fc), lcb // LFO_SIZE)
            at = fc + 4 + LFO_SIZE * count  # each LFO's LFOData, in order
            for k in range(count):
                lsid, = struct.unpack_from("<i", self.table, fc + 4 + LFO_SIZE * k)
                overrides: dict[int, int] = {}
                at += 4  # the LFOData's cp
                for _ in range(self.table[fc + 4 + LFO_SIZE * k + 12]):
                    start, flags = struct.unpack_from("<iI", self.table, at)
                    at += 8
                    if flags & 0x20:  # fFormatting: a whole level follows
                        (_, _, start_at), at = self._level(at)
                        start = start_at if not flags & 0x10 else start
                    if flags & 0x10:  # fStartAt
                        overrides[flags & 0x0F] = start
                lfos.append((lsid, overrides))
        return lists, lfos

    def numbering(self) -> etree._Element:
        """The lists as a .docx numbering part: a w:abstractNum a list, a w:num an LFO. LFOs of one
        list count on together, as Word counts them, unless an LFO restarts a level (its own w:num
        with w:startOverride)."""
        try:
            lists, lfos = self.lists()
        except (struct.error, IndexError, ValueError):  # broken list tables: the text without its labels
            lists, lfos = {}, []
        root = etree.Element(W + "numbering")
        for lsid, levels in lists.items():
            abstract = etree.SubElement(root, W + "abstractNum", {W + "abstractNumId": str(lsid)})
            for k, (fmt, text, start) in enumerate(levels):
                lvl = etree.SubElement(abstract, W + "lvl", {W + "ilvl": str(k)})
                for name, value in (("start", str(start)), ("numFmt", fmt), ("lvlText", text)):
                    etree.SubElement(lvl, W + name, {W + "val": value})
        self.num_ids = {}
        shared: dict[int, int] = {}
        for k, (lsid, overrides) in enumerate(lfos, 1):
            self.num_ids[k] = k if overrides else shared.setdefault(lsid, k)
            if self.num_ids[k] != k:
                continue
            num = etree.SubElement(root, W + "num", {W + "numId": str(k)})
            etree.SubElement(num, W + "abstractNumId", {W + "val": str(lsid)})
            for level, start in overrides.items():
                over = etree.SubElement(num, W + "lvlOverride", {W + "ilvl": str(level)})
                etree.SubElement(over, W + "startOverride", {W + "val": str(start)})
        return root

    def _level(self, at: int) -> tuple[tuple[str, str, int], int]:
        """The LVL at ``at`` in the table stream, and where the next one begins."""
        start, nfc = struct.unpack_from("<iB", self.table, at)
        places = {p for p in self.table[at + 6:at + 15] if p}  # 1-based places of the level numbers
        chpx, papx = self.table[at + 24], self.table[at + 25]
        xst = at + LVLF_SIZE + papx + chpx
        cch = _u16(self.table, xst)
        chars = struct.unpack_from(f"<{cch}H", self.table, xst + 2)
        text = "".join(f"%{c + 1}" if k + 1 in places and c < LIST_LEVELS else chr(c) for k, c in enumerate(chars))
        return (NUMBER_FORMATS.get(nfc, "decimal"), text, start), xst + 2 + 2 * cch

    # -- sections and headers

    def _sections(self) -> list[tuple[int, bool, bool]]:
        cps, plc, data = self.plc(FC_PLCF_SED, 12)
        out = []
        for k in range(len(cps) - 1):
            fc_sepx = _u32(plc, data + 12 * k + 2)
            continuous = title = False
            if fc_sepx != 0xFFFFFFFF and fc_sepx + 2 <= len(self.word):
                size = _u16(self.word, fc_sepx)
                for sprm, op in _sprms(self.word[fc_sepx + 2:fc_sepx + 2 + size]):
                    if sprm == SPRM_S_BKC:
                        continuous = op[0] == 0
                    elif sprm == SPRM_S_TITLE_PAGE:
                        title = bool(op[0])
            out.append((cps[k + 1] - 1, continuous, title))
        return out

    def header_ranges(self) -> list[tuple[int, int]]:
        """The first section's page headers as CP ranges: the first page's own (when the section
        has one), then the others'; none where the file has none."""
        cps = self.plc(FC_PLCF_HDD, 0)[0]
        if not self.ccp_hdd:
            return []
        base = self.ccp_text + self.ccp_ftn
        stories = [HDD_ODD_HEADER]
        if self.sections and self.sections[0][2]:
            stories.insert(0, HDD_FIRST_HEADER)
        out = []
        for story in stories:
            k = HDD_SEPARATORS + story
            if k + 1 < len(cps) and cps[k + 1] > cps[k] + 1:  # less its last mark, a guard not shown
                out.append((base + cps[k], base + min(cps[k + 1] - 1, self.ccp_hdd)))
        return out

    # -- paragraphs

    def paragraphs(self, start: int, end: int) -> list[_Para]:
        text, offsets = self.text(start, end)
        if self.deleted:  # a tracked deletion is not shown (its paragraph marks still end paragraphs)
            text = "".join(HIDDEN if ch not in (PARA_END, CELL_END, SECTION_BREAK) and self.is_deleted(at) else ch
                           for ch, at in zip(text, offsets))
        breaks = {cp - start: continuous for cp, continuous, _ in self.sections[:-1]}
        out: list[_Para] = []
        begin = 0
        for k, ch in enumerate(text):
            if ch not in (PARA_END, CELL_END) and not (ch == SECTION_BREAK and k in breaks):
                continue
            para = _Para(text[begin:k], ch)
            _paragraph_props(para, self.grpprl_at(offsets[k]))
            para.section_break = ch == SECTION_BREAK and not breaks[k]
            out.append(para)
            begin = k + 1
        if text[begin:].strip():
            out.append(_Para(text[begin:], PARA_END))
        return out

    def wordml(self) -> tuple[etree._Element, list[etree._Element], etree._Element]:
        """The main text as a w:body, the first section's page headers as w:hdr elements and the
        lists as a w:numbering part."""
        numbering = self.numbering()
        body = etree.Element(W + "body")
        _Builder(self.num_ids).blocks(self.paragraphs(0, self.ccp_text), body)
        headers = []
        try:
            ranges = self.header_ranges()
        except (struct.error, IndexError, ValueError):  # a broken header table: the body alone, as .docx
            ranges = []
        for start, end in ranges:
            header = etree.Element(W + "hdr")
            _Builder(self.num_ids).blocks(self.paragraphs(start, end), header)
            headers.append(header)
        return body, headers, numbering


# -- WordprocessingML --------------------------------------------------------------------------------

class _Builder:
    """Paragraphs with their table depths → w:p and w:tbl elements, nested as Word nests them."""

    def __init__(self, num_ids: dict[int, int]) -> None:
        self.fields: list[bool] = []  # open fields: True once past the separator (the shown result)
        self.num_ids = num_ids        # LFO → w:num (``_Parsed.numbering``)

    def blocks(self, paras: list[_Para], parent: etree._Element) -> None:
        at = 0
        while at < len(paras):
            if paras[at].depth == 0:
                self.paragraph(paras[at], parent)
                at += 1
            else:
                at = self.table(paras, at, 1, parent)

    def table(self, paras: list[_Para], at: int, depth: int, parent: etree._Element) -> int:
        """Read the table at ``depth`` that starts at paras[at]; the index after it."""
        rows: list[tuple[list[etree._Element], _Cells | None]] = []
        cells: list[etree._Element] = []
        cell = etree.Element(W + "tc")
        while at < len(paras) and paras[at].depth >= depth:
            para = paras[at]
            if para.depth > depth:
                at = self.table(paras, at, depth + 1, cell)
                continue
            at += 1
            if para.row_end:
                if len(cell):
                    cells.append(cell)
                rows.append((cells, para.cells))
                cells, cell = [], etree.Element(W + "tc")
                continue
            self.paragraph(para, cell)
            if para.cell_end:
                cells.append(cell)
                cell = etree.Element(W + "tc")
        if len(cell):
            cells.append(cell)
        if cells:
            rows.append((cells, None))
        parent.append(_table(rows))
        return at

    def paragraph(self, para: _Para, parent: etree._Element) -> None:
        p = etree.SubElement(parent, W + "p")
        ppr = etree.SubElement(p, W + "pPr")
        if para.page_break_before:
            etree.SubElement(ppr, W + "pageBreakBefore")
        if para.section_break:
            etree.SubElement(ppr, W + "sectPr")
        if para.list_ref and para.list_ref[0] in self.num_ids:
            num_pr = etree.SubElement(ppr, W + "numPr")
            etree.SubElement(num_pr, W + "ilvl", {W + "val": str(para.list_ref[1])})
            etree.SubElement(num_pr, W + "numId", {W + "val": str(self.num_ids[para.list_ref[0]])})
        run = etree.SubElement(p, W + "r")
        shown: list[str] = []
        for ch in para.text:
            if ch == FIELD_BEGIN:
                self.fields.append(False)
            elif ch == FIELD_SEPARATOR:
                if self.fields:
                    self.fields[-1] = True
            elif ch == FIELD_END:
                if self.fields:
                    self.fields.pop()
            elif not all(self.fields):
                continue  # a field's instruction
            elif ch in (LINE_BREAK, SECTION_BREAK):
                _text(run, shown)
                etree.SubElement(run, W + "br", {W + "type": "page"} if ch == SECTION_BREAK else {})
            elif ch in _SHOWN:
                shown.append(_SHOWN[ch])
            elif ch >= " ":
                shown.append(ch)
        _text(run, shown)


def _text(run: etree._Element, shown: list[str]) -> None:
    if shown:
        text = "".join(shown).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        etree.SubElement(run, W + "t").text = text
        shown.clear()


def _table(rows: list[tuple[list[etree._Element], _Cells | None]]) -> etree._Element:
    """A w:tbl of the rows, on the grid of all their cell edges: a cell that spans grid columns gets
    w:gridSpan, a row that starts or ends inside the grid w:gridBefore/w:gridAfter, a merged cell
    w:vMerge/w:hMerge as Word 2007 writes them."""
    tbl = etree.Element(W + "tbl")
    usable = [c for cells, c in rows if c is not None and len(c.edges) == len(cells) + 1]
    grid = _grid([e for c in usable for e in c.edges])
    grid_el = etree.SubElement(tbl, W + "tblGrid")
    for _ in range(max(0, len(grid) - 1)):
        etree.SubElement(grid_el, W + "gridCol")
    for cells, props in rows:
        tr = etree.SubElement(tbl, W + "tr")
        fits = props is not None and len(props.edges) == len(cells) + 1 and len(grid) > 1
        columns = [_column(grid, e) for e in props.edges] if fits and props is not None else []
        if columns and (columns[0] or columns[-1] < len(grid) - 1):
            trpr = etree.SubElement(tr, W + "trPr")
            for name, value in (("gridBefore", columns[0]), ("gridAfter", len(grid) - 1 - columns[-1])):
                if value:
                    etree.SubElement(trpr, W + name, {W + "val": str(value)})
        for k, tc in enumerate(cells):
            tcpr = etree.Element(W + "tcPr")
            span = columns[k + 1] - columns[k] if columns else 1
            if span > 1:
                etree.SubElement(tcpr, W + "gridSpan", {W + "val": str(span)})
            flags = props.flags[k] if props is not None and k < len(props.flags) else 0
            if flags & TC_VERT_MERGE:
                etree.SubElement(tcpr, W + "vMerge", {W + "val": "restart"} if flags & TC_VERT_RESTART else {})
            if flags & TC_MERGED and not flags & TC_FIRST_MERGED:
                etree.SubElement(tcpr, W + "hMerge")
            tc.insert(0, tcpr)
            tr.append(tc)
    return tbl


def _grid(edges: list[int]) -> list[int]:
    """The grid lines: the distinct cell edges, those within GRID_SLACK twips of the last one kept as one."""
    grid: list[int] = []
    for edge in sorted(set(edges)):
        if not grid or edge - grid[-1] > GRID_SLACK:
            grid.append(edge)
    return grid


def _column(grid: list[int], edge: int) -> int:
    """The grid line nearest to a cell edge."""
    return min(range(len(grid)), key=lambda k: abs(grid[k] - edge))


def _u16(data: bytes, at: int) -> int:
    return int(struct.unpack_from("<H", data, at)[0])


def _u32(data: bytes, at: int) -> int:
    return int(struct.unpack_from("<I", data, at)[0])

#!/usr/bin/env python3
"""Regenerate the DOCX / PDF test fixtures in samples/ from the seed texts samples/*.txt.

    python samples/make_fixtures.py            # everything (about 30 s)
    python samples/make_fixtures.py --no-pdf   # only samples/docx/

Writes, for every seed ``samples/<stem>.txt``:

  samples/docx/<stem>.docx       Word file as a municipality makes it (python-docx): Laksaman 16 pt,
                                 A4 with Thai-government margins, "Table Grid" tables with merged cells
  samples/pdf/<stem>.pdf         that .docx converted by LibreOffice (``soffice --convert-to pdf``)
  samples/landscape/<stem>.pdf   seed 002 again, forced landscape (samples/pdf/002 is portrait)
  samples/scanned/<stem>.pdf     seed 003, pages 1 to the score-table page, as an image-only PDF

and prints a summary: pages, orientation and table pieces per page (pdfplumber), which tables
continue across a page break, and the fonts embedded (``pdffonts``).

Seed rules:
  * a line containing a TAB is a table row; consecutive rows with the same number of cells form
    one table (blank lines and page-number lines between them do not end it);
  * a later row equal to the table's first row (whitespace and markup ignored) is a header the
    source repeated on each page: it is not written again, the first row is marked as a repeating
    header row (w:tblHeader) instead; markdown rule rows ("--", "---") are dropped;
  * <p>, <li> and <br> start a new paragraph (in a cell: a new paragraph inside the cell);
    <b>…</b> and **…** are bold; every other tag is dropped;
  * page-number lines ("-๔-") are dropped; every other non-blank line is a paragraph.
Rows the source split at a page break (an empty first cell, "(ต่อ)") are kept as printed: they
are separate rows in the Word file too, as the parsers expect.

Layout: A4, margins top 2.5 / bottom 2 / left 3 / right 2 cm; Laksaman 16 pt set for ascii,
hAnsi, cs and eastAsia (w:rFonts) with w:sz and w:szCs; column widths proportional to
sqrt(mean cell length); Word's default "allow row to break across pages" is kept, so LibreOffice
splits long rows at page breaks. A document is landscape when one of its tables has 5 or more
columns, except seed 002, which stays portrait here (as in the lab: a wide table squeezed into a
portrait page) and is forced landscape in samples/landscape/.

Merged cells, as in real Word reports:
  * horizontal: a row whose cells are filled up to some column and empty after it has its last
    filled cell spanned over the empty ones (w:gridSpan), e.g. the "(IIT)" section rows of 000 and
    "คะแนนรวม | ผลรวม…" in 002;
  * vertical: an empty first cell is merged into the cell above (w:vMerge) when its row and the
    row above are numbered items in the second column, e.g. the "เครื่องมือ" column of the
    two-year score table in 002 (IIT over indicators ๑–๕, EIT over ๖–๘, OIT over ๙–๑๐), and
    000's measure titles over the page-split rows that continue their numbered steps.
A reader then sees "" in spanned / continued cells, as the seed has.

Determinism: the .docx files are byte-identical between runs (fixed zip timestamps and core
properties). The PDFs are rewritten with pikepdf with a fixed date and a deterministic /ID, so
they are byte-identical for the same LibreOffice version. The scan uses a fixed random seed.

Requires: python-docx, pdfplumber, pypdfium2, pikepdf, img2pdf, Pillow; LibreOffice (soffice), poppler-utils
(pdftoppm, pdffonts) and the Laksaman font (Debian: fonts-tlwg-laksaman). Without Laksaman the
script stops: LibreOffice would silently substitute another font.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "Laksaman"
FONT_PT = 16
CM = 360000  # EMU per cm
MARGINS_CM = {"top": 2.5, "bottom": 2.0, "left": 3.0, "right": 2.0}
A4_CM = (21.0, 29.7)
LANDSCAPE_FROM_COLUMNS = 5
PORTRAIT_ANYWAY = {"002"}          # kept portrait in samples/pdf; samples/landscape has it landscape
LANDSCAPE_EXTRA = "002"
SCANNED = "003"
SCAN_TABLE_HEADER = ("ตัวชี้วัดที่", "รายละเอียดตัวชี้วัด", "คะแนน")
SCAN_MAX_BYTES = 2_500_000
FIXED_TIME = datetime(2024, 1, 1, tzinfo=timezone.utc)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
RANDOM_SEED = 20240101
MIN_COL_CM = 1.6

# ---------------------------------------------------------------------------------------------
# Seed parsing (no third-party imports: the tests import this part)
# ---------------------------------------------------------------------------------------------

PAGE_NUMBER = re.compile(r"\s*[-–—]\s*[0-9๐-๙]{1,4}\s*[-–—]\s*")
SEPARATOR_CELL = re.compile(r"[-:|\s]*")
BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|li|br)\b[^<>]*>", re.IGNORECASE)
BOLD_TAG = re.compile(r"<\s*(/?)\s*(?:b|strong)\s*>|\*\*", re.IGNORECASE)
ANY_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", re.DOTALL)
NUMBERED = re.compile(r"^\s*\(?[0-9๐-๙]{1,2}[.)]")


@dataclass
class Para:
    """One paragraph: runs of (text, bold)."""

    runs: list[tuple[str, bool]]
    line: int = 0

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.runs)


@dataclass
class SeedTable:
    rows: list[list[str]]                  # raw seed cells (markup kept), repeats/rules removed
    lines: list[int]                       # seed line of each row
    repeat_header: bool = False
    dropped_repeats: int = 0

    @property
    def width(self) -> int:
        return len(self.rows[0])


@dataclass
class Seed:
    stem: str
    blocks: list[Para | SeedTable] = field(default_factory=list)

    @property
    def tables(self) -> list[SeedTable]:
        return [b for b in self.blocks if isinstance(b, SeedTable)]


def squash(text: str) -> str:
    """Text compared without markup, "**" or any whitespace."""
    return re.sub(r"\s+", "", ANY_TAG.sub("", text).replace("**", ""))


def is_separator_row(cells: list[str]) -> bool:
    return any("-" in c for c in cells) and all(SEPARATOR_CELL.fullmatch(c) for c in cells)


def parse_seed(text: str, stem: str = "") -> Seed:
    """Seed text → paragraphs and tables, by the rules in the module docstring."""
    seed = Seed(stem=stem)
    table: SeedTable | None = None
    bold = False                         # "**" may open on one line and close lines later
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if "\t" in line:
            cells = line.split("\t")
            if is_separator_row(cells):
                continue
            if table is not None and len(cells) == table.width:
                if squash("".join(cells)) == squash("".join(table.rows[0])):
                    table.repeat_header = True
                    table.dropped_repeats += 1
                    continue
                table.rows.append(cells)
                table.lines.append(number)
                continue
            table = SeedTable(rows=[cells], lines=[number])
            seed.blocks.append(table)
            continue
        if not line.strip() or PAGE_NUMBER.fullmatch(line):
            continue                     # blank and page-number lines do not end a table
        table = None
        for part in BLOCK_TAG.split(line):
            runs, bold = parse_runs(part, bold)
            if runs:
                seed.blocks.append(Para(runs=runs, line=number))
    return seed


def parse_runs(text: str, bold: bool = False) -> tuple[list[tuple[str, bool]], bool]:
    """Inline text → runs of (text, bold), other tags dropped, spaces collapsed; new bold state."""
    runs: list[tuple[str, bool]] = []
    pos = 0
    pieces: list[tuple[str, bool]] = []
    for m in BOLD_TAG.finditer(text):
        pieces.append((text[pos:m.start()], bold))
        if m.group(0) == "**":
            bold = not bold
        else:
            bold = m.group(1) != "/"
        pos = m.end()
    pieces.append((text[pos:], bold))
    for chunk, b in pieces:
        chunk = re.sub(r"\s+", " ", ANY_TAG.sub(" ", chunk))
        if chunk:
            runs.append((chunk, b))
    # trim the paragraph's ends, drop runs that became empty
    while runs and not runs[0][0].strip():
        runs.pop(0)
    while runs and not runs[-1][0].strip():
        runs.pop()
    if runs:
        runs[0] = (runs[0][0].lstrip(), runs[0][1])
        runs[-1] = (runs[-1][0].rstrip(), runs[-1][1])
    # merge neighbours with the same weight
    merged: list[tuple[str, bool]] = []
    for t, b in runs:
        if merged and merged[-1][1] == b:
            merged[-1] = (merged[-1][0] + t, b)
        else:
            merged.append((t, b))
    return merged, bold


def cell_paragraphs(cell: str) -> list[list[tuple[str, bool]]]:
    """A seed cell → its paragraphs (split at <p>/<li>/<br>), each a list of runs."""
    out, bold = [], False
    for part in BLOCK_TAG.split(cell):
        runs, bold = parse_runs(part, bold)
        if runs:
            out.append(runs)
    return out


def horizontal_spans(table: SeedTable) -> dict[tuple[int, int], int]:
    """(row, col) → number of grid columns the cell spans (only spans > 1 listed)."""
    spans = {}
    for r, cells in enumerate(table.rows[1:], start=1):
        filled = [bool(squash(c)) for c in cells]
        if not any(filled) or filled[-1]:
            continue
        last = max(i for i, f in enumerate(filled) if f)
        if all(filled[:last + 1]):
            spans[(r, last)] = len(cells) - last
    return spans


def vertical_merges(table: SeedTable) -> list[tuple[int, int]]:
    """(first row, last row) runs merged in column 0."""
    if table.width < 3:
        return []
    runs: list[tuple[int, int]] = []
    start = None
    for r in range(1, len(table.rows)):
        cells = table.rows[r]
        numbered = bool(NUMBERED.match(ANY_TAG.sub("", cells[1]).strip()))
        if squash(cells[0]) and numbered:
            if start is not None and r - 1 > start:
                runs.append((start, r - 1))
            start = r
        elif not squash(cells[0]) and numbered and start is not None:
            continue                     # continues the run
        else:
            if start is not None and r - 1 > start:
                runs.append((start, r - 1))
            start = None
    if start is not None and len(table.rows) - 1 > start:
        runs.append((start, len(table.rows) - 1))
    return runs


def read_seed(path: Path) -> Seed:
    return parse_seed(path.read_text(encoding="utf-8"), path.stem)


def is_landscape(seed: Seed) -> bool:
    return any(t.width >= LANDSCAPE_FROM_COLUMNS for t in seed.tables) and seed.stem[:3] not in PORTRAIT_ANYWAY


# ---------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------

def build_docx(seed: Seed, landscape: bool) -> bytes:
    """Seed → .docx bytes (deterministic)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Emu, Pt

    doc = Document()
    _set_fonts(doc)
    props = doc.core_properties
    props.author = props.last_modified_by = "ita-extract samples/make_fixtures.py"
    props.title, props.revision = f"ITA fixture {seed.stem}", 1
    props.created = props.modified = props.last_printed = FIXED_TIME.replace(tzinfo=None)
    props.comments = "Generated from samples/" + seed.stem + ".txt"

    sec = doc.sections[0]
    w, h = A4_CM if not landscape else A4_CM[::-1]
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Emu(int(w * CM)), Emu(int(h * CM))
    for side, cm in MARGINS_CM.items():
        setattr(sec, f"{side}_margin", Emu(int(cm * CM)))
    text_width = w - MARGINS_CM["left"] - MARGINS_CM["right"]
    thai_distribute = seed.stem.startswith("004")   # as the lab's s004 (LibreOffice ignores it)

    previous_was_table = False
    for block in seed.blocks:
        if isinstance(block, Para):
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(6)
            if thai_distribute and len(block.text) > 80:
                p.alignment = WD_ALIGN_PARAGRAPH.THAI_JUSTIFY
            for text, bold in block.runs:
                p.add_run(text).bold = bold or None
            previous_was_table = False
            continue
        if previous_was_table:           # two tables in a row would join into one in Word
            doc.add_paragraph()
        _add_table(doc, block, text_width)
        previous_was_table = True
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip(buf.getvalue())


def _set_fonts(doc) -> None:
    """Laksaman 16 pt for every script, in docDefaults and the Normal style (no theme fonts)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def rpr_fonts(rpr) -> None:
        for tag in ("w:rFonts", "w:sz", "w:szCs", "w:lang"):
            for old in rpr.findall(qn(tag)):
                rpr.remove(old)
        fonts = OxmlElement("w:rFonts")
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        sz, sz_cs, lang = OxmlElement("w:sz"), OxmlElement("w:szCs"), OxmlElement("w:lang")
        sz.set(qn("w:val"), str(FONT_PT * 2))
        sz_cs.set(qn("w:val"), str(FONT_PT * 2))
        lang.set(qn("w:val"), "en-US")
        lang.set(qn("w:bidi"), "th-TH")
        rpr.insert(0, fonts)
        rpr.append(sz)
        rpr.append(sz_cs)
        rpr.append(lang)

    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rpr_fonts(rpr)
    normal = doc.styles["Normal"]
    rpr_fonts(normal.element.get_or_add_rPr())
    pf = normal.paragraph_format
    pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(0), 1.0
    normal.font.size = Pt(FONT_PT)


def _column_widths(table: SeedTable, text_width_cm: float) -> list[float]:
    weights = []
    for c in range(table.width):
        lengths = [len(squash(row[c])) for row in table.rows if squash(row[c])]
        mean = sum(lengths) / len(lengths) if lengths else 1.0
        weights.append(math.sqrt(max(mean, 1.0)))
    widths = [text_width_cm * w / sum(weights) for w in weights]
    # keep very short columns readable, taking the room from the widest
    for i, wcm in enumerate(widths):
        if wcm < MIN_COL_CM:
            widest = max(range(len(widths)), key=widths.__getitem__)
            widths[widest] -= MIN_COL_CM - wcm
            widths[i] = MIN_COL_CM
    return widths


def _add_table(doc, seed_table: SeedTable, text_width_cm: float) -> None:
    from docx.oxml import OxmlElement
    from docx.shared import Emu, Pt

    n_rows, n_cols = len(seed_table.rows), seed_table.width
    table = doc.add_table(rows=n_rows, cols=n_cols)
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    widths = [Emu(int(wcm * CM)) for wcm in _column_widths(seed_table, text_width_cm)]
    for c, width in enumerate(widths):
        table.columns[c].width = width
        for cell in table.columns[c].cells:
            cell.width = width
    if seed_table.repeat_header:
        trpr = table.rows[0]._tr.get_or_add_trPr()
        header = OxmlElement("w:tblHeader")
        trpr.append(header)

    covered: set[tuple[int, int]] = set()
    for (r, c), span in horizontal_spans(seed_table).items():
        table.cell(r, c).merge(table.cell(r, c + span - 1))
        covered.update((r, cc) for cc in range(c + 1, c + span))
    for top, bottom in vertical_merges(seed_table):
        table.cell(top, 0).merge(table.cell(bottom, 0))
        covered.update((rr, 0) for rr in range(top + 1, bottom + 1))

    for r, cells in enumerate(seed_table.rows):
        for c, raw in enumerate(cells):
            if (r, c) in covered:
                continue
            cell = table.cell(r, c)
            paragraphs = cell_paragraphs(raw)
            for i, runs in enumerate(paragraphs):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                for text, bold in runs:
                    p.add_run(text).bold = True if bold or r == 0 else None


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps, so the .docx is byte-identical between runs."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------

def check_tools() -> None:
    """Stop with a clear message when the font or a tool is missing."""
    missing = [tool for tool in ("soffice", "pdftoppm", "pdffonts") if shutil.which(tool) is None]
    if missing:
        sys.exit(f"make_fixtures: missing {', '.join(missing)}. Install: apt-get install -y "
                 "--no-install-recommends libreoffice-writer-nogui poppler-utils")
    found = subprocess.run(["fc-list", f":family={FONT}", "family"], capture_output=True, text=True)
    if FONT not in found.stdout:
        sys.exit(f"make_fixtures: the {FONT} font is not installed; LibreOffice would silently use "
                 f"another font. Install it: apt-get install -y fonts-tlwg-laksaman")


def soffice_to_pdf(docx_files: list[Path], outdir: Path) -> None:
    """Convert with LibreOffice in its own profile (safe next to other soffice processes)."""
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(outdir), *map(str, docx_files)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    for f in docx_files:
        if not (outdir / f"{f.stem}.pdf").exists():
            sys.exit(f"make_fixtures: LibreOffice did not convert {f.name}:\n{proc.stdout}\n{proc.stderr}")


def normalize_pdf(path: Path) -> None:
    """Fixed dates, no checksum, a deterministic /ID (LibreOffice stamps the conversion time)."""
    import pikepdf

    stamp = FIXED_TIME.strftime("D:%Y%m%d%H%M%SZ")
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for key in ("/CreationDate", "/ModDate"):
            if key in pdf.docinfo:
                pdf.docinfo[key] = stamp
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        if "/DocChecksum" in pdf.trailer:        # LibreOffice's MD5 over the file, dates included
            del pdf.trailer["/DocChecksum"]
        # qpdf keeps the first /ID element (LibreOffice's, random) and derives the second
        first = pikepdf.String(hashlib.md5(path.name.encode()).digest())
        pdf.trailer.ID = pikepdf.Array([first, first])
        pdf.save(path, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.preserve)


def make_scan(src_pdf: Path, out_pdf: Path, last_page: int, dpi: int = 300) -> None:
    """Pages 1..last_page → grey raster, slight skew/blur/speckle, JPEG, img2pdf (no text layer)."""
    import img2pdf
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(RANDOM_SEED)
    with tempfile.TemporaryDirectory(prefix="scan-") as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", "1", "-l", str(last_page),
                        str(src_pdf), f"{tmp}/p"], check=True)
        jpegs = []
        for i, png in enumerate(sorted(Path(tmp).glob("p-*.png"))):
            img = Image.open(png).convert("L")
            angle = (0.35 if i % 2 == 0 else -0.25)
            img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            img = img.filter(ImageFilter.GaussianBlur(0.6))
            draw = ImageDraw.Draw(img)
            for _ in range(1200):          # toner specks
                x, y = rng.randrange(img.width), rng.randrange(img.height)
                r = rng.choice((1, 1, 1, 2))
                draw.ellipse((x, y, x + r, y + r), fill=rng.randrange(40, 140))
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=70, dpi=(dpi, dpi), optimize=True)
            jpegs.append(buf.getvalue())
        out_pdf.write_bytes(img2pdf.convert(jpegs, nodate=True))
    normalize_pdf(out_pdf)                   # img2pdf's /ID is random


def scan_last_page(pdf_path: Path) -> int:
    """The page holding the end of seed 003's score table (ตัวชี้วัดที่ | รายละเอียดตัวชี้วัด | คะแนน)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    start = last = None
    for i in range(len(pdf)):
        text = re.sub(r"\s+", "", pdf[i].get_textpage().get_text_range())
        if start is None and all(h in text for h in SCAN_TABLE_HEADER) and "รายละเอียดตัวชี้วัด" in text:
            start = i + 1
        if start is not None and "การป้องกันการทุจริต100.00" in text:
            last = i + 1
            break
    if start is None:
        sys.exit(f"make_fixtures: score table not found in {pdf_path}")
    return last or start


# ---------------------------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------------------------

NEAR_EDGE_PT = 120


def pdf_summary(path: Path) -> dict:
    """Pages, orientation, table pieces per page and pieces continued over a page break."""
    import pdfplumber

    info = {"file": str(path.relative_to(HERE.parent)), "bytes": path.stat().st_size, "pages": 0,
            "orientation": set(), "pieces": [], "continued": [], "chars": []}
    with pdfplumber.open(path) as pdf:
        info["pages"] = len(pdf.pages)
        previous = None
        for page in pdf.pages:
            info["orientation"].add("landscape" if page.width > page.height else "portrait")
            info["chars"].append(len(page.chars))
            tables = page.find_tables()
            shapes = []
            for t in tables:
                rows = t.extract()
                shapes.append((len(rows), max((len(r) for r in rows), default=0), t.bbox))
            info["pieces"].append([(n, w) for n, w, _ in shapes])
            if previous and shapes:
                p_page, (pn, pw, pbox) = previous
                n, w, box = shapes[0]
                if (pw == w and p_page.height - pbox[3] < NEAR_EDGE_PT and box[1] < NEAR_EDGE_PT):
                    info["continued"].append((page.page_number - 1, page.page_number, w))
            previous = (page, shapes[-1]) if shapes else None
    info["orientation"] = "/".join(sorted(info["orientation"]))
    return info


def pdffonts(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines()[2:] if line.strip()]


def print_summary(pdfs: list[Path], scanned: Path | None) -> None:
    spans_found = False
    for path in pdfs:
        s = pdf_summary(path)
        spans_found |= bool(s["continued"])
        print(f"\n{s['file']}: {s['bytes'] / 1024:.0f} KB, {s['pages']} pages, {s['orientation']}")
        per_page = ", ".join(f"p{i}:{'+'.join(f'{n}x{w}' for n, w in pieces) or '-'}"
                             for i, pieces in enumerate(s["pieces"], start=1))
        print(f"  table pieces (rows x cols) per page: {per_page}")
        if s["continued"]:
            print("  tables continued over a page break: "
                  + ", ".join(f"p{a}->p{b} ({w} cols)" for a, b, w in s["continued"]))
        fonts = pdffonts(path)
        names = sorted({line.split()[0] for line in fonts})
        print("  pdffonts (name type encoding emb sub uni object ID):")
        for line in fonts:
            print(f"    {' '.join(line.split())}")
        if not all(line.split()[-5] == "yes" for line in fonts):
            sys.exit(f"make_fixtures: a font is not embedded in {path.name}")
        if not any(FONT in n for n in names):
            sys.exit(f"make_fixtures: {FONT} is not in {path.name}: LibreOffice substituted a font")
    if not spans_found:
        sys.exit("make_fixtures: no table continues over a page break in any PDF")
    if scanned is not None:
        s = pdf_summary(scanned)
        fonts = pdffonts(scanned)
        print(f"\n{s['file']}: {s['bytes'] / 1024:.0f} KB, {s['pages']} pages, {s['orientation']}, "
              f"chars per page {s['chars']}, fonts: {len(fonts)}")
        if any(s["chars"]) or fonts:
            sys.exit("make_fixtures: the scanned PDF has a text layer")
        if s["bytes"] > SCAN_MAX_BYTES:
            sys.exit(f"make_fixtures: the scanned PDF is larger than {SCAN_MAX_BYTES} bytes")


# ---------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write only samples/docx/")
    args = ap.parse_args(argv)

    seeds = sorted(HERE.glob("[0-9][0-9][0-9]_*.txt"))
    if not seeds:
        sys.exit(f"make_fixtures: no seeds (NNN_*.txt) in {HERE}")
    if not args.no_pdf:
        check_tools()
    docx_dir = HERE / "docx"
    docx_dir.mkdir(exist_ok=True)
    written = []
    for path in seeds:
        seed = read_seed(path)
        out = docx_dir / f"{path.stem}.docx"
        out.write_bytes(build_docx(seed, is_landscape(seed)))
        written.append(out)
        print(f"{out.relative_to(HERE.parent)}: {out.stat().st_size / 1024:.0f} KB, "
              f"{len(seed.tables)} tables, {'landscape' if is_landscape(seed) else 'portrait'}")
    if args.no_pdf:
        return 0

    pdf_dir, land_dir, scan_dir = HERE / "pdf", HERE / "landscape", HERE / "scanned"
    for d in (pdf_dir, land_dir, scan_dir):
        d.mkdir(exist_ok=True)
    soffice_to_pdf(written, pdf_dir)
    pdfs = [pdf_dir / f"{p.stem}.pdf" for p in written]

    extra = next(p for p in seeds if p.stem.startswith(LANDSCAPE_EXTRA))
    with tempfile.TemporaryDirectory(prefix="landscape-") as tmp:
        tmp_docx = Path(tmp) / f"{extra.stem}.docx"
        tmp_docx.write_bytes(build_docx(read_seed(extra), landscape=True))
        soffice_to_pdf([tmp_docx], land_dir)
    pdfs.append(land_dir / f"{extra.stem}.pdf")
    for pdf in pdfs:
        normalize_pdf(pdf)

    scan_src = pdf_dir / f"{next(p for p in seeds if p.stem.startswith(SCANNED)).stem}.pdf"
    scanned = scan_dir / scan_src.name
    last = scan_last_page(scan_src)
    for dpi in (300, 200):
        make_scan(scan_src, scanned, last, dpi)
        if scanned.stat().st_size <= SCAN_MAX_BYTES:
            break
    print(f"{scanned.relative_to(HERE.parent)}: pages 1-{last} of {scan_src.name} at {dpi} dpi")
    print_summary(pdfs, scanned)
    return 0


if __name__ == "__main__":
    sys.exit(main())

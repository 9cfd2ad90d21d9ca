"""Regenerate samples/doc/: each seed Word file (docx/NNN_*.docx) saved as Word 97–2003 by
LibreOffice, plus cells.doc: a page header, a line break and a table with an empty cell, merged
cells and a nested table, made here with python-docx (``cells_docx``, which tests/test_reader_doc.py
calls too, to read the same file as .docx) and saved as .doc the same way.

    python samples/make_doc_fixtures.py

Needs python-docx and LibreOffice (`soffice`). CI has no LibreOffice, so the .doc files are
committed; tests/test_reader_doc.py reads them.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "doc"


def cells_docx(path: Path) -> None:
    """A page header, a paragraph with a line break, then a 4×3 table: an empty cell, a cell merged
    down two rows, a cell merged across two columns, and a nested 2×2 table in a cell."""
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(14)
    document.sections[0].header.paragraphs[0].text = "เทศบาลตำบลทดสอบ อำเภอเมือง"
    title = document.add_paragraph("รายงานผลการดำเนินงาน")
    title.add_run().add_break()
    title.add_run("ตามมาตรการส่งเสริมคุณธรรม")
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    for k, text in enumerate(("มาตรการ", "ผู้รับผิดชอบ", "ผลการดำเนินงาน")):
        table.cell(0, k).text = text
    table.cell(1, 0).text = "เผยแพร่ข้อมูล"
    table.cell(1, 1).text = ""                                  # the empty cell
    table.cell(1, 2).text = "ดำเนินการแล้ว"
    merged = table.cell(2, 0).merge(table.cell(3, 0))           # down two rows
    merged.text = "ลดขั้นตอน"
    table.cell(2, 1).text = "สำนักปลัด"
    nested_cell = table.cell(2, 2)
    nested_cell.text = "ผลรวม"
    nested = nested_cell.add_table(rows=2, cols=2)
    for r, row in enumerate((("ไตรมาส ๑", "ร้อยละ ๕๐"), ("ไตรมาส ๒", "ร้อยละ ๘๐"))):
        for c, text in enumerate(row):
            nested.cell(r, c).text = text
    across = table.cell(3, 1).merge(table.cell(3, 2))           # across two columns
    across.text = "รายงานทุกเดือน"
    document.add_paragraph("จบรายงาน")
    document.save(str(path))


def convert(files: list[Path]) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("make_doc_fixtures: LibreOffice (soffice) is needed")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "doc",
                        "--outdir", str(OUT), *map(str, files)], check=True, capture_output=True)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        cells_docx(Path(tmp) / "cells.docx")
        convert(sorted((HERE / "docx").glob("*.docx")) + [Path(tmp) / "cells.docx"])
    for path in sorted(OUT.glob("*.doc")):
        print(path.relative_to(HERE), path.stat().st_size)


if __name__ == "__main__":
    main()

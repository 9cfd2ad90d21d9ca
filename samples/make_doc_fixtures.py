"""Regenerate samples/doc/: each seed Word file (docx/NNN_*.docx) saved as Word 97–2003 by
LibreOffice, plus cells.doc (a page header, a line break, a table with an empty cell, merged
cells and a nested table, tracked changes) and lists.doc (automatic list numbers: levels, Thai letters, a list that
starts at 5, the "List Number" and "List Bullet" styles), made here with python-docx
(``cells_docx``, ``lists_docx``; tests/test_reader_doc.py calls them too, to read the same files as
.docx) and saved as .doc the same way.

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
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "doc"


def cells_docx(path: Path) -> None:
    """A page header, a paragraph with a line break, then a 4×3 table: an empty cell, a cell merged
    down two rows, a cell merged across two columns, and a nested 2×2 table in a cell; last a
    paragraph with a tracked deletion and a tracked insertion."""
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
    closing = document.add_paragraph("จบ")  # with a tracked deletion and insertion: "จบรายงานฉบับนี้" shown
    closing._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="ITA" w:date="2024-01-01T00:00:00Z">'
                                '<w:r><w:delText>ร่าง</w:delText></w:r></w:del>'))
    closing.add_run("รายงาน")
    closing._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="ITA" w:date="2024-01-01T00:00:00Z">'
                                '<w:r><w:t>ฉบับนี้</w:t></w:r></w:ins>'))
    document.save(str(path))


def lists_docx(path: Path) -> None:
    """Paragraphs numbered by Word: a three-level list ("1." / "ก)" / "1.2.1"), a list that starts at
    5, and the "List Number" and "List Bullet" styles' lists."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                     f'<w:lvlJc w:val="left"/></w:lvl>'
                     for k, (fmt, text) in enumerate((("decimal", "%1."), ("thaiLetters", "%2)"),
                                                      ("decimal", "%1.%2.%3"))))
    first_num = numbering.find(parse_xml(f'<w:num {nsdecls("w")}/>').tag)
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>')
    if first_num is not None:
        first_num.addprevious(abstract)  # abstract lists come before the lists that use them
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="92"><w:abstractNumId w:val="90"/>'
                               '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'))

    def numbered(text: str, num: int, level: int) -> None:
        ppr = document.add_paragraph(text)._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'))

    document.add_paragraph("มาตรการ")
    for text, level in (("เผยแพร่ข้อมูล", 0), ("จัดทำคู่มือ", 1), ("ประชาสัมพันธ์", 1), ("ทุกเดือน", 2),
                        ("ลดขั้นตอน", 0), ("ทบทวนขั้นตอน", 1)):
        numbered(text, 91, level)
    document.add_paragraph("รายการที่เริ่มที่ห้า")
    numbered("ข้อที่ห้า", 92, 0)
    document.add_paragraph("ตามสไตล์หนึ่ง", style="List Number")
    document.add_paragraph("ตามสไตล์สอง", style="List Number")
    document.add_paragraph("จุดนำ", style="List Bullet")
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
        lists_docx(Path(tmp) / "lists.docx")
        convert(sorted((HERE / "docx").glob("*.docx")) + [Path(tmp) / "cells.docx", Path(tmp) / "lists.docx"])
    for path in sorted(OUT.glob("*.doc")):
        print(path.relative_to(HERE), path.stat().st_size)


if __name__ == "__main__":
    main()

"""Table cells are cleaned once, by the clean stage (issue 15): each row carries its cells as read
(``Row.cells``: a steps/responsible cell is split into items at its <br>/<li> tags) next to the
same cells cleaned (``Row.clean``), which is what the parsers read. A row continued across a page
break is joined in both forms."""
from __future__ import annotations

import ast

from extract.clean import clean_document, clean_table
from extract.document import Document, Row, Table
from extract.parse.measures import measures_from_tables
from normalize.text import clean_text
from tests.conftest import ROOT

HEADER = ["มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ", "ระยะเวลา"]
RAW = ["1. เผยแพร่<b>ข้อมูล</b>ข่าวสาร\u200b", "๑. จัดทำประกาศ<br>๒. เผยแพร่ทาง", "กอง&amp;คลัง", "ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗"]


def _table(*rows: Row) -> Table:
    return Table(rows=[Row(cells=HEADER, page=1), *rows], page=1, index=1, context=["<p>แผน&nbsp;มาตรการ</p>"])


def test_the_clean_stage_cleans_every_cell_once_and_keeps_the_cells_as_read():
    table = _table(Row(cells=list(RAW), page=1, section="<b>ตัวชี้วัดที่ ๙</b>"))
    doc = Document(source_file="x", sha256="0", reader="text", blocks=[table])
    clean = clean_document(doc).tables[0]
    row = clean.rows[1]
    assert row.cells == RAW and row.clean == [clean_text(c) for c in RAW]
    assert row.clean[:3] == ["1. เผยแพร่ข้อมูลข่าวสาร", "๑. จัดทำประกาศ ๒. เผยแพร่ทาง", "กอง&คลัง"]
    assert row.section == "ตัวชี้วัดที่ ๙" and clean.context == ["แผน มาตรการ"]
    assert table.rows[1].clean == [] and table.rows[1].section == "<b>ตัวชี้วัดที่ ๙</b>"  # its input as it was
    assert clean_table(clean) == clean  # cleaning is idempotent


def test_parsers_read_clean_cells_and_split_items_from_the_cells_as_read():
    table = clean_table(_table(Row(cells=list(RAW), page=1),
                               Row(cells=["", "เว็บไซต์<br>๓. รายงาน&amp;ผล", "", ""], page=2, after_break=True)))
    out = measures_from_tables([table], 2567)
    (measure,) = out.measures
    assert measure.title == "1. เผยแพร่ข้อมูลข่าวสาร"
    assert measure.steps == ["จัดทำประกาศ", "เผยแพร่ทางเว็บไซต์", "รายงาน&ผล"]  # <br> items, joined across the break
    assert measure.responsible == ["กอง&คลัง"] and str(measure.period_start) == "2023-10-01"
    (merged,) = out.checks
    assert (merged.code, merged.source_text, merged.location) == ("ROW_MERGED", "เว็บไซต์ ๓. รายงาน&ผล", "page 2, table 1")
    # the same table printed without markup gives the same measure
    plain = clean_table(_table(Row(cells=[clean_text(c) for c in RAW[:1]] + ["๑. จัดทำประกาศ\n๒. เผยแพร่ทาง",
                                                                            "กอง&คลัง", RAW[3]], page=1),
                               Row(cells=["", "เว็บไซต์\n๓. รายงาน&ผล", "", ""], page=2, after_break=True)))
    assert [m.model_dump() for m in measures_from_tables([plain], 2567).measures] == [measure.model_dump()]


def test_no_parser_cleans_a_cell_itself():
    """clean_text is called in extract/parse/ only on text a parser joined from clean lines (a form's
    or list's parts: the join can make markup, "*" + "*"), never on a cell or line as read."""
    callers = set()
    for path in sorted((ROOT / "extract" / "parse").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "clean_text":
                (arg,) = node.args
                assert isinstance(arg, ast.Call) and getattr(arg.func, "id", None) == "join_lines", \
                    (path.name, ast.unparse(node))
                callers.add(path.name)
    assert callers == {"measures_forms.py", "measures_lists.py"}

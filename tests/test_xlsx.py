"""`--format xlsx`: one workbook, a sheet per table, typed cells, nothing executable."""
from __future__ import annotations

import json
import zipfile
from datetime import datetime

import pytest

openpyxl = pytest.importorskip("openpyxl")

from extract import xlsx  # noqa: E402
from extract.cli import main  # noqa: E402
from extract.export import flat_columns as columns  # noqa: E402 - a sheet has the flat columns, as CSV
from schemas.records import RECORD_TYPES  # noqa: E402
from tests.conftest import ROOT, seed  # noqa: E402


def _expected(kind: str, row: dict):
    """What a JSONL row's cells read back as from the workbook (openpyxl gives dates as datetimes)."""
    out = []
    for name in columns(kind):
        value = xlsx.cell_value(kind, name, row.get(name))
        if hasattr(value, "isoformat") and not isinstance(value, datetime):
            value = datetime(value.year, value.month, value.day)
        out.append(value)
    return out


def test_workbook_holds_every_table_with_typed_cells(tmp_path, capsys):
    files = [str(seed("000")), str(seed("001")), str(ROOT / "tests" / "variants")]
    assert main(["extract", *files, "--out", str(tmp_path), "--format", "xlsx,jsonl", "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    book = openpyxl.load_workbook(tmp_path / "tables.xlsx")
    assert book.sheetnames == list(RECORD_TYPES)
    for kind in RECORD_TYPES:
        sheet = book[kind]
        got = [list(r) for r in sheet.iter_rows(values_only=True)]
        assert got[0] == columns(kind)
        assert "where" not in got[0] and ("location" in got[0]) == (kind != "reports")  # where in words
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(columns(kind))).column_letter}{len(got)}"
        rows = [json.loads(line) for line in (tmp_path / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert got[1:] == [_expected(kind, row) for row in rows], kind
    measures = book["measures"]
    header = columns("measures")
    first = {name: measures.cell(2, i + 1) for i, name in enumerate(header)}
    assert first["period_start"].value == datetime(2021, 10, 1) and first["period_start"].number_format == "yyyy-mm-dd"
    assert first["row"].data_type == "n" and first["title"].data_type == "s"
    assert first["steps"].value == ("เสริมสร้างปลูกจิตสำนึกในการให้บริการประชาชนทุกคนอย่างเท่าเทียมกัน ไม่เลือกปฏิบัติ\n"
                                    "ทบทวนปรับปรุงการลดขั้นตอนและระยะเวลาการปฏิบัติราชการให้เป็นปัจจุบัน "
                                    "และกำกับติดตามการทำงานของเจ้าหน้าที่ในการให้บริการประชาชน")
    assert first["steps"].alignment.wrap_text
    reports = book["reports"]
    sources = reports.cell(2, columns("reports").index("sources") + 1).value
    assert sources == ("organization: line 10\ndistrict: line 11\nprovince: line 11\n"
                       "fiscal_year: line 5\noverall_score: line 18")
    assert reports.cell(2, columns("reports").index("organization") + 1).value == "เทศบาลตำบลน้ำคำใหญ่"
    # columns sized to their text (Thai marks take no width), within bounds
    width = reports.column_dimensions["E"].width  # organization
    assert xlsx.display_width("เทศบาลตำบลน้ำคำใหญ่") + 1 <= width <= xlsx.MAX_WIDTH + 1


def test_cells_are_never_formulas(tmp_path):
    path = tmp_path / "t.xlsx"
    book = xlsx.Workbook(path)
    row = {"report_id": "r", "table": "plan", "row": 1, "title": "=1+1",
           "steps": ["=HYPERLINK(\"http://x\",\"y\")", "-2+3", "+A1", "@SUM(A1)"],
           "responsible": ["กอง\x01คลัง"], "period_start": "2021-10-01", "note": "x" * (xlsx.MAX_CHARS + 5)}
    book.add("measures", [row])
    book.close()
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in z.read(n) for n in sheets)  # no formula element anywhere
    sheet = openpyxl.load_workbook(path)["measures"]
    cells = {name: sheet.cell(2, i + 1) for i, name in enumerate(columns("measures"))}
    assert cells["title"].value == "=1+1" and cells["title"].data_type == "s"
    assert cells["steps"].value == "=HYPERLINK(\"http://x\",\"y\")\n-2+3\n+A1\n@SUM(A1)"
    assert cells["steps"].data_type == "s"
    assert len(cells["note"].value) == xlsx.MAX_CHARS and cells["note"].value.endswith("CSV/JSONL tables]")
    assert cells["responsible"].value.startswith("กอง")  # a control character does not break the file


def test_a_table_longer_than_a_sheet_goes_on_in_the_next(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_ROWS", 3)
    path = tmp_path / "t.xlsx"
    book = xlsx.Workbook(path)
    checks = [{"report_id": f"r{i}", "severity": "info", "code": "X", "message": str(i), "message_th": str(i)}
              for i in range(5)]
    book.add("checks", checks[:3])
    book.add("checks", checks[3:])
    book.close()
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [*RECORD_TYPES, "checks 2", "checks 3"]
    ids = [r[0] for name in ("checks", "checks 2", "checks 3") for r in wb[name].iter_rows(min_row=2, values_only=True)]
    assert ids == [f"r{i}" for i in range(5)]
    assert next(wb["checks 2"].iter_rows(values_only=True)) == tuple(columns("checks"))


def test_workbook_counts_as_ita_tables(tmp_path, capsys):
    """A folder holding a tables.xlsx ita did not write is not overwritten without --force."""
    (tmp_path / "tables.xlsx").write_bytes(b"theirs")
    assert main(["extract", str(seed("001")), "--out", str(tmp_path), "--format", "xlsx", "--quiet"]) == 2
    assert "tables.xlsx" in capsys.readouterr().err
    assert (tmp_path / "tables.xlsx").read_bytes() == b"theirs"

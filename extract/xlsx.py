"""The record tables as one Excel workbook: a sheet per table, written batch by batch.

Every cell is written by its type, never guessed from its text: text is an inline string (a
cell "=1+1" stays those four characters, never a formula), numbers are numbers, dates are
Excel dates shown as yyyy-mm-dd, lists and ``sources`` are lines of one wrapped cell. The
header row is frozen and filterable and columns are sized to their content. XlsxWriter's
constant-memory mode streams rows to disk, so a run's memory stays flat as with CSV.
"""
from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from extract.export import _SCALARS, flat_columns
from schemas.records import RECORD_TYPES

WORKBOOK = "tables.xlsx"
MAX_ROWS = 1_048_576       # Excel's rows per sheet, the header included
MAX_CHARS = 32_767         # Excel's characters per cell
MIN_WIDTH, MAX_WIDTH = 6, 60


def cell_value(kind: str, column: str, value):
    """A JSON-mode value as the workbook stores it: a date, a number, text, or None (blank)."""
    if value is None or value == "" or value == [] or value == {}:  # all blank in a sheet
        return None
    if isinstance(value, list):
        return "\n".join(str(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(f"{key}: {where}" for key, where in value.items())
    if _SCALARS[kind][column] is date and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def display_width(text: str) -> int:
    """Columns a line takes on screen: Thai vowel and tone marks sit on their base letter."""
    return sum(1 for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")


class Workbook:
    """One sheet per record kind, in the order of ``RECORD_TYPES``; ``add`` appends rows,
    ``close`` sizes the columns and writes the file. A table longer than Excel allows goes on
    in a sheet named "<kind> 2" (then 3, …) with the same header."""

    def __init__(self, path: Path, tmpdir: Path | None = None):
        import xlsxwriter

        self.path = path
        self.book = xlsxwriter.Workbook(str(path), {
            "constant_memory": True, "tmpdir": str(tmpdir or path.parent),
            # belt and braces: every cell goes through a typed write_* call anyway
            "strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False})
        self.header = self.book.add_format({"bold": True, "valign": "top", "bottom": 1})
        self.text = self.book.add_format({"valign": "top"})
        self.wrapped = self.book.add_format({"valign": "top", "text_wrap": True})
        self.date = self.book.add_format({"valign": "top", "num_format": "yyyy-mm-dd"})
        self.sheets: dict[str, list] = {}   # kind → its sheets, the last one being filled
        self.rows: dict[int, int] = {}      # id(sheet) → rows written, header included
        self.widths: dict[int, list[int]] = {}
        for kind in RECORD_TYPES:
            self._new_sheet(kind)

    def _new_sheet(self, kind: str):
        sheets = self.sheets.setdefault(kind, [])
        sheet = self.book.add_worksheet(kind if not sheets else f"{kind} {len(sheets) + 1}")
        sheets.append(sheet)
        names = flat_columns(kind)
        for col, name in enumerate(names):
            sheet.write_string(0, col, name, self.header)
        sheet.freeze_panes(1, 0)
        self.rows[id(sheet)] = 1
        self.widths[id(sheet)] = [display_width(name) + 2 for name in names]  # room for the filter button
        return sheet

    def add(self, kind: str, rows: list[dict]) -> None:
        names = flat_columns(kind)
        for row in rows:
            sheet = self.sheets[kind][-1]
            if self.rows[id(sheet)] >= MAX_ROWS:
                sheet = self._new_sheet(kind)
            r = self.rows[id(sheet)]
            widths = self.widths[id(sheet)]
            for col, name in enumerate(names):
                value = cell_value(kind, name, row.get(name))
                widths[col] = max(widths[col], self._write(sheet, r, col, value))
            self.rows[id(sheet)] = r + 1

    def _write(self, sheet, row: int, col: int, value) -> int:
        """Write one typed cell; return the width it needs."""
        if value is None:
            return 0
        if isinstance(value, date):
            sheet.write_datetime(row, col, value, self.date)
            return 10
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            sheet.write_number(row, col, value)
            return len(repr(value))
        text = str(value)
        if len(text) > MAX_CHARS:  # Excel would refuse the file; the full text is in CSV/JSONL
            note = f" … [{len(text)} characters; the whole text is in the CSV/JSONL tables]"
            text = text[:MAX_CHARS - len(note)] + note
        sheet.write_string(row, col, text, self.wrapped if "\n" in text else self.text)
        return max(display_width(line) for line in text.split("\n"))

    def close(self) -> Path:
        for kind, sheets in self.sheets.items():
            for sheet in sheets:
                last_row, ncols = self.rows[id(sheet)] - 1, len(flat_columns(kind))
                sheet.autofilter(0, 0, last_row, ncols - 1)
                for col, width in enumerate(self.widths[id(sheet)]):
                    sheet.set_column(col, col, min(MAX_WIDTH, max(MIN_WIDTH, width + 1)))
        self.book.close()
        return self.path

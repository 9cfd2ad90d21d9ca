"""What a logical table is (measures, findings, other) and which field each column holds."""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.document import Row, Table
from normalize.text import clean_text, squash_spaces
from schemas.headers import FINDING_HEADERS, MEASURE_BODY_FIELDS, MEASURE_HEADERS, RESULT_FIELDS

_SYNONYMS: tuple[tuple[str, str], ...] = tuple(
    (regex.sub(r"\s+", "", syn).lower(), fld) for fld, syns in MEASURE_HEADERS.items() for syn in syns
)
_FINDING = tuple(regex.sub(r"\s+", "", h) for h in FINDING_HEADERS)
# "(ต่อ)" marks a cell continued from the previous page.
CONTINUED = regex.compile(r"^\s*\(\s*ต่อ\s*\)\s*")


def squash_header(text: str) -> str:
    return squash_spaces(clean_text(text)).lower()


@lru_cache(maxsize=2048)
def header_fields(text: str) -> tuple[str, ...]:
    """Fields a header cell may name, best first: the synonym found earliest, longest on a tie."""
    squashed = squash_header(text)
    hits: dict[str, tuple[int, int]] = {}
    for syn, fld in _SYNONYMS:
        pos = squashed.find(syn)
        if pos >= 0:
            rank = (pos, -len(syn))
            if fld not in hits or rank < hits[fld]:
                hits[fld] = rank
    return tuple(sorted(hits, key=hits.__getitem__))


def header_field(text: str) -> str | None:
    fields = header_fields(text)
    return fields[0] if fields else None


def measure_columns(header: Row) -> list[str | None]:
    """Field per column of a measures table. A cell naming two fields ("กิจกรรม/วิธีดำเนินการ")
    takes the first one no column to its left has; the first column is the title if none is."""
    fields: list[str | None] = []
    for cell in header.cells:
        fields.append(next((f for f in header_fields(cell) if f not in fields), None))
    if "title" not in fields and fields:
        fields[0] = "title"
    return fields


def is_measures_table(table: Table) -> bool:
    """A title column and at least two columns a measure row is made of (steps, responsible, …)."""
    fields = measure_columns(table.header)
    named = [header_field(c) for c in table.header.cells]
    body = {f for f in fields if f in MEASURE_BODY_FIELDS}
    return len(body) >= 2 and ("title" in named or named[0] not in MEASURE_BODY_FIELDS)


def finding_column(table: Table) -> int | None:
    """The column of an analysis table that holds findings, if the table is one."""
    if is_measures_table(table) or len(table.header.cells) < 2:
        return None
    for i, cell in enumerate(table.header.cells):
        squashed = squash_header(cell)
        if i > 0 and any(h in squashed for h in _FINDING):
            return i
    return None


def has_result_columns(fields: list[str | None]) -> bool:
    return any(f in RESULT_FIELDS for f in fields)

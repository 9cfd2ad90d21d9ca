"""One-activity report forms: labelled fields ("1) ชื่อกิจกรรม …", "ระยะเวลาดำเนินการ …",
"ผู้รับผิดชอบ …", "ปัญหา อุปสรรค …") that describe one activity are one measure.

A field starts at a line (or the first cell of a table row) that begins, after any numbering,
with a label of schemas/measure_cues.FORM_LABELS followed by a separator (space, ":", dots);
un-numbered lines after it continue its value. A title label starts a new form. A form with its
title and at least MIN_FORM_FIELDS other fields is a measure: ``implementation`` when it reports
results (output, outcome, status, problems), else ``plan``. A status given by tick boxes
("☑ ดำเนินการแล้ว ☐ ยังไม่ดำเนินการ", Wingdings glyphs included) is the option ticked.
Only in an ITA-related document that is not a memo or cover letter.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from extract.document import Line, Table
from extract.parse import indicators as ind
from extract.parse.measures import MeasureTables
from extract.parse.measures_lists import is_ita_related, is_memo
from extract.parse.tables import is_tick
from normalize.dates import parse_period
from normalize.items import split_items, split_units
from normalize.lines import join_lines
from normalize.text import clean_text
from normalize.wrap import join_wraps
from schemas import measure_cues as cues
from schemas.check_codes import make_check
from schemas.records import Measure, Where

_LABELS = sorted(((label, fld) for fld, labels in cues.FORM_LABELS.items() for label in labels),
                 key=lambda pair: -len(pair[0]))
# optional numbering, then a label (spaces allowed between its letters), then a separator or the end
LABEL = regex.compile(
    r"^\s*(?:\(?[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*\s*[.)]\s*)?"
    r"(?P<label>" + "|".join(r"\s*".join(map(regex.escape, label.replace(" ", ""))) for label, _ in _LABELS) + r")"
    r"(?=[\s:：.…]|$)(?P<rest>.*)$"
)
_FIELD_OF = {label.replace(" ", ""): fld for label, fld in _LABELS}
VALUE_LEAD = regex.compile(cues.FORM_VALUE_LEAD)
# a numbered line that is not a label ends the value above it
NUMBERED = regex.compile(r"^\s*\(?[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*\s*[.)]\s*\S")


@dataclass
class _Form:
    where: Where
    values: dict[str, list[str]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)


def measures_from_forms(blocks: list, report_year: int | None) -> MeasureTables:
    out = MeasureTables()
    texts = [clean_text(b.text) for b in blocks if isinstance(b, Line)]
    if not is_ita_related(texts + _cell_texts(blocks)) or is_memo(texts):
        return out
    forms: list[_Form] = []
    current: list[str] | None = None
    for text, where in _entries(blocks):
        m = LABEL.match(text)
        if m:
            fld = _FIELD_OF[regex.sub(r"\s+", "", m.group("label"))]
            if fld == "title":
                forms.append(_Form(where=where))
            if not forms or (fld == "title" and forms[-1].values.get("title")):
                current = None
                continue
            if fld not in forms[-1].values:
                forms[-1].order.append(fld)
            current = forms[-1].values.setdefault(fld, [])  # a second label of one field adds to it
            value = VALUE_LEAD.sub("", m.group("rest")).strip()
            if value:
                current.append(value)
        elif NUMBERED.match(text) or squash_start(text).startswith(cues.LIST_ENDS):
            current = None
        elif current is not None:
            current.append(text)
    for form in forms:
        others = [f for f in form.order if f != "title"]
        if not form.values.get("title") or len(others) < cues.MIN_FORM_FIELDS:
            continue
        out.measures.append(_measure(form, report_year, len(out.measures) + 1))
        out.checks.append(make_check("MEASURE_FROM_FORM", form.where, labels=", ".join(form.order)))
    return out


def squash_start(text: str) -> str:
    return regex.sub(r"\s+", "", text[:40])


def _cell_texts(blocks: list) -> list[str]:
    return [clean_text(c) for b in blocks if isinstance(b, Table) for r in b.rows for c in r.cells if c.strip()]


def _entries(blocks: list) -> list[tuple[str, Where]]:
    """Lines, and table rows read as "label value" (a form laid out as a two-column table)."""
    entries: list[tuple[str, Where]] = []
    for block in blocks:
        if isinstance(block, Line):
            text = clean_text(block.text)
            if text:
                entries.append((text, block.where))
        elif isinstance(block, Table):
            for row in block.rows:
                cells = [clean_text(c) for c in row.cells if clean_text(c)]
                if cells:
                    entries.append((" ".join(cells), row.where))
    return entries


def _measure(form: _Form, year: int | None, number: int) -> Measure:
    def text(fld: str) -> str | None:
        parts = form.values.get(fld)
        joined = join_wraps(clean_text(join_lines(parts))) if parts else ""
        return joined or None

    title = text("title") or ""
    timeframe = text("timeframe")
    start, end = parse_period(timeframe, year) if timeframe else (None, None)
    kind = "implementation" if any(f in form.values for f in cues.FORM_RESULT_FIELDS) else "plan"
    where = Where(page=form.where.page, line=form.where.line, row=number)
    refs = ind.explicit_refs(title)
    return Measure(
        table=kind, row=number, title=title, indicators=sorted(refs or ind.names_in(title)),
        steps=[join_wraps(s) for s in split_items(text("steps") or "")],
        responsible=[join_wraps(s) for s in split_units(text("responsible") or "")],
        timeframe=timeframe, period_start=start, period_end=end,
        rationale=text("rationale"), follow_up=text("follow_up"), output=text("output"),
        outcome=text("outcome"), status=_status(text("status")), recommendation=text("recommendation"),
        page=where.first, location=str(where), table_fiscal_year=year,
    )


def _status(value: str | None) -> str | None:
    """A tick-box status → the option ticked (None when none is); plain text stays as written."""
    if not value:
        return None
    for glyph in (*cues.TICKED, *cues.EMPTY):
        if glyph != "/":  # a drawn box may touch its option's first letter
            value = value.replace(glyph, f" {glyph} ")
    tokens = value.split()
    marks = [i for i, t in enumerate(tokens) if is_tick(t) is not None]
    if not marks:
        return value
    for k, i in enumerate(marks):
        if is_tick(tokens[i]):
            stop = marks[k + 1] if k + 1 < len(marks) else len(tokens)
            return " ".join(tokens[i + 1:stop]) or None
    return None

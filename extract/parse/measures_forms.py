"""One-activity report forms: labelled fields ("1) ชื่อกิจกรรม …", "ระยะเวลาดำเนินการ …",
"ผู้รับผิดชอบ …", "ปัญหา อุปสรรค …") that describe one activity are one measure.

A field starts at a line (or the first cell of a table row) that begins, after any numbering,
with a label of schemas/measure_cues.FORM_LABELS followed by a separator (space, ":", dots);
un-numbered lines after it continue its value. A title label starts a new form. A form with its
title and at least MIN_FORM_FIELDS other fields is a measure: ``implementation`` when it reports
results (output, outcome, status, problems), else ``plan``. A status given by tick boxes
("☑ ดำเนินการแล้ว ☐ ยังไม่ดำเนินการ", Wingdings glyphs included) is the option ticked.
Only in an ITA-related document that is not a memo or cover letter.

Where a value ends: at the next line that starts like a label of any kind (a known label, an
unknown "X :" label — reported with FORM_LABEL_UNKNOWN — or a numbered line), at a closing line
(signature, picture, "(name)": FORM_TRAILERS, LIST_ENDS), and at a blank line when the form writes
its fields line after line. A label with no value of its own ("วิธีการดำเนินงาน :") takes the
numbered or bulleted lines under it as its items, up to the next label. Problems met
("ปัญหาอุปสรรค") stand in for the recommendation only when no suggestion is given
(schemas/headers.FIELD_FALLBACKS, the tables' convention). An indicator label ("ตัวชี้วัดที่เกี่ยวข้อง")
gives the measure's indicators, not text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex
from normalize import patterns

from extract.document import Line, Table
from extract.parse import indicators as ind
from extract.parse.measures import MeasureTables
from extract.parse.measures_lists import is_ita_related, is_memo
from extract.parse.tables import OTHER_DOCUMENTS, is_no_value, ticked_status
from normalize.dates import parse_period
from normalize.digits import thai_to_arabic
from normalize.items import split_items, split_units
from normalize.line_joins import join_lines
from normalize.text import clean_text
from normalize.wrap_spaces import join_wraps
from schemas import measure_cues as cues
from schemas.check_codes import make_check
from schemas.checks.measures import field_th
from schemas.headers import FIELD_FALLBACKS
from schemas.phrases import Phrase
from schemas.records import Measure, TableKind, Where

_SPACES = patterns.compile(r"\s+")
_LABELS = sorted(((label, fld) for table in (cues.FORM_LABELS, cues.FORM_COLON_LABELS)
                  for fld, labels in table.items() for label in labels), key=lambda pair: -len(pair[0]))
# labels that are labels only with a colon after them (measure_cues.FORM_COLON_LABELS)
_COLON_ONLY = frozenset(label.replace(" ", "") for labels in cues.FORM_COLON_LABELS.values() for label in labels)
# optional numbering (cues.FORM_LABEL_NUMBERING: "1)", "๒.๑", a Thai letter "ก."), then a label (spaces
# allowed between its letters), then a separator or the end
LABEL = patterns.compile(
    r"^\s*(?:" + cues.FORM_LABEL_NUMBERING + r"\s*)?"
    r"(?P<label>" + "|".join(r"\s*".join(map(regex.escape, label.replace(" ", ""))) for label, _ in _LABELS) + r")"
    r"(?=[\s:：.…]|$)(?P<rest>.*)$"
)
_FIELD_OF = {label.replace(" ", ""): fld for label, fld in _LABELS}
VALUE_LEAD = patterns.compile(cues.FORM_VALUE_LEAD)
# a numbered line that is not a label ends the value above it
NUMBERED = patterns.compile(r"^\s*\(?[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*\s*[.)]\s*\S")
NUMBER = patterns.compile(r"^\s*(?P<open>\()?(?P<n>[0-9๐-๙]{1,2})(?P<sub>(?:\.[0-9๐-๙]{1,2})*)\s*(?P<close>[.)])")
BULLET = patterns.compile(r"^\s*[-•●▪–*]\s*\S")
# the first of a form table's two cells when it is a label: letters, no digits, no colon of its own
LABEL_CELL = patterns.compile(r"^[^\W\d_][^\d:：\n]*$")
# "เป้าหมาย : …": letters (no digits, so not "10:30 น.") before a colon, not a web address
UNKNOWN_LABEL = patterns.compile(
    r"^\s*(?:\(?[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*\s*[.)]\s*)?"
    r"(?P<label>[^\W\d_][^\d:：\n]*?)\s*[:：](?!//)"
)


@dataclass
class _Form:
    where: Where
    values: dict[str, list[str]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def measures_from_forms(blocks: list, report_year: int | None, document: str | None = None) -> MeasureTables:
    """Measures from one-activity forms; in a ``document`` of another kind (tables.other_document: a staff
    development plan's project form) a form is that document's work, left out with TEXT_NOT_MEASURES."""
    out = MeasureTables()
    texts = [b.text for b in blocks if isinstance(b, Line)]
    if not is_ita_related(texts + _cell_texts(blocks)) or is_memo(texts):
        return out
    forms: list[_Form] = []
    current: list[str] | None = None
    listing = False  # the current label had no value: numbered/bulleted lines under it are its items
    label_number: tuple[int, str] | None = None  # the numbering of the last label line ("4)")
    dense = False  # the last label line followed the line above without a blank line
    previous_line: int | None = None
    for text, where in _entries(blocks):
        gap = previous_line is not None and where.line is not None and where.line - previous_line > 1
        previous_line = where.line
        numbered = NUMBERED.match(text) is not None
        m = LABEL.match(text)
        if m and _SPACES.sub("", m.group("label")) in _COLON_ONLY and not _explicit(m):
            m = None  # "การดำเนินการ ดังนี้": prose, not the label
        if m and listing and numbered and not _explicit(m) and not _next_label(text, label_number):
            m = None  # "๑. กิจกรรม…" under an empty label is one of its items, not a new form
        if m:
            fld = _FIELD_OF[_SPACES.sub("", m.group("label"))]
            if fld == "title":
                forms.append(_Form(where=where))
            label_number, dense, listing = _numbering(text), not gap, False
            if not forms or (fld == "title" and forms[-1].values.get("title")):
                current = None
                continue
            if fld not in forms[-1].values:
                forms[-1].order.append(fld)
            current = forms[-1].values.setdefault(fld, [])  # a second label of one field adds to it
            value = VALUE_LEAD.sub("", m.group("rest")).strip()
            if value:
                current.append(value)
            listing = not value
            continue
        other = _unknown_label(text)
        if other is not None:
            if forms and other not in forms[-1].unknown:
                forms[-1].unknown.append(other)
            current, listing, label_number, dense = None, False, _numbering(text), not gap
        elif current is not None and listing and (numbered or BULLET.match(text)) \
                and not _next_label(text, label_number):
            current.append(text)
        elif numbered or squash_start(text).startswith(cues.LIST_ENDS + cues.FORM_TRAILERS):
            current, listing = None, False
        elif current is not None and gap and dense and current:
            current, listing = None, False  # a blank line after fields written line by line
        elif current is not None:
            current.append(text)
    for form in forms:
        others = [f for f in form.order if f not in ("title", *cues.FORM_UNCOUNTED)]
        if not form.values.get("title") or len(others) < cues.MIN_FORM_FIELDS:
            continue
        if document is not None:
            out.checks.append(make_check("TEXT_NOT_MEASURES", form.where, count=1,
                                         item=" ".join(form.values["title"])[:60], what=OTHER_DOCUMENTS[document]))
            continue
        out.measures.append(_measure(form, report_year, len(out.measures) + 1))
        # the fields by their keys in English, by their Thai names in Thai
        labels = Phrase(", ".join(form.order), ", ".join(map(field_th, form.order)))
        out.checks.append(make_check("MEASURE_FROM_FORM", form.where, labels=labels))
        for label in form.unknown:
            out.checks.append(make_check("FORM_LABEL_UNKNOWN", form.where, label=label))
    return out


def _explicit(m: regex.Match) -> bool:
    """The label is followed by a colon: a label even among numbered items."""
    return m.group("rest").lstrip().startswith((":", "："))


def _numbering(text: str) -> tuple[int, str] | None:
    """A line's own number and its style ("4)" → (4, ")")); sub-numbers ("4.1") have none."""
    m = NUMBER.match(text)
    if not m or m.group("sub"):
        return None
    return int(thai_to_arabic(m.group("n"))), ("(" if m.group("open") else "") + m.group("close")


def _next_label(text: str, label: tuple[int, str] | None) -> bool:
    """A numbered line that continues the labels' own numbering ("5)" after the label "4)")."""
    own = _numbering(text)
    return label is not None and own is not None and own == (label[0] + 1, label[1])


def _unknown_label(text: str) -> str | None:
    """A line that starts "X :" with a short label X naming no known field: X, else None."""
    m = UNKNOWN_LABEL.match(text)
    if not m:
        return None
    label = m.group("label").strip()
    if len(_SPACES.sub("", label)) > cues.FORM_LABEL_MAX_CHARS or len(label.split()) > 4:
        return None
    return label


def squash_start(text: str) -> str:
    return _SPACES.sub("", text[:40])


def _cell_texts(blocks: list) -> list[str]:
    return [c for b in blocks if isinstance(b, Table) for r in b.rows for c, raw in zip(r.clean, r.cells) if raw.strip()]


def _entries(blocks: list) -> list[tuple[str, Where]]:
    """Lines, and table rows read as "label value" (a form laid out as a two-column table)."""
    entries: list[tuple[str, Where]] = []
    for block in blocks:
        if isinstance(block, Line):
            text = block.text
            if text:
                entries.append((text, block.where))
        elif isinstance(block, Table):
            for row in block.rows:
                cells = [c for c in row.clean if c]
                if len(cells) == 2 and len(row.clean) == 2 and LABEL_CELL.match(cells[0]):
                    # a form's row "label | value": the first cell is a label, known or not ("กลุ่มเป้าหมาย",
                    # "งบประมาณ"), so its row starts a field of its own, as "label : value" does
                    entries.append((f"{cells[0]} : {cells[1]}", row.where))
                elif cells:
                    entries.append((" ".join(cells), row.where))
    return entries


def _measure(form: _Form, year: int | None, number: int) -> Measure:
    def text(fld: str) -> str | None:
        parts = form.values.get(fld)
        # cleaned again after the join: the parts are clean, the join may not be ("*" + "*")
        joined = join_wraps(clean_text(join_lines(parts))) if parts else ""
        return None if is_no_value(joined) else joined

    title = text("title") or ""
    timeframe = text("timeframe")
    start, end = parse_period(timeframe, year) if timeframe else (None, None)
    kind: TableKind = "implementation" if any(f in form.values for f in cues.FORM_RESULT_FIELDS) else "plan"
    where = form.where.model_copy(update={"row": number})
    named = text("indicator") or ""
    refs = ind.explicit_refs(named) or ind.names_in(named) or ind.explicit_refs(title) or ind.names_in(title)
    recommendation = text("recommendation")
    # a suggestion label given with nothing after it ("ข้อเสนอแนะ: -") still says the two are apart
    for other in FIELD_FALLBACKS.get("recommendation", ()) if "recommendation" not in form.values else ():
        recommendation = recommendation or text(other)
    return Measure(
        table=kind, row=number, title=title, indicators=sorted(refs),
        steps=[join_wraps(s) for s in split_items(text("steps") or "")],
        responsible=[join_wraps(s) for s in split_units(text("responsible") or "")],
        timeframe=timeframe, period_start=start, period_end=end,
        rationale=text("rationale"), follow_up=text("follow_up"), output=text("output"),
        outcome=text("outcome"), status=ticked_status(text("status")), recommendation=recommendation,
        where=where, table_fiscal_year=year,
    )

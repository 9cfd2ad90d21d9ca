"""Measures: one record per row of every measures table (plan / implementation / improvement).

Columns are mapped to fields by tables.layout: the header-synonym table (a two-row header read as
one row), tick-box columns as the status they stand for, unnamed columns by their cells. Measures
outside tables are read by measures_forms (one-activity report forms) and measures_lists
(numbered lists), which the pipeline tries in that order when no table holds measures. Rows continued across a page break
are merged into the row they continue: an empty first cell, a "(ต่อ)" marker, or (after a break,
in a table whose titles are numbered) an un-numbered fragment that leaves cells empty where the
row above has text. A measure is linked to indicators by an explicit "ตัวชี้วัดที่ N" (title,
rationale or indicator column, then the section heading above it), else by an indicator name in
its title; a bullet sub-item ("-แผนการดำเนินงาน") inherits the indicators of the item it is under.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import regex

from extract.document import Row, Table
from extract.parse import indicators as ind
from extract.parse.fragments import continues_word, ends_mid_phrase
from extract.parse.tables import (CONTINUED, ISSUE_TITLE, NO_VALUE, Layout, answers_advice, has_result_columns, header_field, is_measures_table, not_measures,
                                  is_no_value, is_row_number_header, is_tick, layout, ticked_status)
from normalize import patterns
from normalize.dates import find_years, fiscal_year_of, parse_period
from normalize.digits import thai_to_arabic
from normalize.items import split_items, split_steps, split_units, starts_unit
from normalize.line_joins import ITEM_START, join_lines
from normalize.text import squash
from normalize.wrap_spaces import join_wraps
from schemas import measure_cues as cues
from schemas.check_codes import make_check
from schemas.checks.measures import field_th
from schemas.headers import FIELD_FALLBACKS, RESULT_FIELDS, TOTAL_LABELS
from schemas.phrases import REASONS, Phrase
from schemas.records import Check, Measure, TableKind, Where

TEXT_FIELDS = ("rationale", "follow_up", "output", "outcome", "status", "recommendation", "note")
HEADING_WORDS = patterns.compile(r"มาตรการ|รายงานผล|แผน|แนวทาง|ประเด็น|ปรับปรุง|พัฒนา")
REPORT_HEADING = patterns.compile("|".join(map(regex.escape, cues.REPORT_HEADING_CUES)))
FISCAL_MENTION = patterns.compile(r"ปี\s*งบประมาณ[^0-9๐-๙]{0,12}([0-9๐-๙]{4})")
# "พ.ศ. 2568 - 2571" (cues.YEAR_SPAN_JOINS): a span of years, no one year of a table (digits Arabic)
YEAR_SPAN = patterns.compile(r"(?<![0-9])25[0-9]{2}\s*+(?:" + "|".join(map(regex.escape, cues.YEAR_SPAN_JOINS))
                             + r")\s*+(?:(?:ปี\s*+)?(?:งบประมาณ\s*+)?พ\.\s*+ศ\.\s*+)?25[0-9]{2}(?![0-9])")
BULLET = patterns.compile(r"^\s*[-•●▪–]")


@dataclass
class _Logical:
    """A measure's row: its cells as read (``cells``, for items) and clean (``clean``), the rows
    continued across a page break joined in."""
    cells: list[str]
    clean: list[str]
    first: Row
    section: str | None
    merged: int = 0
    # the status each row under a merged title gives of its own ("ดำเนินการแล้ว", then "ยังไม่ดำเนินการ")
    statuses: list[str] = field(default_factory=list)
    # column → the clean text each row under a merged title gives it ("อบรม ๔๕ คน", then "คู่มือ ๑ เล่ม")
    items: dict[int, list[str]] = field(default_factory=dict)


@dataclass
class MeasureTables:
    measures: list[Measure] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    used: set[int] = field(default_factory=set)


def measures_from_tables(tables: list[Table], report_year: int | None, document: str | None = None) -> MeasureTables:
    """``document``: the kind of document the tables are in when its title names one that is not an ITA
    document of its own (tables.other_document): its tables hold its own work, not measures."""
    out = MeasureTables()
    for table in tables:
        if not is_measures_table(table):
            continue
        instead = not_measures(table, document)
        if instead is not None:
            out.checks.append(make_check("TABLE_NOT_MEASURES", table.where, what=instead,
                                         header=" | ".join(c for c in table.header.clean if c)))
            continue
        out.used.add(table.index)
        lay = layout(table)
        for text in lay.unknown:
            out.checks.append(make_check("TABLE_HEADER_UNKNOWN", table.where, header=text))
        for col, taken in lay.repeated.items():
            out.checks.append(make_check("COLUMN_FIELD_REPEATED", table.where, header=lay.header[col], column=col + 1,
                                         field=taken, field_th=field_th(taken),
                                         first=lay.fields.index(taken) + 1 if taken in lay.fields else 0))
        for col, role in lay.inferred.items():
            named = header_field(lay.header[col])
            if named is not None:  # "ผลการดำเนินการ" beside "ผลผลิต", over statuses only
                out.checks.append(make_check("COLUMN_STATUS_FROM_CONTENT", table.where, header=lay.header[col],
                                             column=col + 1, field=named, field_th=field_th(named)))
                continue
            out.checks.append(make_check("COLUMN_ROLE_FROM_CONTENT", table.where, header=lay.header[col] or "-",
                                         column=col + 1, field=role, field_th=field_th(role)))
        fields = lay.fields
        kind = table_kind(table, fields, lay)
        year = table_year(table, fields) or report_year
        previous: Measure | None = None
        for logical in _merge_rows(table, out.checks, lay):
            measure = _measure(logical, lay, kind, year, table, len(out.measures) + 1, out.checks)
            if measure is None:
                continue
            if not measure.indicators and previous and (
                    BULLET.match(measure.title) or _under_merged_indicator(logical, lay)):
                measure.indicators = list(previous.indicators)
            elif not BULLET.match(measure.title):
                previous = measure
            out.measures.append(measure)
    return out


def _under_merged_indicator(logical: _Logical, lay: Layout) -> bool:
    """The row's cell in an indicator column that groups the rows is empty: the indicator cell above
    is merged over it ("ตัวชี้วัดที่ ๙ … | มาตรการ ก" over " | มาตรการ ข")."""
    if "indicator" not in lay.fields or "title" not in lay.fields:
        return False
    col = lay.fields.index("indicator")
    return col < lay.fields.index("title") and not (logical.clean + [""] * (col + 1))[col].strip()


def table_kind(table: Table, fields: list[str | None], lay: Layout | None = None) -> TableKind:
    """implementation when it reports results; improvement when rows are issues, when the nearest line
    above that names a kind is a heading of improvements on the assessment's results, or when the rows
    are indicators and the steps say how to improve them; else plan."""
    if has_result_columns(fields) and (lay is None or _results_given(table, lay)):
        return "implementation"  # a results column left empty in every row reports nothing (a plan's form)
    header = lay.header if lay else table.header.clean
    title_col = fields.index("title") if "title" in fields else 0
    issue_col = fields.index("rationale") if "rationale" in fields else title_col
    if ISSUE_TITLE.search(header[title_col]) or header_field(header[issue_col]) == "title" and ISSUE_TITLE.search(header[issue_col]):
        return "improvement"  # the rows are issues to fix, or measures each answering an issue beside it
    for line in reversed(table.context):  # the nearest heading or sentence that says decides
        if REPORT_HEADING.search(line):
            return "implementation"
        text = squash(line)
        short = len(text) <= cues.PLAN_HEADING_MAX_CHARS
        # a heading (a longer one with a year: not a lead-in sentence) of improvements on the assessment's
        # results ("๓. แนวทางการนำผลการประเมินไปปรับปรุง"), not a sentence that derives measures from its
        # recommendations ("…นำมาสู่ข้อเสนอแนะในการกำหนดมาตรการ… ดังนี้")
        heading = len(text) <= cues.HEADING_MAX_CHARS or (short and not text.rstrip(":").lower().endswith(cues.LEAD_IN_ENDS))
        if (heading and any(c in text for c in cues.IMPROVEMENT_LIST_CUES)
                and any(c in text for c in cues.ASSESSMENT_ANALYSIS_CUES)):
            return "improvement"
        if short and any(c in text for c in cues.PLAN_LIST_CUES):
            # a heading or lead-in naming the measures ("๓. มาตรการส่งเสริมคุณธรรม … ปี ๒๕๖๘", "จึงกำหนด
            # มาตรการ … ดังนี้"): a report's words further up (a finding that "ยังไม่ได้เผยแพร่ผลการดำเนินการ
            # ตามมาตรการ…") are not about this table
            return "plan"
        if text.startswith(cues.TABLE_CAPTION_WORDS):
            break  # the table's own caption ("ตารางที่ 3 …"): lines above it are about something else
    if "steps" in fields and header_field(header[title_col]) == "indicator":
        remedy = squash(header[fields.index("steps")])
        if any(c in remedy for c in cues.REMEDY_HEADER_CUES):
            return "improvement"  # "ตัวชี้วัด | … | แนวทางการพัฒนา": how each indicator's result will be improved
    for col, cell in enumerate(header):
        text = squash(cell)
        if (header_field(cell) in ("recommendation", "rationale")
                and any(c in text for c in cues.IMPROVEMENT_LIST_CUES) and any(c in text for c in cues.ASSESSMENT_ANALYSIS_CUES)):
            # "ข้อเสนอแนะจากผลการประเมิน | แนวทางการนำไปปฏิบัติ": each row answers the assessment's advice (in the
            # first column with no title column, the advice is the row's title, as an issue is)
            return "improvement"
    if lay is not None and answers_advice(table, lay):
        return "improvement"  # what the body does about the advice on each indicator, no heading saying otherwise
    return "plan"


def _results_given(table: Table, lay: Layout) -> bool:
    """Some row holds a value under a result column (output, outcome, status): a plan written on a form
    with an empty "ผลการดำเนินการ" column reports no results."""
    cols = [c for c, f in enumerate(lay.fields) if f in RESULT_FIELDS]
    return any(c < len(row.clean) and not is_no_value(row.clean[c])
               for row in table.rows[lay.body_start:] if not row.is_section for c in cols)


def table_year(table: Table, fields: list[str | None]) -> int | None:
    """The fiscal year a measures table is for: stated in its timeframes, else in its heading."""
    if "timeframe" in fields:
        col = fields.index("timeframe")
        stated: Counter[int] = Counter()
        for row in table.rows[1:]:
            if col < len(row.clean):
                for m in FISCAL_MENTION.finditer(row.clean[col]):
                    stated.update(find_years(m.group(0)))
        if stated:
            return stated.most_common(1)[0][0]
        dated = _dated_fiscal_years([row.clean[col] for row in table.rows[1:] if col < len(row.clean)])
        if dated is not None:
            return dated
    context = table.context
    found = None
    for i, text in enumerate(context):
        # a heading, not the intro sentence ("จากการวิเคราะห์ผล … พ.ศ. ๒๕๖๔ … ดังนี้")
        if len(text) > 160 or text.endswith(("ดังนี้", "ดังต่อไปนี้")) or not HEADING_WORDS.search(text):
            continue
        # the year a heading says the plan is for ("ปีงบประมาณ 2568 (ตามผลการประเมิน ITA ปี 2567)"), else its last
        if YEAR_SPAN.search(thai_to_arabic(text)):
            continue  # a plan for several years (a span) names no one year of the table
        fiscal = [y for m in FISCAL_MENTION.finditer(thai_to_arabic(text)) for y in find_years(m.group(0))]
        years = fiscal[:1] or find_years(text)
        if not years and i + 1 < len(context) and len(context[i + 1]) < 30:
            years = find_years(context[i + 1])
        if years:
            found = years[-1]
    return found


def _dated_fiscal_years(cells: list[str]) -> int | None:
    """The one fiscal year every timeframe that states its own dates lies in ("ม.ค. - มี.ค. ๒๕๖๘",
    "ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘" → 2568), else None (none dated, or dated in several years)."""
    years = set()
    for cell in cells:
        for text in split_items(cell) if "<br>" in cell else [cell]:
            start, end = parse_period(text)  # no year given: dates only where the text states its year
            if start is None or end is None:
                continue
            years |= {fiscal_year_of(start), fiscal_year_of(end)}
    return years.pop() if len(years) == 1 else None


def _merge_rows(table: Table, checks: list[Check], lay: Layout) -> list[_Logical]:
    width = len(lay.header)
    body = table.rows[lay.body_start:]
    key = _key_column(lay)
    titles = [r.clean[key] for r in body if not r.is_section and len(r.cells) > key and r.cells[key].strip()]
    numbered = sum(1 for t in titles if ITEM_START.match(t)) >= max(1, len(titles) // 2)
    rows: list[_Logical] = []
    for row in body:
        if row.is_section:
            continue
        cells = (row.cells + [""] * width)[:width]
        clean = (row.clean + [""] * width)[:width]
        first = clean[key]
        label = _total_label(clean)
        if label is not None:
            checks.append(make_check("TOTAL_ROW_SKIPPED", Where(page=row.page, line=row.line, table=table.index,
                                                                bbox=row.bbox),
                                     label=label, source_text=" | ".join(c for c in clean if c)))
            continue
        if rows:
            prev = rows[-1]
            reason = None
            if not first and key in row.unread_numbers:
                reason = None  # a number there the OCR could not read surely: a row of its own
            elif not first:
                reason = REASONS["empty_first_cell"]
            elif CONTINUED.match(first):
                reason = REASONS["continued_marker"]
            else:
                reason = (REASONS["row_cut"] if row.after_break and row.open_top
                          else _fragment_reason(first, cells, prev, numbered, row.after_break, clean, key))
            if reason:
                # a row the document marks as a row of its own under a merged title (an HTML rowspan)
                # adds items; a fragment (a row cut by a break, a text export's split row) goes on
                if row.under_merged:
                    prev.statuses += _own_status(clean, lay)
                _merge_into(prev, cells, clean, as_items=row.under_merged)
                where = Where(page=row.page, line=row.line, table=table.index, bbox=row.bbox)
                checks.append(make_check("ROW_MERGED", where, reason=reason,
                                         source_text=" | ".join(c for c in clean if c)))
                continue
        rows.append(_Logical(cells=list(cells), clean=list(clean), first=row, section=row.section,
                             statuses=_own_status(clean, lay)))
    return rows


def _own_status(clean: list[str], lay: Layout) -> list[str]:
    """The status one row states (its text, or the option its tick stands under), as a list of 0 or 1."""
    status = ticked_status(_text(_values(clean, lay).get("status", "")))
    return [status] if status else []


_TOTALS = frozenset(TOTAL_LABELS)
_AMOUNT = patterns.compile(r"^[\s\-–—]*[0-9๐-๙][0-9๐-๙,.\s]*(?:บาท|ล้านบาท|baht)?\s*$", regex.IGNORECASE)


def _total_label(clean: list[str]) -> str | None:
    """The totals label of a row whose only text is one (TOTAL_LABELS) beside amounts or nothing."""
    texts = [c for c in clean if c.strip() and not NO_VALUE.match(c)]
    words = [c for c in texts if not _AMOUNT.match(c)]
    if len(words) != 1:
        return None
    flat = "".join(words[0].split()).rstrip(":.").lower()
    return words[0].strip() if flat in _TOTALS else None


def _key_column(lay: Layout) -> int:
    """The column whose cell starts a measure's row: the first, or the title column when the columns
    before it group rows ("ภารกิจตามมิติ" merged over several projects) rather than number them."""
    title = lay.fields.index("title") if "title" in lay.fields else 0
    return 0 if is_row_number_header(lay.header[0]) else title


def _fragment_reason(first: str, cells: list[str], above: _Logical, numbered: bool,
                     after_break: bool, clean: list[str], key: int = 0) -> Phrase | None:
    """Why a row continues the row above (None: it starts a new measure).

    Right after a page break any one signal is enough. Elsewhere (a text export or Word file
    that lost the break) only all together: a numbered table, an un-numbered row with cells
    left empty, and a title above that stops mid-word or mid-phrase."""
    if ITEM_START.match(first):
        return None
    prev_title = above.clean[key]
    # the cells after the key column: those before it group rows, and are empty under a merged cell
    cells, clean, prev, prev_clean = (x[key + 1:] for x in (cells, clean, above.cells, above.clean))
    emptied = any(not c.strip() and p.strip() for c, p in zip(cells, prev))
    if not after_break:
        cut = prev_title and (continues_word(prev_title, first) or ends_mid_phrase(prev_title))
        return REASONS["numbered_fragment"] if numbered and emptied and cut else None
    if prev_title and continues_word(prev_title, first):
        return REASONS["word_cut"]
    if prev_title and ends_mid_phrase(prev_title) and not BULLET.match(first):
        return REASONS["mid_phrase"]
    if numbered and emptied:
        return REASONS["unnumbered_fragment"]
    # list cells that go on mid-sentence where the row above started its list with "๑."/"-"
    resumed = sum(1 for c, text, p_text in zip(cells, clean, prev_clean)
                  if c.strip() and ITEM_START.match(p_text) and not ITEM_START.match(text))
    if resumed >= 2 or (resumed and emptied):
        return REASONS["list_continues"]
    return None


def _merge_into(prev: _Logical, cells: list[str], clean: list[str], as_items: bool = False) -> None:
    """Join a continuation row's cells (as read and clean) to the row above: as the next items of
    a list cell (``as_items``, a line break between), or as the rest of its text."""
    for i, (cell, text) in enumerate(zip(cells, clean)):
        cell, text = CONTINUED.sub("", cell), CONTINUED.sub("", text)
        if not text:
            continue
        # cells repeated on the continuation (timeframe, responsible) are kept once
        if squash(cell) == squash(prev.cells[i]):
            continue
        if prev.cells[i].strip() and as_items:
            prev.items.setdefault(i, [prev.clean[i]]).append(text)
            prev.cells[i], prev.clean[i] = f"{prev.cells[i]}<br>{cell}", f"{prev.clean[i]} {text}"
        elif prev.cells[i].strip() and starts_unit(prev.clean[i].split("<br>")[-1], text):
            # a list of units one to a paragraph, cut between two ("กลุ่มงานบริหารทั่วไป" | "กลุ่มงานการพยาบาล")
            prev.cells[i], prev.clean[i] = f"{prev.cells[i]}<br>{cell}", f"{prev.clean[i]} {text}"
        elif prev.cells[i].strip():  # the Thai join heals words cut by the break ("ตลอดปีงบปร" + "ะมาณ")
            prev.cells[i], prev.clean[i] = join_lines([prev.cells[i], cell]), join_lines([prev.clean[i], text])
        else:
            prev.cells[i], prev.clean[i] = cell, text
    for i, cell in enumerate(prev.cells):
        once = _once(cell)
        if once != cell:
            prev.cells[i], prev.clean[i] = once, _once(prev.clean[i])
    prev.merged += 1


RANGE_ENDS = ("-", "–", "—", "ถึง")


def _item_periods(cell: str, year: int | None) -> list[tuple[str, Any, Any]]:
    """(text, start, end) of each item of the timeframe cell of rows merged under one title when it
    lists several whole periods ("ม.ค. - มี.ค. ๒๕๖๘<br>ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘"), else []: a cell whose
    lines are one period wrapped ("ต.ค. ๖๖ -" / "มี.ค. ๖๗") is read whole."""
    items = [join_wraps(s).strip() for s in split_items(cell)] if "<br>" in cell else []
    if any(text.endswith(RANGE_ENDS) or text.startswith(RANGE_ENDS) for text in items):
        return []  # "ต.ค. ๖๖ -" / "มี.ค. ๖๗": one range wrapped
    periods = [(text, *parse_period(text, year)) for text in items if text]
    if len(periods) < 2 or any(s is None or e is None for _, s, e in periods):
        return []
    return periods


def _once(text: str) -> str:
    """A cell holding the same text twice (repeated after "(ต่อ)", then cut again) → once."""
    flat = squash(text)
    half = len(flat) // 2
    if len(flat) < 4 or len(flat) % 2 or flat[:half] != flat[half:]:
        return text
    seen = 0
    for pos, ch in enumerate(text):
        if not ch.isspace():
            seen += 1
        if seen == half:
            return text[:pos + 1]
    return text


def _measure(logical: _Logical, lay: Layout, kind: TableKind, year: int | None, table: Table,
             number: int, checks: list[Check]) -> Measure | None:
    raw, values = _values(logical.cells, lay, markup=True), _values(logical.clean, lay)
    title = join_wraps(values.get("title", ""))
    # the row's own cells of what will be done: not the indicator nor its score or rating, which an analysis
    # table gives an indicator with nothing to improve ("๙. การเปิดเผยข้อมูล | 85.00 | - | -")
    body = [v for f, v in values.items() if f not in ("title", "indicator", "score", "rating")]
    where = Where(page=logical.first.page, line=logical.first.line, table=table.index, row=number,
                  bbox=logical.first.bbox)  # a row cut by a page break: its first part's box
    unnamed = [lay.subs[c] for c, month in lay.months.items()
               if not month and c < len(logical.clean) and logical.clean[c].strip()]
    if unnamed:  # marked months of which one's label is unreadable: no timeframe rather than a wrong one
        checks.append(make_check("MONTH_COLUMN_UNREAD", where, labels=" | ".join(unnamed)))
    by_order = [(label, lay.months[c]) for c, label in lay.by_order.items()
                if c < len(logical.clean) and logical.clean[c].strip()]
    if by_order:  # marked months named by their column's place among the months read
        checks.append(make_check("MONTH_COLUMN_BY_ORDER", where, labels=" | ".join(f"{a} → {b}" for a, b in by_order),
                                 before=" | ".join(a for a, _ in by_order), after=" | ".join(b for _, b in by_order)))
    if NO_VALUE.match(title):  # "-": an indicator with nothing to improve
        if not all(is_no_value(v) for v in body):  # … yet the row says what will be done: say it was left out
            checks.append(make_check("MEASURE_UNTITLED", where, header=lay.header[lay.fields.index("title")],
                                     source_text=" | ".join(c for c in logical.clean if c)))
        return None
    if ind.is_label_only(title) and all(is_no_value(v) for v in body):
        return None  # "๙. การเปิดเผยข้อมูล | - | - | -": the indicator named, nothing to do about it
    timeframe = values.get("timeframe")
    start = end = None
    periods = _item_periods(raw.get("timeframe", ""), year) if logical.merged else []
    if periods:  # rows under a merged title, each with its own period: their span
        timeframe = "; ".join(text for text, _, _ in periods)
        start, end = min(s for _, s, _ in periods), max(e for _, _, e in periods)
    elif timeframe:
        start, end = parse_period(timeframe, year)
        if start is None and end is None:
            checks.append(make_check("DATE_UNPARSED", where, text=timeframe))
    # Measure's text fields by name (Any: pydantic checks them, mypy cannot see the names)
    text_fields: dict[str, Any] = {f: _text(values[f]) if f in values else None for f in TEXT_FIELDS}
    # a cell of tick boxes ("☑ ดำเนินการแล้ว ☐ อยู่ระหว่างดำเนินการ") is the option ticked, as in a form
    text_fields["status"] = ticked_status(text_fields["status"])
    mixed = list({squash(st): st for st in reversed(logical.statuses)}.values())[::-1]
    if len(mixed) > 1:
        # activities under one merged measure, each with its own status (one done, one not begun): the
        # measure's status is none of them, and their text joined is no status either
        text_fields["status"] = None
        checks.append(make_check("STATUS_MIXED", where, statuses=" | ".join(mixed)))
    for fld in ITEM_TEXT_FIELDS:
        # the rows under a merged title each give their own result: kept apart ("; "), as the results of
        # sub-columns are, not run together by a space ("อบรม ๔๕ คน คู่มือ ๑ เล่ม")
        cols = [c for c, f in enumerate(lay.fields) if f == fld]
        parts = [p for p in (_text(t) for t in logical.items.get(cols[0], [])) if p] if len(cols) == 1 else []
        # a numbered item goes on with the cell's list, its number the separator ("…๒๕๖๔" then "๓.รายงานผล…",
        # as the text export joins it)
        if len(parts) > 1 and not any(ITEM_START.match(p) for p in parts[1:]):
            text_fields[fld] = "; ".join(parts)
    if text_fields["rationale"] and ind.is_reference_only(text_fields["rationale"]):
        text_fields["rationale"] = None  # "ตัวชี้วัดที่ ๙" only points at indicators (read below)
    for fld, stand_ins in FIELD_FALLBACKS.items():
        if fld in lay.fields:
            continue  # the table has the field's own column: an empty cell of it is empty, not the problems met
        for other in stand_ins:
            if not text_fields[fld] and other in values:
                text_fields[fld] = _text(values[other])
    return Measure(
        table=kind,
        row=number,
        title=title,
        indicators=_indicators(title, values, logical.section, year, where, checks),
        steps=[join_wraps(s) for s in split_steps(raw.get("steps", ""))],  # items split at the cell's <br>/<li>, ";"
        responsible=[join_wraps(s) for s in split_units(raw.get("responsible", ""))],
        timeframe=timeframe or None,
        period_start=start,
        period_end=end,
        where=where,
        table_index=table.index,
        table_fiscal_year=year,
        section=logical.section or None,
        **text_fields,
    )


LIST_FIELDS = frozenset({"steps", "responsible"})  # fields exported as lists of the cell's items


# Fields whose sub-columns under one group each say something of their own ("ไตรมาส 1 | ไตรมาส 2"):
# their cells are kept with their labels, the empty ones ("-") left out.
LABELLED_FIELDS = ("output", "outcome", "recommendation", "follow_up", "note")
# The same fields in rows under one merged title ("มาตรการ ก" over two activities): each row's cell its own
# result, joined by "; ".
ITEM_TEXT_FIELDS = LABELLED_FIELDS


def _values(cells: list[str], lay: Layout, markup: bool = False) -> dict[str, str]:
    """Field → cell text (of the cells as read or of the clean ones, alike). A tick column gives its
    option when ticked; the sub-columns of one group are joined; otherwise the first column of a
    field wins."""
    values: dict[str, str] = {}
    marked: list[str] = []
    labelled: dict[str, list[tuple[str, str]]] = {}  # a text field's cells under their sub-labels
    for col, (fld, cell) in enumerate(zip(lay.fields, cells)):
        if not fld:
            continue
        if fld in LABELLED_FIELDS and col < len(lay.subs) and lay.subs[col] and (col in lay.groups or lay.groups.get(col + 1) == col):
            labelled.setdefault(fld, []).append((lay.subs[col], cell))
        if col in lay.months:
            if cell.strip():
                marked.append(lay.months[col])
            continue
        if col in lay.options:
            if is_tick(cell) and "status" not in values:
                values["status"] = lay.options[col]
            continue
        if fld not in values:
            values[fld] = cell
        elif col in lay.groups and cell.strip():
            # a period's start and end columns ("ระยะเวลา" over "เริ่มต้น | สิ้นสุด") read as one range;
            # the units of "ผู้รับผิดชอบ" over "หลัก | สนับสนุน" as items of one list
            joint = (" - " if fld == "timeframe" and values[fld].strip() else
                     "<br>" if markup and fld in LIST_FIELDS else " ")
            values[fld] = f"{values[fld]}{joint}{cell}".strip()
    for fld, parts in labelled.items():
        if len(parts) >= 2:  # "ผลการดำเนินงาน" over "ไตรมาส 1 | ไตรมาส 2 …": each result with its label
            values[fld] = "; ".join(f"{label}: {cell.strip()}" for label, cell in parts if not is_no_value(cell))
    if "" in marked:  # a month marked whose label reads as no month: the period is unknown
        marked = []
    if marked and not values.get("timeframe", "").strip():  # the first to the last marked month
        values["timeframe"] = marked[0] if len(marked) == 1 else f"{marked[0]} - {marked[-1]}"
    return values


def _text(cell: str) -> str | None:
    """A free-text cell (clean); empty, a dash ("-") or a word for none ("ไม่มี") is no value."""
    text = join_wraps(cell)
    return None if is_no_value(text) else text


def _indicators(title: str, values: dict[str, str], section: str | None, year: int | None, where: Where,
                checks: list[Check]) -> list[int]:
    own = " ".join(values.get(f, "") for f in ("indicator", "rationale"))
    # the advice a row answers names the indicator it is about ("ควร… (ตัวชี้วัดที่ ๙)"), by number only
    advice = values.get("recommendation", "")
    for text in (title, own, advice, section or ""):
        refs = ind.explicit_refs(text)
        if refs:
            return sorted(refs)
        if text is own and ind.bare_refs(values.get("indicator", "")):
            return sorted(ind.bare_refs(values["indicator"]))  # "10" under "ตัวชี้วัดที่เกี่ยวข้อง"
        if text is own and ind.sub_indicator_refs(values.get("indicator", "")):
            return ind.sub_indicator_refs(values["indicator"])  # "ตัวชี้วัดที่ 9.1 และ 9.2": indicator 9's parts
        if text is own and ind.oit_items(values.get("indicator", "")):
            # "O13", "O36" under "ตัวชี้วัด": the indicator of each item by the year's list (schemas/rules.py)
            items = ind.oit_items(values["indicator"])
            mapped = ind.oit_item_indicators(items, year)
            if mapped:
                return mapped
            checks.append(make_check("OIT_ITEM_UNMAPPED", where, items=", ".join(f"O{n}" for n in items),
                                     year=year if year is not None else "?", source_text=values["indicator"]))
    # the row's own indicator column before the title, which may name another indicator in passing
    names = list(ind.names_in(values.get("indicator", ""))) or list(ind.names_in(title))
    if not names:
        # an issue column beside the measure (its rationale) headed by the indicator it is about; a
        # name further in is mentioned in passing
        lead = ind.leading_name(values.get("rationale", ""))
        names = [lead] if lead else []
    if not names:
        guess = ind.fuzzy_name(title)
        names = [guess] if guess else list(ind.names_in(section or ""))
    return sorted(names)

"""Auditor checks on the measures tables (ITA O42 plan, O43 implementation) and their links.

Rules 11–12 of docs/ITA_METHODOLOGY.md: every measure names a responsible unit, steps, a timeframe and
how it is followed up; an implementation row reports a result; periods fall inside the table's
fiscal year; measures answer the weak indicators of the analysis. Two document-quality rules
ride along: the organization spelled two ways, and cell text copied between rows.

Column or cell? Extraction leaves a field None both when the table lacks the column and when the
cell is empty, so the checks decide per table: None in every row → the column is missing (one
check per table); None in some rows only → those cells are empty (one check per row).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from difflib import SequenceMatcher
from typing import TypedDict

from normalize.dates import fiscal_year_bounds
from normalize.digits import thai_to_arabic
from normalize.text import clean_text
from schemas.check_codes import make_check
from schemas.ita import INDICATOR_BY_NUMBER
from schemas.phrases import Phrase
from schemas.records import Check, Measure, Result, Score, Where
from schemas.rules import pass_mark_for
from schemas.ui_words import LANGS, location

MIN_DUPLICATE_CHARS = 40    # normalized length from which repeated text is "substantial"
SIMILAR_RATIO = 0.9         # difflib ratio from which two cells count as the same text
ORG_SIMILARITY = 0.6        # difflib ratio from which two organization names are one name misspelt

# ITA rule 11b: what every measure must state; an implementation row is judged on rule 12.
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "plan": ("responsible", "steps", "timeframe", "follow_up"),
    "improvement": ("responsible", "steps", "timeframe", "follow_up"),
    "implementation": ("responsible", "steps"),
}
RESULT_FIELDS = ("output", "outcome", "status")
# Free-text fields compared for copies; status, responsible and timeframe hold stock phrases.
DUPLICATE_FIELDS = ("title", "steps", "rationale", "follow_up", "output", "outcome", "recommendation", "note")

FIELD_NAMES: dict[str, tuple[str, str]] = {
    "title": ("title", "ชื่อมาตรการ/ประเด็น"),
    "responsible": ("responsible unit", "ผู้รับผิดชอบ"),
    "steps": ("steps/method", "ขั้นตอน/วิธีการ"),
    "timeframe": ("timeframe", "ระยะเวลาดำเนินการ"),
    "follow_up": ("follow-up/reporting", "การกำกับติดตาม/การรายงานผล"),
    "rationale": ("rationale", "ผลการวิเคราะห์/เหตุผล"),
    "output": ("output", "ผลการดำเนินงาน"),
    "outcome": ("outcome", "ผลลัพธ์"),
    "status": ("status", "สถานะการดำเนินงาน"),
    "recommendation": ("recommendation", "ข้อเสนอแนะ"),
    "note": ("note", "หมายเหตุ"),
    "budget": ("budget", "งบประมาณ"),
    "indicator": ("indicator", "ตัวชี้วัด"),
    "problems": ("problems", "ปัญหาอุปสรรค"),
}


def field_th(field: str) -> str:
    """A measure field's Thai name, for Thai messages."""
    return FIELD_NAMES.get(field, (field, field))[1]
TABLE_KINDS: dict[str, tuple[str, str]] = {
    "plan": ("plan", "แผนมาตรการ"),
    "improvement": ("improvement plan", "แผนปรับปรุง/พัฒนา"),
    "implementation": ("implementation report", "รายงานผลการดำเนินการ"),
}
# Words of a deadline written into another column ("ภายในเดือนมกราคม", "ไตรมาสที่ ๒").
DEADLINE_WORDS = re.compile(r"ภายใน(?:เดือน|วันที่|ไตรมาส|ปีงบประมาณ)|ไตรมาสที่|ก่อนสิ้นปีงบประมาณ")
THAI_MONTHS = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")

# --- helpers ------------------------------------------------------------------------------------

def where_of(measure: Measure, *, table_only: bool = False) -> Where:
    """The Where of a measure (page or line, table, row), or of its table alone: a check about a
    column of the whole table points at no row, cell or box."""
    where = measure.where
    return where.model_copy(update={"row": None, "cell": None, "bbox": None}) if table_only else where


def _value(measure: Measure, field: str) -> str | None:
    value = getattr(measure, field)
    if isinstance(value, list):
        value = " ".join(v for v in value if v and v.strip())
    return value if value and value.strip() else None


def _short(text: str, limit: int = 40) -> str:
    text = clean_text(text)
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def by_table(measures: Iterable[Measure]) -> dict[int | None, list[Measure]]:
    """Measures grouped by table (None: measures listed as paragraphs), in document order."""
    groups: dict[int | None, list[Measure]] = {}
    for measure in measures:
        groups.setdefault(measure.table_index, []).append(measure)
    return groups


def _scope(table: int | None, kind: str) -> tuple[str, str]:
    en, th = TABLE_KINDS.get(kind, (kind, kind))
    if table is None:
        return f"the measures list ({en})", f"รายการมาตรการ ({th})"
    return f"table {table} ({en})", f"ตารางที่ {table} ({th})"


def _at(measure: Measure) -> Where:
    """Page or line of a measure, without table and row (the whole Where when it has neither)."""
    return measure.where.place if measure.where.first is not None else measure.where


def _listing(items: list[str], conjunction: str) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def _thai_date(day: date | None) -> str:
    return "-" if day is None else f"{day.day} {THAI_MONTHS[day.month - 1]} {day.year + 543}"


class _RowFields(TypedDict):  # a TypedDict, so that mypy sees which make_check fields it fills
    row: int
    title: str


class _Dates(TypedDict):
    timeframe: str
    start: date | str
    end: date | str
    start_th: str
    end_th: str


def _row_fields(measure: Measure) -> _RowFields:
    return {"row": measure.row, "title": _short(measure.title)}


# --- column presence ----------------------------------------------------------------------------

def check_measure_fields(result: Result) -> Iterator[Check]:
    """MEASURE_FIELD_MISSING: a required field absent from a whole table (column) or from a row (cell)."""
    for table, rows in by_table(result.measures).items():
        kind = rows[0].table
        scope, scope_th = _scope(table, kind)
        for field in REQUIRED_FIELDS.get(kind, ()):
            name, name_th = FIELD_NAMES[field]
            empty = [m for m in rows if _value(m, field) is None]
            if not empty:
                continue
            if len(empty) == len(rows):
                how, how_th = "the table has no such column", "ตารางไม่มีคอลัมน์นี้"
                if field == "timeframe" and any(DEADLINE_WORDS.search(_value(m, "follow_up") or "") for m in rows):
                    how += " (deadlines appear inside the follow-up column)"
                    how_th += " (มีกำหนดเวลาเขียนไว้ในคอลัมน์การติดตาม/รายงานผล)"
                yield make_check("MEASURE_FIELD_MISSING", where_of(rows[0], table_only=True),
                                 field=name, field_th=name_th, scope=scope, scope_th=scope_th,
                                 how=how, how_th=how_th)
                continue
            for m in empty:
                yield make_check("MEASURE_FIELD_MISSING", where_of(m), field=name, field_th=name_th,
                                 scope=f"{scope}, row {m.row} '{_short(m.title)}'",
                                 scope_th=f"{scope_th} แถวที่ {m.row} '{_short(m.title)}'",
                                 how="the cell is empty", how_th="ช่องนี้ว่าง", source_text=m.title)


def check_implementation_results(result: Result) -> Iterator[Check]:
    """IMPLEMENTATION_NO_RESULT: an implementation row with no output, outcome or status."""
    for rows in by_table(result.measures).values():
        if rows[0].table != "implementation":
            continue
        has_column = any(_value(m, f) for m in rows for f in RESULT_FIELDS)
        how = ("the result cells are empty", "ช่องผลการดำเนินงานว่าง") if has_column else \
              ("the table has no result column", "ตารางไม่มีคอลัมน์ผลการดำเนินงาน")
        for m in rows:
            if not any(_value(m, f) for f in RESULT_FIELDS):
                yield make_check("IMPLEMENTATION_NO_RESULT", where_of(m), **_row_fields(m),
                                 how=how[0], how_th=how[1], source_text=m.title)


# --- periods --------------------------------------------------------------------------------------

def check_timeframes(result: Result) -> Iterator[Check]:
    """TIMEFRAME_OUTSIDE_FY and DEADLINE_BEFORE_START on each measure's parsed period."""
    for m in result.measures:
        start, end = m.period_start, m.period_end
        if start is None and end is None:
            continue
        dates: _Dates = {"timeframe": m.timeframe or "", "start": start or "-", "end": end or "-",
                 "start_th": _thai_date(start), "end_th": _thai_date(end)}
        if start and end and end < start:
            yield make_check("DEADLINE_BEFORE_START", where_of(m), **_row_fields(m), **dates, source_text=m.timeframe)
        if m.table_fiscal_year is None:
            continue
        fy_start, fy_end = fiscal_year_bounds(m.table_fiscal_year)
        if any(d is not None and not fy_start <= d <= fy_end for d in (start, end)):
            yield make_check("TIMEFRAME_OUTSIDE_FY", where_of(m), **_row_fields(m), **dates, source_text=m.timeframe,
                             fiscal_year=m.table_fiscal_year, fy_start=fy_start, fy_end=fy_end,
                             fy_start_th=_thai_date(fy_start), fy_end_th=_thai_date(fy_end))


# --- indicators -------------------------------------------------------------------------------------

def weak_indicators(result: Result) -> dict[int, list[tuple[str, str, Where]]]:
    """Weak indicators → reasons (English, Thai, where the reason is printed).

    For the latest year with indicator scores: those below the pass mark, or if none is, the
    lowest-scoring one(s) (unless all score the same); plus every indicator with a finding.
    """
    weak: dict[int, list[tuple[str, str, Where]]] = {}
    scores = [s for s in result.scores if s.level == "indicator" and s.indicator is not None]
    years = [s.fiscal_year for s in scores if s.fiscal_year is not None]
    latest = max(years) if years else None
    latest_scores: dict[int, Score] = {}
    for s in scores:
        if s.fiscal_year == latest and s.indicator is not None:
            latest_scores.setdefault(s.indicator, s)
    if latest_scores:
        values = {n: s.score for n, s in latest_scores.items()}
        year = f" in FY{latest}" if latest else ""
        year_th = f" ปี {latest}" if latest else ""
        mark = pass_mark_for(latest)
        below = [n for n, v in values.items() if v < mark]
        if below:
            for n in below:
                weak.setdefault(n, []).append((
                    f"score {values[n]:.2f}{year}, below {mark:.0f}",
                    f"คะแนน {values[n]:.2f}{year_th} ต่ำกว่า {mark:.0f}", latest_scores[n].where))
        elif min(values.values()) < max(values.values()):
            low = min(values.values())
            for n in (n for n, v in values.items() if v == low):
                weak.setdefault(n, []).append((
                    f"lowest score {low:.2f}{year}", f"คะแนนต่ำสุด {low:.2f}{year_th}", latest_scores[n].where))
    for f in result.findings:
        reasons = weak.setdefault(f.indicator, [])
        if not any(r[0] == "issues named in the analysis" for r in reasons):
            reasons.append(("issues named in the analysis", "มีประเด็นที่ต้องพัฒนาในผลการวิเคราะห์", f.where))
    return dict(sorted(weak.items()))


def check_indicator_links(result: Result) -> Iterator[Check]:
    """MEASURE_NO_INDICATOR: a measure tied to no indicator in a report that has weak indicators."""
    weak = weak_indicators(result)
    if not weak:
        return
    listed = ", ".join(str(n) for n in weak)
    for m in result.measures:
        if not m.indicators:
            yield make_check("MEASURE_NO_INDICATOR", where_of(m), **_row_fields(m), weak=listed, source_text=m.title)


def check_weak_indicators(result: Result) -> Iterator[Check]:
    """WEAK_INDICATOR_UNADDRESSED: a weak indicator that no measure addresses (skipped without measures)."""
    if not result.measures:
        return
    addressed = {n for m in result.measures for n in m.indicators}
    for number, reasons in weak_indicators(result).items():
        if number in addressed:
            continue
        check = make_check("WEAK_INDICATOR_UNADDRESSED", indicator=number,
                           name=INDICATOR_BY_NUMBER[number].name,
                           why="; ".join(r[0] for r in reasons), why_th="; ".join(r[1] for r in reasons))
        yield check.at(reasons[-1][2])  # the finding if any, else the score


# --- document consistency ---------------------------------------------------------------------------

def _places(places: list[Where], limit: int = 6, lang: str = "en") -> str:
    counts = Counter(location(where, lang) for where in places)
    shown = [f"{words} ×{n}" if n > 1 else words for words, n in counts.items()]
    return ", ".join(shown[:limit]) + (f", … (+{len(shown) - limit})" if len(shown) > limit else "")


def _name_part(spelling: str, org_type: str | None) -> str:
    return spelling[len(org_type):] if org_type and spelling.startswith(org_type) else spelling


def org_spellings(result: Result) -> dict[str, list[Where]]:
    """The organization's spellings → places, keeping only names like the report's organization.

    Extraction also collects an org-type word followed by a non-name ("…ตำบลทุกไตรมาส"); a spelling
    whose name part is less than ORG_SIMILARITY alike to the chosen one is such noise, not a variant.
    """
    variants = {name: places for name, places in result.evidence.org_variants.items() if places}
    chosen = result.report.organization
    if chosen is None or len(variants) < 2:
        return variants
    org_type = result.report.org_type
    ref = _name_part(chosen, org_type)
    return {name: places for name, places in variants.items()
            if name == chosen or SequenceMatcher(None, ref, _name_part(name, org_type)).ratio() >= ORG_SIMILARITY}


def check_org_name_variants(result: Result) -> Iterator[Check]:
    """ORG_NAME_VARIANTS: the organization written in two or more spellings in one document."""
    variants = org_spellings(result)
    if len(variants) < 2:
        return
    ranked = sorted(variants.items(), key=lambda kv: -len(kv[1]))
    listed = Phrase(*("; ".join(f"'{name}' ×{len(places)} ({_places(places, lang=lang)})" for name, places in ranked)
                      for lang in LANGS))
    check = make_check("ORG_NAME_VARIANTS", count=len(variants), variants=listed, source_text=ranked[-1][0])
    yield check.at(ranked[-1][1][0])  # first place of the rarest spelling


QUOTES = re.compile(r"[\s\"'“”‘’«»`]+")


def normalized(text: str) -> str:
    """Text for comparing cells: no markup, whitespace or quotes; Thai digits as Arabic."""
    return QUOTES.sub("", thai_to_arabic(clean_text(text))).lower()


def same_text(a: str, b: str) -> str | None:
    """How two normalized cells are the same text ('identical', 'contained', 'similar'), or None."""
    short, long = sorted((a, b), key=len)
    if len(short) < MIN_DUPLICATE_CHARS:
        return None
    if short == long:
        return "identical"
    if short in long:
        return "contained"
    matcher = SequenceMatcher(None, short, long, autojunk=False)
    if (matcher.real_quick_ratio() >= SIMILAR_RATIO and matcher.quick_ratio() >= SIMILAR_RATIO
            and matcher.ratio() >= SIMILAR_RATIO):
        return "similar"
    return None


HOW = {"identical": ("identical", "ตรงกันทุกตัวอักษร"),
       "contained": ("one cell contains the other", "ข้อความหนึ่งอยู่ในอีกข้อความหนึ่ง"),
       "similar": (f"at least {SIMILAR_RATIO:.0%} alike", f"คล้ายกันอย่างน้อย {SIMILAR_RATIO:.0%}")}


def _clusters(rows: list[Measure], field: str) -> list[tuple[list[Measure], set[str]]]:
    """Groups of rows whose ``field`` is the same text, with how they matched."""
    texts = [(m, normalized(v)) for m in rows if (v := _value(m, field))]
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    matches: list[tuple[int, str]] = []
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            how = same_text(texts[i][1], texts[j][1])
            if how:
                parent[root(j)] = root(i)
                matches.append((i, how))
    groups: dict[int, list[Measure]] = {}
    for i, (m, _) in enumerate(texts):
        groups.setdefault(root(i), []).append(m)
    hows: dict[int, set[str]] = {}
    for i, how in matches:
        hows.setdefault(root(i), set()).add(how)
    return [(members, hows[r]) for r, members in groups.items() if len(members) > 1]


def check_duplicate_cells(result: Result) -> Iterator[Check]:
    """DUPLICATE_CELL_TEXT: the same substantial text in one field of different rows of a table.

    Tables are compared separately: an implementation row may rightly repeat its plan row.
    """
    for table, rows in by_table(result.measures).items():
        scope, scope_th = _scope(table, rows[0].table)
        for field in DUPLICATE_FIELDS:
            for members, hows in _clusters(rows, field):
                order = [h for h in HOW if h in hows]
                name, name_th = FIELD_NAMES[field]
                yield make_check(
                    "DUPLICATE_CELL_TEXT", where_of(members[1]),
                    field=name, field_th=name_th, scope=scope, scope_th=scope_th,
                    rows=_listing([str(m.row) for m in members], "and"),
                    rows_th=_listing([str(m.row) for m in members], "และ"),
                    how="; ".join(HOW[h][0] for h in order), how_th="; ".join(HOW[h][1] for h in order),
                    excerpt=_short(min((v for m in members if (v := _value(m, field))), key=len), 60),
                    places="; ".join(f"row {m.row} '{_short(m.title, 30)}' ({location(_at(m))})" for m in members),
                    places_th="; ".join(f"แถวที่ {m.row} '{_short(m.title, 30)}' ({location(_at(m), 'th')})"
                                        for m in members),
                    source_text=_value(members[1], field))


CHECKS = (
    check_measure_fields,
    check_implementation_results,
    check_timeframes,
    check_indicator_links,
    check_weak_indicators,
    check_org_name_variants,
    check_duplicate_cells,
)

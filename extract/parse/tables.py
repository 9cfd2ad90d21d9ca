"""What a logical table is (measures, findings, other) and which field each column holds.

A column's field comes from its header cell (the synonym table), else from its cells: a column of
tick marks is a status column whose option is its (sub-)header, a column of dates is the timeframe,
a column of unit/position names is the responsible. A two-row header (a group cell such as "สถานะ"
over sub-columns "ดำเนินการแล้ว | ยังไม่ดำเนินการ") is read as one header row.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex
from normalize import patterns

from extract.document import Table
from extract.parse import indicators as ind
from normalize.dates import MONTH, QUARTER, YEAR_MENTION, find_years, parse_period
from normalize.digits import thai_to_arabic
from normalize.items import split_units
from normalize.text import squash_spaces, without_tone_marks
from schemas.headers import (ANALYSIS_ONLY_FINDING_HEADERS, FINDING_HEADERS, GROUP_HEADERS, NONE_VALUES, UNEXPORTED_FIELDS, MEASURE_BODY_FIELDS, MEASURE_HEADERS, PLAN_YEAR_COLUMNS, PLAN_YEAR_WORDS,
                             RESULT_FIELDS, ROW_NUMBER_HEADERS, SUB_LABEL_MAX, WHOLE_CELL_HEADERS, FIELD_AFTER)
from schemas.measure_cues import (ADVICE_INDICATOR_ROWS_SHARE, ASSESSMENT_ANALYSIS_CUES, ASSESSMENT_EVIDENCE, ASSESSMENT_TASK_ROWS_SHARE, COMPLAINT_TITLE,
                                  CONTENT_ROLE_SHARE, DISBURSED_HEADER, EMPTY, FISCAL_MONTHS, IMPROVEMENT_LIST_CUES, REMEDY_HEADER_CUES,
                                  INTEGRITY_PLAN_KINDS, INTEGRITY_PLAN_WORDS, ISSUE_TITLE_CUES, KPI_ROWS_SHARE, MEASURE_NOUNS,
                                  MEASURES_NAMED, MONTH_MARKS, MONTH_ORDER_MIN_AGREE, OTHER_DOCUMENT_TITLES, OTHER_SUBJECT_LEADS,
                                  OTHER_SUBJECT_LINES, OTHER_TITLE_LEADS,
                                  OTHER_TITLE_LINES, STATUS_CELLS, TICK_STAND_INS, TICKED, UNIT_MAX_CHARS, UNIT_WORDS)
from schemas.phrases import Phrase
from schemas.score_cues import KPI_LABEL_LEADS



@lru_cache(maxsize=8192)  # the same header cells are asked about by every table reader
def squash_header(text: str) -> str:
    """A clean header cell without spaces or tone marks, lower-cased: how synonyms are looked for in it
    (and the synonyms themselves are kept so). A scan's OCR and a broken PDF font drop the marks of
    stacked glyphs ("ตัวชีวัด", "ประเด็นทีต้องพัฒนา", "นำหนัก"): the label still names its field."""
    return without_tone_marks(squash_spaces(text)).lower()


_SYNONYMS: tuple[tuple[str, str], ...] = tuple(
    (squash_header(syn), fld) for fld, syns in MEASURE_HEADERS.items() for syn in syns
)
_WHOLE_CELL: dict[str, str] = {squash_header(syn): fld for fld, syns in WHOLE_CELL_HEADERS.items() for syn in syns}
_FINDING = tuple(squash_header(h) for h in FINDING_HEADERS)
_FINDING_ANALYSIS_ONLY = tuple(squash_header(h) for h in ANALYSIS_ONLY_FINDING_HEADERS)
_ROW_NUMBER = frozenset(squash_header(h) for h in ROW_NUMBER_HEADERS)
_GROUP = frozenset(squash_header(h) for h in GROUP_HEADERS)
_PLAN_YEAR_WORDS = tuple(sorted(PLAN_YEAR_WORDS, key=len, reverse=True))
# A cell holding only a dash, dots or blanks says "nothing here": no value, in every kind of table.
NO_VALUE = patterns.compile(r"^[\s\-–—_.]*$")
_NONE_VALUES = frozenset(NONE_VALUES)


def is_no_value(text: str) -> bool:
    """The cell or value says there is nothing: blank, a dash, or a word for none (headers.NONE_VALUES)."""
    return bool(NO_VALUE.match(text)) or squash_spaces(text).rstrip("-.").lower() in _NONE_VALUES
# A title column that lists issues to fix ("ประเด็นที่ต้องปรับปรุง"), not measures ("ประเด็น/มาตรการ").
ISSUE_TITLE = patterns.compile("|".join(ISSUE_TITLE_CUES))
# "(ต่อ)" marks a cell continued from the previous page.
CONTINUED = patterns.compile(r"^\s*\(\s*ต่อ\s*\)\s*")


@lru_cache(maxsize=2048)
def header_fields(text: str) -> tuple[str, ...]:
    """Fields a header cell may name, best first: a whole-cell synonym (headers.WHOLE_CELL_HEADERS), else
    the synonym found earliest, longest on a tie."""
    squashed = squash_header(text)
    whole = _WHOLE_CELL.get(squashed.rstrip(".:："))
    hits: dict[str, tuple[int, int]] = {whole: (-1, 0)} if whole else {}
    for syn, fld in _SYNONYMS:
        pos = squashed.find(syn)
        if pos >= 0:
            rank = (pos, -len(syn))
            if fld not in hits or rank < hits[fld]:
                hits[fld] = rank
    return tuple(sorted(hits, key=hits.__getitem__))


def reads_like_header(line: str) -> bool:
    """A text line made of measures-table header words ("ลำดับ มาตรการ ขั้นตอนการดำเนินการ ผู้รับผิดชอบ
    ระยะเวลา"): a header whose table the reader did not find (a table drawn without rules)."""
    words = line.split()
    if not 3 <= len(words) <= 12:
        return False
    fields = [header_field(w) for w in words if not is_row_number_header(w)]
    named = {f for f in fields if f}
    return len(named & {"title", *MEASURE_BODY_FIELDS}) >= 3 and sum(f is not None for f in fields) >= 0.75 * len(fields)


def is_row_number_header(text: str) -> bool:
    """A row-number column's header ("ที่", "ลำดับที่", "No."): a known column that holds no field."""
    squashed = squash_header(text).rstrip(".")
    return bool(squashed) and squashed in _ROW_NUMBER


def header_field(text: str) -> str | None:
    fields = header_fields(text)
    return fields[0] if fields else None


def measure_columns(header: list[str]) -> list[str | None]:
    """Field per column of a measures table, from its clean header cells. A cell naming two fields
    ("กิจกรรม/วิธีดำเนินการ") takes the first one no column to its left has; the first column is
    the title if none is."""
    fields: list[str | None] = []
    for cell in header:
        # a field no measure holds (a rating, a budget) may head several columns
        fields.append(next((f for f in header_fields(cell) if f not in fields or f in UNEXPORTED_FIELDS), None))
    if "title" in fields:
        # beside a column named as the rows' measures; where no header names one, the problems may
        # be the rows' issues ("ตัวชี้วัด | ปัญหา/อุปสรรค | แนวทางแก้ไข"), their remedies the steps
        fields = _field_after(header, fields)
    elif fields:
        # past a row-number column when the next one is unnamed; else the first column (a "ลำดับ"
        # column may hold the numbered titles themselves)
        numbered = len(fields) > 1 and is_row_number_header(header[0]) and fields[1] is None
        fields[1 if numbered else 0] = "title"
    return _measure_beside_issue(header, fields)


def _field_after(header: list[str], fields: list[str | None]) -> list[str | None]:
    """A column whose field right after its left neighbour's makes it another (headers.FIELD_AFTER: the
    remedy beside the problems met is the suggestion, not the steps), when no column holds that field.
    The field is the one the column took, or its header's first when a column to its left had taken
    that one; a later column naming the field it gave up, left without one, gets it back."""
    out = list(fields)
    for col in range(1, len(out)):
        left, own = out[col - 1], out[col] or header_field(header[col])
        target = FIELD_AFTER.get((left, own)) if left and own else None
        if target is None or target in out:
            continue
        freed, out[col] = out[col], target
        later = next((c for c in range(col + 1, len(out)) if out[c] is None and freed in header_fields(header[c])),
                     None) if freed else None
        if later is not None:
            out[later] = freed
    return out


def _measure_beside_issue(header: list[str], fields: list[str | None]) -> list[str | None]:
    """An issue column followed by a measure column ("ประเด็นที่ต้องพัฒนา | มาตรการ | วิธีการปฏิบัติ"): the
    measure is the row's title and the issue it answers its rationale (the measure column was
    otherwise a repeated title, its cells lost)."""
    if "title" not in fields or "rationale" in fields:
        return fields
    first = fields.index("title")
    if not ISSUE_TITLE.search(header[first]):
        return fields
    for col in range(first + 1, len(fields)):
        if header_field(header[col]) == "title" and not ISSUE_TITLE.search(header[col]):
            out = list(fields)
            out[first], out[col], freed = "rationale", "title", fields[col]
            if freed is not None:
                # the measure column had taken its header's second field ("มาตรการ/แนวทางการพัฒนา": steps)
                # because the issue held the title; a later column naming that field gets it back
                # ("วิธีการดำเนินการ", else a repeated column whose cells were lost)
                later = next((c for c in range(col + 1, len(out)) if out[c] is None and freed in header_fields(header[c])),
                             None)
                if later is not None:
                    out[later] = freed
            return out
    return fields


ROW_NUMBER_CELL = patterns.compile(r"\s*\(?[0-9]{1,3}(?:\.[0-9]{1,2})?\s*[.)]?\s*")  # "1", "๒.", "(3)", "1.1" (digits Arabic)
KPI_LABEL = patterns.compile("|".join(KPI_LABEL_LEADS))  # matched on a stripped cell, its numbering removed
NOT_MEASURES = {"budget": Phrase("a budget execution report", "รายงานผลการเบิกจ่ายงบประมาณ"),
                "kpi": Phrase("a list of a plan's KPIs", "รายการตัวชี้วัดของแผน"),
                "tasks": Phrase("a task list of preparing the assessment's evidence", "รายการงานจัดเตรียมหลักฐานของการประเมิน"),
                "complaints": Phrase("a log of complaints received", "ทะเบียนหรือรายงานเรื่องร้องเรียนที่ได้รับ")}
# another kind of document (measure_cues.OTHER_DOCUMENT_TITLES), and a table in it
OTHER_DOCUMENTS = {
    "procurement": Phrase("a procurement plan", "แผนการจัดซื้อจัดจ้าง"),
    "staff_development": Phrase("a staff development plan", "แผนพัฒนาบุคลากร"),
    "annual_report": Phrase("an annual report", "รายงานประจำปี"),
    "manual": Phrase("a work or service manual", "คู่มือการปฏิบัติงานหรือคู่มือการให้บริการ"),
    "minutes": Phrase("meeting minutes", "รายงานการประชุม"),
    "audit": Phrase("an internal audit plan or report", "แผนหรือรายงานการตรวจสอบภายใน"),
    "action_plan": Phrase("the body's action plan of all its projects", "แผนปฏิบัติราชการหรือแผนพัฒนาท้องถิ่น"),
    "appointment": Phrase("an appointment order (the appointees' duties)", "คำสั่งแต่งตั้ง (หน้าที่ของผู้ได้รับแต่งตั้ง)"),
}
NOT_MEASURES.update({kind: Phrase("a table of " + doc.en, "ตารางใน" + doc.th) for kind, doc in OTHER_DOCUMENTS.items()})
ASSESSMENT_EVIDENCE_TEXT = patterns.compile("|".join(ASSESSMENT_EVIDENCE))


def other_document(lines: list[str]) -> str | None:
    """The kind of document its title names when it is not an ITA document of its own (a procurement plan,
    an annual report …: measure_cues.OTHER_DOCUMENT_TITLES), from its first lines of text; None otherwise."""
    texts = [t for t in lines if t.strip()]
    subject = next((t for t in texts[OTHER_TITLE_LINES:OTHER_SUBJECT_LINES] if t.strip().startswith(OTHER_SUBJECT_LEADS)), None)
    for line in [*texts[:OTHER_TITLE_LINES], *([subject] if subject else [])]:
        text = squash_header(line)
        if any(squash_header(w).lower() in text for w in MEASURES_NAMED):
            return None
        for lead in OTHER_TITLE_LEADS:  # "เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง…": the subject after a notice's words
            text = text.removeprefix(squash_header(lead))
        kind = next((k for k, words in OTHER_DOCUMENT_TITLES.items() if text.startswith(tuple(map(squash_header, words)))), None)
        if kind in INTEGRITY_PLAN_KINDS and any(squash_header(w) in text for w in INTEGRITY_PLAN_WORDS):
            return None  # a plan of the body's integrity work itself
        if kind is not None:
            return kind
    return None


def not_measures(table: Table, document: str | None = None) -> Phrase | None:
    """What a table shaped like a measures table is instead: a budget execution report (a column of money
    paid out, no measure named over it or in its header), a plan's KPI list (its title column's rows are
    KPI measurements), a task list of preparing the assessment's evidence (its rows name O-items, the ITAS
    system, the IIT/EIT forms; no measure nor improvement named over it); None when it is none of these
    (measure_cues.DISBURSED_HEADER, KPI_ROWS_SHARE, ASSESSMENT_EVIDENCE); a table of a ``document`` of another
    kind (other_document) with no measure named over it or in its header is that document's table."""
    lay = layout(table)
    words = squash_header(" ".join((*lay.header, *table.context))).lower()
    if any(squash_header(w).lower() in squash_header(h).lower() for h in lay.header for w in DISBURSED_HEADER) \
            and not any(squash_header(w).lower() in words for w in MEASURES_NAMED):
        return NOT_MEASURES["budget"]
    if "title" in lay.fields:
        col = lay.fields.index("title")
        # the column naming what a row is about: the title's, or one whose header names no field (beside a
        # row-number column taken as the title: "ลำดับ | วันที่รับเรื่อง | เรื่องร้องเรียน | ผู้รับผิดชอบ | …")
        about = [lay.header[col], *(h for h in lay.header if header_field(h) is None)]
        if (any(squash_header(w) in squash_header(h) for h in about for w in COMPLAINT_TITLE)
                and not any(squash_header(w).lower() in words for w in MEASURES_NAMED)):
            return NOT_MEASURES["complaints"]  # each row a complaint received and what was done about it
        titles = [ind.LEADING_NUMBER.sub("", thai_to_arabic(r.clean[col])).strip() for r in table.body
                  if col < len(r.clean) and r.clean[col].strip()]
        if titles and sum(bool(KPI_LABEL.match(t)) for t in titles) >= KPI_ROWS_SHARE * len(titles):
            return NOT_MEASURES["kpi"]
        tasks = _row_texts(table, lay)
        if (tasks and sum(bool(ASSESSMENT_EVIDENCE_TEXT.search(t)) for t in tasks) >= ASSESSMENT_TASK_ROWS_SHARE * len(tasks)
                and not ISSUE_TITLE.search(lay.header[col])
                and not any(squash_header(w).lower() in words for w in (*MEASURES_NAMED, *IMPROVEMENT_LIST_CUES))):
            return NOT_MEASURES["tasks"]  # the assessment's own steps: gather, upload, answer its forms
    if document is not None and not _names_measures_or_fixes(lay, words):
        return NOT_MEASURES[document]
    return None


def _names_measures_or_fixes(lay: Layout, words: str) -> bool:
    """The table's header or the lines over it (``words``, squashed) name measures (MEASURES_NAMED), or it answers
    the assessment's results: its rows are issues (ISSUE_TITLE_CUES), or a heading names improvements on them
    ("วิเคราะห์ผลการประเมิน ITA และกำหนดแนวทางการพัฒนา": IMPROVEMENT_LIST_CUES with ASSESSMENT_ANALYSIS_CUES)."""
    if any(squash_header(w).lower() in words for w in MEASURES_NAMED):
        return True
    if "title" in lay.fields and ISSUE_TITLE.search(lay.header[lay.fields.index("title")]):
        return True
    return (any(squash_header(w).lower() in words for w in IMPROVEMENT_LIST_CUES)
            and any(squash_header(w).lower() in words for w in ASSESSMENT_ANALYSIS_CUES))


def _row_texts(table: Table, lay: Layout) -> list[str]:
    """What each row is, its numbering removed (Thai digits Arabic): its title cell, or its steps cell where
    the title column holds only the row's number ("ข้อ | การดำเนินการ | …": no column names the title)."""
    out = []
    for row in table.body:
        cells = [ind.LEADING_NUMBER.sub("", thai_to_arabic(c)).strip() for c in row.clean]
        text = next((cells[lay.fields.index(f)] for f in ("title", "steps")
                     if f in lay.fields and lay.fields.index(f) < len(cells) and cells[lay.fields.index(f)]), "")
        if text:
            out.append(text)
    return out


def is_measures_table(table: Table) -> bool:
    """A title column and at least two columns a measure row is made of (steps, responsible, …).

    The two body columns must be named by the header (read as one row when it has two), unless
    the first column's header names the title ("กิจกรรม", "โอกาส/ความเสี่ยงการทุจริต"; past a
    row-number column): then columns read from their cells (ticks, months, dates, units) count too."""
    if _named_measures_header(table.header.clean):
        return True
    if len(getattr(table, "rows", ())) < 2:
        return False
    lay = layout(table)
    if _named_measures_header(lay.header):
        return True
    body = {f for f in lay.fields if f in MEASURE_BODY_FIELDS}
    return ((len(body) >= 2 and _title_named_first(lay.header)) or _plan_over_years(lay) or _results_of_projects(lay)
            or _plan_of_projects(lay) or _remedies_of_indicators(lay) or answers_advice(table, lay))


def answers_advice(table: Table, lay: Layout) -> bool:
    """The body's answer to the assessment's advice on each indicator: a column of advice (recommendation), a
    column of what the body does about it (steps: "การดำเนินการของหน่วยงาน"), and a title column whose rows name
    ITA indicators in at least ADVICE_INDICATOR_ROWS_SHARE of them ("ประเด็นการประเมิน | คะแนน | ข้อเสนอแนะ |
    การดำเนินการของหน่วยงาน" over "การเปิดเผยข้อมูล | ๗๘.๕๐ | ควรเผยแพร่… | ปรับปรุงเว็บไซต์…"): each row is
    an improvement of its indicator."""
    if not all(f in lay.fields for f in ("title", "steps", "recommendation")):
        return False
    col = lay.fields.index("title")
    titles = [r.clean[col] for r in table.rows[lay.body_start:] if not r.is_section and col < len(r.clean) and r.clean[col].strip()]
    named = sum(1 for t in titles if ind.explicit_refs(t) or ind.names_in(t))
    return bool(titles) and named >= ADVICE_INDICATOR_ROWS_SHARE * len(titles)


def _remedies_of_indicators(lay: Layout) -> bool:
    """An analysis of the assessment's indicators that says how each will be improved: rows of indicators
    (an indicator column, or the title column headed by one) and a column of remedies named by an
    improvement (measure_cues.REMEDY_HEADER_CUES: "ตัวชี้วัด | ผลคะแนน | ประเด็นที่ต้องพัฒนา | แนวทางการพัฒนา"),
    with no unit or time beside them: each row is an improvement measure of its indicator."""
    if "steps" not in lay.fields or "title" not in lay.fields:
        return False
    title = lay.header[lay.fields.index("title")]
    if "indicator" not in lay.fields and header_field(title) != "indicator":
        return False
    remedy = squash_header(lay.header[lay.fields.index("steps")])
    return any(squash_header(cue) in remedy for cue in REMEDY_HEADER_CUES)


def _plan_of_projects(lay: Layout) -> bool:
    """A plan of projects: a title column naming what a row is ("โครงการ/กิจกรรม"), the unit
    responsible, and what each is for ("วัตถุประสงค์", the ITA indicator it serves), aims at ("เป้าหมาย", a
    "ตัวชี้วัด" of targets) or costs ("งบประมาณ")."""
    return "responsible" in lay.fields and any(f in lay.fields for f in PLAN_PURPOSE_FIELDS) and _title_names_rows(lay)


def _results_of_projects(lay: Layout) -> bool:
    """A report of results per project: a title column naming what a row is ("โครงการ/กิจกรรม") and a
    result column ("ผลการดำเนินงาน"), the rest budgets or nothing a measure holds."""
    return any(f in RESULT_FIELDS for f in lay.fields) and _title_names_rows(lay)


def _title_names_rows(lay: Layout) -> bool:
    """The title column's header names what a row is (measure_cues.MEASURE_NOUNS: "โครงการ/กิจกรรม")."""
    return "title" in lay.fields and any(
        squash_header(noun) in squash_header(lay.header[lay.fields.index("title")]) for noun in MEASURE_NOUNS)


def _title_named_first(header: list[str]) -> bool:
    """The first column's header names the title, or the second's after a row-number column
    ("ที่ | โครงการ/กิจกรรม | …")."""
    first = 1 if len(header) > 1 and is_row_number_header(header[0]) else 0
    return header_field(header[first]) == "title"


def _plan_over_years(lay: Layout) -> bool:
    """Projects planned year by year: a title column naming what a row is ("โครงการ/กิจกรรม/มาตรการ")
    and a column for each of at least PLAN_YEAR_COLUMNS years."""
    return len(set(lay.years.values())) >= PLAN_YEAR_COLUMNS and _title_names_rows(lay)


_PLAN_YEAR_PUNCT = patterns.compile(r"[\s().,:/\-–]")
_MONTH_HEADER_REST = patterns.compile(r"[\s.()\-–/๐-๙0-9]")
_BEFORE_DIGITS = patterns.compile(r"^\D*")


def plan_year(header: str) -> int | None:
    """The year a plan's year column is for ("ปี ๒๕๖๕ งบประมาณ (บาท)" → 2565): the header states one
    year and no other word than PLAN_YEAR_WORDS."""
    text = thai_to_arabic(header)
    years = find_years(text)
    if len(years) != 1:
        return None
    rest = YEAR_MENTION.sub("", text).lower()
    for word in _PLAN_YEAR_WORDS:
        rest = rest.replace(word, "")
    return None if _PLAN_YEAR_PUNCT.sub("", rest) else years[0]


def _named_measures_header(cells: list[str]) -> bool:
    named = [header_field(c) for c in cells]
    body = {f for f in measure_columns(cells) if f in MEASURE_BODY_FIELDS}
    return len(body) >= 2 and ("title" in named or named[0] not in MEASURE_BODY_FIELDS)


@dataclass
class Layout:
    """How to read a table's columns: the header as one row, the first body row, each column's
    field, the option a tick column stands for, and header cells that name nothing."""

    header: list[str]
    body_start: int
    fields: list[str | None]
    options: dict[int, str] = field(default_factory=dict)
    groups: dict[int, int] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)
    inferred: dict[int, str] = field(default_factory=dict)
    repeated: dict[int, str] = field(default_factory=dict)  # column → the field a column to its left holds
    months: dict[int, str] = field(default_factory=dict)    # column → the month it stands for (a Gantt plan)
    years: dict[int, int] = field(default_factory=dict)     # column → the year it stands for (a plan over years)
    subs: list[str] = field(default_factory=list)          # each column's label under a group header ("" if none)
    by_order: dict[int, str] = field(default_factory=dict)  # month column → its label as read, where the month is named by order


def layout(table: Table) -> Layout:
    header, subs, start = header_rows(table)
    fields = measure_columns(header)
    body = [r for r in table.rows[start:] if not r.is_section]
    lay = Layout(header=header, body_start=start, fields=fields, subs=subs)
    top = (table.rows[0].clean + [""] * len(header))[:len(header)]
    for col, sub in enumerate(subs):
        if sub and _group_start(subs, top, col) != col:  # the top row: the merged header has no gaps
            lay.groups[col] = _group_start(subs, top, col)
    for col in range(len(header)):
        cells = [r.clean[col] for r in body if col < len(r.clean) and r.clean[col]]
        month = month_of(header[col])
        group = top[_group_start(subs, top, col)] if subs[col] else ""
        if month is None and subs[col] and header_field(group) == "timeframe":
            month = month_of(subs[col])  # a month or quarter under "ระยะเวลาดำเนินการ"
        if month is None and QUARTER_NUMBER.fullmatch(thai_to_arabic(subs[col]).strip()) and QUARTER_GROUP.search(group):
            month = f"ไตรมาส {thai_to_arabic(subs[col]).strip()}"  # "1 | 2 | 3 | 4" under "… (ไตรมาส)": quarters
        if col and month and all(is_month_mark(c) for c in cells):
            lay.fields[col] = "timeframe"
            lay.months[col] = month
            continue
        if (col and month is None and cells and all(is_month_mark(c) for c in cells) and subs[col]
                and header_field(group) == "timeframe" and header_field(subs[col]) is None):
            # marks under "ระยะเวลาดำเนินการ" beside month columns, the label one no month reads in (a
            # scan's "ม.ย" for "มิ.ย."): a month of the timeframe, which one unknown (""), not a status
            # option ticked
            lay.fields[col] = "timeframe"
            lay.months[col] = ""
            continue
        if col and cells and all(is_tick(c) is not None for c in cells):
            lay.fields[col] = "status"
            lay.options[col] = subs[col] or header[col]
            continue
        year = plan_year(header[col]) if col else None
        if year is not None and fields[col] in (None, "budget"):
            lay.fields[col] = "budget"
            lay.years[col] = year
            continue
        if col in lay.groups and fields[lay.groups[col]] is not None and header_field(subs[col]) is None:
            # a sub-column of a named group that names nothing itself ("เริ่มต้น" under "ระยะเวลา"): the
            # group's field; one that does ("ผลลัพธ์" under "ผลการดำเนินงาน") keeps its own
            lay.fields[col] = fields[lay.groups[col]]
            continue
        if fields[col] == "indicator" and _targets_not_indicators(cells):
            # "ตัวชี้วัด" over a plan's targets ("ร้อยละ 80 ของบุคลากรเข้าร่วม"): the project's own indicator
            # of success, not an ITA indicator it serves
            lay.fields[col] = "target"
            continue
        if fields[col] == "output" and "status" not in fields and is_status_column(cells):
            # "ผลการดำเนินงาน" over "ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ" and nothing else: each row's status, not
            # what it produced (as a column whose output a column to its left took, below)
            lay.fields[col] = "status"
            lay.inferred[col] = "status"
            continue
        if fields[col] is not None:
            continue
        named = header_field(header[col])
        if named is not None and "status" not in fields and is_status_column(cells):
            # "ผลการดำเนินการ" beside "ผลผลิต" (the output its header names, taken) over "ดำเนินการแล้วเสร็จ" …
            lay.fields[col] = "status"
            lay.inferred[col] = "status"
            continue
        if named is not None:  # a field a column to its left took
            if named not in UNEXPORTED_FIELDS:  # two rating columns lose nothing
                lay.repeated[col] = named
            continue
        role = content_role(cells) if col else None
        if role and role not in lay.fields:
            lay.fields[col] = role
            lay.inferred[col] = role
        elif header[col] and not is_row_number_header(header[col]) and squash_header(header[col]) not in _GROUP:
            lay.unknown.append(header[col])
    for col, start in lay.groups.items():
        # a column of a timeframe group whose other columns are months is a month too, its label
        # unreadable (a scan's "ธ A"), whatever marks it holds (a tick read "v"): no period of its own
        if col not in lay.months and lay.fields[col] == "timeframe" and any(
                lay.groups.get(other) == start for other in lay.months):
            lay.months[col] = ""
    _months_by_order(lay)
    numbers = [r.clean[0] for r in body if r.clean and r.clean[0].strip()]
    if (len(lay.fields) > 1 and lay.fields[:2] == ["title", "steps"] and is_row_number_header(header[0])
            and numbers and all(ROW_NUMBER_CELL.fullmatch(thai_to_arabic(c)) for c in numbers)):
        # "ที่ | การดำเนินการ | ผู้ปฏิบัติ | ช่วงเวลา": no column names the measure, the row-number column holds
        # only numbers; what each row does is the measure (its title "1" was the row's number)
        lay.fields[0], lay.fields[1] = None, "title"
    return lay


ANY_FISCAL_YEAR = 2568


def _fiscal_place(label: str) -> int | None:
    """The place (0: October … 11: September) of the one month a month column's label names, else None
    (unread, a quarter)."""
    if not label:
        return None
    start, end = parse_period(label, ANY_FISCAL_YEAR)  # a year to read a bare month in: only its month is kept
    if start is None or end is None or (start.year, start.month) != (end.year, end.month):
        return None
    return (start.month - 10) % 12


def _months_by_order(lay: Layout) -> None:
    """Name the month columns of a timeframe group by their place where the labels read agree on one
    run of the fiscal year's months (FISCAL_MONTHS), one column a month: MONTH_ORDER_MIN_AGREE or more
    of them, and more than disagree. A column between two agreeing ones, or any column of a group of
    twelve starting at October, is named by the run (its label unread, or misread as another month:
    "ม.ค." where "มี.ค." stands); a disagreeing label outside is left unread (""). Else nothing changes."""
    starts = {lay.groups.get(col, col) for col in lay.months}
    for start in starts:
        cols = sorted(c for c in lay.months if lay.groups.get(c, c) == start)
        if cols != list(range(cols[0], cols[0] + len(cols))):
            continue  # not one run of adjacent columns
        places = {c: _fiscal_place(lay.months[c]) for c in cols}
        if any(lay.months[c] and places[c] is None for c in cols):
            continue  # quarters, or a label of something else
        offsets = [p - (c - cols[0]) for c, p in places.items() if p is not None]
        if not offsets:
            continue
        best = max(sorted(set(offsets)), key=offsets.count)
        agree = [c for c, p in places.items() if p is not None and p - (c - cols[0]) == best]
        if len(agree) < MONTH_ORDER_MIN_AGREE or len(agree) * 2 <= len(offsets):
            continue
        whole_year = len(cols) == len(FISCAL_MONTHS) and best == 0
        for c in cols:
            if c in agree:
                continue
            place = best + c - cols[0]
            if (whole_year or agree[0] < c < agree[-1]) and 0 <= place < len(FISCAL_MONTHS):
                lay.by_order[c] = lay.subs[c]
                lay.months[c] = FISCAL_MONTHS[place]
            else:
                lay.months[c] = ""


def _targets_not_indicators(cells: list[str]) -> bool:
    """Every cell is a phrase (Thai words, not a bare number) and none names an ITA indicator."""
    return bool(cells) and all(len(THAI_LETTERS.findall(c)) >= 3 and not ind.explicit_refs(c) and not ind.names_in(c)
                               and not ind.sub_indicator_refs(c) for c in cells)


THAI_LETTERS = patterns.compile(r"[\u0e01-\u0e2e]")
# A group header over sub-columns numbered 1-4 that names quarters ("ผลการดำเนินงาน (ไตรมาส)")
QUARTER_GROUP = patterns.compile(r"ไตรมาส|\bquarters?\b", regex.IGNORECASE)
QUARTER_NUMBER = patterns.compile(r"[1-4]")  # matched on the stripped sub-label
# (the ITA indicator a row serves says what it is for, as a target does: "กิจกรรม | ตัวชี้วัด | ผู้รับผิดชอบ")
PLAN_PURPOSE_FIELDS = ("rationale", "target", "budget", "indicator")


def header_rows(table: Table) -> tuple[list[str], list[str], int]:
    """(header cells as one row, sub-labels per column ("" if none), index of the first body row).

    The second row is a sub-header when its first cell is empty, it fills at least two cells, and
    each filled cell stands under a group: an empty top cell, or the top cell a run of empty top
    cells follows."""
    width = table.width
    top = (table.rows[0].clean + [""] * width)[:width]
    if len(table.rows) < 3:
        return top, [""] * width, 1
    second = table.rows[1]
    sub = (second.clean + [""] * width)[:width]
    filled = [i for i, c in enumerate(sub) if c]
    spanned = [i for i in filled if not top[i]]
    if _labels_under(top, sub, filled) and not second.is_section:
        return [f"{top[col]} {sub[col]}".strip() for col in range(width)], sub, 2
    if (second.is_section or sub[0] or len(filled) < 2 or not spanned
            or any(is_tick(sub[i]) is not None for i in filled)
            or any(top[i] and not (i + 1 < width and not top[i + 1] and sub[i + 1]) and not _wrapped_label(top[i], sub[i])
                   for i in filled)):
        return top, [""] * width, 1
    header = []
    for col in range(width):
        start = _group_start(sub, top, col)
        header.append(f"{top[start]} {sub[col]}".strip() if sub[col] and start != col else
                      f"{top[col]} {sub[col]}".strip())
    return header, sub, 2


def _labels_under(top: list[str], sub: list[str], filled: list[int]) -> bool:
    """A second header row of short labels, each under a top cell of its own ("ปี ๒๕๖๕" over
    "งบประมาณ (บาท)"): each names a field, and a top cell over one names none by itself."""
    if sub[0] or len(filled) < 2 or any(not top[i] or is_tick(sub[i]) is not None for i in filled):
        return False
    if any(len(squash_header(sub[i])) > SUB_LABEL_MAX or header_field(sub[i]) is None for i in filled):
        return False
    return any(header_field(top[i]) is None for i in filled)


def _wrapped_label(top: str, sub: str) -> bool:
    """A cell that spans both header rows with its label wrapped across them ("ผู้รับผิด" over "ชอบ"):
    the two parts name a field together and the top part alone does not."""
    return header_field(top) is None and header_field(top + sub) is not None


def _group_start(sub: list[str], top: list[str], col: int) -> int:
    """The column of the group cell over ``col`` (itself when its top cell is filled)."""
    start = col
    while start > 0 and not top[start] and sub[start]:
        start -= 1
    return start


_MARKS = frozenset(MONTH_MARKS)


def month_of(header: str) -> str | None:
    """The month (or fiscal quarter) a header cell names and nothing else but its year ("ต.ค.",
    "พ.ศ. ๒๕๖๖ ต.ค." → "ต.ค. ๒๕๖๖", "ไตรมาส ๒"), else None."""
    quarter = QUARTER.fullmatch(squash_spaces(thai_to_arabic(header)))
    if quarter and not quarter.group(2):
        return " ".join(header.split())
    months = MONTH.findall(header)
    if len(months) != 1:
        return None
    digits = thai_to_arabic(header)  # same length: the year is cut from the header as printed
    years = [header[m.start():m.end()] for m in YEAR_MENTION.finditer(digits)]
    rest = YEAR_MENTION.sub("", MONTH.sub("", digits))
    if _MONTH_HEADER_REST.sub("", rest) or len(years) > 1:
        return None
    year = _BEFORE_DIGITS.sub("", years[0]) if years else ""
    return f"{months[0]} {year}".strip()


def is_month_mark(cell: str) -> bool:
    """A month column's cell marks the month (a tick, an arrow, a bar, "x")."""
    return squash_spaces(cell) in _MARKS


def is_tick(cell: str) -> bool | None:
    """True for a ticked box, False for an empty one, None for text."""
    text = squash_spaces(cell)
    if text in TICKED or text in TICK_STAND_INS:  # "v" alone: a tick typed or read so
        return True
    if text in EMPTY:
        return False
    return None


def ticked_status(value: str | None) -> str | None:
    """A tick-box status → the option ticked (None when none is); plain text stays as written."""
    if not value:
        return None
    for glyph in (*TICKED, *EMPTY):
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


def content_role(cells: list[str]) -> str | None:
    """timeframe when most cells are dates or periods, responsible when most name units/positions."""
    if not cells:
        return None
    need = CONTENT_ROLE_SHARE * len(cells)
    if sum(1 for c in cells if _is_period(c)) >= need:
        return "timeframe"
    if sum(1 for c in cells if _is_units(c)) >= need:
        return "responsible"
    return None


_STATUS_CELLS = frozenset("".join(c.split()) for c in STATUS_CELLS)


def is_status_column(cells: list[str]) -> bool:
    """Every cell (at least two) one status written whole ("ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ")."""
    return len(cells) >= 2 and all("".join(c.split()).rstrip(".") in _STATUS_CELLS for c in cells)


def _is_period(cell: str) -> bool:
    start, end = parse_period(cell, None)
    return start is not None or end is not None


def _is_units(cell: str) -> bool:
    units = split_units(cell)
    return bool(units) and len(cell) <= UNIT_MAX_CHARS and all(u.startswith(UNIT_WORDS) for u in units)


def finding_column(table: Table) -> int | None:
    """The column of an analysis table that holds findings, if the table is one."""
    if len(table.header.cells) < 2:
        return None
    measures = is_measures_table(table)
    if measures and header_field(table.header.clean[0]) != "indicator":
        # a measures table is an analysis too only when its rows are indicators ("ตัวชี้วัด | คะแนน |
        # ประเด็นที่ต้องพัฒนา | แนวทางการพัฒนา | ผู้รับผิดชอบ"): the issues found, and the fixes planned
        return None
    label = indicator_column(table)
    cues = _FINDING if measures else _FINDING + _FINDING_ANALYSIS_ONLY  # "ข้อสังเกต" of a measure is its recommendation
    for i, cell in enumerate(table.header.clean):
        squashed = squash_header(cell)
        if i > 0 and i != label and any(h in squashed for h in cues):
            return i
    return None


def indicator_column(table: Table) -> int:
    """The column of an analysis table that names each row's indicator: the first, unless it is headed
    otherwise and a later column is headed as the indicator ("ข้อเสนอแนะ | จุดอ่อน | ตัวชี้วัด")."""
    fields = [header_field(cell) for cell in table.header.clean]
    if fields and fields[0] != "indicator" and "indicator" in fields:
        return fields.index("indicator")
    return 0


def has_result_columns(fields: list[str | None]) -> bool:
    return any(f in RESULT_FIELDS for f in fields)

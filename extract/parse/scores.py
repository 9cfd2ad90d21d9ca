"""Scores: overall, per tool (with EIT parts) and per indicator, from sentences and score tables.

Sentences: every number 0–100 is a candidate whose role (overall / tool / indicator score, or a
distractor: full mark, rank, mean, threshold, weight, budget, …) comes from the cue table
schemas.score_cues (extract.parse.score_candidates → extract.parse.score_roles). A grade stated
with no number is kept per year in ``Scores.grades`` for the report's overall grade.
Tables: a score column ("คะแนน") or one column per year ("๒๕๖๓ | ๒๕๖๔"), label cells naming an
indicator, a tool, or the overall score ("คะแนนเฉลี่ย"), and a grade row ("ระดับการประเมิน").
A score's year is the year printed in its column or in parentheses right after it ("(ปี 2566)"),
else the nearest year before it in the same sentence ("ITA 2023" → 2566), else the year of the
table/section heading, else the report's fiscal year.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import Any

import regex

from extract.document import Line, Row, Table
from extract.parse import indicators as ind
from extract.parse import score_roles as roles
from extract.parse.linear import possessive_spaces
from extract.parse.tables import answers_advice, header_field, header_rows, layout
from normalize import patterns
from normalize.dates import YEAR_MENTION, find_years
from extract.parse.score_candidates import OTHER_CALENDAR_YEAR
from normalize.digits import be_year, parse_number, thai_to_arabic
from schemas import score_cues as cues
from schemas.check_codes import make_check
from schemas.ita import INDICATOR_BY_NUMBER, OLD_THAI_LEVELS, THAI_LEVELS, TOOLS, Tool, plausible_year
from schemas.phrases import Phrase, reason, score_name
from schemas.records import Check, IndicatorLabel, Score, Where
from schemas.rules import WEIGHTS

NUM = r"(?<![0-9๐-๙.,])([0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,2})?)(?![0-9๐-๙])"
_GRADES = sorted((*THAI_LEVELS, *OLD_THAI_LEVELS), key=len, reverse=True)
GRADE = r"(" + "|".join(_GRADES) + r"|AA|A|B|C|D|E|F)(?![A-Za-z])"
INDICATOR_SCORE = patterns.compile(
    rf"(?:คะแนน|ร้อยละ)\s*(?:ร้อยละ)?\s*:?\s*{NUM}|{NUM}\s*(?:คะแนน|%)"
)
# a number after these words is a threshold or a target, not a score
THRESHOLD = patterns.compile(r"(?:กว่า|เกณฑ์|เป้าหมาย|ขึ้นไป|ตั้งแต่|อย่างน้อย)\s*(?:ร้อยละ|คะแนน)?\s*$")
PART = patterns.compile(r"ส่วนที่\s*([0-9๐-๙])")
OVERALL_LABEL = patterns.compile("|".join(cues.TABLE_OVERALL_LABEL), regex.IGNORECASE)
SCORE_LABEL_LINE = patterns.compile(r"(?:" + "|".join(cues.SCORE_LABEL_LINE) + r")\s*[:：]?")
GRADE_LABEL = patterns.compile("|".join(cues.TABLE_GRADE_LABEL), regex.IGNORECASE)
CHANGE_LABEL = patterns.compile("|".join(cues.TABLE_CHANGE_LABEL), regex.IGNORECASE)
SCORE_HEADER = patterns.compile("|".join(cues.TABLE_SCORE_HEADER), regex.IGNORECASE)
# "๒๕๖๖", "ปีงบประมาณ พ.ศ. 2566", "พ.ศ. 2566", "FY 2023", "2023" (A.D. read as B.E.)
YEAR_HEADER = patterns.compile(r"^\s*+(?:(?:ปี\s*+(?:งบประมาณ)?\s*+(?:พ\.ศ\.)?|พ\.\s?ศ\.|(?:fiscal\s++)?year|FY|B\.?E\.?)\s*+)?"
                            r"([0-9๐-๙]{4})\s*+$", regex.IGNORECASE)
# Compiled once here: the regex module's own cache of string patterns is small and slow to hit.
GRADE_PATTERN = patterns.compile(GRADE)
RELATIVE_YEAR_HEADER = patterns.compile(
    rf"\s*(?:(?:{'|'.join(cues.RELATIVE_YEAR_HEADER_LEAD)})\s*)?(?:(?P<this>{'|'.join(cues.THIS_YEAR)})"
    rf"|(?P<previous>{'|'.join(cues.PREVIOUS_YEAR)}))\s*", regex.IGNORECASE)
RESULT_AIMED_AT = patterns.compile("|".join(cues.RESULT_AIMED_AT), regex.IGNORECASE)
YEAR_LINE = patterns.compile(r"ปี\s*(?:งบประมาณ)?\s*(?:พ\.ศ\.)?\s*[0-9๐-๙]{4}")
# A span of years ("พ.ศ. ๒๕๖๑ - ๒๕๖๕", "2561 ถึง 2565"), also cut by a wrap ("(พ.ศ. ๒๕๖๑ -" / "๒๕๘๐) …"):
# the period of a plan or strategy, never the assessment year a heading sets.
YEAR_SPAN = patterns.compile(r"[0-9๐-๙]{4}\s*(?:[-–—]|ถึง)\s*(?:ปี\s*(?:งบประมาณ)?\s*)?(?:พ\.?\s?ศ\.?\s*)?[0-9๐-๙]{4}"
                          r"|[0-9๐-๙]{4}\s*(?:[-–—]|ถึง)\s*$|^\s*[0-9๐-๙]{4}\s*\)")
ANY_DIGIT = patterns.compile(r"[0-9๐-๙]")
THAI_WORD = patterns.compile(r"[\u0e01-\u0e2e]{2}")
SCORE_WORD = patterns.compile(r"คะแนน|ร้อยละ")
TOOL_LABEL = patterns.compile(cues.TABLE_TOOL_LABEL)
GRADE_HEADER_REST = patterns.compile("|".join(cues.TABLE_GRADE_HEADER_REST), regex.IGNORECASE)
SCORE_CELL = patterns.compile(r"[0-9๐-๙.,\s%]+")
# a score cell that names its unit or gives its grade in brackets ("90.12 (A)", "๙๕.๐๐ คะแนน", "ร้อยละ 96.03")
GRADED_CELL = patterns.compile(rf"(?:ร้อยละ)?(?P<score>[0-9๐-๙.,\s%]+?)(?:คะแนน|\bpoints?\b)?\s*"
                               rf"(?:\(\s*(?P<grade>{GRADE})\s*\)\s*)?", regex.IGNORECASE)
# the corner cell of a table whose header numbers indicators ("ตัวชี้วัด | ๑ | ๒ | …")
INDICATOR_CORNER = patterns.compile(r"ตัวชี้วัด|\bindicators?\b", regex.IGNORECASE)
BARE_NUMBER = patterns.compile(r"[0-9๐-๙]{1,2}")
# How many lines above a bare "ได้คะแนน …" may announce the ITA result it belongs to.
ITA_CONTEXT_LINES = 2
# How far (characters) a score may stand after the indicator it belongs to.
INDICATOR_REACH = 80
MONEY_HEADER = patterns.compile("|".join(cues.MONEY_HEADER), regex.IGNORECASE)
KPI_LABEL = patterns.compile("|".join(cues.KPI_LABEL_LEADS))  # matched on the stripped label
WEIGHT_HEADER = patterns.compile("|".join(cues.WEIGHT_HEADER), regex.IGNORECASE)
WEIGHTED_SCORE_HEADER = patterns.compile("|".join(cues.WEIGHTED_SCORE_HEADER), regex.IGNORECASE)
NOT_SCORE_HEADER = patterns.compile("|".join((*cues.WEIGHT_HEADER, *cues.NOT_SCORE_HEADER, *cues.TABLE_CHANGE_LABEL)),
                                 regex.IGNORECASE)
INDICATOR_TABLE = patterns.compile("|".join(cues.INDICATOR_TABLE), regex.IGNORECASE)
SURVEY_SPREAD_HEADER = patterns.compile("|".join(cues.SURVEY_SPREAD_HEADER), regex.IGNORECASE)
SURVEY_MEAN_HEADER = patterns.compile("|".join(cues.SURVEY_MEAN_HEADER), regex.IGNORECASE)
LIKERT_LEVEL = patterns.compile("|".join(cues.LIKERT_LEVELS), regex.IGNORECASE)  # fullmatched on a stripped cell
LIKERT_SIDE = patterns.compile("|".join(cues.LIKERT_SIDES), regex.IGNORECASE)
PART_WORDS = patterns.compile("|".join(cues.TABLE_PART_WORDS), regex.IGNORECASE)
SCORE_ROW_LABEL = patterns.compile("|".join(cues.TABLE_SCORE_ROW_LABEL), regex.IGNORECASE)
SCORE_CONTEXT = patterns.compile("|".join(cues.SCORE_WORDS), regex.IGNORECASE)
OVERALL_LABEL_WORDS = patterns.compile("|".join(cues.OVERALL_LABEL_SCORE_WORDS), regex.IGNORECASE)
# "รวม : 97.71" under lines of tool scores (cues.LIST_TOTAL_LABEL); matched on text whose digits are Arabic
LIST_TOTAL = patterns.compile(possessive_spaces(
    rf"(?:{'|'.join(cues.LIST_TOTAL_LABEL)})\s*[:=：]?\s*(?P<score>[0-9]{{1,3}}(?:\.[0-9]{{1,2}})?)"
    r"(?:\s*(?:คะแนน|%|points?))?"), regex.IGNORECASE)  # fullmatched on a stripped line


@dataclass
class Scores:
    scores: list[Score]
    checks: list[Check]
    doubtful: set[tuple] = field(default_factory=set)  # keys of scores withheld as OCR misreads
    labels: list[IndicatorLabel] = field(default_factory=list)
    # fiscal year → the overall grade stated there with no number ("… อยู่ในระดับ ผ่านดี")
    grades: dict[int | None, str] = field(default_factory=dict)


def grade_of(text: str) -> str | None:
    m = GRADE_PATTERN.search(text)
    return m.group(1) if m else None


def _score(text: str) -> float | None:
    value = parse_number(text)
    return value if value is not None and 0 <= value <= 100 else None


THAI_DIGIT = patterns.compile(r"[๐-๙]")


class _Collector:
    """Keeps the first statement of each score; a different value later is a conflict.

    On OCR pages Thai digits are the weak spot of Tesseract (๘ read as ๓ and the like), so there a score
    printed in Arabic digits replaces one read from Thai digits, and a Thai-digit score nothing
    confirms is flagged."""

    def __init__(self, ocr_pages: AbstractSet[int] = frozenset(), own_body: Callable[[str], bool] | None = None) -> None:
        self.own_body = own_body
        self.by_key: dict[tuple, Score] = {}
        self.checks: list[Check] = []
        self.ocr_pages = ocr_pages
        self.doubtful: dict[tuple, Where] = {}
        self.labels: list[IndicatorLabel] = []

    def label(self, text: str, tool: Tool | None, where: Where) -> int | None:
        """Resolve an indicator label and remember how it was printed."""
        number, printed, by_name = ind.resolve_full(text, tool)
        if number is not None:
            self.labels.append(IndicatorLabel(printed_number=printed, text=text[:120], indicator=number,
                                              by_name=by_name, tool=tool, where=where))
        return number

    def _doubtful(self, score: Score, where: Where) -> bool:
        return where.page in self.ocr_pages and bool(THAI_DIGIT.search(score.source_text or ""))

    def add(self, score: Score, where: Where) -> None:
        key = score.key
        old = self.by_key.get(key)
        if old is None:
            self.by_key[key] = score
            if self._doubtful(score, where):
                self.doubtful[key] = where
            return
        if old.grade is None and score.grade:
            old.grade = score.grade
        if key in self.doubtful and not self._doubtful(score, where):
            del self.doubtful[key]
            if abs(old.score - score.score) > 0.005:
                score.grade = score.grade or old.grade
                self.by_key[key] = score
            return
        # two OCR readings that disagree: neither is recorded (OCR_NUMBER_UNCONFIRMED), so no conflict
        if abs(old.score - score.score) > 0.005 and not (key in self.doubtful and self._doubtful(score, where)):
            if _names_assessment(score) and not _names_assessment(old) and not (
                    _states_year(old) and not _states_year(score)):
                # "ทีมสีเขียวได้คะแนนรวม 86 คะแนน" above "…ผลการประเมินคุณธรรมและความโปร่งใส … ได้คะแนน 91.35"
                self.by_key[key] = score
                self.checks.append(make_check("SCORE_CONFLICT_NAMED", where, what=_name(score), year=score.fiscal_year,
                                              first=old.score, second=score.score, source_text=score.source_text))
                return
            self.checks.append(make_check("SCORE_CONFLICT", where, what=_name(score), year=score.fiscal_year,
                                          first=old.score, second=score.score, source_text=score.source_text))


ASSESSMENT_NAMED = patterns.compile("|".join(cues.ASSESSMENT_NAMED), regex.IGNORECASE)


def _states_year(score: Score) -> bool:
    """The score's own statement writes its year ("ผลการประเมินปี 2566 ได้คะแนน 80.10"): a value of the
    same year that only took it from a line above does not replace it."""
    return score.fiscal_year in find_years(score.source_text or "")


def _names_assessment(score: Score) -> bool:
    """The score's own statement names the assessment (ITA, a tool, its Thai name)."""
    return bool(ASSESSMENT_NAMED.search(score.source_text or ""))


def parse_scores(blocks: list[Line | Table], fiscal_year: int | None,
                 skip_tables: set[int] | None = None, ocr_pages: AbstractSet[int] = frozenset(),
                 other_body: roles.OtherBody | None = None,
                 own_body: Callable[[str], bool] | None = None) -> Scores:
    """All stated scores of a report, deduplicated, in document order. ``other_body``: the body other
    than the report's subject named last in a span of a sentence, if any (subject.Subject.other_body):
    a score stated of it is not the report's. ``own_body``: whether a text names the subject alone
    (a table's column of its scores beside a group's mean: subject.Subject.names_self)."""
    out = _Collector(ocr_pages, own_body)
    context_year = fiscal_year
    academic = False  # the last heading named an academic year
    grades: dict[int | None, set[str]] = {}
    grade_where: dict[int | None, Where] = {}
    previous = ""
    previous_overall: set[int | None] = set()  # the years of the overall scores the line above stated
    recent: list[str] = []  # the last lines above: do they announce the ITA result?
    # the line above was read under that announcement and stated overall scores only: a list of years
    # under it ("ปีงบประมาณ 2565 ได้คะแนน …" / "ปีงบประมาณ 2566 ได้คะแนน …" / …) goes on under it
    carried = False
    # a number line the line above gave no label (``bare_above`` and not ``joined_above``), under which
    # the line is a label: a number line under that label may have it above or below (SCORE_ROLE_UNCLEAR)
    bare_above = joined_above = lone_number_above = False
    # the tools (and their years) the lines right above stated scores of, one tool's score a line
    tools_above: set[str | None] = set()
    tool_years: set[int | None] = set()
    for block in blocks:
        if isinstance(block, Line):
            text = block.text
            before = len(out.by_key) + len(out.checks)
            year = None if academic else context_year or fiscal_year
            bare = bool(BARE_SCORE.fullmatch(text.strip()))
            if bare and _names_a_subject(previous) and lone_number_above:
                # number / label / number / label (an infographic's value over its caption, read as lines):
                # whether this number's label is the line above or the line below is not known
                out.checks.append(make_check("SCORE_ROLE_UNCLEAR", block.where, value=text.strip(),
                                             reason=reason("caption_above_or_below"),
                                             context=f"{previous.strip()} / {text.strip()}", source_text=text.strip()))
                previous, lone_number_above, bare_above, joined_above = text, False, True, False
                continue
            joined = bare and (_names_a_subject(previous) or bool(SCORE_LABEL_LINE.fullmatch(previous.strip())))
            if joined:
                # a label on a line of its own and its score on the next ("IIT" / "95.20": cards of a web
                # page, a table the reader saw as lines): read as one line
                text = f"{previous.strip()} {text.strip()}"
            ita_context = carried or any(map(_announces_ita, recent))
            total = LIST_TOTAL.fullmatch(thai_to_arabic(text).strip())
            if total and len(tools_above) >= cues.LIST_TOTAL_MIN_TOOLS and len(tool_years) == 1:
                # "รวม : 97.71" under "IIT … 95.20" / "EIT … 90.15" / "OIT … 93.02": the tools' total
                [total_year] = tool_years
                value = float(total.group("score"))
                out.add(Score(fiscal_year=total_year, level="overall", score=value, where=block.where,
                              source_text=text[:200]), block.where)
                reading = roles.SentenceReading([roles.Statement("overall", value, total_year, None, None, None, None,
                                                                 total.start("score"))], [], [])
            else:
                reading = _from_sentence(text, block.where, year, fiscal_year, previous, out, ita_context, other_body)
            stated = bool(reading.statements or reading.unclear)
            tool_lines = bool(reading.statements) and all(st.level == "tool" for st in reading.statements)
            tools_above = tools_above | {st.tool for st in reading.statements} if tool_lines else set()
            tool_years = tool_years | {st.year for st in reading.statements} if tool_lines else set()
            if not stated:
                grade = roles.grade_only(text)
                if grade:
                    grade_year = _year_before(text, len(text), year)
                    grades.setdefault(grade_year, set()).add(grade)
                    grade_where.setdefault(grade_year, block.where)
                elif len(previous_overall) == 1 and ((grade := roles.grade_line(text)) or (
                        roles.grade_label_line(previous) and (grade := roles.grade_line(f"{previous.strip()} {text.strip()}")))):
                    # a grade on a line of its own under the line that stated one overall score
                    # ("คะแนนรวม 95.27 คะแนน" / "ระดับ AA": a card's badge, a post's next line) grades it, when
                    # it is a level of that year's scale: "ระดับ A" under a 2567 score (letters are 2562–2565's)
                    # may be another year's badge or another body's, so it is left out, not attached
                    [grade_year] = previous_overall
                    if grade_year is None or roles.level_of_year(grade, grade_year):
                        grades.setdefault(grade_year, set()).add(grade)
                        grade_where.setdefault(grade_year, block.where)
                    else:
                        out.checks.append(make_check("GRADE_LINE_OTHER_SCALE", block.where, grade=grade, year=grade_year,
                                                     source_text=text.strip()))
            if not (previous_overall and not stated and roles.grade_label_line(text)):
                # (a grade's label on a line of its own, "ระดับผลการประเมิน" / "A", keeps the score above it)
                previous_overall = {st.year for st in reading.statements if st.level == "overall"}
            # a line that states no score may set the year of the scores under it
            heading_year = _heading_year(text) if len(out.by_key) + len(out.checks) == before else None
            if heading_year:
                context_year, academic = heading_year, False
            elif len(out.by_key) + len(out.checks) == before and _academic_heading(text):
                academic = True  # "ผลการประเมิน ITA ปีการศึกษา 2567": the scores under it are of no fiscal year
            assessed = _assessed_year(reading.statements, text)
            if assessed:
                context_year, academic = assessed, False
            # the line above is a number alone no label line was above: a run of cards that opens with
            # a number, each value over its caption (the label line under it is that number's)
            lone_number_above = bare_above and not joined_above and _names_a_subject(text)
            bare_above, joined_above = bare, joined
            previous = text
            if text.strip():
                recent = [*recent, text][-ITA_CONTEXT_LINES:]
                carried = ita_context and bool(reading.statements) and not reading.unclear \
                    and all(st.level == "overall" for st in reading.statements)
        else:
            named, table_year = _table_year(block)
            year = table_year if named else None if academic else context_year or fiscal_year
            if not skip_tables or block.index not in skip_tables:
                _from_table(block, year, out)
            else:
                _from_measures_table(block, year, out)
            previous = ""
            previous_overall = set()
            bare_above = joined_above = lone_number_above = False
            tools_above, tool_years = set(), set()
            recent = []
            carried = False
    _drop_weight_columns(out)
    # One value, one place: a score OCR may have misread (Thai digits on a scanned page, confirmed
    # nowhere) is not a record, so scores and reports agree; its check keeps the value and the text.
    for key, where in out.doubtful.items():
        score = out.by_key.pop(key)
        out.checks.append(make_check("OCR_NUMBER_UNCONFIRMED", where, what=_name(score), value=score.score,
                                     source_text=score.source_text))
    overall_grades = {y: g.pop() for y, g in grades.items() if len(g) == 1}
    for score in out.by_key.values():  # 'has been rated "AA" …' in one sentence, '… a total score of 96.13' in another
        if score.level == "overall" and score.grade is None and overall_grades.get(score.fiscal_year):
            score.grade = overall_grades[score.fiscal_year]
    return Scores(list(out.by_key.values()), out.checks, set(out.doubtful), out.labels, overall_grades)


def _add_subject_score(out: _Collector, number: int | None, tool: Tool | None, common: dict[str, Any],
                       grade: str | None = None) -> None:
    """The score of a column's subject: indicator ``number``, else ``tool``, else the overall (with ``grade``)."""
    if number is not None:
        out.add(Score(level="indicator", tool=ind.tool_of(number), indicator=number,
                      indicator_name=ind.canonical_name(number), **common), common["where"])
    elif tool is not None:
        out.add(Score(level="tool", tool=tool, **common), common["where"])
    else:
        out.add(Score(level="overall", grade=grade, **common), common["where"])


def _drop_weight_columns(out: _Collector) -> None:
    """A table column whose tool values are the tools' weights (30, 30, 40: schemas.rules.WEIGHTS) and
    whose total is 100 is a column of weights its header did not name as such (a scan's "นําหนัก" lost
    its tone mark): no scores. Every tool of the column must equal its weight, two tools at least."""
    columns: dict[tuple[int | None, int | None, int | None], list[tuple]] = {}
    for key, score in out.by_key.items():
        if score.where.cell is not None and score.level in ("tool", "overall") and score.part is None:
            columns.setdefault((score.where.page, score.where.table, score.where.cell), []).append(key)
    for keys in columns.values():
        scores = [out.by_key[k] for k in keys]
        tools = [s for s in scores if s.level == "tool"]
        if len(tools) < 2 or any(abs(s.score - 100 * WEIGHTS[s.tool]) > 0.005 for s in tools if s.tool) \
                or any(s.level == "overall" and abs(s.score - 100) > 0.005 for s in scores):
            continue
        first = tools[0]
        out.checks.append(make_check("WEIGHTS_NOT_SCORES", first.where, values=", ".join(
            f"{s.tool} {s.score:g}" for s in tools), source_text=first.source_text))
        for k in keys:
            del out.by_key[k]
            out.doubtful.pop(k, None)


def _name(score: Score) -> Phrase:
    return score_name(*score.subject)


def _heading_year(text: str) -> int | None:
    """The assessment year a heading or a short year line sets ("ผลการประเมิน… พ.ศ. ๒๕๖๘", "ปี 2568");
    not a plan's year that aims at the results, nor the earlier year a comparison names ("เมื่อเทียบกับ
    ผลการประเมินปี 2566")."""
    if len(text) > 200 or RESULT_AIMED_AT.search(text):
        return None
    if "ผลการประเมิน" in text or YEAR_LINE.fullmatch(text):
        head = text[:_compared_from(text)]
        years = find_years(YEAR_SPAN.sub(" ", head))
        if not years or _year_of_other(head, years[-1]) or _academic_year_last(head):
            return None
        return years[-1]
    return None


def _academic_heading(text: str) -> bool:
    """A heading whose year is an academic year ("ผลการประเมิน ITA ของโรงเรียน ปีการศึกษา 2567"): it sets no fiscal
    year, and the scores under it are of none (an academic year spans two; the report's metadata refuses it)."""
    if len(text) > 200 or RESULT_AIMED_AT.search(text) or not ("ผลการประเมิน" in text or YEAR_LINE.fullmatch(text)):
        return False
    return _academic_year_last(text[:_compared_from(text)])


def _academic_year_last(text: str) -> bool:
    """The last year ``text`` names is an academic year's (score_candidates.OTHER_CALENDAR_YEAR)."""
    plain = thai_to_arabic(text)
    last = None
    for last in YEAR_MENTION.finditer(plain):
        pass
    return last is not None and any(m.end() == last.end() for m in OTHER_CALENDAR_YEAR.finditer(plain))


def _year_of_other(text: str, year: int) -> bool:
    """The last mention of ``year`` in ``text`` follows a word of something other than the results
    (score_cues.YEAR_OF_OTHER: a measure, a plan, a date) nearer than the results' own words."""
    at = max((m.start() for m in YEAR_MENTION.finditer(thai_to_arabic(text))
              if be_year(int(m.group("kw") or m.group("bare"))) == year), default=-1)
    if at < 0:
        return False
    before = text[:at]
    return max(before.rfind(w) for w in cues.YEAR_OF_OTHER) > max(before.rfind(w) for w in cues.YEAR_OF_RESULTS)


def _compared_from(text: str) -> int:
    """Where the line's first comparison cue begins (len(text) when it has none): the years after it
    are the earlier results the line compares with."""
    m = roles.COMPARISON.search(text)
    return m.start() if m else len(text)


def _year_before(text: str, pos: int, default: int | None) -> int | None:
    years = find_years(text[:pos])
    return years[-1] if years else default


DOCUMENT_NAMES_ASSESSMENT = patterns.compile("|".join(cues.DOCUMENT_NAMES_ASSESSMENT))


def names_the_assessment(texts: Iterable[str]) -> bool:
    """Does any of a document's texts (lines, cells) name the ITA or one of its tools
    (score_cues.DOCUMENT_NAMES_ASSESSMENT)? Else its "scores" are another assessment's."""
    return any(DOCUMENT_NAMES_ASSESSMENT.search(text) for text in texts)


def _announces_ita(text: str) -> bool:
    """A line that names the ITA result ("… มีผลการประเมินคุณธรรมและความโปร่งใส … (ITA) ประจำปี …") and
    no tool or indicator: a bare "… ได้คะแนน N คะแนน" about a body in the next lines is the overall score."""
    plain = thai_to_arabic(text)
    if not (roles.OVERALL_STRONG.search(plain) or roles.ITA_NAME.search(plain)):
        return False
    return not (ind.TOOL_CODE.search(plain) or ind.tool_in(plain) or ind.explicit_refs(plain)
                or ind.names_in(ind.without_tool_names(plain)) or roles.SUBPART.search(plain))


def _names_a_subject(label: str) -> bool:
    """A short line without digits that names one tool, one indicator or the overall result and
    nothing else ("IIT", "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "คะแนนรวม")."""
    label = label.strip().rstrip(LABEL_END).strip()
    if not label or len(label) > LABEL_LINE_MAX or ANY_DIGIT.search(ind.EXPLICIT.sub("", thai_to_arabic(label))):
        return False
    return bool(TOOL_LABEL.fullmatch(label) or (ind.tool_in(label) and not ind.label_rest(label))
                or ind.is_label_only(label)
                or (OVERALL_LABEL.search(label)
                    and not ind.label_rest(OVERALL_LABEL_WORDS.sub("", OVERALL_LABEL.sub("", label)))))


# a line that is a score alone ("95.20", "๙๘.๗๕"), and how long a label line above it may be
BARE_SCORE = patterns.compile(r"[0-9๐-๙]{1,3}[.][0-9๐-๙]{2}")
LABEL_LINE_MAX = 60
LABEL_END = " :：=-–"


def _assessed_year(statements: list[roles.Statement], text: str) -> int | None:
    """The year of the assessment a line states the overall result of, when it writes that year and
    states no other year's overall score ("ผลการประเมิน ITA ปี 2567 ได้ 87.65 คะแนน"): the indicator
    scores under it are that assessment's, not the plan's year the report is dated by."""
    years = {st.year for st in statements if st.level == "overall"}
    if len(years) != 1:
        return None
    year = years.pop()
    return year if year is not None and year in find_years(text[:_compared_from(text)]) else None


def _from_sentence(text: str, where: Where, year: int | None, report_year: int | None, previous: str,
                   out: _Collector, ita_context: bool = False,
                   other_body: roles.OtherBody | None = None) -> roles.SentenceReading:
    """Scores a prose line states, by the role each of its numbers has (extract.parse.score_roles):
    the line's reading, whose statements were recorded and whose unclear numbers were left out."""
    if not ANY_DIGIT.search(text):
        return roles.SentenceReading([], [], [])
    reading = roles.read_sentence(text, year, report_year, previous, ita_context, other_body)
    if not reading.statements:  # a PDF line may be the end of a sentence that names the score's subject
        wrapped = roles.read_wrapped(previous, text, year, report_year, ita_context, other_body)
        if wrapped is not None:
            reading = wrapped
    if previous.strip() and roles.OPENS_WITH_SCORE.match(thai_to_arabic(text)):
        text = _wrapped_quote(previous, text)  # quoted with what it is the score of
    for st in reading.statements:
        number = st.indicator
        out.add(Score(fiscal_year=st.year, level=st.level, tool=st.tool, part=st.part, indicator=number,
                      indicator_name=ind.canonical_name(number) if number else None, score=st.value,
                      grade=st.grade, where=where, source_text=text[:200]), where)
    for u in reading.unclear:
        out.checks.append(make_check("SCORE_ROLE_UNCLEAR", where, value=f"{u.value:g}", reason=u.reason,
                                     context=u.context, source_text=text[:200]))
    return reading


# How much of the line above a score that opens its line is quoted with it (whole words).
WRAP_QUOTE_HEAD = 120


def _wrapped_quote(previous: str, text: str) -> str:
    """A line that opens with a score, quoted after the end of the line above (its sentence's start)."""
    head = previous if len(previous) <= WRAP_QUOTE_HEAD else previous[-WRAP_QUOTE_HEAD:].split(" ", 1)[-1]
    return f"{head} {text}"


def _indicator_statement(text: str, where: Where, year: int | None, out: _Collector,
                         tool: Tool | None) -> None:
    """A score stated right after one indicator's name or number."""
    refs = ind.explicit_refs(text)
    if refs:
        if len(refs) != 1:
            return
        number: int | None = refs[0]
    elif tool is not None:
        number = out.label(text, tool, where)  # tool-local numbering in analysis tables
    else:
        names = ind.names_in(ind.without_tool_names(text))
        number = names[0] if len(names) == 1 else None
    if number is None:
        return
    anchor = _anchor(text, number)
    m = INDICATOR_SCORE.search(text, pos=anchor)
    if not m or m.start() - anchor > INDICATOR_REACH or THRESHOLD.search(text[max(0, m.start() - 16):m.start()]):
        return
    value = _score(m.group(1) or m.group(2))
    if value is None:
        return
    out.add(Score(fiscal_year=_year_before(text, m.start(), year), level="indicator",
                  tool=ind.tool_of(number), indicator=number, indicator_name=ind.canonical_name(number),
                  score=value, where=where, source_text=text[:200]), where)


def _anchor(text: str, number: int) -> int:
    m = ind.EXPLICIT.search(thai_to_arabic(text)) if "ตัวชี้วัด" in text else None
    if m:
        return m.end()
    for name in ind.names_of(number):
        pos = text.find(name)
        if pos >= 0:
            return pos + len(name)
    return 0


# --- tables ---------------------------------------------------------------------------------

def _table_year(table: Table) -> tuple[bool, int | None]:
    """Whether the lines above a table name its year, and the year (None for an academic year's: no fiscal year)."""
    for text in reversed(table.context):
        year = _heading_year(text)
        if year:
            return True, year
        if _academic_heading(text):
            return True, None
    return False, None


def _from_table(table: Table, year: int | None, out: _Collector) -> None:
    # a header of two rows ("คะแนน" merged over "ปี 2566 | ปี 2567") read as one: each column's label with
    # its group's (tables.header_rows, as measures tables read theirs); the year columns were lost
    header, _, _ = header_rows(table)
    year_cols = {}
    for i, cell in enumerate(header):
        m = YEAR_HEADER.match(thai_to_arabic(cell))
        if m and plausible_year(be_year(int(m.group(1)))):
            year_cols[i] = be_year(int(m.group(1)))
    if not year_cols and year is not None:
        year_cols = _relative_year_columns(header, year)
    score_cols = {i: _column_year(cell, year) for i, cell in enumerate(header) if i not in year_cols
                  and SCORE_HEADER.search(cell) and not ind.TOOL_CODE.search(cell) and not NOT_SCORE_HEADER.search(cell)}
    for i in (i for i, y in score_cols.items() if y is _SEVERAL):
        out.checks.append(make_check("SCORE_YEAR_UNCLEAR", table.header.cell_where(i), header=header[i]))
    score_cols = {i: y for i, y in score_cols.items() if y is not _SEVERAL}
    for i in [i for i in score_cols if _weights_only(table, i)]:
        del score_cols[i]  # "น้ำหนัก (ร้อยละ)" read without its tone mark: it is "ร้อยละ" to SCORE_HEADER
        out.checks.append(make_check("WEIGHTS_NOT_SCORES", table.header.cell_where(i), values=header[i]))
    value_cols = year_cols or score_cols
    if any(MONEY_HEADER.search(cell) for i, cell in enumerate(header) if i not in year_cols):
        return  # a budget / procurement table
    if not value_cols and out.own_body is not None and _own_column(table, header, year, out):
        return
    survey = _survey_column(table, header, value_cols)
    if survey is not None:
        if value_cols:
            out.checks.append(make_check("SURVEY_NOT_SCORES", table.header.cell_where(survey), header=header[survey]))
        return
    if not year_cols and _column_scores(table, year, out):  # "คะแนนรวม" across is a subject, not a score column
        return
    if not year_cols and _cornerless_scores(table, year, out):
        return
    # one score column first is a column of labels under a score-like header ("ผลการประเมิน | ประเด็น…"),
    # unless its cells are all numbers ("คะแนน | เครื่องมือ": 95.60 | IIT): the labels follow it
    if value_cols and not (set(value_cols) == {0} and not _numbers_only(table, 0)):
        interleaved = [] if year_cols else _interleaved(table, header, value_cols)
        for col, labels in interleaved:  # each score column with the label columns on its left
            _score_table(table, header, {col: value_cols[col]}, out, label_cols=labels)
        if not interleaved:
            _score_table(table, header, value_cols, out, by_year=bool(year_cols))
        _weighted_total(table, header, year, out)
        return
    if not value_cols and _headerless_scores(table, year, out):
        return
    tool: Tool | None = None
    head = table.header.clean[0] if table.header.clean else ""
    # a table with no header row (its first row a sentence stating a score, "ตัวชี้วัดที่ ๑ … ได้คะแนน
    # ๙๐.๑๒ คะแนน …"): that row is read as the others are (its score was lost as a header cell)
    stated = SCORE_WORD.search(head) and roles.SCORE_SHAPED.search(thai_to_arabic(head))
    for row in [table.header, *table.body] if stated else table.body:
        if row.is_section:
            tool = ind.tool_in(row.clean[0]) or tool
            continue
        tool = ind.tool_in(row.section or "") or tool
        first = row.clean[0] if row.clean else ""
        if first and SCORE_WORD.search(first):
            _indicator_statement(first, row.cell_where(0), year, out, tool=tool)


def _total_row(listed: dict[int, float], value: float, common: dict[str, Any], out: _Collector,
               grade: str | None = None, tool_rows: int = 0) -> None:
    """A total or mean row ("รวม", "คะแนนเฉลี่ย"): the overall score, with the row's grade, unless the
    indicators above it are one tool's alone and it is their mean ("คะแนนเฉลี่ย 91.20" under indicators
    1–5): that tool's score, as ITA computes it. The mean of some of the indicators only (1–3 of IIT's five;
    1, 9 and 10), no tools' rows, is those rows' total: neither a tool's score nor the result, left out
    (unclear); a total that is not their mean is not made of them (the result, under a few indicators picked)."""
    tools = {ind.tool_of(n) for n in listed}
    # (one tool's rows: the rest of its indicators; several tools' rows: the rest of all ten)
    wanted = TOOLS[next(iter(tools))] if len(tools) == 1 else tuple(INDICATOR_BY_NUMBER)
    missing = [n for n in wanted if n not in listed]
    if listed and missing and tool_rows < 2 and abs(sum(listed.values()) / len(listed) - value) <= cues.MEAN_TOLERANCE:
        out.checks.append(make_check("SCORE_ROLE_UNCLEAR", common["where"], value=f"{value:g}",
                                     reason=reason("total_of_some_indicators", numbers=", ".join(map(str, sorted(listed))),
                                                   missing=", ".join(map(str, missing))),
                                     context=common["source_text"], source_text=common["source_text"]))
        return
    if (len(listed) >= MIN_TOOL_ROWS and len(tools) == 1
            and abs(sum(listed.values()) / len(listed) - value) <= cues.MEAN_TOLERANCE):
        out.add(Score(level="tool", tool=tools.pop(), **common), common["where"])
    else:
        out.add(Score(level="overall", grade=grade, **common), common["where"])


def _names_no_indicator(label: str) -> bool:
    """A numbered label whose words besides the number name something else ("1 เทศบาลเมืองพล"):
    no indicator reference, no indicator name (not even a garbled one), but Thai words."""
    if ind.explicit_refs(label) or ind.fuzzy_name(label) is not None:
        return False
    return bool(THAI_WORD.search(ind.LEADING_NUMBER.sub("", ind.label_rest(label))))


# indicator rows of one tool above a total row that make it that tool's summary
MIN_TOOL_ROWS = 2


def _weighted_total(table: Table, header: list[str], year: int | None, out: _Collector) -> None:
    """The overall score a weighted-score column totals ("คะแนนถ่วงน้ำหนัก": IIT 27.72 + EIT 26.43 +
    OIT 32.40 = "รวม" 86.55), the ITA result by its method. Recorded only when the tools' weighted
    scores add up to the total printed: a total that does not is not known to be the result."""
    weighted = [i for i, cell in enumerate(header) if WEIGHTED_SCORE_HEADER.search(cell)]
    if len(weighted) != 1:
        return
    col = weighted[0]
    parts: dict[Tool, float] = {}
    total: tuple[float, Row] | None = None
    for row in table.body:
        cells = row.clean + [""] * len(header)
        label = " ".join(c for i, c in enumerate(cells[:len(header)]) if i != col and not ANY_DIGIT.search(c))
        value = _score(cells[col]) if SCORE_CELL.fullmatch(cells[col] or "-") and ANY_DIGIT.search(cells[col]) else None
        if value is None:
            continue
        tool = ind.tool_in(label)
        if tool and tool not in parts:
            parts[tool] = value
        elif not tool and OVERALL_LABEL.search(label) and total is None:
            total = (value, row)
    if total is None or len(parts) < 2 or abs(sum(parts.values()) - total[0]) > cues.WEIGHTED_SUM_TOLERANCE:
        return
    value, row = total
    where = row.cell_where(col)
    out.add(Score(fiscal_year=year, level="overall", score=value, where=where,
                  source_text=f"{' | '.join(c for c in row.clean if c)[:180]}"), where)


_SEVERAL: Any = object()  # a score column naming more than one year: whose scores, unclear


def _relative_year_columns(header: list[str], year: int) -> dict[int, int]:
    """Columns headed by a year named relative to the table's ("ปีนี้" → ``year``, "ปีที่แล้ว" → the year
    before), when one of them is this year's: a comparison of this year's scores with last year's."""
    cols: dict[int, int] = {}
    for i, cell in enumerate(header):
        m = RELATIVE_YEAR_HEADER.fullmatch(thai_to_arabic(cell))
        if m:
            cols[i] = year if m.group("this") else year - 1
    return cols if year in cols.values() else {}


def _column_year(cell: str, year: int | None) -> Any:
    """The year a score column's header names ("คะแนน ปี ๒๕๖๕" → 2565), else the table's year;
    _SEVERAL when it names more than one (a span "๒๕๖๔-๒๕๖๖" names a period, not a year)."""
    years = set(find_years(YEAR_SPAN.sub(" ", cell)))
    if len(years) > 1 or (not years and YEAR_SPAN.search(cell)):
        return _SEVERAL
    return years.pop() if years else year


def _interleaved(table: Table, header: list[str], value_cols: Mapping[int, Any]) -> list[tuple[int, list[int]]]:
    """Score columns each after a label column of its own ("เครื่องมือ | คะแนนรายเครื่องมือ | ตัวชี้วัด |
    คะแนน": a tool's score beside its name, merged down over its indicators, and each indicator's beside
    its): each score column read with the label columns on its left, [] when the table is not so laid.
    Read together, the tool's score was each first indicator's (a wrong value)."""
    cols = sorted(value_cols)
    if len(cols) < 2 or len({value_cols[c] for c in cols}) > 1:
        return []
    labels = [i for i in range(len(header)) if i not in value_cols and not _numbers_only(table, i)]
    between = [[i for i in labels if a < i < b] for a, b in zip([-1, *cols], cols)]
    if not all(between):
        return []
    return [(col, [i for i in labels if i < col]) for col in cols]


def _own_column(table: Table, header: list[str], year: int | None, out: _Collector) -> bool:
    """A table of the subject's scores beside another's ("รายการ | สภ.กุดชุม | ค่าเฉลี่ย ภ.จว.ยโสธร", rows
    IIT, EIT, OIT, คะแนนรวม): the one column headed by the subject's name alone holds its scores; the
    others (a group's mean, a peer's) are not read, nor are they the rows' labels."""
    own = [j for j, cell in enumerate(header) if j and cell and out.own_body is not None and out.own_body(cell)]
    if len(own) != 1 or not any(_plain_number(c) is not None for r in table.body for c in r.clean[own[0]:own[0] + 1]):
        return False
    labels = [i for i in range(len(header)) if i != own[0] and not _numbers_only(table, i)]
    if not labels:
        return False
    _score_table(table, header, {own[0]: year}, out, label_cols=labels)
    return True


def _column_scores(table: Table, year: int | None, out: _Collector) -> bool:
    """A score table laid on its side: every header cell after the corner names one subject (an
    indicator by name, or by its bare number under a corner naming indicators: "ตัวชี้วัด | ๑ | ๒ …";
    a tool; the overall score), and rows labelled as scores ("คะแนน", or a year) hold their values,
    a grade row ("ระดับ") the overall grade, as does a grade column ("IIT | EIT | OIT | คะแนนรวม |
    ระดับ") for its row's overall score. One header cell naming nothing and the table is not read
    this way."""
    header = table.header.clean
    if len(header) < 3:
        return False
    numbered = bool(INDICATOR_CORNER.search(header[0]))
    subjects: dict[int, tuple[int | None, Tool | None]] = {}  # column → (indicator, tool); (None, None) overall
    grade_col: int | None = None  # "… | คะแนนรวม | ระดับ": each score row's grade of its overall score
    for j, cell in enumerate(header[1:], start=1):
        if not cell:
            continue
        if grade_col is None and GRADE_LABEL.search(cell) and not ind.label_rest(
                GRADE_HEADER_REST.sub("", GRADE_LABEL.sub("", cell))):
            grade_col = j
            continue
        if TOOL_LABEL.fullmatch(cell.strip()) or (ind.tool_in(cell) and not ind.label_rest(cell)):
            subjects[j] = (None, ind.tool_in(cell))
            continue
        text = f"ตัวชี้วัดที่ {cell}" if numbered and BARE_NUMBER.fullmatch(cell.strip()) else cell
        number = out.label(text, None, table.header.cell_where(j)) if ind.is_label_only(text) else None
        if number is not None:
            subjects[j] = (number, None)
        elif OVERALL_LABEL.search(cell) and not ind.label_rest(OVERALL_LABEL.sub("", cell)):
            subjects[j] = (None, None)
        else:
            return False
    if len(subjects) < 2:
        return False
    score_rows: list[tuple[Row, int | None]] = []
    grade_rows: list[Row] = []
    for row in table.body:
        label = row.clean[0] if row.clean else ""
        m = YEAR_HEADER.match(thai_to_arabic(label))
        row_year = be_year(int(m.group(1))) if m and plausible_year(be_year(int(m.group(1)))) else None
        if GRADE_LABEL.search(label):
            grade_rows.append(row)
        elif row_year is not None:
            score_rows.append((row, row_year))
        elif SCORE_HEADER.search(label) and not NOT_SCORE_HEADER.search(label):  # not full marks, a change…
            label_year = _column_year(label, year)  # "คะแนน ปี ๒๕๖๕" as a row
            if label_year is _SEVERAL:
                out.checks.append(make_check("SCORE_YEAR_UNCLEAR", row.cell_where(0), header=label))
            else:
                score_rows.append((row, label_year))
    read = False
    for row, row_year in score_rows:
        cells = row.clean + [""] * len(header)
        label = cells[0]
        for j, (number, tool) in subjects.items():
            value = _score(cells[j]) if ANY_DIGIT.search(cells[j]) and SCORE_CELL.fullmatch(cells[j]) else None
            if value is None:
                continue
            where = row.cell_where(j)
            common: dict[str, Any] = dict(fiscal_year=row_year, score=value, where=where,
                                          source_text=f"{header[0][:40]} {header[j][:80]} | {label[:80]} | {cells[j]}".strip())
            _add_subject_score(out, number, tool, common)
            read = True
    overall = [j for j, subject in subjects.items() if subject == (None, None)]
    if grade_col is not None and overall:
        for row, row_year in score_rows:
            score = out.by_key.get((row_year, "overall", None, None, None))
            grade = grade_of((row.clean + [""] * len(header))[grade_col])
            if grade and score is not None and score.where == row.cell_where(overall[0]):
                score.grade = grade
    # a grade row grades the overall score of the one row of scores (with rows per year: which year's?)
    if len(score_rows) == 1 and overall:
        score = out.by_key.get((score_rows[0][1], "overall", None, None, None))
        for row in grade_rows:
            grade = grade_of((row.clean + [""] * len(header))[overall[0]])
            if grade and score is not None:
                score.grade = grade
    return read


def _cornerless_scores(table: Table, year: int | None, out: _Collector) -> bool:
    """A table of subjects across and one row of their scores under them, no corner cell nor row label
    ("ITA | IIT | EIT | OIT" over "93.50 (A) | 96.00 | 90.10 | 94.40"): every header cell names one
    subject (the overall result, a tool, an indicator; or the grade), each once, and every cell of the
    one row under them is a score (the overall's with its grade in brackets) or, under the grade, a
    grade. Anything else and the table is not read this way."""
    header = table.header.clean
    if len(table.body) != 1 or len(header) < 2:
        return False
    subjects: dict[int, tuple[int | None, Tool | None]] = {}
    grade_col: int | None = None
    for j, cell in enumerate(header):
        label = cell.strip().rstrip(LABEL_END).strip()
        if grade_col is None and GRADE_LABEL.search(label) and not ind.label_rest(
                GRADE_HEADER_REST.sub("", GRADE_LABEL.sub("", label))):
            grade_col = j
        elif TOOL_LABEL.fullmatch(label) or (ind.tool_in(label) and not ind.label_rest(label)):
            subjects[j] = (None, ind.tool_in(label))
        elif ind.is_label_only(label) and (number := out.label(label, None, table.header.cell_where(j))) is not None:
            subjects[j] = (number, None)
        elif _names_a_subject(label) and OVERALL_LABEL.search(label):
            subjects[j] = (None, None)
        else:
            return False
    if len(subjects) < 2 or len(set(subjects.values())) != len(subjects):
        return False
    row = table.body[0]
    cells = row.clean + [""] * len(header)
    values: dict[int, tuple[float, str | None]] = {}
    for j in subjects:
        m = GRADED_CELL.fullmatch(cells[j].strip())
        value = _score(m.group("score")) if m and ANY_DIGIT.search(m.group("score")) else None
        if m is None or value is None:
            return False
        values[j] = (value, m.group("grade"))
    grade = grade_of(cells[grade_col]) if grade_col is not None else None
    for j, (number, tool) in subjects.items():
        value, stated = values[j]
        where = row.cell_where(j)
        common: dict[str, Any] = dict(fiscal_year=year, score=value, where=where,
                                      source_text=f"{header[j][:80]} | {cells[j]}")
        _add_subject_score(out, number, tool, common, grade=stated or grade)
    return True


def _headerless_scores(table: Table, year: int | None, out: _Collector) -> bool:
    """A score table printed without its header row: under a heading about scores, every row is a
    label naming an indicator (by its name), a tool or the overall score, and one number in its
    last cell ("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ | 96.55"). One row of anything else and the table is
    not read this way."""
    width = table.width
    if width < 2 or any(len(r.cells) != width for r in table.rows) \
            or not any(SCORE_CONTEXT.search(thai_to_arabic(c)) for c in table.context[-2:]):
        return False
    for row in table.rows:
        cells = row.clean
        label = " ".join(c for c in cells[:-1] if c)
        if not (ANY_DIGIT.search(cells[-1]) and SCORE_CELL.fullmatch(cells[-1])) or not label:
            return False
        if not (ind.names_in(ind.without_tool_names(label)) or ind.tool_in(label) or OVERALL_LABEL.search(label)):
            return False
    headed = replace(table, rows=[Row(cells=[""] * width, clean=[""] * width), *table.rows])
    _score_table(headed, [""] * width, {width - 1: year}, out)
    return True


def _about_indicators(table: Table, header: list[str]) -> bool:
    if any(INDICATOR_TABLE.search(text) for text in (*header, *table.context[-2:], *(r.section or "" for r in table.body))):
        return True
    return _rows_name_indicators(table)


def _rows_name_indicators(table: Table) -> bool:
    return any(ind.names_in(ind.without_tool_names(c)) or ind.tool_in(c)
               for row in table.body for c in row.clean[:3])


def _from_measures_table(table: Table, year: int | None, out: _Collector) -> None:
    """An analysis table that also plans the fixes ("ตัวชี้วัด | คะแนน | ประเด็นที่ต้องพัฒนา | แนวทางการ
    พัฒนา | ผู้รับผิดชอบ"): one score column read against the indicator column alone (the issue and
    remedy cells name indicators in passing), or against the title column of a table answering the advice on
    each indicator (tables.answers_advice). Other measures tables hold no scores."""
    header = list(table.header.clean)
    labels = [i for i, cell in enumerate(header) if header_field(cell) == "indicator"]
    if not labels:  # the body's answer to the advice on each indicator: its title column names the indicators
        lay = layout(table)
        labels = [lay.fields.index("title")] if answers_advice(table, lay) else []
    scores = [i for i, cell in enumerate(header) if SCORE_HEADER.search(cell) and not ind.TOOL_CODE.search(cell)
              and not WEIGHT_HEADER.search(cell) and not MONEY_HEADER.search(cell)]
    if len(labels) == 1 and len(scores) == 1 and labels != scores:
        _score_table(table, header, {scores[0]: year}, out, label_cols=labels)


def _numbers_only(table: Table, col: int) -> bool:
    """Every filled cell of column ``col`` is one number with decimals ("95.60", "๙๑.๓๓"), and there are two
    or more: a column of scores, not of labels."""
    cells = [thai_to_arabic(r.clean[col]).strip() for r in table.body if col < len(r.clean) and r.clean[col].strip()]
    return len(cells) >= 2 and all(roles.SCORE_SHAPED.fullmatch(c) for c in cells)


def _weights_only(table: Table, col: int) -> bool:
    """Column ``col`` gives two tools or more exactly their weights in the total (IIT 30, EIT 30, OIT 40:
    schemas.rules.WEIGHTS) and nothing else but 100: a column of weights, whatever its header says."""
    found: dict[str, float] = {}
    for row in table.body:
        cells = row.clean
        if col >= len(cells) or not cells[col].strip():
            continue
        value = _plain_number(cells[col])
        tool = ind.tool_in(" ".join(c for i, c in enumerate(cells) if i != col))
        if value is None:
            return False
        if tool and tool not in found:
            found[tool] = value
        elif abs(value - 100) > 0.005:
            return False
    return len(found) >= 2 and all(abs(v - 100 * WEIGHTS[t]) <= 0.005 for t, v in found.items())


def _survey_column(table: Table, header: list[str], value_cols: Mapping[int, Any]) -> int | None:
    """The column that makes ``table`` a survey's summary or a rating: a spread (S.D.), a mean on a rating
    scale (every value at most LIKERT_MAX), a score column whose two or more values all are (a plan's KPIs
    rated 1–5: "คะแนนที่ได้ | 4.50"), or levels of agreement in every cell (cues.SURVEY_SPREAD_HEADER …)."""
    for i, cell in enumerate(header):
        if SURVEY_SPREAD_HEADER.search(cell):
            return i
        cells = [r.clean[i] for r in table.body if i < len(r.clean) and r.clean[i].strip()]
        if not cells:
            continue
        if SURVEY_MEAN_HEADER.search(cell) or (i in value_cols and len(cells) >= 2):
            values = [_plain_number(c) for c in cells]
            if all(v is not None and v <= cues.LIKERT_MAX for v in values) and any(values):
                return i
        if all(LIKERT_LEVEL.fullmatch(c.strip()) for c in cells) and any(LIKERT_SIDE.search(c) for c in cells):
            return i
    return None


def _plain_number(cell: str) -> float | None:
    m = SCORE_CELL.fullmatch(thai_to_arabic(cell).strip())
    try:
        return float(m.group().replace(",", "").replace("%", "").strip()) if m else None
    except ValueError:
        return None


def _grade_words_only(table: Table, col: int) -> bool:
    """Every filled cell of column ``col`` is a grade word alone ("ผ่านดี", "AA"): a column of them grades its rows."""
    cells = [r.clean[col] for r in table.body if col < len(r.clean) and r.clean[col].strip()]
    return bool(cells) and all(GRADE_PATTERN.fullmatch(c.strip()) for c in cells)


def _score_table(table: Table, header: list[str], value_cols: Mapping[int, int | None], out: _Collector,
                 label_cols: list[int] | None = None, by_year: bool = False) -> None:
    # a column of grade words under a score-like header ("ผลการประเมิน": ผ่าน / ผ่านดี) holds no scores
    graded = [i for i in value_cols if _grade_words_only(table, i)]
    value_cols = {i: y for i, y in value_cols.items() if i not in graded}
    change_cols = [i for i, c in enumerate(header) if i not in value_cols and CHANGE_LABEL.search(c)]
    # a grade column beside one score column ("เครื่องมือ | คะแนน | ระดับ") grades its row: no label
    grade_cols = [i for i, c in enumerate(header) if i not in value_cols and i not in change_cols
                  and (GRADE_LABEL.search(c) or i in graded)] if len(value_cols) == 1 else graded
    if label_cols is None:
        label_cols = [i for i in range(len(header)) if i not in value_cols and i not in change_cols
                      and i not in grade_cols]
    tool: Tool | None = None
    last_year = max((y for y in value_cols.values() if y), default=None)
    about_indicators = _about_indicators(table, header)
    rows_named = _rows_name_indicators(table)
    # rows labelled by a year under one plain score column ("ปีงบประมาณ | คะแนน | ระดับ"): the body's
    # overall score year by year, where nothing names an indicator, a tool or another subject (a mean)
    plain = not rows_named and not any(PART_WORDS.search(h) or ind.tool_in(h) or roles.OTHER_SUBJECT.search(h)
                                       for h in (*header, *table.context[-2:], *(r.section or "" for r in table.body)))
    year_rows = len(value_cols) == 1 and plain
    # ... and across: a row labelled only as the score ("คะแนน", "ผลการประเมิน ITA") under year columns
    score_row = by_year and plain
    listed: dict[int, dict[int, float]] = {col: {} for col in value_cols}  # column → indicator → score above
    # column → rows above with a value that name no indicator nor tool ("O1 | โครงสร้าง | 100", a body)
    others: dict[int, int] = {col: 0 for col in value_cols}
    tools: dict[int, int] = {col: 0 for col in value_cols}
    for row in table.body:
        cells = row.clean + [""] * len(header)
        labels = [cells[i] for i in label_cols if cells[i]]
        label = " ".join(labels)
        row_tool = ind.tool_in(label) or ind.tool_in(row.section or "")
        if row_tool:
            tool = row_tool
        if not label:
            continue
        if GRADE_LABEL.search(label) and not ind.names_in(label):
            for col, year in value_cols.items():
                grade = grade_of(cells[col])
                score = out.by_key.get((year, "overall", None, None, None))
                if grade and score is not None:
                    score.grade = grade
            continue
        indicator_label = " ".join(l for l in labels if not TOOL_LABEL.fullmatch(l))
        if KPI_LABEL.match(ind.LEADING_NUMBER.sub("", indicator_label).strip()):
            continue  # a plan's KPI and its result ("ร้อยละของการเปิดเผยข้อมูล… | 100 | 95.00"), no score
        number = out.label(indicator_label, tool, row.where) if indicator_label else None
        if number is not None and not ind.names_in(ind.without_tool_names(indicator_label)) and (
                not about_indicators or (not rows_named and _names_no_indicator(indicator_label))):
            # "๑ | ค่าวัสดุ": a numbered row of a table that is not about indicators; "1 | เทศบาลเมืองพล":
            # a row number beside a name that is no indicator's, in a table no row of which names one
            # (a table of bodies' results; among rows naming indicators an OCR-garbled name keeps its number)
            number = None
        labelled_year = YEAR_HEADER.fullmatch(thai_to_arabic(label)) if year_rows and number is None else None
        row_year = be_year(int(labelled_year.group(1))) if labelled_year else None
        if row_year is not None and not plausible_year(row_year):
            row_year = None
        # a total or mean row naming a tool ("คะแนนเฉลี่ย EIT", "รวม IIT") is that tool's score
        overall = number is None and (OVERALL_LABEL.search(label) and not ind.tool_in(label) or row_year is not None
                                      or score_row and SCORE_ROW_LABEL.fullmatch(label))
        # "ตัวชี้วัดที่ 1-4 | 92.00": several indicators' score together, none of theirs, nor a tool's
        several = ind.explicit_refs(indicator_label) if number is None else []
        # ... unless they are all of one tool's ("ตัวชี้วัดที่ 6-8": EIT's score, the mean of its indicators)
        whole = next((t for t, numbers in TOOLS.items() if len(several) > 1 and list(numbers) == several), None)
        if whole:
            row_tool, several = ind.tool_in(whole), []
        for col, year in value_cols.items():
            year = row_year or year
            stated = GRADED_CELL.fullmatch(cells[col])
            cell = stated.group("score") if stated else cells[col]
            value = _score(cell) if ANY_DIGIT.search(cell) else None
            if value is None or not SCORE_CELL.fullmatch(cell):
                continue
            change = cells[change_cols[0]] if change_cols and year == last_year else None
            where = row.cell_where(col)  # the score's own cell: its number and, in a PDF, its box
            common: dict[str, Any] = dict(fiscal_year=year,  # Score fields; pydantic checks them
                                           score=value, where=where,
                          source_text=f"{label[:180]} | {cells[col]}", change_label=change or None)
            if number is not None:
                listed[col][number] = value
                out.add(Score(level="indicator", tool=ind.tool_of(number), indicator=number,
                              indicator_name=ind.canonical_name(number), **common), where)
            elif len(several) > 1:
                others[col] += 1
                out.checks.append(make_check("SCORE_ROLE_UNCLEAR", where, value=f"{value:g}",
                                             reason=reason("several_indicators", numbers=", ".join(map(str, several))),
                                             context=common["source_text"], source_text=common["source_text"]))
            elif overall and others[col] and not listed[col] and not tools[col] and row_year is None:
                # "รวม" under OIT items or bodies' results: their total, not the ITA result
                out.checks.append(make_check("SCORE_ROLE_UNCLEAR", where, value=f"{value:g}",
                                             reason=reason("total_of_other_rows"), context=common["source_text"],
                                             source_text=common["source_text"]))
            elif overall:
                grade = (stated.group("grade") if stated and stated.group("grade") else
                         next(filter(None, (grade_of(cells[g]) for g in grade_cols)), None))
                _total_row(listed[col], value, common, out, grade, tools[col])
            elif row_tool:
                tools[col] += 1
                part_m = PART.search(label)
                part = int(thai_to_arabic(part_m.group(1))) if part_m else None
                out.add(Score(level="tool", tool=row_tool, part=part, **common), where)
            else:
                others[col] += 1

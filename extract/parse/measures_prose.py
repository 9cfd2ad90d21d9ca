"""Measures written as sentences: a document titled as measures whose measures are neither a table, a
list nor a form ("หน่วยงานจะดำเนินการปรับปรุงเว็บไซต์ให้มีข้อมูลครบถ้วนตามแบบ OIT ภายในเดือนมีนาคม ๒๕๖๘ โดยมอบหมาย
ให้สำนักปลัดเป็นผู้รับผิดชอบ", "ในปีงบประมาณ ๒๕๖๗ องค์การบริหารส่วนตำบลได้จัดอบรมบุคลากร … จำนวน ๒ ครั้ง").

Precision before recall (every cue word is in schemas/measure_cues.py, PROSE_*):
- only in an ITA-related document that is no memo and no document of another kind (minutes, a manual …),
  whose title block names measures or improvements (``announces``): news of an event, a policy, a speech
  have no such title;
- a paragraph (as the readers give it: a PDF's wrapped lines stitched into one) is cut into sentences before a word that opens
  one ("นอกจากนี้ …"), and a sentence is a measure only when it states the body's own action: a marker of the
  future or of what was done right before an action verb, the body or one of its units before that, a
  timeframe or a responsible unit, and no word of another's speech, an order, a duty or a condition.
A sentence is kept whole as the measure's title (its source text, with its line); its timeframe and
responsible unit are read from it as printed. The future makes a ``plan`` (an ``improvement`` under a title
naming improvements on the assessment's results), what was done an ``implementation``.
"""
from __future__ import annotations

import regex
from normalize import patterns

from extract.document import Line
from extract.parse import indicators as ind
from extract.parse.measures import MeasureTables
from extract.parse.measures_lists import BULLET, is_ita_related, is_memo, item_number
from normalize.dates import MONTH, parse_period
from normalize.text import squash
from schemas import measure_cues as cues
from schemas.bodies import BODY_TYPES
from schemas.check_codes import make_check
from schemas.records import Measure, TableKind

_MARKERS = sorted((*cues.PROSE_PLAN_MARKERS, *cues.PROSE_DONE_MARKERS), key=len, reverse=True)
_VERBS = sorted(cues.PROSE_ACTION_VERBS, key=len, reverse=True)
ACTION = patterns.compile("(?P<mark>" + "|".join(map(regex.escape, _MARKERS)) + ")(?P<verb>"
                          + "|".join(map(regex.escape, _VERBS)) + ")")
SUBJECTS: tuple[str, ...] = (*cues.PROSE_SUBJECTS, *(word for word, _, _ in BODY_TYPES))
_NUMBER = r"(?:[พค]\.\s?ศ\.\s*)?[0-9๐-๙]{1,4}(?![0-9๐-๙])"
_FISCAL_TAIL = (r"(?:\s*(?:ของ)?\s*ปีงบประมาณ(?:\s*" + _NUMBER + r")?)?(?:\s*(?:"
                + "|".join(map(regex.escape, cues.PROSE_TIME_TAILS)) + "))?")
TIME = patterns.compile(
    "(?:" + "|".join(map(regex.escape, sorted(cues.PROSE_TIME_LEADS, key=len, reverse=True))) + r")\s*"
    r"(?:(?:" + MONTH.pattern + r")(?:\s*" + _NUMBER + r")?|[^\s0-9๐-๙]{0,12}?\s*" + _NUMBER + ")" + _FISCAL_TAIL)
SENTENCE_CUT = patterns.compile(r"(?<!\s)\s++(?=" + "|".join(map(regex.escape, cues.PROSE_SENTENCE_STARTS)) + ")")


def announces(texts: list[str]) -> str | None:
    """The title line that names measures or improvements (measure_cues.PROSE_DOCUMENT_CUES): one of the
    first TITLE_BLOCK_LINES lines of text, short and no sentence of an action; else None."""
    block = [t for t in texts if t.strip()][:cues.TITLE_BLOCK_LINES]
    # a sentence saying what the body will do or did ("… จะนำผลไปจัดทำมาตรการยกระดับในปีถัดไป") names no title
    return next((t for t in block if len(squash(t)) <= cues.PLAN_HEADING_MAX_CHARS
                 and any(c in squash(t) for c in cues.PROSE_DOCUMENT_CUES) and not ACTION.search(squash(t))), None)


def measures_from_prose(blocks: list, report_year: int | None, document: str | None = None) -> MeasureTables:
    """Measures from the sentences of a document titled as measures (the rule above)."""
    out = MeasureTables()
    texts = [b.text for b in blocks if isinstance(b, Line)]
    if document is not None or not is_ita_related(texts) or is_memo(texts):
        return out
    title = announces(texts)
    if title is None:
        return out
    flat_title = squash(title)
    improving = any(c in flat_title for c in cues.IMPROVEMENT_LIST_CUES) and any(
        c in flat_title for c in cues.ASSESSMENT_ANALYSIS_CUES)
    for first, text in _paragraphs(blocks):
        for sentence in SENTENCE_CUT.split(text):
            measure = _measure(sentence.strip(), first, improving, report_year, len(out.measures) + 1)
            if measure is not None:
                out.measures.append(measure)
    if out.measures:
        first_measure = out.measures[0]
        out.checks.append(make_check("MEASURES_FROM_PROSE", first_measure.where, count=len(out.measures),
                                     sentence=first_measure.title[:60], source_text=first_measure.title))
    return out


def _paragraphs(blocks: list) -> list[tuple[Line, str]]:
    """(line, text) of each paragraph of plain text: a line as the readers give it (a PDF's wrapped lines are
    stitched into one by extract/stitch.py, a Word paragraph and a text file's line are one already; a title
    line is one too, which no sentence rule takes). A numbered or bulleted line is a list's, no prose."""
    return [(block, block.text) for block in blocks if isinstance(block, Line) and block.text.strip()
            and not item_number(block.text) and not BULLET.match(block.text)]


def _measure(sentence: str, first: Line, improving: bool, year: int | None, number: int) -> Measure | None:
    flat = squash(sentence)
    if not flat or any(w in flat for w in cues.PROSE_NOT_OWN):
        return None
    action = next((m for m in ACTION.finditer(flat)
                   if not flat[:m.start()].endswith(cues.PROSE_NEGATIONS)), None)
    if action is None or not (any(s in flat[:action.start()] for s in SUBJECTS) or _implied_subject(flat, action.start())):
        return None
    times = [m.group(0).strip() for m in TIME.finditer(sentence)]
    # the first time phrase that gives a date ("ตั้งแต่เดือนตุลาคม ๒๕๖๗ เป็นต้นไป" after "ภายในวันที่ ๑๐ ของทุกเดือน")
    timeframe = next((t for t in times if any(parse_period(t, year))), times[0] if times else None)
    responsible = _responsible(sentence)
    if timeframe is None and not responsible:
        return None
    kind: TableKind = ("implementation" if action.group("mark") in cues.PROSE_DONE_MARKERS
                       else "improvement" if improving else "plan")
    start, end = parse_period(timeframe, year) if timeframe else (None, None)
    return Measure(table=kind, row=number, title=sentence, indicators=sorted(ind.explicit_refs(sentence)),
                   responsible=responsible, timeframe=timeframe, period_start=start, period_end=end,
                   where=first.where.model_copy(update={"row": number}), table_fiscal_year=year)


def _implied_subject(flat: str, at: int) -> bool:
    """The sentence opens with its action, nothing before it but a time phrase ("จะจัดทำคู่มือ… ภายในเดือน…",
    "ในปีงบประมาณ ๒๕๖๘ จะปรับปรุง…"): in a document titled as the body's measures its subject is the body."""
    return not TIME.sub("", flat[:at])


def _responsible(sentence: str) -> list[str]:
    """The unit a frame names ("มอบหมายให้สำนักปลัดเป็นผู้รับผิดชอบ" → ["สำนักปลัด"]) when it names a unit."""
    for before, after in cues.PROSE_RESPONSIBLE_FRAMES:
        at = sentence.find(before)
        if at < 0:
            continue
        rest = sentence[at + len(before):].lstrip()
        end = rest.find(after) if after else (rest.find(" ") if " " in rest else len(rest))
        unit = rest[:end].strip() if end > 0 else ""
        if unit and len(squash(unit)) <= cues.PROSE_RESPONSIBLE_MAX_CHARS and squash(unit).startswith(SUBJECTS):
            return [unit]
    return []

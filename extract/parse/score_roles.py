"""Give each prose score candidate a ROLE from the words around it (cue table: schemas.score_cues).

Order of evidence for one number, first decisive wins:

1. its shape: one end of a range (grade bands, "ร้อยละ 5-15"), signed (a change), the number that
   opens a list item, the day of a date;
2. a distractor cue right before it (full mark, rank, national/group mean, threshold, weight,
   budget, change, count, label such as "ตัวชี้วัดที่") or right after it (a count noun, "บาท",
   "ขึ้นไป");
3. score evidence: a unit after it ("คะแนน", "points", "%") or a score word before it; without
   any, the number is just a number (no record, no check);
4. its subject, from the words since the previous value of the sentence: a sub-part (ดัชนี,
   sub-indicator) > one indicator > one tool > the overall result; a bare score verb ("ได้คะแนน")
   names the overall result only when the sentence (or the heading line above) names the ITA result;
   a short continuation ("… และ ปี 2561 ได้ 81.41 คะแนน") keeps the previous score's subject.

A candidate with score evidence but no clear subject is left out with an info check
(SCORE_ROLE_UNCLEAR): precision before recall.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extract.parse import indicators as ind
from extract.parse.score_candidates import Candidate, YearMention, candidates, year_mentions
from normalize.digits import thai_to_arabic
from schemas import score_cues as cues
from schemas.ita import INDICATORS, LETTER_GRADES, OLD_THAI_LEVELS, THAI_LEVELS, TOOL_NAMES


def _alt(parts) -> str:
    return "(?:" + "|".join(parts) + ")"


_I = regex.IGNORECASE
_FILLERS = _alt(cues.TAIL_FILLERS)
_ABSORB = r"[^\s0-9]*"  # the rest of the cue's Thai word run
_NOT_IN_WORD = {"label": r"(?<![ก-๙])"}  # "หน้า" (page) is not the end of "การปฏิบัติหน้าที่"
TAIL = {cat: regex.compile(_NOT_IN_WORD.get(cat, "") + _alt(parts) + (_ABSORB if cat in cues.ABSORBING else "") + rf"(?:\s*{_FILLERS})*\s*$", _I)
        for cat, parts in cues.DISTRACTOR_TAIL.items()}
SIGNED = regex.compile(cues.SIGNED)
HEAD = {cat: regex.compile(rf"^\s*{_alt(parts)}", _I) for cat, parts in cues.DISTRACTOR_HEAD.items()}
UNIT = regex.compile(rf"^\s*{_alt(cues.SCORE_UNIT)}(?!\s*เต็ม)", _I)
SCORE_TAIL = regex.compile(rf"{_alt(cues.SCORE_TAIL)}(?:\s*{_FILLERS})*\s*$", _I)
OVERALL_STRONG = regex.compile(_alt(cues.OVERALL_STRONG), _I)
OVERALL_WEAK = regex.compile(_alt(cues.OVERALL_WEAK), _I)
SCORE_WORDS = regex.compile(_alt(cues.SCORE_WORDS), _I)
COMPARISON = regex.compile(_alt(cues.COMPARISON), _I)
_NAME_PATTERN = regex.compile("|".join(regex.escape(n) for names in
                                       [[*(i.name, *i.variants)] for i in INDICATORS] + list(TOOL_NAMES.values())
                                       for n in sorted(names, key=len, reverse=True)))
SUBPART = regex.compile(_alt(cues.SUBPART), _I)
PART = regex.compile(_alt(cues.PART), _I)
_THAI_GRADES = sorted((*THAI_LEVELS, *OLD_THAI_LEVELS), key=len, reverse=True)
GRADE_WORD = (rf"(?P<grade>{'|'.join(_THAI_GRADES)}(?!สุด|ขึ้น|ลง|กว่า|เกณฑ์)"
              rf"|{'|'.join(sorted(LETTER_GRADES, key=len, reverse=True))}(?![A-Za-z]))")
_QUOTES = r"[\"'“”‘’]?"
GRADE_AFTER = regex.compile(rf"{_alt(cues.GRADE_CUE)}\s*:?\s*{_QUOTES}\s*{GRADE_WORD}", _I)
GRADE_BEFORE = regex.compile(rf"{_alt(cues.GRADE_CUE)}\s*:?\s*{_QUOTES}\s*{GRADE_WORD}{_QUOTES}\s*\(\s*$", _I)
GRADE_ONLY_BLOCKERS = regex.compile(_alt(cues.GRADE_ONLY_BLOCKERS), _I)
YEAR_ATTACHED = regex.compile(
    rf"\s*{_alt(cues.SCORE_UNIT)}?\s*\(\s*(?:ปี\s*(?:งบประมาณ)?|FY|in)?\s*(?:พ\.?\s?ศ\.?)?\s*"
    r"(?P<year>[0-9]{4})\s*\)", _I)
# "(EIT) ส่วนที่ ๑" is a part, "ส่วนที่" is also a label; these roles carry no value.
NOT_VALUES = {"label", "list"}
INHERIT_REACH = 40
CONTEXT_MAX = 120


@dataclass
class Statement:
    """One decided score of a sentence."""
    level: str                 # overall / tool / indicator
    value: float
    year: int | None
    grade: str | None
    tool: str | None
    part: int | None
    indicator: int | None
    start: int


@dataclass
class Unclear:
    value: float
    reason: str
    context: str


@dataclass
class SentenceReading:
    statements: list[Statement]
    unclear: list[Unclear]
    candidates: list[Candidate]


def read_sentence(text: str, year: int | None, report_year: int | None, context: str = "") -> SentenceReading:
    """The scores a sentence states. ``year`` is the heading's (or report's) year, ``context`` the
    short line above (a heading naming the subject of "ได้คะแนน …" lines)."""
    text = thai_to_arabic(text)
    context = thai_to_arabic(context) if len(context) <= CONTEXT_MAX and not UNIT_ANYWHERE.search(context) else ""
    found = candidates(text)
    years = year_mentions(text, report_year)
    has_strong = bool(OVERALL_STRONG.search(text) or OVERALL_STRONG.search(context))
    statements: list[Statement] = []
    unclear: list[Unclear] = []
    prev_value_end = 0
    prev_score: Candidate | None = None
    attached: set[int] = set()
    for c in found:
        _role(text, c, prev_value_end, prev_score, context, has_strong)
        if c.role in NOT_VALUES:
            continue
        prev_value_end = c.end
        if c.role in ("overall", "tool", "indicator"):
            prev_score = c
        else:
            prev_score = None if c.role not in ("subpart",) else c
    weighted = bool(WEIGHT_ANYWHERE.search(text))
    values = [c for c in found if c.role not in NOT_VALUES]
    for i, c in enumerate(values):
        if c.role not in SCORES:
            continue
        nxt = values[i + 1] if i + 1 < len(values) else None
        if nxt is not None and OUT_OF.fullmatch(text, c.end, nxt.start):
            nxt.role = "full_mark"  # "26.40 คะแนน จาก 30 คะแนน", "81.25/100"
        if nxt is not None and nxt.role == "full_mark" and abs(nxt.value - 100) > 0.005 \
                and nxt.start - c.end <= cues.HEAD_REACH + 12:
            c.role, c.reason = "weighted", f"points out of {nxt.value:g}"
        elif c.role == "tool" and weighted:
            c.role, c.reason = "weighted", "tool points in a sentence about weights"
    scores = [c for c in values if c.role in SCORES]
    for i, c in enumerate(values):
        if c.role in SCORES:
            nxt_start = next((s.start for s in scores if s.start > c.start), len(text))
            c.year = _year(text, c, years, attached, year)
            c.grade = _grade(text, c, nxt_start) if c.role == "overall" else None
            level, tool, part, number = c.subject
            statements.append(Statement(level, c.value, c.year, c.grade, tool, part, number, c.start))
        elif c.role == "unclear":
            lo, hi = max(0, c.start - 60), min(len(text), c.end + 30)
            unclear.append(Unclear(c.value, c.reason or "", text[lo:hi].strip()))
    return SentenceReading(statements, unclear, found)


SCORES = ("overall", "tool", "indicator")
OUT_OF = regex.compile(rf"\s*{_alt(cues.SCORE_UNIT)}?\s*{_alt(cues.OUT_OF)}\s*", _I)
WEIGHT_ANYWHERE = regex.compile(_alt(cues.DISTRACTOR_TAIL["weight"]), _I)
UNIT_ANYWHERE = regex.compile(rf"[0-9]\s*{_alt(cues.SCORE_UNIT)}", _I)


def _role(text: str, c: Candidate, prev_value_end: int, prev_score: Candidate | None, context: str,
          has_strong: bool) -> None:
    if c.value > 100:
        c.role = "out_of_range"
        return
    if c.shape:
        c.role = {"range": "band", "signed": "delta", "list": "list", "date": "date"}[c.shape]
        return
    seg_start = max(prev_value_end, c.start - cues.SUBJECT_REACH)
    before = text[seg_start:c.start]
    tail = before[-cues.TAIL_REACH:]
    after = text[c.end:c.end + cues.HEAD_REACH]
    masked = _masked(tail)  # "การใช้งบประมาณ" names indicator 2; it is no budget cue
    if SIGNED.search(tail):
        c.role = "delta"
        return
    for cat, pattern in TAIL.items():
        if pattern.search(masked):
            c.role = cat
            return
    for cat, pattern in HEAD.items():
        if pattern.search(after):
            c.role = cat
            return
    if not (UNIT.search(after) or SCORE_TAIL.search(tail)):
        c.role = "number"
        return
    subject, reason = _subject(before, c.start - seg_start, context if seg_start == 0 or not text[:seg_start].strip()
                               else "", has_strong)
    if subject is None and reason is None and prev_score is not None and (
            len(before) <= INHERIT_REACH or COMPARISON.search(before)):
        subject = prev_score.subject if prev_score.role != "subpart" else None
        if prev_score.role == "subpart":
            c.role, c.subject = "subpart", ()
            return
    if subject is None and not SCORE_WORDS.search(text):
        c.role = "number"
        return
    if subject is None:
        c.role, c.reason = "unclear", reason or "no subject (overall, tool or indicator) named"
        return
    if subject == ("subpart",):
        c.role = "subpart"
        return
    c.role, c.subject = subject[0], subject


def _masked(text: str) -> str:
    """Indicator and tool names blanked out (same length), so words inside them are no cues."""
    return _NAME_PATTERN.sub(lambda m: "_" * len(m.group()), text)


def _subject(segment: str, length: int, context: str, has_strong: bool):
    """(level, tool, part, indicator) of a segment, ("subpart",), or None with a reason."""
    for text in (segment, context):
        if not text:
            continue
        if SUBPART.search(text):
            return ("subpart",), None
        refs = ind.explicit_refs(text)
        names = ind.names_in(ind.without_tool_names(text))
        numbers = list(dict.fromkeys(refs)) if refs else list(names)
        if len(numbers) > 1:
            return None, f"several indicators named ({', '.join(map(str, numbers))})"
        if numbers:
            return ("indicator", ind.tool_of(numbers[0]), None, numbers[0]), None
        tools = set(ind.TOOL_CODE.findall(text))
        if not tools:
            named = ind.tool_in(text)
            tools = {named} if named else set()
        if len(tools) > 1:
            return None, f"several tools named ({', '.join(sorted(tools))})"
        if tools:
            tool = tools.pop()
            m = PART.search(text)
            part = int(m.group(1) or m.group(2)) if m and tool == "EIT" else None
            return ("tool", tool, part, None), None
        if text is segment and OVERALL_STRONG.search(text):
            return ("overall", None, None, None), None
    if OVERALL_WEAK.search(segment) and has_strong:
        return ("overall", None, None, None), None
    return None, None


def _year(text: str, c: Candidate, years: list[YearMention], attached: set[int], default: int | None) -> int | None:
    m = YEAR_ATTACHED.match(text, c.end)
    if m:
        for y in years:
            if y.start >= m.start("year") and y.end <= m.end():
                attached.add(y.start)
                return y.year
    for y in reversed(years):
        if y.end <= c.start and y.start not in attached and not _attached_to_earlier(text, y):
            return y.year
    return default


def _attached_to_earlier(text: str, y: YearMention) -> bool:
    """A year in parentheses right after an earlier number belongs to that number ("88.10 คะแนน (ปี 2566)")."""
    head = text[max(0, y.start - 40):y.start]
    return bool(regex.search(rf"[0-9]\s*{_alt(cues.SCORE_UNIT)}?\s*\(\s*(?:ปี\s*(?:งบประมาณ)?|FY|in)?\s*"
                             r"(?:พ\.?\s?ศ\.?)?\s*$", head, _I))


def _grade(text: str, c: Candidate, next_start: int) -> str | None:
    m = GRADE_BEFORE.search(text[max(0, c.start - 40):c.start])
    if m:
        return m.group("grade")
    m = GRADE_AFTER.search(text, c.end, min(next_start, c.end + cues.GRADE_REACH))
    return m.group("grade") if m else None


def grade_only(text: str, context: str = "") -> str | None:
    """The overall grade a sentence states with no number ("… ผลการประเมินอยู่ในระดับ ผ่านดี")."""
    text = thai_to_arabic(text)
    m = GRADE_AFTER.search(text)
    if not m or GRADE_ONLY_BLOCKERS.search(text) or not OVERALL_STRONG.search(text[:m.start()]):
        return None
    if any(c.role not in ("label", "list", "number", "date", "out_of_range") for c in _roles_of(text)):
        return None
    head = text[:m.start()]
    if SUBPART.search(head) or ind.explicit_refs(head) or ind.names_in(ind.without_tool_names(head)) \
            or ind.tool_in(head):
        return None
    grades = {g.group("grade") for g in GRADE_AFTER.finditer(text)}
    return m.group("grade") if len(grades) == 1 else None


def _roles_of(text: str) -> list[Candidate]:
    return read_sentence(text, None, None).candidates

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

from collections.abc import Callable
from dataclasses import dataclass

import regex

from extract.parse import indicators as ind
from extract.parse.linear import after_token, possessive_spaces
from extract.parse.subject import proper_name
from extract.parse.score_candidates import Candidate, YearMention, candidates, year_mentions
from normalize import patterns
from normalize.digits import thai_to_arabic
from schemas import score_cues as cues
from schemas.phrases import Phrase, reason
from schemas.bodies import ABBREVIATIONS, AGENCY_ABBREVIATIONS, BODY_TYPES
from schemas.ita import INDICATORS, LETTER_GRADES, OLD_THAI_LEVELS, THAI_LEVELS, TOOL_NAMES, Tool
from schemas.records import ScoreLevel
from schemas.rules import rules_for


def _alt(parts) -> str:
    return "(?:" + "|".join(parts) + ")"


_I = regex.IGNORECASE
_FILLERS = _alt(cues.TAIL_FILLERS)
_ABSORB = r"[^\s0-9]*"  # the rest of the cue's Thai word run
# "หน้า" (page) is not the end of "การปฏิบัติหน้าที่"; a conjunction glued before a label is no word of it
# ("และส่วนที่ 2")
_NOT_IN_WORD = {"label": rf"(?:(?<![ก-๙])|(?<={_alt(cues.LABEL_AFTER_WORDS)}))"}
TAIL = {cat: patterns.compile(_NOT_IN_WORD.get(cat, "") + _alt(parts) + (_ABSORB if cat in cues.ABSORBING else "") + rf"(?:\s*{_FILLERS})*\s*$", _I)
        for cat, parts in cues.DISTRACTOR_TAIL.items()}
# another score-shaped number right after a number, only spaces between
NUMBER_NEXT = patterns.compile(r"\s++[0-9]{1,3}\.[0-9]{1,2}(?![0-9])")
FULL_MARKS_SCORED = patterns.compile(_alt(cues.FULL_MARKS_SCORED) + rf"(?:\s*{_FILLERS})*\s*$", _I)
COUNTED_GROUP_MEAN = patterns.compile(_alt(cues.COUNTED_GROUP_MEAN) + _ABSORB + rf"(?:\s*{_FILLERS})*\s*$", _I)
NUMBERED_PARTY = patterns.compile(_alt(cues.NUMBERED_PARTY) + _ABSORB + rf"(?:\s*{_FILLERS})*\s*$", _I)
SIGNED = patterns.compile(cues.SIGNED)
ALL_OF_END = patterns.compile(rf"{_alt(cues.ALL_OF)}$", _I)  # matched on the words before a count, right-stripped
ITEMS_PASSED_END = patterns.compile(rf"{_alt(cues.ITEMS_PASSED_LEAD)}$", _I)  # the same, a count of items passed
ITEMS_UNIT = patterns.compile(rf"^\s*(?:{_alt(cues.ITEMS_UNIT)}|{_alt(cues.ITEMS_OF_ALL)})", _I)
FRACTION = patterns.compile(r"\.[0-9๐-๙]")
FRACTIONAL_HEAD = patterns.compile(possessive_spaces(rf"^\s*{_alt(cues.FRACTIONAL_HEAD)}"), _I)
HEAD = {cat: patterns.compile(possessive_spaces(rf"^\s*{_alt(parts)}"), _I) for cat, parts in cues.DISTRACTOR_HEAD.items()}
UNIT = patterns.compile(rf"^\s*{_alt(cues.SCORE_UNIT)}(?!\s*เต็ม)", _I)
SCALE_WITH_UNIT = patterns.compile(possessive_spaces(rf"\s*{_alt(cues.SCALE_WITH_UNIT)}"), _I)
SCORE_TAIL = patterns.compile(rf"{_alt(cues.SCORE_TAIL)}(?:\s*{_FILLERS})*\s*$", _I)
SCORE_NAMED_BEFORE = patterns.compile(rf"{_alt(cues.SCORE_NAMED_BEFORE)}\s*[:=]?\s*$", _I)
RESULT_VERB_TAIL = patterns.compile(rf"{_alt(cues.RESULT_VERB_TAIL)}(?:\s*{_FILLERS})*\s*$", _I)
OVERALL_STRONG = patterns.compile(_alt(cues.OVERALL_STRONG), _I)
OVERALL_WEAK = patterns.compile(_alt(cues.OVERALL_WEAK), _I)
SCORE_WORDS = patterns.compile(_alt(cues.SCORE_WORDS), _I)
COMPARISON = patterns.compile(_alt(cues.COMPARISON), _I)
NEW_SENTENCE = patterns.compile(_alt(cues.NEW_SENTENCE))
SHARE_OF_ASSESSMENT = patterns.compile(_alt(cues.SHARE_OF_ASSESSMENT), _I)
OTHER_EVALUATION = patterns.compile(_alt(cues.OTHER_EVALUATIONS), _I)
SEGMENT_DISTRACTOR = {cat: patterns.compile(_alt(parts), _I) for cat, parts in cues.SEGMENT_DISTRACTORS.items()}
ASSESSMENT_NAMED = patterns.compile(_alt(cues.ASSESSMENT_NAMED), _I)
_NAME_PATTERN = patterns.compile("|".join(regex.escape(n) for names in
                                       [[*(i.name, *i.variants)] for i in INDICATORS] + list(TOOL_NAMES.values())
                                       for n in sorted(names, key=len, reverse=True)))
# a whole number with its "." or ")" right before an indicator or tool name numbers that name
NUMBERED_NAME = patterns.compile(r"[.)]\s*(?:" + _NAME_PATTERN.pattern + ")")
SUBPART = patterns.compile(_alt(cues.SUBPART), _I)
ASPECT = patterns.compile(_alt(cues.ASPECT), _I)
PART = patterns.compile(_alt(cues.PART), _I)
_THAI_GRADES = sorted((*THAI_LEVELS, *OLD_THAI_LEVELS), key=len, reverse=True)
GRADE_WORD = (rf"(?P<grade>{'|'.join(_THAI_GRADES)}(?!สุด|ขึ้น|ลง|กว่า|เกณฑ์)"
              rf"|(?-i:{'|'.join(sorted(LETTER_GRADES, key=len, reverse=True))})(?![A-Za-z0-9]))")  # "d" is no grade; "A8" (a scan's AB?) none
_QUOTES = r"[\"'“”‘’]?"
GRADE_AFTER = patterns.compile(rf"{_alt(cues.GRADE_CUE)}\s*:?\s*{_QUOTES}\s*{GRADE_WORD}", _I)
GRADE_BEFORE = patterns.compile(rf"{_alt(cues.GRADE_CUE)}\s*:?\s*{_QUOTES}\s*{GRADE_WORD}{_QUOTES}\s*"
                             rf"{_alt(cues.GRADE_TO_SCORE)}\s*$", _I)
# "an AA rating with 96.20 points": the grade, the noun naming it a grade, then the score
GRADE_NAMED_BEFORE = patterns.compile(rf"{_QUOTES}{GRADE_WORD}{_QUOTES}\s*{_alt(cues.GRADE_NOUN)}\s*"
                                   rf"{_alt(cues.GRADE_NOUN_TO_SCORE)}\s*$", _I)
GRADE_NAMED_AFTER = patterns.compile(rf"{_alt(cues.GRADE_NOUN_AFTER_LEAD)}\s+(?:an?\s+|the\s+)?{_QUOTES}{GRADE_WORD}{_QUOTES}\s*"
                                  rf"{_alt(cues.GRADE_NOUN)}", _I)
GRADE_QUOTED = patterns.compile(after_token(rf"\s*{_alt(cues.SCORE_UNIT)}?\s*{cues.GRADE_QUOTE_OPEN}\s*{GRADE_WORD}\s*"
                                         rf"{cues.GRADE_QUOTE_CLOSE}"), _I)
GRADE_RESULT_QUOTED = patterns.compile(after_token(
    rf"\s*{_alt(cues.SCORE_UNIT)}?\s*{_alt(cues.GRADE_RESULT_WORD)}\s*:?\s*"
    rf"{cues.GRADE_QUOTE_OPEN}\s*{GRADE_WORD}\s*{cues.GRADE_QUOTE_CLOSE}"), _I)
# ... or with no quotes, the level alone as a word ('ได้คะแนน 87.25 ผลการประเมิน ผ่าน', 'คะแนนรวม 90.35/100
# ผ่านดี'): only a level of the score's year, as the quoted one
GRADE_RESULT_BARE = patterns.compile(after_token(
    rf"\s*{_alt(cues.SCORE_UNIT)}?\s*{_alt(cues.GRADE_OUT_OF)}?\s*(?:{_alt(cues.GRADE_RESULT_WORD)}\s*:?\s*)?"
    rf"{GRADE_WORD}(?![ก-๙A-Za-z0-9]|\.[A-Za-z])"), _I)
GRADE_RESULT_VERB = patterns.compile(_alt(cues.GRADE_RESULT_VERB), _I)
# the body's own grade stated by such a verb earlier in the sentence: 'has been rated "AA" in the ITA for
# fiscal year 2024, with a total score of 96.13'
GRADE_BY_VERB = patterns.compile(rf"{_alt(cues.GRADE_RESULT_VERB)}\s*:?\s*{_QUOTES}\s*{GRADE_WORD}", _I)
GRADE_ONLY_BLOCKERS = patterns.compile(_alt(cues.GRADE_ONLY_BLOCKERS), _I)
# a grade given by a verb right before the score ("ได้ระดับ AA (96.52 คะแนน)"): a score verb before the number
GRADE_VERB_END = patterns.compile(rf"{_alt(cues.GRADE_VERB_LEAD)}\s*{_alt(cues.GRADE_CUE)}\s*:?\s*{_QUOTES}\s*{GRADE_WORD}"
                                  rf"{_QUOTES}\s*{_alt(cues.GRADE_TO_SCORE)}\s*$", _I)
YEAR_ATTACHED = patterns.compile(after_token(
    rf"\s*{_alt(cues.SCORE_UNIT)}?\s*(?:\(\s*(?:ปี\s*(?:งบประมาณ)?|FY|in)?\s*(?:พ\.?\s?ศ\.?)?\s*"
    rf"(?P<year>[0-9]{{4}})\s*\)|{_alt(cues.YEAR_AFTER)}\s*(?:พ\.?\s?ศ\.?)?\s*(?P<year>[0-9]{{4}})(?![0-9]))"), _I)
RELATIVE_YEAR_ATTACHED = patterns.compile(after_token(rf"\s*{_alt(cues.SCORE_UNIT)}?\s*{_alt(cues.RELATIVE_YEAR_AFTER)}"), _I)
INDICATOR_REF_EN = patterns.compile(cues.INDICATOR_REF_EN, _I)
BRACKET_OPEN, BRACKET_CLOSE = (patterns.compile(p, _I) for p in cues.BRACKETED)
_NAMES_EN = [(patterns.compile(r"\b" + regex.escape(n).replace(r"\ ", r"\s+") + r"\b", _I), number)
             for number, names in cues.INDICATOR_NAMES_EN.items() for n in names]
WEAK_VERB_END = patterns.compile(rf"{_alt(cues.WEAK_VERB_END)}(?:\s*{_alt(cues.WEAK_VERB_ADVERBS)})?\s*$", _I)
# a score label right before the number ("คะแนนที่ได้ : 89.34")
OVERALL_WEAK_END = patterns.compile(rf"{_alt(cues.OVERALL_WEAK)}\s*[:：=]?\s*$", _I)
ITA_NAME = patterns.compile(_alt(cues.ITA_NAME), _I)
BODY_REFERENCE = patterns.compile(_alt((*cues.BODY_REFERENCE,
                                     *(regex.escape(t) for t, _, _ in BODY_TYPES),
                                     *(r"(?<![ก-๙])" + regex.escape(a) for a, _ in ABBREVIATIONS),
                                     *(r"(?<![ก-๙])" + regex.escape(a) for a, _ in AGENCY_ABBREVIATIONS))), _I)
PREVIOUS_YEAR = patterns.compile(_alt(cues.PREVIOUS_YEAR), _I)
DELTA_FROM_YEAR = patterns.compile(cues.DELTA_FROM_YEAR + r"\s*\(\s*$", _I)
MEAN_OF_PARTS = patterns.compile(_alt(cues.SEGMENT_DISTRACTORS["mean_of_parts"]), _I)
# a change to the number right before it ("เพิ่มขึ้นเป็น", "ลดลงเหลือ", "rose to"): a "จาก"/"from" after it names the
# score it came from, not a scale
CHANGED_TO = patterns.compile(rf"{_alt(cues.PAIR_CHANGE)}\s*{_alt(cues.PAIR_TO)}\s*$", _I)
COMPARED_STATED = patterns.compile(_alt(cues.COMPARED_STATED), _I)
PAIR_EARLIER_LEAD = patterns.compile(rf"{_alt(cues.PREVIOUS_YEAR)}{cues.PAIR_EARLIER_LINK}", _I)
PAIR_CHANGE_WORD = patterns.compile(_alt(cues.PAIR_CHANGE), _I)
EARLIER_STATE = patterns.compile(_alt(cues.EARLIER_STATE), _I)
_YEAR_PHRASE = (r"(?:\(\s*)?(?:ใน|in|of)?\s*(?:the\s+)?(?:ปี\s*(?:งบ\s*ประมาณ)?\s*(?:พ\.?\s?ศ\.?)?\s*[0-9]{4}|"
                r"(?:FY|fiscal\s+year)?\s*[0-9]{4}|" + _alt(cues.PREVIOUS_YEAR) + "|" + _alt(cues.EARLIER_STATE)
                # the later value's year named as the report's own ("ปีก่อน 94.20 → ปีนี้ 96.50")
                + "|" + _alt(cues.THIS_YEAR) + r")\s*\)?")
PAIR_FROM = patterns.compile(rf"{_alt(cues.PAIR_FROM)}\s*(?:{_YEAR_PHRASE}\s*)?(?:ที่|ซึ่ง|which|when)?\s*"
                          rf"(?:ได้(?:รับ)?)?\s*(?:คะแนน)?\s*(?:ร้อยละ)?\s*\(?\s*$", _I)  # X may be bracketed: "จากปีก่อน (95.00)"
PAIR_BETWEEN = patterns.compile(after_token(
    rf"\s*{_alt(cues.SCORE_UNIT)}?\s*\)?\s*(?:{_YEAR_PHRASE}\s*)?,?\s*(?:{_alt(cues.PAIR_CHANGE)}\s*)?"
    rf"{_alt(cues.PAIR_TO)}\s*(?:{_YEAR_PHRASE}\s*)?(?:ที่|ได้|at)?\s*"), _I)
PAIR_ARROW = patterns.compile(_alt(cues.PAIR_ARROW))
_PAIR_TO = patterns.compile(_alt(cues.PAIR_TO), _I)
# a change from a year to the number right after ("ลดลงจากปีก่อนเหลือ 87.50", "ขยับขึ้นจากปี 2567 มาเป็น 91.20")
FROM_YEAR_TO = patterns.compile(rf"{_alt(cues.PAIR_FROM)}\s*{_YEAR_PHRASE}\s*(?:{_alt(cues.PAIR_CHANGE)}\s*)?{_alt(cues.PAIR_TO)}\s*"
                                rf"(?:ที่|at)?\s*(?:คะแนน|a\s+score\s+of)?\s*(?:ร้อยละ)?\s*$", _I)
# a year (its unit before it) right after a pair's second number: "… มาเป็น 91.20 คะแนน ในปี 2567"
_YEAR_AFTER = patterns.compile(after_token(rf"\s*{_alt(cues.SCORE_UNIT)}?\s*{_YEAR_PHRASE}"), _I)
# a number, its unit and an opening bracket, before a year ("88.10 คะแนน (ปี 2566")
_YEAR_BRACKET_OPENS = patterns.compile(rf"[0-9]\s*{_alt(cues.SCORE_UNIT)}?\s*\(\s*(?:ปี\s*(?:งบประมาณ)?|FY|in)?\s*"
                                       r"(?:พ\.?\s?ศ\.?)?\s*$", _I)
_DIGIT_RUN = patterns.compile(r"[0-9]+")
_YEAR_REF = (rf"(?:{_alt(cues.PREVIOUS_YEAR)}|ปี\s*(?:งบ\s*ประมาณ)?\s*(?:พ\.?\s?ศ\.?)?\s*[0-9]{{4}}"
             rf"|(?:the\s+)?(?:fiscal\s+year|FY|year)?\s*[0-9]{{4}})")
# an earlier year's result named before its number: comparative, year, link ("สูงกว่าปีที่ผ่านมาที่ได้")
EARLIER_BEFORE = patterns.compile(rf"{_alt(cues.EARLIER_COMPARATIVE)}\s*(?:ใน|of|in|for)?\s*{_YEAR_REF}\s*"
                               rf"{_alt(cues.EARLIER_LINK)}\s*$", _I)
FROM_EARLIER = patterns.compile(rf"{_alt(cues.FROM_EARLIER)}\s*(?:คะแนน|a\s+score\s+of|an?\s+)?\s*(?:ร้อยละ)?\s*$", _I)
# ... and the year right after the number ("up from 79.20 in 2022", "จาก 80.15 คะแนนในปี 2565")
EARLIER_AFTER = patterns.compile(after_token(rf"\s*{_alt(cues.SCORE_UNIT)}?\s*(?:\(\s*)?(?:ใน|เมื่อ|ของ|in|for|during)?\s*"
                                          rf"{_YEAR_REF}"), _I)
# "(EIT) ส่วนที่ ๑" is a part, "ส่วนที่" is also a label; these roles carry no value.
NOT_VALUES = {"label", "list", "year"}
CLAUSE_FILLERS = patterns.compile(_alt(cues.CLAUSE_FILLERS), _I)
# Words that bring in another subject (a mean, respondents, money …) between a score and an earlier
# year's result that would otherwise be that score's.
OTHER_SUBJECT = patterns.compile(_alt([p for cat in cues.OTHER_SUBJECT for p in cues.DISTRACTOR_TAIL[cat]]), _I)
# A line that is only a subject's label and one score, a score table's row laid out as text
# ("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ๘๕.๗๐", "(๗) ประสิทธิภาพการสื่อสาร ๘๖.๙๐", "OIT 89.60"): the
# number is the score without a unit. Only a number with decimals: a whole number after a label may be
# a count, a weight or a page.
# a row's numbering, after the tool the row is under when its cell shares the line ("IIT 1. การปฏิบัติหน้าที่")
LABEL_NUMBERING = patterns.compile(r"^\s*(?:(?:(?:แบบ\s*(?:วัด|ตรวจ)|เครื่องมือ)\s*)?(?:IIT|EIT|OIT)\s+(?=[0-9(]))?"
                                   r"(?:\(\s*[0-9]{1,2}\s*\)|[0-9]{1,2}(?:\.[0-9]{1,2})*\s*[.)]?(?=\s|[^0-9.]))?\s*")
LABEL_GLUE = patterns.compile(r"[\s:：\-–=()\[\]]+")
LABEL_ROW_END = patterns.compile(r"\s*$")
INHERIT_REACH = 40
CONTEXT_MAX = 120


# A "sentence" with more digits than this is a run of numbers (a flattened table, a data dump), not a
# statement of scores in prose; reading every number's context on it only costs time.
MAX_SENTENCE_DIGITS = 2000


@dataclass
class Statement:
    """One decided score of a sentence."""
    level: ScoreLevel
    value: float
    year: int | None
    grade: str | None
    tool: Tool | None
    part: int | None
    indicator: int | None
    start: int


@dataclass
class Unclear:
    value: float
    reason: str | Phrase
    context: str
    start: int = 0


@dataclass
class SentenceReading:
    statements: list[Statement]
    unclear: list[Unclear]
    candidates: list[Candidate]


# (text, start, end) → the body other than the report's subject named last in text[start:end], or None
OtherBody = Callable[[str, int, int], "str | None"]


def read_sentence(text: str, year: int | None, report_year: int | None, context: str = "",
                  ita_context: bool = False, other_body: OtherBody | None = None) -> SentenceReading:
    """The scores a sentence states. ``year`` is the heading's (or report's) year, ``context`` the
    short line above (a heading naming the subject of "ได้คะแนน …" lines); ``ita_context`` says the
    lines just above announce the document's ITA result (a bare "… ได้คะแนน N คะแนน" about a body
    under them is the overall score)."""
    if sum(ch.isdigit() for ch in text) > MAX_SENTENCE_DIGITS:
        return SentenceReading([], [], [])  # a dump of numbers, not prose: tables are read as tables
    text = thai_to_arabic(text)
    context = thai_to_arabic(context)
    if len(context) > CONTEXT_MAX or UNIT_ANYWHERE.search(context) or SCORE_SHAPED.search(context):
        context = ""
    found = candidates(text)
    asides = {m.start("number") for m in BRACKET_ASIDE.finditer(text)} if "(" in text else set()
    for c in found:
        if c.start in asides and not c.shape:
            c.shape = "aside"
    years = year_mentions(text, report_year, year)
    has_strong = bool(OVERALL_STRONG.search(text) or OVERALL_STRONG.search(context))
    statements: list[Statement] = []
    unclear: list[Unclear] = []
    prev_value_end = 0
    prev_score: Candidate | None = None
    last_score: Candidate | None = None  # the sentence's last score, other values since or not
    attached: set[int] = set()
    prev_value: Candidate | None = None
    changed: list[tuple[int, int]] = []  # the words of changes by an amount blanked for the level after them
    for c in found:
        plain = _without_delta(text, prev_value, c)
        if plain is not text:  # a year in the change's words is the change's ("ลดลงจากปีก่อน 3.80 มาอยู่ที่ 91.20")
            lo = next(i for i, (a, b) in enumerate(zip(text, plain)) if a != b)
            hi = len(text) - next(i for i, (a, b) in enumerate(zip(reversed(text), reversed(plain))) if a != b)
            changed.append((lo, hi))
        _role(plain, c, prev_value.seg_start if plain is not text and prev_value else prev_value_end, prev_score,
              context, has_strong, ita_context, last_score)
        if other_body is not None and c.role in SCORES:
            body = other_body(text, c.seg_start, c.start)
            if body:  # "ในภาพรวมของกระทรวงสาธารณสุข ได้คะแนน 93.50" in a hospital's report
                c.role, c.reason, c.subject = "unclear", reason("other_body", body=body), ()
        if c.role in NOT_VALUES:
            continue
        prev_value_end = c.end
        prev_value = c
        if c.role in ("overall", "tool", "indicator"):
            prev_score = last_score = c
        else:
            prev_score = None if c.role not in ("subpart",) else c
    values = [c for c in found if c.role not in NOT_VALUES]
    for a, b in zip(values, values[1:]):  # "ลำดับที่ 5 จาก 38 …", "ranked 3rd of 120": the total of a rank
        if a.role == "rank" and b.role in ("unclear", "number") and OUT_OF.fullmatch(text, a.end, b.start):
            b.role, b.subject = "rank", ()
    pair_years = _comparisons(text, values, years, year)
    _after_threshold(text, values)
    if RESPECTIVELY.search(text):
        pair_years.update(_respectively(text, values, years))
    _listed_without_subjects(text, values, pair_years)
    # (a weight in an aside bracket is the label's, "OIT (น้ำหนัก 40%) : 98.75": no sentence about weights)
    weighted = bool(WEIGHT_ANYWHERE.search(BRACKET_ASIDE.sub(" ", text)))
    for i, c in enumerate(values):
        if c.role not in SCORES:
            continue
        nxt = values[i + 1] if i + 1 < len(values) else None
        # (not a smaller number: "เพิ่มขึ้นเป็น 93.45 คะแนน จาก 90.00 คะแนนในปี 2567" states where the score came from)
        # (nor after a change to the score: "ลดลงเหลือ 88.75 คะแนน จาก 94.50 คะแนน")
        if nxt is not None and nxt.value >= c.value and OUT_OF.fullmatch(text, c.end, nxt.start) \
                and not CHANGED_TO.search(text, max(0, c.start - cues.TAIL_REACH), c.start):
            nxt.role = "full_mark"  # "26.40 คะแนน จาก 30 คะแนน", "81.25/100"
        if nxt is not None and nxt.role == "full_mark" and abs(nxt.value - 100) > 0.005 \
                and nxt.start - c.end <= cues.HEAD_REACH + 12:
            c.role, c.reason = "weighted", f"points out of {nxt.value:g}"
        elif c.role == "tool" and weighted:
            c.role, c.reason = "weighted", "tool points in a sentence about weights"
    scores = [c for c in values if c.role in SCORES]
    claimed: list[tuple[int, int]] = []
    prev_end = 0
    for i, c in enumerate(values):
        if c.role in SCORES:
            nxt_start = next((s.start for s in scores if s.start > c.start), len(text))
            head_years = [y.year for y in years if c.reason == HEAD_NAMED and not y.relative
                          and c.end <= y.start < c.end + HEAD_SUBJECT_REACH]
            earlier = _earlier_years(text, c, years) if id(c) not in pair_years else None
            if earlier == []:
                c.role, c.reason, c.subject = "unclear", reason("comparison_year"), ()
                lo, hi = max(0, c.start - 60), min(len(text), c.end + 30)
                unclear.append(Unclear(c.value, c.reason, text[lo:hi].strip(), c.start))
                prev_end = c.end
                continue
            c.year = pair_years[id(c)] if id(c) in pair_years else earlier[0] if earlier else (
                head_years[0] if head_years else _year(text, c, [y for y in years if not any(a <= y.start < b for a, b in changed)],
                                                 attached, year))
            c.grade = _grade(text, c, prev_end, nxt_start, claimed) if c.role == "overall" else None
            level, tool, part, number = c.subject
            statements.append(Statement(level, c.value, c.year, c.grade, tool, part, number, c.start))
        elif c.role == "unclear":
            lo, hi = max(0, c.start - 60), min(len(text), c.end + 30)
            unclear.append(Unclear(c.value, c.reason or "", text[lo:hi].strip(), c.start))
        prev_end = c.end
    statements = _one_overall_per_year(text, statements, unclear)
    return SentenceReading(statements, unclear, found)


_LISTED_YEAR = (rf"\s*(?:{_alt(cues.SCORE_UNIT)})?\s*(?:{_alt(cues.YEAR_AFTER)}\s*(?:พ\.?\s?ศ\.?)?\s*[0-9]{{4}}(?![0-9])|"
                rf"(?:ใน|เมื่อ|ของ|in|for|during)?\s*(?:{_alt(cues.THIS_YEAR)}|{_alt(cues.PREVIOUS_YEAR)}))")
LISTED_YEAR = patterns.compile(after_token(_LISTED_YEAR), _I)
YEAR_LIST_JOIN = patterns.compile(after_token(rf"{_LISTED_YEAR}\s*,?\s*{_alt(cues.YEAR_LIST_JOINERS)}\s*"), _I)
# (the amount may be bracketed: "ลดลงจากปีก่อน (3.80) มาอยู่ที่ 91.20")
DELTA_TO = patterns.compile(after_token(rf"\s*(?:{_alt(cues.SCORE_UNIT)})?\s*\)?\s*,?\s*{_alt(cues.DELTA_TO)}\s*"), _I)
DELTA_WORDS = patterns.compile(_alt(cues.DISTRACTOR_TAIL["delta"]), _I)
UNIT_AFTER_DELTA = patterns.compile(after_token(rf"\s*(?:{_alt(cues.SCORE_UNIT)})?\s*\)?"), _I)


def _without_delta(text: str, prev: Candidate | None, c: Candidate) -> str:
    """``text`` with a change by an amount blanked out (its words, the amount and its unit) when ``c`` is the
    level the change came to (cues.DELTA_TO: "คะแนน ITA เพิ่มขึ้น 2.35 คะแนน เป็น 92.10", "the ITA score rose
    by 2.35 points to 92.10"): ``c`` is read as "คะแนน ITA เป็น 92.10", its subject the one named before the
    change. Same length, so every position stays. Else ``text`` itself."""
    if prev is None or prev.role != "delta":
        return text
    m = DELTA_TO.match(text, prev.end, c.start)
    if m is None or m.end() != c.start:
        return text
    # the change's words end right before the amount (a year named in them: "ลดลงจากปีก่อน 3.80 มาอยู่ที่ 91.20")
    cue = TAIL["delta"].search(_masked(text[prev.seg_start:prev.start]))
    if cue is None:
        return text
    cue_start = prev.seg_start + cue.start()
    unit = UNIT_AFTER_DELTA.match(text, prev.end)
    unit_end = unit.end() if unit else prev.end
    return text[:cue_start] + " " * (unit_end - cue_start) + text[unit_end:]


THRESHOLD_THEN_SCORE = patterns.compile(after_token(_alt(cues.THRESHOLD_THEN_SCORE)), _I)


def _after_threshold(text: str, values: list[Candidate]) -> None:
    """A score with no subject of its own right after a threshold of a named subject, joined by a score verb
    (cues.THRESHOLD_THEN_SCORE: "OIT ผ่านเกณฑ์ 85 คะแนน ได้ 93.02"): the score is that subject's."""
    for a, b in zip(values, values[1:]):
        # (a score verb alone between, "scored", may have read as the overall result: the subject is the threshold's)
        if a.role != "threshold" or b.role not in ("unclear", "overall") or not THRESHOLD_THEN_SCORE.fullmatch(text, a.end, b.start):
            continue
        subject = _subject(text[a.seg_start:a.start], 0, "", False)[0]
        if subject and subject != ("subpart",):
            b.role, b.subject, b.reason = subject[0], subject, None


LIST_JOINER = patterns.compile(_alt(cues.LIST_JOINERS), _I)


def _listed_without_subjects(text: str, values: list[Candidate], paired: dict[int, int | None]) -> None:
    """A score followed by more values listed after it, none with a subject or a year of its own ("the ITA scores
    were 87.10, 89.85 and 91.30", no "respectively"): the first is one of a list whose members' years or subjects are
    not stated, not the result the words before name; left out as unclear with the others (reason listed_values)."""
    for a, b in zip(values, values[1:]):
        if a.role in SCORES and id(a) not in paired and b.role in ("number", "unclear") \
                and LIST_GAP.fullmatch(text, a.end, b.start) and LIST_JOINER.search(text, a.end, b.start):
            a.role, a.reason, a.subject = "unclear", reason("listed_values"), ()
            if b.role == "number":
                b.role, b.reason = "unclear", reason("listed_values")


RESPECTIVELY = patterns.compile(_alt(cues.RESPECTIVELY), _I)
LIST_GAP = patterns.compile(rf"\s*(?:{_alt(cues.SCORE_UNIT)})?\s*(?:{_alt(cues.LIST_JOINERS)})?\s*", _I)


def _respectively(text: str, values: list[Candidate], years: list[YearMention]) -> dict[int, int | None]:
    """Scores listed right before "ตามลำดับ" / "respectively" take the subjects listed before them, in order
    (cues.RESPECTIVELY): tool codes or indicator references, one kind, as many as the scores, each once.
    Or the years listed before them ("ผลคะแนน ITA ปี 2566 และ 2567 เท่ากับ 90.25 และ 94.10 ตามลำดับ", "The ITA
    scores for 2023 and 2024 were 90.25 and 94.10 respectively"): each is the result the words before the
    years name, of its year. Returns the year of each such score."""
    m = RESPECTIVELY.search(text)
    if m is None:
        return {}
    before = [v for v in values if v.end <= m.start()]
    listed: list[Candidate] = []
    end = m.start()
    for c in reversed(before):
        if not LIST_GAP.fullmatch(text, c.end, end):
            break
        listed.insert(0, c)
        end = c.start
    if len(listed) < 2 or any(c.role not in (*SCORES, "unclear", "number") for c in listed):
        return {}
    earlier = before[:len(before) - len(listed)]
    head_start = earlier[-1].end if earlier else 0
    head = text[head_start:listed[0].start]
    tools, refs = ind.TOOL_CODE.findall(head), ind.explicit_refs(head)
    listed_years = [y for y in years if head_start <= y.start < listed[0].start]
    # (one tool or indicator named with the years is the subject of all: "คะแนน OIT ปี 2566 และ 2567 …")
    if len(set(tools)) + len(refs) <= 1 and len(listed_years) == len(listed) and not any(y.relative for y in listed_years) \
            and len({y.year for y in listed_years}) == len(listed) and all(c.role in (*SCORES, "number") for c in listed):
        subject = _subject(text[head_start:listed_years[0].start], 0, "", False)[0]
        if not subject or subject[0] not in ("overall", "tool", "indicator"):
            return {}
        for c, y in zip(listed, listed_years):
            c.role, c.subject, c.reason = subject[0], subject, None
        return {id(c): y.year for c, y in zip(listed, listed_years)}
    subjects: list[tuple] = ([("tool", t, None, None) for t in tools] if tools and not refs else
                             [("indicator", ind.tool_of(n), None, n) for n in refs] if refs and not tools else [])
    if len(subjects) != len(listed) or len(set(subjects)) != len(subjects):
        return {}
    for c, subject in zip(listed, subjects):
        c.role, c.subject, c.reason = subject[0], subject, None
    return {}


def _one_overall_per_year(text: str, statements: list[Statement], unclear: list[Unclear]) -> list[Statement]:
    """One sentence stating two different overall scores of one year states the results of several
    bodies ("the Ministry of Finance scored 96.10 (AA), while the Ministry of Commerce scored 92.33 (A)"):
    which is the document's own is unclear, so neither is kept (each is reported in ``unclear``)."""
    values: dict[int | None, set[float]] = {}
    for st in statements:
        if st.level == "overall":
            values.setdefault(st.year, set()).add(st.value)
    clash = {year for year, found in values.items() if len(found) > 1}
    if not clash:
        return statements
    for st in statements:
        if st.level == "overall" and st.year in clash:
            lo, hi = max(0, st.start - 60), min(len(text), st.start + 30)
            unclear.append(Unclear(st.value, reason("several_overall"), text[lo:hi].strip(), st.start))
    unclear.sort(key=lambda u: u.start)
    return [st for st in statements if not (st.level == "overall" and st.year in clash)]


# A line that opens with a score and its unit ("๘๒.๔๐ คะแนน อยู่ในระดับ B", "(60.12 points)"): in a PDF,
# often the rest of a sentence wrapped from the line above, which names what the score is of.
OPENS_WITH_SCORE = patterns.compile(possessive_spaces(
    rf"^\s*\(?\s*[0-9๐-๙]{{1,3}}(?:[.,][0-9๐-๙]{{1,2}})?\s*{_alt(cues.SCORE_UNIT)}"), _I)


# A line that opens with a word joining it to the sentence above ("ซึ่งเพิ่มขึ้นจากปี 2565 ที่ได้ …").
CONTINUES = patterns.compile(rf"^\s*{_alt(cues.CONTINUES_SENTENCE)}", _I)
ASIDE_LINE = patterns.compile(r"\s*\([^()]*\)\s*")


def read_wrapped(previous: str, text: str, year: int | None, report_year: int | None,
                 ita_context: bool = False, other_body: OtherBody | None = None) -> SentenceReading | None:
    """The scores of ``text`` read as the end of a sentence begun on the line above, when ``text``
    opens with a score (OPENS_WITH_SCORE) or a joining word (CONTINUES): only those stated on ``text`` itself, or None when the
    joined sentence states none there (or ``text`` does not open so)."""
    opens_with_score = bool(OPENS_WITH_SCORE.match(thai_to_arabic(text)))
    # a line that is one bracketed aside ("(ปีงบประมาณ พ.ศ. 2567 ได้ 81.20 คะแนน)") says more of the sentence above,
    # as it would on the same line
    aside = bool(ASIDE_LINE.fullmatch(text))
    if not previous.strip() or not (opens_with_score or aside or CONTINUES.match(text)):
        return None
    offset = len(previous) + 1
    joined = read_sentence(f"{previous} {text}", year, report_year, "", ita_context, other_body)
    plain = thai_to_arabic(text)
    # after a joining word only a comparison with the sentence above is read ("ซึ่งเพิ่มขึ้นจากปี 2565
    # ที่ได้ …"): a new clause naming its own body ("โดยสำนักงาน… ได้คะแนน …") is not about the subject above
    statements = [st for st in joined.statements if st.start >= offset
                  and (opens_with_score or aside or COMPARISON.search(plain, 0, st.start - offset))]
    if not statements:
        return None
    return SentenceReading(statements, [u for u in joined.unclear if u.start >= offset], [])


def _comparisons(text: str, values: list[Candidate], years: list[YearMention],
                 default: int | None) -> dict[int, int | None]:
    """Two-year comparisons in one clause ("IIT เพิ่มจาก X ในปีก่อน มาเป็น Y", "from X to Y"): Y takes
    X's subject; X gets the earlier year (printed in the pair, else the year before ``default`` when
    the pair or the sentence says "ปีก่อน"/"เดิม"/"previous year"), Y the later one. An X whose
    earlier year is not stated is left out as unclear. Returns the year of each paired value."""
    out: dict[int, int | None] = {}
    relative_in_sentence = bool(PREVIOUS_YEAR.search(text))
    chained = _chained_years(text, values, years) if PAIR_ARROW.search(text) else {}
    prev_end = 0
    for i, x in enumerate(values[:-1]):
        y = values[i + 1]
        tail = text[max(prev_end, x.start - cues.TAIL_REACH):x.start]
        prev_end = x.end
        m_from = PAIR_FROM.search(tail)
        m_between = PAIR_BETWEEN.fullmatch(text, x.end, y.start)
        arrow = bool(m_between) and bool(PAIR_ARROW.search(text, x.end, y.start))
        # "ปีงบประมาณก่อน 88.50 ปรับขึ้นเป็น 91.75": the year before right before X, a change word to Y
        earlier_led = bool(m_between) and not m_from and bool(PAIR_EARLIER_LEAD.search(tail)) \
            and bool(PAIR_CHANGE_WORD.search(text, x.end, y.start))
        if not (m_between and (m_from or arrow or earlier_led)) or x.role not in (*SCORES, "unclear", "number") \
                or y.role not in (*SCORES, "unclear", "number") or (id(x) in out and id(x) not in chained):
            continue
        if id(x) in chained:
            # years chained before the values: each value is its year's ("ปี 2565 → ปี 2566 : 88.10 → 91.25"),
            # or, the chains of other lengths, unclear
            subject = x.subject if x.role in SCORES else (y.subject if y.role in SCORES else
                                                          _subject(text[x.seg_start:x.start], 0, "", False)[0])
            for c in (x, y):
                if subject and subject != ("subpart",) and chained[id(c)] is not None:
                    c.role, c.subject, c.reason = subject[0], subject, None
                    out[id(c)] = chained[id(c)]
                else:
                    c.role, c.reason, c.subject = "unclear", reason("comparison_year"), ()
            continue
        subject = x.subject if x.role in SCORES else (y.subject if y.role in SCORES else
                                                      _subject(text[x.seg_start:x.start], 0, "", False)[0])
        if not subject or subject == ("subpart",):
            continue
        span_lo, span_hi = x.start - (len(m_from.group()) if m_from else 0), y.start
        to_at = _to_position(text, x.end, y.start)
        stated = [ym for ym in years if span_lo <= ym.start < to_at and not ym.relative]
        later = [ym for ym in years if to_at <= ym.start < y.start + 1 and not ym.relative]
        after = _YEAR_AFTER.match(text[y.end:y.end + 30])
        if not later and after:
            later = [ym for ym in years if y.end <= ym.start < y.end + after.end() and not ym.relative]
        earlier_word = bool(EARLIER_STATE.search(text, span_lo, to_at) or PREVIOUS_YEAR.search(text, span_lo, to_at))
        if stated:
            x_year = stated[-1].year
        elif default is not None and (earlier_word or relative_in_sentence):
            x_year = (later[0].year if later else default) - 1
        else:
            x.role, x.reason = "unclear", reason("comparison_year")
            x.subject = ()
            x_year = None
        printed_before = [ym.year for ym in years if x.seg_start <= ym.start < span_lo and not ym.relative]
        if not later and printed_before and printed_before[-1] != default:
            # "ปี 2565 : 88.10 → 91.25" in a 2567 report: 91.25 may be 2566's as well as 2567's
            y.role, y.reason, y.subject = "unclear", reason("comparison_later_year"), ()
        else:
            y.role, y.subject = subject[0], subject
            out[id(y)] = later[0].year if later else default
        if x.role != "unclear":
            x.role, x.subject = subject[0], subject
            out[id(x)] = x_year
    return out


YEAR_CHAIN_JOIN = patterns.compile(after_token(_alt(cues.YEAR_CHAIN_JOIN)), _I)  # fullmatched after a year's digits
VALUE_CHAIN_JOIN = patterns.compile(after_token(_alt(cues.VALUE_CHAIN_JOIN)), _I)  # ... after a number


def _chained_years(text: str, values: list[Candidate], years: list[YearMention]) -> dict[int, int | None]:
    """Values chained by arrows after years chained by arrows in the words before them (cues.YEAR_CHAIN_JOIN,
    VALUE_CHAIN_JOIN): the year of each value (id → year), in order; None for each value of a chain whose
    years are of another number."""
    out: dict[int, int | None] = {}
    printed = [y for y in years if not y.relative]
    i = 0
    while i < len(values) - 1:
        chain = [values[i]]
        while len(chain) < len(values) - i and VALUE_CHAIN_JOIN.fullmatch(text, chain[-1].end, values[i + len(chain)].start):
            chain.append(values[i + len(chain)])
        if len(chain) < 2:
            i += 1
            continue
        lo = values[i - 1].end if i else 0
        before = [y for y in printed if lo <= y.start and y.end <= chain[0].start]
        run: list[YearMention] = []
        for y in before:  # the last chain of years before the values
            run = [*run, y] if run and YEAR_CHAIN_JOIN.fullmatch(text, run[-1].end, y.start) else [y]
        if len(run) >= 2:
            for n, c in enumerate(chain):
                out[id(c)] = run[n].year if len(run) == len(chain) else None
        i += len(chain)
    return out


def _earlier_years(text: str, c: Candidate, years: list[YearMention]) -> list[int] | None:
    """None when ``c`` is not stated as an earlier year's result (EARLIER_BEFORE / FROM_EARLIER);
    else the year it is stated for, first ([] when no year is stated)."""
    lo = max(0, c.start - cues.TAIL_REACH - 30)
    m = EARLIER_BEFORE.search(text, lo, c.start)
    if m:
        return [y.year for y in years if m.start() <= y.start < c.start][:1]
    if not FROM_EARLIER.search(text, lo, c.start):
        return None
    after = EARLIER_AFTER.match(text, c.end)
    return [y.year for y in years if c.end <= y.start < after.end()][:1] if after else []


def _to_position(text: str, lo: int, hi: int) -> int:
    m = None
    for m in _PAIR_TO.finditer(text[lo:hi]):
        pass
    return lo + m.start() if m else hi


SCORES = ("overall", "tool", "indicator")
OUT_OF = patterns.compile(after_token(rf"\s*{_alt(cues.SCORE_UNIT)}?\s*{_alt(cues.OUT_OF)}\s*"), _I)
WEIGHT_ANYWHERE = patterns.compile(_alt(cues.DISTRACTOR_TAIL["weight"]), _I)
BRACKET_ASIDE = patterns.compile(rf"{cues.BRACKET_ASIDE[0]}(?P<number>[0-9]{{1,3}}(?:\.[0-9]{{1,2}})?){cues.BRACKET_ASIDE[1]}", _I)
OVERRIDE_BLOCKER = patterns.compile(_alt([cue for cat in cues.UNIT_OVERRIDE_BLOCKERS for cue in cues.DISTRACTOR_TAIL[cat]]), _I)
UNIT_ANYWHERE = patterns.compile(rf"[0-9]\s*{_alt(cues.SCORE_UNIT)}", _I)
# a score-shaped number ("95.00"): a line stating one is a sentence, not a heading naming a subject
SCORE_SHAPED = patterns.compile(r"(?<![0-9.])[0-9]{2,3}\.[0-9]{2}(?![0-9])")


def _role(text: str, c: Candidate, prev_value_end: int, prev_score: Candidate | None, context: str,
          has_strong: bool, ita_context: bool = False, last_score: Candidate | None = None) -> None:
    if c.value > 100:
        c.role = "out_of_range"
        return
    if c.shape:
        c.role = {"range": "band", "signed": "delta", "list": "list", "date": "date", "year": "year",
                  "aside": "label"}[c.shape]
        return
    seg_start = max(prev_value_end, c.start - cues.SUBJECT_REACH)
    c.seg_start = seg_start
    before = text[seg_start:c.start]
    tail = before[-cues.TAIL_REACH:]
    after = text[c.end:c.end + cues.HEAD_REACH]
    masked = _masked(tail)  # "การใช้งบประมาณ" names indicator 2; it is no budget cue
    if SIGNED.search(tail):
        c.role = "delta"
        return
    if NUMBERED_NAME.match(text, c.end):  # "IIT 1. การปฏิบัติหน้าที่ 95.50": the number of the name after it
        c.role = "label"
        return
    unit = bool(UNIT.search(after) or SCALE_WITH_UNIT.match(text, c.end, c.end + cues.HEAD_REACH))
    items_passed = bool(ITEMS_UNIT.match(after) and ITEMS_PASSED_END.search(tail.rstrip()))
    for cat, pattern in TAIL.items():
        # the blocker scan runs only for a cue a unit may override (a hot path: every candidate)
        if pattern.search(masked) and not (unit and cat in cues.UNIT_OVERRIDES and not OVERRIDE_BLOCKER.search(before)) \
                and not (cat == "delta" and _bracketed_from(text, tail, after, c)) \
                and not (cat == "label" and MEAN_OF_PARTS.search(text, seg_start, c.end)) \
                and not (cat == "threshold" and (EARLIER_BEFORE.search(tail) or COMPARED_STATED.search(tail)
                                                 or DELTA_FROM_YEAR.search(tail))) \
                and not (cat == "full_mark" and c.value == 100 and FULL_MARKS_SCORED.search(masked)) \
                and not (cat == "share" and SHARE_OF_ASSESSMENT.search(before)) \
                and not (cat in ("count", "threshold") and items_passed):
            c.role = cat
            if cat == "delta" and BRACKET_OPEN.search(tail) and BRACKET_CLOSE.match(after) and DELTA_FROM_YEAR.search(tail):
                # "ลดลงจากปีที่แล้ว (95.00 คะแนน)": the change, or the earlier year's score?
                c.role, c.reason = "unclear", reason("change_or_earlier")
            return
    if COUNTED_GROUP_MEAN.search(text, max(0, c.start - cues.TAIL_REACH), c.start):
        c.role = "mean"  # the count before it ended the segment (a value), so its tail cannot see it
        return
    if NUMBERED_PARTY.search(text, max(0, c.start - cues.TAIL_REACH), c.start):
        c.role = "party"  # "ผู้ยื่นข้อเสนอรายที่ 2 ได้ 88.00": the party's number ended the segment
        return
    if _of_other_evaluation(text, c):
        c.role = "survey"
        return
    for cat, pattern in SEGMENT_DISTRACTOR.items():
        # (searched in the text, so a cue's lookbehind sees the word the segment's start cut)
        found = [m.end() - seg_start for m in pattern.finditer(text, seg_start, c.start)]
        if found and not NEW_SENTENCE.search(before, found[-1]):
            c.role = cat
            if cat in cues.UNCLEAR_SEGMENTS:
                c.role, c.reason = "unclear", reason(cues.UNCLEAR_SEGMENTS[cat])
            return
    for cat, pattern in HEAD.items():
        if pattern.search(after):
            if cat == "count" and FRACTION.search(text, c.start, c.end) and not FRACTIONAL_HEAD.search(after):
                continue
            if cat == "survey" and SCORE_NAMED_BEFORE.search(tail):
                c.role, c.reason = "unclear", reason("survey_word_after")
                return
            c.role = "label" if cat == "count" and (ALL_OF_END.search(tail.rstrip()) or items_passed) else cat
            return
    if not unit and NUMBER_NEXT.match(after) and SCORE_TAIL.search(tail):
        # "คะแนน ITA 98.04 97.41 97.37 …": the first of a row of numbers (a table read as a line), whose
        # column says whose score it is, not the words before the row
        c.role, c.reason = "unclear", reason("row_of_numbers")
        return
    # "scored 94.20 last year and 96.50 this year": listed after a score, each with its year (cues.YEAR_LIST_JOINERS)
    listed = prev_score is not None and bool(YEAR_LIST_JOIN.fullmatch(text, prev_score.end, c.start)) \
        and bool(LISTED_YEAR.match(text, c.end))
    received = bool(RESULT_VERB_TAIL.search(tail)) and bool(TWO_DECIMALS.fullmatch(text, c.start, c.end))
    if not (unit or listed or received or SCORE_TAIL.search(tail) or _label_row(text, c)):
        named, _ = _subject(before, 0, "", False)
        # "(97.20)" after a named tool or indicator, or after the result named ("ผลคะแนน ITA ปี 2567 (90.01)")
        # when written with decimals as a score is ("(1)" there marks a note)
        if not (BRACKET_OPEN.search(tail) and BRACKET_CLOSE.match(after) and named and SCORE_WORDS.search(text)
                and (named[0] in ("tool", "indicator") or named[0] == "overall" and FRACTION.search(text, c.start, c.end))):
            c.role = "number"
            return
    opens = seg_start == 0 or not text[:seg_start].strip()
    # "ปี 2564 ได้ 85.10" under the ITA result announced: stated as if with its unit
    year_listed = ita_context and not unit and bool(TWO_DECIMALS.fullmatch(text, c.start, c.end)) \
        and bool(YEAR_SCORE_VERB.search(before))
    subject, why = _subject(before, c.start - seg_start, context if opens else "", has_strong,
                            ita_context, text[max(0, c.start - cues.SUBJECT_REACH):seg_start], unit or year_listed)
    if subject is None and why is None and opens and not before.strip():
        subject, why = _head_subject(text, c)
        if subject is not None:
            c.reason = HEAD_NAMED
    if why is None and (subject is None or subject[0] == "overall") and prev_score is not None \
            and prev_score.subject[:2] == ("tool", "EIT") and prev_score.subject[2] is not None:
        # "แบบวัด EIT ส่วนที่ 1 ได้ 92.50 ส่วนที่ 2 ได้ 91.70", "EIT part 1 scored 92.50 and part 2 scored
        # 91.70": a part named after an EIT part's score is the next part of that tool, not the last
        # score's part nor the overall result ("scored" names no subject here)
        part = PART.search(before)
        if part:
            subject = ("tool", "EIT", int(part.group(1) or part.group(2)), None)
    if subject is None and why is None and prev_score is None and last_score is not None \
            and EARLIER_BEFORE.search(tail) and not OTHER_SUBJECT.search(text, last_score.end, c.start):
        # "… 95.87 คะแนน เป็นอันดับ 1 จาก 72 แห่ง ซึ่งเพิ่มขึ้นจากปี 2565 ที่ได้ 91.02 คะแนน": a rank or
        # count between does not change what the earlier year's result is of
        prev_score = last_score
    if subject is None and why is None and prev_score is not None and (
            len(before) <= INHERIT_REACH and not NEW_SENTENCE.search(before) or COMPARISON.search(before)
            or EARLIER_BEFORE.search(tail)):
        subject = prev_score.subject if prev_score.role != "subpart" else None
        if prev_score.role == "subpart":
            c.role, c.subject = "subpart", ()
            return
    if subject is None and not SCORE_WORDS.search(text):
        c.role = "number"
        return
    if subject is None:
        c.role, c.reason = "unclear", why or reason("no_subject")
        return
    if subject == ("subpart",):
        c.role = "subpart"
        return
    owner = _group_owner(text, c)
    if owner:  # "ผลการประเมิน ITA ภาพรวมของจังหวัดหนองคาย ได้ 91.30 คะแนน" in a municipality's report
        c.role, c.reason = "unclear", reason("group_owner", owner=owner)
        return
    if subject[0] in ("overall", "indicator"):
        # (an indicator's name inside another evaluation's: "ผลการประเมินผลการดำเนินงานตามแผนปฏิบัติการป้องกัน
        # การทุจริต ร้อยละ 87.50" is the plan's result, not indicator 10's score)
        other = _other_evaluation_named(text, c)
        if other:  # "ผลการประเมินสุขาภิบาลอาหาร ได้ 94 คะแนน" in a report naming the ITA elsewhere
            c.role, c.reason = "unclear", reason("other_evaluation", name=other)
            return
    if subject[0] == "overall" and _after_items_passed(text, c, prev_value_end):
        c.role, c.reason = "unclear", reason("items_share_no_tool")
        return
    if subject[0] == "overall" and c.value <= cues.LIKERT_MAX and FRACTION.search(text, c.start, c.end):
        # "ผลการประเมินภาพรวม ได้ 4.52 คะแนน" in a survey's report: a mean on a scale of 5, no ITA result
        c.role, c.reason = "unclear", reason("scale_of_five")
        return
    if subject[0] == "overall":
        named_after = _part_named_after(text, c)
        if named_after is not None:
            if named_after[0] == "unclear":
                c.role, c.reason = "unclear", named_after[1]
                return
            subject = named_after
    c.role, c.subject = subject[0], subject


PART_AFTER = patterns.compile(after_token(rf"\s*{_alt(cues.SCORE_UNIT)}?\s*{_alt(cues.PART_AFTER_LINK)}\s*"
                                          rf"(?={_alt(cues.PART_AFTER_START)})"), _I)
PART_AFTER_REACH = 40


def _part_named_after(text: str, c: Candidate) -> tuple | None:
    """The indicator or tool named right after ``c`` and its unit, after a preposition (cues.PART_AFTER_LINK:
    "ได้คะแนนเต็ม 100 คะแนนในตัวชี้วัดที่ 9"): its subject, ("unclear", reason) when it names several, else None."""
    m = PART_AFTER.match(text, c.end)
    if m is None:
        return None
    head = text[m.end():m.end() + PART_AFTER_REACH]
    nxt = SCORE_SHAPED.search(head)
    head = head[:nxt.start()] if nxt else head
    part, why = _subject(head, 0, "", False)
    if part is None or part[0] not in ("indicator", "tool"):
        return ("unclear", why) if why is not None else None
    return part


def _bracketed_from(text: str, tail: str, after: str, c: Candidate) -> bool:
    """``c`` in brackets after a change from an earlier year, then the level it came to ("คะแนนลดลงจากปีก่อน
    (95.00) มาอยู่ที่ 91.20"): the earlier year's value of a pair (PAIR_FROM … PAIR_TO), not the amount of the change."""
    if not (BRACKET_OPEN.search(tail) and BRACKET_CLOSE.match(after) and PAIR_FROM.search(tail)):
        return False
    m = PAIR_BETWEEN.match(text, c.end)
    return m is not None and NEXT_NUMBER.match(text, m.end()) is not None


def _after_items_passed(text: str, c: Candidate, prev_value_end: int) -> bool:
    """A count of items passed stands in the words before ``c`` since the previous value ("ผ่าน 40 ข้อ
    คิดเป็นร้อยละ …"): ``c`` is the share of some tool's items."""
    lo = max(prev_value_end, c.start - cues.SUBJECT_REACH)
    return any(ITEMS_PASSED_END.search(text[lo:m.start()].rstrip())
               for m in COUNT_NUMBER.finditer(text, lo, c.start))


COUNT_NUMBER = patterns.compile(r"(?<![0-9.,])[0-9]+(?![0-9.,])")


def _of_other_evaluation(text: str, c: Candidate) -> bool:
    """Another evaluation's result (a satisfaction survey, a contest): one named within SUBJECT_REACH
    before the number, and the assessment (ITA, a tool, its Thai name) not named after it."""
    window = text[max(0, c.start - cues.SUBJECT_REACH):c.start]
    if not any(stem in window for stem in cues.OTHER_EVALUATION_STEMS):
        return False
    found = [m.end() for m in OTHER_EVALUATION.finditer(window)]
    return bool(found) and not ASSESSMENT_NAMED.search(window, found[-1])


NUMBERED_KPI = patterns.compile(_alt(cues.NUMBERED_KPI), _I)
OWNED_RESULT_LEAD = patterns.compile(_alt(cues.OWNED_RESULT_LEAD), _I)
GROUP_OWNER = patterns.compile(_alt(cues.GROUP_OWNER), _I)
OWNER_NAME_REACH = 40
_GROUP_OWNER_WORDS = ("ของ", "ทั้ง", "ทั่ว", "จังหวัด", "อำเภอ", "ระดับ")  # one stands in every GROUP_OWNER (a quick test first)


def _group_owner(text: str, c: Candidate) -> str | None:
    """The place or group of bodies whose result ``c`` is (score_cues.GROUP_OWNER), named as the owner of the
    result's name right before it ("ผลการประเมิน ITA ภาพรวมของจังหวัดหนองคาย ได้ 91.30"), no body named between
    it and the number: the owner as printed (up to the number or a score verb), else None."""
    lo = max(0, c.start - cues.SUBJECT_REACH)
    if not any(w in text[lo:c.start] for w in _GROUP_OWNER_WORDS):
        return None
    leads = [m.end() for m in OWNED_RESULT_LEAD.finditer(text, lo, c.start)]
    for m in GROUP_OWNER.finditer(text, lo, c.start):
        lead_end = max((e for e in leads if e <= m.start()), default=None)
        if lead_end is None or _WORD_LEFT.search(EVALUATION_NAME_ITA.sub(" ", text[lead_end:m.start()])):
            continue  # not the owner of the result's name ("… ของเทศบาล สูงที่สุดของจังหวัด")
        if EVALUATION_OWNER.search(text, m.end(), c.start):
            return None  # a body named after the group: its own score ("ของหน่วยงานในจังหวัด เทศบาลตำบล… ได้")
        owner = text[m.start():c.start]
        end = EVALUATION_NAME_END.search(owner, 3)
        owner = owner[:end.start()] if end else owner
        return regex.sub(r"^ของ\s*", "", owner).strip()[:OWNER_NAME_REACH] or None
    return None


EVALUATION_LEAD = patterns.compile(_alt(cues.EVALUATION_LEAD), _I)
EVALUATION_NAME_END = patterns.compile(_alt(cues.EVALUATION_NAME_END), _I)
EVALUATION_NAME_ITA = patterns.compile(_alt((GRADE_WORD, *cues.EVALUATION_NAME_ITA_WORDS)), _I)  # a grade first: "ผ่านดีเยี่ยม" whole
EVALUATION_OWNER = patterns.compile(_alt((*cues.EVALUATION_OWNER,
                                        *(regex.escape(t) for t, _, specific in BODY_TYPES if specific),
                                        *(r"(?<![ก-๙])" + regex.escape(a) for a, _ in ABBREVIATIONS),
                                        *(r"(?<![ก-๙])" + regex.escape(a) for a, _ in AGENCY_ABBREVIATIONS))), _I)
EVALUATION_NOUN_EN = patterns.compile(_alt(cues.EVALUATION_NOUN_EN), _I)
EVALUATION_NAME_EN_START = patterns.compile(_alt(cues.EVALUATION_NAME_EN_START), _I)
_LATIN_WORD = patterns.compile(r"[A-Za-z]{4}")
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’-"
CLAUSE_NAMES_ITA = patterns.compile(_alt((*cues.ASSESSMENT_NAMED, *cues.DOCUMENT_NAMES_ASSESSMENT)), _I)
_WORD_LEFT = patterns.compile(r"[\u0E01-\u0E2E\u0E30-\u0E3A\u0E40-\u0E45\u0E47-\u0E4EA-Za-z]{2,}")


_SPECIFIC_TYPES = frozenset(t for t, _, specific in BODY_TYPES if specific)
_RUN = patterns.compile(r"[\u0E01-\u0E4E]+")


def _owner_start(phrase: str) -> int | None:
    """Where an evaluation's name ends at its owner (EVALUATION_OWNER): a body type word followed by common
    words, no place or proper name ("เทศบาลน่าอยู่อย่างยั่งยืน", "โรงเรียนคุณธรรม"), is the evaluation's name,
    not its owner (subject.proper_name)."""
    for m in EVALUATION_OWNER.finditer(phrase):
        if m.group() in _SPECIFIC_TYPES:
            run = _RUN.match(phrase, m.end())
            name = run.group() if run else ""
            end = EVALUATION_NAME_END.search(name)
            name = name[:end.start()] if end else name
            if name and not proper_name(name):
                continue
        return m.start()
    return None


def _other_evaluation_named(text: str, c: Candidate) -> str | None:
    """The name of another evaluation than the ITA whose result ``c`` is: the noun phrase after the last
    EVALUATION_LEAD before it (up to its owner or a score verb, EVALUATION_NAME_END) holds a word that is
    none of the ITA's (EVALUATION_NAME_ITA_WORDS, a tool's or an indicator's name, a grade), and the
    clause from that lead to the next number names no ITA word. None when the result may be the ITA's."""
    lo = max(0, c.start - cues.SUBJECT_REACH)
    lead = None
    for lead in EVALUATION_LEAD.finditer(text, lo, c.start):
        pass
    noun = None
    if _LATIN_WORD.search(text, lo, c.start):
        for noun in EVALUATION_NOUN_EN.finditer(text, lo, c.start):
            pass
    if noun is not None and (lead is None or noun.start() > lead.start()):
        # English: the name is the words before the noun, back to an article, a possessive, "of"/"in" or a mark
        head = text[lo:noun.start()]
        start = 0
        if lo and text[lo - 1].isalpha():  # the window cut a word: not a word of the name
            start = len(head) - len(head.lstrip(_LETTERS))
        for m in EVALUATION_NAME_EN_START.finditer(head):
            start = m.end()
        name, lead_start = " ".join(head[start:].split()[-cues.EVALUATION_NAME_EN_WORDS:]), lo + start
    elif lead is not None:
        phrase = text[lead.end():c.start]
        verb, owner = EVALUATION_NAME_END.search(phrase), _owner_start(phrase)
        ends = [e for e in (verb.start() if verb else None, owner) if e is not None]
        name, lead_start = (phrase[:min(ends)] if ends else phrase), lead.start()
    else:
        return None
    if not _WORD_LEFT.search(EVALUATION_NAME_ITA.sub(" ", _masked(name))):
        return None
    # the clause: up to the next number or the next evaluation named ("… ได้ 94 คะแนน และผลการประเมิน ITA ได้ 92.10")
    ends = [m.start() for m in (NEXT_NUMBER.search(text, c.end), EVALUATION_LEAD.search(text, c.end)) if m]
    if CLAUSE_NAMES_ITA.search(text, lead_start, min(ends) if ends else len(text)):
        return None
    return name.strip()


YEAR_SCORE_VERB = patterns.compile(rf"{_alt(cues.YEAR_SCORE_VERB)}$", _I)
TWO_DECIMALS = patterns.compile(r"[0-9]+\.[0-9]{2}")
HEAD_SUBJECT_REACH = 40
HEAD_NAMED = "subject named after the number"


def _label_row(text: str, c: Candidate) -> bool:
    """``text`` is a label naming indicators or tools, then the number ``c`` with decimals, then nothing
    (LABEL_NUMBERING)."""
    if "." not in text[c.start:c.end] or not LABEL_ROW_END.fullmatch(text, c.end):
        return False
    label = LABEL_NUMBERING.sub("", text[:c.start], count=1)
    named = bool(ind.explicit_refs(label) or ind.TOOL_CODE.search(label) or ind.tool_in(label)
                 or ind.names_in(ind.without_tool_names(label)))
    if not named:
        # the overall result's label alone ("ผลการประเมินภาพรวม 92.45", "ภาพรวม : 92.45": a card's label line
        # over its value, joined): its words are the result's name and score words (cues.OVERALL_ROW_LABEL)
        return bool(OVERALL_ROW_LABEL.search(label)) and not LABEL_GLUE.sub("", OVERALL_ROW_WORDS.sub("", label))
    return not LABEL_GLUE.sub("", ind.label_rest(label))


OVERALL_ROW_LABEL = patterns.compile(_alt(cues.OVERALL_ROW_LABEL), _I)
OVERALL_ROW_WORDS = patterns.compile(_alt((*cues.OVERALL_ROW_LABEL, *cues.OVERALL_LABEL_SCORE_WORDS)), _I)


def _head_subject(text: str, c: Candidate):
    """The subject of a number that opens its sentence, named right after it ("97.26 คะแนน!! ITA 2563
    ระดับ AA"): the overall result only, and only when the words after it name no tool or indicator."""
    head = text[c.end:c.end + HEAD_SUBJECT_REACH]
    nxt = NEXT_NUMBER.search(head)
    head = head[:nxt.start()] if nxt else head
    if not UNIT.match(head) or not OVERALL_STRONG.search(head):
        return None, None
    if SUBPART.search(head) or ind.TOOL_CODE.search(head) or ind.tool_in(head) or ind.explicit_refs(head) \
            or ind.names_in(ind.without_tool_names(head)):
        return None, None
    return ("overall", None, None, None), None


NEXT_NUMBER = patterns.compile(r"(?<![0-9])[0-9]{1,3}(?:\.[0-9]{1,2})?(?![0-9])")


def _masked(text: str) -> str:
    """Indicator and tool names blanked out (same length), so words inside them are no cues."""
    return _NAME_PATTERN.sub(lambda m: "_" * len(m.group()), text)


def _subject(segment: str, length: int, context: str, has_strong: bool, ita_context: bool = False,
             lead: str = "", unit: bool = False):
    """(level, tool, part, indicator) of a segment, ("subpart",), or None with a reason.
    ``ita_context``: the lines above announce the ITA result, so a score verb about a body with a unit
    after the number ("อบต.บ้านเหล่า ได้คะแนน 87.25 คะแนน"), or a score label right before it ("คะแนนที่ได้ :
    89.34"), names the overall result. In a sentence that names the result (``has_strong``) a score verb
    right before the number with a unit after it does too ("อบต.… ได้ 93.12 คะแนน จากการประเมิน ITA …")."""
    for text in (segment, context):
        if not text:
            continue
        if SUBPART.search(text):
            return ("subpart",), None
        refs = ind.explicit_refs(text) or _english_refs(text)
        if refs and NUMBERED_KPI.search(thai_to_arabic(text)):
            return None, reason("kpi_numbered")
        names = ind.names_in(ind.without_tool_names(text)) or _english_names(text)
        numbers = list(dict.fromkeys(refs)) if refs else list(names)
        if len(numbers) > 1:
            return None, reason("several_indicators", numbers=", ".join(map(str, numbers)))
        if numbers:
            return ("indicator", ind.tool_of(numbers[0]), None, numbers[0]), None
        tools = set(ind.TOOL_CODE.findall(text))
        if not tools:
            named = ind.tool_in(text)
            tools = {named} if named else set()
        if len(tools) > 1:
            return None, reason("several_tools", tools=", ".join(sorted(tools)))
        if tools:
            tool = tools.pop()
            m = PART.search(text)
            part = int(m.group(1) or m.group(2)) if m and tool == "EIT" else None
            return ("tool", tool, part, None), None
        if text is segment and OVERALL_STRONG.search(text):
            if ASPECT.search(text):
                return None, reason("aspect")
            return ("overall", None, None, None), None
    # (in a sentence naming the result, not after words bringing in another subject: "ขณะที่คะแนนเฉลี่ยของ
    # จังหวัดเพิ่มขึ้นจากปี 2565 ที่ได้ 84.10 คะแนน")
    verb = (WEAK_VERB_END.search(segment) or GRADE_VERB_END.search(segment)) \
        if unit and (ita_context or has_strong and not OTHER_SUBJECT.search(segment)) else None
    labelled = ita_context and (unit or OVERALL_WEAK_END.search(segment))
    weak = OVERALL_WEAK.search(segment) or verb
    if weak and (has_strong or (labelled and _about_body(lead + segment[:weak.start()]))):
        return (None, reason("aspect")) if ASPECT.search(segment) else (("overall", None, None, None), None)
    return None, None


def _english_refs(text: str) -> list[int]:
    """Indicators named by number in English ("Use of Budget (indicator 2)"), 1..10 only."""
    found = [int(n) for m in INDICATOR_REF_EN.finditer(text) for n in _DIGIT_RUN.findall(m.group(1))]
    return [n for n in dict.fromkeys(found) if 1 <= n <= 10]


def _english_names(text: str) -> tuple[int, ...]:
    text = ind.without_tool_names(text)
    return tuple(dict.fromkeys(n for p, n in _NAMES_EN if p.search(text)))


def _about_body(clause: str) -> bool:
    """The words of the sentence before a bare score verb are about a body ("โดยองค์การบริหารส่วนตำบล…",
    "พช.ชย.", "the Department"), or about nothing ("ได้คะแนน …" opening the line)."""
    return bool(BODY_REFERENCE.search(clause)) or not CLAUSE_FILLERS.sub("", clause)


def _year(text: str, c: Candidate, years: list[YearMention], attached: set[int], default: int | None) -> int | None:
    m = YEAR_ATTACHED.match(text, c.end)
    if m:
        for y in years:
            if y.start >= m.start("year") and y.end <= m.end():
                attached.add(y.start)
                return y.year
    m = RELATIVE_YEAR_ATTACHED.match(text, c.end)
    if m:  # "ได้ 94.20 คะแนนในปีที่ผ่านมา", "94.20 last year" (cues.RELATIVE_YEAR_AFTER)
        for y in years:
            if y.relative and y.start == m.end():
                attached.add(y.start)
                return y.year
    # (not a year the score changed from: "ลดลงจากปีก่อนเหลือ 87.50 คะแนน" is the later year's)
    changed_from = FROM_YEAR_TO.search(text, max(0, c.start - cues.TAIL_REACH - 30), c.start)
    for y in reversed(years):
        if changed_from is not None and y.start >= changed_from.start():
            continue
        if y.end <= c.start and y.start not in attached and not _attached_to_earlier(text, y):
            # an academic year's score ("ผลการประเมิน ITA ปีการศึกษา 2567 ได้ 91.20"): of no one fiscal year (it
            # spans two), as the report's metadata refuses it (FISCAL_YEAR_OTHER_CALENDAR)
            return None if y.other_calendar else y.year
    return default


def _attached_to_earlier(text: str, y: YearMention) -> bool:
    """A year in parentheses right after an earlier number belongs to that number ("88.10 คะแนน (ปี 2566)");
    not a bracket that goes on to state its own result ("91.20 คะแนน (ปี 2566 ได้ 93.50 คะแนน)")."""
    head = text[max(0, y.start - 40):y.start]
    return bool(_YEAR_BRACKET_OPENS.search(head)) and bool(_BRACKET_CLOSES.match(text, y.end))


_BRACKET_CLOSES = patterns.compile(r"\s*\)")


def _grade(text: str, c: Candidate, prev_end: int, next_start: int, claimed: list[tuple[int, int]]) -> str | None:
    """The grade of an overall score: announced right before it ('ระดับ "ผ่านดีเยี่ยม" ด้วยคะแนน 97.18',
    'ระดับ AA (96.5 คะแนน)') unless an earlier score of the sentence took it, in quotes or brackets right
    after it ('คะแนน 97.18 "ผ่านดีเยี่ยม"'), or after a grade cue before the next score."""
    lo = max(prev_end, c.start - 60)
    m = GRADE_BEFORE.search(text, lo, c.start) or GRADE_NAMED_BEFORE.search(text, lo, c.start)
    if m and not any(a <= m.start("grade") < b for a, b in claimed):
        claimed.append(m.span("grade"))
        return m.group("grade")
    reach = min(next_start, c.end + cues.GRADE_REACH)
    m = GRADE_QUOTED.match(text, c.end) or GRADE_AFTER.search(text, c.end, reach) \
        or GRADE_NAMED_AFTER.search(text, c.end, reach)
    if m:
        claimed.append(m.span("grade"))
        return m.group("grade")
    m = GRADE_RESULT_QUOTED.match(text, c.end) or GRADE_RESULT_BARE.match(text, c.end)
    if m and level_of_year(m.group("grade"), c.year):
        claimed.append(m.span("grade"))
        return m.group("grade")
    m = GRADE_BY_VERB.search(text, prev_end, c.start)
    if m and not any(a <= m.start("grade") < b for a, b in claimed):
        claimed.append(m.span("grade"))
        return m.group("grade")
    return None


def level_of_year(grade: str, year: int | None) -> bool:
    """``grade`` is a level of ``year``'s result scale (a Thai level from 2566, a letter 2562–2565)."""
    rules = rules_for(year)
    return rules is not None and grade in rules.scale.value.names


def grade_only(text: str, context: str = "") -> str | None:
    """The overall grade a sentence states with no number ("… ผลการประเมินอยู่ในระดับ ผ่านดี")."""
    text = thai_to_arabic(text)
    m = GRADE_AFTER.search(text)
    if not m or GRADE_ONLY_BLOCKERS.search(text):
        return None
    # the ITA result is named before the grade, or the grade follows a verb stating the body's own
    # result and the sentence names the ITA ("… has been rated "AA" … in the ITA")
    # (the result may be named in the grade's own label: "ระดับผลการประเมิน : ผ่านดี")
    if not (OVERALL_STRONG.search(text[:m.start("grade")]) or (GRADE_RESULT_VERB.search(text[:m.end()])
                                                        and (OVERALL_STRONG.search(text) or ITA_NAME.search(text)))):
        return None
    if any(c.role not in ("label", "list", "number", "date", "year", "out_of_range")
           and not (c.role in cues.GRADE_ONLY_ROLES_AFTER and c.start >= m.end()) for c in _roles_of(text)):
        return None
    head = text[:m.start()]
    if SUBPART.search(head) or ind.explicit_refs(head) or ind.names_in(ind.without_tool_names(head)) \
            or ind.tool_in(head):
        return None
    grades = {g.group("grade") for g in GRADE_AFTER.finditer(text)}
    return m.group("grade") if len(grades) == 1 else None


# what a line of a grade alone may hold besides the grade: marks, emoji, punctuation (no letter, no digit)
_NO_WORD = patterns.compile(r"^[^\p{L}\p{N}]*$")


def grade_line(text: str) -> str | None:
    """The grade of a line that is a grade and nothing else ("ระดับ A", "✅ ระดับ AA 🏆"): a card's
    badge or a post's line under the one that states the overall score (GRADE_AFTER; no other word)."""
    text = thai_to_arabic(text)
    m = GRADE_AFTER.search(text)
    if not m or not _NO_WORD.match(text[:m.start()]) or not _NO_WORD.match(text[m.end():]):
        return None
    return m.group("grade")


GRADE_LABEL_LINE = patterns.compile(possessive_spaces(rf"{_alt(cues.GRADE_CUE)}[\s:：]*+"), _I)


def grade_label_line(text: str) -> bool:
    """A line that is only a grade's label ("ระดับผลการประเมิน", "ระดับ :", "Grade"): a card's caption over its grade."""
    return bool(GRADE_LABEL_LINE.fullmatch(text.strip()))


def _roles_of(text: str) -> list[Candidate]:
    return read_sentence(text, None, None).candidates

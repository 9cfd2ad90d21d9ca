"""Thai Buddhist-Era dates, months, quarters and fiscal years → Gregorian periods.

Fiscal year N (B.E.) runs 1 October N-1 .. 30 September N; Gregorian year = B.E. - 543.
Digits are mapped to Arabic first (a 1:1 translation), so every pattern below sees 0-9
(spelled [0-9]: a str pattern's \\d would also take Lao or Arabic-Indic digits).
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from typing import NamedTuple

from pythainlp.util.date import thai_abbr_months, thai_full_months

from schemas.ita import plausible_year

from .digits import be_year, thai_to_arabic
from .text import clean_text

BE_OFFSET = 543


class Period(NamedTuple):
    start: date | None
    end: date | None


NO_PERIOD = Period(None, None)

# Thai letters, vowels and marks (not digits): what a dot-less abbreviation must not touch.
_TH = "ก-ฺเ-๎"
_ERA = r"[พค]\.?\s?ศ\."


def _abbr_pattern(abbr: str) -> str:
    first, second = (re.escape(p) for p in abbr.strip(".").split("."))
    # "ก.พ.ร." and "ก.ค.ศ." are agencies, not months: no further "X." may follow, except the
    # era in "ม.ค. พ.ศ. ๒๕๖๕".
    dotted = rf"(?<![ก-ฮ]\.){first}\.\s?{second}(?:\.(?!\s?(?!{_ERA})[ก-ฮ]\.)|(?![{_TH}.]))"
    # Without dots ("มค", "พย") the letters could sit inside a word ("พยาบาล"), so demand edges.
    bare = rf"(?<![{_TH}]){first}{second}\.?(?![{_TH}])"
    return f"{dotted}|{bare}"


_MONTH_INDEX = {name: i for i, name in enumerate(thai_full_months, 1)}
_MONTH_ALTS = [re.escape(n) for n in sorted(thai_full_months, key=len, reverse=True)]
_MONTH_ALTS += [_abbr_pattern(a) for a in sorted(thai_abbr_months, key=len, reverse=True)]
_ABBR_KEYS = {a.replace(".", ""): i for i, a in enumerate(thai_abbr_months, 1)}
# English month names and abbreviations, capitalised as written in dates ("Oct 2024 - Sep 2025",
# "15 January 2025"); lower-case "may" is a word, not a month. A year after them is AD (be_year).
# Sorted by length, then text: a set's order changes with the process's string hashes, and the
# pattern's text keys the compiled-pattern cache (normalize/patterns.py).
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_EN_INDEX = {name.lower(): i for i, name in enumerate(_EN_MONTHS, 1)}
_EN_INDEX.update({name[:3].lower(): i for i, name in enumerate(_EN_MONTHS, 1)})
_EN_INDEX["sept"] = 9
_MONTH_ALTS.append(r"(?<![A-Za-z])(?:" + "|".join(sorted({*(_EN_MONTHS), *(n.upper() for n in _EN_MONTHS),
                                                        *(n[:3] for n in _EN_MONTHS), *(n[:3].upper() for n in _EN_MONTHS),
                                                        "Sept", "SEPT"}, key=lambda n: (-len(n), n)))
                   + r")\.?(?![A-Za-z])")

MONTH = re.compile("|".join(_MONTH_ALTS))  # any month name or abbreviation (used by items.py)

ERA = r"(?P<era>[พค]\.?\s?ศ\.?)"  # พ.ศ. (B.E.) or ค.ศ. (A.D.)
YEAR = r"(?P<year>[0-9]{4}|[0-9]{2})(?![0-9])"
# Days listed or ranged before one month ("15-20 ธ.ค. 2567", "วันที่ ๕ และ ๑๒ มี.ค.", "5, 12, 19 มี.ค."): the
# first of them starts the mention; the day right before the month ends it.
_DAYS_BEFORE = r"(?P<days>(?:[0-9]{1,2}\s*(?:-|–|ถึง|และ|,)\s*)+)"
MENTION = re.compile(
    rf"(?:(?<![0-9.]){_DAYS_BEFORE}?(?<![0-9.])(?P<day>[0-9]{{1,2}})\s*)?(?P<month>{'|'.join(_MONTH_ALTS)})"
    rf"(?:\s*(?:{ERA}\s*)?{YEAR})?"
)
# A date written in numbers, day/month/year ("1/10/2566", "30/09/67"): only "/" separates its parts
# ("1.2.3" numbers clauses, "1-2" is a range).
NUMERIC_DATE = re.compile(r"(?<![0-9/])(?P<day>[0-9]{1,2})\s?/\s?(?P<month>[0-9]{1,2})\s?/\s?(?P<year>[0-9]{4}|[0-9]{2})(?![0-9/])")
QUARTER = re.compile(r"ไตรมาส\s*(?:ที่\s*)?([1-4])(?![0-9])"
                     r"(?:\s*(?:-|–|ถึง|และ|,)\s*(?:ไตรมาส\s*(?:ที่\s*)?)?([1-4])(?![0-9]))?")
_FY_YEAR = r"([0-9]{4}|[0-9]{2})(?![0-9])"
# "ปีงบประมาณ", abbreviated "ปีงบฯ" or "ปีงบ." ("ปีงบ.2568"), or "ปีงบ" right before its year ("ปีงบ ๖๘", "ปีงบ พ.ศ. 2568")
_FY_WORD = r"ปี\s*งบ\s*(?:ประมาณ|ฯ|\.|(?=\s*(?:[0-9๐-๙]|พ\.?\s?ศ)))"
FISCAL = re.compile(_FY_WORD + r"(?:\s*\(?\s*พ\.?\s?ศ\.?\s*\)?)?"
                    rf"(?:\s*{_FY_YEAR}(?:\s*(?:-|–|ถึง)\s*{_FY_YEAR})?)?")
# "ปีงบประมาณ พ.ศ." followed by no year but by what OCR made of one ("lac er", "๒๕๖ซ"): the text
# names a fiscal year that cannot be read (with Arabic digits: thai_to_arabic first)
FISCAL_UNREAD = re.compile(r"ปี\s*งบ\s*ประมาณ\s*\(?\s*พ\.?\s?ศ\.?\s*\)?\s*"
                           r"(?![0-9]{4}(?![0-9A-Za-z\u0e01-\u0e2e])|[0-9]{2}(?![0-9A-Za-z\u0e01-\u0e2e]))"
                           r"(?=[0-9A-Za-z])")
# A school's academic year and its terms ("ปีการศึกษา 2567", "ภาคเรียนที่ 1/2567", "ภาคเรียนที่ 2 ปีการศึกษา 2567"):
# basic education's academic year N (B.E.) opens in May of N and ends in March of N+1; term 1 runs May to
# October, term 2 November to March. Whole months: schools open and close on days of their own. A
# university's term ("ภาคการศึกษา") follows its own calendar and is not read.
ACADEMIC = re.compile(r"ภาค\s*เรียน\s*(?:ที่\s*)?(?P<term>[12])\s*(?:/|ปี\s*การ\s*ศึกษา)\s*(?:พ\.?\s?ศ\.?\s*)?(?P<tyear>[0-9]{4}|[0-9]{2})(?![0-9])"
                      # a range of terms ("ภาคเรียนที่ 1/2567 - 2/2567")
                      r"(?:\s*(?:-|–|ถึง|และ|,)\s*(?:ภาค\s*เรียน\s*(?:ที่\s*)?)?(?P<term2>[12])\s*/\s*(?P<tyear2>[0-9]{4}|[0-9]{2})(?![0-9]))?"
                      r"|ปี\s*การ\s*ศึกษา\s*(?:พ\.?\s?ศ\.?\s*)?(?P<year>[0-9]{4}|[0-9]{2})(?![0-9])")
# (first month, months after it) of each term, and of the whole year, from May of the academic year
ACADEMIC_TERMS: dict[int | None, tuple[int, int]] = {1: (5, 5), 2: (11, 4), None: (5, 10)}
WHOLE_YEAR = re.compile(r"ตลอด\s*(?:ทั้ง\s*)?ปี|ทุก\s*เดือน|ทุก\s*ไตรมาส")
DEADLINE = re.compile(r"ภายใน|ก่อน|ไม่\s*เกิน|ไม่\s*ช้ากว่า")
START_ONLY = re.compile(r"เริ่ม|ตั้งแต่")
ONWARDS = re.compile(r"เป็นต้นไป")
# "ITA'67", "ITA ’67", "ITA ๖๖" (a banner's or post's year of the assessment): a 2-digit number right after
# "ITA" is its year when it is one of the assessment's years (2555-2575) and reads as no score: not
# after a score word ("คะแนน ITA 66"), not with decimals or a unit or a count after it ("ITA 66 คะแนน").
_ITA_SHORT_YEAR = (r"(?<!คะแนน)(?<!คะแนน )(?<!ได้)(?<!ได้ )ITA(?:\s*['’‘]|\s)\s*"
                   r"(?=(?:5[5-9]|6[0-9]|7[0-5])(?![0-9]|[.,][0-9]|\s*(?:คะแนน|%|points?|ข้อ|ตัวชี้วัด|แห่ง|หน่วยงาน)))")
YEAR_MENTION = re.compile(
    # a 2-digit year after พ.ศ., ปีงบประมาณ, or the assessment's own "ITA ปี" ("ผลประเมิน ITA ปี 67")
    r"(?:พ\.?\s?ศ\.?|" + _FY_WORD + r"(?:\s*\(?\s*พ\.?\s?ศ\.?\s*\)?)?|ITA\s*(?:ประจำ\s*)?ปี(?=\s*[0-9]{2}(?![0-9]))"
    rf"|{_ITA_SHORT_YEAR})"
    r"\s*(?P<kw>[0-9]{4}|[0-9]{2})(?![0-9])"
    r"|(?<![0-9.,])(?P<bare>[0-9]{4})(?![0-9]|[.,][0-9])"
)


class _Mention(NamedTuple):
    day: int | None
    month: int
    year: int | None  # B.E.
    first: int | None = None  # the first of days listed before the month ("15-20 ธ.ค."), when before ``day``


def fiscal_year_bounds(fy_be: int) -> tuple[date, date]:
    """First and last day of Thai fiscal year ``fy_be`` (B.E.): 1 Oct of the year before .. 30 Sep."""
    return date(fy_be - BE_OFFSET - 1, 10, 1), date(fy_be - BE_OFFSET, 9, 30)


def fiscal_year_of(day: date) -> int:
    """The Thai fiscal year (B.E.) a day falls in: October to September (1 Oct 2024 → 2568)."""
    return day.year + 543 + (day.month >= 10)


def parse_date(text: str) -> date | None:
    """The first full Thai date in ``text`` ("๘ ตุลาคม พ.ศ.๒๕๖๔" → 2021-10-08), else None."""
    # pythainlp's thai_strptime is not used: it raises on no match, knows no Thai digits or
    # dot-less abbreviations, and treats a Gregorian year as B.E. (2021 → 1478).
    text = thai_to_arabic(clean_text(text))
    for m in MENTION.finditer(text):
        mention = _mention(m)
        if mention.day is not None and mention.year is not None:
            return _day(mention.year, mention.month, mention.day)
    for n in NUMERIC_DATE.finditer(text) if "/" in text else ():  # "ประกาศ ณ วันที่ ๑๕/๑๑/๒๕๖๖"
        if 1 <= int(n.group("month")) <= 12:
            numeric = _numeric(n)
            return _day(numeric.year or 0, numeric.month, numeric.day or 1)
    return None


def find_years(text: str) -> list[int]:
    """Plausible B.E. years mentioned, in order: after พ.ศ./ปีงบประมาณ, or a bare 25xx (AD converted)."""
    return [y for y in year_mentions(text) if plausible_year(y)]


def year_mentions(text: str) -> list[int]:
    """Every year-shaped number (after พ.ศ./ปีงบประมาณ, or a bare 4-digit number) as B.E., in order,
    plausible or not: after "ปีงบประมาณ" a typo ("๒๖๖๕") is still the year the report meant to state."""
    return [be_year(int(m.group("kw") or m.group("bare"))) for m in YEAR_MENTION.finditer(thai_to_arabic(text))]


def parse_period(text: str, fiscal_year: int | None = None) -> Period:
    """Start and end of a timeframe cell; ``fiscal_year`` (B.E.) is the table's year for yearless text.

    Months and dates win over quarters, which win over whole-fiscal-year phrases. "ภายใน…" makes a
    single mention a deadline (start None); "เริ่ม…"/"ตั้งแต่…"/"…เป็นต้นไป" make it a start (end None).
    Anything unparseable gives Period(None, None); this never raises.
    """
    try:
        return _parse_period(thai_to_arabic(clean_text(text)), fiscal_year)
    except (ValueError, OverflowError):  # a year far outside what date() accepts
        return NO_PERIOD


def _parse_period(text: str, context_fy: int | None) -> Period:
    fiscal = FISCAL.search(text)
    stated_fy = _fy_years(fiscal)
    fy = stated_fy[0] if stated_fy else context_fy

    found = [(m.start(), _mention(m)) for m in MENTION.finditer(text)]
    if not found and "/" in text:
        found = [(m.start(), _numeric(m)) for m in NUMERIC_DATE.finditer(text) if 1 <= int(m.group("month")) <= 12]
    mentions = _with_years([mention for _, mention in found], fy)
    spans = [(pos, _first_day(m), _last_day(m)) for pos, m in zip((p for p, _ in found), mentions)]
    spans = [s for s in spans if s[1] is not None]
    if spans:
        return _bounded(text, spans[0][0], spans[0][1], spans[-1][2], len(spans))

    academic = list(ACADEMIC.finditer(text))
    if academic:
        terms = [span for m in academic for span in _academic(m)]
        return _bounded(text, academic[0].start(), terms[0][0], terms[-1][1], len(terms))

    quarters = list(QUARTER.finditer(text))
    if quarters and fy is not None:
        numbers = [int(q) for m in quarters for q in m.groups() if q]
        start, _ = _quarter(fy, min(numbers))
        _, end = _quarter(fy, max(numbers))
        return _bounded(text, quarters[0].start(), start, end, 2 if len(numbers) > 1 else 1)

    whole = WHOLE_YEAR.search(text)
    if stated_fy:
        first, last = stated_fy[0], stated_fy[-1]
    elif fy is not None and (fiscal or whole):
        first = last = fy
    else:
        return NO_PERIOD
    anchor = min(m.start() for m in (fiscal, whole) if m)
    count = 1 if first == last else 2  # "ภายในปีงบประมาณ ๒๕๖๕" is a deadline too
    return _bounded(text, anchor, fiscal_year_bounds(first)[0], fiscal_year_bounds(last)[1], count)


def _bounded(text: str, anchor: int, start: date | None, end: date | None, count: int) -> Period:
    """Apply deadline / start-only wording to a single mention; ranges keep both ends."""
    if count == 1:
        lead = text[:anchor]
        if DEADLINE.search(lead):
            return Period(None, end)
        if START_ONLY.search(lead) or ONWARDS.search(text, anchor):
            return Period(start, None)
    return Period(start, end)


def _mention(m: re.Match[str]) -> _Mention:
    token = m.group("month")
    month = (_MONTH_INDEX.get(token) or _EN_INDEX.get(token.rstrip(".").lower())
             or _ABBR_KEYS[re.sub(r"[.\s]", "", token)])
    year = m.group("year")
    if year is not None:
        value = int(year)
        if m.group("era") and m.group("era")[0] == "ค" and value < 100:
            value += 2000  # "ค.ศ. 22" is AD 2022
        year = be_year(value)
    day = m.group("day")
    days = m.group("days")
    first = int(re.findall(r"[0-9]+", days)[0]) if days else None
    if first is not None and (day is None or first >= int(day)):
        first = None  # "28 - 3 มี.ค." starts in another month the text does not name
    return _Mention(int(day) if day else None, month, year, first)


def _numeric(m: re.Match[str]) -> _Mention:
    return _Mention(int(m.group("day")), int(m.group("month")), be_year(int(m.group("year"))))


def _with_years(mentions: list[_Mention], fy: int | None) -> list[_Mention]:
    """Give yearless months the year of their neighbours, else the fiscal year's calendar year."""
    out = list(mentions)
    known = [(i, m.year) for i, m in enumerate(out) if m.year is not None]
    for i, m in enumerate(out):
        if m.year is not None:
            continue
        later = [(j, year) for j, year in known if j > i]
        if later:  # "ม.ค.-มี.ค. ๒๕๖๕": walk back from the next stated year
            j, year = later[0]
            for k in range(j - 1, i - 1, -1):
                year -= 1 if out[k].month > out[k + 1].month else 0
        elif known:  # "ตุลาคม ๒๕๖๕ - มีนาคม": walk forward from the last stated year
            last, year = known[-1]
            for k in range(last + 1, i + 1):
                year += 1 if out[k].month < out[k - 1].month else 0
        elif fy is not None:  # October-December belong to the calendar year before the FY
            year = fy - 1 if m.month >= 10 else fy
        else:
            continue
        out[i] = m._replace(year=year)
    return out


def _first_day(m: _Mention) -> date | None:
    return None if m.year is None else _day(m.year, m.month, m.first or m.day or 1)


def _last_day(m: _Mention) -> date | None:
    if m.year is None:
        return None
    if m.day is not None:
        return _day(m.year, m.month, m.day)
    gregorian = m.year - BE_OFFSET
    return _day(m.year, m.month, calendar.monthrange(gregorian, m.month)[1])


def _day(year_be: int, month: int, day: int) -> date | None:
    try:
        return date(year_be - BE_OFFSET, month, day)
    except ValueError:  # 31 กันยายน, or a year outside date()'s range
        return None


def _quarter(fy: int, number: int) -> tuple[date, date]:
    start_month = (10, 1, 4, 7)[number - 1]
    year_be = fy - 1 if number == 1 else fy
    first = date(year_be - BE_OFFSET, start_month, 1)
    end_month = start_month + 2
    last = calendar.monthrange(first.year, end_month)[1]
    return first, date(first.year, end_month, last)


def _academic(m: re.Match[str]) -> list[tuple[date, date]]:
    """First and last day of each academic year or term a mention names (ACADEMIC_TERMS)."""
    named = [(m.group("term"), m.group("tyear")), (m.group("term2"), m.group("tyear2")), (None, m.group("year"))]
    spans = []
    for term, year_text in named:
        if year_text is None:
            continue
        year = be_year(int(year_text)) - BE_OFFSET
        first_month, months = ACADEMIC_TERMS[int(term) if term else None]
        end_index = first_month - 1 + months
        end_year, end_month = year + end_index // 12, end_index % 12 + 1
        spans.append((date(year, first_month, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])))
    return spans


def _fy_years(m: re.Match[str] | None) -> list[int]:
    if m is None:
        return []
    return [be_year(int(y)) for y in m.groups() if y]

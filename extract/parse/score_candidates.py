"""Candidates for prose scores: every number 0–100 in a sentence, with the facts its role is read from.

Only positions and shapes are found here (is it one end of a range, signed, the number that opens
a list item, followed by a month); what the words around it mean is decided in
``extract.parse.score_roles`` from the cue table ``schemas.score_cues``. The sentence is searched
with Thai digits mapped to Arabic (same length, so offsets are offsets in the original text).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex
from normalize import patterns

from extract.parse.linear import after_token
from normalize.dates import MONTH, YEAR_MENTION
from normalize.digits import be_year
from schemas.ita import OTHER_CALENDAR_YEAR_WORDS, OTHER_YEAR_REACH, plausible_year
from schemas.phrases import Phrase
from schemas.score_cues import PAIR_CHANGE, PAIR_FROM, PREVIOUS_YEAR, THIS_YEAR

# 1-3 digits with up to 2 decimals, not inside a longer number, a thousands group or a year.
NUMBER = patterns.compile(r"(?<![0-9.,/]|[0-9],)([0-9]{1,3}(?:\.[0-9]{1,2})?)(?![0-9]|[.,][0-9])")
RANGE_AFTER = patterns.compile(after_token(r"\s*(?:-|–|—|ถึง|to)\s*[0-9]"))
RANGE_BEFORE = patterns.compile(r"[0-9]\s*(?:-|–|—|ถึง|to)\s*$")
# "rose from 80.5 to 85.2" is a change between two results, not a range; so is one by an amount first
# ("improved by 3.85 points from 90.25 to 94.10")
_CHANGE_FROM = (rf"(?:{'|'.join(PAIR_CHANGE)})(?:\s*by)?(?:\s*[0-9]{{1,3}}(?:\.[0-9]{{1,2}})?\s*(?:points?|%|คะแนน)?)?"
                rf"\s*(?:{'|'.join(PAIR_FROM)})\s*")
CHANGE_FROM_BEFORE = patterns.compile(rf"{_CHANGE_FROM}$", regex.IGNORECASE)
CHANGE_TO_BEFORE = patterns.compile(rf"{_CHANGE_FROM}[0-9]{{1,3}}(?:\.[0-9]{{1,2}})?\s*(?:points?|%|คะแนน)?\s*"
                                 r"(?:\(?\s*(?:in|ใน)?\s*(?:(?:the\s+)?fiscal\s+year|FY|ปี\s*(?:งบประมาณ)?\s*(?:พ\.?\s?ศ\.?)?)?"
                                 r"\s*[0-9]{4}\s*\)?\s*)?(?:to|ถึง)\s*$", regex.IGNORECASE)
SIGN_BEFORE = patterns.compile(r"(?:^|[^0-9A-Za-z\s]|\s)[+\-−]$")
# only bullets, brackets and spaces before the number: it opens a list item ("1)", "(๒)", "2.1")
LINE_START = patterns.compile(r"^[\s\-–•*·(\[]*$")
LIST_MARK_AFTER = patterns.compile(r"^(?:\.[0-9]+)*(?:[.)\]]|\s+(?!คะแนน|points?|%)(?=[^\s0-9]))")
MONTH_AFTER = patterns.compile(rf"^\s*(?:{MONTH.pattern})")
THIS_YEAR_PATTERN = patterns.compile("|".join(THIS_YEAR), regex.IGNORECASE)
_NEAR = 80  # characters looked at on each side of a number for its shape
# a web address: its numbers ("…&SortBy=1&pageNo=1", "…/news/95.html") are parts of it, not values
URL = patterns.compile(r"(?:https?://|www\.)[^\s\p{Thai}]+", regex.IGNORECASE)
PREVIOUS_YEAR_PATTERN = patterns.compile("|".join(PREVIOUS_YEAR), regex.IGNORECASE)
# "ปีการศึกษา 2567" (schemas.ita.OTHER_CALENDAR_YEAR_WORDS, as the report's metadata reads it): its digits end the match
OTHER_CALENDAR_YEAR = patterns.compile("(?:" + "|".join(map(regex.escape, OTHER_CALENDAR_YEAR_WORDS))
                                       + rf")[^0-9]{{0,{OTHER_YEAR_REACH}}}[0-9]{{4}}(?![0-9])")


@dataclass
class Candidate:
    value: float
    start: int
    end: int
    shape: str | None = None      # "range", "signed", "list", "date", "year", "aside" or None
    role: str | None = None       # set by score_roles
    reason: str | Phrase | None = None  # a Phrase when a check shows it (schemas.phrases)
    subject: tuple = ()
    year: int | None = None
    grade: str | None = None
    seg_start: int = 0            # where the text its subject is read from starts

@dataclass
class YearMention:
    year: int
    start: int
    end: int
    relative: bool = False  # "ปีก่อน", "ปีนี้": a word, not a printed year
    other_calendar: bool = False  # "ปีการศึกษา 2567": a year of another calendar, no fiscal year


def candidates(text: str) -> list[Candidate]:
    """Every 1-3 digit number of ``text`` (Arabic digits), in order, with its shape."""
    found = []
    # a 2-digit year after "ปีงบประมาณ" / "พ.ศ." ("ผลการประเมิน ITA ปีงบประมาณ 66 ของเทศบาล… ได้ 87.56
    # คะแนน") names a year, not a value that ends the segment a later score's subject is read from
    short_years = {m.start("kw") for m in YEAR_MENTION.finditer(text) if m.group("kw") and len(m.group("kw")) == 2}
    urls = [u.span() for u in URL.finditer(text)] if "://" in text or "www." in text.lower() else []
    for m in NUMBER.finditer(text):
        if any(a <= m.start() < b for a, b in urls):
            continue
        # a bounded look on each side: slicing or searching the whole rest of a long line for every
        # number made a line of many numbers quadratic (tests/test_pathological.py)
        before, after = text[max(0, m.start() - _NEAR):m.start()], text[m.end():m.end() + _NEAR]
        value = float(m.group(1))
        if m.start() in short_years:
            shape = "year"
        elif (RANGE_AFTER.match(after) or RANGE_BEFORE.search(before)) \
                and not CHANGE_FROM_BEFORE.search(before[-60:]) and not CHANGE_TO_BEFORE.search(before[-80:]):
            shape = "range"
        elif SIGN_BEFORE.search(before):
            shape = "signed"
        elif LINE_START.match(text, 0, m.start()) and (LIST_MARK_AFTER.match(after) or not text[m.end():].strip()):
            shape = "list"
        elif MONTH_AFTER.match(after):
            shape = "date"
        else:
            shape = None
        found.append(Candidate(value=value, start=m.start(), end=m.end(), shape=shape))
    return found


def year_mentions(text: str, report_year: int | None, default_year: int | None = None) -> list[YearMention]:
    """Years stated in the sentence (B.E., or A.D. converted: "ITA 2022" → 2565), words meaning
    the report's own year ("ปีนี้"), and words meaning the year before ``default_year`` (the
    heading's or report's: "ปีที่แล้ว", "previous year"), in order."""
    out = []
    other = [m.end() for m in OTHER_CALENDAR_YEAR.finditer(text)] if any(w in text for w in OTHER_CALENDAR_YEAR_WORDS) else []
    for m in YEAR_MENTION.finditer(text):
        year = be_year(int(m.group("kw") or m.group("bare")))
        if plausible_year(year):
            digits = "kw" if m.group("kw") else "bare"
            # (the digits' place)
            out.append(YearMention(year, m.start(digits), m.end(digits), other_calendar=m.end(digits) in other))
    if report_year is not None:
        out.extend(YearMention(report_year, m.start(), m.end(), True) for m in THIS_YEAR_PATTERN.finditer(text))
    if default_year is not None:
        out.extend(YearMention(default_year - 1, m.start(), m.end(), True)
                   for m in PREVIOUS_YEAR_PATTERN.finditer(text))
    return sorted(out, key=lambda y: y.start)

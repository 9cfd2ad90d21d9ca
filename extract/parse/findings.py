"""Findings: issue text tied to an indicator.

Two shapes: an analysis table (indicator column + a "ประเด็นที่ต้องแก้ไข/พัฒนา" column, tool
section rows, numbering restarted per tool), and narrative paragraphs that follow an indicator
heading ("(๑) ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนนร้อยละ ๑๐๐" + analysis paragraph). A paragraph
that opens a new topic (schemas/finding_cues.py) ends the finding above it.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from extract.document import Line, Table
from extract.parse import indicators as ind
from extract.parse.fragments import continues_word, ends_mid_phrase
from extract.parse.linear import possessive_spaces
from extract.parse.tables import finding_column, indicator_column, is_no_value
from normalize import patterns
from normalize.line_joins import BULLETS, ITEM_START, join_lines
from normalize.text import squash_spaces
from normalize.wrap_spaces import join_paragraph, join_wraps
from schemas.finding_cues import (ADVICE_HEADING_OPENERS, ADVICE_OPENERS, DESCRIPTION_OPENERS, DESCRIPTION_SUBJECTS,
                                  FINDING_LINE_LABELS, FINDING_SECTION_CUES, FINDING_SECTION_REACH, INDICATOR_LABEL_EN,
                                  INDICATOR_NAMES_EN, ITA_HEADING_WORDS, LEVEL_LEADS, LEVEL_WORDS, LOW_RESULT_REACH,
                                  LOW_RESULT_WORDS, LOW_SUBJECT_LINKS, LOW_SUBJECT_REACH, NAME_HEADING_SCORE_WORDS, NAME_LEAD_WORDS,
                                  NO_ISSUE_OPENERS, OTHER_FRAMEWORK_PARTS, SENTENCE_LINK_ENDS, ITEM_CODE_WORDS, SCORE_LINE_WORDS,
                                  TOOL_LEAD_REACH, TOOL_LEAD_WORDS, TOOL_NAME_FILLERS, TOPIC_OPENERS)
from schemas.check_codes import make_check
from schemas.ita import THAI_LEVELS as THAI_PASS_LEVELS
from schemas.phrases import Phrase
from schemas.records import Check, Finding
from schemas.measure_cues import PART_HEADING_WORDS
from schemas.score_cues import KPI_LABEL_LEADS

# "(๑) ตัวชี้วัดที่ ๑ …", "(10) ตัวชี้วัดการป้องกันการทุจริต …", "ตัวชี้วัดที่ ๓ …", "- ตัวชี้วัดที่ ๗ …"
HEADING = patterns.compile(rf"^\s*(?:\(\s*[0-9๐-๙]{{1,2}}\s*\)|[0-9๐-๙]{{1,2}}[.)]|[{regex.escape(BULLETS)}])?\s*ตัวชี้วัด")
SECTION = patterns.compile(r"^\s*(?:[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*[.)]|\(\s*[0-9๐-๙]{1,2}\s*\))\s*\S")
MAX_HEADING = 150
# Body length needed under a plain heading; under "(N) ตัวชี้วัด…" (a per-indicator analysis
# list) a short sentence is enough.
MIN_PARAGRAPH = 60
MIN_PARAGRAPH_NUMBERED = 15
BULLETED = patterns.compile(rf"^\s*[{regex.escape(BULLETS)}]")
PAREN_NUMBERED = patterns.compile(r"^\s*\(\s*[0-9๐-๙]{1,2}\s*\)")
LABELLED = patterns.compile(r"^\s*(?:[-•]\s*)?(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s*") for w in FINDING_LINE_LABELS)
                            + r")(?:\s*[:：\-]|\s+(?=\S))", regex.IGNORECASE)
_NUMBERED = r"^\s*(?:\(\s*[0-9๐-๙]{1,2}\s*\)|[0-9๐-๙]{1,2}\s*[.)])\s*"
_SCORE_WORDS = "|".join(regex.escape(w) for w in NAME_HEADING_SCORE_WORDS)
# "๑) การปฏิบัติหน้าที่ ได้คะแนน ๙๒.๑๐": a numbered indicator name and at most its score
# an indicator's score as printed after its name: "(79.50 คะแนน)", "ได้คะแนน ๙๒.๑๐", "ร้อยละ 85"
_SCORE_AFTER_NAME = (r"\(?\s*(?:(?:" + _SCORE_WORDS + r")\s*)*"
                     r"[0-9๐-๙]{1,3}(?:[.,][0-9๐-๙]{1,2})?\s*(?:คะแนน|%)?\s*\)?")
NAME_HEADING = patterns.compile(_NUMBERED + r"(?P<name>[^0-9๐-๙()]+?)\s*(?:" + _SCORE_AFTER_NAME + r")?\s*$")
# ... at the start of what a line says after the name: bracketed, after a score word, or with its unit
# ("3 รายการยังไม่ได้เผยแพร่" starts with a count, not a score)
_NUM = r"[0-9๐-๙]{1,3}(?:[.,][0-9๐-๙]{1,2})?"
LEADING_SCORE = patterns.compile(
    r"^\s*(?:\(\s*(?:(?:" + _SCORE_WORDS + r")\s*)*" + _NUM + r"\s*(?:คะแนน|%)?\s*\)"
    r"|(?:(?:" + _SCORE_WORDS + r")\s*)+" + _NUM + r"(?:\s*(?:คะแนน|%))?"
    r"|" + _NUM + r"\s*คะแนน)")


def findings_from_tables(tables: list[Table]) -> tuple[list[Finding], set[int]]:
    """Findings of every analysis table; also the indexes of the tables used."""
    found: list[Finding] = []
    used: set[int] = set()
    for table in tables:
        col = finding_column(table)
        if col is None:
            continue
        used.add(table.index)
        label_col = indicator_column(table)
        tool: str | None = None
        current: list[Finding] = []  # the row's findings: one, or one per indicator of a range ("ตัวชี้วัดที่ 1-5")
        above = ""  # the indicator cell of the row that started ``current``
        for row in table.body:
            cells = row.clean + [""] * (max(col, label_col) + 1 - len(row.clean))
            label = cells[label_col]
            if row.is_section:
                tool = ind.tool_in(label) or tool
                current = []
                continue
            tool = ind.tool_in(row.section or "") or tool
            text = join_wraps(cells[col])
            number, _ = ind.resolve(label, tool) if label else (None, None)
            if current and (not label or (row.after_break and (
                    row.open_top or _label_goes_on(above, label, number, current[0].indicator)))):
                if text:  # a row continued from the row above (page break or merged cell)
                    for finding in current:
                        # a page break cuts a cell where its line wrapped: joined as a wrap is
                        finding.text = join_lines([finding.text, text]) if row.after_break else f"{finding.text} {text}"
                above = f"{above} {label}".strip()
                continue
            current, above = [], label
            named = ind.explicit_refs(label)  # "ตัวชี้วัดที่ 1-5 (IIT)": the row's analysis is each one's, not the first's
            if (number is None and len(named) < 2) or is_no_value(text) or _no_issue(text):  # "-", "ไม่มี": nothing to improve
                continue
            current = [Finding(indicator=n, tool=ind.tool_of(n), text=text,
                               where=row.cell_where(col))  # the finding's cell: its column and, in a PDF, its box
                       for n in (named if len(named) > 1 else [number] if number is not None else [])]
            found.extend(current)
    return found, used


def unlinked_rows(tables: list[Table]) -> list[Check]:
    """Rows of an analysis table whose label names an assessment tool but no indicator ("แบบวัด EIT | ผู้รับบริการ…",
    "OIT | ข้อมูลบางรายการ…") and whose finding cell says an issue: no finding (a tool has several indicators, the
    indicator is not guessed), an info check each (FINDING_WITHOUT_INDICATOR), as such a line under an issues heading."""
    checks: list[Check] = []
    for table in tables:
        col = finding_column(table)
        if col is None:
            continue
        label_col = indicator_column(table)
        for row in table.body:
            cells = row.clean + [""] * (max(col, label_col) + 1 - len(row.clean))
            label, text = cells[label_col].strip(), join_wraps(cells[col])
            if (row.is_section or not label or ind.tool_in(label) is None or ind.resolve(label, None)[0] is not None
                    or len(ind.explicit_refs(label)) > 1 or is_no_value(text) or _no_issue(text) or len(SCORE_PHRASE.sub("", text)) < MIN_PARAGRAPH_NUMBERED):
                continue
            checks.append(make_check("FINDING_WITHOUT_INDICATOR", row.cell_where(col),
                                     section=table.header.clean[col].strip(), what=_TOOL, lead=label,
                                     source_text=f"{label} | {text}"))
    return checks


def _wrap_tail(above: str, text: str, following: Line | Table | None) -> bool:
    """``text``, short, ends the paragraph whose long line ``above`` it follows (a text file wrapped by hand: "…ยังไม่มี
    ช่องทางให้ติดต่อสอบถาม" | "นอกเวลาราชการ"): the next indicator's heading or the document's end follows it, and it has
    no shape of a heading, an item, a label or a score."""
    if len(above) < MIN_PARAGRAPH or len(text) >= MIN_PARAGRAPH or not text.strip():
        return False
    if not (following is None or (isinstance(following, Line) and _heading_indicator(following.text) is not None)):
        return False
    flat = squash_spaces(text)
    return not (LABELLED.match(text) or BULLETED.match(text) or SECTION.match(text) or ITEM_START.match(text)
                or PART_START.match(text) or any(w in flat.lower() for w in SCORE_LINE_WORDS)  # "คะแนนภาพรวม 90.12"
                or _heading_indicator(text) is not None
                or _section_heading(text) or flat.startswith(ADVICE_HEADING_OPENERS) or flat.startswith(TOPIC_OPENERS)
                or flat.endswith((":", "：")) or ind.tool_in(text) is not None)


def _label_alone(text: str) -> bool:
    """A line that is only an analysis label ("จุดแข็ง", "จุดที่ต้องพัฒนา :": finding_cues.FINDING_LINE_LABELS) over the
    lines saying it; an advice label alone ("ข้อเสนอแนะ") heads advice, no part of the analysis."""
    flat = squash_spaces(text).rstrip(":：").lower()
    return flat in _LABELS_FLAT and not flat.startswith(ADVICE_HEADING_OPENERS)


_LABELS_FLAT = frozenset(squash_spaces(w).lower() for w in FINDING_LINE_LABELS)
# "(ตัวชี้วัดที่ 9)", "(ตัวชี้วัดที่ ๑-๕)" closing an issue line
TRAILING_REFS = patterns.compile(r"\(\s*+(?:" + ind.EXPLICIT.pattern + r")\s*+\)\s*+[.。]?\s*+$")


def _trailing_refs(text: str) -> tuple[list[int], str] | None:
    """The indicators a numbered or bulleted issue line names in brackets at its end, and the issue before them."""
    lead = LIST_LEAD.match(text)
    if len(text) > MAX_HEADING or lead is None or not lead.group(0).strip():
        return None  # a list item's line only: an issue listed under the issues heading
    m = TRAILING_REFS.search(text)
    if m is None:
        return None
    refs = ind.explicit_refs(m.group(0))
    said = text[lead.end():m.start()].strip(LABEL_END)
    if not refs or _no_issue(said) or len(SCORE_PHRASE.sub("", said)) < MIN_PARAGRAPH_NUMBERED:
        return None
    return refs, said


def _advice_heading(text: str) -> bool:
    """A short unlabelled line heading the advice that follows ("แนวทางที่ควรดำเนินการ": finding_cues.ADVICE_HEADING_OPENERS)."""
    return len(text) < MIN_PARAGRAPH and not LABELLED.match(text) and squash_spaces(text).startswith(ADVICE_HEADING_OPENERS)


def _no_issue(text: str) -> bool:
    """The analysis says it found nothing to improve ("ไม่มีประเด็นที่ต้องพัฒนา": finding_cues.NO_ISSUE_OPENERS)."""
    return squash_spaces(text).startswith(NO_ISSUE_OPENERS)


def _label_goes_on(above: str, label: str, number: int | None, indicator: int) -> bool:
    """The indicator cell after a page break is the rest of the one above ("ตัวชี้วัดที่ ๑๐ การ" |
    "ป้องกันการทุจริต"): it has no number of its own, names no other indicator, and the cell
    above stops mid-word or mid-phrase."""
    if ITEM_START.match(label) or ind.explicit_refs(label) or number not in (None, indicator):
        return False
    return bool(above) and (continues_word(above, label) or ends_mid_phrase(above))


# an English label opening a line, after any numbering or bullet: "Indicator 9", "- Indicator No. 10"
_LABEL_EN = patterns.compile(possessive_spaces(rf"^(\s*(?:\(\s*[0-9]{{1,2}}\s*\)|[0-9]{{1,2}}\s*[.)]|[{regex.escape(BULLETS)}])?\s*)"
                             rf"{INDICATOR_LABEL_EN}([0-9]{{1,2}})(?![0-9.])\s*[:.\-–]?\s*"), regex.IGNORECASE)
_NAMES_EN = {n: patterns.compile(possessive_spaces(r"(?:\(\s*)?(?:" + "|".join(regex.escape(name).replace(r"\ ", r"\s+")
                                                                   for name in names) + r")\b\s*\)?\s*"), regex.IGNORECASE)
             for n, names in INDICATOR_NAMES_EN.items()}


def _thai_label(line: Line) -> Line:
    """A line opening with an English indicator label ("Indicator 9 Open data: …"), its label written as the
    Thai one ("ตัวชี้วัดที่ 9 : …", the English name passed over), so the Thai rules read it; else the line."""
    m = _LABEL_EN.match(line.text) if "ndicator" in line.text[:40] else None
    if m is None or not 1 <= int(m.group(2)) <= 10:
        return line
    rest = line.text[m.end():]
    name = _NAMES_EN[int(m.group(2))].match(rest)
    rest = rest[name.end():] if name else rest
    return replace(line, text=f"{m.group(1)}ตัวชี้วัดที่ {m.group(2)} : {rest.lstrip(' :：-–')}".rstrip(" :"))


def _heading_after_title(line: Line) -> Line:
    """A line that is an ITA title with an indicator heading run into its end ("…พ.ศ. 2568 ตัวชี้วัดที่ 3 การใช้อำนาจ": a PDF
    reader joins a bold heading to the bold title above it when the title's last line ends near the right edge), as the
    heading alone; else the line (finding_cues.SENTENCE_LINK_ENDS)."""
    text = line.text
    at = text.rfind("ตัวชี้วัด")
    if at <= 0 or len(text) <= MAX_SECTION_HEADING or HEADING.match(text):
        return line
    title, tail = text[:at], text[at:]
    flat = squash_spaces(title)
    if (not any(w.lower() in flat.lower() for w in ITA_HEADING_WORDS) or flat.endswith(SENTENCE_LINK_ENDS)
            or ind.explicit_refs(title)):
        return line
    number = _heading_indicator(tail)
    if number is None or _said_after_label(tail, number) is not None:
        return line
    return replace(line, text=tail)


def findings_from_text(blocks: list[Line | Table]) -> list[Finding]:
    """Analysis paragraphs directly under an indicator heading line (tables end a paragraph)."""
    found: list[Finding] = []
    blocks = [_heading_after_title(_thai_label(b)) if isinstance(b, Line) else b for b in blocks]
    for i, block in enumerate(blocks):
        if not isinstance(block, Line):
            continue
        heading = block.text
        if (low := _low_subject_line(heading)) is not None:
            # "ตัวชี้วัดที่มีคะแนนต่ำที่สุด คือ ตัวชี้วัดที่ 9 … เนื่องจาก…": the line names its issue and its indicator
            found.append(Finding(indicator=low[0], tool=ind.tool_of(low[0]), text=low[1], where=block.where))
            continue
        number = _heading_indicator(heading)
        if number is not None and _other_framework(blocks, i, number):
            continue  # "ตัวชี้วัดที่ ๔ …" under "มาตรฐานที่ ๒": another framework's indicator
        if number is None and (several := _several_indicators(heading)) is not None:
            # "ตัวชี้วัดที่ 1-5 บุคลากร…" under an issues heading: the line's finding is each one's, as a table row's
            refs, said = several
            if said and _in_finding_section(blocks, i, said):
                found.extend(Finding(indicator=n, tool=ind.tool_of(n), text=said, where=block.where) for n in refs)
            if said or BULLETED.match(heading):
                continue
            # "ตัวชี้วัดที่ 1-5 (IIT)" alone on its line heads the paragraph under it, as one indicator's heading does:
            # the paragraph is each one's finding
            numbers, number = refs, refs[0]
        else:
            numbers = []
        if number is None and (number := _long_indicator_line(heading)) is not None:
            # longer than a heading: "ตัวชี้วัดที่ ๔ … ได้คะแนน ๗๘.๕๐ สาเหตุมาจาก…" says its analysis on its own line
            said = _said_after_label(heading, number)
            if said and _in_finding_section(blocks, i, said):
                found.append(Finding(indicator=number, tool=ind.tool_of(number), text=said, where=block.where))
            continue
        if number is None and (number := _bare_name(heading)) is not None and not _in_finding_section(blocks, i):
            number = None  # an indicator's name alone on a line heads its issues only under an issues heading
        if number is None:
            # "๗. ประสิทธิภาพการสื่อสาร ผู้ปกครองไม่ทราบ…": a numbered line opening with a name is a
            # list item in general (no heading), and a one-line finding under an issues heading
            number = _named_line(heading)
            said = _said_after_label(heading, number) if number is not None else None
            if number is not None and said and _in_finding_section(blocks, i, said):
                found.append(Finding(indicator=number, tool=ind.tool_of(number), text=said, where=block.where))
            elif (number is None and (trailing := _trailing_refs(heading)) is not None
                  and _in_finding_section(blocks, i, trailing[1])):
                # "1. ข้อมูลการจัดซื้อจัดจ้างไม่เป็นปัจจุบัน (ตัวชี้วัดที่ 9)": the issue names its indicator last
                refs, said = trailing
                found.extend(Finding(indicator=n, tool=ind.tool_of(n), text=said, where=block.where) for n in refs)
            elif (number is None and (named := _sentence_indicator(heading)) is not None
                  and _in_finding_section(blocks, i)):
                # "…ซึ่งส่งผลให้ตัวชี้วัดที่ 5 … มีคะแนนต่ำ…" under an issues heading: the paragraph is that indicator's
                found.append(Finding(indicator=named, tool=ind.tool_of(named), text=heading.strip(), where=block.where))
            continue
        numbers = numbers or [number]
        minimum = MIN_PARAGRAPH_NUMBERED if PAREN_NUMBERED.match(heading) else MIN_PARAGRAPH
        # under an issues heading, the short bulleted lines an indicator heads are its issues
        listed = None if BULLETED.match(heading) else _in_finding_section(blocks, i)
        body: list[Line] = []
        # a bulleted indicator line is an item of a list (of scores, of issues): it heads no paragraph,
        # what it says after its name is all it says
        for k, nxt in enumerate(blocks[i + 1:] if not BULLETED.match(heading) else ()):
            if not isinstance(nxt, Line):
                break
            text = nxt.text
            if body and _wrap_tail(body[-1].text, text, blocks[i + k + 2] if i + k + 2 < len(blocks) else None):
                body.append(nxt)  # the short last line of a paragraph wrapped by hand, before the next indicator
                continue
            if SCORE_LINE.fullmatch(text.strip()):
                continue  # "คะแนนที่ได้ 95.00" under the heading: the score is a record of its own, the analysis follows
            if _describes(text, number):
                continue  # "ตัวชี้วัดที่ ๙ ประกอบด้วย …": what the indicator is, not what was found; the analysis may follow
            short = len(text) < minimum and not (body and _label_alone(body[-1].text))  # what a label alone heads
            if ((short and not LABELLED.match(text) and not _label_alone(text) and not (listed and BULLETED.match(text)))
                    or _heading_indicator(text) is not None
                    or SECTION.match(text) or PART_START.match(text) or _new_topic(text, number)
                    or _advice_heading(text)):
                break  # a framework's or the document's next part ("ยุทธศาสตร์ที่ ๒ …", "ส่วนที่ ๓") ends it too
            body.append(nxt)
        while body and _label_alone(body[-1].text):
            body.pop()  # a label over nothing of this indicator's ("จุดอ่อน" before the next heading) heads what follows
        if body:
            text = join_paragraph([b.text for b in body])
            if not _no_issue(text):  # "ไม่มีประเด็นที่ต้องพัฒนา" under the heading: nothing to improve, as in a table's cell
                found.extend(Finding(indicator=n, tool=ind.tool_of(n), text=text, where=body[0].where) for n in numbers)
            continue
        if len(numbers) > 1:
            continue  # a range's line with nothing under it
        said = _said_after_label(heading, number)
        if said and _in_finding_section(blocks, i, said):
            found.append(Finding(indicator=number, tool=ind.tool_of(number), text=said, where=block.where))
    return found


# "(๑๐)", "๓.", then "ตัวชี้วัดที่ ๑๐" or "ตัวชี้วัด" before a name
LABEL_LEAD = patterns.compile(rf"^\s*(?:\(\s*[0-9๐-๙]{{1,2}}\s*\)|[0-9๐-๙]{{1,2}}\s*[.)]|[{regex.escape(BULLETS)}])?\s*"
                           r"(?:ตัวชี้วัด(?:ที่)?\s*(?:[0-9๐-๙]{1,2}(?![0-9๐-๙.]))?)?\s*")
SCORE_PHRASE = patterns.compile(r"[0-9๐-๙.,%()]+|" + _SCORE_WORDS + r"|\s+")
LABEL_END = " :：-–"


def _said_after_label(text: str, number: int) -> str | None:
    """What an indicator line says after its number and name, when more than a score."""
    pos = _after_name(text, LABEL_LEAD.match(text).end(), number)  # type: ignore[union-attr]  # every part is optional
    rest = text[pos:].lstrip(LABEL_END)
    rest = _after_score(rest)  # the score (and its level) is a record of its own
    if _no_issue(rest) or _describes(rest, number):
        return None
    return rest if len(SCORE_PHRASE.sub("", rest)) >= MIN_PARAGRAPH_NUMBERED else None


# a level stated after a score: "อยู่ในระดับดีมาก", "ระดับ A", "ผ่านดีเยี่ยม" (finding_cues.LEVEL_LEADS, LEVEL_WORDS)
_LEVEL_WORD = "|".join(map(regex.escape, LEVEL_WORDS))
LEADING_LEVEL = patterns.compile(r"^\s*(?:(?:" + "|".join(map(regex.escape, LEVEL_LEADS)) + r")\s*[\"“'(]?\s*(?:" + _LEVEL_WORD
                                 + r")|(?:" + "|".join(map(regex.escape, THAI_PASS_LEVELS)) + r"))\s*[\"”')]?")


def _after_score(rest: str) -> str:
    """What a line says after the score its words open with ("ได้คะแนน 95.00") and the level stated with it ("อยู่ในระดับดีมาก")."""
    had_score = LEADING_SCORE.match(rest) is not None
    rest = LEADING_SCORE.sub("", rest, count=1).lstrip(LABEL_END)
    return LEADING_LEVEL.sub("", rest, count=1).lstrip(LABEL_END) if had_score else rest


def _after_name(text: str, pos: int, number: int) -> int:
    """Where indicator ``number``'s name ends if ``text`` has it at ``pos``, after any lead word ("ด้าน":
    finding_cues.NAME_LEAD_WORDS); else ``pos``."""
    for lead in ("", *NAME_LEAD_WORDS):
        start = _spaced_prefix(text, pos, lead) if lead else pos
        if start is None:
            continue
        for name in ind.names_of(number):
            end = _spaced_prefix(text, start, name)
            if end is not None:
                return end
    return pos


# a line opening with several indicators by number ("ตัวชี้วัดที่ 9 และตัวชี้วัดที่ 10", "- ตัวชี้วัดที่ ๑-๕ (IIT) :")
_EXPLICIT = ind.EXPLICIT.pattern
SEVERAL_LEAD = patterns.compile(rf"^\s*(?:\(\s*[0-9๐-๙]{{1,2}}\s*\)|[0-9๐-๙]{{1,2}}\s*[.)]|[{regex.escape(BULLETS)}])?\s*"
                                rf"(?:{_EXPLICIT})(?:\s*(?:,|และ|หรือ|/)\s*(?:{_EXPLICIT}))*"
                                r"(?:\s*\(\s*(?:IIT|EIT|OIT)\s*\))?")


# the tool a range of indicators belongs to, named after it ("ตัวชี้วัดที่ ๖ ถึง ๘ แบบวัด EIT ได้คะแนน …"): no finding's words
TOOL_AFTER_RANGE = patterns.compile(r"^\s*+(?:(?:" + "|".join(map(regex.escape, TOOL_LEAD_WORDS)) + r")\s*+)?\(?\s*+(?:IIT|EIT|OIT)\s*+\)?")


def _several_indicators(text: str) -> tuple[list[int], str | None] | None:
    """The indicators a line opens with when more than one ("ตัวชี้วัดที่ 1-5 …", "ตัวชี้วัดที่ 9 และตัวชี้วัดที่ 10 …"),
    and what it says after them when more than a score (else None); None for any other line."""
    m = SEVERAL_LEAD.match(text)
    if m is None or len(text) > MAX_HEADING:
        return None
    refs = ind.explicit_refs(m.group(0))
    if len(refs) < 2 or _kpi_numbered(text):
        return None
    rest = TOOL_AFTER_RANGE.sub("", text[m.end():].lstrip(LABEL_END), count=1).lstrip(LABEL_END)  # "แบบวัด EIT": the range's tool
    rest = _after_score(rest)
    if _no_issue(rest) or len(SCORE_PHRASE.sub("", rest)) < MIN_PARAGRAPH_NUMBERED:
        return refs, None
    return refs, rest


NUMBERED = patterns.compile(_NUMBERED)
SCORE_LINE = patterns.compile(r"(?:" + "|".join(regex.escape(w) for w in SCORE_LINE_WORDS) + r")\s*[:=]?\s*"
                              r"[0-9๐-๙]{1,3}(?:[.,][0-9๐-๙]{1,2})?(?:\s*(?:คะแนน|%|points?))?", regex.IGNORECASE)


# a list item's number or bullet, then "ตัวชี้วัด" before a name ("1. ตัวชี้วัดการป้องกันการทุจริต …"); or a name's
# lead word (finding_cues.NAME_LEAD_WORDS), numbered or not ("ด้านการเปิดเผยข้อมูล …", "๒. ด้านการใช้อำนาจ …")
_NAME_LEAD = "|".join(map(regex.escape, NAME_LEAD_WORDS))
NAMED_LEAD = patterns.compile(rf"^\s*(?:(?:\(\s*[0-9๐-๙]{{1,2}}\s*\)|[0-9๐-๙]{{1,2}}\s*[.)]|[{regex.escape(BULLETS)}])\s*"
                              rf"(?:ตัวชี้วัด(?:ที่)?\s*|(?:{_NAME_LEAD})\s*)?|(?:{_NAME_LEAD})\s*)")


def _named_line(text: str) -> int | None:
    """The indicator whose name a numbered or bulleted line opens with ("๗. ประสิทธิภาพการสื่อสาร …",
    "- การป้องกันการทุจริต : …", "1. ตัวชี้วัดการใช้อำนาจ …")."""
    m = NAMED_LEAD.match(text)
    if m is None:
        return None
    for name, number in ind.NAMES:
        if _spaced_prefix(text, m.end(), name) is not None:
            return number
    return None


_NAME_OF = dict(ind.NAMES)


# "ตัวชี้วัดที่ ๙", "ตัวชี้วัดนี้" opening a sentence about the indicator
DESCRIPTION_LEAD = patterns.compile(r"^\s*(?:ตัวชี้วัด(?:ที่)?\s*[0-9๐-๙]{1,2}(?![0-9๐-๙.])|"
                                    + "|".join(map(regex.escape, DESCRIPTION_SUBJECTS)) + r")?\s*")


def _describes(text: str, number: int) -> bool:
    """The line says what indicator ``number`` is or how it is assessed ("ตัวชี้วัดที่ ๙ ประกอบด้วย …",
    "ตัวชี้วัดนี้ประเมินจาก …": finding_cues.DESCRIPTION_OPENERS after the subject and the name), not a finding."""
    pos = _after_name(text, DESCRIPTION_LEAD.match(text).end(), number)  # type: ignore[union-attr]  # all optional
    return squash_spaces(text[pos:pos + 40]).lstrip(LABEL_END).startswith(DESCRIPTION_OPENERS)


def _bare_name(text: str) -> int | None:
    """The indicator a line names and says nothing more ("การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต :")."""
    return _NAME_OF.get(squash_spaces(text).rstrip(":：")) if len(text) <= MAX_HEADING else None


def _spaced_prefix(text: str, pos: int, name: str) -> int | None:
    """Where ``name`` (spaces removed) ends if ``text`` has it at ``pos``, spaces in it allowed."""
    k = 0
    while pos < len(text) and k < len(name):
        if text[pos].isspace():
            pos += 1
        elif text[pos] == name[k]:
            pos, k = pos + 1, k + 1
        else:
            return None
    return pos if k == len(name) else None


# a list item's number or bullet; then an OIT item's code ("ข้อ O12", "O30 :")
LIST_LEAD = patterns.compile(rf"^\s*(?:\(\s*[0-9๐-๙]{{1,2}}\s*\)|[0-9๐-๙]{{1,2}}\s*[.)]|[{regex.escape(BULLETS)}])?\s*")
ITEM_CODE = patterns.compile(r"(?:(?:" + "|".join(map(regex.escape, ITEM_CODE_WORDS)) + r")\s*)?[Oo]\s?[0-9๐-๙]{1,2}(?![0-9๐-๙.])")
TOOL_LEAD = patterns.compile(r"(?:" + "|".join(map(regex.escape, TOOL_LEAD_WORDS)) + r"|IIT|EIT|OIT)")
_ITEM = Phrase("an OIT item", "รหัสข้อของแบบตรวจการเปิดเผยข้อมูล")
_TOOL = Phrase("an assessment tool", "เครื่องมือการประเมิน")


def _unlinked_lead(text: str) -> tuple[Phrase, str] | None:
    """What an issue line names instead of an indicator, and the words naming it: an OIT item ("ข้อ O12 ยังไม่เผยแพร่ …")
    or a tool ("แบบ OIT ยังขาด …": finding_cues.TOOL_LEAD_WORDS); None when it names an indicator or says too little."""
    pos = LIST_LEAD.match(text).end()  # type: ignore[union-attr]  # every part is optional
    head = text[pos:pos + TOOL_LEAD_REACH]
    if ind.explicit_refs(head) or ind.names_in(ind.without_tool_names(head)):  # a tool's name is no indicator's
        return None
    if (item := ITEM_CODE.match(text, pos)) is not None:
        what, lead = _ITEM, item.group(0)
    elif (tool := TOOL_LEAD.match(text, pos)) is not None and ind.tool_in(head) is not None:
        # the lead: up to the tool's code ("แบบวัด … (EIT)"), else the lead word ("แบบตรวจการเปิดเผยข้อมูลสาธารณะ" names one)
        code = ind.TOOL_CODE.search(head)
        end = pos + code.end() + (head[code.end():code.end() + 1] == ")") if code else tool.end()
        what, lead = _TOOL, text[pos:end]
    else:
        return None
    return (what, lead.strip()) if len(text) - pos - len(lead) >= MIN_PARAGRAPH_NUMBERED else None


def unlinked_issues(blocks: list[Line | Table]) -> list[Check]:
    """Issue lines directly under an issues heading that name a tool or an OIT item but no indicator: no finding
    (its indicator is not guessed), an info check each (FINDING_WITHOUT_INDICATOR)."""
    checks: list[Check] = []
    carried: str | None = None  # the issues heading over the tool heading whose paragraph is being passed
    for i, block in enumerate(blocks):
        if not isinstance(block, Line):
            carried = None
            continue
        if (tool := _tool_heading(block.text)) is not None:
            # "1. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)" over a paragraph, under an issues heading (or after the
            # paragraph of another such tool heading under it): the paragraph is the tool's, no indicator's
            carried = _finding_section_above(blocks, i) or carried
            body = _tool_paragraph(blocks, i + 1)
            if carried is not None and body:
                checks.append(make_check("FINDING_WITHOUT_INDICATOR", body[0].where, section=carried.strip(), what=_TOOL,
                                         lead=tool, source_text=join_paragraph([b.text for b in body])))
            continue
        if carried is not None and _tool_paragraph(blocks, i):
            continue  # the paragraph under a tool heading
        carried = None
        if (unlinked := _unlinked_lead(block.text)) is None:
            continue
        # the issues heading above, past the other issues of its list (naming indicators, tools or items)
        section = _finding_section_above(blocks, i)
        if section is not None:
            what, lead = unlinked
            checks.append(make_check("FINDING_WITHOUT_INDICATOR", block.where, section=section.strip(), what=what,
                                     lead=lead, source_text=block.text))
    return checks


_TOOL_WORDS = patterns.compile(r"(?:" + "|".join(map(regex.escape, (*TOOL_LEAD_WORDS, *TOOL_NAME_FILLERS))) + r"|IIT|EIT|OIT|[()\s:：\-–])+")


def _tool_heading(text: str) -> str | None:
    """The tool a short line names and nothing more ("1. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "แบบวัด EIT"),
    the line's words after its number; else None."""
    if len(text) > MAX_SECTION_HEADING:
        return None
    pos = LIST_LEAD.match(text).end()  # type: ignore[union-attr]  # every part is optional
    head = text[pos:]
    if not TOOL_LEAD.match(head) or ind.tool_in(head) is None or ind.explicit_refs(head):
        return None
    rest = _TOOL_WORDS.sub("", ind.without_tool_names(head))
    return head.strip() if not rest else None


def _tool_paragraph(blocks: list[Line | Table], start: int) -> list[Line]:
    """The paragraph lines from ``blocks[start]`` under a tool heading: long lines (MIN_PARAGRAPH) that head nothing."""
    body: list[Line] = []
    for nxt in blocks[start:]:
        if (not isinstance(nxt, Line) or len(nxt.text) < MIN_PARAGRAPH or _tool_heading(nxt.text) is not None
                or HEADING.match(nxt.text) or _named_line(nxt.text) is not None or SECTION.match(nxt.text)
                or _section_heading(nxt.text) or _unlinked_lead(nxt.text) is not None):
            break
        body.append(nxt)
    return body


# "ตัวชี้วัดที่มีคะแนนต่ำที่สุด คือ ": "ตัวชี้วัด" with no number, a low result's word, a link word (finding_cues.LOW_SUBJECT_LINKS)
LOW_SUBJECT = patterns.compile(
    rf"^\s*(?:\(\s*[0-9๐-๙]{{1,2}}\s*\)|[0-9๐-๙]{{1,2}}\s*[.)]|[{regex.escape(BULLETS)}])?\s*ตัวชี้วัด(?:ที่)?(?!\s*[0-9๐-๙])"
    rf"(?P<subject>[^0-9๐-๙]{{0,{LOW_SUBJECT_REACH}}}?)(?:{'|'.join(map(regex.escape, LOW_SUBJECT_LINKS))})\s*(?=ตัวชี้วัด)")


def _low_subject_line(text: str) -> tuple[int, str] | None:
    """The indicator a line names as the one that scored low, and what it says of it after its name and score
    ("ตัวชี้วัดที่มีคะแนนต่ำที่สุด คือ ตัวชี้วัดที่ 9 … ได้คะแนน 68.75 เนื่องจาก…" → 9, "เนื่องจาก…"); None for any other line."""
    m = LOW_SUBJECT.match(text) if len(text) <= 2 * MAX_HEADING else None
    if m is None or not any(w in squash_spaces(m.group("subject")) for w in LOW_RESULT_WORDS):
        return None
    ref = ind.EXPLICIT.match(text, m.end())
    refs = ind.explicit_refs(text)
    if ref is None or len(set(refs)) != 1 or _kpi_numbered(text[m.end():]):
        return None
    number = refs[0]
    said = _after_score(text[_after_name(text, ref.end(), number):].lstrip(LABEL_END))
    if _no_issue(said) or len(SCORE_PHRASE.sub("", said)) < MIN_PARAGRAPH_NUMBERED:
        return None
    return number, said


def _sentence_indicator(text: str) -> int | None:
    """The one indicator a paragraph names by number inside a sentence, saying it scored low ("…ซึ่งส่งผลให้ตัวชี้วัดที่ 5
    การแก้ไขปัญหาการทุจริต มีคะแนนต่ำ…": finding_cues.LOW_RESULT_WORDS within LOW_RESULT_REACH characters after it);
    None for a line opening with an indicator (a heading or an item: other rules read it) or naming several."""
    if len(text) < MIN_PARAGRAPH or HEADING.match(text) or "ตัวชี้วัด" not in text:
        return None
    refs = set(ind.explicit_refs(text))
    match = ind.EXPLICIT.search(text)
    if len(refs) != 1 or match is None or _kpi_numbered(text[match.start():]):
        return None
    after = squash_spaces(text[match.end():match.end() + LOW_RESULT_REACH])
    return refs.pop() if any(w in after for w in LOW_RESULT_WORDS) else None


def _section_heading(text: str) -> bool:
    """A short line naming issues (finding_cues.FINDING_SECTION_CUES); or a longer one that is a title naming the ITA
    (finding_cues.ITA_HEADING_WORDS) with such a heading at its end: a PDF reader runs a bold heading into the bold
    title above it when the title's last line ends near the right edge ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและ
    ความโปร่งใส … พ.ศ. 2568 จุดที่ควรพัฒนา")."""
    flat = squash_spaces(text).lower()  # English cues are lower-cased (Thai has no case)
    if len(text) <= MAX_SECTION_HEADING:
        return any(c in flat for c in FINDING_SECTION_CUES)
    flat = flat.rstrip(":：")
    if len(text) > MAX_HEADING or not (cue := next((c for c in FINDING_SECTION_CUES if flat.endswith(c)), None)):
        return False
    return any(w.lower() in flat[:-len(cue)] for w in ITA_HEADING_WORDS)


def _in_finding_section(blocks: list[Line | Table], i: int, said: str | None = None) -> bool:
    """The first line above line ``i`` that is not an indicator's line is a heading naming issues
    (finding_cues.FINDING_SECTION_CUES), within FINDING_SECTION_REACH lines. Under a heading naming advice as well
    ("ข้อสังเกตและข้อเสนอแนะ"), a line that ``said`` advice ("ควรปรับปรุง …": finding_cues.ADVICE_OPENERS) is none of its issues."""
    return _finding_section_above(blocks, i, said) is not None


def _finding_section_above(blocks: list[Line | Table], i: int, said: str | None = None) -> str | None:
    """The issues heading line ``i`` is listed under (_in_finding_section), else None."""
    for block in reversed(blocks[max(0, i - FINDING_SECTION_REACH):i]):
        if not isinstance(block, Line):
            return None
        if (_heading_indicator(block.text) is not None or _named_line(block.text) is not None
                or _bare_name(block.text) is not None or _several_indicators(block.text) is not None
                or _trailing_refs(block.text) is not None
                or _long_indicator_line(block.text) is not None or BULLETED.match(block.text)):
            continue  # an indicator's line, or an issue listed under one
        if _unlinked_lead(block.text) is not None or _sentence_indicator(block.text) is not None:
            continue  # an issue naming a tool or an item (no finding: unlinked_issues), or an indicator mid-sentence
        if said is not None and squash_spaces(said).startswith(ADVICE_OPENERS) and _names_advice(block.text):
            return None
        return block.text if _section_heading(block.text) else None
    return None


def _names_advice(heading: str) -> bool:
    """The heading names advice ("… และข้อเสนอแนะ", "… และแนวทางแก้ไข": finding_cues.ADVICE_HEADING_OPENERS)."""
    flat = squash_spaces(heading)
    return any(w in flat for w in ADVICE_HEADING_OPENERS)


MAX_SECTION_HEADING = 80


def _new_topic(text: str, number: int) -> bool:
    """The paragraph turns away from indicator ``number``: a topic opener ("อนึ่ง", "ในภาพรวม"),
    or a statement about tools none of which is the indicator's ("เครื่องมือ EIT …" under 10)."""
    if squash_spaces(text[:40]).startswith(TOPIC_OPENERS):
        return True
    tools = set(ind.TOOL_CODE.findall(text))
    named = ind.tool_in(ind.TOOL_CODE.sub(" ", text))
    if named:
        tools.add(named)
    return bool(tools) and ind.tool_of(number) not in tools


def _part_start(words: tuple[str, ...]) -> regex.Pattern:
    """A line opening (after any numbering) with one of ``words`` and a number ("มาตรฐานที่ ๒ …")."""
    # (the line's blanks taken once, possessively: nested runs of \s* rescanned a long blank line)
    return patterns.compile(r"^\s*+(?:" + _NUMBERED.removeprefix(r"^\s*") + ")?(?:" + "|".join(map(regex.escape, words))
                            + r")\s*+[0-9๐-๙]")


FRAMEWORK_PART_START = _part_start(OTHER_FRAMEWORK_PARTS)
PART_START = _part_start((*OTHER_FRAMEWORK_PARTS, *PART_HEADING_WORDS))  # any part of a framework or the document


MIN_FRAMEWORK_NAME = 6  # characters of a name after the number and any score (spaces kept)


def _other_framework(blocks: list[Line | Table], i: int, number: int) -> bool:
    """The indicator heading at ``blocks[i]`` is under another framework's part ("มาตรฐานที่ ๒ …": the nearest
    such line above, no heading naming the ITA between) and names something else than ITA indicator N."""
    lead = LABEL_LEAD.match(blocks[i].text)  # type: ignore[union-attr]  # a Line: the caller's
    rest = blocks[i].text[lead.end() if lead else 0:]  # type: ignore[union-attr]
    named = SCORE_PHRASE.sub("", ind.without_tool_names(rest)).strip(LABEL_END + "()")
    if len(named) < MIN_FRAMEWORK_NAME or number in ind.names_in(rest) or ind.fuzzy_name(rest) == number:
        return False  # a number and a score only, or the ITA indicator's own name
    for block in reversed(blocks[:i]):
        if not isinstance(block, Line):
            continue
        if FRAMEWORK_PART_START.match(block.text):
            return True
        if len(block.text) <= MAX_HEADING and any(w in block.text for w in ITA_HEADING_WORDS):
            return False  # a heading naming the ITA ("ส่วนที่ ๓ ผลการประเมิน ITA"): its indicators are the ITA's
    return False


# "ตัวชี้วัดที่ ๓ ร้อยละของผู้ป่วยเบาหวาน…", "ตัวชี้วัดที่ 2 ระดับความสำเร็จของ…": a plan's KPI numbered as the plan
# numbers them (score_cues.KPI_LABEL_LEADS right after the number), not the assessment's indicator N
KPI_NAME = patterns.compile("|".join(KPI_LABEL_LEADS))


def _kpi_numbered(text: str) -> bool:
    """The line names a plan's KPI after its "ตัวชี้วัดที่ N": what follows the number measures something."""
    lead = LABEL_LEAD.match(text)
    return bool(KPI_NAME.match(text[lead.end() if lead else 0:].lstrip(LABEL_END)))


def _long_indicator_line(text: str) -> int | None:
    """The one indicator a line too long for a heading opens with by number ("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สิน…
    ได้คะแนน … เนื่องจาก …"), else None."""
    if len(text) <= MAX_HEADING or not HEADING.match(text):
        return None
    lead = LABEL_LEAD.match(text)
    refs = ind.explicit_refs(lead.group(0)) if lead else []
    return refs[0] if len(refs) == 1 and not _kpi_numbered(text) else None


def _heading_indicator(text: str) -> int | None:
    """The indicator a heading line introduces: "ตัวชี้วัดที่ N …", or "(N) ตัวชี้วัด<name> …".

    A name alone is trusted only under "(N)" numbering: "ตัวชี้วัดที่ต่ำกว่า… คือ การเปิดเผยข้อมูล"
    is a sentence, not a heading."""
    if len(text) > MAX_HEADING:
        return None
    if not HEADING.match(text):
        m = NAME_HEADING.match(text)
        if m is None:
            return None
        numbers = ind.names_in(m.group("name"))
        # the whole name is one indicator's name, nothing more
        return numbers[0] if len(numbers) == 1 and squash_spaces(m.group("name")) in ind.names_of(numbers[0]) else None
    refs = ind.explicit_refs(text)
    if refs:
        return refs[0] if len(refs) == 1 and not _kpi_numbered(text) else None
    if not PAREN_NUMBERED.match(text):
        return None
    names = ind.names_in(text)
    return names[0] if len(names) == 1 else None

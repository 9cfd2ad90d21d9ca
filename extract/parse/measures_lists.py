"""Measures written as numbered paragraphs: notices (ประกาศ) of measures or rules of conduct,
policies with nested practice items, analyses ending with a numbered list of improvements.

A numbered list is a run of lines numbered 1, 2, 3 … at one level: "๑." / "1)" / "(๑)" / "ก." / "มาตรการที่ ๑"
/ "ข้อ ๑" at the top, or "๓.๑", "๓.๒" … under a numbered heading "๓.". Deeper numbers under an item
("๓.๑.๑", or "๑.๑" under "๑.") and bullets are its steps; a line opening with a responsible or time
label ("ผู้รับผิดชอบ …", "ระยะเวลา : …") gives that field; other un-numbered lines continue the item,
step or field above.
The list ends at a closing line ("จึงประกาศให้ทราบโดยทั่วกัน", "ประกาศ ณ วันที่ …", a signature),
a table, or a number that is neither the next item nor a sub-item.

When a list is a list of measures (the general rule; every cue word is in schemas/measure_cues.py),
in a document that is ITA-related and is not a memo or cover letter:
1. the lead-in or heading just above the first item names improvements (แนวทางการปรับปรุง,
   ข้อเสนอแนะ …): only in an analysis of the assessment's results (ผลการประเมิน …), then each item
   is an ``improvement`` measure; elsewhere (e.g. a procurement analysis' advice) it is no measure;
2. else the lead-in reports what was done (ได้ดำเนินการตามมาตรการ…แล้ว, รายงานผล …): each item is an
   ``implementation`` measure, and a paragraph under a title line that ends a paragraph (the next
   line's first word would have fitted on it) is its output;
3. else the lead-in or heading names measures or rules (มาตรการ, แนวปฏิบัติ, กำหนดแนวทาง,
   นโยบาย …): each item is a ``plan`` measure (at least MIN_LIST_ITEMS items);
4. else, when every item reports its own result on a labelled line ("ผลการดำเนินงาน : …", "สถานะ : …";
   at least MIN_FIELDED_ITEMS items), each is an ``implementation`` measure;
5. else items that name a measure by their own first word ("๑) โครงการ…", "๒) กิจกรรม…") are
   ``plan`` measures (at least MIN_NOUN_ITEMS of them);
6. else, at the head of a document whose title names measures (a title block of short lines, no
   lead-in) and that analyses no assessment result, items that are all topic headings ("๑. การไม่รับ
   ของขวัญ…", HEADING_ITEM_STARTS; no ITA indicator) are ``plan`` measures (at least MIN_LIST_ITEMS).
A title is the item as printed (numbering kept); steps have their numbering removed. Its indicators
are those it refers to ("ตัวชี้วัดที่ ๙"), else those it names (a plan item only when it is a topic,
not a sentence).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import regex
from normalize import patterns

from extract.document import Line, Table
from extract.parse import indicators as ind
from extract.parse.fragments import ends_mid_phrase
from extract.parse.measures import MeasureTables
from extract.parse.tables import OTHER_DOCUMENTS, is_no_value, ticked_status
from normalize.dates import MONTH, parse_period
from normalize.digits import thai_to_arabic
from normalize.items import split_units
from normalize.line_joins import join_lines
from normalize.text import clean_text, squash
from normalize.wrap_spaces import join_wraps
from normalize.words import report_words, tokenize
from schemas import measure_cues as cues
from schemas.check_codes import make_check
from schemas.closing_cues import CLOSING_PHRASES, phrase_pattern
from schemas.finding_cues import FINDING_LINE_LABELS
from schemas.headers import FIELD_FALLBACKS
from schemas.phrases import LIST_KINDS, REASONS, Phrase
from schemas.records import Measure, TableKind

# "๑." "1)" "(๑)" "๓.๑" "๓.๑." "2.1.1" "ก." "(ข)" at the start of a line; a one-level number needs its "." or ")",
# unless a numbering word stands before it ("มาตรการที่ ๑ …", "ข้อ 2 …": measure_cues.ITEM_NUMBER_WORDS).
_NUMBER_WORD = "|".join(map(regex.escape, sorted(cues.ITEM_NUMBER_WORDS, key=len, reverse=True)))
NUMBER = patterns.compile(
    r"^\s*(?:\(\s*(?P<paren>[0-9๐-๙]{1,2})\s*\)"
    rf"|\(\s*(?P<pletter>[{cues.THAI_LETTER_NUMBERS}])\s*\)(?=\s)"
    rf"|(?P<letter>[{cues.THAI_LETTER_NUMBERS}])\s?[.)](?=\s)"
    r"|(?P<multi>[0-9๐-๙]{1,2}(?:\s?\.\s?[0-9๐-๙]{1,2})+)\s*[.)]?"
    r"|(?P<single>[0-9๐-๙]{1,2})\s*[.)]"
    rf"|(?:{_NUMBER_WORD})\s*(?P<worded>[0-9๐-๙]{{1,2}}(?:\.[0-9๐-๙]{{1,2}})*)(?:\s*[.):]|(?=\s)))"
    r"(?![0-9๐-๙])\s*(?P<rest>.*)$"
)
BULLET = patterns.compile(r"^\s*[-–•●▪■◦➢*]\s*(?P<rest>.+)$")
PART_HEADING = patterns.compile(r"(?:" + "|".join(cues.PART_HEADING_WORDS) + r")\s*[0-9๐-๙]{1,2}(?![0-9๐-๙.])")
# A page's last line repeating the start of the next page's first line ("1.6 คู่มือ........").
# Searched backwards ((?r)) from the line's end: a forward lazy head before the dot run retried the
# run at every position, quadratic on a long line of dots (tests/test_pathological.py).
CATCHWORD = patterns.compile(r"(?r)(?:\.{3,}|…+)\s*$")


# an inline field's label: a word of its own (space or bracket before it), then its value
_INLINE_LABELS = sorted(((label, fld) for fld in cues.INLINE_FIELDS for label in cues.FORM_LABELS[fld]),
                        key=lambda pair: -len(pair[0]))
INLINE_LABEL = patterns.compile(r"(?<=[\s(])(?P<label>" + "|".join(regex.escape(l) for l, _ in _INLINE_LABELS)
                             + r")(?=\s*[:：]?\s*\S)")
_INLINE_FIELD_OF = dict(_INLINE_LABELS)
INLINE_LEAD = patterns.compile(r"^[\s:：]+")
# a full stop after a whole English word (five letters or more: not "Dept.", "Div.", nor a Thai "ผอ.")
SENTENCE_STOP = patterns.compile(r"(?<=(?<![A-Za-z])[A-Za-z]{4,}[a-z])\.$")
# the same labels opening a line of their own, then a separator (a space or a colon) and the value
FIELD_LINE = patterns.compile(r"^\s*(?P<label>" + "|".join(regex.escape(l) for l, _ in _INLINE_LABELS)
                           + r")(?:\s*[:：]\s*|\s+)(?P<value>\S.*)$")


_RESULT_LABELS = sorted(((label, fld) for fld in cues.RESULT_LINE_FIELDS for label in cues.FORM_LABELS[fld]),
                        key=lambda lf: len(lf[0]), reverse=True)
# (after its label a colon, or a space as the inline labels: "ผลการดำเนินงาน ได้จัดทำคู่มือแล้วเสร็จ")
RESULT_LINE = patterns.compile(r"^\s*(?P<label>" + "|".join(regex.escape(l) for l, _ in _RESULT_LABELS)
                            + r")(?:\s*[:：]\s*|\s+)(?P<value>\S.*)$")
_RESULT_FIELD_OF = dict(_RESULT_LABELS)
# a steps label opening a line under an item, then ":" and how the item is carried out
# (the labels that are labels only with a colon too: the line has its colon)
STEP_LINE = patterns.compile(r"^\s*(?:" + "|".join(regex.escape(l) for fld in cues.STEP_LINE_FIELDS for l in sorted(
    (*cues.FORM_LABELS[fld], *cues.FORM_COLON_LABELS.get(fld, ())), key=len, reverse=True)) + r")\s*[:：]\s*(?P<value>\S.*)$")
_ALL_LABELS = frozenset(squash(label) for labels in cues.FORM_LABELS.values() for label in labels)


def _bare_label(text: str) -> bool:
    """A line that is only a form label ("ปัญหาอุปสรรค", "ข้อเสนอแนะ :"): a heading, no item text."""
    return squash(text).rstrip(":：") in _ALL_LABELS


def is_ita_related(texts: list[str]) -> bool:
    """Any word of the ITA vocabulary (schemas/measure_cues.ITA_WORDS) in the document."""
    return any(w in t for t in texts for w in cues.ITA_WORDS)


def is_memo(texts: list[str]) -> bool:
    """A memo or cover letter: a memo head and a memo closing line."""
    flat = [squash(t) for t in texts]
    return (any(t.startswith(cues.MEMO_HEAD) for t in flat)
            and any(c in t for t in flat for c in cues.MEMO_CLOSE))


def number_style(text: str) -> str | None:
    """How a numbered line is numbered: "paren" ("(๑)"), "single." / "single)" ("๑." / "1)"),
    "multi" ("๓.๑"), "worded" ("ข้อ ๒"), "letter." / "letter)" ("ก." / "ข)"), "pletter" ("(ค)");
    None for an unnumbered line."""
    m = NUMBER.match(text)
    if not m or not m.group("rest").strip():
        return None
    if m.group("single"):
        return "single" + m.group(0)[m.end("single"):].strip()[:1]
    if m.group("letter"):
        return "letter" + m.group(0)[m.end("letter"):].strip()[:1]
    return next(g for g in ("paren", "pletter", "multi", "worded") if m.group(g))


_NUMBER_DOTS = patterns.compile(r"\s?\.\s?")


def item_number(text: str) -> tuple[tuple[int, ...], str] | None:
    """(number as a tuple, text after it) of a numbered line, else None."""
    m = NUMBER.match(text)
    if not m or not m.group("rest").strip():
        return None
    letter = m.group("letter") or m.group("pletter")
    if letter:  # "ข." is item 2
        return (cues.THAI_LETTER_NUMBERS.index(letter) + 1,), m.group("rest").strip()
    raw = m.group("paren") or m.group("multi") or m.group("single") or m.group("worded")
    parts = _NUMBER_DOTS.split(thai_to_arabic(raw))
    return tuple(int(p) for p in parts), m.group("rest").strip()


@dataclass
class _Item:
    line: Line
    parts: list[str]
    steps: list[list[str]] = field(default_factory=list)
    part_lines: list[Line] = field(default_factory=list)  # the lines ``parts`` were read from
    fields: list[tuple[str, list[str]]] = field(default_factory=list)  # (field, its lines) from field lines
    bullet: bool = False  # an item of a bulleted list (its bullet removed), not a numbered one


@dataclass
class _List:
    start: int
    end: int
    prefix: tuple[int, ...]
    items: list[_Item]
    lead: str | None = None  # the lead-in read from the items' own paragraph (ordinal words), squashed


def measures_from_lists(blocks: list, report_year: int | None, document: str | None = None) -> MeasureTables:
    """Measures from every numbered list the rule above accepts, in reading order. In a ``document`` of another
    kind (tables.other_document: a procurement plan, an order appointing a working group …) a list whose
    lead-in names no measure (MEASURES_NAMED) is that document's own work, left out with TEXT_NOT_MEASURES."""
    out = MeasureTables()
    texts = [b.text for b in blocks if isinstance(b, Line)]
    if not is_ita_related(texts) or is_memo(texts):
        return out
    whole = squash(" ".join(texts)).lower()  # English cues are written lower-case; Thai has no case
    assessed = any(c in whole for c in cues.ASSESSMENT_ANALYSIS_CUES)
    stream = _stream(blocks)
    i = 0
    while i < len(stream):
        found = _list_at(stream, i) or _bullet_list_at(stream, i) or _ordinal_list_at(stream, i)
        if found is None:
            i += 1
            continue
        kind, reason = _decide(stream, found, assessed)
        if kind is None:
            i += 1
            continue
        if document is not None and not _names_measures(found.lead if found.lead is not None
                                                        else _lead(stream, found.start, found.prefix)):
            out.checks.append(make_check("TEXT_NOT_MEASURES", found.items[0].line.where, count=len(found.items),
                                         item=found.items[0].line.text[:60], what=OTHER_DOCUMENTS[document]))
            i = found.end
            continue
        if any(fld in cues.RESULT_LINE_FIELDS for item in found.items for fld, _ in item.fields):
            kind = "implementation"  # the items report what was done
        if kind == "implementation":
            found = _with_result_paragraphs(found)
        else:
            found = _with_step_paragraphs(found)
        for item in found.items:
            out.measures.append(_measure(item, kind, report_year, len(out.measures) + 1))
        out.checks.append(make_check("MEASURES_FROM_LIST", found.items[0].line.where,
                                     count=len(found.items), reason=reason, list=LIST_KINDS[_list_kind(found)]))
        i = found.end
    return out


def _names_measures(lead: str) -> bool:
    """The lead-in names measures ("จึงกำหนดมาตรการ ดังนี้"; measure_cues.MEASURES_NAMED) or improvements
    (IMPROVEMENT_LIST_CUES: such a list needs the document to analyse the assessment's results, _decide)."""
    text = squash(lead).lower()
    return any(squash(w).lower() in text for w in (*cues.MEASURES_NAMED, *cues.IMPROVEMENT_LIST_CUES))


def _list_kind(found: _List) -> str:
    """How the list's items are marked (phrases.LIST_KINDS): numbers, bullets, or a measure's noun."""
    first = found.items[0]
    if found.lead is not None:
        return "ordinal"
    if not first.bullet:
        return "numbered"
    return "noun_led" if _item_mark(first.line.text) == NOUN_MARK else "bulleted"


def _stream(blocks: list) -> list[Line | None]:
    """Lines in reading order, a table as None (it ends any list), catchwords dropped."""
    stream: list[Line | None] = []
    for block in blocks:
        if isinstance(block, Table):
            stream.append(None)
        elif isinstance(block, Line) and block.text:
            stream.append(block)
    kept: list[Line | None] = []
    for k, line in enumerate(stream):
        nxt = next((s for s in stream[k + 1:] if s is not None), None)
        if line is not None and nxt is not None:
            text = line.text
            m = CATCHWORD.search(text)
            head = squash(text[:m.start()]) if m else ""
            if head and squash(nxt.text).startswith(head):
                continue
        kept.append(line)
    return kept


def _list_at(stream: list[Line | None], i: int) -> _List | None:
    """The list whose first item is line i (numbered "…1"), or None."""
    line = stream[i]
    if line is None:
        return None
    num = item_number(line.text)
    if num is None or num[0][-1] != 1:
        return None
    prefix = num[0][:-1]
    depth = len(num[0])
    style = number_style(line.text)
    sub_style: str | None = None  # the numbering of a sub-list under the last item ("(๑)" under "๑.")
    items: list[_Item] = [_Item(line=line, parts=[line.text], part_lines=[line])]
    end = i + 1
    in_field = False
    while end < len(stream):
        cur = stream[end]
        if cur is None:
            break
        text = cur.text
        if squash(text).startswith(cues.LIST_ENDS) and item_number(text) is None:  # "(๑) …" is numbered, "(นายก…)" ends
            break
        if PART_HEADING.match(text):  # "ส่วนที่ ๒ ระยะเวลาและงบประมาณ": the next part of the document
            break
        text, closed = _before_closing(text)
        num = item_number(text)
        last = items[-1]
        under_field = in_field  # the line above was a field line (or its value's continuation)
        in_field = False
        if num is not None:
            n = num[0]
            line_style = number_style(text)
            if len(n) == depth and n[:-1] == prefix and n[-1] == len(items) + 1 and line_style == style:
                items.append(_Item(line=cur, parts=[text], part_lines=[cur]))
                sub_style = None
            elif len(n) > depth and n[:depth] == prefix + (len(items),):
                last.steps.append([num[1]])
            elif len(n) == 1 and line_style != style and (
                    (n[0] == 1 and not last.steps) or (line_style == sub_style and n[0] == len(last.steps) + 1)):
                # numbered afresh in another style right under an item: its steps
                sub_style = line_style
                last.steps.append([num[1]])
            else:
                break
        else:
            bullet = BULLET.match(text)
            labelled = FIELD_LINE.match(text)
            result = RESULT_LINE.match(text)
            if labelled and len(squash(labelled.group("value"))) <= cues.INLINE_VALUE_MAX_CHARS:
                last.fields.append((_INLINE_FIELD_OF[labelled.group("label")], [labelled.group("value")]))
                in_field = True
            elif result:
                last.fields.append((_RESULT_FIELD_OF[result.group("label")], [result.group("value")]))
                in_field = True
            elif step := STEP_LINE.match(text):
                last.steps.append([step.group("value")])
            elif _bare_label(text) or (not bullet and (_heads_a_list(stream, end + 1, depth, style)
                                                       or FINDING_LABEL_LINE.match(text))):
                break
            elif bullet:
                last.steps.append([bullet.group("rest")])
            elif under_field and _continues_field(last, text):
                last.fields[-1][1].append(text)
                in_field = True
            elif (_names_bodies_only(text) and _at_close(stream, end + 1)
                  and not ends_mid_phrase((last.steps[-1] if last.steps else last.parts)[-1])):
                break  # the publisher's or signer's line ("ศูนย์ปฏิบัติการต่อต้านการทุจริต กรมหม่อนไหม") after the list
            elif last.steps:
                last.steps[-1].append(text)
            else:
                last.parts.append(text)
                last.part_lines.append(cur)
        end += 1
        if closed:
            break
    return _List(start=i, end=end, prefix=prefix, items=items)


def _at_close(stream: list[Line | None], k: int) -> bool:
    """Line k is past the text's end or a date alone ("กันยายน ๒๕๖๘"): the line before it closes the document."""
    nxt = stream[k] if k < len(stream) else None
    return nxt is None or bool(DATE_LINE.fullmatch(thai_to_arabic(nxt.text).strip()))


def _names_bodies_only(text: str) -> bool:
    """The line is bodies' names and nothing else (spaces between them): over a date alone or the text's end,
    a publisher's or signer's line, not the rest of an item's title (unless the title ends mid-phrase: "…ของ"
    over "เทศบาลตำบลนาแก"; a step wrapped before a body's name goes on: "…บริหารจัดการเว็บไซต์" over
    "สำนักงานสาธารณสุขอำเภอหนองใหญ่", more steps under it)."""
    from extract.parse.subject import _text_mentions  # loaded with the metadata already

    mentions = sorted(_text_mentions(text), key=lambda m: m.start)
    at = 0
    for m in mentions:
        if text[at:m.start].strip():
            return False
        at = max(at, m.end)
    return bool(mentions) and not text[at:].strip()


# a date alone on a line, as a document's last lines print it ("กันยายน 2568", "30 ก.ย. 2568"), digits Arabic
DATE_LINE = patterns.compile(r"(?:วันที่\s*)?(?:[0-9]{1,2}\s*)?(?:" + MONTH.pattern + r")\s*(?:พ\.\s?ศ\.\s*)?[0-9]{4}")

# A line opening with an analysis label and a colon or dash ("จุดที่ควรพัฒนาเพิ่มเติม: ตัวชี้วัดที่ ๙ …") is a
# finding after the list, not the rest of its last measure (finding_cues.FINDING_LINE_LABELS; a label that
# names a measure's field is read as that field before this is asked). Under a PDF's last item that
# filled its line, it and the lines after it were read as that item's wrapped title.
FINDING_LABEL_LINE = patterns.compile(r"^\s*(?:" + "|".join(map(regex.escape, FINDING_LINE_LABELS))
                                      + r")[^\s:：]{0,12}\s*[:：\-–]")


def _heads_a_list(stream: list[Line | None], k: int, depth: int, style: str | None) -> bool:
    """Does line ``k`` open a new list numbered as this one, from 1? Then the plain line above it is
    that list's heading ("ตัวชี้วัดความสำเร็จ" over "1. ร้อยละ 80 …"), not the rest of the last item."""
    nxt = stream[k] if k < len(stream) else None
    if nxt is None:
        return False
    num = item_number(nxt.text)
    return num is not None and len(num[0]) == depth and num[0][-1] == 1 and number_style(nxt.text) == style


def _bullet_list_at(stream: list[Line | None], i: int) -> _List | None:
    """The list of bulleted items whose first is line i ("• การเปิดเผยข้อมูล ให้…" under a lead-in), or None;
    likewise a run of paragraphs each opening with a measure's noun and no number ("มาตรการเผยแพร่ข้อมูล
    ให้…" over "มาตรการป้องกันการรับสินบน …": measure_cues.MEASURE_NOUNS), each kept whole as its title.

    Its items are the lines that open with the first item's bullet (their bullets removed), or with a
    measure's noun; lines under an item opening with another bullet are its steps, field lines
    (``FIELD_LINE``, ``RESULT_LINE``) its fields. Any other line ends it: with no number to say where an
    item goes on, a plain line is as likely a paragraph after the list as the rest of an item (a PDF's or
    Word file's wrapped lines are one line already). Only a lead-in or heading right above it makes it
    measures (``_decide``); a run of noun-led paragraphs only a lead-in sentence ("… ดังนี้")."""
    line = stream[i]
    if line is None or item_number(line.text) is not None:
        return None
    mark = _item_mark(line.text)
    above = stream[i - 1] if i else None
    if mark is None or (above is not None and _item_mark(above.text) == mark
                        and not squash(above.text).rstrip(":").lower().endswith(cues.LEAD_IN_ENDS)):
        return None  # no mark, or not the list's first item
    items = [_Item(line=line, parts=[_item_text(line.text, mark)], part_lines=[line], bullet=True)]
    end = i + 1
    while end < len(stream):
        cur = stream[end]
        if cur is None:
            break
        text, closed = _before_closing(cur.text)
        bullet = BULLET.match(text)
        labelled = FIELD_LINE.match(text)
        result = RESULT_LINE.match(text)
        if item_number(text) is not None or squash(text).startswith(cues.LIST_ENDS) or PART_HEADING.match(text):
            break
        if _item_mark(text) == mark:
            items.append(_Item(line=cur, parts=[_item_text(text, mark)], part_lines=[cur], bullet=True))
        elif bullet:
            items[-1].steps.append([bullet.group("rest")])
        elif labelled and len(squash(labelled.group("value"))) <= cues.INLINE_VALUE_MAX_CHARS:
            items[-1].fields.append((_INLINE_FIELD_OF[labelled.group("label")], [labelled.group("value")]))
        elif result:
            items[-1].fields.append((_RESULT_FIELD_OF[result.group("label")], [result.group("value")]))
        elif step := STEP_LINE.match(text):
            items[-1].steps.append([step.group("value")])
        else:
            break
        end += 1
        if closed:
            break
    return _List(start=i, end=end, prefix=(), items=items)


NOUN_MARK = "noun"
_ORDINAL_NUMBER = "|".join([*cues.ORDINAL_NUMBER_WORDS, "[0-9๐-๙]{1,2}"])
ORDINAL = patterns.compile(rf"{cues.ORDINAL_WORD}\s?(?:(?P<first>{'|'.join(cues.ORDINAL_FIRST)})"
                           rf"|(?P<last>{'|'.join(cues.ORDINAL_LAST)})|ที่\s?(?P<n>{_ORDINAL_NUMBER})(?![0-9๐-๙]))")
ORDINAL_END = patterns.compile(r"\s(?:" + "|".join(map(regex.escape, cues.LIST_ENDS)) + ")")


def _ordinal(m: regex.Match) -> int | None:
    """The count an ordinal names: 1 for the first, N for "ที่ N", None for the last."""
    if m.group("first"):
        return 1
    if m.group("last"):
        return None
    n = m.group("n")
    return cues.ORDINAL_NUMBER_WORDS.index(n) + 1 if n in cues.ORDINAL_NUMBER_WORDS else int(thai_to_arabic(n))


def _ordinal_list_at(stream: list[Line | None], i: int) -> _List | None:
    """The items a paragraph counts with ordinal words ("ประการแรก … ประการที่สอง … ประการที่สาม …":
    measure_cues.ORDINAL_*), in order from the first, at least two; the text before the first is the
    lead-in, the last item ends before a word that closes a list."""
    line = stream[i]
    if line is None or cues.ORDINAL_WORD not in line.text:
        return None
    marks: list[regex.Match] = []
    for m in ORDINAL.finditer(line.text):
        count = _ordinal(m)
        if not marks and count != 1:
            continue
        if marks and count is not None and count != len(marks) + 1:
            break
        marks.append(m)
        if count is None:
            break  # "ประการสุดท้าย": the last
    if len(marks) < 2:
        return None
    text, _ = _before_closing(line.text)
    items = []
    for k, m in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        part = text[m.start():stop]
        if k + 1 == len(marks):
            end = ORDINAL_END.search(part)
            part = part[:end.start()] if end else part
        items.append(_Item(line=line, parts=[part.strip()], part_lines=[line]))
    return _List(start=i, end=i + 1, prefix=(), items=items, lead=squash(line.text[:marks[0].start()]))


def _lead_in_sentence(stream: list[Line | None], start: int) -> bool:
    """The line right above ``start`` is a lead-in that announces items ("… ดังนี้", "…:"), not a heading
    or a sentence of its own."""
    above = stream[start - 1] if start else None
    return above is not None and (squash(above.text).rstrip(":：").lower().endswith(cues.LEAD_IN_ENDS)
                                  or above.text.rstrip().endswith((":", "：")))


def _item_mark(text: str) -> str | None:
    """What opens an un-numbered item: its bullet, or NOUN_MARK for a measure's noun ("มาตรการ…"); else None."""
    if BULLET.match(text):
        return text.lstrip()[0]
    return NOUN_MARK if text.lstrip().startswith(cues.MEASURE_NOUNS) else None


def _item_text(text: str, mark: str) -> str:
    """An un-numbered item's text: without its bullet; whole when a noun opens it."""
    bullet = BULLET.match(text)
    return text.strip() if mark == NOUN_MARK or bullet is None else bullet.group("rest").strip()


def _with_result_paragraphs(found: _List) -> _List:
    """The list with each item's paragraph under a title line that ends a paragraph read as its
    output ("๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ" over "ได้ปรับปรุงข้อมูลบนเว็บไซต์…"), unless the item
    gives its output on a labelled line."""
    right = _right_edge(found)
    items = []
    for item in found.items:
        if _paragraph_under_title(item, right) and not any(fld == "output" for fld, _ in item.fields):
            item = replace(item, parts=item.parts[:1], part_lines=item.part_lines[:1],
                           fields=[("output", item.parts[1:]), *item.fields])
        items.append(item)
    return replace(found, items=items)


def _with_step_paragraphs(found: _List) -> _List:
    """The list with each item's paragraphs under a heading (``_names_topic``, ending a paragraph)
    read as its steps, one a paragraph, before any bulleted ones ("๑. การเปิดช่องทางแจ้งเบาะแส" over
    "จัดให้มีตู้รับความคิดเห็น…"): a measure named by a heading and told how in the text under it. A
    long first line that ends short is a sentence that goes on."""
    right = _right_edge(found)
    items = []
    for item in found.items:
        if _names_topic(item) and _paragraph_under_title(item, right):
            paragraphs: list[list[str]] = [[item.parts[1]]]
            for k in range(2, len(item.parts)):
                if _ends_paragraph(item.part_lines[k - 1], item.parts[k], right):
                    paragraphs.append([])
                paragraphs[-1].append(item.parts[k])
            item = replace(item, parts=item.parts[:1], part_lines=item.part_lines[:1],
                           steps=[*paragraphs, *item.steps])
        items.append(item)
    return replace(found, items=items)


def _right_edge(found: _List) -> float:
    """How far right the list's lines reach (``_reach``)."""
    return max(_reach(line) for item in found.items for line in item.part_lines)


def _paragraph_under_title(item: _Item, right: float) -> bool:
    """The item's first line ends its paragraph and more text follows it."""
    return len(item.parts) > 1 and _ends_paragraph(item.part_lines[0], item.parts[1], right)


def _names_topic(item: _Item) -> bool:
    """The item's first line is a short heading naming a topic (HEADING_ITEM_STARTS after its number)."""
    named = item_number(item.parts[0])
    return (named is not None and len(squash(item.parts[0])) <= cues.HEADING_MAX_CHARS
            and named[1].startswith(cues.HEADING_ITEM_STARTS))


def _reach(line: Line) -> float:
    """How far right a line reaches: its box's right edge in a PDF, its length in a text export."""
    return line.bbox.x1 if line.bbox else float(len(line.text.rstrip()))


def _ends_paragraph(line: Line, below: str, right: float) -> bool:
    """Whether ``line`` ends where its writer broke it: the first word of the line below would have
    fitted in the room left before the right edge the list's lines reach, so no wrap put it there.
    Room is counted in characters (a PDF line's width shared out over its characters)."""
    text = line.text.strip()
    first = next((t for t in tokenize(below.strip(), report_words()) if t.strip()), "")
    if not text or not first:
        return False
    room = right - _reach(line)
    if line.bbox:
        room /= max(line.bbox.x1 - line.bbox.x0, 1.0) / len(text)
    return len(first) + cues.WRAP_ROOM_SLACK_CHARS <= room


def _continues_field(item: _Item, text: str) -> bool:
    """A plain line right under a field line continues its value ("ระยะเวลา ตุลาคม ๒๕๖๖ -" over
    "กันยายน ๒๕๖๗") while the value stays short; a longer run is text again. A result's value
    (RESULT_LINE_FIELDS) may be long."""
    if item.fields[-1][0] in cues.RESULT_LINE_FIELDS:
        return True
    return len(squash(" ".join([*item.fields[-1][1], text]))) <= cues.INLINE_VALUE_MAX_CHARS


CLOSING = patterns.compile("|".join(map(phrase_pattern, CLOSING_PHRASES)))


def _before_closing(text: str) -> tuple[str, bool]:
    """The text before a closing phrase run into the line, and whether there was one."""
    m = CLOSING.search(text)
    return (text[:m.start()].rstrip(), True) if m else (text, False)


def _decide(stream: list[Line | None], found: _List, assessed: bool) -> tuple[TableKind | None, Phrase | str]:
    """(measure kind, the rule that made it) or (None, "") when the list is no list of measures."""
    # lower-cased: an English heading's cues ("Measures for improvement") are written lower-case
    lead = (found.lead if found.lead is not None else _lead(stream, found.start, found.prefix)).lower()
    n = len(found.items)
    enough = n >= cues.MIN_LIST_ITEMS or (n >= cues.MIN_FIELDED_ITEMS and all(map(_names_fields, found.items)))
    bulleted = found.items[0].bullet  # only a lead-in or heading makes bullets measures
    if bulleted and _item_mark(found.items[0].line.text) == NOUN_MARK and not _lead_in_sentence(stream, found.start):
        return None, ""  # paragraphs marked by nothing but their first word: only a lead-in sentence says they are items
    if any(c in lead for c in cues.IMPROVEMENT_LIST_CUES):
        if assessed and enough:
            return "improvement", REASONS["lead_in_improvements"]
        return None, ""
    if (assessed and not bulleted and n >= cues.MIN_FIELDED_ITEMS and all(map(_names_fields, found.items))
            and _titled_measures(stream, found.start, cues.IMPROVEMENT_LIST_CUES)):
        # no lead-in (the body's name stands between the title and the list), but a title block naming
        # improvements on the assessment's results ("การขับเคลื่อนการปรับปรุงตามผลการประเมิน ITA") over items
        # that each name their unit or time: the improvements. Items without them may be the results read
        return "improvement", REASONS["title_improvements"]
    if _reports_results(lead) and enough:
        return "implementation", REASONS["lead_in_results"]
    if any(c in lead for c in cues.PLAN_LIST_CUES) and enough:
        return "plan", REASONS["lead_in_measures"]
    if bulleted:
        return None, ""
    # no lead-in, but every item reports its own result ("ผลการดำเนินงาน : …", "สถานะ : …")
    if n >= cues.MIN_FIELDED_ITEMS and all(map(_reports_own_result, found.items)):
        return "implementation", REASONS["result_lines"]
    # an item names a measure by its first word, or by the word that numbers it ("มาตรการที่ ๒ …")
    own = [(item_number(item.parts[0]), squash(item.parts[0])) for item in found.items]
    if all(any(squash(w) in squash(" ".join(item.parts)).lower() for w in cues.DISBURSED_HEADER) for item in found.items):
        return None, ""  # projects each with the money paid out: a budget execution report's lines, no measures
    if n >= cues.MIN_NOUN_ITEMS and all(o and (squash(o[1]).startswith(cues.MEASURE_NOUNS)
                                               or printed.startswith(cues.MEASURE_NOUNS)) for o, printed in own):
        return "plan", REASONS["items_named"]
    if (not assessed and n >= cues.MIN_LIST_ITEMS and all(map(_topic_heading, found.items))
            and _titled_measures(stream, found.start)):
        return "plan", REASONS["title_measures"]
    return None, ""


def _topic_heading(item: _Item) -> bool:
    """The item's first line is a short heading naming a topic ("๒. การเปิดช่องทางแจ้งเบาะแส"), not
    an ITA indicator (an analysis' sections: "๑. การปฏิบัติหน้าที่")."""
    if not _names_topic(item):
        return False
    rest = item_number(item.parts[0])[1]  # type: ignore[index]  # _names_topic: it is numbered
    return not ind.explicit_refs(rest) and not ind.names_in(rest)


def _titled_measures(stream: list[Line | None], start: int, named: tuple[str, ...] = cues.PLAN_LIST_CUES) -> bool:
    """The lines above the list, back to the document's start, are a title block of at most
    TITLE_BLOCK_LINES short lines, and one of them names measures ("มาตรการป้องกันการรับสินบน" over
    "โรงพยาบาล… ประจำปีงบประมาณ พ.ศ. 2568"; ``named``: the cues that name them)."""
    above = stream[:start]
    if not above or len(above) > cues.TITLE_BLOCK_LINES or any(line is None for line in above):
        return False
    texts = [squash(line.text) for line in above if line is not None]
    return (all(len(t) <= cues.PLAN_HEADING_MAX_CHARS for t in texts)
            and any(c in t for t in texts for c in named))


RESULT_CUE = patterns.compile("|".join(map(regex.escape, cues.IMPLEMENTATION_LIST_CUES)))
def _reports_results(lead: str) -> bool:
    """The lead-in (spaces removed) reports what was done: it names a result cue that no command
    word before it in its clause turns into an order ("ให้รายงานผล…") and that is no topic ("การรายงานผล"),
    and it does not go on to set measures ("…โดยกำหนดมาตรการ ดังนี้")."""
    found = [m for m in RESULT_CUE.finditer(lead)
             if not _ordered(lead[max(0, m.start() - cues.RESULT_CUE_COMMAND_REACH):m.start()])
             and not lead[:m.start()].endswith(cues.RESULT_CUE_TOPIC_PREFIXES)]
    return bool(found) and not any(w in lead[found[-1].end():] for w in cues.PLAN_SETTING_AFTER_RESULT)


def _ordered(before: str) -> bool:
    """A command word stands in ``before`` with no clause start after it."""
    command = max(before.rfind(word) for word in cues.RESULT_CUE_COMMANDS)
    return command > max(before.rfind(word) for word in cues.RESULT_CUE_CLAUSE_STARTS)


def _reports_own_result(item: _Item) -> bool:
    """The item has a result line of its own (RESULT_LINE_FIELDS other than problems and suggestions,
    which a plan may list too): what was done, its outcome or its status."""
    return any(fld in cues.RESULT_OWN_FIELDS for fld, _ in item.fields)


def _names_fields(item: _Item) -> bool:
    """The item gives its responsible unit or time, on a line of its own or after its title."""
    return bool(item.fields) or bool(inline_fields(join_lines(item.parts))[1])


def _lead(stream: list[Line | None], start: int, prefix: tuple[int, ...]) -> str:
    """The text that introduces a list, read only from the line right above its first item:
    a lead-in sentence ending "ดังนี้/ดังต่อไปนี้" (with the full lines it wraps from, up to
    LEAD_IN_REACH, never across a short line, a numbered line or a table), the numbered heading the items are
    sub-numbers of ("๓. แนวทางการปรับปรุง" over "๓.๑ …"), or a short heading, numbered or not
    ("ข้อเสนอแนะ", "๓. ข้อเสนอแนะ" over a list that starts again at 1).
    Anything else (a title far above, an intro paragraph) introduces nothing."""
    above = stream[start - 1] if start else None
    if above is None:
        return ""
    text = above.text
    number = item_number(text)
    if number is not None:
        if prefix and number[0] == prefix:
            return squash(text)
        # a short numbered heading over a list numbered afresh ("๓. ข้อเสนอแนะ" over "1) …", "2) …")
        return squash(text) if not prefix and len(text) <= cues.HEADING_MAX_CHARS else ""
    if squash(text).rstrip(":").lower().endswith(cues.LEAD_IN_ENDS):
        lines = [text]
        for k in range(start - 2, max(-1, start - 1 - cues.LEAD_IN_REACH), -1):
            line = stream[k]
            # a sentence wraps over full lines; a short line above is a title or heading, not part of it
            if (line is None or item_number(line.text) is not None
                    or len(line.text) <= cues.HEADING_MAX_CHARS):
                break
            lines.insert(0, line.text)
        return squash(" ".join(lines))
    return squash(text) if len(text) <= cues.HEADING_MAX_CHARS else ""


def inline_fields(text: str) -> tuple[str, dict[str, str]]:
    """(the title, {field: value}) of an item that names its responsible unit or time after its
    title; (text, {}) when it names none, or when what follows a label is not one short value."""
    found = list(INLINE_LABEL.finditer(text))
    title = text[:found[0].start()].rstrip(" ,;(") if found else text
    if not found or not squash(title):
        return text, {}
    fields: dict[str, str] = {}
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        # "(ผู้รับผิดชอบ: กองคลัง / ระยะเวลา: …)": a separator before the next label is none of the value
        value = INLINE_LEAD.sub("", text[m.end():end]).strip().rstrip(" ,;)/|")
        if k + 1 < len(found):  # an English sentence's full stop before the next label ("Finance Division. Timeline:")
            value = SENTENCE_STOP.sub("", value)
        fld = _INLINE_FIELD_OF[m.group("label")]
        if not value or fld in fields or len(squash(value)) > cues.INLINE_VALUE_MAX_CHARS:
            return text, {}
        fields[fld] = value
    return title, fields


def _measure(item: _Item, kind: TableKind, year: int | None, number: int) -> Measure:
    # the lines are clean, their join may not be (a split "**", NIKHAHIT + SARA AA across the wrap)
    title, fields = inline_fields(join_wraps(clean_text(join_lines(item.parts))))
    for fld, lines in item.fields:  # the first value given for a field stands
        fields.setdefault(fld, join_wraps(clean_text(join_lines(lines))).rstrip(" ,;"))
    labelled = set(fields)  # a label given with nothing after it ("ข้อเสนอแนะ: -") still says the field is apart
    fields = {fld: value for fld, value in fields.items() if not is_no_value(value)}
    timeframe = fields.get("timeframe")
    start, end = parse_period(timeframe, year) if timeframe else (None, None)
    steps = [join_wraps(clean_text(join_lines(parts))) for parts in item.steps]
    where = item.line.where.model_copy(update={"row": number})
    refs: Sequence[int] = ind.explicit_refs(title)
    # an improvement answers the assessment's results, so an indicator it names is the one it serves;
    # a plan item named by a topic ("๑. นโยบายด้านการใช้ทรัพย์สินของราชการ") too, but a rule written as a
    # sentence ("ให้ผู้บริหาร…เป็นแบบอย่างในการปฏิบัติหน้าที่…") only uses the words in passing
    if not refs and (kind == "improvement" or len(squash(title)) <= cues.INDICATOR_NAME_ITEM_MAX_CHARS):
        refs = ind.names_in(title)
    recommendation = fields.get("recommendation")
    for other in FIELD_FALLBACKS.get("recommendation", ()) if "recommendation" not in labelled else ():
        recommendation = recommendation or fields.get(other)
    return Measure(table=kind, row=number, title=title, indicators=sorted(refs),
                   steps=[s for s in steps if s], responsible=split_units(fields.get("responsible", "")),
                   timeframe=timeframe, period_start=start, period_end=end,
                   output=fields.get("output"), outcome=fields.get("outcome"),
                   status=ticked_status(fields.get("status")), recommendation=recommendation,
                   where=where, table_fiscal_year=year)

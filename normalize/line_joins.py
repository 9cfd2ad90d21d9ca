"""Joining the lines a PDF cell or paragraph was wrapped into, the Thai way: no space where the
break fell inside a word, a space between words and before an item. (normalize.wrap_spaces
removes the wrap spaces a text or Word export has already put inside words.)"""
from __future__ import annotations

import regex
from . import patterns
from schemas.measure_cues import FORM_LABELS, INLINE_FIELDS

# A line or cell that starts with item numbering ("๑." "1)" "(๒)" "๓.๑.") or a bullet. Joining wraps,
# stitching (not a heading row) and the parsers (titles, fragments) all ask this one question.
# (Sub-numbering "๓.๑." needs no pattern of its own: its first level "๓." already matches.)
# Bullets: dashes and bullet glyphs, and the private-use code points Word's Symbol and Wingdings
# bullets reach a PDF's text layer as (U+F0B7 •, U+F0A7 ▪, U+F0D8 ➢, U+F076 ❖, U+F06C ●, U+F06E ■);
# Wingdings' ticked and empty boxes are tick marks (schemas.measure_cues), not bullets.
BULLETS = "-–•●▪■◦➢*❖➤►◆\uf0b7\uf0a7\uf0d8\uf076\uf06c\uf06e"
ITEM_START = patterns.compile(rf"^\s*(?:\(?[0-9๐-๙]{{1,2}}[.)]|[{regex.escape(BULLETS)}])")
_THAI = patterns.compile(r"\p{Thai}")
# Thai letters (with vowels and marks) and Thai digits: a wrap between two of one kind is inside a
# word or a number ("๒๕๖|๕"); between a number and a word a Thai report writes a space ("วันที่ ๑๑
# พฤษภาคม", "ทุก ๖ เดือน": 941 times in the seed texts, twice not), so that wrap keeps one
_THAI_LETTER = patterns.compile("[\u0e01-\u0e4e]")
_THAI_DIGIT = patterns.compile("[\u0e50-\u0e59]")
# An abbreviation ("พ.ศ.", "ต.ค.") stands as a word of its own: the seed texts put a space before one
# 157 times out of 162, so a wrap just before it is that space
_ABBREVIATION = patterns.compile("^[\u0e01-\u0e2e]{1,2}\\.[\u0e01-\u0e2e]{1,2}\\.")
# A number LibreOffice broke at a wrap: its Thai line breaking may break between Thai digits, so a
# score in a narrow cell prints as "๘" over "๐.๐๐". A line that is nothing but the number's first
# digits (and its point) and a next line that finishes it as a decimal are one number, not a number
# and an item "๐." (ITEM_START) to be spaced apart: "๘๐.๐๐", never "๘ ๐.๐๐" (read 8.0).
_NUMBER_HEAD = patterns.compile(r"[๐-๙]{1,3}\.?")
_NUMBER_TAIL = patterns.compile(r"^(?:[๐-๙]*+\.)?+[๐-๙]++(?!\S)")
_DECIMAL = patterns.compile(r"[๐-๙]{1,3}\.[๐-๙]{1,3}")
# punctuation that is glued to what stands before it / after it ("ต.|ค.", "สำนัก/|กอง")
_NO_SPACE_BEFORE = tuple(".,:;)/")
_NO_SPACE_AFTER = tuple("/(")
# hyphens and dashes a line may wrap at ("e-|service", "ต.ค.๖๔|-|ก.ย.๖๕")
_HYPHENS = "-\u2010\u2011\u2013"
# markup a text export's cell may open or close with ("<p>…</p>"): not text, so not what a join looks at
_TAGS_AT_END = patterns.compile(r"(?:</?[A-Za-z][^<>]*+>\s*+)++$")
_TAGS_AT_START = patterns.compile(r"^(?:</?[A-Za-z][^<>]*+>\s*+)++")
# A line opening with the label of a field an item names after its title, standing as a word ("ระยะเวลา
# ต.ค. ๖๗", "ผู้รับผิดชอบ : กองคลัง": schemas.measure_cues.INLINE_FIELDS), starts that field after a space,
# as the item's line has it ("… ผู้รับผิดชอบ งานยานพาหนะ ระยะเวลา …" wrapped before "ระยะเวลา"): glued
# to the Thai word before it, the label was no word of its own and the field was lost in the unit's name.
_FIELD_START = patterns.compile(r"^(?:" + "|".join(regex.escape(label) for label in sorted(
    {label for fld in INLINE_FIELDS for label in FORM_LABELS[fld]}, key=lambda t: (-len(t), t))) + r")(?=\s|[:：])")


def join_lines(lines: list[str], edge_spaces: bool = False) -> str:
    """Wrapped lines → one string: no space between two Thai letters (a wrap inside a word,
    right for ~85% of wraps), a space otherwise, and always a space before a
    numbered or bulleted item so item splitting still sees it.

    With ``edge_spaces`` the lines are as a PDF text layer has them, blank glyphs included: a line
    that ends (or the next that starts) with a space had a space at the wrap, and it is kept.
    Elsewhere (cells of a text export) whitespace at a line's ends means nothing. Markup tags at
    the ends ("…ในการ</p>" + "<p>ดำเนินงาน…") are looked through, and dropped where the lines join
    without a space (they would read as a space, the very wrap space the join removes). A hyphen
    stuck to the end of a line after Thai or a digit is inside a range ("ต.ค.๖๔-" + "ก.ย.๖๕"), and so, in a PDF's
    lines, is a hyphen alone on a line with no blank ("ต.ค.๖๔" + "-" + "ก.ย.๖๕"): not a bullet,
    they join without a space.

    >>> join_lines(["การดำเนิน", "งานของหน่วยงาน", "๒.รายงานผล"])
    'การดำเนินงานของหน่วยงาน ๒.รายงานผล'
    >>> join_lines(["ภายในเดือนมกราคม ", "๒๕๖๕"], edge_spaces=True)
    'ภายในเดือนมกราคม ๒๕๖๕'
    >>> join_lines(["ต", ".ค.๖๔", "-", "ก", ".ย.๖๕"])
    'ต.ค.๖๔ - ก.ย.๖๕'
    >>> join_lines(["ต", ".ค.๖๔", "-", "ก", ".ย.๖๕"], edge_spaces=True)
    'ต.ค.๖๔-ก.ย.๖๕'
    """
    out = ""
    spaced = False  # the line before ended with whitespace
    before = ""  # the line before, stripped
    for raw in lines:
        line = raw.strip()
        if not line:
            spaced = spaced or (edge_spaces and bool(raw))
            continue
        left = _TAGS_AT_END.sub("", out) if out.endswith(">") else out
        right = _TAGS_AT_START.sub("", line) if line.startswith("<") else line
        blank = edge_spaces and (spaced or raw[0].isspace())
        if left and right and not blank and (_number_wrap(before, right) or _hyphen_wrap(left, raw, edge_spaces) or (
                not ITEM_START.match(right) and not _FIELD_START.match(right) and (
                    (_same_thai_kind(left[-1], right[0]) and not _ABBREVIATION.match(right))
                    or right.startswith(_NO_SPACE_BEFORE) or left.endswith(_NO_SPACE_AFTER)))):
            out = left + right
        else:
            out = f"{out} {line}" if out else line
        spaced = edge_spaces and raw[-1].isspace()
        before = line
    return out


def _number_wrap(before: str, right: str) -> bool:
    """A decimal number broken at the wrap: the line before is only its first digits ("๘", "๙๕."),
    the next line starts with the rest ("๐.๐๐", "๕๐") and together they make one ("๘๐.๐๐").

    >>> join_lines(["๘", "๐.๐๐"]), join_lines(["๙๕.", "๕๐ คะแนน"]), join_lines(["ข้อ ๘", "๐.๕ ต่อ"])
    ('๘๐.๐๐', '๙๕.๕๐ คะแนน', 'ข้อ ๘ ๐.๕ ต่อ')
    """
    if not _NUMBER_HEAD.fullmatch(before):
        return False
    tail = _NUMBER_TAIL.match(right)
    return tail is not None and bool(_DECIMAL.fullmatch(before + tail.group()))


def _hyphen_wrap(left: str, raw: str, edge_spaces: bool) -> bool:
    """A wrap next to a hyphen that belongs to the text on both sides: one that ends ``left`` stuck
    to a Thai character or a digit before it (a range "ต.ค.๖๔-", also in a cell cut by a page
    break), or, in a PDF's lines, a line that is a hyphen alone with no blank. (Not after a Latin
    letter: "e- service" is how some reports write it, and a reader that drops the blank after the
    hyphen would make it "e-service".)"""
    return ((left[-1] in _HYPHENS and len(left) > 1 and (left[-2].isdigit() or bool(_THAI.match(left[-2]))))
            or (edge_spaces and (len(raw) == 1 and raw in _HYPHENS or left in _HYPHENS)))


def _same_thai_kind(a: str, b: str) -> bool:
    """Two Thai letters, or two Thai digits."""
    return bool((_THAI_LETTER.match(a) and _THAI_LETTER.match(b)) or (_THAI_DIGIT.match(a) and _THAI_DIGIT.match(b)))

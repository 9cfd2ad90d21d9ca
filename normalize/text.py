"""Cleaning of extracted cell and line text: markup, invisible characters, Thai spelling variants."""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from .possessive import compile_possessive

# Inline formatting never separates words, so it is deleted; every other tag (p, li, br, td,
# input, …) stood between blocks or form controls and becomes a space.
_INLINE_TAGS = "b|i|u|s|em|strong|span|font|a|sup|sub|small|big|mark|code"
INLINE_TAG = re.compile(rf"</?(?:{_INLINE_TAGS})\b[^<>]*>", re.IGNORECASE)
# A tag name must follow "<" directly, so "a < b" or "<50%" are not taken for markup. (Comments are
# cut by _strip_comments: "<!--.*?-->" rescans to the end from every unclosed "<!--", quadratic.)
TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# "&amp;amp;…" is "&" escaped once per "amp;": one unescape pass decodes one level, so deep nesting
# took a pass (over the whole text) per level. Collapsing the chain first is the same fixed point.
AMP_CHAIN = re.compile(r"&(?:(?:amp|AMP);?|#0*38(?![0-9]);?|#[xX]0*26(?![0-9A-Fa-f]);?)+")
BOLD = re.compile(r"\*\*+")
# ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen: invisible, and they split Thai words.
# (A regex, not str.translate: translate walks Thai text char by char and is 50x slower.)
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

# NIKHAHIT (+ tone) + SARA AA is how Word and tesseract write SARA AM.
SPLIT_SARA_AM = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")

# Lao code points drawn exactly like a Thai one (the Lao block is the Thai block + 0x80).
_LAO_TWINS = [*range(0x0EB0, 0x0EBA), *range(0x0EC0, 0x0EC5), 0x0EC6, *range(0x0EC8, 0x0ECE)]
_LAO_TO_THAI = {cp: cp - 0x80 for cp in _LAO_TWINS}
LAO = re.compile("[\u0e80-\u0eff]")
LAO_RUN = re.compile("[\u0e80-\u0eff]+")
_THAI = re.compile("[\u0e01-\u0e5b]")

PAGE_NUMBER = compile_possessive(
    r"(?<!\s)\s*+(?:[-–—]\s*[0-9๐-๙]{1,4}\s*[-–—]|หน้า\s*(?:ที่\s*)?[0-9๐-๙]{1,4}|[0-9๐-๙]{1,3})\s*")
SEPARATOR_CELL = re.compile(r"[-:|\s]*")


def strip_html(text: str) -> str:
    """Remove HTML tags and decode entities; block tags and form controls become a space."""
    text = INLINE_TAG.sub("", _strip_comments(text))
    if "&" in text:
        text = AMP_CHAIN.sub("&", text)
    return html.unescape(TAG.sub(" ", text))


def _strip_comments(text: str) -> str:
    """HTML comments → a space, in one left-to-right pass: once no "-->" follows an opener, no later
    opener can close either, so the scan stops there."""
    if "<!--" not in text:
        return text
    parts, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        parts += [text[pos:start], " "]
        pos = end + 3
    return "".join(parts) + text[pos:]


def compose_sara_am(text: str) -> str:
    """NIKHAHIT + optional tone + SARA AA → tone + SARA AM ("สํารวจ" → "สำรวจ", "นํ้า" → "น้ำ")."""
    if "\u0e4d" not in text:
        return text
    return SPLIT_SARA_AM.sub("\\1\u0e33", text)


def fix_lookalikes(text: str) -> str:
    """Drop invisible characters; map Lao vowels/tones touching Thai text to their Thai twins."""
    text = _drop_invisible(text)
    if not LAO.search(text):  # a one-character search is much cheaper than LAO_RUN on Thai text
        return text
    return LAO_RUN.sub(lambda m: _thai_twins(m, text), text)


def collapse_spaces(text: str) -> str:
    """Every whitespace run (NBSP, tabs, newlines included) → one space; ends stripped."""
    return " ".join(text.split())  # str.split() knows the same whitespace as \s, in C


# Anything clean_text may change besides whitespace: invisible characters, Lao code points,
# NIKHAHIT (split SARA AM), markup ("<", "&", "**"). Text without any of them that is already
# NFC only needs its spaces collapsed (most lines and cells of a report).
_NEEDS_CLEANING = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u0e80-\u0eff\u0e4d<&*]")


# Cells and lines up to this length are cached (every stage cleans the same cells again); the
# cache holds at most CLEAN_CACHE_SIZE of them, so its memory stays bounded however many reports.
CLEAN_CACHE_SIZE = 8192
CLEAN_CACHE_MAX_CHARS = 2000


def clean_text(text: str) -> str:
    """Markup-free, invisible-free, NFC, Thai-repaired, single-spaced text. Idempotent."""
    if type(text) is str and len(text) <= CLEAN_CACHE_MAX_CHARS:
        return _clean_text_cached(text)
    return _clean_text(text)


def _clean_text(text: str) -> str:
    if not _NEEDS_CLEANING.search(text) and unicodedata.is_normalized("NFC", text):
        return collapse_spaces(text)
    text = _strip_markup(text)
    text = compose_sara_am(fix_lookalikes(text))
    return collapse_spaces(unicodedata.normalize("NFC", text))


_clean_text_cached = lru_cache(maxsize=CLEAN_CACHE_SIZE)(_clean_text)


def is_page_number(line: str) -> bool:
    """A printed page number on its own line: "-๔-", "- 12 -", "หน้า ๓", or a bare 1-3 digit number."""
    return PAGE_NUMBER.fullmatch(line) is not None


def is_separator_row(cells: list[str]) -> bool:
    """A markdown table rule row: only dashes, colons, pipes and spaces, with at least one dash."""
    return (bool(cells) and any("-" in c for c in cells)
            and all(SEPARATOR_CELL.fullmatch(c) for c in cells))


def _strip_markup(text: str) -> str:
    # Removing one layer can expose another ("&amp;lt;p&amp;gt;", "<**p>", "&lt\u037e" that NFC
    # turns into "&lt;"), so repeat until nothing changes; that is what makes clean_text idempotent.
    # Every change but NFC shortens the text, so the loop ends.
    while True:
        before = text
        text = unicodedata.normalize("NFC", _drop_invisible(text))
        if "<" in text or "&" in text:
            text = strip_html(text)
        if "**" in text:
            text = BOLD.sub("", text)
        if text == before:
            return text


def _drop_invisible(text: str) -> str:
    return INVISIBLE.sub("", text) if INVISIBLE.search(text) else text


def _thai_twins(match: re.Match[str], text: str) -> str:
    start, end = match.span()
    touches_thai = (start > 0 and _THAI.match(text, start - 1)) or _THAI.match(text, end)
    run: str = match.group()
    return run.translate(_LAO_TO_THAI) if touches_thai else run


_WHITESPACE = re.compile(r"\s+")


def squash_spaces(text: str) -> str:
    """Text with all whitespace removed (for comparing cells and names)."""
    return _WHITESPACE.sub("", text)


# Thai tone marks, thanthakhat and mai taikhu: what OCR and broken PDF fonts lose most often from
# stacked glyphs ("ตัวชีวัด", "นำหนัก", "คะแนนทีได้"); a label compared without them still names its field
_TONE_MARKS = str.maketrans("", "", "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c")


def without_tone_marks(text: str) -> str:
    """``text`` with its Thai tone marks (and ็ ์) removed: for comparing labels whose marks a scan lost."""
    return text.translate(_TONE_MARKS)


def squash(text: str) -> str:
    """Cleaned text without any whitespace: how cells and lines are compared (a repeated header,
    a cell repeated across a page break, a cue phrase however the report spaced it)."""
    return squash_spaces(clean_text(text))

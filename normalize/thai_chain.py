"""Repair of Thai text broken by PDF text extraction (docs THAI_PDF.md §2, §7–§10).

The repair is an ordered chain of small, named, pure rules (each ``str -> str``, listed in RULES).
The order matters: each rule expects the defects of the rules before it to be gone.

====  =====================  ==========================================================================
 #    name                   what it repairs (before → after)
====  =====================  ==========================================================================
 1    zero_width             ZWSP/ZWNJ/ZWJ/WJ/BOM/soft hyphen deleted: "สวัสดี\u200bครับ" → "สวัสดีครับ"
 2    legacy_mac_thai        8-bit Thai font shown as MacRoman decoded (dictionary-checked):
                             "§”π”" → "คำนำ"
 3    pua_to_thai            PUA glyph variants, Windows U+F700–F720 / Mac U+F884–F89E (THAI_PDF §8):
                             "ผู\uf70bมี" → "ผู้มี"
 4    ascii_fallback_tone    a tone glyph without ToUnicode emitted as "(", ")" or a digit → the mark
                             the dictionary reads best: "แก4ไข" → "แก้ไข", "ใชง) าน" → "ใช้งาน"
 5    sara_am_duplicate      "ำา" / "าำ" → "ำ": "ดำาเนิน" → "ดำเนิน"
 6    space_before_mark      whitespace before a combining mark or ำ deleted: "ต ้องการ" → "ต้องการ"
 7    nikhahit_sara_aa       NIKHAHIT (+tone) + SARA AA, or SARA AA + NIKHAHIT → SARA AM:
                             "ดําเนิน" → "ดำเนิน", "นํ้า" → "น้ำ"
 8    split_sara_am          consonant + space + า → ำ: "ส านักงาน" → "สำนักงาน", "ค าน า" → "คำนำ";
                             tone + space + า → the space dropped: "เป้ าหมาย" → "เป้าหมาย"; the
                             dictionary can overrule ("ก ารพั ฒนา", justified text → "การพั ฒนา")
 9    reorder_marks          Unicode order: tone+vowel → vowel+tone ("ช่ือ" → "ชื่อ"), ำ+tone →
                             tone+ำ, า/ะ+tone → tone+า/ะ, "เเ" → "แ", a vowel printed twice → once
10    mark_displaced         a mark moved one base right (x-sorted), often with a space after it, put
                             back: "จดั การ" → "จัดการ", "ผ้วู ิจยั" → "ผู้วิจัย", "ปฏิบัตงิ าน" → "ปฏิบัติงาน"
11    double_tone            two tones on one consonant: "ที่่" → "ที่"; SARA UU read as a tone glyph:
                             "อย่่ใน" → "อยู่ใน"
12    lost_sara_am           SARA AM lost to า ("ดาเนินการ" → "ดำเนินการ", "คานา" → "คำนำ") or
                             every า of a font printed as ำ ("สำรบัญ" → "สารบัญ")
13    mixed_digits           a number mixing Thai and Arabic digits in its majority script:
                             "๒๕๖7" → "๒๕๖๗"
====  =====================  ==========================================================================

Rules 2, 4, 8, 10, 11 and 12 consult a dictionary (normalize.thai_chain_lexicon): pythainlp's ``thai_words()``, Thai given and
family names, provinces and a few report words (thai_data.DOMAIN_WORDS). A text is read as its
cheapest segmentation (a word costs 1, a known misspelling 1.5, an unreadable character 2), and
a change is kept only when the text around it reads strictly cheaper. Rule 10 only looks at
lines with an orthographically impossible sequence (a mark after a space or a leading vowel,
ั/ึ/ื before no consonant, two vowels or two tones on one consonant, a word-final consonant
carrying only a tone, a follow vowel or a karan word after a space…) and, elsewhere, at a mark
before a space that ends no dictionary word. Rule 12 only looks at lines without any ำ (lost)
or without any า (spurious): both defects are font-wide.

Not handled, documented in tests/normalize/test_thai.py:
- marks the host dropped altogether ("ความตองการ", "องคการ"): "ตอง", "องค" are words, and the
  dictionary cannot tell the dropped reading from the written one without damaging clean text;
- a single mark mapped to another without a trace ("ข้อม้ล" for ข้อมูล);
- letters missing from the text layer ("อดุ รานี" for อุดรธานี);
- spaces inside words (justified text, cell wraps): the characters are repaired, the spaces are
  left to ``normalize.wrap_spaces.join_wraps``.

``pythainlp.util.normalize`` is deliberately not called: it deletes a mark after a space and
merges different tone marks (THAI_PDF §9). The rules do what its parts do where they are right
(remove_zw, reorder_vowels) and more.

The first call loads the dictionary (about 2 s); later calls on clean text take about 1 µs per
character, and only lines with a suspicious sequence are read with the dictionary.

Rule 10 lives in normalize.thai_chain_displaced; the character classes the rules match are
normalize.thai_orthography's, the edits they return normalize.thai_edits'. thai_quality (how
broken a text layer is) is in normalize.thai_quality.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable, NamedTuple

import regex

from .possessive import compile_possessive
from .thai_chain_displaced import _find_mark_displaced, mark_displaced
from .thai_chain_lexicon import LOST, MIN_VARIANT, SPURIOUS, _context, _cost, _gain, _lexicon, _pivots, _segment
from .thai_data import MAC_THAI_BYTES, PUA_TO_THAI
from .thai_edits import Edit, _apply, _diff_edits, _regex_edits
from .thai_orthography import (CONS, CONS_SET, KARAN, LEAD_SET, MARK_RANK, MARK_SET, MARKS, NIKHAHIT,
                               NO_WORD_END_BEFORE, SARA_A, SARA_AA, SARA_AM, SARA_U, SARA_UU, TH_WORD, TH_WORD_SET,
                               TONE_LIKE_SET, TONES, VOWEL_MARKS)

__all__ = ["Fix", "RULES", "repair_thai", "repair_thai_with_fixes"]


class Fix(NamedTuple):
    """One change made by one rule: the changed text with a little context, before and after."""
    rule: str
    before: str
    after: str


# ---------------------------------------------------------------------------------------------
# Rule 1: zero-width characters
# ---------------------------------------------------------------------------------------------
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")


_ZW_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def _find_zero_width(text: str) -> list[Edit]:
    if not any(c in text for c in _ZW_CHARS):  # str `in` is far cheaper than a regex pass
        return []
    return _regex_edits(_ZERO_WIDTH, "", text)


def zero_width(text: str) -> str:
    """Delete ZWSP, ZWNJ, ZWJ, word joiner, BOM and soft hyphen: "สวัสดี\\u200bครับ" → "สวัสดีครับ"."""
    return _apply(text, _find_zero_width(text))


# ---------------------------------------------------------------------------------------------
# Rule 2: legacy 8-bit Thai shown as MacRoman
# ---------------------------------------------------------------------------------------------
def _mac_roman_bytes() -> dict[str, int]:
    out: dict[str, int] = {}
    for b in range(0x80, 0x100):
        c = bytes([b]).decode("mac_roman")
        out[c] = b
        alias = unicodedata.normalize("NFKC", c)  # "µ" is often copied as Greek "μ"
        if len(alias) == 1 and alias not in out and ord(alias) > 0x7F:
            out[alias] = b
    out.pop("\u00a0", None)
    return out


_MAC_ROMAN = _mac_roman_bytes()
_LEGACY_TO_THAI = {c: MAC_THAI_BYTES.get(b, c) for c, b in _MAC_ROMAN.items()}
_LEGACY_CHAR = re.compile("[" + "".join(re.escape(c) for c in sorted(_MAC_ROMAN)) + "]")
_TOKEN = re.compile(r"\S+")
_NOT_LEGACY = re.compile("[A-Za-z\u0e00-\u0e7f]")
LEGACY_MAX_UNKNOWN = 0.25  # share of unreadable Thai characters a decoded line may keep
LEGACY_MIN_THAI = 4  # fewer decoded Thai characters prove nothing ("©®°" would read ฉจก)


def _find_legacy_mac_thai(text: str) -> list[Edit]:
    if not _LEGACY_CHAR.search(text):
        return []
    edits: list[Edit] = []
    start = 0
    for line in text.split("\n"):
        offset, start = start, start + len(line) + 1
        tokens = [m for m in _TOKEN.finditer(line)
                  if not _NOT_LEGACY.search(m.group()) and len(_LEGACY_CHAR.findall(m.group())) >= 2]
        if not tokens:
            continue
        decoded = ["".join(_LEGACY_TO_THAI.get(c, c) for c in m.group()) for m in tokens]
        thai = _reorder_once("".join(re.sub(f"[^{TH_WORD}]", "", d) for d in decoded))
        if len(thai) < LEGACY_MIN_THAI:
            continue
        unknown = len(_segment(thai)[2])
        if unknown > LEGACY_MAX_UNKNOWN * len(thai):
            continue  # not Thai after all ("………", "“–”", accented Latin)
        edits.extend((offset + m.start(), offset + m.end(), d)
                     for m, d in zip(tokens, decoded) if re.search(f"[{CONS}]", d))
    return edits


def legacy_mac_thai(text: str) -> str:
    """Thai typed in a legacy 8-bit font (TIS-620 codes, Apple's positional variants at 0x80-0x9F)
    and extracted through a MacRoman mapping comes out as symbols; a line whose symbol runs decode
    to Thai the dictionary can read is decoded: "°“√®—¥∑”§Ÿà¡◊Õ" → "การจัดทำคู่มือ"."""
    return _apply(text, _find_legacy_mac_thai(text))


# ---------------------------------------------------------------------------------------------
# Rule 3: PUA glyph variants
# ---------------------------------------------------------------------------------------------
_PUA = re.compile("[" + "".join(chr(c) for c in sorted(PUA_TO_THAI)) + "]")


def _find_pua(text: str) -> list[Edit]:
    return _regex_edits(_PUA, lambda m: PUA_TO_THAI[ord(m.group())], text)


def pua_to_thai(text: str) -> str:
    """Map the PUA positional variants of Windows (U+F700–F720) and Mac (U+F884–F89E) Thai fonts
    to the standard code points (THAI_PDF §8): "ผู\\uf70bมี" → "ผู้มี", "\\uf700าน" → "ฐาน"."""
    return _apply(text, _find_pua(text))


# ---------------------------------------------------------------------------------------------
# Rule 4: unmapped tone glyph emitted as an ASCII byte
# ---------------------------------------------------------------------------------------------
# A single "(", ")" or digit right after a Thai letter, not part of a bracket pair or a number.
_FALLBACK = re.compile(f"[()0-9](?<=[{TH_WORD}][()0-9])(?![0-9.,/:%])")
_PAREN = re.compile("[()]")
_FALLBACK_MARKS = ("\u0e49", "\u0e48", "\u0e4a", "\u0e4b", "\u0e4c")  # ้ first: the usual victim
_REST_OF_CHAIN: tuple[Callable[[str], str], ...] = ()  # set below, once the later rules exist


def _unmatched_parens(text: str) -> set[int]:
    """Indices of ")" with no "(" before them and of "(" with no ")" after them (a cell may wrap
    between the two, so the whole text counts)."""
    out: set[int] = set()
    stack: list[int] = []
    for m in _PAREN.finditer(text):
        if m.group() == "(":
            stack.append(m.start())
        elif stack:
            stack.pop()
        else:
            out.add(m.start())
    out.update(stack)
    return out


_ASCII_DIGITS = "0123456789"


def _find_ascii_fallback(text: str) -> list[Edit]:
    if not ("(" in text or ")" in text or any(d in text for d in _ASCII_DIGITS)):
        return []
    unmatched = None
    edits: list[Edit] = []
    for m in _FALLBACK.finditer(text):
        i, ch = m.start(), m.group()
        if ch in "()":
            if unmatched is None:
                unmatched = _unmatched_parens(text)
            if i not in unmatched:
                continue
        elif i + 1 >= len(text) or text[i + 1] not in TH_WORD_SET:
            continue  # a digit must sit between Thai letters ("แก4ไข"), not end a word ("ข้อ4 ")
        # The mark replaces the byte, or (displaced like any zero-width glyph) belongs on the
        # consonant before the byte's base, the byte then taking a space with it ("ใชง) าน").
        end = i + 2 if text[i + 1:i + 2] == " " else i + 1
        lo = i
        b = i - 1
        while b > 0 and text[b] in MARK_SET:
            b -= 1
        k = b - 1
        while k >= 0 and text[k] in MARK_SET:
            k -= 1
        if k >= 0 and text[k] in CONS_SET and text[b] in CONS_SET:
            lo = k + 1
            while lo < b and text[lo] in MARK_SET:
                lo += 1
        if edits and lo < edits[-1][1]:
            continue  # overlaps the previous repair
        left, right = _context(text, lo, end)
        choice = _best_fallback(left, text[lo:i], text[i + 1:end], right, ch in "()")
        if choice is not None:
            edits.append((lo, end, choice))
    return edits


@lru_cache(maxsize=4096)
def _best_fallback(left: str, before: str, after: str, right: str, paren: bool) -> str | None:
    """Replacement of ``before + byte + after`` that makes the repaired window read best, or None.
    Candidates: each mark in place of the byte, or on the consonant before (``before`` then starts
    with that consonant's base). An unpaired bracket is no text, so a mark that reads as well as
    dropping the byte wins ("หนา)" → "หน้า"); a digit must be beaten by a clear margin."""
    def score(mid: str) -> float:
        s = left + mid + right
        for rule in _REST_OF_CHAIN:
            s = rule(s)
        return _cost(s)
    # A space right after the byte came with it (pdfminer starts a word after a zero-width glyph
    # drawn out of x order), so every candidate drops it.
    candidates = []
    for mark in _FALLBACK_MARKS:
        candidates.append(before + mark)
        if before and before[0] not in MARK_SET and before[-1] in CONS_SET:
            candidates.append(mark + before)
    base = score(before + after)  # the byte dropped: the reading to beat
    best, best_cost = None, base + (0.0 if paren else -0.5)
    for cand in candidates:
        c = score(cand)
        if c < best_cost or (paren and best is None and c <= best_cost):
            best, best_cost = cand, c
    return best


def ascii_fallback_tone(text: str) -> str:
    """A tone glyph without ToUnicode comes out as its code byte, "(", ")" or a digit. When such a
    byte follows a Thai letter unpaired, the tone mark that makes the dictionary read the text best
    replaces it (the later rules then move it into place): "แก4ไข" → "แก้ไข",
    "ประกาศใช)" → "ประกาศใช้", "หนา)" → "หนา้" (→ "หน้า" by reorder_marks)."""
    return _apply(text, _find_ascii_fallback(text))


# ---------------------------------------------------------------------------------------------
# Rule 5: SARA AM followed by a spurious SARA AA
# ---------------------------------------------------------------------------------------------
_AM_AA = re.compile(f"{SARA_AM}{SARA_AA}+|{SARA_AA}+{SARA_AM}")


def _find_sara_am_duplicate(text: str) -> list[Edit]:
    if SARA_AM + SARA_AA not in text and SARA_AA + SARA_AM not in text:
        return []
    return _regex_edits(_AM_AA, SARA_AM, text)


def sara_am_duplicate(text: str) -> str:
    """"ำา" or "าำ" → "ำ" (pdfminer on LibreOffice PDFs emits the ActualText and the glyphs):
    "ดำาเนินการ" → "ดำเนินการ", "นาำ" → "นำ"."""
    return _apply(text, _find_sara_am_duplicate(text))


# ---------------------------------------------------------------------------------------------
# Rule 6: whitespace before a combining mark
# ---------------------------------------------------------------------------------------------
# (?<!\s)…\s++: a match starts only where the space run starts (else each position rescans it).
_SPACE_BEFORE_MARK = compile_possessive(f"(?<!\\s)\\s++(?=[{MARKS}{SARA_AM}])")
_SPACE_MARK_QUICK = re.compile(f"\\s[{MARKS}{SARA_AM}]")  # one regex pass less on clean text
_PERIOD_MARK_QUICK = re.compile(f"\\.[{MARKS}]")
_PERIOD_BEFORE_MARK = re.compile(f"([\u0e01-\u0e2e])(\\.)([{MARKS}]+)")


def _find_space_before_mark(text: str) -> list[Edit]:
    # One space between two marks ("ทีด่ ี", "ท่ดี ำเนนิ") came after a displaced mark (่ belongs
    # on ท): mark_displaced needs it to see which one, and deletes it.
    edits: list[Edit] = []
    if "." in text and _PERIOD_MARK_QUICK.search(text):
        # a mark after an abbreviation's period ("ม.ิย.", "ม.ีค."): no mark follows a period; it was
        # printed over the consonant before it, its glyph x-sorted past the narrow period → "มิ.ย."
        edits += [(m.start(2), m.end(3), m.group(3) + ".") for m in _PERIOD_BEFORE_MARK.finditer(text)]
    if not _SPACE_MARK_QUICK.search(text):
        return edits
    return edits + [(m.start(), m.end(), "") for m in _SPACE_BEFORE_MARK.finditer(text)
                    if m.start() and text[m.start() - 1] in TH_WORD_SET
                    and not (m.group() == " " and text[m.start() - 1] in MARK_SET)]


def space_before_mark(text: str) -> str:
    """Delete whitespace between a Thai character and a combining mark or ำ (no word starts with
    one): "ต ้องการ" → "ต้องการ", "ที ่" → "ที่", "ค ำ" → "คำ". A single space between two marks is
    left to mark_displaced ("ผ้วู ิจยั" → "ผู้วิจัย" there). A mark after a consonant's period goes back
    before the period, onto the consonant: "ม.ิย." → "มิ.ย.", "ม.ีค." → "มี.ค."."""
    return _apply(text, _find_space_before_mark(text))


# ---------------------------------------------------------------------------------------------
# Rule 7: NIKHAHIT + SARA AA
# ---------------------------------------------------------------------------------------------
_NIKHAHIT_AA = re.compile(f"([{TONES}]?){NIKHAHIT}([{TONES}]?){SARA_AA}|{SARA_AA}([{TONES}]?){NIKHAHIT}")


def _find_nikhahit_sara_aa(text: str) -> list[Edit]:
    if NIKHAHIT not in text:
        return []
    return _regex_edits(_NIKHAHIT_AA,
                        lambda m: (m.group(1) or "") + (m.group(2) or "") + (m.group(3) or "") + SARA_AM,
                        text)


def nikhahit_sara_aa(text: str) -> str:
    """NIKHAHIT (+ tone) + SARA AA, or SARA AA + NIKHAHIT, is how Word, tesseract and some PDF
    hosts write SARA AM: "ดําเนิน" → "ดำเนิน", "นํ้า" → "น้ำ", "สาํ นัก" → "สำ นัก"."""
    return _apply(text, _find_nikhahit_sara_aa(text))


# ---------------------------------------------------------------------------------------------
# Rule 8: SARA AM split into consonant + space + SARA AA
# ---------------------------------------------------------------------------------------------
_SPLIT_AM = re.compile(f"(?<=[{CONS}])([{TONES}]?)[ \t\u00a0]+{SARA_AA}")


OVERRIDE_GAIN = 1.0  # at least one word fewer, so that noise around the change cannot decide


def _split_options(text: str, m: re.Match[str], floor: int) -> tuple[int, list[str]]:
    """(start of a span ending at m.end() and not before ``floor``, its replacements, the
    default first)."""
    tone = m.group(1)
    if not tone:
        return m.start(), [SARA_AM, SARA_AA]
    t = m.start()
    options = [tone + SARA_AA, tone + SARA_AM]
    # The tone may itself be displaced from the consonant before ("ใชอ้ านาจ" → ใช้อำนาจ).
    k = t - 2
    while k >= floor and text[k] in MARK_SET:
        k -= 1
    if k < floor or text[k] not in CONS_SET:
        return t, options
    end_k = k + 1
    while text[end_k] in MARK_SET:
        end_k += 1
    cluster = sorted(text[k + 1:end_k] + tone, key=MARK_RANK.__getitem__)
    if sum(c in TONE_LIKE_SET for c in cluster) > 1:
        return t, options
    moved = "".join(cluster) + text[end_k:t]
    keep = text[k + 1:t]
    return k + 1, [keep + o for o in options] + [moved + SARA_AA, moved + SARA_AM]


def _find_split_sara_am(text: str) -> list[Edit]:
    if not (" " + SARA_AA in text or "\t" + SARA_AA in text or "\u00a0" + SARA_AA in text):
        return []
    spans, floor = [], 0
    for m in _SPLIT_AM.finditer(text):
        lo, options = _split_options(text, m, floor)
        spans.append((lo, m.end(), options))
        floor = m.end()
    # Defaults first (ำ after a bare consonant, no space after a tone), then each is checked
    # against the other readings with its neighbours already at their defaults.
    edits = [(lo, hi, options[0]) for lo, hi, options in spans]
    current = _apply(text, edits)
    shift = 0
    for k, (start, end, options) in enumerate(spans):
        lo = start + shift
        hi = lo + len(options[0])
        best, best_gain = None, OVERRIDE_GAIN - 1e-9
        for option in options[1:]:
            g = _gain(current, lo, hi, option)
            if g > best_gain:
                best, best_gain = option, g
        if best is not None:
            current = current[:lo] + best + current[hi:]
            edits[k] = (start, end, best)
        shift += len(edits[k][2]) - (end - start)
    return edits


def split_sara_am(text: str) -> str:
    """A space followed by า never starts a Thai syllable. After a bare consonant it is SARA AM
    split by the font (SarabunPSK): "ส านักงาน" → "สำนักงาน", "ค าน า" → "คำนำ", "อ าเภอ" →
    "อำเภอ"; after a tone mark it is a displaced space: "เป้ าหมาย" → "เป้าหมาย". The other reading
    wins only when the dictionary reads it better by a word or more: "ก ารพั ฒนา" (justified
    text) → "การพั ฒนา"; so does a tone moved back to its consonant: "การใชอ้ านาจ" →
    "การใช้อำนาจ"."""
    return _apply(text, _find_split_sara_am(text))


# ---------------------------------------------------------------------------------------------
# Rule 9: marks into Unicode order
# ---------------------------------------------------------------------------------------------
_REORDER_UNIT = (
    f"(?P<ee>\u0e40\u0e40)"  # เเ → แ
    f"|(?P<am>{SARA_AM})(?P<amt>[{TONES}]+)"  # ำ + tone → tone + ำ
    # (from the start of a tone/karan run, possessive: a long run without a vowel is scanned once)
    f"|(?<![{TONES}{KARAN}])(?P<t>[{TONES}{KARAN}]++)(?P<v>[{VOWEL_MARKS}\u0e3a]+)"  # tone/karan + vowel → vowel + tone
    f"|(?P<dup>[\u0e31\u0e34-\u0e3a\u0e47\u0e4c-\u0e4e])(?P=dup)+"  # the same vowel/sign twice → once
)
_REORDER = compile_possessive(_REORDER_UNIT + f"|(?P<f>[{SARA_A}{SARA_AA}])(?P<ft>[{TONES}]+)")  # ะ/า + tone → tone + ะ/า
# Marks of one consonant only: a tone after ะ/า is a mark displaced one letter right, which the
# noisy-channel search reads with the gap that came with it (normalize.thai_search).
_REORDER_IN_UNIT = compile_possessive(_REORDER_UNIT)


def _reorder_repl(m: regex.Match[str]) -> str:
    group = m.groupdict(default="")  # every group a str; _REORDER_IN_UNIT has no "f" nor "ft"
    if group["ee"]:
        return "\u0e41"
    if group["am"]:
        return group["amt"] + SARA_AM
    if group["t"]:
        return group["v"] + group["t"]
    if group.get("f"):
        return group["ft"] + group["f"]
    return group["dup"]


def _reorder_once(text: str, pattern: regex.Pattern[str] = _REORDER) -> str:
    return pattern.sub(_reorder_repl, text)


_REORDER_BIGRAMS = (
    ["\u0e40\u0e40"]
    + [SARA_AM + t for t in "\u0e48\u0e49\u0e4a\u0e4b"]
    + [f + t for f in (SARA_A, SARA_AA) for t in "\u0e48\u0e49\u0e4a\u0e4b"]
    + [m + m for m in sorted(MARK_SET - set("\u0e48\u0e49\u0e4a\u0e4b"))]
)
_TONE_VOWEL = re.compile(f"[{TONES}{KARAN}][{VOWEL_MARKS}\u0e3a]")
_RUN_SET = CONS_SET | LEAD_SET | MARK_SET | {SARA_A, SARA_AA, SARA_AM}


def _find_reorder_marks(text: str, pattern: regex.Pattern[str] = _REORDER) -> list[Edit]:
    # ~70 substring tests cost less than one regex pass over clean text.
    if not (_TONE_VOWEL.search(text) or any(b in text for b in _REORDER_BIGRAMS)):
        return []
    edits = []
    done = 0
    for m in pattern.finditer(text):
        if m.start() < done:
            continue
        # The whole run of letters around it is repaired until stable (a swap can expose a
        # doubled mark), and reported as its own changes.
        a, b = m.start(), m.end()
        while a > 0 and text[a - 1] in _RUN_SET:
            a -= 1
        while b < len(text) and text[b] in _RUN_SET:
            b += 1
        done = b
        run = new = text[a:b]
        for _ in range(8):
            nxt = _reorder_once(new, pattern)
            if nxt == new:
                break
            new = nxt
        if new != run:
            edits.extend(_diff_edits(run, new, a))
    return edits


def _find_reorder_in_unit(text: str) -> list[Edit]:
    """reorder_marks without "ะ/า + tone" (for documents whose displaced marks the search reads)."""
    return _find_reorder_marks(text, _REORDER_IN_UNIT)


def reorder_marks(text: str) -> str:
    """Put marks in Unicode order: tone/karan before a vowel mark ("ช่ือ" → "ชื่อ",
    "สัมฤทธ์ิ" → "สัมฤทธิ์"), ำ before its tone ("นำ้" → "น้ำ"), a tone after า/ะ ("หนา้" →
    "หน้า"), "เเ" → "แ", and a vowel or sign printed twice once ("ดีี" → "ดี"); two tone marks
    are left to double_tone."""
    return _apply(text, _find_reorder_marks(text))


# ---------------------------------------------------------------------------------------------
# Rule 11: two tone marks on one consonant
# ---------------------------------------------------------------------------------------------
_DOUBLE_TONE = re.compile(f"(?<=[{CONS}])([{VOWEL_MARKS}]?)([{TONES}])([{TONES}])")


def _find_double_tone(text: str) -> list[Edit]:
    if not any(a + b in text for a in "\u0e48\u0e49\u0e4a\u0e4b" for b in "\u0e48\u0e49\u0e4a\u0e4b"):
        return []
    edits: list[Edit] = []
    for m in _DOUBLE_TONE.finditer(text):
        vowel, first, second = m.groups()
        options = [vowel + second, vowel + first]  # an overprinted or a stray tone: keep one
        if not vowel:  # SARA UU/U drawn as a tone glyph ("อย่่ใน", "ผ้้มี", "รับร่้")
            options += [SARA_UU + second, SARA_U + second, SARA_UU + first]
        best, best_gain = options[0], 0.0
        for option in options[1:]:
            g = _gain(text, m.start(), m.end(), option) - _gain(text, m.start(), m.end(), options[0])
            if g > best_gain:
                best, best_gain = option, g
        edits.append((m.start(), m.end(), best))
    return edits


def double_tone(text: str) -> str:
    """Two tone marks on one consonant: an overprinted tone ("ที่่" → "ที่") or, in LibreOffice
    PDFs read without ActualText, SARA UU/U mapped to a tone glyph ("อย่่ใน" → "อยู่ใน",
    "ผ้้มี" → "ผู้มี", "รับร่้" → "รับรู้"); the dictionary picks, keeping the last tone by default."""
    return _apply(text, _find_double_tone(text))


# ---------------------------------------------------------------------------------------------
# Rule 12: SARA AM lost (า) or spurious (ำ for every า)
# ---------------------------------------------------------------------------------------------
_CHUNK = re.compile(f"[{TH_WORD}]+")




def _has_variant(s: str, kind: int) -> bool:
    """Whether a misspelling of ``kind`` occurs in ``s`` (a Thai run) and is not part of a
    correctly spelled longer word there ("ประกา" inside "ประกาศ" is no hit)."""
    wide, second, last = _pivots(kind)
    pivot = SARA_AA if kind == LOST else SARA_AM
    q = s.find(pivot, 1)
    while q > 0:
        for found in (wide.get(s[q - 2:q + 2]) if q > 1 else None, second.get(s[q - 1:q + 2]),
                      last.get(s[q - 2:q + 1]) if q > 1 else None):
            for p, v in found or ():
                i = q - p
                if (i >= 0 and s.startswith(v, i) and not (i and s[i - 1] in LEAD_SET)
                        and not _covered(s, i, i + len(v))):
                    return True
        q = s.find(pivot, q + 1)
    return False


def _covered(s: str, i: int, j: int) -> bool:
    """Whether a dictionary word starting at or shortly before ``i`` reaches ``j`` or beyond."""
    entries, prefixes = _lexicon()
    for a in range(max(0, i - 6), i + 1):
        for k in range(max(j, a + 2), len(s) + 1):
            piece = s[a:k]
            if not prefixes[piece]:
                break
            if entries.get(piece, 0) is None and (k == len(s) or s[k] not in NO_WORD_END_BEFORE):
                return True
    return False


def _find_lost_sara_am(text: str, kinds: tuple[int, ...] = (LOST, SPURIOUS)) -> list[Edit]:
    has_aa, has_am = SARA_AA in text, SARA_AM in text
    if not has_aa and not has_am:
        return []
    edits: list[Edit] = []
    # Both defects are font-wide: a line with a lost ำ has no ำ left, a line printing every า as
    # ำ has no า left. A line with both is spelled by a sound font.
    start = 0
    for line in text.split("\n"):
        line_start, start = start, start + len(line) + 1
        aa, am = SARA_AA in line, SARA_AM in line
        if aa != am and (LOST if aa else SPURIOUS) in kinds:
            edits.extend(_lost_sara_am_edits(line, line_start, LOST if aa else SPURIOUS))
    return edits


def _lost_sara_am_edits(line: str, offset: int, kind: int) -> list[Edit]:
    edits: list[Edit] = []
    for m in _CHUNK.finditer(line):
        s = m.group()
        if len(s) < MIN_VARIANT or not _has_variant(s, kind):
            continue
        for a, b, word in _segment(s)[1]:
            edits.extend(_diff_edits(s[a:b], word, offset + m.start() + a))
    return edits


def lost_sara_am(text: str) -> str:
    """A word misspelled only by SARA AM lost to า ("ดาเนินการ" → "ดำเนินการ", "กาหนด" →
    "กำหนด", "คานา" → "คำนำ") or by every า of a bold font printed as ำ ("สำรบัญ" → "สารบัญ",
    "เทศบำลตำบล" → "เทศบาลตำบล") is respelled when the dictionary reads the run strictly
    better with it (a misspelt word costs more than a word, less than two)."""
    return _apply(text, _find_lost_sara_am(text))


# ---------------------------------------------------------------------------------------------
# Rule 13: numbers mixing Thai and Arabic digits
# ---------------------------------------------------------------------------------------------
_MIXED_QUICK = re.compile("[0-9][.,]?[\u0e50-\u0e59]|[\u0e50-\u0e59][.,]?[0-9]")
_NUMBER = re.compile("[0-9\u0e50-\u0e59]+(?:[.,][0-9\u0e50-\u0e59]+)*")
_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _mixed_repl(m: re.Match[str]) -> str:
    s: str = m.group()
    thai = sum("\u0e50" <= c <= "\u0e59" for c in s)
    arabic = sum("0" <= c <= "9" for c in s)
    if not thai or not arabic:
        return s
    return s.translate(_TO_THAI) if thai >= arabic else s.translate(_TO_ARABIC)


def _find_mixed_digits(text: str) -> list[Edit]:
    if not (any(d in text for d in _ASCII_DIGITS) and any(d in text for d in "๐๑๒๓๔๕๖๗๘๙")
            and _MIXED_QUICK.search(text)):
        return []
    return _regex_edits(_NUMBER, _mixed_repl, text)


def mixed_digits(text: str) -> str:
    """A number mixing Thai and Arabic digits (a fallback font drew some of them) is written in the
    script of the majority of its digits, Thai on a tie: "๒๕๖7" → "๒๕๖๗", "25๖7" → "2567"."""
    return _apply(text, _find_mixed_digits(text))


# ---------------------------------------------------------------------------------------------
# The chain
# ---------------------------------------------------------------------------------------------
RULES: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("zero_width", zero_width),
    ("legacy_mac_thai", legacy_mac_thai),
    ("pua_to_thai", pua_to_thai),
    ("ascii_fallback_tone", ascii_fallback_tone),
    ("sara_am_duplicate", sara_am_duplicate),
    ("space_before_mark", space_before_mark),
    ("nikhahit_sara_aa", nikhahit_sara_aa),
    ("split_sara_am", split_sara_am),
    ("reorder_marks", reorder_marks),
    ("mark_displaced", mark_displaced),
    ("double_tone", double_tone),
    ("lost_sara_am", lost_sara_am),
    ("mixed_digits", mixed_digits),
)
_FINDERS: dict[str, Callable[[str], list[Edit]]] = {
    "zero_width": _find_zero_width,
    "legacy_mac_thai": _find_legacy_mac_thai,
    "pua_to_thai": _find_pua,
    "ascii_fallback_tone": _find_ascii_fallback,
    "sara_am_duplicate": _find_sara_am_duplicate,
    "space_before_mark": _find_space_before_mark,
    "nikhahit_sara_aa": _find_nikhahit_sara_aa,
    "split_sara_am": _find_split_sara_am,
    "reorder_marks": _find_reorder_marks,
    "mark_displaced": _find_mark_displaced,
    "double_tone": _find_double_tone,
    "lost_sara_am": _find_lost_sara_am,
    "mixed_digits": _find_mixed_digits,
}
# What ascii_fallback_tone runs on a candidate before scoring it.
_REST_OF_CHAIN = tuple(rule for name, rule in RULES[4:12])

CONTEXT = 3  # characters of context on each side of a Fix


MAX_PASSES = 8  # a move can expose a defect an earlier rule handles ("หม่บู้ าน" → "หมู่บ้ าน")


def repair_thai(text: str) -> str:
    """Repair Thai text from a PDF text layer with the rules of RULES, in order, repeated until
    nothing changes (at most MAX_PASSES times). Idempotent, and a no-op on correctly spelled
    text. Never raises: on an internal error the input is returned unchanged."""
    return _run(text, False)[0]


def repair_thai_with_fixes(text: str) -> tuple[str, list[Fix]]:
    """``repair_thai`` plus one Fix per change: the rule's name and the changed text with a few
    characters of context, before and after."""
    return _run(text, True)


def _run(text: str, collect: bool) -> tuple[str, list[Fix]]:
    if not isinstance(text, str) or not text:
        return (text if isinstance(text, str) else ""), []
    original, fixes = text, []
    try:
        for _ in range(MAX_PASSES):
            before = text
            for name, rule in RULES:
                if not collect:
                    text = rule(text)
                    continue
                edits = _FINDERS[name](text)
                for start, end, repl in edits:
                    a, b = _context_start(text, start), _context_end(text, end)
                    fixes.append(Fix(name, text[a:b], text[a:start] + repl + text[end:b]))
                text = _apply(text, edits)
            if text == before:
                break
        return text, fixes
    except Exception:  # pragma: no cover - defensive: repair must never break extraction
        return original, []


def _context_start(text: str, i: int) -> int:
    a = max(0, i - CONTEXT)
    nl = text.rfind("\n", a, i)
    a = nl + 1 if nl >= 0 else a
    while a > 0 and a < i and text[a] in MARK_SET:
        a -= 1
    return a


def _context_end(text: str, i: int) -> int:
    b = min(len(text), i + CONTEXT)
    nl = text.find("\n", i, b)
    b = nl if nl >= 0 else b
    while b < len(text) and text[b] in MARK_SET:
        b += 1
    return b




# ---------------------------------------------------------------------------------------------
# Measurement on the real broken strings: python -m normalize.thai_chain [TSV]
# ---------------------------------------------------------------------------------------------
def _exact_rates(path: str) -> dict[str, tuple[int, int]]:
    import csv

    from pythainlp.util import normalize as pythainlp_normalize
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))

    def same(a: str, b: str) -> bool:
        return "".join(a.split()) == "".join(b.split())

    out = {}
    for name, fn in (("none", lambda s: s), ("pythainlp.normalize", pythainlp_normalize),
                     ("repair_thai", repair_thai)):
        out[name] = (sum(same(fn(r["broken"]), r["correct"]) for r in rows), len(rows))
    return out


if __name__ == "__main__":  # pragma: no cover
    import sys
    tsv = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/thai-repair/broken_real_dev.tsv"
    for name, (ok, n) in _exact_rates(tsv).items():
        print(f"{name:22s} {ok:3d}/{n} exact ({100 * ok / n:.1f}%)")

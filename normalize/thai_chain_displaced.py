"""Rule 10 of the Thai rule chain (normalize.thai_chain), mark_displaced: a mark a PDF text
layer moved one base to the right (x-sorted glyphs), often with a space after it, put back where
the dictionary (normalize.thai_chain_lexicon) reads the text better: "จดั การ" → "จัดการ",
"ผ้วู ิจยั" → "ผู้วิจัย". Its impossible-sequence spots (``_anchor_spots``) are also what
normalize.thai_quality counts."""
from __future__ import annotations

import re

from .possessive import compile_possessive
from .thai_chain_lexicon import _gain, _lexicon, _segment
from .thai_edits import Edit, _apply, _diff_edits
from .thai_orthography import (CONS, CONS_SET, KARAN, LEAD, MARK_RANK, MARK_SET, MARKS, SARA_A, SARA_AA, SARA_AM,
                               TH_WORD, TH_WORD_SET, TONE_LIKE_SET, TONES, VOWEL_MARKS, VOWEL_SET)

# Orthographically impossible sequences, as three regexes that each start with a narrow character
# class (one regex with ten branches costs twice as much on clean text, which has no match).
# A match of _MARK_ANCHORS starts at the mark to try moving.
_MARK_ANCHORS = compile_possessive(
    f"[{MARKS}](?:"
    f"(?<![{CONS}{MARKS}][{MARKS}])"  # a mark on no consonant (after a space, เ, า…)
    f"|(?<=\u0e31)[{TONES}]?+(?![{CONS}])"  # ั not followed by a consonant
    f"|(?<=[\u0e36\u0e37])[{TONES}]?+(?![{CONS}])"  # ึ ื not followed by a consonant
    f"|(?<=[{VOWEL_MARKS}])[{TONES}{KARAN}]*+[{VOWEL_MARKS}]"  # two vowels on one consonant
    f"|(?<=[{VOWEL_MARKS}])[{TONES}]?{SARA_AM}"  # ำ after a vowel mark ("ท่ดีำเนิน")
    f"|(?<=[^{LEAD}][\u0e01-\u0e19\u0e1b-\u0e2e][{TONES}])(?<![{LEAD}][{CONS}][{CONS}][{TONES}])"
    f"(?![{TH_WORD}])"  # a word-final consonant with only a tone ("ตอ่ ต้าน"; not "ใหม่", "แม่", "บ่")
    f"|(?<=[\u0e02-\u0e2e]\u0e47)(?![{TH_WORD}])"  # ็ ending a word, other than ก็
    f"|(?<=[{TONES}])(?=[{TONES}])"  # two tones on one consonant
    f")"
)
# A space before a follow vowel, or before a consonant with karan (no word starts so); the mark
# before the space, if any, is the one to try moving.
_SPACE_ANCHORS = re.compile(f" (?=[{SARA_A}{SARA_AA}{SARA_AM}]|[{CONS}][\u0e34\u0e38]?{KARAN})")
_LEAD_ANCHORS = re.compile(f"[{LEAD}](?![{CONS}])")  # a leading vowel not followed by a consonant
# A mark before a space; not karan, which ends words ("วรินทร์ วิรุณ").
_MARK_BEFORE_SPACE = re.compile(f"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4b\u0e4d\u0e4e](?= [{TH_WORD}])")
MAX_SUFFIX = 20


def _anchor_spots(s: str) -> list[tuple[int, int | None]]:
    """(position, index of the mark to try moving or None) of every impossible sequence."""
    spots: list[tuple[int, int | None]] = [(m.start(), m.start()) for m in _MARK_ANCHORS.finditer(s)]
    for m in _SPACE_ANCHORS.finditer(s):
        i = m.start()
        spots.append((i, i - 1 if i and s[i - 1] in MARK_SET else None))
    spots.extend((m.start(), None) for m in _LEAD_ANCHORS.finditer(s))
    return spots


def _anchors(s: str) -> tuple[bool, set[int]]:
    """(whether ``s`` has an impossible sequence, indices of the marks they point at)."""
    spots = _anchor_spots(s)
    return bool(spots), {j for _, j in spots if j is not None}


def _ends_word(s: str, j: int) -> bool:
    """Whether some dictionary word ends with the character at ``j`` (within its chunk)."""
    # a word's entry is None (a misspelling's is the word it misspells: none is a word itself)
    entries = _lexicon().entries
    start = s.rfind(" ", 0, j) + 1
    return any(entries.get(s[i:j + 1], 0) is None for i in range(j - 1, max(start, j - MAX_SUFFIX) - 1, -1))


def _suspect_before_space(s: str, j: int) -> bool:
    """Whether the mark at ``j``, before a space, may have been displaced: no dictionary word ends
    with it, or the run before it does not read as words ("กติ ตกิ รรม": ติ is a word, กติ is not)."""
    if not _ends_word(s, j):
        return True
    start = j
    while start > 0 and s[start - 1] in TH_WORD_SET:
        start -= 1
    return bool(_segment(s[start:j + 1])[2])


def _candidates(s: str, full: bool) -> list[int]:
    """Marks of run ``s`` worth trying to move. ``full`` (the line has an impossible sequence):
    the marks of impossible sequences and their clusters, every mark before a space, a mark ending
    the run, and the marks next to characters the dictionary cannot read. Otherwise only a mark
    before a space that ends no dictionary word."""
    before_space = [m.start() for m in _MARK_BEFORE_SPACE.finditer(s)]
    if not full:
        found = set()
        for j in before_space:
            if _suspect_before_space(s, j):
                k = j
                while k >= 0 and s[k] in MARK_SET:  # the whole cluster: "มชี่ อง" moves ี
                    found.add(k)
                    k -= 1
        return sorted(found)
    _, found = _anchors(s)
    for j in list(found):  # the other marks of a cluster with two vowels may be the moved one
        k = j + 1
        while k < len(s) and s[k] in MARK_SET:
            found.add(k)
            k += 1
    found.update(before_space)
    if s and s[-1] in MARK_SET:
        found.add(len(s) - 1)
    # Marks within two characters of an unknown character of the dictionary reading.
    positions = [i for i, c in enumerate(s) if c != " "]
    unknown = _segment(s.replace(" ", ""))[2]
    for u in unknown:
        for k in range(max(0, u - 2), min(len(positions), u + 3)):
            if s[positions[k]] in MARK_SET:
                found.add(positions[k])
    return sorted(found)


def _move_left(s: str, j: int) -> tuple[int, int, str] | None:
    """Move the mark at ``j`` onto the consonant before its base: (lo, hi, replacement of s[lo:hi])
    with the space after the mark (and one crossed on the way) deleted; None when impossible."""
    b = j - 1
    while b >= 0 and s[b] in MARK_SET:
        b -= 1
    if b < 1 or s[b] == " ":
        return None
    k = b - 1
    crossed = k >= 0 and s[k] == " "
    if crossed:
        k -= 1
    while k >= 0 and s[k] in MARK_SET:
        k -= 1
    if k < 0 or s[k] not in CONS_SET:
        return None
    end_k = k + 1
    while end_k < len(s) and s[end_k] in MARK_SET:
        end_k += 1
    cluster = sorted(s[k + 1:end_k] + s[j], key=MARK_RANK.__getitem__)
    if (sum(c in VOWEL_SET for c in cluster) > 1 or sum(c in TONE_LIKE_SET for c in cluster) > 1
            or len(set(cluster)) < len(cluster)):
        return None
    hi = j + 1
    if hi < len(s) and s[hi] == " ":
        hi += 1  # the space the displaced mark brought with it
    middle = s[end_k:j]
    if crossed:
        middle = middle.replace(" ", "", 1)
    return k + 1, hi, "".join(cluster) + middle


def _change_gain(old: str, new: str) -> float:
    """_gain of turning ``old`` into ``new`` (two versions of one run), over the changed span."""
    p = 0
    limit = min(len(old), len(new))
    while p < limit and old[p] == new[p]:
        p += 1
    q = 0
    while q < limit - p and old[-1 - q] == new[-1 - q]:
        q += 1
    return _gain(old, p, len(old) - q, new[p:len(new) - q], clusters=True)


def _moves(s: str, full: bool, start: int = 0, stop: int | None = None) -> list[tuple[int, str]]:
    """(position, run after the move) for every possible move of a candidate mark in [start, stop)."""
    out = []
    for j in _candidates(s, full):
        if j < start or (stop is not None and j >= stop):
            continue
        move = _move_left(s, j)
        if move is not None:
            lo, hi, mid = move
            out.append((lo, s[:lo] + mid + s[hi:]))
    return out


PAIR_REACH = 10  # a second move is looked for this many characters after the first one
MOVE_COST = 0.05  # a tie between readings goes to the one with fewer moves (none at all)
NEAR = 6  # candidate moves this close to each other compete; the best one is applied


def _fix_group(s: str, full: bool) -> str:
    """Left to right over neighbourhoods of candidate moves: apply the best move, or pair of
    neighbouring moves ("วจิ ยั" needs both), that makes the run read strictly better; repeat."""
    start = 0
    for _ in range(2 * sum(c in MARK_SET for c in s) + 2):
        # Candidates before the last change were weighed already, and a move only changes how
        # the few characters around it read: start a little before it.
        moves = _moves(s, full, start)
        best_gain, best = 0.0, None
        last = -NEAR - 1
        for lo, s1 in moves:
            if best is not None and lo - last > NEAR:
                break  # the best of the first neighbourhood that has one
            last = lo
            for n_moves, cand in [(1, s1)] + [(2, s2) for _, s2 in _moves(s1, full, lo, lo + PAIR_REACH)]:
                g = _change_gain(s, cand) - MOVE_COST * n_moves
                if g > best_gain:
                    best_gain, best = g, cand
        if best is None:
            break
        start = max(0, _first_difference(s, best) - RESTART_BACK)
        s = best
    return _SPACE_THEN_MARK.sub("", s)  # a space before a mark or ำ that no move took away


RESTART_BACK = 8
_SPACE_THEN_MARK = re.compile(f" (?=[{MARKS}{SARA_AM}])")


def _first_difference(a: str, b: str) -> int:
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    return i


def _group_span(text: str, i: int) -> tuple[int, int]:
    """The run of Thai characters and single spaces around index ``i``."""
    a, n = i, len(text)
    while a > 0 and (text[a - 1] in TH_WORD_SET or (text[a - 1] == " " and a > 1 and text[a - 2] in TH_WORD_SET)):
        a -= 1
    while a < i and text[a] == " ":
        a += 1
    b = i
    while b < n and (text[b] in TH_WORD_SET or (text[b] == " " and b + 1 < n and text[b + 1] in TH_WORD_SET)):
        b += 1
    return a, b


_GROUP = re.compile(f"[{TH_WORD}]+(?: [{TH_WORD}]+)*")


def _find_mark_displaced(text: str) -> list[Edit]:
    hard = sorted(i for i, _ in _anchor_spots(text))
    weak = [m.start() for m in _MARK_BEFORE_SPACE.finditer(text)]
    if not hard and not weak:
        return []
    edits: list[Edit] = []
    spans: list[tuple[int, int, bool]] = []
    # A line with an impossible sequence is broken: every run in it (within FULL_REACH of the
    # sequence, for text without line breaks) is looked at in full.
    full_lines: list[tuple[int, int]] = []
    for i in hard:
        a = max(text.rfind("\n", 0, i) + 1, i - FULL_REACH)
        b = text.find("\n", i)
        b = min(len(text) if b < 0 else b, i + FULL_REACH)
        if full_lines and a <= full_lines[-1][1]:
            full_lines[-1] = (full_lines[-1][0], b)
        else:
            full_lines.append((a, b))
    for a, b in full_lines:
        spans.extend((m.start(), m.end(), True) for m in _GROUP.finditer(text, a, b)
                     if any(c in MARK_SET for c in m.group()))
    covered = 0
    for i in weak:  # elsewhere only a run with a mark before a space that ends no word
        if i < covered or any(a <= i < b for a, b in full_lines) or not _suspect_before_space(text, i):
            continue
        a, b = _group_span(text, i)
        covered = b
        spans.append((a, b, False))
    for a, b, full in sorted(spans):
        for a, b in _pieces(text, a, b):
            s = text[a:b]
            new = _fix_group(s, full)
            if new != s:
                edits.extend(_diff_edits(s, new, a))
    return edits


FULL_REACH = 300
MAX_RUN = 100  # a longer run is fixed in pieces, cut at spaces that follow no mark


def _pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """[a, b) cut into pieces of at most about MAX_RUN characters, so that the work per run stays
    bounded on a page of text without line breaks. A move never reaches past a word boundary, and
    a space after a letter (not after a mark, as displaced ones are) is one."""
    out = []
    while b - a > MAX_RUN:
        cut = -1
        for i in range(a + MAX_RUN, a + MAX_RUN // 2, -1):
            if text[i] == " " and text[i - 1] not in MARK_SET:
                cut = i
                break
        if cut < 0:
            break
        out.append((a, cut))
        a = cut + 1
    out.append((a, b))
    return out


def mark_displaced(text: str) -> str:
    """Put back a mark that text extraction moved one base to the right (x-sorted zero-width
    glyphs), deleting the space it brought: "จดั การ" → "จัดการ", "ผ้วู ิจยั" → "ผู้วิจัย",
    "ค่มู อื" → "คู่มือ", "ปฏิบัตงิ าน" → "ปฏิบัติงาน", "อเิ ลก็ ทรอนิกส์" → "อิเล็กทรอนิกส์".

    On a line with an impossible sequence every run is looked at: the marks of the sequence,
    every mark before a space and the marks next to characters the dictionary cannot read are
    tried one consonant back (alone or in pairs: "วจิ ยั" needs both). Elsewhere only a mark
    before a space is tried, when no word ends with it or the run before it does not read
    ("ยทุ ธศาสตร์" → "ยุทธศาสตร์"). A move is kept only when the text around it reads strictly
    better; the best move of each neighbourhood wins. A space left before a mark or ำ is
    deleted at the end ("ที ่" → "ที่")."""
    return _apply(text, _find_mark_displaced(text))

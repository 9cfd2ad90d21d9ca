"""Is a piece of text the rest of the one above it? Words and phrases cut by a page break.

Shared by the parsers of measures and findings tables, which decide whether the first row after
a page break continues the row above (``extract.stitch`` marks it ``after_break``).
"""
from __future__ import annotations

from functools import lru_cache

from normalize.words import tokenize
from normalize.wrap_spaces import join_wraps

# A title cut at a page break often ends on a word that cannot end a phrase.
CONNECTIVES = ("ที่", "และ", "หรือ", "ของ", "ใน", "การ", "เพื่อ", "กับ", "ให้", "โดย", "ซึ่ง", "แก่", "ต่อ",
               "จาก", "ด้วย", "เป็น", "มี", "ได้", "ความ", "ตาม", "แห่ง", "ทั้ง", "เช่น")


def ends_mid_phrase(title: str) -> bool:
    """The title's last word (dictionary tokenization, not letters: "ราชการ" ends in "การ"
    but is a whole word) is one that cannot end a phrase."""
    tail = title[-30:]
    # The last word is the end of the text (tokens concatenate to it), so only a text ending in
    # a connective needs the tokenizer.
    return tail.rstrip().endswith(CONNECTIVES) and _last_word(tail) in CONNECTIVES


@lru_cache(maxsize=4096)
def _last_word(text: str) -> str:
    words = [w for w in tokenize(text) if w.strip()]
    return words[-1] if words else ""


def continues_word(before: str, after: str) -> bool:
    """The first word of ``after`` completes the last word of ``before`` (dictionary check)."""
    tail, head = before.split()[-1], after.split()[0]
    return join_wraps(f"{tail} {head}") == tail + head

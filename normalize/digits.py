"""Numbers in Thai report text: Thai digits, decimals, thousands separators, years."""
from __future__ import annotations

import re

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
THAI_DIGIT_RUN = re.compile("[๐-๙]+")

# One digit class for both scripts, so offsets found here are offsets in the original text.
_D = "[0-9๐-๙]"
# Thousands groups only when they are exactly three digits ("1,234"), so "1,2" stays two numbers.
# The look-arounds stop a match from starting or ending inside a longer digit run.
NUMBER = re.compile(rf"(?<!{_D})(?:{_D}{{1,3}}(?:,{_D}{{3}})+|{_D}+)(?:\.{_D}+)?(?!{_D})")


def thai_to_arabic(text: str) -> str:
    """Thai digits ๐-๙ → 0-9; every other character is left as is."""
    # str.translate walks long Thai text char by char; translating only the digit runs is faster.
    return THAI_DIGIT_RUN.sub(lambda m: m.group().translate(_TO_ARABIC), text)


def arabic_to_thai(text: str) -> str:
    """0-9 → Thai digits ๐-๙ (for Thai messages); every other character is left as is."""
    return text.translate(_TO_THAI)


def find_numbers(text: str) -> list[tuple[float, int, int]]:
    """Every number in ``text`` as (value, start, end), offsets into the original text."""
    return [(_value(m.group()), m.start(), m.end()) for m in NUMBER.finditer(text)]


def parse_number(text: str) -> float | None:
    """The first number in ``text`` ("ร้อยละ ๘๒.๒๐" → 82.2), or None when there is none."""
    m = NUMBER.search(text)
    return _value(m.group()) if m else None


def be_year(value: int) -> int:
    """A year as Buddhist Era: 2-digit 64 → 2564, AD 1990..2100 → +543, anything else as given."""
    if 0 <= value < 100:
        return 2500 + value  # report years are all 25xx; "๖๔" in "ต.ค.๖๔" means 2564
    if 1990 <= value <= 2100:
        return value + 543
    return value


def _value(token: str) -> float:
    return float(thai_to_arabic(token).replace(",", ""))

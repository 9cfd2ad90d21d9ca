"""Legacy 8-bit Thai: text typed in a TIS-620 / Mac Thai font without Unicode, extracted through
some 8-bit code page (MacRoman "§”π”", cp1252/latin-1 "¤Ó¹Ó", cp437…). Every code page of
data/thai_channel.json is tried; a line is decoded with the one whose reading the dictionary
reads best, and only when that reading is clearly Thai."""
from __future__ import annotations

import re
from functools import lru_cache

from .thai_channel import PARAMS
from .thai_data import MAC_THAI_BYTES
from .thai_orthography import TH

MAX_UNKNOWN = 0.25  # share of units no word reads that a decoded line may keep
MIN_THAI = 4  # fewer decoded Thai letters prove nothing ("©®°" would read ฉจก)
_TOKEN = re.compile(r"[^\x00-\x7f]+")  # bytes 0x80-0xFF show as non-ASCII in every code page
_THAI = re.compile("[\u0e00-\u0e7f]")
_RUN = re.compile(f"[{TH}]+")


@lru_cache(maxsize=1)
def tables() -> dict[str, dict[str, str]]:
    """code page → {character it shows: the Thai (or punctuation) the byte stands for}."""
    out = {}
    for page in PARAMS["legacy_code_pages"]:
        table: dict[str, str] = {}
        for b in range(0x80, 0x100):
            try:
                c = bytes([b]).decode(page)
            except UnicodeDecodeError:
                continue
            if ord(c) > 0x7F and b in MAC_THAI_BYTES:
                table.setdefault(c, MAC_THAI_BYTES[b])
        if page == "mac_roman":
            table.setdefault("\u03bc", table.get("\u00b5", "\u00b5"))  # µ copied as Greek μ
        out[page] = table
    return out


_ANY = re.compile("[" + "".join(sorted({re.escape(c) for t in tables().values() for c in t})) + "]")


def decode_line(line: str) -> tuple[str, str] | None:
    """(decoded line, code page) when the line's legacy tokens read as Thai, else None."""
    if not _ANY.search(line) or _THAI.search(line):
        return None
    tokens = list(_TOKEN.finditer(line))
    if sum(len(m.group()) for m in tokens) < 2:
        return None
    from .thai_chain import reorder_marks
    from .thai_search import unknown_share
    best = None
    for page, table in tables().items():
        if any(c not in table and ord(c) > 0x7F for m in tokens for c in m.group()):
            continue
        decoded = [reorder_marks("".join(table.get(c, c) for c in m.group())) for m in tokens]
        runs = [r for d in decoded for r in _RUN.findall(d)]
        thai = sum(map(len, runs))
        if thai < MIN_THAI:
            continue
        unknown = sum(unknown_share(r) * len(r) for r in runs) / thai
        if unknown <= MAX_UNKNOWN and (best is None or unknown < best[0]):
            out, pos = [], 0
            for m, d in zip(tokens, decoded):
                out += [line[pos:m.start()], d]
                pos = m.end()
            best = (unknown, "".join(out) + line[pos:], page)
    return None if best is None else (best[1], best[2])

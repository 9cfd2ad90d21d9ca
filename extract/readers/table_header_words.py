"""Is a run of text a table header cell? Header words are the synonym table of schemas/headers.py.

A table printed without ruling lines is only taken as a table (extract/readers/gutter_tables.py) when
its first row is a header of known words. A cell is a header cell when it is a row-number header
("ที่", "ลำดับ") or when known header words make up most of it: "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ
(ต.ค. ๖๗ – ก.ย. ๖๘)"; a sentence that merely contains one ("เผยแพร่มาตรการให้ประชาชนทราบ") is not.
"""
from __future__ import annotations

from functools import lru_cache

from normalize import patterns
from schemas.headers import MEASURE_HEADERS, ROW_NUMBER_HEADERS

_SYNONYMS: tuple[tuple[str, str], ...] = tuple(sorted(
    {("".join(syn.split()).lower(), fld) for fld, syns in MEASURE_HEADERS.items() for syn in syns},
    key=lambda pair: (-len(pair[0]), pair)))
_ROW_NUMBER = frozenset("".join(h.split()).lower() for h in ROW_NUMBER_HEADERS)
# A bracketed aside in a header ("(บาท)", "(ต.ค. ๖๗ – ก.ย. ๖๘)") says no field; it is left out of the share.
_ASIDE = patterns.compile(r"\([^()]{0,60}\)")
_BLANK = patterns.compile(r"\s+")
# Header words must make up at least this share of a header cell (its letters, asides left out).
COVER = 0.6
# A header cell is short: at most this many characters (whitespace removed).
CELL_MAX = 40
# Fields a line must name before the costlier column search looks at it.
LINE_MIN_FIELDS = 2


def squashed(text: str) -> str:
    return _BLANK.sub("", text).lower()


def _unmarked(flat: str) -> str:
    """Without one closing "." or ":" ("ลำดับที่.", "ผู้รับผิดชอบ:"); a run of dots is a form's blank to
    fill in ("โครงการ..........") and stays, so the cell is no header."""
    return flat[:-1] if flat.endswith((".", ":")) and not flat.endswith(("..", "::")) else flat


@lru_cache(maxsize=4096)
def cell_fields(text: str) -> tuple[str, ...] | None:
    """The fields a header cell names (() for a row-number header); None when it is no header cell."""
    flat = _unmarked(squashed(text))
    if not flat or len(flat) > CELL_MAX or ":" in flat:  # "ผู้รับผิดชอบ: กองคลัง" is a label and its value
        return None
    if flat in _ROW_NUMBER:
        return ()
    core = _unmarked(squashed(_ASIDE.sub("", text))) or flat
    covered = [False] * len(core)
    fields: list[str] = []
    for syn, fld in _SYNONYMS:  # longest first: a long synonym claims its letters before a short one in it
        start = core.find(syn)
        while start >= 0:
            if not any(covered[start:start + len(syn)]):
                covered[start:start + len(syn)] = [True] * len(syn)
                if fld not in fields:
                    fields.append(fld)
            start = core.find(syn, start + 1)
    if not fields or sum(covered) < COVER * len(core):
        return None
    return tuple(fields)


@lru_cache(maxsize=4096)
def may_be_header_line(text: str) -> bool:
    """A cheap test a line must pass before its columns are looked for: synonyms of at least
    LINE_MIN_FIELDS fields occur in it."""
    flat = squashed(text)
    found: set[str] = set()
    for syn, fld in _SYNONYMS:
        if fld not in found and syn in flat:
            found.add(fld)
            if len(found) >= LINE_MIN_FIELDS:
                return True
    return False

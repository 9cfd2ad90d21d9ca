"""How broken a Thai text layer is: thai_quality counts its orthography errors, to decide whether
a page can be read or must be OCRed (on the raw text layer: which defects are present; on the
repaired text: what repair could not fix)."""
from __future__ import annotations

import re

from .thai_chain import _unmatched_parens
from .thai_chain_displaced import _anchor_spots
from .thai_orthography import CONS, KARAN, MARKS, NIKHAHIT, SARA_AA, SARA_AM, TH_WORD, TH_WORD_SET, TONES, VOWEL_MARKS

__all__ = ["MAX_ERRORS_PER_1K", "thai_quality"]

_Q_PATTERNS = {
    "orphan_mark": re.compile(f"[{MARKS}](?<![{CONS}{MARKS}][{MARKS}])"),
    "tone_before_vowel": re.compile(f"[{TONES}{KARAN}][{VOWEL_MARKS}]"),
    "split_sara_am": re.compile(f"{SARA_AM}{SARA_AA}|{NIKHAHIT}[{TONES}]?{SARA_AA}|{SARA_AA}{NIKHAHIT}"),
    "consonant_space_aa": re.compile(f"[{CONS}{TONES}][ \t\u00a0]+{SARA_AA}"),
    "pua": re.compile("[\ue000-\uf8ff]"),
    "replacement": re.compile(r"\ufffd|\(cid:\d+\)"),
}
# TIS-620 bytes shown as MacRoman ("°“√®—¥∑”§Ÿà¡◊Õ" for การจัดทำคู่มือ): runs of 3+ of those symbols.
_LEGACY_CHARS = "".join(sorted(set(bytes(range(0x80, 0xFC)).decode("mac_roman")) - set(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")))
_LEGACY_RUN = re.compile(f"[{re.escape(_LEGACY_CHARS)}]{{3,}}")
_DIGIT_IN_THAI = re.compile(f"[0-9](?<=[{TH_WORD}][0-9])(?=[{TH_WORD}])")
_THAI_CHAR = re.compile("[\u0e01-\u0e5b]")


def thai_quality(text: str) -> dict[str, float]:
    """Orthography errors of a text layer, to decide whether a page can be read or must be OCRed.

    Returns ``thai_chars`` (count), one count per error kind: ``orphan_mark`` (a mark on no
    consonant), ``tone_before_vowel``, ``split_sara_am`` (ำา, ํา, าํ), ``consonant_space_aa``,
    ``impossible_sequence`` (the other sequences mark_displaced looks for: ั/ึ/ื before no
    consonant, two vowels on a consonant, a word-final consonant with only a tone…), ``pua``,
    ``replacement`` (U+FFFD or "(cid:N)"), ``ascii_in_thai`` (an unpaired bracket after a Thai
    letter or a digit between Thai letters), ``legacy_font`` (runs of MacRoman symbols: an 8-bit
    Thai font without Unicode); then ``errors`` (their sum), ``errors_per_1k`` (per 1000 Thai
    characters) and ``usable``: errors_per_1k <= 5 and none of pua, replacement, ascii_in_thai,
    legacy_font (THAI_PDF §10a).

    Measured on the raw text layer it says which defects are present; measured on
    ``repair_thai``'s output it says what repair could not fix — a page whose repaired text is not
    ``usable`` should be OCRed.
    """
    text = text if isinstance(text, str) else ""
    counts = {name: len(p.findall(text)) for name, p in _Q_PATTERNS.items()}
    impossible = len(_anchor_spots(text)) - counts["orphan_mark"] - counts["consonant_space_aa"]
    counts["impossible_sequence"] = max(0, impossible)
    unmatched = _unmatched_parens(text) if ("(" in text or ")" in text) else set()
    counts["ascii_in_thai"] = (sum(1 for i in unmatched if i and text[i - 1] in TH_WORD_SET)
                               + len(_DIGIT_IN_THAI.findall(text)))
    counts["legacy_font"] = len(_LEGACY_RUN.findall(text))
    thai = len(_THAI_CHAR.findall(text))
    errors = sum(counts.values())
    per_1k = errors * 1000.0 / max(thai, 1)
    blocking = counts["pua"] + counts["replacement"] + counts["ascii_in_thai"] + counts["legacy_font"]
    return {"thai_chars": thai, **counts, "errors": errors, "errors_per_1k": round(per_1k, 2),
            "usable": per_1k <= MAX_ERRORS_PER_1K and blocking == 0}


MAX_ERRORS_PER_1K = 5.0  # the most errors per 1000 Thai characters a usable page has

"""Thai digits on a scanned page read again from their glyphs.

Tesseract's Thai model reads Thai digits wrong, and sure of itself: ๖ as ๒, ๘ as ๕ or ๓, ๙ as ๓ or
๕, at confidences of 90–97 (the phichai memo's "พ.ศ.๒๕๖๗" came back "๒๕๒๓", a made-up notice's
"๙๑.๓๔" as "๓๑.๓๕"). Its word boxes are right, though. So each run of Thai digits in the TSV is
cut into its glyphs (connected ink, two glyphs printed touching cut apart where least ink stands
between them) and each glyph is compared with the ten digits as common Thai type faces draw them
(data/thai_digit_glyphs.json, made by data/build_thai_digit_glyphs.py: fonts-thai-tlwg, whose
Laksaman is TH Sarabun PSK's free twin, the government's type face, and the national fonts):
normalised correlation of the glyph and each template, both squared, scaled to SIZE × SIZE and
blurred. The face is the one whose digits best match the page's glyphs; each glyph is read in it.

Precision first: a run is read again only when every glyph matches one digit well (MIN_MATCH) and
clearly better than any other (MIN_SIDE, read along the two best digits' difference); else Tesseract's reading stays. The glyphs may be more or
fewer than the digits Tesseract read (it reads ๖ as ๒๐ and drops digits), not the points between them. What changed is reported (OCR_DIGITS_REREAD, with the
readings before and after), and the numbers stay OCR readings: the score parser still withholds a
Thai-digit score that nothing on the page confirms.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import regex

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
SIZE = 24  # side of the square a glyph is scaled to
BLUR = 1.0  # Gaussian radius (pixels of that square) both glyph and template are blurred by
MIN_MATCH = 0.80  # correlation with the best digit's template (clean glyphs 0.85–0.98, debris 0.3–0.6)
MIN_SIDE = 0.4  # how far towards the best digit from the next best (``classify``): 0 is half way, 1 the best
DARK = 140  # grey level below which a pixel is ink (as ocr.DARK_LEVEL)
# a glyph this much lower than the run's tallest is a full stop or a comma, not a digit
POINT_HEIGHT = 0.5
# a glyph wider than this many times the run's tallest holds two digits printed touching (no
# digit is as wide as it is tall, but ๓ and ๔ come close)
TOUCHING = 1.25
CUT = 0.15  # a glyph whose middle is out of the box but more than this share of its width in it is cut
COVER = 0.8  # the glyphs in a box span at least this share of its width
PAD = 0.3  # Tesseract's box of a run widened by this share of its height on each side
GAP = 2.0  # words of one run stand closer than this many word heights (a number Tesseract read in
# pieces is read again whole or not at all)
DATA = Path(__file__).with_name("data") / "thai_digit_glyphs.json"
TSV_COLUMNS = 12
DIGIT_WORD = regex.compile(r"[๐-๙.,]*[๐-๙][๐-๙.,]*")


@dataclass(frozen=True)
class Reread:
    """One run of digits read again: TSV row indexes of its words and each word's new text."""

    rows: tuple[int, ...]
    texts: tuple[str, ...]
    before: str
    after: str


@lru_cache(maxsize=1)
def _templates() -> np.ndarray:
    """The templates as unit vectors: [font, digit (THAI_DIGITS order), pixel]."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    fonts = len(data["fonts"])
    out = np.zeros((fonts, len(THAI_DIGITS), SIZE * SIZE), np.float32)
    for d, digit in enumerate(THAI_DIGITS):
        for f, encoded in enumerate(data["glyphs"][digit]):
            out[f, d] = _unit(np.frombuffer(base64.b64decode(encoded), dtype=np.uint8).astype(np.float32))
    return out


def _unit(pixels: np.ndarray) -> np.ndarray:
    v = pixels - pixels.mean()
    norm = float(np.linalg.norm(v))
    return v / norm if norm else v


def square_image(mask: np.ndarray) -> np.ndarray:
    """An ink mask cropped to its ink, centred in a square and scaled to SIZE × SIZE (uint8, ink 255)."""
    from PIL import Image, ImageFilter

    ys, xs = np.nonzero(mask)
    ink = mask[ys.min():ys.max() + 1, xs.min():xs.max() + 1]
    h, w = ink.shape
    side = max(h, w)
    square = np.zeros((side, side), np.uint8)
    square[(side - h) // 2:(side - h) // 2 + h, (side - w) // 2:(side - w) // 2 + w] = ink * 255
    small = Image.fromarray(square).resize((SIZE, SIZE), Image.Resampling.BILINEAR)
    # blurred, so a stroke a little thicker, thinner or shifted than a template's still matches it
    return np.asarray(small.filter(ImageFilter.GaussianBlur(BLUR)), np.uint8)


def vector(mask: np.ndarray) -> np.ndarray:
    """The glyph as the templates are: squared, scaled, blurred, a unit vector."""
    return _unit(square_image(mask).astype(np.float32).ravel())


def page_font(vectors: list[np.ndarray]) -> int:
    """The font whose digits best match a page's glyphs (summed over them): a page is set in one type
    face, and within one face the digits faces draw alike (๑ and ๓ of two faces) stand apart."""
    return int(np.argmax(sum((_templates() @ v).max(axis=1) for v in vectors)))


def classify(v: np.ndarray, font: int) -> tuple[str, float, float]:
    """(the digit glyph ``v`` reads in ``font``, its match, which side of the line between it and the
    next best digit it falls on: 1 at that digit's template, 0 half way, -1 at the other's). The
    side is read along the two templates' difference, the ink where they differ: ๔ and ๕ share all
    but ๕'s tail, so their correlations stay close (0.07 apart for the face's own glyphs) while the
    side tells them apart."""
    templates = _templates()[font]
    row = templates @ v
    first, second = (int(i) for i in np.argsort(-row)[:2])
    diff = templates[first] - templates[second]
    half = float(diff @ diff) / 2
    side = (float(v @ diff) - float((templates[first] + templates[second]) @ diff) / 2) / half if half else 0.0
    return THAI_DIGITS[first], float(row[first]), side


def _components(ink: np.ndarray) -> list[np.ndarray]:
    """The connected pieces of ink (8-neighbour) as masks of the crop's shape, left to right."""
    seen = np.zeros(ink.shape, bool)
    height, width = ink.shape
    out = []
    for y, x in zip(*np.nonzero(ink)):
        if seen[y, x]:
            continue
        seen[y, x] = True
        stack, pixels = [(y, x)], []
        while stack:
            a, b = stack.pop()
            pixels.append((a, b))
            for c in (a - 1, a, a + 1):
                for d in (b - 1, b, b + 1):
                    if 0 <= c < height and 0 <= d < width and ink[c, d] and not seen[c, d]:
                        seen[c, d] = True
                        stack.append((c, d))
        mask = np.zeros(ink.shape, bool)
        rows, cols = zip(*pixels)
        mask[list(rows), list(cols)] = True
        out.append(mask)
    return sorted(out, key=lambda m: int(np.nonzero(m.any(axis=0))[0][0]))


def _extent(mask: np.ndarray) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(mask)
    return int(xs.min()), int(xs.max()) + 1, int(ys.min()), int(ys.max()) + 1


def _split(mask: np.ndarray) -> list[np.ndarray]:
    """A glyph of two digits printed touching, cut at the column of least ink in its middle."""
    x0, x1, _, _ = _extent(mask)
    columns = mask[:, x0:x1].sum(axis=0)
    lo, hi = (x1 - x0) // 4, (x1 - x0) * 3 // 4
    if hi <= lo:
        return [mask]
    cut = x0 + lo + int(np.argmin(columns[lo:hi]))
    left, right = mask.copy(), mask.copy()
    left[:, cut:] = False
    right[:, :cut] = False
    return [m for m in (left, right) if m.any()]


def glyphs(ink: np.ndarray) -> list[np.ndarray | None]:
    """An ink crop of one number cut into its glyphs, left to right: each a digit's vector
    (``vector``), or None for a point (any mark lower than half the tallest glyph: a full stop or a
    comma). Two digits printed touching are cut apart."""
    pieces = _components(ink) if ink.any() else []
    if not pieces:
        return []
    tallest = max(_extent(m)[3] - _extent(m)[2] for m in pieces)
    out: list[np.ndarray | None] = []
    for m in pieces:
        x0, x1, y0, y1 = _extent(m)
        if y1 - y0 < POINT_HEIGHT * tallest:
            out.append(None)
        else:
            out.extend(vector(g) for g in (_split(m) if x1 - x0 > TOUCHING * tallest else [m]))
    return out


def read_glyphs(found: list[np.ndarray | None], font: int) -> str | None:
    """The number the glyphs show in ``font`` ("." for a point); None where a glyph reads unclearly."""
    out = []
    for g in found:
        if g is None:
            out.append(".")
            continue
        digit, match, side = classify(g, font)
        if match < MIN_MATCH or side < MIN_SIDE:
            return None
        out.append(digit)
    return "".join(out) if out else None


def _texts(words: list[str], found: str) -> list[str] | None:
    """The run's words with the digits ``found`` in them: where Tesseract read as many digits, each
    word keeps its points and takes its digits in turn; where it read another number of digits (a
    digit cut in two, two read as one), the first word takes the whole reading, the others none,
    if the points are the same in number (Tesseract's kept)."""
    new = [ch for ch in found if ch in THAI_DIGITS]
    old = [ch for w in words for ch in w if ch in THAI_DIGITS]
    marks = [ch for w in words for ch in w if ch not in THAI_DIGITS]
    if len(new) == len(old):
        out, k = [], 0
        for w in words:
            text = ""
            for ch in w:
                text += new[k] if ch in THAI_DIGITS else ch
                k += ch in THAI_DIGITS
            out.append(text)
        return out
    if found.count(".") != len(marks) or found.startswith(".") or found.endswith(".") and not words[-1].endswith((".", ",")):
        return None
    it = iter(marks)
    whole = "".join(next(it) if ch == "." else ch for ch in found)
    return [whole] + [""] * (len(words) - 1)


def _runs(rows: list[list[str]]) -> list[list[int]]:
    """Runs of word rows holding Thai digits, one number each: words of one Tesseract line standing
    close together."""
    runs: list[list[int]] = []
    last: list[str] | None = None
    for i, cols in enumerate(rows):
        if len(cols) < TSV_COLUMNS or cols[0] != "5" or not DIGIT_WORD.fullmatch(cols[11]):
            last = None
            continue
        if last is not None and last[1:5] == cols[1:5] and \
                int(cols[6]) - int(last[6]) - int(last[8]) < GAP * int(cols[9]):
            runs[-1].append(i)
        else:
            runs.append([i])
        last = cols
    return runs


def _crop(pixels: np.ndarray, left: int, top: int, right: int, bottom: int) -> np.ndarray | None:
    """The ink of the glyphs whose middle lies in the box: Tesseract's box may cut a glyph's edge,
    so the box is widened, and ink of the widening that belongs to no glyph of the box dropped. None
    where the box does not hold its number whole: a glyph standing half in it with its middle out,
    or glyphs that leave much of its width empty (Tesseract's box then holds a glyph it did not
    see, or misses one it did)."""
    pad = int(PAD * (bottom - top)) + 2
    y0, x0 = max(0, top - pad), max(0, left - pad)
    ink = pixels[y0:bottom + pad, x0:right + pad] < DARK
    keep = np.zeros(ink.shape, bool)
    inside: list[tuple[int, int]] = []
    for m in _components(ink):
        a, b, c, d = _extent(m)
        a, b, c, d = a + x0, b + x0, c + y0, d + y0
        if left <= (a + b) / 2 <= right and top <= (c + d) / 2 <= bottom:
            keep |= m
            inside.append((a, b))
        elif c < bottom and d > top and min(b, right) - max(a, left) > CUT * (b - a):
            return None
    if not inside:
        return None
    first, last = min(a for a, _ in inside), max(b for _, b in inside)
    if min(last, right) - max(first, left) < COVER * (right - left):
        return None
    return keep


def reread(pixels: np.ndarray, tsv: str) -> list[Reread]:
    """The runs of Thai digits of a page (grey ``pixels``, the image Tesseract read; its ``tsv``)
    that read otherwise from their glyphs."""
    rows = [row.split("\t") for row in tsv.splitlines()]
    runs: list[tuple[list[int], list[str], list[np.ndarray | None]]] = []
    for run in _runs(rows):
        words = [rows[i] for i in run]
        left = min(int(w[6]) for w in words)
        right = max(int(w[6]) + int(w[8]) for w in words)
        top = min(int(w[7]) for w in words)
        bottom = max(int(w[7]) + int(w[9]) for w in words)
        ink = _crop(pixels, left, top, right, bottom)
        if ink is not None:
            runs.append((run, [w[11] for w in words], glyphs(ink)))
    vectors = [g for _, _, found in runs for g in found if g is not None]
    if not vectors:
        return []
    font = page_font(vectors)
    out = []
    for run, written, found in runs:
        number = read_glyphs(found, font)
        texts = _texts(written, number) if number else None
        if texts is not None and "".join(texts) != "".join(written):
            out.append(Reread(tuple(run), tuple(texts), "".join(written), "".join(texts)))
    return out


def apply(text: str, tsv: str, rereads: list[Reread]) -> tuple[str, str, list[Reread]]:
    """``text`` and ``tsv`` with the runs read again, and the runs applied: only where the text's
    line shows the run's words where the TSV has them (Tesseract writes its lines in the same order
    in both), so the two stay one reading."""
    rows = tsv.splitlines()
    new_text = {i: t for r in rereads for i, t in zip(r.rows, r.texts)}
    # the TSV's word rows by line, in order; the text's lines with words, in order
    lines: dict[tuple[str, ...], list[int]] = {}
    for i, row in enumerate(rows):
        cols = row.split("\t")
        if len(cols) >= TSV_COLUMNS and cols[0] == "5" and cols[11].strip():
            lines.setdefault(tuple(cols[1:5]), []).append(i)
    written = text.split("\n")
    at_line = [k for k, line in enumerate(written) if line.strip()]
    if len(at_line) != len(lines):
        return text, tsv, []
    done: set[int] = set()
    for k, members in zip(at_line, lines.values()):
        if not any(i in new_text for i in members):
            continue
        line, pos, out = written[k], 0, []
        for i in members:
            word = rows[i].split("\t")[11].strip()
            found = line.find(word, pos)
            if found < 0 or line[pos:found].strip():
                break
            out.append((found, word, i))
            pos = found + len(word)
        else:
            for found, word, i in reversed(out):
                if i in new_text:
                    line = line[:found] + new_text[i] + line[found + len(word):]
                    done.add(i)
            written[k] = line
    applied = [r for r in rereads if all(i in done for i in r.rows)]
    keep = {i for r in applied for i in r.rows}
    if len(applied) != len(rereads):  # a run half applied: undo it in the text too
        return apply(text, tsv, applied) if applied else (text, tsv, [])
    for i in keep:
        cols = rows[i].split("\t")
        cols[11] = new_text[i]
        rows[i] = "\t".join(cols)
    return "\n".join(written), "\n".join(rows) + ("\n" if tsv.endswith("\n") else ""), applied

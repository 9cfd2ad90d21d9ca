"""Tesseract's TSV word boxes → the page's visual text lines, as the PDF reader's layout steps take them.

With ``--psm 3`` Tesseract cuts a page into blocks, and a table printed without rules whose columns
stand far apart comes back a column at a time: its rows are lost in the text. The TSV written in
the same run keeps each word's box, so the lines can be rebuilt as they stand on the page: each
Tesseract line (a run of words within one block) is joined with the lines of other blocks set at
the same height, words left to right. The line dicts have the keys of ``char_layout.text_lines``
(``text``, ``x0``, ``x1``, ``top``, ``bottom``, ``chars``) in points, so gutter_tables reads tables
from them as it reads a text layer's.

Each run of words Tesseract wrote without a space between them (a Thai word is cut into a word per
glyph in the TSV) is one pseudo-char with the run's box and text; a space Tesseract wrote between
two runs standing close is a blank char filling the gap, so a cell's text keeps its spaces and no
Thai word is split where its glyphs stand apart.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median

# Tesseract's pixels → PDF points for a page rendered at this resolution.
POINTS_PER_INCH = 72
# A line's font size is about this many times the height of its middle word: Thai consonants
# (most of the glyphs Tesseract boxes one by one) stand about half an em tall.
SIZE_PER_WORD_HEIGHT = 2.0
# The TSV's level of a word row, and its columns (level … conf, text).
WORD_LEVEL = "5"
TSV_COLUMNS = 12


@dataclass
class Word:
    """A word box of the TSV, in pixels; ``space``: Tesseract wrote a space before it."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    conf: float
    space: bool = True


@dataclass
class TessLine:
    """One line of Tesseract's reading (its block, paragraph and line number), words in its order."""

    key: tuple[str, ...]
    words: list[Word] = field(default_factory=list)
    text: str = ""  # as Tesseract's text output wrote it (spacing kept); "" if unknown

    @property
    def band(self) -> tuple[float, float]:
        """The line's main band: its words' median top and bottom (tone marks and vowels above and
        below a Thai line are boxes of their own, which a box around the line would take in)."""
        return median(w.top for w in self.words), median(w.bottom for w in self.words)

    @property
    def conf(self) -> float:
        return sum(w.conf for w in self.words) / len(self.words)


def tess_lines(tsv: str, text: str = "") -> list[TessLine]:
    """The TSV's lines that have words, in Tesseract's order. With the text output of the same run
    (``text``, lines in the same order), each word knows whether Tesseract wrote a space before it;
    without it, or where the two do not line up, every word does."""
    lines: dict[tuple[str, ...], TessLine] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < TSV_COLUMNS or cols[0] != WORD_LEVEL or not cols[11].strip():
            continue
        left, top, width, height = (float(v) for v in cols[6:10])
        key = tuple(cols[1:5])
        lines.setdefault(key, TessLine(key)).words.append(
            Word("".join(cols[11].split()), left, top, left + width, top + height, float(cols[10])))
    out = list(lines.values())
    written = [line for line in text.splitlines() if line.strip()]
    if len(written) == len(out):
        for line, raw in zip(out, written):
            if _spaces(line.words, raw):
                line.text = raw.strip()
    return out


def _spaces(words: list[Word], raw: str) -> bool:
    """Marks each word with whether ``raw`` (its line in Tesseract's text) has a space before it;
    False (the words left as they were: each spaced) if the text is not the words'."""
    at = 0
    marks = []
    for word in words:
        start = at
        while at < len(raw) and raw[at].isspace():
            at += 1
        if raw[at:at + len(word.text)] != word.text:
            return False
        marks.append(at > start)
        at += len(word.text)
    if raw[at:].strip():
        return False
    for word, mark in zip(words, marks):
        word.space = mark
    return True


def visual_lines(lines: list[TessLine]) -> list[list[TessLine]]:
    """Tesseract's lines grouped into the page's visual lines, top to bottom, each left to right:
    lines of other blocks whose main bands hold one another's middle are one line (a table's
    columns read block by block); two lines of one block never are (Tesseract set them apart)."""
    groups: list[list[TessLine]] = []
    for line in sorted(lines, key=lambda l: sum(l.band) / 2):
        top, bottom = line.band
        mid = (top + bottom) / 2
        if groups and all(l.key[1] != line.key[1] for l in groups[-1]) and any(
                l.band[0] <= mid <= l.band[1] or top <= sum(l.band) / 2 <= bottom for l in groups[-1]):
            groups[-1].append(line)
        else:
            groups.append([line])
    for group in groups:  # a visual line's pieces left to right, as it reads
        group.sort(key=lambda l: min(w.left for w in l.words))
    return groups


def line_dict(group: list[TessLine], dpi: float) -> dict:
    """A visual line as ``char_layout.text_lines`` gives one, in points: its runs of unspaced words
    as pseudo-chars, a blank char for each space between two runs, runs left to right."""
    scale = POINTS_PER_INCH / dpi
    words = sorted((w for l in group for w in l.words), key=lambda w: w.left)
    top = min(w.top for w in words) * scale
    bottom = max(w.bottom for w in words) * scale
    size = median(w.bottom - w.top for w in words) * scale * SIZE_PER_WORD_HEIGHT
    runs: list[list[Word]] = []
    for line in group:
        for k, word in enumerate(line.words):
            if k and not word.space and runs:
                runs[-1].append(word)
            else:
                runs.append([word])
    runs.sort(key=lambda r: min(w.left for w in r))
    chars: list[dict] = []
    for run in runs:
        x0 = min(w.left for w in run) * scale
        x1 = max(w.right for w in run) * scale
        if chars and x0 - chars[-1]["x1"] < size:  # a word space, not a column's gutter
            chars.append(_char(" ", chars[-1]["x1"], max(x0, chars[-1]["x1"]), top, bottom, size))
        chars.append(_char("".join(w.text for w in run), x0, x1, top, bottom, size))
    text = "".join(c["text"] if c["text"] == " " or not k or chars[k - 1]["text"] == " " else "   " + c["text"]
                   for k, c in enumerate(chars))
    return {"text": text, "x0": chars[0]["x0"], "x1": chars[-1]["x1"], "top": top, "bottom": bottom,
            "chars": chars}


def _char(text: str, x0: float, x1: float, top: float, bottom: float, size: float) -> dict:
    # one top and bottom for the whole line: char_layout clusters a cell's words by top
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": size, "upright": True}

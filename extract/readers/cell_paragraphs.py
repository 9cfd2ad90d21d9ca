"""A PDF table cell's paragraphs, read from where its lines end.

A Word file's cell keeps its paragraphs apart (the .docx reader joins them with ``<br>``, which
normalize.items.split_items splits steps and responsible units at); its PDF prints them as lines
and says nothing of where a paragraph ended. A line ends its paragraph when the first unit of
the line under it would have fitted in the room it left in the cell: Word, LibreOffice and
browsers put a unit that fits on the line, so only the writer's paragraph break put it under
("กองคลัง" over "สำนักปลัด" in a responsible cell; two steps written as two paragraphs).

A unit is what a line break cannot cut (Unicode line breaking, UAX #14, as ICU applies it): a Thai
word as a general dictionary cuts it (pythainlp's; ICU's knows no office names: "สำนัก|ปลัด"), with
the digits and punctuation glued to it and the word glued after them ("ขึ้น๒.นำ", "สำนัก/กอง",
"ยกเว้น”"). A cell too narrow for its words is broken inside them ("ต" over ".ค.๖๔", "เ" over
"ม.ย."); such a cell says nothing of its paragraphs, so none is read in it. Nor does a break inside
a dictionary word end a paragraph ("ข้อ" over "ยกเว้น"): a line breaker may cut a compound its own
dictionary lacks, a writer's paragraph does not. An unclear line end stays a wrap: the room is the
cell's width less its padding on both sides, the padding read as the gap between the cell's left
edge and its leftmost line (a centred cell's lines stand further in, which gives less room).
"""
from __future__ import annotations

from normalize import patterns
from normalize.line_joins import join_lines
from normalize.words import report_words, thai_words, tokenize

from extract.readers.char_layout import BLANKS, Char, cell_line_words, word_text
from normalize.items import starts_unit

# A paragraph break needs the next line's first unit to fit with this much to spare, in font
# sizes: more than a space (Thai fonts print it at ~0.2-0.3 em), since glyph boxes are a little
# narrower than the advances a line breaker adds up.
FIT_SLACK = 0.4
# Nor is a line with less room than this (in font sizes) read as a paragraph's end, whatever fits
# in it: LibreOffice breaks Thai lines short of where they could go by up to ~3.6 em (its seed
# reports' PDFs under samples/pdf: "จัดให้มีช่องทางการ" over "ติดต่อให้มีมากกว่า ๑" inside one
# paragraph, with 2.1 em left for the 1.2 em "ติดต่อ").
MIN_ROOM = 4.0
THAI_LETTER = patterns.compile(r"[ก-ฮะ-ฺเ-๎]")
# No line starts with these (UAX #14 classes CL, CP, IS, EX, SY, QU closing, NS; Thai vowels and
# marks that follow a consonant); none ends with these (OP, QU opening; Thai leading vowels, and
# MAI HAN-AKAT, which a final consonant follows).
NO_START = patterns.compile(r"^[.,;:!?)\]}”’/%ๆฯะาำ\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
NO_END = patterns.compile(r"[(\[{“‘เแโใไ\u0e31]$")
JUNCTION_CHARS = 12  # the letters either side of a line end read to see whether a word runs across it
PARAGRAPH = "<br>"


def cell_paragraph_text(chars: list[Char], box: tuple[float, float, float, float]) -> str:
    """The cell's text: its lines joined as wraps (normalize.line_joins.join_lines) within a
    paragraph, paragraphs joined by ``<br>``."""
    lines = cell_line_words(chars)
    texts = [BLANKS.sub(" ", " ".join(map(word_text, line))) for line in lines]
    groups = _paragraphs(lines, texts, box) if len(lines) > 1 else [texts]
    return PARAGRAPH.join(join_lines(group, edge_spaces=True) for group in groups if group)


def _paragraphs(lines: list[list[list[Char]]], texts: list[str], box: tuple[float, float, float, float]
                ) -> list[list[str]]:
    inks = [[c for word in line for c in word if c["text"].strip()] for line in lines]
    if not all(inks):
        return [texts]
    pad = max(0.0, min(min(c["x0"] for c in ink) for ink in inks) - box[0])
    width = box[2] - box[0] - 2 * pad
    # the room each line left, less the slack a unit must fit with: most wrapped lines are full,
    # and only a line with MIN_ROOM to spare has its next line's words read (``spare``: line below → room)
    spare: dict[int, float] = {}
    for k in range(1, len(lines)):
        ink = inks[k - 1]
        size = max(max(c["bottom"] - c["top"] for c in ink), 1.0)
        free = width - (max(c["x1"] for c in ink) - min(c["x0"] for c in ink))
        if free >= MIN_ROOM * size and free - FIT_SLACK * size >= inks[k][0]["x1"] - inks[k][0]["x0"]:
            spare[k] = free - FIT_SLACK * size
    if any(_cut(a, b) for a, b in zip(texts, texts[1:])):
        return [texts]
    groups = [[texts[0]]]
    for k in range(1, len(lines)):
        if k in spare:
            ends = ((unit := first_unit_width(texts[k], inks[k])) is not None and unit <= spare[k]
                    and not _word_across(texts[k - 1], texts[k]))
        else:  # too little room to tell: a unit's name under another unit's whole name
            ends = (starts_unit(join_lines(groups[-1], edge_spaces=True), texts[k])
                    and not _word_across(texts[k - 1], texts[k]))
        if ends:
            groups.append([])
        groups[-1].append(texts[k])
    return groups


def _cut(above: str, below: str) -> bool:
    """Whether a line break falls where no line breaker breaks unless a word is wider than the
    cell: before a character no line starts with, or after one no line ends with."""
    tail, head = above.rstrip(), below.lstrip()
    return not tail or not head or bool(NO_START.match(head) or NO_END.search(tail))


def _word_across(above: str, below: str) -> bool:
    """Whether a dictionary word runs across a line break ("ข้อ" over "ยกเว้น", "คณะทำ" over "งาน"):
    a line breaker may cut a compound its own dictionary lacks, a writer's paragraph does not."""
    if above != above.rstrip() or below != below.lstrip():  # a space at the break
        return False
    tail, head = above[-JUNCTION_CHARS:], below[:JUNCTION_CHARS]
    at = 0
    for token in tokenize(tail + head, report_words()):
        if at < len(tail) < at + len(token):
            return True
        at += len(token)
    return False


def first_unit_width(text: str, ink: list[Char]) -> float | None:
    """Width of the first unit of a line (``text``; ``ink``: its visible chars in order): its run up
    to the first space when that has no Thai, else its first Thai word with the digits and
    punctuation glued before and after it and the word glued after those; None when that word
    is no dictionary word (a piece of one)."""
    chunk = text.split()[0] if text.strip() else ""
    if THAI_LETTER.search(chunk):
        tokens = tokenize(chunk, keep_whitespace=False)
        end, seen, glued = 0, False, False
        for token in tokens:
            thai = bool(THAI_LETTER.search(token))
            if seen and thai and not glued:
                break
            if thai and not seen and token not in thai_words():
                return None
            end += len(token)
            seen = seen or thai
            glued = not thai
        chunk = chunk[:end]
    letters, right = 0, ink[0]["x1"]
    for c in ink:
        if letters >= len(chunk):
            break
        letters += len(c["text"])
        right = max(right, c["x1"])
    return right - ink[0]["x0"]

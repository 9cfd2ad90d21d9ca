"""Syllable bigrams of general running Thai text: the context the repair's language model has
beyond the project's own report text (issue 12: "a word-bigram model for the in-context choices").

Where a page drops marks, a word and its form without them are often both words (ขาว/ข่าว,
รวม/ร่วม, แก/แก่, สง/สูง): only the words around tell them apart ("เผยแพร่ข่าว", "เข้าร่วม",
"สูงกว่า"). The project's clean report text (data/thai_bigrams.tsv) is five reports, too little
to have seen most pairs, and pythainlp ships word counts but no running text. TLTK (the Thai
Language Toolkit, Chulalongkorn University, BSD-3-Clause; PyPI package ``tltk``) ships the
syllable trigram counts of its syllable segmenter (``tltk/sylseg.3g``, ~640k syllables of
running text, mostly news), from which data/thai_syllable_bigrams.tsv keeps the pairs of Thai
syllables next to each other and each syllable's count. The table was made with
``pip download tltk==1.11 --no-deps`` and ``python -m normalize.thai_syllables PATH/tltk/sylseg.3g``;
tltk itself is no dependency (it pins scikit-learn and pulls gensim), only this table is shipped.

A word's context in the language model (thai_lm.word_cost) is the pair of syllables at the word
boundary: the last syllable of the word before and the first of the word (the longest syllable
the table knows that the word ends or starts with). For most of the ambiguous words, one
syllable long, that is the word bigram itself.

Copyright of the counts: (c) 2018 Dept of Linguistics, Chulalongkorn University; redistributed
under the BSD-3-Clause license of TLTK (its notice is the table's first lines)."""
from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
TABLE = DATA / "thai_syllable_bigrams.tsv"
# Context weight: a pair's conditional probability is shrunk towards the syllable's own rate by
# this many observations of the syllable before it (a syllable seen a few times says little)
PSEUDO = 20.0
# The ratio P(s2 | s1) / P(s2) is bounded below: ~640k syllables leave most real pairs unseen,
# so an unseen pair is weak evidence against a reading, a seen one strong evidence for it
FLOOR = 0.5
MIN_SYLLABLE_COUNT = 3  # a syllable seen fewer times is no boundary (segmentation noise)

_THAI = re.compile("[\u0e01-\u0e4e]+")

NOTICE = """# Syllable bigram counts derived from tltk/sylseg.3g of TLTK (Thai Language Toolkit) 1.11.
# Copyright (c) 2018 Dept of Linguistics, Chulalongkorn University. All rights reserved.
# Redistribution and use in source and binary forms, with or without modification, are permitted
# provided that the following conditions are met: 1. Redistributions of source code must retain the
# above copyright notice, this list of conditions and the following disclaimer. 2. Redistributions in
# binary form must reproduce the above copyright notice, this list of conditions and the following
# disclaimer in the documentation and/or other materials provided with the distribution. 3. Neither
# the name of the copyright holder nor the names of its contributors may be used to endorse or promote
# products derived from this software without specific prior written permission. THIS SOFTWARE IS
# PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES,
# INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR
# PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY
# DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED
# TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
# INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR
# TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF
# ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
# Rows: syllable, next syllable, count; a row with no next syllable: the syllable's own count.
"""


class Table:
    __slots__ = ("pairs", "counts", "total", "longest")

    def __init__(self, pairs: dict[tuple[str, str], int], counts: dict[str, int]):
        self.pairs = pairs
        self.counts = {s: n for s, n in counts.items() if n >= MIN_SYLLABLE_COUNT}
        self.total = max(1, sum(counts.values()))
        self.longest = max(map(len, self.counts), default=0)


@lru_cache(maxsize=1)
def table() -> Table:
    pairs: dict[tuple[str, str], int] = {}
    counts: dict[str, int] = {}
    if TABLE.exists():
        for line in TABLE.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            a, b, n = line.split("\t")
            if b:
                pairs[(a, b)] = int(n)
            else:
                counts[a] = int(n)
    return Table(pairs, counts)


@lru_cache(maxsize=200_000)
def edges(word: str) -> tuple[str, str]:
    """(first, last) syllable of ``word``: its longest start and end the table knows as a syllable
    ("" where none)."""
    t = table()
    first = last = ""
    for k in range(min(len(word), t.longest), 0, -1):
        if word[:k] in t.counts:
            first = word[:k]
            break
    for k in range(min(len(word), t.longest), 0, -1):
        if word[-k:] in t.counts:
            last = word[-k:]
            break
    return first, last


@lru_cache(maxsize=200_000)
def context_cost(prev: str, word: str) -> float:
    """-log of P(first syllable of ``word`` | last syllable of ``prev``) / P(first syllable):
    negative where running text puts the two together more often than chance, at most
    -log(FLOOR) where it never does; 0 where the table knows neither syllable."""
    t = table()
    s1, s2 = edges(prev)[1], edges(word)[0]
    h = t.counts.get(s1, 0)
    c2 = t.counts.get(s2, 0)
    if not h or not c2:
        return 0.0
    p2 = c2 / t.total
    ratio = (t.pairs.get((s1, s2), 0) + PSEUDO * p2) / ((h + PSEUDO) * p2)
    return -math.log(max(ratio, FLOOR))


def build(path: Path) -> tuple[dict[tuple[str, str], int], dict[str, int]]:
    """Pairs of Thai syllables and syllable counts from TLTK's pickled trigram counts (a
    defaultdict of (s1, s2, s3) → count): read with an unpickler that makes no object but
    those, never running code from the file."""
    import bz2
    import pickle

    class Restricted(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> object:
            if (module, name) in {("collections", "defaultdict"), ("builtins", "int")}:
                return getattr(__import__(module), name)
            raise pickle.UnpicklingError(f"{module}.{name} is no part of a count table")

    raw = path.read_bytes()
    if raw[:3] == b"BZh":
        raw = bz2.decompress(raw)
    import io
    trigrams = Restricted(io.BytesIO(raw)).load()
    pairs: dict[tuple[str, str], int] = {}
    counts: dict[str, int] = {}
    for (a, b, _), n in trigrams.items():  # every syllable but a text's last two starts one trigram
        if _THAI.fullmatch(a):
            counts[a] = counts.get(a, 0) + n
            if _THAI.fullmatch(b):
                pairs[(a, b)] = pairs.get((a, b), 0) + n
    return pairs, counts


if __name__ == "__main__":  # pragma: no cover
    import sys

    pairs, counts = build(Path(sys.argv[1]))
    rows = [f"{a}\t\t{n}\n" for a, n in sorted(counts.items())]
    rows += [f"{a}\t{b}\t{n}\n" for (a, b), n in sorted(pairs.items())]
    TABLE.write_text(NOTICE + "".join(rows), encoding="utf-8")
    print(len(counts), "syllables,", len(pairs), "pairs →", TABLE)

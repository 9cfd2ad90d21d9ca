"""The Thai repair on sources nothing in it was built or tuned on (issue 12's last acceptance
line; tests/normalize/thai_unseen.py says what the sources are and how they are scored).

Issue target there: >= 0.85 exact with no clean string changed. Measured when committed
(web pages, seed 3 / Wikipedia titles, seed 4; exact / n):
dropped_marks 21/31 0.677 / 25/48 0.521, lost_sara_am 18/19 0.947 / 1/1, split_sara_am 18/18 1.000 / 5/5,
mark_displaced 25/29 0.862 / 38/45 0.844, legacy_8bit 39/42 0.929 / 96/96 1.000,
letter_spaced 39/42 0.929 / 94/96 0.979, clean strings changed 0/42 / 0/96;
the web pages' own broken lines 3/5 exact, their other 39 lines 0 changed.
(Before issue 12's generalization round, which none of these sources tuned: web dropped 17/31, web
letter-spaced 37/42, Wikipedia letter-spaced 81/96. Its changes, each tested on strings of its own:
a lone letter read where the page drops marks, the words before an abbreviation read, a missing
mark read as dropped rather than taken from the next word, the chain's mark_displaced skipped in a
page that only drops marks, a unit no word reads joined in a letter-spaced line, three bare
consonants kept as an acronym, the page's own whole words in the language model.)
(Before the drop rate of a page with few marker words was read from the search, Wikipedia's dropped
marks were 9/48 0.188: its 30-title documents hold almost no marker word, so nothing was read back.)
Each string is repaired with its page's priors, estimated once from all of the page's broken lines,
as extract/repair.py does for a document; repairing the whole page as one text gives the same
counts in every class (runs never cross a line), so no separate page-level measure is kept.
Short of the target: dropped marks. Every web page is now called a dropped-mark page; what is left
are names and transliterations no dictionary has (most of Wikipedia's misses: "แฮ็นดริก",
"คารินคีวุส"), a broken form that is itself a word (ขาว/ข่าว, แก/แก่, มติ/มิติ: only context could
decide, and the only word bigrams available offline are the five seed reports'; the page's own
words help only where it shows the word whole at least twice), a word cut at the line's end
("เมื่"), and two web lines where ำ came out as "�" (left as written: no exact reading is known
at an unmapped glyph).
(Then, issue 12's language-model round, none of it tuned on these sources: the search's states
keep the word before, so it finds the model's best reading; a pair the report text has adds to a
word's probability and an unseen one takes nothing away; "ณ" and the other one-letter words both
frequency lists count are words. Web dropped marks 22/31 -> 25/31 (0.806), Wikipedia's 26/48 either
way, every other class and the web pages' own lines unchanged, 0 clean strings changed. Of the six
web misses left, two are lines whose correct reading is itself broken ("เมื่" cut at the line's
end, "ผู้ที" as the page wrote it), and ขาว/ข่าว after "/" and มติ/มิติ are word pairs that nothing
around them tells apart.)
(A displaced mark's gap decided first by how the page itself spaces the two words where it prints
them whole, nothing of it tuned on these sources: web mark_displaced 25/29 -> 27/29 (0.931), every
other number unchanged.)
The floors are the measured rates rounded down, a regression guard; clean text changed must stay 0."""
from __future__ import annotations

import pytest

from . import thai_unseen

FLOORS = {
    "web": {"dropped_marks": 0.80, "lost_sara_am": 0.90, "split_sara_am": 0.95, "mark_displaced": 0.90,
            "legacy_8bit": 0.90, "letter_spaced": 0.90},
    "wikipedia": {"dropped_marks": 0.50, "mark_displaced": 0.80, "legacy_8bit": 0.95, "letter_spaced": 0.95},
}

pytestmark = pytest.mark.slow  # about 15 s


@pytest.fixture(scope="module")
def results():
    return thai_unseen.report()


@pytest.mark.parametrize("part", ["web", "wikipedia", "web_real"])
def test_no_clean_string_changed(results, part):
    changed, n = results[part]["clean_changed"]
    assert n >= 30 and changed == 0


@pytest.mark.parametrize("part, name", [(p, k) for p, f in FLOORS.items() for k in f])
def test_exact_rate_per_class(results, part, name):
    ok, n = results[part][name]
    assert n >= 15 and ok / n >= FLOORS[part][name], (ok, n)


def test_real_broken_web_lines(results):
    ok, n = results["web_real"]["real_broken"]
    assert n == 3 + 2 and ok >= 3  # the dropped-mark heading and the two ํา lines; the "�" lines are left

"""The synthetic Thai repair benchmark of issue 12 (tests/normalize/thai_bench.py), as a test.

Issue targets, on the held-out part: >= 0.90 exact per class (dropped marks >= 0.80) and 0 clean
strings changed. Measured when committed (tuned = seed reports, seed 1, each read with context
tables built from the other seeds / held out = tests/variants, seed 2):
dropped_marks 0.891 / 0.862, lost_sara_am 1.000 / 0.979, split_sara_am 1.000 / 1.000,
mark_displaced 0.865 / 0.938, legacy_8bit 0.983 / 0.982, letter_spaced 1.000 / 0.965, clean 0 / 0
(before issue 12's generalization round: dropped 0.855 / 0.836, displaced 0.808 / 0.915,
letter-spaced 0.983 / 0.965; one_line 127/237)
(first commit: dropped 0.873 / 0.836, split 0.978 / 0.986, displaced 0.808 / 0.909, letter-spaced
0.983 / 0.956; then a validly placed mark was no longer read as spurious, the search alone read
split ำ and an ellipsis stopped counting as an abbreviation; held-out dropped 0.831 -> 0.836 when a
page with few marker words got its drop rate from the search).
Part one_line (thai_bench.run_lines): every seed line a document of its own, marks dropped at
p = 0.3, context tables from the other seeds: dropped marks 179/237 0.755 (0.295 before the search
read a page's drop rate, 0.536 before the generalization round, 0.595 before marks put back
that beat the line as written by far per mark counted as evidence on their own), clean 0/265.
Issue 12's language-model round (the search keeps the word before in its states, report pairs only
add evidence, one-letter words both lists count): tuned dropped 52 -> 51/55 (the miss: the seed's
own "ทั้งทาอาญา" read ท่า), held out dropped 173 -> 174/189, lost ำ 142 -> 141/144 ("ได้นามาตรการ":
นำ now beats นา by 2.7 nats, under the margin), one_line 197 -> 199/237; other classes unchanged.
A displaced mark's gap decided first by how the page itself spaces the two words where it prints
them whole (thai_lm.doc_spaces): tuned mark_displaced 42 -> 45/52 (0.808 -> 0.865), every other
number unchanged (unseen web mark_displaced 25 -> 27/29); then by the page's own rate of a space
after and before each of the two words, too: held-out mark_displaced 164 -> 165/176 (0.938).
The held-out part grew by a variant written for the score parser (u_probeb_eit_parts_one_line_2568):
mark_displaced 173/188 (0.920; 8 of its 12 cases right), the code unchanged.
The floors are those numbers rounded down (a regression guard); on the held-out part they are at
least the issue's targets. Most misses left are spaces: whether a space after a displaced mark's
new base was in the clean text is decided from 5 seed reports' space rates."""
from __future__ import annotations

import pytest

from . import thai_bench

FLOORS = {
    "tuned": {"dropped_marks": 0.88, "lost_sara_am": 0.95, "split_sara_am": 0.95, "mark_displaced": 0.86,
              "legacy_8bit": 0.95, "letter_spaced": 0.95},
    "held_out": {"dropped_marks": 0.85, "lost_sara_am": 0.95, "split_sara_am": 0.95, "mark_displaced": 0.92,
                 "legacy_8bit": 0.95, "letter_spaced": 0.95},
}


pytestmark = pytest.mark.slow  # the benchmark itself (one to two minutes); the repairs have fast tests in test_thai


@pytest.fixture(scope="module")
def results():
    return thai_bench.report()


@pytest.mark.parametrize("part", ["tuned", "held_out", "one_line"])
def test_no_clean_string_changed(results, part):
    changed, n = results[part]["clean_changed"]
    assert n > 50 and changed == 0


@pytest.mark.parametrize("part", ["tuned", "held_out"])
@pytest.mark.parametrize("name", sorted(FLOORS["tuned"]))
def test_exact_rate_per_class(results, part, name):
    ok, n = results[part][name]
    assert n >= 40 and ok / n >= FLOORS[part][name], (ok, n)


def test_one_line_documents_read_their_dropped_marks(results):
    # each seed line a document of its own: 70/237 (0.295) exact before a page with few marker
    # words had its drop rate read from the search, 127/237 (0.536) since, 141/237 (0.595) after
    # issue 12's generalization round, 179/237 (0.755) once marks put back with a large gain per mark were evidence
    ok, n = results["one_line"]["dropped_marks"]
    assert n >= 200 and ok / n >= 0.74, (ok, n)

"""The synthetic Thai repair benchmark of issue 12 (tests/normalize/thai_bench.py), as a test.

Issue targets: >= 0.90 exact per class (dropped marks >= 0.80) and 0 clean strings changed.
Measured when committed (tuned = seed reports, seed 1 / held out = tests/variants, seed 2):
dropped_marks 0.891 / 0.788, lost_sara_am 0.977 / 0.988, split_sara_am 0.935 / 0.988,
mark_displaced 0.750 / 0.840, legacy_8bit 0.983 / 0.984, letter_spaced 0.917 / 0.984, clean 0 / 0.
The held-out part grew when issue 11 added its documents to tests/variants (218 strings): there
dropped_marks 0.734, mark_displaced 0.819, the other classes 0.936-0.986, clean 0 changed. The
floors below are the lower numbers rounded down (a regression guard); dropped marks and
mark_displaced are still under the issue's targets."""
from __future__ import annotations

import pytest

from . import thai_bench

FLOORS = {"dropped_marks": 0.70, "lost_sara_am": 0.90, "split_sara_am": 0.90, "mark_displaced": 0.70,
          "legacy_8bit": 0.90, "letter_spaced": 0.90}


@pytest.fixture(scope="module")
def results():
    return thai_bench.report()


@pytest.mark.parametrize("part", ["tuned", "held_out"])
def test_no_clean_string_changed(results, part):
    changed, n = results[part]["clean_changed"]
    assert n > 50 and changed == 0


@pytest.mark.parametrize("part", ["tuned", "held_out"])
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_exact_rate_per_class(results, part, name):
    ok, n = results[part][name]
    assert n >= 40 and ok / n >= FLOORS[name], (ok, n)

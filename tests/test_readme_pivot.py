"""README's pivot example keeps fiscal years apart (a two-year report is two rows, not a mean)."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from extract import extract_paths, to_dataframes
from tests.conftest import ROOT, SEED_TEXTS


def _readme_pivot() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^scores = frames\[\"scores\"\].*?values=\"score\"\)\n", text, re.M | re.S)
    assert match, "README lost its pivot example"
    return match.group(0)


def test_readme_pivot_gives_one_row_per_report_and_year():
    frames = to_dataframes(extract_paths(SEED_TEXTS))
    scope = {"frames": frames}
    exec(_readme_pivot(), scope)
    by_year = scope["by_year"]
    seed_002 = by_year.loc["องค์การบริหารส่วนตำบลร่อนทอง"]
    assert list(seed_002.index.get_level_values("fiscal_year")) == [2563, 2564]
    assert list(seed_002[10]) == [12.5, 25.0]   # the mean (18.75) the old example printed is gone
    assert list(by_year.index.get_level_values("fiscal_year")) == [2563, 2564, 2565, 2568]
    assert list(by_year.columns) == list(range(1, 11))


def test_readme_pivot_refuses_to_merge_two_values():
    frames = to_dataframes(extract_paths(SEED_TEXTS[2:3]))
    twice = frames["scores"].copy()
    twice["fiscal_year"] = 2564                 # as if both years were read as one
    with pytest.raises(ValueError, match="duplicate"):
        exec(_readme_pivot(), {"frames": {**frames, "scores": twice}, "pd": pd})

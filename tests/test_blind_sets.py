"""Blind sets 3 and 4 (tests/blind3, tests/blind4, see their READMEs) held to their gold with the scorer.
Written by helper sessions that had not read the parsers: 0.872 and 0.875 F1 when written, then their misses
fixed at their general causes (0.934, 0.916). The floors are the numbers reached, rounded down; the READMEs
say what is left (gold decisions the project's conventions do not follow, borderless tables read by line)."""
import json
import subprocess
import sys

import pytest

from extract import extract_paths, write
from tests.conftest import ROOT

# set → (overall F1, overall precision, per-section F1)
FLOORS = {
    "blind3": (0.92, 0.92, {"report": 0.96, "scores": 0.99, "measures": 0.88, "findings": 0.99}),
    "blind4": (0.91, 0.89, {"report": 0.97, "scores": 0.94, "measures": 0.89, "findings": 0.83}),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request, tmp_path_factory):
    folder = ROOT / "tests" / request.param
    out = tmp_path_factory.mktemp(request.param)
    write(extract_paths(folder / "docs"), out)
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "ita_score.py"), "--gold", str(folder / "gold"),
                           "--out", str(out), "--json"], capture_output=True, text=True, check=True)
    return request.param, folder, json.loads([l for l in proc.stdout.splitlines() if l.startswith("{")][0])


def test_every_document_has_gold(scored):
    _, folder, _ = scored
    assert sorted(p.stem for p in (folder / "docs").iterdir()) == sorted(p.stem for p in (folder / "gold").glob("*.json"))


def test_floors(scored):
    name, _, summary = scored
    f1, precision, sections = FLOORS[name]
    assert summary["overall"]["f1"] >= f1 and summary["overall"]["p"] >= precision
    assert {s: summary["sections"][s]["f"] >= floor for s, floor in sections.items()} == {s: True for s in sections}

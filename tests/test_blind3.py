"""Blind set 3 (tests/blind3, see its README) held to its gold with the scorer: 0.872 F1 when written,
then its misses fixed at their general causes. The floors are the numbers reached, rounded down; the
misses left are gold decisions the project's conventions do not follow (README)."""
import json
import subprocess
import sys

import pytest

from extract import extract_paths, write
from tests.conftest import ROOT

BLIND = ROOT / "tests" / "blind3"
FLOORS = {"report": 0.96, "scores": 0.99, "measures": 0.88, "findings": 0.99}


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    out = tmp_path_factory.mktemp("blind3")
    write(extract_paths(BLIND / "docs"), out)
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "ita_score.py"), "--gold", str(BLIND / "gold"),
                           "--out", str(out), "--json"], capture_output=True, text=True, check=True)
    return json.loads([l for l in proc.stdout.splitlines() if l.startswith("{")][0])


def test_every_document_has_gold():
    assert sorted(p.stem for p in (BLIND / "docs").iterdir()) == sorted(p.stem for p in (BLIND / "gold").glob("*.json"))


def test_overall(summary):
    assert summary["overall"]["f1"] >= 0.92 and summary["overall"]["p"] >= 0.92


@pytest.mark.parametrize("section", sorted(FLOORS))
def test_sections(summary, section):
    assert summary["sections"][section]["f"] >= FLOORS[section]

"""Blind set 4 (tests/blind4, see its README) held to its gold with the scorer: 0.875 F1 when written,
then its misses fixed at their general causes (0.916). The floors are the numbers reached, rounded down;
the README says what is left (borderless tables read by line, debatable gold)."""
import json
import subprocess
import sys

import pytest

from extract import extract_paths, write
from tests.conftest import ROOT

BLIND = ROOT / "tests" / "blind4"
FLOORS = {"report": 0.97, "scores": 0.94, "measures": 0.89, "findings": 0.83}


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    out = tmp_path_factory.mktemp("blind4")
    write(extract_paths(BLIND / "docs"), out)
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "ita_score.py"), "--gold", str(BLIND / "gold"),
                           "--out", str(out), "--json"], capture_output=True, text=True, check=True)
    return json.loads([l for l in proc.stdout.splitlines() if l.startswith("{")][0])


def test_every_document_has_gold():
    assert sorted(p.stem for p in (BLIND / "docs").iterdir()) == sorted(p.stem for p in (BLIND / "gold").glob("*.json"))


def test_overall(summary):
    assert summary["overall"]["f1"] >= 0.91 and summary["overall"]["p"] >= 0.89


@pytest.mark.parametrize("section", sorted(FLOORS))
def test_sections(summary, section):
    assert summary["sections"][section]["f"] >= FLOORS[section]

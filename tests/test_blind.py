"""The blind set (tests/blind, see its README) held to its gold with the scorer: a floor under what the
parsers read from documents written by someone who had not seen their rules."""
import json
import subprocess
import sys

import pytest

from extract import extract_paths, write
from tests.conftest import ROOT

BLIND = ROOT / "tests" / "blind"


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    out = tmp_path_factory.mktemp("blind")
    write(extract_paths(BLIND / "docs"), out)
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "ita_score.py"), "--gold", str(BLIND / "gold"),
                           "--out", str(out), "--json"], capture_output=True, text=True, check=True)
    return json.loads([l for l in proc.stdout.splitlines() if l.startswith("{")][0])


def test_every_document_has_gold():
    assert sorted(p.stem for p in (BLIND / "docs").glob("*.txt")) == sorted(p.stem for p in (BLIND / "gold").glob("*.json"))


def test_overall(summary):
    assert summary["overall"]["f1"] >= 0.97 and summary["overall"]["p"] >= 0.97


@pytest.mark.parametrize("section", ["report", "scores", "measures", "findings"])
def test_sections(summary, section):
    assert summary["sections"][section]["p"] >= 0.95 and summary["sections"][section]["f"] >= 0.95

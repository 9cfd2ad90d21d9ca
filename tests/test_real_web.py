"""Real web announcements of ITA results (samples/real-web, from shared/real-web) held to their gold
(samples/gold-real-web, conventions in its NOTES.md): prose scores in many wordings, English,
several bodies in one text, an evaluator named beside the subject, a plan table."""
import json
import subprocess
import sys

import pytest

from extract import extract_paths, write
from tests.conftest import ROOT, SAMPLES

WEB, GOLD = SAMPLES / "real-web", SAMPLES / "gold-real-web"


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    out = tmp_path_factory.mktemp("web")
    write(extract_paths(WEB), out)
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "ita_score.py"), "--gold", str(GOLD),
                           "--out", str(out), "--json"], capture_output=True, text=True, check=True)
    return json.loads([l for l in proc.stdout.splitlines() if l.startswith("{")][0])


def test_every_gold_file_has_its_source():
    assert sorted(p.stem for p in GOLD.glob("*.json")) == sorted(p.stem for p in WEB.glob("*.txt"))


def test_overall_f1(summary):
    assert summary["overall"]["f1"] >= 0.97 and summary["overall"]["p"] >= 0.95


@pytest.mark.parametrize("section", ["report", "scores", "measures"])
def test_section_precision_and_recall(summary, section):
    assert summary["sections"][section]["p"] >= 0.95 and summary["sections"][section]["f"] >= 0.95

"""The pipeline held to the gold annotations of the bundled samples (samples/gold)."""
import json
import subprocess
import sys

import pytest

from extract import extract_paths, write
from tests.conftest import GOLD, ROOT, SAMPLES, SEED_TEXTS, seed

SCORER = ROOT / "tests" / "ita_score.py"


def score(paths, out):
    results = extract_paths(paths)
    write(results, out)
    proc = subprocess.run([sys.executable, str(SCORER), "--gold", str(GOLD), "--out", str(out), "--json"],
                          capture_output=True, text=True, check=True)
    return results, json.loads([l for l in proc.stdout.splitlines() if l.startswith("{")][0])


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    results, summary = score(SEED_TEXTS, tmp_path_factory.mktemp("out"))
    return {r.report.source_file.split("/")[-1][:3]: r for r in results}, summary


@pytest.mark.parametrize("folder", [pytest.param("pdf", marks=pytest.mark.slow), "docx"])
def test_same_reports_as_pdf_and_word_score_like_the_text(run, folder, tmp_path):
    """The seeds rebuilt as Word files and LibreOffice PDFs (samples/make_fixtures.py)."""
    _, text_summary = run
    results, summary = score(sorted((SAMPLES / folder).iterdir()), tmp_path)
    assert all(r.report.status == "ok" for r in results)
    assert summary["overall"]["f1"] >= 0.95
    assert text_summary["overall"]["f1"] - summary["overall"]["f1"] <= 0.03


def test_overall_f1(run):
    _, summary = run
    assert summary["overall"]["f1"] >= 0.97


@pytest.mark.parametrize("section", ["report", "scores", "measures", "findings"])
def test_section_f1(run, section):
    _, summary = run
    assert summary["sections"][section]["f"] >= 0.95


def test_every_sample_is_read_ok(run):
    results, _ = run
    assert len(results) == 5
    assert {k: r.report.status for k, r in results.items()} == dict.fromkeys(results, "ok")


def test_concrete_records_and_provenance(run):
    results, _ = run
    r002 = results["002"]
    assert r002.report.organization == "องค์การบริหารส่วนตำบลร่อนทอง" and r002.report.district == "สตึก"
    overall = {s.fiscal_year: (s.score, s.grade) for s in r002.scores if s.level == "overall"}
    assert overall == {2563: (54.78, "F"), 2564: (60.12, "D")}
    plan2 = next(m for m in r002.measures if m.title.startswith("๒.ส่งเสริม"))
    assert plan2.title.endswith("การปฏิบัติงาน") and plan2.period_start.isoformat() == "2022-04-01"
    lines = seed("002").read_text(encoding="utf-8").splitlines()
    assert lines[plan2.page - 1].startswith("๒.ส่งเสริม")          # page = the line the row starts on
    r003 = results["003"]
    assert {(s.tool, s.part): s.score for s in r003.scores if s.level == "tool"} == {
        ("IIT", None): 100.0, ("EIT", 1): 99.81, ("EIT", 2): 99.13, ("OIT", None): 97.5}
    assert next(m for m in r003.measures if m.title.startswith("๕.")).indicators == [1, 2, 3, 4, 5, 10]
    r000 = results["000"]
    assert [m.indicators for m in r000.measures] == [[1], [2], [3], [4], [5], [6], [7], [8]]
    assert r000.report.sources["organization"].startswith("line ")

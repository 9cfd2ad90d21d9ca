"""The HTML report of `ita check --lang th` used as an auditor would, in headless Chromium: a real
click on a report row opens its checks; filters, sorting and the 1280 px width; a screenshot is
saved in the test's output folder (tmp_path) for a person to look at."""
import json
import os
import shutil
import subprocess

import pytest

from extract.cli import main
from tests.cdp import Browser, chromium
from tests.conftest import SAMPLES, SEED_TEXTS

pytestmark = pytest.mark.browser
FONT_STACK = ("Sarabun", "TH Sarabun New", "Noto Sans Thai", "Loma", "Tahoma")


def _need(what: str, found: bool, hint: str) -> None:
    if not found:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {hint}")
        pytest.skip(f"{what} is not installed")


@pytest.fixture(scope="module")
def audit(tmp_path_factory):
    """Two reports named 002_… in different folders (a text and a PDF) among the seeds."""
    _need("chromium", bool(chromium()), "Debian's chromium package")
    thai = subprocess.run(["fc-list", ":lang=th", "family"], capture_output=True, text=True).stdout
    _need("a Thai font of the page's stack", any(f in thai for f in FONT_STACK), "fonts-thai-tlwg (install.sh)")
    root = tmp_path_factory.mktemp("browser")
    (root / "text").mkdir()
    (root / "pdf").mkdir()
    for path in SEED_TEXTS:
        shutil.copy(path, root / "text")
    shutil.copy(SAMPLES / "pdf" / "002_b022ce678bf99bfb.pdf", root / "pdf")
    out = root / "audit"
    main(["check", str(root / "text"), str(root / "pdf"), "--out", str(out), "--lang", "th", "--jobs", "1"])
    return out, json.loads((out / "checks.json").read_text(encoding="utf-8"))


VISIBLE_CHECKS = ("Array.from(document.querySelectorAll('tbody.open tr.check'))"
                  ".filter(function (r) { return r.offsetParent !== null; })")


def test_clicking_a_report_row_shows_its_checks(audit, tmp_path):
    out, doc = audit
    pdf = next(r for r in doc["reports"] if r["source_file"].endswith("pdf/002_b022ce678bf99bfb.pdf"))
    expected = [c for c in doc["checks"] if c["report_id"] == pdf["report_id"]]
    with Browser(tmp_path / "profile") as browser:
        browser.open((out / "completeness.html").as_uri(), width=1280, height=900)
        assert browser.evaluate("document.body.dataset.ready") == "1"      # the script ran to its end
        assert browser.evaluate("document.documentElement.lang") == "th"
        assert browser.evaluate("document.documentElement.scrollWidth") <= 1280   # no sideways scrolling
        assert browser.evaluate("document.querySelectorAll('tr.detail:not([hidden])').length") == 0
        paths = browser.evaluate("Array.from(document.querySelectorAll('td.path')).map(function (t) { return t.textContent; })")
        assert sum(p.endswith("002_b022ce678bf99bfb.txt") for p in paths) == 1     # the two 002s apart, by folder
        assert sum(p.endswith("pdf/002_b022ce678bf99bfb.pdf") for p in paths) == 1

        browser.click_on(f'tbody[data-report="{pdf["report_id"]}"] tr.summary td')
        shown = browser.evaluate(VISIBLE_CHECKS + ".map(function (r) { return [r.dataset.code, "
                                 "r.cells[2].textContent, r.cells[3].textContent, r.cells[4].textContent]; })")
        assert len(shown) == len(expected) > 0
        assert shown[0][0] == "GRADE_SCORE_MISMATCH"                      # errors first
        assert shown[0][1] == next(c["message_th"] for c in expected if c["code"] == "GRADE_SCORE_MISMATCH")
        assert shown[0][2] == "หน้า 7" and shown[0][3].startswith("๑) องค์การบริหารส่วนตำบลร่อนทอง")  # location, quoted source (the line above too)
        repaired = browser.evaluate("document.querySelectorAll('tbody.open tr[data-code=THAI_REPAIRED] del').length")
        assert repaired >= sum(1 for c in expected if c["code"] == "THAI_REPAIRED")   # before → after pairs
        browser.screenshot(tmp_path / "completeness-report.png")
        assert browser.evaluate("document.documentElement.scrollWidth") <= 1280

        browser.click_on('input[name=severity][value=info]')              # hide the info checks
        codes = browser.evaluate(VISIBLE_CHECKS + ".map(function (r) { return r.dataset.code; })")
        assert codes == [c["code"] for c in sorted(expected, key=lambda c: ("error", "warning", "info").index(
            c["severity"])) if c["severity"] != "info"]
        browser.click_on(f'tbody[data-report="{pdf["report_id"]}"] tr.summary td')     # a second click closes it
        assert browser.evaluate("document.querySelectorAll('tbody.open').length") == 0
    assert (tmp_path / "completeness-report.png").stat().st_size > 20000
    print(f"screenshot: {tmp_path / 'completeness-report.png'}")


def test_code_filter_and_sorting(audit, tmp_path):
    out, doc = audit
    with Browser(tmp_path / "profile") as browser:
        browser.open((out / "completeness.html").as_uri(), width=1280, height=900)
        browser.evaluate("var s = document.getElementById('code'); s.value = 'ORG_NAME_VARIANTS';"
                         "s.dispatchEvent(new Event('change'))")
        visible = browser.evaluate("Array.from(document.querySelectorAll('tbody.report'))"
                                   ".filter(function (b) { return !b.hidden; }).map(function (b) { return b.dataset.report; })")
        assert visible == [r["report_id"] for r in doc["reports"] if "ORG_NAME_VARIANTS" in r["codes"]]
        browser.evaluate("var s = document.getElementById('code'); s.value = ''; s.dispatchEvent(new Event('change'))")
        warnings = "Array.from(document.querySelectorAll('tbody.report')).map(function (b) { return +b.rows[0].cells[4].dataset.v; })"
        browser.click_on("#reports > thead th:nth-child(5)")
        assert browser.evaluate(warnings) == sorted(r["warnings"] for r in doc["reports"])
        browser.click_on("#reports > thead th:nth-child(5)")
        assert browser.evaluate(warnings) == sorted((r["warnings"] for r in doc["reports"]), reverse=True)
        browser.screenshot(tmp_path / "completeness-sorted.png")

"""Measures on the real PDFs (samples/real) and the real web plan (samples/real-web/016): the
notices' numbered lists, and the documents that must yield no measures (a procurement analysis
whose advice is no ITA measure, a cover memo, a scanned memo). See samples/real/README.md."""
import functools
import json

import pytest

from extract import extract_file
from extract.readers import ocr
from tests.conftest import SAMPLES
from tests.ita_score import norm

REAL = SAMPLES / "real"


@functools.cache
def run(name: str):
    return extract_file(REAL / name)


def test_procurement_notice_matches_gold_exactly():
    gold = json.loads((SAMPLES / "gold-real" / "nongyai_sso_2563_procurement_measures.json").read_text("utf-8"))
    got = run("nongyai_sso_2563_procurement_measures.pdf").measures
    assert [norm(m.title) for m in got] == [norm(m["title"]) for m in gold["measures"]]
    assert all(m.table == "plan" and not m.steps for m in got)
    # the closing line "ประกาศ ณ วันที่ …" is not swallowed by the last measure
    assert "ประกาศ" not in got[-1].title


@pytest.mark.slow
def test_web_guideline_notice_clauses_are_measures_with_their_sub_items_as_steps():
    """The call (measures_lists): a notice whose lead-in sets rules ("…จึงกำหนดแนวทาง… ดังต่อไปนี้")
    on an ITA subject (publishing information to the public, an OIT/MOIT item) lists measures;
    each top clause is one, its numbered sub-items (any depth) are its steps."""
    got = run("nongyai_sso_2561_web_disclosure_guideline_notice.pdf")
    assert [m.title.split()[0] for m in got.measures] == [
        "1.ให้หน่วยงานในสังกัดเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน", "2.ขั้นตอนการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์",
        "๓.", "๔."]
    assert [m.table for m in got.measures] == ["plan"] * 4
    assert [len(m.steps) for m in got.measures] == [10, 9, 5, 5]
    steps = [s for m in got.measures for s in m.steps]
    # page-end catchwords ("1.6 คู่มือ........") are dropped, the closing paragraph is no step
    assert not any("...." in s for s in steps)
    assert not any("ถือปฏิบัติโดยเคร่งครัด" in s for s in steps)
    assert got.measures[1].steps[0] == "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร มีหน้าที่บริหารจัดการเว็บไซต์สำนักงานสาธารณสุขอำเภอหนองใหญ่"


@pytest.mark.parametrize("name", [
    "nongyai_sso_2562_procurement_analysis.pdf",   # its "ข้อเสนอแนะ 1.…7." is procurement advice
    "namyuen_hospital_2567_risk_plan_cover_memo.pdf",
])
@pytest.mark.slow
def test_negatives_yield_no_measures(name):
    result = run(name)
    assert result.measures == []
    assert result.report.status != "failed"


@pytest.mark.ocr
def test_scanned_memo_yields_no_measures():
    if not ocr.available()[0]:
        pytest.skip("tesseract not installed")
    assert run("phichai_hospital_2568_complaint_memo_scan.pdf").measures == []


def test_real_web_plan_items_named_as_projects_are_plan_measures():
    result = extract_file(SAMPLES / "real-web" / "016_banpao_tt_anticorruption_plan_2561_2564.txt")
    assert [(m.table, m.title, m.steps) for m in result.measures] == [
        ("plan", "๑) โครงการความรู้คู่คุณธรรม", []),
        ("plan", "๒) โครงการส่งเสริมคุณธรรมและจริยธรรมใน", []),
    ]

"""`ita check` for auditors (issue 14, items 1–3): Thai throughout with --lang th, checks.json and
--format json, and the HTML report (its content here; clicking it in Chromium: test_check_browser)."""
import contextlib
import io
import json
import re
from html.parser import HTMLParser

import pandas as pd
import pytest

from extract.cli import main
from extract.report_html import render
from schemas.check_codes import make_check
from schemas.phrases import reason
from schemas.records import Report, Result, Where
from schemas.ui_words import WORDS, location, word
from tests.conftest import SAMPLES

# What Thai output may still spell in Latin letters: ITA's own abbreviations, letter grades, and
# (matched separately) check codes, file names and quoted source text.
ABBREVIATIONS = {"ITA", "IIT", "EIT", "OIT", "OCR"}
GRADES = {"AA", "A", "B", "C", "D", "E", "F"}
CODE = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")
QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|“[^”\n]*”")
LATIN_WORD = re.compile(r"[A-Za-z]+")


def english_words(text: str, file_names: set[str] = frozenset()) -> set[str]:
    """Latin-letter words of ``text`` other than codes, file names, grades and quoted source text."""
    for name in sorted(file_names, key=len, reverse=True):
        text = text.replace(name, " ")
    text = CODE.sub(" ", QUOTED.sub(" ", text))
    return {w for w in LATIN_WORD.findall(text) if w not in ABBREVIATIONS | GRADES}


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def thai_run(tmp_path_factory):
    """``ita check samples --lang th`` once for the module: status, stdout, stderr, the folder."""
    out = tmp_path_factory.mktemp("audit")
    status, printed, errors = run(["check", str(SAMPLES), "--out", str(out), "--lang", "th", "--jobs", "2"])
    return status, printed, errors, out


@pytest.mark.slow
def test_thai_run_prints_no_english_but_codes_file_names_and_grades(thai_run):
    status, printed, errors, out = thai_run
    reports = pd.read_csv(out / "reports.csv", encoding="utf-8-sig")
    assert status == 1 and len(reports) > 30
    assert english_words(printed + errors, set(reports["source_file"])) == set()
    assert errors.splitlines()[-1] == f"รายงาน {len(reports)} ฉบับ ข้อผิดพลาด {reports['n_errors'].sum()} รายการ"


@pytest.mark.slow
def test_thai_messages_of_every_check_have_no_english_reasons(thai_run):
    *_, out = thai_run
    checks = json.loads((out / "checks.json").read_text(encoding="utf-8"))["checks"]
    leaks = {(c["code"], w) for c in checks for w in english_words(c["message_th"])}
    assert leaks == set()


def test_thai_summary_of_one_report_exactly(tmp_path):
    status, printed, errors = run(["check", str(SAMPLES / "002_b022ce678bf99bfb.txt"), "--lang", "th", "--jobs", "1"])
    assert status == 1
    assert printed == (
        f"{SAMPLES / '002_b022ce678bf99bfb.txt'}  [อ่านได้ครบ]  องค์การบริหารส่วนตำบลร่อนทอง ปีงบประมาณ 2564\n"
        "  ข้อผิดพลาด 1  คำเตือน 13  ข้อสังเกต 4\n"
        "  ข้อผิดพลาด GRADE_SCORE_MISMATCH (บรรทัด 102): ปี พ.ศ. 2563: คะแนนภาพรวม 54.78 ระบุระดับ 'F' "
        "แต่คะแนน 54.78 อยู่ในช่วงระดับ 'E'\n")
    assert errors == "รายงาน 1 ฉบับ ข้อผิดพลาด 1 รายการ\n"
    status, printed, _ = run(["check", str(SAMPLES / "002_b022ce678bf99bfb.txt"), "--jobs", "1"])
    assert printed.splitlines()[1:3] == [
        "  errors 1  warnings 13  info 4",
        "  ERROR GRADE_SCORE_MISMATCH (line 102): FY2563: the overall score 54.78 is labelled 'F', but the band "
        "of 54.78 is 'E'."]


def test_no_files_is_a_usage_error_in_the_chosen_language(tmp_path):
    assert run(["check", str(tmp_path), "--lang", "th"]) == (2, "", "ita: ไม่พบไฟล์รายงาน\n")
    assert run(["check", str(tmp_path)]) == (2, "", "ita: no report files found\n")


def test_every_ui_word_has_thai_and_a_location_reads_in_thai():
    assert [key for key, (en, th) in WORDS.items() if not th.strip() or (en == th and key != "unknown")] == []
    assert location(Where(page=3, table=2, row=5, cell=4), "th") == "หน้า 3 ตารางที่ 2 แถวที่ 5"
    assert location(Where(line=60, table=2), "th") == "บรรทัด 60 ตารางที่ 2"
    assert location(Where(line=60, table=2), "en") == "line 60, table 2"
    assert location(Where(), "th") == ""
    assert word("partial", "th") == "อ่านได้บางส่วน" and word("partial") == "partial"


@pytest.mark.slow
def test_thai_merge_reason_and_org_spellings_are_thai(thai_run):
    *_, out = thai_run
    checks = pd.read_csv(out / "checks.csv", encoding="utf-8-sig", keep_default_na=False)
    merged = checks[checks["code"] == "ROW_MERGED"]["message_th"]
    assert "รวมแถวที่เป็นส่วนต่อเข้ากับแถวก่อนหน้า (ช่องแรกของแถวว่าง)" in set(merged)
    variants = checks[(checks["code"] == "ORG_NAME_VARIANTS") & (checks["location"] == "line 7")]["message_th"]
    assert list(variants) == ["ชื่อหน่วยงานสะกดไม่ตรงกัน 2 แบบในเอกสารนี้: 'เทศบาลตำบลไชยมงคล' ×2 "
                              "(บรรทัด 11, บรรทัด 13); 'เทศบาลตำบลไชยมังคผล' ×1 (บรรทัด 7)"]


# --- checks.json -------------------------------------------------------------------------------------

@pytest.mark.slow
def test_checks_json_holds_the_records_of_checks_csv_and_a_summary_per_report(thai_run):
    *_, out = thai_run
    doc = json.loads((out / "checks.json").read_text(encoding="utf-8"))
    csv = pd.read_csv(out / "checks.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(doc["checks"][0]) == [*csv.columns, "where"]  # the structure after the CSV's columns
    assert all(c["location"] == ", ".join(f"{k} {c['where'][k]}" for k in ("page", "line", "table", "row")
                                          if c["where"][k] is not None) for c in doc["checks"])
    as_text = [{k: "" if v is None else str(v) for k, v in c.items() if k != "where"} for c in doc["checks"]]
    assert as_text == csv.to_dict("records")
    reports = pd.read_csv(out / "reports.csv", encoding="utf-8-sig", keep_default_na=False)
    assert [r["report_id"] for r in doc["reports"]] == list(reports["report_id"])
    seed = next(r for r in doc["reports"] if r["source_file"].endswith("/002_b022ce678bf99bfb.txt"))
    assert seed == {"report_id": "2681886f4ff45201", "source_file": seed["source_file"],
                    "organization": "องค์การบริหารส่วนตำบลร่อนทอง", "fiscal_year": 2564, "status": "ok",
                    "errors": 1, "warnings": 13, "info": 4,
                    "codes": {"GRADE_SCORE_MISMATCH": 1, "IMPLEMENTATION_NO_RESULT": 3, "MEASURE_NO_INDICATOR": 3,
                              "ORG_NAME_VARIANTS": 1, "ROW_MERGED": 1, "TOTAL_MISMATCH": 2,
                              "WEAK_INDICATOR_UNADDRESSED": 6, "YOY_LABEL_MISMATCH": 1}}
    assert (doc["format"], doc["format_version"]) == ("ita-check", 1)


def test_format_json_prints_the_document_of_checks_json(tmp_path):
    path = str(SAMPLES / "001_adca4484352dee47.txt")
    status, printed, _ = run(["check", path, "--format", "json", "--out", str(tmp_path), "--jobs", "1"])
    assert status == 0
    assert json.loads(printed) == json.loads((tmp_path / "checks.json").read_text(encoding="utf-8"))
    assert [r["codes"] for r in json.loads(printed)["reports"]] == [{"MEASURE_FIELD_MISSING": 1,
                                                                      "ORG_NAME_VARIANTS": 1}]


# --- the HTML report --------------------------------------------------------------------------------

def _result():
    report = Report(report_id="r1", source_file="reports/a/002.pdf", source_sha256="", status="partial",
                    organization="เทศบาลตำบลหนองบัว", fiscal_year=2565, n_errors=1)
    checks = [make_check("THAI_REPAIRED", Where(page=2), rule="split_sara_am", count=2, max_cost="0",
                         example_before="ส านัก", example_after="สำนัก",
                         before="ส านัก | อ าเภอ", after="สำนัก (cost 0) | อำเภอ (cost 0.5)"),
              make_check("OCR_USED", pages="1", count=1, total=1),
              make_check("ROW_MERGED", Where(line=60, table=2), reason=reason("empty_first_cell"),
                         source_text="ต่อ <ไม่มีชื่อ>"),
              make_check("READ_FAILED", Where(page=5), detail="ไฟล์เสีย")]
    return Result(report=report, checks=checks)


class _Text(HTMLParser):
    """The text a reader sees, without codes, file paths and quoted source text."""

    SKIP = {"code", "q", "del", "ins", "script", "style", "title"}

    def __init__(self):
        super().__init__()
        self.parts, self.skipping = [], []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP or dict(attrs).get("class") == "path":
            self.skipping.append(tag)

    def handle_endtag(self, tag):
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def test_html_in_thai_has_thai_words_font_stack_and_lang():
    page = render([_result()], "th")
    assert page.startswith('<!DOCTYPE html><html lang="th">')
    assert "font-family:'Sarabun','TH Sarabun New','Noto Sans Thai','Loma','Tahoma',sans-serif" in page
    for key in ("col_organization", "col_fiscal_year", "col_status", "col_errors", "col_file", "col_severity",
                "col_code", "col_message", "col_location", "col_source", "col_before", "col_after"):
        assert f"<th>{word(key, 'th')}</th>" in page
    text = _Text()
    text.feed(page)
    assert english_words(" ".join(text.parts)) == set()
    assert "http://" not in page and "https://" not in page and " src=" not in page


def test_html_row_of_a_report_and_its_checks_exactly():
    page = render([_result()], "th")
    assert ('<tr class="summary" tabindex="0" aria-expanded="false"><td data-v="เทศบาลตำบลหนองบัว">เทศบาลตำบลหนองบัว</td>'
            '<td data-v="2565">2565</td><td class="status-partial" data-v="partial">อ่านได้บางส่วน</td>'
            '<td class="n e" data-v="1">1</td><td class="n w" data-v="1">1</td><td class="n i" data-v="2">2</td>'
            '<td class="path" data-v="reports/a/002.pdf">reports/<wbr>a/<wbr>002.pdf</td></tr>') in page
    rows = ['<tr class="check"' + part for part in page.split('<tr class="check"')[1:]]  # each up to the next
    assert [re.search(r'data-code="(\w+)"', r).group(1) for r in rows] == [
        "READ_FAILED", "OCR_USED", "THAI_REPAIRED", "ROW_MERGED"]          # errors first, then as found
    assert rows[3].startswith(
        '<tr class="check" data-severity="info" data-code="ROW_MERGED"><td><span class="sev sev-info">ข้อสังเกต</span></td>'
        '<td><code title="แถวที่ต่อจากหน้าก่อน (ช่องแรกว่าง มีคำว่า (ต่อ) หรือเป็นข้อความต่อหลังขึ้นหน้าใหม่) ถูกรวมกับแถวก่อนหน้า">'
            'ROW_MERGED</code></td><td>รวมแถวที่เป็นส่วนต่อเข้ากับแถวก่อนหน้า (ช่องแรกของแถวว่าง)</td>'
        '<td>บรรทัด 60 ตารางที่ 2</td><td><q>ต่อ &lt;ไม่มีชื่อ&gt;</q></td></tr>')
    assert ('<tbody><tr><td><del>ส านัก</del></td><td>→</td><td><ins>สำนัก</ins> <small>(ต้นทุน 0)</small></td></tr>'
            '<tr><td><del>อ าเภอ</del></td><td>→</td><td><ins>อำเภอ</ins> <small>(ต้นทุน 0.5)</small></td></tr></tbody>') in rows[2]


def test_html_in_english_by_default():
    page = render([_result()])
    assert page.startswith('<!DOCTYPE html><html lang="en">') and "<th>Organization</th>" in page
    assert '<span class="sev sev-info">info</span>' in page and "<td>line 60, table 2</td>" in page


def test_every_code_has_a_thai_meaning_shown_on_hover_in_the_thai_report():
    import schemas.checks  # noqa: F401 - completes the catalogue
    from schemas.check_codes import CHECK_CODES
    from schemas.check_docs_th import DOCS_TH

    assert set(DOCS_TH) == set(CHECK_CODES)
    assert {code for code, text in DOCS_TH.items() if english_words(text) - {"PDF", "UTF", "TIS", "cp", "Tesseract"}} == set()
    thai, english = render([_result()], "th"), render([_result()], "en")
    assert f'<code title="{DOCS_TH["ROW_MERGED"]}">ROW_MERGED</code>' in thai
    assert f'<option value="ROW_MERGED" title="{DOCS_TH["ROW_MERGED"]}">' in thai
    assert '<code title="Continuation rows (empty first cell, &#x27;(ต่อ)&#x27;, or a fragment after a page break) ' \
           'were merged.">ROW_MERGED</code>' in english

"""Every check code the code base can emit is documented in schemas/check_codes.py."""
import regex

import schemas.checks  # noqa: F401 - its rules emit the codes checked below
from schemas.check_codes import CHECK_CODES, make_check, render_docs
from tests.conftest import ROOT

EMITTED = regex.compile(r"""make_check\(\s*["']([A-Z_]+)["']|ReadError\(\s*["']([A-Z_]+)["']""")


def emitted_codes():
    found = set()
    for path in list((ROOT / "extract").rglob("*.py")) + list((ROOT / "schemas").rglob("*.py")):
        for m in EMITTED.finditer(path.read_text(encoding="utf-8")):
            found.add(m.group(1) or m.group(2))
    return found


def test_every_emitted_code_is_documented():
    emitted = emitted_codes()
    assert len(emitted) >= 8
    assert emitted <= set(CHECK_CODES), emitted - set(CHECK_CODES)


def test_docs_list_every_code_and_are_up_to_date():
    doc = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    assert doc == render_docs(), "regenerate: python -m schemas.check_codes > docs/checks.md"
    for code in emitted_codes() | set(CHECK_CODES):
        assert f"`{code}`" in doc


def test_every_code_has_thai_message_and_meaning():
    for code, spec in CHECK_CODES.items():
        assert regex.search(r"\p{Thai}", spec.message_th), code
        assert spec.doc and spec.severity in ("error", "warning", "info"), code


def test_make_check_fills_templates_and_location():
    from schemas.records import Where
    check = make_check("DATE_UNPARSED", Where(line=12, table=2, row=3), text="เร็ว ๆ นี้")
    assert check.severity == "info" and check.location == "line 12, table 2, row 3" and check.line == 12
    assert "เร็ว ๆ นี้" in check.message and "เร็ว ๆ นี้" in check.message_th


def test_page_and_line_in_a_template_come_from_the_location():
    from schemas.records import Where
    coded = [c for c, spec in CHECK_CODES.items() if "{page}" in spec.message + spec.message_th]
    assert {"OCR_FAILED", "PAGE_FAILED"} <= set(coded)
    for code in coded:
        check = make_check(code, Where(page=7), detail="x")
        assert "7" in check.message and "7" in check.message_th, code
        assert "  " not in check.message, code
    assert make_check("PAGE_FAILED", Where(page=7), page=3, detail="x").message.startswith("Page 3 ")  # explicit wins


def test_the_catalogue_is_complete_at_import_whatever_is_imported_first():
    """Importing the auditor checks adds nothing: the catalogue is static data (issue 15)."""
    import json
    import subprocess
    import sys

    script = ("import json, schemas.check_codes as c; before = sorted(c.CHECK_CODES); "
              "import schemas.checks, extract.report_html; print(json.dumps([before, sorted(c.CHECK_CODES)]))")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""}).stdout
    before, after = json.loads(out)
    assert before == after == sorted(CHECK_CODES)
    assert {"SCORE_OUT_OF_RANGE", "MEASURE_FIELD_MISSING"} <= set(before)


def test_each_code_is_declared_in_one_table():
    from schemas.audit_codes import MEASURE_CODES, SCORE_CODES
    from schemas.check_codes import EXTRACTION_CODES

    tables = (EXTRACTION_CODES, SCORE_CODES, MEASURE_CODES)
    assert sum(map(len, tables)) == len(CHECK_CODES)


def test_the_html_report_documents_auditor_codes_without_the_checks_imported():
    import subprocess
    import sys

    script = "from extract.report_html import _doc; print(_doc('SCORE_OUT_OF_RANGE', 'en'))"
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""}).stdout
    assert 'title="A score below 0 or above 100' in out

"""Every check code the code base can emit is documented in schemas/check_codes.py."""
import regex

import schemas.checks  # noqa: F401 - completes the catalogue
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

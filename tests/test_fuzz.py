"""Property tests: normalizers and the text parser never raise on arbitrary text, and the
normalizers that should be idempotent are."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.pipeline import extract_file
from normalize.dates import parse_period
from normalize.digits import parse_number
from normalize.items import split_items, split_units
from normalize.text import clean_text
from normalize.thai import repair_thai
from normalize.wrap_spaces import join_wraps

THAI = st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B)
PIECES = st.sampled_from(["\t", "\n", " ", "๑.", "-", "<p>", "</p>", "(ต่อ)", "ตัวชี้วัดที่ ", "คะแนน ",
                          "ร้อยละ ", "ระดับ A", "ไตรมาสที่ ", "ต.ค.๖๔-ก.ย.๖๕", "พ.ศ. ๒๕๖๕", "\u0e4d\u0e32",
                          "มาตรการ/แนวทาง\tวิธีการดำเนินการ\tผู้รับผิดชอบ\n", "-๒-\n", "เทศบาลตำบล"])
THAI_TEXT = st.lists(st.one_of(st.text(THAI, max_size=8), PIECES, st.text(max_size=4)), max_size=40).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=200), THAI_TEXT)


@settings(deadline=None)  # the first call loads pythainlp's dictionary
@given(ANY_TEXT)
def test_normalizers_never_raise(text):
    clean_text(text)
    split_items(text)
    split_units(text)
    parse_number(text)
    parse_period(text, 2565)
    join_wraps(text)


@settings(deadline=None)
@given(ANY_TEXT)
def test_clean_text_and_repair_are_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once
    repaired = repair_thai(text)
    assert repair_thai(repaired) == repaired


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(THAI_TEXT, max_size=12).map("\n".join))
def test_text_parser_never_raises_and_always_reports(tmp_path, text):
    path = tmp_path / "fuzz.txt"
    path.write_text(text, encoding="utf-8")
    result = extract_file(path)
    assert result.report.status in ("ok", "partial", "failed")
    assert not any(c.code == "INTERNAL_ERROR" for c in result.checks), [c.message for c in result.checks]

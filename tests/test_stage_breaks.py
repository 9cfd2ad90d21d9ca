"""Issue 14 item 10, each at the stage that caused it: a finding row cut by a page break is one
finding (findings parser; a new indicator after a break is not swallowed), and a notice's closing
line is a line of its own (PDF reader), never the end of the last measure."""
from __future__ import annotations

import pytest

from extract import extract_file
from extract.clean import clean_table
from extract.document import Row, Table
from extract.parse.findings import findings_from_tables
from tests.conftest import ROOT, SAMPLES

HEADER = ["ตัวชี้วัด", "ประเด็นการประเมิน", "ประเด็นที่ควรพัฒนา"]


def _findings(*rows: tuple[list[str], int, bool]):
    table = clean_table(Table(rows=[Row(cells=HEADER, page=1)] + [Row(cells=c, page=p, after_break=b) for c, p, b in rows]))
    return [(f.indicator, f.page, f.text) for f in findings_from_tables([table])[0]]


def test_label_cut_mid_phrase_by_the_break_continues_the_finding():
    assert _findings((["ตัวชี้วัดที่๑๐ การ", "ก", "ดำเนินการตามมาตรการส่งเสริม"], 9, False),
                     (["ป้องกันการทุจริต", "ข", "คุณธรรมและความโปร่งใสภายในหน่วยงาน"], 10, True)) == [
        (10, 9, "ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")]


def test_a_whole_label_then_another_indicator_after_the_break_stays_two():
    assert _findings((["ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "ก", "เปิดเผยข้อมูลให้ครบ"], 9, False),
                     (["การป้องกันการทุจริต", "ข", "จัดทำมาตรการ"], 10, True)) == [
        (9, 9, "เปิดเผยข้อมูลให้ครบ"), (10, 10, "จัดทำมาตรการ")]


def test_a_label_with_its_own_number_after_the_break_starts_a_finding():
    assert _findings((["ตัวชี้วัดที่ ๙ การ", "ก", "เปิดเผยข้อมูลให้ครบ"], 9, False),
                     (["ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "ข", "จัดทำรายงาน"], 10, True)) == [
        (9, 9, "เปิดเผยข้อมูลให้ครบ"), (9, 10, "จัดทำรายงาน")]


def test_the_same_label_without_a_break_starts_a_finding():
    assert _findings((["ตัวชี้วัดที่๑๐ การ", "ก", "ดำเนินการ"], 9, False),
                     (["ป้องกันการทุจริต", "ข", "คุณธรรม"], 9, False)) == [(10, 9, "ดำเนินการ"), (10, 9, "คุณธรรม")]


@pytest.mark.parametrize("folder", [pytest.param("pdf", marks=pytest.mark.slow),
                                    pytest.param("landscape", marks=pytest.mark.slow), "docx"])
def test_seed_002_findings_are_those_of_its_text(folder):
    text = extract_file(next(SAMPLES.glob("002*.txt")))
    other = extract_file(next((SAMPLES / folder).glob("002*")))
    assert [(f.indicator, f.text) for f in other.findings] == [(f.indicator, f.text) for f in text.findings]
    assert len(text.findings) == 2


NOTICE = ROOT / "samples" / "real" / "nongyai_sso_2563_procurement_measures.pdf"


def test_pdf_reader_keeps_a_closing_line_apart_from_the_full_line_above():
    from extract.document import Line
    from extract.readers.pdf import read_pdf

    lines = [b.text for b in read_pdf(NOTICE.read_bytes(), str(NOTICE), "").blocks
             if isinstance(b, Line) and b.page == 2]
    i = lines.index("จึงประกาศให้ทราบโดยทั่วกัน")
    assert lines[i - 1].endswith("พ.ศ.๒๕๖๐ ด้วย")
    assert lines[i + 1] == "ประกาศ ณ วันที่ ๑๓ พฤศจิกายน พ.ศ. ๒๕๖๒"


def test_the_notices_last_measure_ends_where_the_notice_does(monkeypatch):
    from extract.parse import measures_lists

    # the reader alone keeps it out: the parser's cut for text that lost its line break is not needed
    monkeypatch.setattr(measures_lists, "_before_closing", lambda text: (text, False))
    measures = extract_file(NOTICE).measures
    assert len(measures) == 14
    assert measures[-1].title == ("๑๔.ดำเนินการทางวินัยกับผู้ไม่ปฏิบัติตามกฎหมาย หรือปฏิบัติหน้าที่โดยทุจริต และผู้นั้น"
                                  "ต้องระวางโทษตามพระราชบัญญัติว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ "
                                  "พ.ศ.๒๕๖๐ ด้วย")
    assert not any("จึงประกาศ" in m.model_dump_json() for m in measures)

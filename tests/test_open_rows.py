"""Rows a PDF table's rules leave ambiguous. A table row cut by a page break whose pages draw no rule
at the cut (extract/readers/open_rows.py):
the missing rules are implied where a grid's column rules end together, so the cut row stays in
the table on both pages and is merged back into one measure. Fixture samples/chromium/split_row.pdf
(written for it, printed by headless Chromium, which draws no rule at a row's cut): before, row 5
was dropped on page 1 and its rest read as lines on page 2. And rows under a title cell merged over
them (samples/chromium/merged_title.pdf): their activities were glued into one step."""
from __future__ import annotations

import pytest

from extract.pipeline import extract_document
from extract.readers.open_rows import implied_row_rules
from extract.readers.pdf import read_pdf
from tests.conftest import SAMPLES

STEPS = ("จัดประชุมชี้แจงแนวทางการปฏิบัติงานให้แก่เจ้าหน้าที่ทุกส่วนราชการ และจัดทำหนังสือเวียนแจ้งแนวทางดังกล่าว "
         "พร้อมทั้งติดตามผลการปฏิบัติเป็นรายไตรมาสและรายงานต่อนายกองค์การบริหารส่วนตำบลทุกครั้ง")


def _v(x, top, bottom):
    return {"orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom}


def _h(x0, x1, y):
    return {"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y}


def test_column_rules_ending_together_below_the_last_rule_imply_one():
    grid = [_h(30, 580, 600), _v(30, 600, 760), _v(120, 600, 760), _v(580, 600, 760)]
    [rule] = implied_row_rules(grid)
    assert (rule["x0"], rule["x1"], rule["top"]) == (30, 580, 760)
    # the page after: the rules start at the top margin with no rule there
    [rule] = implied_row_rules([_v(30, 28, 120), _v(580, 28, 120), _h(30, 580, 120)])
    assert (rule["top"], rule["x0"], rule["x1"]) == (28, 30, 580)


@pytest.mark.parametrize("edges", [
    [_h(30, 580, 600), _h(30, 580, 760), _v(30, 600, 760), _v(580, 600, 760)],  # closed: nothing to add
    [_h(30, 580, 600), _v(30, 600, 760)],                                       # one rule ending: a decoration
    [_v(30, 600, 760), _v(580, 600, 760)],                                      # no grid: two lone lines
])
def test_no_rule_is_implied_where_the_grid_is_closed_or_there_is_none(edges):
    assert implied_row_rules(edges) == []


def test_the_edge_of_a_rule_drawn_as_a_thin_rectangle_closes_nothing():
    # a vertical rule drawn as a 0.5 pt wide rectangle also has a 0.5 pt "horizontal" edge at its end
    grid = [_h(30, 580, 600), _h(30, 30.5, 760), _v(30, 600, 760), _v(580, 600, 760)]
    assert [r["top"] for r in implied_row_rules(grid)] == [760]


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_a_row_cut_by_the_page_break_is_one_measure(reader):
    path = SAMPLES / "chromium" / "split_row.pdf"
    result = extract_document(read_pdf(path.read_bytes(), path.name, "sha", pdf_reader=reader))
    assert [(m.row, m.title, m.responsible, m.output) for m in result.measures] == [
        (1, "1. การเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", ["กองคลัง"], f"{STEPS} {STEPS}"),
        (2, "2. การรับฟังความคิดเห็นของประชาชน", ["สำนักปลัด"], f"{STEPS} {STEPS}"),
        (3, "3. การป้องกันการรับสินบนและของขวัญ", ["สำนักปลัดงานการเจ้าหน้าที่"], " ".join([STEPS] * 4)),
        (4, "4. การจัดการเรื่องร้องเรียนการทุจริต", ["กองช่าง"], STEPS),
        (5, "5. การประเมินความเสี่ยงการทุจริต", ["หน่วยตรวจสอบภายใน"], STEPS),
    ]
    assert [m.where.page for m in result.measures] == [1, 1, 1, 1, 1]
    merged = [c for c in result.checks if c.code == "ROW_MERGED"]
    assert [(c.where.page, "rule above" in c.message) for c in merged] == [(2, True)]


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_rows_under_a_merged_title_cell_are_items_of_one_measure(reader):
    # the merged cell's box is None in the rows it covers: each such row is a row of its own
    path = SAMPLES / "chromium" / "merged_title.pdf"
    result = extract_document(read_pdf(path.read_bytes(), path.name, "sha", pdf_reader=reader))
    assert [(m.title, m.steps, m.responsible) for m in result.measures] == [
        ("ลดการใช้ดุลพินิจในการอนุญาตก่อสร้าง",
         ["ประกาศขั้นตอนและระยะเวลาการขออนุญาต", "จัดทำคู่มือการพิจารณาคำขออนุญาต", "สุ่มตรวจคำขอที่อนุญาตแล้วทุกไตรมาส"],
         ["กองช่าง", "หน่วยตรวจสอบภายใน"]),
        ("ตรวจสอบการใช้ทรัพย์สินของราชการ", ["ตรวจนับพัสดุประจำปี"], ["กองคลัง"])]


def test_a_measures_table_drawn_without_rules_is_read_from_its_layout():
    # plan_table.pdf with its borders removed: pdfplumber's ruled-table finder sees no table, and the
    # table is read from the gaps between its columns instead (extract/readers/gutter_tables.py,
    # tests/test_gutter_tables.py): the ruled original's measures, and an info check, not a warning
    path = SAMPLES / "chromium" / "borderless.pdf"
    result = extract_document(read_pdf(path.read_bytes(), path.name, "sha"))
    ruled = extract_document(read_pdf((SAMPLES / "chromium" / "plan_table.pdf").read_bytes(), "plan_table.pdf", "sha"))
    fields = lambda m: (m.row, m.title, m.steps, m.responsible, m.timeframe, m.period_start, m.period_end)  # noqa: E731
    assert len(ruled.measures) == 3 and list(map(fields, result.measures)) == list(map(fields, ruled.measures))
    assert [(c.code, c.severity, c.where.page) for c in result.checks] == [("TABLE_FROM_LAYOUT", "info", 1)]
    assert not [c for c in ruled.checks if c.code in ("TABLE_WITHOUT_RULES", "TABLE_FROM_LAYOUT")]


def test_reads_like_header_needs_three_fields_of_header_words():
    from extract.parse.tables import reads_like_header
    assert reads_like_header("ที่ โครงการ/กิจกรรม วิธีการดำเนินการ หน่วยงานที่รับผิดชอบ ห้วงเวลา")
    assert not reads_like_header("มาตรการ ผู้รับผิดชอบ")  # two fields
    assert not reads_like_header("มาตรการนี้มีผู้รับผิดชอบคือกองคลังดำเนินการภายในระยะเวลาที่กำหนด")  # a sentence

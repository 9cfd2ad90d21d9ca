"""A Word page header (the body's name and place) printed on every page, less than a line above the
body: on the first page the PDF reader glues it to the title under it, and the copies on the next
pages were kept (a two-page document's margins were never compared; on more pages the glued first
copy did not count as the header's first appearance). A copy left in stood between two pieces of a
table and became the section heading of every row under it. Fixtures samples/libreoffice/
running_header_*.pdf (make_running_header.py)."""
from __future__ import annotations

from datetime import date

from extract import extract_paths
from extract.document import Line
from extract.readers.pdf import _drop_running_lines
from tests.conftest import SAMPLES

FIXTURES = SAMPLES / "libreoffice"


def test_a_two_page_report_gives_no_page_header_as_section():
    (result,) = extract_paths([FIXTURES / "running_header_report.pdf"], jobs=1)
    assert result.report.organization == "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอนแก้ว"
    assert [(m.table, m.title, m.output, m.status, m.recommendation, m.section) for m in result.measures] == [
        ("implementation", "จัดอบรมจริยธรรมเจ้าหน้าที่", "จัดอบรมแล้ว 1 ครั้ง ผู้เข้าร่วม 25 คน", "ดำเนินการแล้ว",
         None, None),
        ("implementation", "ปรับปรุงข้อมูลบนเว็บไซต์", "ปรับปรุงข้อมูลพื้นฐานครบถ้วน", "อยู่ระหว่าง",
         "เจ้าหน้าที่มีจำนวนน้อย", None),
        ("implementation", "สำรวจความพึงพอใจผู้รับบริการ", "ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ",
         "งบประมาณไม่เพียงพอ", None),
        ("implementation", "ประกาศเจตจำนงสุจริตของผู้บริหาร", "ประกาศเมื่อวันที่ 15 ตุลาคม 2566", "ดำเนินการแล้ว",
         None, None),
        ("implementation", "จัดทำรายงานการใช้จ่ายงบประมาณ", "รายงานทุกไตรมาส", "อยู่ระหว่าง", None, None),
    ]


def test_a_plan_over_four_pages_gives_no_page_header_as_section():
    (result,) = extract_paths([FIXTURES / "running_header_plan.pdf"], jobs=1)
    assert result.report.organization == "องค์การบริหารส่วนตำบลท่าช้าง"
    names = ["การเผยแพร่ข้อมูลข่าวสาร", "การจัดซื้อจัดจ้าง", "การบริหารทรัพยากรบุคคล", "การรับเรื่องร้องเรียน",
             "การใช้รถยนต์ส่วนกลาง", "การให้บริการประชาชน", "การประเมินความพึงพอใจ", "การป้องกันสินบน"]
    assert [(m.title, m.steps, m.responsible, m.period_start, m.period_end, m.section)
            for m in result.measures] == [
        (f"มาตรการ{name}", [f"จัดประชุมชี้แจงเรื่อง{name}", "ติดตามผลและรายงานผู้บริหาร",
                            "ปรับปรุงแนวทางตามข้อเสนอแนะ", "เผยแพร่ผลให้ประชาชนทราบ"],
         ["สำนักปลัด"], date(2024, 10, 1), date(2025, 9, 30), None) for name in names]


def test_the_header_glued_to_the_first_pages_title_is_its_first_appearance():
    head = "เทศบาลตำบลหนองไผ่ อำเภอเมือง จังหวัดอุดรธานี"
    title = "รายงานผลการดำเนินงานตามมาตรการ"
    pages = [[Line(text=head + title, page=1), ("header", head + title), Line(text="ย่อหน้าที่ 1", page=1)],
             [Line(text=head, page=2), ("header", head), Line(text="ย่อหน้าที่ 2", page=2)]]
    _drop_running_lines(pages)
    assert [[b.text for b in blocks] for blocks in pages] == [[head + title, "ย่อหน้าที่ 1"], ["ย่อหน้าที่ 2"]]


def test_two_pages_whose_top_lines_differ_keep_both():
    pages = [[Line(text="บันทึกข้อความ", page=1), ("header", "บันทึกข้อความ")],
             [Line(text="รายงานผลการดำเนินงาน", page=2), ("header", "รายงานผลการดำเนินงาน")]]
    _drop_running_lines(pages)
    assert [[b.text for b in blocks] for blocks in pages] == [["บันทึกข้อความ"], ["รายงานผลการดำเนินงาน"]]

"""The rules of measures_lists / measures_forms / tables' content roles on small documents,
including the cases that must yield nothing (the tables of cue words: schemas/measure_cues.py)."""
import pytest

from extract.clean import clean_table
from extract.document import Row, Table
from extract.parse.tables import content_role, header_rows, is_tick
from extract.pipeline import extract_document
from extract.readers.text import read_text

HEAD = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567\nเทศบาลตำบลหนองแก อำเภอหัวหิน จังหวัดประจวบคีรีขันธ์\n"


def run(text: str):
    return extract_document(read_text(text.encode("utf-8"), "x.txt", ""))


def table(*rows: list[str]) -> Table:
    """A table as the parsers get it: through the clean stage (its rows carry clean cells)."""
    return clean_table(Table(rows=[Row(cells=list(r)) for r in rows]))


def test_two_row_header_is_read_as_one_row():
    t = table(["กิจกรรม", "สถานะ", "", "ผู้รับผิดชอบ"], ["", "ทำแล้ว", "ยังไม่ทำ", ""], ["ก", "/", "", "กองคลัง"])
    assert header_rows(t) == (["กิจกรรม", "สถานะ ทำแล้ว", "สถานะ ยังไม่ทำ", "ผู้รับผิดชอบ"],
                              ["", "ทำแล้ว", "ยังไม่ทำ", ""], 2)


@pytest.mark.parametrize("second", [
    ["ก", "/", "", "กองคลัง"],          # a body row (its first cell is filled)
    ["", "ทำแล้ว", "", "ตามแผน"],        # a filled cell under a top cell that spans nothing
])
def test_a_second_row_that_is_no_sub_header_stays_in_the_body(second):
    t = table(["กิจกรรม", "สถานะ", "", "ผู้รับผิดชอบ"], second, ["ข", "", "/", "กองช่าง"])
    assert header_rows(t)[2] == 1


@pytest.mark.parametrize("cell,ticked", [
    ("/", True), ("✓", True), ("\uf0fe", True), ("\uf052", True), (" \uf0a8 ", False), ("\uf0a3", False),
    ("☐", False), ("ดำเนินการแล้ว", None), ("1/2", None), ("v", True), (" V ", True), ("iv", None), ("vs", None),
])
def test_tick_marks(cell, ticked):
    assert is_tick(cell) is ticked


@pytest.mark.parametrize("cells,role", [
    (["มกราคม 2567", "1 มี.ค. 2567 - 30 เม.ย. 2567", "ธันวาคม 2566"], "timeframe"),
    (["กองคลัง", "สำนักปลัด, กองช่าง", "หัวหน้างานพัสดุ"], "responsible"),
    (["ห้องประชุม", "หน้าเว็บไซต์", "มกราคม 2567"], None),
    (["๑๐,๐๐๐", "๒๕,๐๐๐", "-"], None),
])
def test_content_roles(cells, role):
    assert content_role(cells) == role


def test_a_list_whose_lead_in_names_no_measure_is_no_list_of_measures():
    result = run(HEAD + "ผู้ขอรับบริการยื่นคำร้องขอข้อมูลข่าวสาร ดังนี้\n1. กรอกแบบคำร้อง\n2. แนบสำเนาบัตร\n"
                        "3. ยื่นที่สำนักปลัด\n")
    assert result.measures == []


def test_improvements_outside_an_analysis_of_assessment_results_are_no_measures():
    text = HEAD + "รายงานการใช้รถยนต์ส่วนกลาง\nข้อเสนอแนะ\n1. ควรจัดทำสมุดบันทึก\n2. ควรตรวจสภาพรถ\n3. ควรจัดเวรขับรถ\n"
    assert run(text).measures == []
    analysis = text.replace("รายงานการใช้รถยนต์ส่วนกลาง", "จากผลการประเมินปีที่ผ่านมา")
    assert [m.table for m in run(analysis).measures] == ["improvement"] * 3


def test_a_list_needs_three_items_unless_they_name_projects():
    lead = HEAD + "เทศบาลกำหนดมาตรการ ดังนี้\n"
    assert run(lead + "1. ประกาศเจตนารมณ์\n2. เปิดเผยข้อมูล\n").measures == []
    assert len(run(lead + "1. โครงการอบรมคุณธรรม\n2. กิจกรรมวันต่อต้านคอร์รัปชัน\n").measures) == 2


def test_a_form_needs_its_title_and_two_other_fields():
    form = HEAD + "ชื่อกิจกรรม  อบรมคุณธรรม\nผู้รับผิดชอบ  สำนักปลัด\n"
    assert run(form).measures == []
    (m,) = run(form + "สถานะ  ☐ ดำเนินการแล้ว  ☑ อยู่ระหว่างดำเนินการ\n").measures
    assert (m.table, m.title, m.responsible, m.status) == (
        "implementation", "อบรมคุณธรรม", ["สำนักปลัด"], "อยู่ระหว่างดำเนินการ")


def test_forms_and_lists_outside_ita_yield_nothing_and_not_ita():
    text = ("กำหนดการแข่งขันกีฬาสีโรงเรียนบ้านนา\nกำหนดกิจกรรม ดังนี้\n1. พิธีเปิด\n2. ขบวนพาเหรด\n3. กรีฑา\n"
            "ชื่อกิจกรรม  กีฬาสี\nระยะเวลาดำเนินการ  มกราคม 2567\nผู้รับผิดชอบ  ครูพลศึกษา\n")
    result = run(text)
    assert result.measures == []
    assert "NOT_ITA" in {c.code for c in result.checks}

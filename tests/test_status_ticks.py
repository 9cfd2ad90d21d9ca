"""An implementation table whose status is given by tick columns under a merged header
("สถานะการดำเนินงาน" over "ดำเนินการแล้ว | อยู่ระหว่างดำเนินการ | ยังไม่ดำเนินการ"), and a header cell
spanning both header rows whose label wraps across them ("ผู้รับผิด" over "ชอบ", as a PDF's rows cut
it). The PDF is printed by Chromium from samples/chromium/status_ticks.html, written for this test."""
from extract import extract_paths
from extract.document import Row, Table
from extract.parse.tables import layout
from tests.conftest import SAMPLES


def _table(*rows: list[str]) -> Table:
    return Table(rows=[Row(cells=list(r), clean=list(r)) for r in rows])


def test_a_label_wrapped_across_the_header_rows_and_tick_options_under_a_group():
    lay = layout(_table(
        ["ลำดับ", "กิจกรรม", "ผลการดำเนินการ", "", "หน่วยงานที่รับ"],
        ["", "", "เสร็จแล้ว", "ยังไม่เสร็จ", "ผิดชอบ"],
        ["1", "ประชุมประจำเดือน", "✓", "", "สำนักปลัด"],
        ["2", "ทำป้ายประชาสัมพันธ์", "", "✓", "กองช่าง"]))
    assert lay.body_start == 2
    assert lay.fields == [None, "title", "status", "status", "responsible"]
    assert lay.options == {2: "เสร็จแล้ว", 3: "ยังไม่เสร็จ"}


def test_a_second_row_of_data_is_no_sub_header():
    # the top cell and the cell under it together name no field: the second row is a body row
    lay = layout(_table(
        ["ที่", "กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลา"],
        ["", "อบรมพนักงาน", "สำนักปลัด", "มกราคม"],
        ["", "ทำคู่มือ", "กองคลัง", "มีนาคม"]))
    assert lay.body_start == 1


def test_the_chromium_implementation_table():
    [result] = extract_paths([SAMPLES / "chromium" / "status_ticks.pdf"])
    assert result.report.report_kind == "implementation"
    assert [(m.row, m.title, m.status, m.output, m.responsible) for m in result.measures] == [
        (1, "เผยแพร่ข้อมูลข่าวสารบนเว็บไซต์ อบต.", "ดำเนินการแล้ว", "เผยแพร่ครบ ๓๓ รายการ", ["สำนักปลัด"]),
        (2, "อบรมคุณธรรมจริยธรรมพนักงาน", "อยู่ระหว่างดำเนินการ", "กำหนดจัดอบรมเดือนกรกฎาคม ๒๕๖๗", ["สำนักปลัด"]),
        (3, "จัดทำคู่มือป้องกันผลประโยชน์ทับซ้อน", "ยังไม่ดำเนินการ", None, ["กองคลัง"])]
    assert [c.code for c in result.checks] == []


def test_a_lone_v_among_ticks_is_a_tick(tmp_path):
    # a hospital's report whose status columns hold "✓" and, where the tick was typed or read so, "v":
    # each a tick of its option (before, the column holding "v" was no option column and its rows lost
    # their status)
    text = "\n".join([
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2568",
        "โรงพยาบาลชุมชนบ้านโคก อำเภอบ้านโคก จังหวัดอุตรดิตถ์", "",
        "ที่\tมาตรการ\tดำเนินการแล้ว\tอยู่ระหว่างดำเนินการ\tผู้รับผิดชอบ",
        "1\tจัดทำประกาศนโยบายไม่รับของขวัญ\tv\t\tกลุ่มงานบริหาร",
        "2\tเผยแพร่แผนการจัดซื้อยาและเวชภัณฑ์\t\tV\tกลุ่มงานเภสัชกรรม",
        "3\tประชุมชี้แจงการใช้รถราชการ\t✓\t\tกลุ่มงานบริหาร", ""])
    page = tmp_path / "report.txt"
    page.write_text(text, encoding="utf-8")
    [result] = extract_paths([page])
    assert [(m.row, m.title, m.status, m.responsible) for m in result.measures] == [
        (1, "จัดทำประกาศนโยบายไม่รับของขวัญ", "ดำเนินการแล้ว", ["กลุ่มงานบริหาร"]),
        (2, "เผยแพร่แผนการจัดซื้อยาและเวชภัณฑ์", "อยู่ระหว่างดำเนินการ", ["กลุ่มงานเภสัชกรรม"]),
        (3, "ประชุมชี้แจงการใช้รถราชการ", "ดำเนินการแล้ว", ["กลุ่มงานบริหาร"])]

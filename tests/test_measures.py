import pytest

from extract.parse.measures import measures_from_tables
from extract.parse.tables import header_field, is_measures_table, measure_columns
from extract.readers.text import read_text
from extract.clean import clean_document, clean_table
from extract.document import Row, Table
from extract.stitch import stitch


def measures_of(text, year=2566):
    tables = [b for b in stitch(clean_document(read_text(text.encode(), "x.txt", "0" * 64))).blocks if not hasattr(b, "text")]
    return measures_from_tables(tables, year)


@pytest.mark.parametrize("header,field", [
    ("มาตรการ/ แนวทาง", "title"), ("มาตรการ/ โครงการ/กิจกรรม", "title"),
    ("ประเด็นที่ต้องปรับปรุงแก้ไข/ ประเด็นที่ต้องพัฒนา", "title"),
    ("ขั้นตอนหรือวิธีการ/มาตรการ", "steps"), ("วิธีการดำเนินการ", "steps"),
    ("ช่วง ระยะเวลาใน การ ดำเนินการ", "timeframe"), ("ห้วงเวลาดำเนินการ", "timeframe"),
    ("การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ", "follow_up"),
    ("การติดตามผลการ ดำเนินการ", "follow_up"),
    ("ผลการดำเนินการ (Output)", "output"), ("ผลลัพธ์หรือผลสัมฤทธิ์ (Outcome/Result)", "outcome"),
    ("สถานการณ์ ดำเนินงาน", "status"), ("ข้อเสนอแนะ", "recommendation"),
    ("ผลการวิเคราะห์ ตัวชี้วัดตาม หลักเกณฑ์การ ประเมิน ITA", "rationale"),
    ("หน่วยงานที่รับผิดชอบ", "responsible"), ("หมายเหตุ", "note"), ("ลำดับที่", None),
])
def test_header_synonyms(header, field):
    assert header_field(header) == field


PLAN = ("มาตรการ\tผู้รับผิดชอบ\tวิธีการ\tห้วงเวลา\n"
        "๑. ลดขั้นตอนการให้บริการ\tสำนักปลัด/กองคลัง\t๑.ทบทวนขั้นตอน ๒.ประกาศให้ทราบ\tไตรมาสที่ ๒\n"
        "๒. ส่งเสริมความรู้เรื่องกฎหมายที่\tทุกสำนัก/กอง\t- อบรม\tเริ่มไตรมาสที่ ๓\n\n"
        "เกี่ยวข้องกับการปฏิบัติงาน\t\t- ประเมินผล\t\n"
        "๓. ตัวชี้วัดที่ ๙ เปิดเผยข้อมูล\tสำนักปลัด\tเผยแพร่\tตลอดปีงบประมาณ\n")


def test_columns_in_another_order_and_fragment_merge():
    out = measures_of(PLAN)
    assert [m.title for m in out.measures] == [
        "๑. ลดขั้นตอนการให้บริการ", "๒. ส่งเสริมความรู้เรื่องกฎหมายที่เกี่ยวข้องกับการปฏิบัติงาน",
        "๓. ตัวชี้วัดที่ ๙ เปิดเผยข้อมูล"]
    first, second, third = out.measures
    assert first.steps == ["ทบทวนขั้นตอน", "ประกาศให้ทราบ"]
    assert first.responsible == ["สำนักปลัด", "กองคลัง"]
    assert second.steps == ["อบรม", "ประเมินผล"] and second.responsible == ["ทุกสำนัก/กอง"]
    assert (first.table, first.timeframe, first.follow_up, first.output) == ("plan", "ไตรมาสที่ ๒", None, None)
    assert third.indicators == [9] and first.indicators == []
    assert [m.row for m in out.measures] == [1, 2, 3]
    assert [c.code for c in out.checks] == ["ROW_MERGED"]


def test_unnumbered_row_after_break_is_not_merged_when_titles_are_unnumbered():
    text = ("มาตรการ\tวิธีการ\tผู้รับผิดชอบ\nการปฏิบัติหน้าที่\tก\tข\n\nการใช้อำนาจ\tค\t\n")
    assert [m.title for m in measures_of(text).measures] == ["การปฏิบัติหน้าที่", "การใช้อำนาจ"]


def test_continued_marker_and_repeated_cells_kept_once():
    text = ("มาตรการ/โครงการ\tขั้นตอน\tระยะเวลา\tผู้รับผิดชอบ\tผลการดำเนินการ (Output)\n"
            "๖. เผยแพร่ช่องทางร้องเรียน นอกจากนี้ ควรเผยแพร่\t- ติดต่อผู้ทำเว็บไซต์\tตลอดปีงบประมาณ\tสำนักปลัด\tจัดทำช่องทาง\n\n"
            "มาตรการ/โครงการ\tขั้นตอน\tระยะเวลา\tผู้รับผิดชอบ\tผลการดำเนินการ (Output)\n"
            "(ต่อ) ช่องทางดังกล่าวในจุดบริการ\t(ต่อ) ของหน่วยงาน - จัดทำมาตรการคุ้มครอง\tตลอดปีงบประมาณ\tสำนักปลัด\t(ต่อ) แล้ว\n")
    (m,) = measures_of(text).measures
    assert m.title == "๖. เผยแพร่ช่องทางร้องเรียน นอกจากนี้ ควรเผยแพร่ช่องทางดังกล่าวในจุดบริการ"
    assert m.steps == ["ติดต่อผู้ทำเว็บไซต์ของหน่วยงาน", "จัดทำมาตรการคุ้มครอง"]
    assert m.responsible == ["สำนักปลัด"] and m.timeframe == "ตลอดปีงบประมาณ"
    assert m.output == "จัดทำช่องทางแล้ว" and m.table == "implementation"


def test_indicator_links_section_bullets_names_and_ranges():
    text = ("ประเด็นที่ต้องปรับปรุง\tผู้รับผิดชอบ\tขั้นตอน\tการรายงานผล\n"
            "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล -ข้อมูลพื้นฐาน\tก\tข\tค\n"
            "-การบริหารงบประมาณ\tก\tข\tค\n\n"
            "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร\n\n"
            "ประเด็นที่ต้องปรับปรุง\tผู้รับผิดชอบ\tขั้นตอน\tการรายงานผล\n"
            "e๖ การเผยแพร่ข้อมูล\tก\tข\tค\n"
            "การแก้ไขปัญหาคอร์รัปชัน\tก\tข\tค\n"
            "ตัวชี้วัดที่ ๑-๕ และ ๑๐\tก\tข\tค\n")
    out = measures_of(text)
    # an explicit reference in the section heading beats a name in the title (row 4)
    assert [m.indicators for m in out.measures] == [[9], [9], [7], [7], [1, 2, 3, 4, 5, 10]]
    assert {m.table for m in out.measures} == {"improvement"}
    assert out.measures[2].section == "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร"


def test_explicit_reference_beats_section_and_names_in_title_are_used():
    text = ("มาตรการ\tวิธีการ\tผู้รับผิดชอบ\nการแก้ไขปัญหาคอร์รัปชัน\tก\tข\n"
            "ประสิทธิภาพการในการ สื่อสาร\tก\tข\n")
    assert [m.indicators for m in measures_of(text).measures] == [[5], [7]]


def test_table_kind_from_heading_and_year_from_heading():
    text = ("รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕\n"
            "มาตรการ\tวิธีการ\tระยะเวลา\tการติดตามผล\nก\tข\tตลอดปีงบประมาณ\tง\n")
    (m,) = measures_of(text, year=2564).measures
    assert m.table == "implementation" and m.table_fiscal_year == 2565
    assert (str(m.period_start), str(m.period_end)) == ("2021-10-01", "2022-09-30")


def test_unknown_header_is_reported_and_non_measure_tables_ignored():
    out = measures_of("มาตรการ\tวิธีการ\tผู้รับผิดชอบ\tงบประมาณ\tตัวอย่างเอกสาร\nก\tข\tค\t๑๐,๐๐๐\t-\n")
    assert [c.code for c in out.checks] == ["TABLE_HEADER_UNKNOWN"]
    assert "ตัวอย่างเอกสาร" in out.checks[0].message
    assert not measures_of("ตัวชี้วัด\tประเด็นที่ต้องพัฒนา\nก\tข\n").measures
    assert not is_measures_table(clean_table(Table(rows=[Row(cells=["คะแนน", "ระดับ"])])))
    assert measure_columns(["ลำดับ", "วิธีการ", "ผู้รับผิดชอบ"])[0] == "title"  # clean header cells


def test_an_improvement_column_beside_the_issue_column_is_the_steps():
    # headers written for this test: "แนวทางการแก้ไข" begins with the title word "แนวทาง"
    out = measures_of("ประเด็นที่ต้องพัฒนา\tแนวทางการแก้ไข\tผู้รับผิดชอบ\tห้วงเวลา\n"
                      "การตอบข้อร้องเรียนล่าช้า\tกำหนดเวลาตอบภายใน ๑๕ วัน<br>รายงานผู้บริหารทุกเดือน\tกองช่าง\tตลอดปี\n")
    (m,) = out.measures
    assert (m.title, m.steps, m.responsible, m.timeframe) == (
        "การตอบข้อร้องเรียนล่าช้า", ["กำหนดเวลาตอบภายใน ๑๕ วัน", "รายงานผู้บริหารทุกเดือน"], ["กองช่าง"], "ตลอดปี")
    assert not out.checks


def test_a_period_in_start_and_end_sub_columns_is_one_range():
    # a two-row header written for this test: "ห้วงเวลา" over "ตั้งแต่ | ถึง"
    out = measures_of("ลำดับ\tกิจกรรม\tห้วงเวลา\t\tผู้รับผิดชอบ\n\t\tตั้งแต่\tถึง\t\n"
                      "๑\tอบรมจริยธรรมข้าราชการ\tม.ค. ๖๗\tมี.ค. ๖๗\tงานบุคคล\n"
                      "๒\tเผยแพร่รายงานการเงิน\t๑ เม.ย. ๖๗\t๓๐ ก.ย. ๖๗\tกองคลัง\n", year=2567)
    assert [(m.title, m.timeframe, str(m.period_start), str(m.period_end), m.responsible) for m in out.measures] == [
        ("อบรมจริยธรรมข้าราชการ", "ม.ค. ๖๗ - มี.ค. ๖๗", "2024-01-01", "2024-03-31", ["งานบุคคล"]),
        ("เผยแพร่รายงานการเงิน", "๑ เม.ย. ๖๗ - ๓๐ ก.ย. ๖๗", "2024-04-01", "2024-09-30", ["กองคลัง"])]
    assert not [c for c in out.checks if c.code == "COLUMN_FIELD_REPEATED"]


def test_sub_columns_naming_fields_of_their_own_keep_them():
    # "ผลการดำเนินงาน" over "ผลผลิต | ผลลัพธ์": output and outcome, not one output joined from both
    out = measures_of("มาตรการ\tผู้รับผิดชอบ\tผลการดำเนินงาน\t\n\t\tผลผลิต\tผลลัพธ์\n"
                      "จัดอบรมจริยธรรม\tงานบุคคล\tอบรม ๒ รุ่น ๙๐ คน\tบุคลากรรู้แนวปฏิบัติ\n", year=2567)
    assert [(m.title, m.output, m.outcome) for m in out.measures] == [
        ("จัดอบรมจริยธรรม", "อบรม ๒ รุ่น ๙๐ คน", "บุคลากรรู้แนวปฏิบัติ")]


def test_units_under_a_responsible_group_are_items_of_one_list():
    out = measures_of("มาตรการ\tวิธีการ\tผู้รับผิดชอบ\t\n\t\tหลัก\tร่วม\n"
                      "ตรวจสอบการเบิกจ่าย\tสุ่มตรวจฎีกา\tกองคลัง\tหน่วยตรวจสอบภายใน\n", year=2567)
    assert [m.responsible for m in out.measures] == [["กองคลัง", "หน่วยตรวจสอบภายใน"]]


def test_month_columns_of_a_gantt_plan_give_the_timeframe_not_a_status():
    # a plan written for this test: months under their years, marks "x" and "●"
    out = measures_of("กิจกรรม\tหน่วยงานรับผิดชอบ\tพ.ศ. ๒๕๖๗\t\t\tพ.ศ. ๒๕๖๘\t\n"
                      "\t\tต.ค.\tพ.ย.\tธ.ค.\tม.ค.\tก.พ.\n"
                      "ทบทวนคู่มือการปฏิบัติงาน\tงานนิติการ\tx\tx\t\t\t\n"
                      "ตรวจสอบการเบิกจ่าย\tกองคลัง\t\t\t\t●\t\n"
                      "สรุปผลการดำเนินงาน\tสำนักปลัด\t\t\t\t\t\n", year=2568)
    assert [(m.table, m.title, m.timeframe, str(m.period_start), str(m.period_end)) for m in out.measures] == [
        ("plan", "ทบทวนคู่มือการปฏิบัติงาน", "ต.ค. ๒๕๖๗ - พ.ย. ๒๕๖๗", "2024-10-01", "2024-11-30"),
        ("plan", "ตรวจสอบการเบิกจ่าย", "ม.ค. ๒๕๖๘", "2025-01-01", "2025-01-31"),
        ("plan", "สรุปผลการดำเนินงาน", None, "None", "None")]
    assert all(m.status is None for m in out.measures)


def test_quarter_columns_give_the_timeframe_too():
    out = measures_of("มาตรการ\tผู้รับผิดชอบ\tไตรมาสที่ ๑\tไตรมาสที่ ๒\tไตรมาสที่ ๓\tไตรมาสที่ ๔\n"
                      "จัดทำแผนป้องกันการทุจริต\tสำนักปลัด\t✓\t\t\t\n"
                      "รายงานผลตามแผน\tสำนักปลัด\t\t✓\t\t✓\n", year=2567)
    assert [(m.table, m.timeframe, str(m.period_start), str(m.period_end)) for m in out.measures] == [
        ("plan", "ไตรมาสที่ ๑", "2023-10-01", "2023-12-31"),
        ("plan", "ไตรมาสที่ ๒ - ไตรมาสที่ ๔", "2024-01-01", "2024-09-30")]


def test_a_second_column_naming_a_field_already_read_is_reported():
    out = measures_of("มาตรการ\tวิธีการ\tผู้รับผิดชอบหลัก\tผู้รับผิดชอบร่วม\nก\tข\tกองคลัง\tสำนักปลัด\n")
    (m,) = out.measures
    assert m.responsible == ["กองคลัง"]
    assert [(c.code, c.severity) for c in out.checks] == [("COLUMN_FIELD_REPEATED", "warning")]
    assert "ผู้รับผิดชอบร่วม" in out.checks[0].message and "column 3" in out.checks[0].message


@pytest.mark.parametrize("title_header,kind", [
    ("ประเด็น/มาตรการ", "plan"), ("ประเด็นที่ต้องพัฒนา", "improvement"), ("ประเด็นปัญหา", "improvement"),
    ("มาตรการ/แนวทาง", "plan"),
])
def test_issue_tables_are_improvement_tables(title_header, kind):
    (m,) = measures_of(f"{title_header}\tวิธีการ\tผู้รับผิดชอบ\nก\tข\tค\n").measures
    assert m.table == kind

"""Steps and time columns headed in words no report had used: "รายละเอียดการดำเนินงาน", "แนวทางดำเนินการ"
(it was read as a second title column and lost), "วิธีดำเนินงาน", "สิ่งที่จะดำเนินการ", and "กำหนดการ"
for the time (schemas/headers.MEASURE_HEADERS). Plans written for this test: a provincial administrative
organization's, a hospital's."""
from datetime import date

from extract import extract_paths

PAO = """แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
องค์การบริหารส่วนจังหวัดมุกดาหาร
โครงการ\tรายละเอียดการดำเนินงาน\tกำหนดการ\tหน่วยงานรับผิดชอบ
อบรมคุณธรรมจริยธรรมบุคลากร\tจัดอบรมปีละ ๒ รุ่น รุ่นละ ๕๐ คน\tมกราคม - มีนาคม ๒๕๖๘\tกองการเจ้าหน้าที่
"""

# other words: an issue column, "แนวทางดำเนินการ" beside it
HOSPITAL = """แผนการปรับปรุงตามผลการประเมิน ITA ปีงบประมาณ ๒๕๖๗ โรงพยาบาลดอนตาล
ประเด็นที่ต้องปรับปรุง\tแนวทางดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา
ข้อมูลการจัดซื้อจัดจ้างไม่เป็นปัจจุบัน\tมอบหมายงานพัสดุลงข้อมูลทุกสิ้นเดือน\tงานพัสดุ\tตลอดปีงบประมาณ ๒๕๖๗
"""

SCHOOL = """มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๘ โรงเรียนบ้านดงบัง
มาตรการ\tสิ่งที่จะดำเนินการ\tผู้รับผิดชอบ
ไม่รับของขวัญ\tประกาศนโยบายไม่รับของขวัญและแจ้งในที่ประชุมผู้ปกครอง\tฝ่ายบริหารทั่วไป
"""


def _measures(write_report, text):
    [result] = extract_paths([write_report(text)])
    assert [c.code for c in result.checks if c.code in ("TABLE_HEADER_UNKNOWN", "COLUMN_FIELD_REPEATED")] == []
    return result.measures


def test_details_and_schedule_columns(write_report):
    assert [(m.table, m.title, m.steps, m.timeframe, m.period_start, m.period_end, m.responsible)
            for m in _measures(write_report, PAO)] == [
        ("plan", "อบรมคุณธรรมจริยธรรมบุคลากร", ["จัดอบรมปีละ ๒ รุ่น รุ่นละ ๕๐ คน"], "มกราคม - มีนาคม ๒๕๖๘",
         date(2025, 1, 1), date(2025, 3, 31), ["กองการเจ้าหน้าที่"])]


def test_the_way_beside_an_issue_column(write_report):
    assert [(m.table, m.title, m.steps, m.responsible) for m in _measures(write_report, HOSPITAL)] == [
        ("improvement", "ข้อมูลการจัดซื้อจัดจ้างไม่เป็นปัจจุบัน", ["มอบหมายงานพัสดุลงข้อมูลทุกสิ้นเดือน"], ["งานพัสดุ"])]


def test_what_will_be_done_and_how(write_report):
    measures = _measures(write_report, SCHOOL)
    assert [(m.table, m.title, m.steps, m.responsible) for m in measures] == [
        ("plan", "ไม่รับของขวัญ", ["ประกาศนโยบายไม่รับของขวัญและแจ้งในที่ประชุมผู้ปกครอง"], ["ฝ่ายบริหารทั่วไป"])]


def test_the_other_words_name_their_fields():
    from extract.parse.tables import header_field

    assert [header_field(h) for h in ("วิธีดำเนินงาน", "แนวทางดำเนินงาน", "กำหนดการ", "แนวทาง")] == [
        "steps", "steps", "timeframe", "title"]

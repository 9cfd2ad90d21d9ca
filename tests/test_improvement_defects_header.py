"""An improvement table in words of its own: "ตัวชี้วัด | ข้อบกพร่องที่พบ | แนวทางการยกระดับ | ผู้รับผิดชอบ |
กำหนดเสร็จ" (the defects found, how the result will be raised). "ข้อบกพร่องที่พบ" matched no header (its
cells were left out, TABLE_HEADER_UNKNOWN) and "แนวทางการยกระดับ" was taken as the title by its "แนวทาง",
so each row's fix stood as its title and the issue was lost; the PDF of the same table was even a plan.
schemas/headers.py: the defects found are an issue column (title, ISSUE_TITLE_CUES, a finding column)
and "แนวทางการยกระดับ" a steps column: the table reads as "ประเด็นที่ต้องปรับปรุง | แนวทางการพัฒนา" does."""
from extract import extract_file

# written for this test: a sub-district council's improvement table
TABLE = (
    "แนวทางการปรับปรุงและพัฒนาตามผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n"
    "องค์การบริหารส่วนตำบลหนองแวง อำเภอเมือง จังหวัดร้อยเอ็ด\n"
    "\n"
    "ตัวชี้วัด\tข้อบกพร่องที่พบ\tแนวทางการยกระดับ\tผู้รับผิดชอบ\tกำหนดเสร็จ\n"
    "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\tข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน\tมอบหมายเจ้าหน้าที่ปรับปรุงข้อมูลทุกเดือน\tสำนักปลัด\tธันวาคม 2567\n"
    "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน\tผู้รับบริการรอนาน\tลดขั้นตอนการให้บริการ และจัดทำคู่มือประชาชน\tกองคลัง\tมีนาคม 2568\n"
)


def test_defects_found_and_how_to_raise_the_result(write_report):
    result = extract_file(write_report(TABLE, "improve.txt"))
    got = [(m.table, m.row, m.title, m.indicators, m.steps, m.responsible, m.timeframe, str(m.period_start),
            str(m.period_end), m.rationale, m.recommendation) for m in result.measures]
    assert got == [
        ("improvement", 1, "ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน", [9], ["มอบหมายเจ้าหน้าที่ปรับปรุงข้อมูลทุกเดือน"],
         ["สำนักปลัด"], "ธันวาคม 2567", "2024-12-01", "2024-12-31", None, None),
        ("improvement", 2, "ผู้รับบริการรอนาน", [6], ["ลดขั้นตอนการให้บริการ และจัดทำคู่มือประชาชน"],
         ["กองคลัง"], "มีนาคม 2568", "2025-03-01", "2025-03-31", None, None),
    ]
    assert [(f.indicator, f.text) for f in result.findings] == [
        (9, "ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน"), (6, "ผู้รับบริการรอนาน")]
    assert not [c for c in result.checks if c.code == "TABLE_HEADER_UNKNOWN"]

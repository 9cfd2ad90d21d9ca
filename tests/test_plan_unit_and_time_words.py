"""A plan whose unit and time columns are named by other words: "ส่วนราชการที่รับผิดชอบ" / "กลุ่มงานที่รับผิดชอบ",
"ผู้ปฏิบัติ", "(หน่วยงาน)เจ้าภาพ"; "เดือนที่ดำเนินการ", "ไตรมาสที่ดำเนินการ"; a result named "ผลสำเร็จ". They named
nothing, so the units and times were lost or guessed from the cells (COLUMN_ROLE_FROM_CONTENT) and the
table's header unknown (TABLE_HEADER_UNKNOWN). schemas/headers.py: whoever "…ที่รับผิดชอบ", carries out or
hosts a measure is responsible; the month, quarter or year it is done in is its timeframe; "ผลสำเร็จ" an
outcome. "ขอบเขตความรับผิดชอบ" (a scope) stays no unit."""
from extract import extract_file
from extract.parse.tables import header_field

# written for this test: a provincial office's plan
PLAN = (
    "แผนปฏิบัติการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568\n"
    "สำนักงานสาธารณสุขจังหวัดบึงกาฬ\n"
    "\n"
    "มาตรการ\tกิจกรรม\tส่วนราชการที่รับผิดชอบ\tเดือนที่ดำเนินการ\n"
    "มาตรการป้องกันการขัดกันระหว่างผลประโยชน์\tจัดทำแบบแสดงความไม่มีส่วนได้เสีย\tกลุ่มงานนิติการ\tพฤศจิกายน 2567\n"
    "มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง\tประกาศผลการจัดซื้อจัดจ้างรายเดือน\tกลุ่มงานบริหารทั่วไป\tตุลาคม 2567 - กันยายน 2568\n"
)


def test_unit_and_time_named_by_other_words(write_report):
    result = extract_file(write_report(PLAN, "plan.txt"))
    got = [(m.table, m.row, m.title, m.steps, m.responsible, m.timeframe, str(m.period_start), str(m.period_end))
           for m in result.measures]
    assert got == [
        ("plan", 1, "มาตรการป้องกันการขัดกันระหว่างผลประโยชน์", ["จัดทำแบบแสดงความไม่มีส่วนได้เสีย"], ["กลุ่มงานนิติการ"],
         "พฤศจิกายน 2567", "2024-11-01", "2024-11-30"),
        ("plan", 2, "มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง", ["ประกาศผลการจัดซื้อจัดจ้างรายเดือน"], ["กลุ่มงานบริหารทั่วไป"],
         "ตุลาคม 2567 - กันยายน 2568", "2024-10-01", "2025-09-30"),
    ]
    assert not [c for c in result.checks if c.code in ("TABLE_HEADER_UNKNOWN", "COLUMN_ROLE_FROM_CONTENT")]


def test_header_words():
    assert [header_field(h) for h in ("กลุ่มงานที่รับผิดชอบ", "ผู้ปฏิบัติ", "หน่วยงานเจ้าภาพ")] == ["responsible"] * 3
    assert [header_field(h) for h in ("ไตรมาสที่ดำเนินการ", "ปีที่ดำเนินการ")] == ["timeframe"] * 2
    assert header_field("ผลสำเร็จ") == "outcome"
    assert header_field("ตัวชี้วัดผลสำเร็จ") == "target"  # a plan's success indicator, as before
    assert header_field("ขอบเขตความรับผิดชอบ") is None

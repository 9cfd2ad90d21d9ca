"""A hospital's report of results in words of its own: "ที่ | กิจกรรมที่ดำเนินการ | ผลที่เกิดขึ้น | หลักฐานการ
ดำเนินงาน | ผู้รับผิดชอบหลัก | เสร็จสิ้น/ยังไม่เสร็จ". Only the title and the unit were named, so it was no
measures table at all (NO_RECORDS). schemas/headers.py: what resulted ("ผลที่เกิดขึ้น") is the output; progress
("ความคืบหน้า") and a header made of the options it is written with ("เสร็จสิ้น/ยังไม่เสร็จ", "ดำเนินการแล้ว")
the status; the evidence ("หลักฐาน…": a document, a link) no field of a measure and no unknown header; a
date column ("วันที่ดำเนินการแล้วเสร็จ") the timeframe, not the status its "แล้วเสร็จ" would make it."""
from extract import extract_file
from extract.parse.tables import header_field

# written for this test
REPORT = (
    "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ 12 เดือน\n"
    "โรงพยาบาลบ้านแพง จังหวัดนครพนม ปีงบประมาณ พ.ศ. 2567\n"
    "\n"
    "ที่\tกิจกรรมที่ดำเนินการ\tผลที่เกิดขึ้น\tหลักฐานการดำเนินงาน\tผู้รับผิดชอบหลัก\tเสร็จสิ้น/ยังไม่เสร็จ\n"
    "1\tประชุมชี้แจงแนวทางการป้องกันผลประโยชน์ทับซ้อน\tบุคลากรเข้าร่วม 85 คน\tรายงานการประชุม\tกลุ่มงานบริหารทั่วไป\tเสร็จสิ้น\n"
    "2\tเผยแพร่ข้อมูลจัดซื้อจัดจ้างบนเว็บไซต์\tเผยแพร่ครบ 12 เดือน\tลิงก์เว็บไซต์\tงานพัสดุ\tอยู่ระหว่างดำเนินการ\n"
)


def test_a_report_of_results_in_other_words(write_report):
    result = extract_file(write_report(REPORT, "report.txt"))
    got = [(m.table, m.row, m.title, m.steps, m.responsible, m.timeframe, m.output, m.outcome, m.status, m.note)
           for m in result.measures]
    assert got == [
        ("implementation", 1, "ประชุมชี้แจงแนวทางการป้องกันผลประโยชน์ทับซ้อน", [], ["กลุ่มงานบริหารทั่วไป"], None,
         "บุคลากรเข้าร่วม 85 คน", None, "เสร็จสิ้น", None),
        ("implementation", 2, "เผยแพร่ข้อมูลจัดซื้อจัดจ้างบนเว็บไซต์", [], ["งานพัสดุ"], None,
         "เผยแพร่ครบ 12 เดือน", None, "อยู่ระหว่างดำเนินการ", None),
    ]
    assert not [c for c in result.checks if c.severity != "info"]


def test_header_words():
    assert header_field("ความคืบหน้า (ร้อยละ)") == "status"
    assert header_field("ดำเนินการแล้ว") == "status"
    assert header_field("ผลที่เกิดขึ้น") == "output"
    assert header_field("เอกสารหลักฐาน/ลิงก์") == "evidence"
    # the field named first wins: a deadline, a date, a result
    assert header_field("กำหนดแล้วเสร็จ") == "timeframe"
    assert header_field("วันที่ดำเนินการแล้วเสร็จ") == "timeframe"
    assert header_field("ผลการดำเนินการแล้ว") == "output"

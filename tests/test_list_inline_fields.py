"""Numbered measures that name their responsible unit and time after the title, on the item's own
line ("๑. มาตรการ… ผู้รับผิดชอบ กองคลัง ระยะเวลา …"): the fields are read, the title is what precedes
them. A label inside a word, or a label followed by a sentence, leaves the item whole."""
from extract import extract_file
from extract.parse.measures_lists import inline_fields

# written for this test: a district office's plan in words of its own
PLAN = (
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568\n"
    "เทศบาลตำบลหนองกุง อำเภอเมือง จังหวัดขอนแก่น\n"
    "ผลการประเมิน ITA ปี 2567 ยังต้องปรับปรุงการเปิดเผยข้อมูล จึงกำหนดมาตรการดังนี้\n"
    "1. มาตรการจัดซื้อจัดจ้างโปร่งใส ประกาศแผนจัดซื้อในเว็บไซต์ ผู้รับผิดชอบ : กองคลัง ระยะเวลา : ตุลาคม 2567 - มีนาคม 2568\n"
    "2. มาตรการตรวจสอบการใช้ทรัพย์สินของราชการ ผู้รับผิดชอบ สำนักปลัด, กองช่าง\n"
    "3. มาตรการให้เจ้าหน้าที่ผู้รับผิดชอบรายงานผลต่อผู้บริหารทุกไตรมาส\n"
    "จึงประกาศให้ทราบโดยทั่วกัน\n"
)


def test_inline_fields_of_numbered_measures(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    got = [(m.row, m.title, m.responsible, m.timeframe, m.period_start and m.period_start.isoformat(),
            m.period_end and m.period_end.isoformat()) for m in extract_file(path).measures]
    assert got == [
        (1, "1. มาตรการจัดซื้อจัดจ้างโปร่งใส ประกาศแผนจัดซื้อในเว็บไซต์", ["กองคลัง"], "ตุลาคม 2567 - มีนาคม 2568",
         "2024-10-01", "2025-03-31"),
        (2, "2. มาตรการตรวจสอบการใช้ทรัพย์สินของราชการ", ["สำนักปลัด", "กองช่าง"], None, None, None),
        (3, "3. มาตรการให้เจ้าหน้าที่ผู้รับผิดชอบรายงานผลต่อผู้บริหารทุกไตรมาส", [], None, None, None),
    ]


def test_a_label_followed_by_prose_or_opening_the_item_keeps_it_whole():
    long = ("๑. จัดอบรมพนักงาน ผู้รับผิดชอบ ต้องรายงานผลการดำเนินงานให้ผู้บริหารทราบทุกเดือน "
            "และเผยแพร่ผลการอบรมบนเว็บไซต์ของหน่วยงานภายในสามสิบวันนับแต่วันที่อบรมเสร็จ")
    assert inline_fields(long) == (long, {})
    assert inline_fields("ผู้รับผิดชอบ กองคลัง") == ("ผู้รับผิดชอบ กองคลัง", {})
    twice = "๒. ตรวจสอบพัสดุ ระยะเวลา 1 เดือน ระยะเวลา 2 เดือน"
    assert inline_fields(twice) == (twice, {})


# written for this test: an analysis whose numbered sections end with suggestions numbered afresh
ANALYSIS = (
    "รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 โรงเรียนบ้านดอนแดง\n"
    "1. ผลการประเมินภาพรวม\n"
    "โรงเรียนได้คะแนนภาพรวม 88.20 คะแนน อยู่ในระดับ A\n"
    "2. ข้อเสนอแนะเพื่อการพัฒนา\n"
    "1) จัดทำรายงานการใช้จ่ายงบประมาณรายไตรมาส\n"
    "2) เปิดช่องทางร้องเรียนผ่านไลน์ของโรงเรียน\n"
    "3) ประชุมชี้แจงแนวทางการเปิดเผยข้อมูลแก่ครู\n"
)


def test_a_numbered_heading_introduces_a_list_numbered_afresh(tmp_path):
    path = tmp_path / "analysis.txt"
    path.write_text(ANALYSIS, encoding="utf-8")
    got = [(m.table, m.row, m.title) for m in extract_file(path).measures]
    assert got == [("improvement", 1, "1) จัดทำรายงานการใช้จ่ายงบประมาณรายไตรมาส"),
                   ("improvement", 2, "2) เปิดช่องทางร้องเรียนผ่านไลน์ของโรงเรียน"),
                   ("improvement", 3, "3) ประชุมชี้แจงแนวทางการเปิดเผยข้อมูลแก่ครู")]

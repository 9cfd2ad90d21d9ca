"""The body that directs or receives a small unit's work is its parent, not the document's subject,
however often it is named: a school's measures "ตามนโยบายของ สพป.ขอนแก่น เขต ๓ … รายงานผลต่อ
สพป.ขอนแก่น เขต ๓" and a รพ.สต.'s report "ตามแนวทางของ / ตามคำสั่ง / รายงานผลไปยังสำนักงานสาธารณสุข
จังหวัดขอนแก่น" were recorded as the parent (a wrong organization, and the parent's province). Rule:
CUES_BEFORE rows of role "parent" (นโยบายของ, แนวทางของ, คำสั่ง, รายงานผลต่อ, ไปยัง …); a parent's
mentions count neither as title nor towards how often a body is named (extract/parse/subject.Body.rank).
Texts written for this test."""


def _row(report):
    return (report.organization, report.org_type, report.district, report.province, report.fiscal_year)


def test_school_following_its_area_office(report_of):
    report = report_of("โรงเรียนบ้านโนนทอง\nมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๘\n"
                               "ตามนโยบายของ สพป.ขอนแก่น เขต ๓ ที่กำหนดให้สถานศึกษาดำเนินการ\n"
                               "และตามประกาศของ สพป.ขอนแก่น เขต ๓ เรื่องแนวทางการประเมิน\n"
                               "รายงานผลต่อ สพป.ขอนแก่น เขต ๓ ภายในเดือนกันยายน\n")
    assert _row(report) == ("โรงเรียนบ้านโนนทอง", "โรงเรียน", None, None, 2568)


def test_health_station_reporting_to_the_provincial_office(report_of):
    report = report_of("รพ.สต.บ้านโนนทอง\nรายงานผลการดำเนินงานตามมาตรการ ปีงบประมาณ ๒๕๖๘\n"
                               "ดำเนินการตามแนวทางของสำนักงานสาธารณสุขจังหวัดขอนแก่น\n"
                               "ตามคำสั่งสำนักงานสาธารณสุขจังหวัดขอนแก่น\n"
                               "และรายงานผลไปยังสำนักงานสาธารณสุขจังหวัดขอนแก่น\n")
    assert _row(report) == ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนนทอง", "โรงพยาบาลส่งเสริมสุขภาพตำบล", None, None, 2568)


def test_a_report_to_the_bodys_own_head_and_its_own_order_stay_the_subjects(report_of):
    report = report_of("บันทึกข้อความ\nรายงานผลการดำเนินงานตามมาตรการ ประจำปี ๒๕๖๘\n"
                               "ตามคำสั่งองค์การบริหารส่วนตำบลนาดี ที่ ๑๒/๒๕๖๗ เรื่องแต่งตั้งคณะทำงาน\n"
                               "จึงรายงานผลต่อนายกองค์การบริหารส่วนตำบลนาดี\n"
                               "ตามแนวทางของสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดอุดรธานี\n")
    assert _row(report) == ("องค์การบริหารส่วนตำบลนาดี", "องค์การบริหารส่วนตำบล", None, None, 2568)

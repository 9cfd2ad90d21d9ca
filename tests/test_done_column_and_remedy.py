"""Two columns of implementation reports that lost or misplaced their cells.

1. A column headed only "การดำเนินการ" / "การดำเนินงาน" (what was done) is the steps. The words also
   stand inside longer headers of other fields ("ผลการดำเนินงาน", "ระยะเวลาการดำเนินการ", and the group
   "ผลการดำเนินงาน" over "ผลผลิต | ผลลัพธ์"), so they name the steps only as the whole cell
   (schemas/headers.WHOLE_CELL_HEADERS); before, the column was TABLE_HEADER_UNKNOWN and its cells lost.
2. "ปัญหาอุปสรรค | แนวทางแก้ไข": the remedy of the problems met is the suggestion (recommendation), not
   the measure's steps (schemas/headers.FIELD_AFTER); the problems are then left out (FIELD_FALLBACKS).
Reports written for this test, as a subdistrict administration, a school and a district office would."""
from extract import extract_paths

# an อบต.'s implementation report: the done column beside the result column
OBT = """รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
องค์การบริหารส่วนตำบลโคกกลาง อำเภอพนมไพร จังหวัดร้อยเอ็ด

ที่\tมาตรการ\tการดำเนินงาน\tผลการดำเนินงาน\tผู้รับผิดชอบ
๑\tเปิดเผยข้อมูลการจัดซื้อจัดจ้าง\tลงประกาศผลการจัดซื้อจัดจ้างในเว็บไซต์ทุกเดือน\tเผยแพร่ครบ ๑๒ เดือน\tกองคลัง
๒\tส่งเสริมการมีส่วนร่วมของประชาชน\tจัดเวทีประชาคมหมู่บ้านปีละ ๒ ครั้ง\tจัดครบทั้ง ๑๒ หมู่บ้าน\tสำนักปลัด
"""

# other words: a school, "การดำเนินการ :" beside a time column holding the same word and the group
# "ผลการดำเนินงาน" over "ผลผลิต | ผลลัพธ์" (each sub-column keeps its own field)
SCHOOL = """รายงานผลการดำเนินการตามมาตรการป้องกันการทุจริต ปีงบประมาณ ๒๕๖๗ โรงเรียนบ้านหนองแวงใหญ่
กิจกรรม\tการดำเนินการ :\tระยะเวลาการดำเนินการ\tผลการดำเนินงาน\t
\t\t\tผลผลิต\tผลลัพธ์
ไม่รับของขวัญจากผู้ปกครอง\tแจ้งนโยบายในการประชุมผู้ปกครองทุกภาคเรียน\tพฤษภาคม ๒๕๖๗\tประชุม ๒ ครั้ง\tไม่มีการมอบของขวัญ
"""

# the problems met and their remedy after the result, and no steps column of its own
DISTRICT_OFFICE = """รายงานผลการดำเนินการตามมาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
ที่ว่าการอำเภอนาดี จังหวัดปราจีนบุรี
ลำดับ\tมาตรการ/กิจกรรม\tผลการดำเนินการ\tปัญหา/อุปสรรค\tแนวทางการแก้ไขปัญหา\tผู้รับผิดชอบ
๑\tรณรงค์ไม่รับของขวัญ\tประกาศนโยบายและติดป้ายทุกอาคาร\tผู้รับบริการบางรายยังนำของมามอบ\tชี้แจงผ่านหอกระจายข่าวทุกหมู่บ้าน\tฝ่ายบริหารงานทั่วไป
๒\tเผยแพร่แผนการจัดซื้อจัดจ้าง\tเผยแพร่ในเว็บไซต์ภายในเดือนตุลาคม\t-\t-\tฝ่ายการเงิน
"""

# other words: a hospital's done column and the remedy named "แนวทางแก้ไข" after "ปัญหาอุปสรรค"
HOSPITAL = """รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ ๒๕๖๗ โรงพยาบาลพนมไพร
มาตรการ\tสิ่งที่ดำเนินการ\tผลการดำเนินงาน\tปัญหาอุปสรรค\tแนวทางแก้ไข
ป้องกันผลประโยชน์ทับซ้อน\tให้บุคลากรลงนามแบบแสดงเจตนา\tลงนามร้อยละ ๙๕\tบุคลากรเวรดึกไม่ได้ลงนาม\tส่งแบบให้ลงนามผ่านหัวหน้าเวร
"""


def _run(write_report, text):
    [result] = extract_paths([write_report(text)])
    return result


def test_what_was_done_is_the_steps(write_report):
    result = _run(write_report, OBT)
    assert [(m.table, m.row, m.title, m.steps, m.output, m.responsible) for m in result.measures] == [
        ("implementation", 1, "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", ["ลงประกาศผลการจัดซื้อจัดจ้างในเว็บไซต์ทุกเดือน"],
         "เผยแพร่ครบ ๑๒ เดือน", ["กองคลัง"]),
        ("implementation", 2, "ส่งเสริมการมีส่วนร่วมของประชาชน", ["จัดเวทีประชาคมหมู่บ้านปีละ ๒ ครั้ง"],
         "จัดครบทั้ง ๑๒ หมู่บ้าน", ["สำนักปลัด"])]
    assert [c.code for c in result.checks if c.code in ("TABLE_HEADER_UNKNOWN", "COLUMN_FIELD_REPEATED")] == []


def test_the_done_column_beside_headers_holding_the_word(write_report):
    result = _run(write_report, SCHOOL)
    assert [(m.table, m.title, m.steps, m.timeframe, m.output, m.outcome) for m in result.measures] == [
        ("implementation", "ไม่รับของขวัญจากผู้ปกครอง", ["แจ้งนโยบายในการประชุมผู้ปกครองทุกภาคเรียน"], "พฤษภาคม ๒๕๖๗",
         "ประชุม ๒ ครั้ง", "ไม่มีการมอบของขวัญ")]
    assert [c.code for c in result.checks if c.code in ("TABLE_HEADER_UNKNOWN", "COLUMN_FIELD_REPEATED")] == []


def test_the_remedy_of_problems_met_is_the_recommendation(write_report):
    result = _run(write_report, DISTRICT_OFFICE)
    assert [(m.row, m.title, m.steps, m.output, m.recommendation, m.responsible) for m in result.measures] == [
        (1, "รณรงค์ไม่รับของขวัญ", [], "ประกาศนโยบายและติดป้ายทุกอาคาร", "ชี้แจงผ่านหอกระจายข่าวทุกหมู่บ้าน",
         ["ฝ่ายบริหารงานทั่วไป"]),
        (2, "เผยแพร่แผนการจัดซื้อจัดจ้าง", [], "เผยแพร่ในเว็บไซต์ภายในเดือนตุลาคม", None, ["ฝ่ายการเงิน"])]


def test_the_remedy_beside_a_done_column(write_report):
    result = _run(write_report, HOSPITAL)
    assert [(m.table, m.title, m.steps, m.output, m.recommendation) for m in result.measures] == [
        ("implementation", "ป้องกันผลประโยชน์ทับซ้อน", ["ให้บุคลากรลงนามแบบแสดงเจตนา"], "ลงนามร้อยละ ๙๕",
         "ส่งแบบให้ลงนามผ่านหัวหน้าเวร")]
    assert [c.code for c in result.checks if c.code in ("TABLE_HEADER_UNKNOWN", "COLUMN_FIELD_REPEATED")] == []


def test_the_words_inside_longer_headers_keep_those_fields():
    from extract.parse.tables import header_field, measure_columns

    assert [header_field(h) for h in ("การดำเนินงาน", "ผลการดำเนินงาน", "ระยะเวลาการดำเนินการ", "สถานะการดำเนินการ",
                                      "วิธีการดำเนินการ", "ผลการดำเนินงาน ผลลัพธ์", "สิ่งที่ได้ดำเนินการ")] == [
        "steps", "output", "timeframe", "status", "steps", "output", "steps"]
    # a remedy column with no problems column before it stays the steps ("ประเด็นที่ต้องพัฒนา | แนวทางแก้ไข")
    assert measure_columns(["ประเด็นที่ต้องพัฒนา", "แนวทางแก้ไข", "ผู้รับผิดชอบ"]) == ["title", "steps", "responsible"]


# no column named as the measures: the problems are each indicator's issues, their remedies the steps
# (read as before the rule: the indicator's row is the title, the problems stand in for the suggestion)
ANALYSIS = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
องค์การบริหารส่วนตำบลหนองแวง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น
ตัวชี้วัด\tคะแนน\tปัญหา/อุปสรรค\tแนวทางแก้ไข\tผู้รับผิดชอบ\tระยะเวลา
ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\t๗๘.๕๐\tข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน\tมอบหมายผู้ดูแลเว็บไซต์รายเดือน\tสำนักปลัด\tตุลาคม ๒๕๖๗
"""


def test_problems_of_an_indicator_with_their_remedies_stay_the_steps(write_report):
    result = _run(write_report, ANALYSIS)
    assert [(m.table, m.title, m.indicators, m.steps, m.recommendation, m.responsible) for m in result.measures] == [
        ("improvement", "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", [9], ["มอบหมายผู้ดูแลเว็บไซต์รายเดือน"],
         "ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน", ["สำนักปลัด"])]

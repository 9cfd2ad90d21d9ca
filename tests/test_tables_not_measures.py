"""Tables shaped like measures tables that list no measures (TABLE_NOT_MEASURES): a budget execution
report (a column of money paid out, no measure named over it) lists all the body's projects with their
spending; a plan's KPI list (its title column's rows are KPI measurements) lists metrics and results.
Either may name the ITA in a row; neither is the body's ITA measures. Texts written for this test, each
in two bodies' wording; a real implementation report with a spending column stays one."""
from __future__ import annotations

from extract import extract_paths

BUDGET = """รายงานผลการเบิกจ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567 ไตรมาสที่ 2
องค์การบริหารส่วนตำบลหนองกุง อำเภอนาเชือก จังหวัดมหาสารคาม
ภาพรวมการเบิกจ่ายงบประมาณ คิดเป็นร้อยละ 58.62 ของงบประมาณทั้งหมด
ที่\tโครงการ/กิจกรรม\tงบประมาณ (บาท)\tผลการเบิกจ่าย (บาท)\tร้อยละ\tผู้รับผิดชอบ\tหมายเหตุ
1\tโครงการเสริมสร้างคุณธรรมจริยธรรมเพื่อยกระดับผลการประเมิน ITA\t30,000\t28,500\t95.00\tสำนักปลัด\tดำเนินการแล้ว
2\tโครงการจ้างเหมาบริการกำจัดขยะ\t480,000\t240,000\t50.00\tกองสาธารณสุข\t-
3\tโครงการซ่อมแซมถนนลูกรัง\t200,000\t0\t0.00\tกองช่าง\tยังไม่ดำเนินการ
"""
# another body, other words: "ใช้จ่ายจริง", a plan of projects with a purpose column
BUDGET_2 = """เทศบาลตำบลโนนแดง อำเภอโนนแดง จังหวัดนครราชสีมา
สรุปการใช้จ่ายเงินตามแผนพัฒนาท้องถิ่น ปี 2566 (เผยแพร่ตามเกณฑ์ ITA ข้อ O14)
ลำดับ\tชื่อโครงการ\tวัตถุประสงค์\tงบประมาณตามแผน\tใช้จ่ายจริง\tหน่วยงานรับผิดชอบ
1\tโครงการพัฒนาระบบเว็บไซต์ (ITA)\tเพื่อเผยแพร่ข้อมูลข่าวสาร\t25,000\t24,000\tสำนักปลัด
2\tโครงการขุดลอกคลองสาธารณะ\tเพื่อแก้ไขปัญหาน้ำท่วม\t350,000\t349,500\tกองช่าง
"""
KPI = """รายงานผลการดำเนินงานตามตัวชี้วัด (KPI) ประจำปีงบประมาณ พ.ศ. 2566
โรงพยาบาลนาเชือก จังหวัดมหาสารคาม
ตัวชี้วัด\tค่าเป้าหมาย\tผลการดำเนินงาน\tผลการประเมิน\tแนวทางแก้ไข
1. ร้อยละของผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้\t40\t42.30\tผ่าน\t-
2. ผลการประเมินคุณธรรมและความโปร่งใส (ITA)\t92\t94.15\tผ่าน\tรักษามาตรฐาน
3. ระดับความสำเร็จของการเปิดเผยข้อมูลสาธารณะ\t5\t4\tไม่ผ่าน\tเร่งเผยแพร่ข้อมูลให้ครบถ้วน
4. ร้อยละการเบิกจ่ายงบประมาณ\t100\t87.45\tไม่ผ่าน\tเร่งรัดการเบิกจ่าย
"""
KPI_2 = """สำนักงานเขตพื้นที่การศึกษาประถมศึกษาบุรีรัมย์ เขต 2
ผลการดำเนินงานตามตัวชี้วัดแผนปฏิบัติราชการ ประจำปี 2567 (รวมตัวชี้วัดการประเมิน ITA)
ตัวชี้วัด\tเป้าหมาย\tผลการดำเนินงาน\tผู้รับผิดชอบ
อัตราการเข้าเรียนของเด็กในเขตบริการ\t98\t99.10\tกลุ่มส่งเสริมการจัดการศึกษา
จำนวนโรงเรียนที่ผ่านการประเมิน ITA ระดับ A ขึ้นไป\t120\t131\tกลุ่มอำนวยการ
ร้อยละความสำเร็จของการจัดซื้อจัดจ้างตามแผน\t100\t96.50\tกลุ่มบริหารงานการเงินและสินทรัพย์
"""
# measures with money paid out, named as measures over the table: still measures
MEASURES = """รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567
องค์การบริหารส่วนตำบลหนองกุง อำเภอนาเชือก จังหวัดมหาสารคาม
ที่\tโครงการ/กิจกรรม\tงบประมาณ (บาท)\tผลการเบิกจ่าย (บาท)\tผู้รับผิดชอบ\tผลการดำเนินงาน
1\tเผยแพร่แผนการจัดซื้อจัดจ้างบนเว็บไซต์\t0\t0\tกองคลัง\tดำเนินการแล้ว
2\tจัดอบรมคุณธรรมจริยธรรมแก่บุคลากร\t30,000\t28,500\tสำนักปลัด\tดำเนินการแล้ว
"""


def _run(write_report, text: str):
    [result] = extract_paths([write_report(text)])
    return result


def _not_measures(result) -> list[tuple[str, int | None, str]]:
    return [(c.severity, c.where.line, c.message.split(" (header")[0]) for c in result.checks if c.code == "TABLE_NOT_MEASURES"]


def test_a_budget_execution_table_has_no_measures(write_report):
    for text in (BUDGET, BUDGET_2):
        result = _run(write_report, text)
        assert result.measures == [] and result.scores == []
        assert _not_measures(result) == [
            ("info", 4 if text is BUDGET else 3, "A table shaped like a measures table is a budget execution report")]


def test_a_kpi_list_has_no_measures(write_report):
    for text in (KPI, KPI_2):
        result = _run(write_report, text)
        assert result.measures == [] and result.scores == []
        assert _not_measures(result) == [("info", 3, "A table shaped like a measures table is a list of a plan's KPIs")]


def test_measures_with_a_spending_column_stay_measures(write_report):
    result = _run(write_report, MEASURES)
    assert [(m.table, m.title, m.responsible) for m in result.measures] == [
        ("implementation", "เผยแพร่แผนการจัดซื้อจัดจ้างบนเว็บไซต์", ["กองคลัง"]),
        ("implementation", "จัดอบรมคุณธรรมจริยธรรมแก่บุคลากร", ["สำนักปลัด"])]
    assert _not_measures(result) == []


SPENT_LIST = """เทศบาลตำบลนายูง อำเภอนายูง จังหวัดอุดรธานี
รายงานผลการใช้จ่ายงบประมาณ ประจำปี 2566
โครงการที่ได้ดำเนินการ
1. โครงการก่อสร้างรางระบายน้ำ หมู่ 3 งบประมาณ 450,000 บาท เบิกจ่าย 449,000 บาท
2. โครงการอบรมคุณธรรมจริยธรรมพนักงาน (ITA) งบประมาณ 20,000 บาท เบิกจ่าย 18,500 บาท
3. โครงการจัดงานประเพณีลอยกระทง งบประมาณ 100,000 บาท เบิกจ่าย 98,000 บาท
ผู้รับผิดชอบ กองคลัง
"""
SPENT_LIST_2 = """องค์การบริหารส่วนตำบลบ้านก้อง อำเภอนายูง จังหวัดอุดรธานี
สรุปการใช้เงินรายโครงการ ปีงบประมาณ 2567 (เผยแพร่ตาม OIT)
๑) โครงการพัฒนาเว็บไซต์เพื่อการประเมิน ITA ใช้จ่ายจริง ๑๕,๐๐๐ บาท
๒) โครงการซ่อมสร้างถนนลาดยาง ใช้จ่ายจริง ๘๙๐,๐๐๐ บาท
"""


def test_a_list_of_projects_with_their_spending_has_no_measures(write_report):
    """Projects listed each with the money paid out (measure_cues.DISBURSED_HEADER in every item), no
    lead-in naming measures: a budget report's lines, not the "items named as projects" plan."""
    for text in (SPENT_LIST, SPENT_LIST_2):
        assert _run(write_report, text).measures == []
    # the same projects without the spending are still a plan's items
    plan = "\n".join(line.split(" งบประมาณ")[0] for line in SPENT_LIST.splitlines()) + "\n"
    assert [m.title for m in _run(write_report, plan).measures] == [
        "1. โครงการก่อสร้างรางระบายน้ำ หมู่ 3", "2. โครงการอบรมคุณธรรมจริยธรรมพนักงาน (ITA)",
        "3. โครงการจัดงานประเพณีลอยกระทง"]


# The working group's tasks for the assessment itself (measure_cues.ASSESSMENT_EVIDENCE): gather the O-items,
# upload them to ITAS, have staff and users answer the IIT/EIT. An order appointing the group, and a school's
# calendar in other words (o.1, "แบบวัดการรับรู้", "ผู้ดำเนินการ | ระยะเวลา")
TASKS = """คำสั่งองค์การบริหารส่วนตำบลหนองบัวแดง
ที่ 123/2567
เรื่อง แต่งตั้งคณะทำงานการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567
ให้คณะทำงานมีหน้าที่ตามตาราง ดังนี้
ลำดับ\tกิจกรรม/ภารกิจ\tผู้รับผิดชอบ\tกำหนดส่ง
1\tรวบรวมข้อมูล O1-O10\tสำนักปลัด\t31 มี.ค. 2567
2\tจัดทำข้อมูล O11-O20\tกองคลัง\t15 เม.ย. 2567
3\tจัดทำข้อมูล O21-O33 และอัปโหลดในระบบ ITAS\tกองช่าง\t30 เม.ย. 2567
สั่ง ณ วันที่ 10 มกราคม พ.ศ. 2567
"""
TASKS_2 = """โรงเรียนบ้านโนนสว่าง สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต 1
ปฏิทินการเตรียมรับการประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ 2568
ที่\tรายการ\tผู้ดำเนินการ\tระยะเวลา
1\tนำเข้าหลักฐานตัวชี้วัด o.1 - o.12 ในระบบ ITAS\tนางสาวพิมพ์ใจ ศรีสุข\tธันวาคม 2567
2\tแจ้งครูและบุคลากรตอบแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน\tผู้อำนวยการโรงเรียน\tมกราคม 2568
3\tเชิญชวนผู้ปกครองตอบแบบสำรวจ EIT ผ่านคิวอาร์โค้ด\tครูประจำชั้น\tกุมภาพันธ์ 2568
4\tตรวจสอบลิงก์ข้อมูล o13 ถึง o22 บนเว็บไซต์โรงเรียน\tครูคอมพิวเตอร์\tมีนาคม 2568
"""
# measures about the O-items, named as measures over the table; the O-items an analysis found lacking
MEASURES_ON_ITEMS = """เทศบาลเมืองบ้านไผ่ อำเภอบ้านไผ่ จังหวัดขอนแก่น
มาตรการยกระดับการเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ พ.ศ. 2568
กิจกรรม\tผู้รับผิดชอบ\tระยะเวลา
ปรับปรุงข้อมูล O1-O10 บนเว็บไซต์ให้เป็นปัจจุบันทุกเดือน\tสำนักปลัดเทศบาล\tต.ค. 2567 - ก.ย. 2568
จัดทำคู่มือการเผยแพร่ข้อมูล O11-O20 ให้ทุกกองถือปฏิบัติ\tกองคลัง\tธ.ค. 2567
"""
ISSUES_ON_ITEMS = """โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอน อำเภอเมือง จังหวัดยโสธร
ผลการประเมิน ITA ปี 2567 ได้ 78.50 คะแนน
ประเด็นที่ต้องพัฒนา\tแนวทางการพัฒนา\tผู้รับผิดชอบ
O12 ยังไม่เผยแพร่รายงานการจัดซื้อจัดจ้างรายเดือน\tมอบหมายเจ้าหน้าที่พัสดุเผยแพร่ทุกวันที่ 10 ของเดือน\tเจ้าหน้าที่พัสดุ
O20 ยังไม่มีช่องทางรับเรื่องร้องเรียนการทุจริต\tเพิ่มช่องทางร้องเรียนออนไลน์บนเว็บไซต์\tผู้อำนวยการ
"""
TASKS_MESSAGE = "A table shaped like a measures table is a task list of preparing the assessment's evidence"


def test_a_task_list_of_the_assessments_evidence_has_no_measures(write_report):
    for text, line in ((TASKS, 5), (TASKS_2, 3)):
        result = _run(write_report, text)
        assert result.measures == [] and result.findings == [] and result.scores == []
        assert _not_measures(result) == [("info", line, TASKS_MESSAGE)]
        assert [c.code for c in result.checks if c.severity != "info"] == ["NO_RECORDS"]


def test_measures_and_issues_about_o_items_stay(write_report):
    result = _run(write_report, MEASURES_ON_ITEMS)
    assert [(m.table, m.title, m.responsible, m.timeframe) for m in result.measures] == [
        ("plan", "ปรับปรุงข้อมูล O1-O10 บนเว็บไซต์ให้เป็นปัจจุบันทุกเดือน", ["สำนักปลัดเทศบาล"], "ต.ค. 2567 - ก.ย. 2568"),
        ("plan", "จัดทำคู่มือการเผยแพร่ข้อมูล O11-O20 ให้ทุกกองถือปฏิบัติ", ["กองคลัง"], "ธ.ค. 2567")]
    result = _run(write_report, ISSUES_ON_ITEMS)
    assert [(m.table, m.title, m.steps, m.responsible) for m in result.measures] == [
        ("improvement", "O12 ยังไม่เผยแพร่รายงานการจัดซื้อจัดจ้างรายเดือน",
         ["มอบหมายเจ้าหน้าที่พัสดุเผยแพร่ทุกวันที่ 10 ของเดือน"], ["เจ้าหน้าที่พัสดุ"]),
        ("improvement", "O20 ยังไม่มีช่องทางรับเรื่องร้องเรียนการทุจริต", ["เพิ่มช่องทางร้องเรียนออนไลน์บนเว็บไซต์"], ["ผู้อำนวยการ"])]
    assert _not_measures(result) == []


# a log of complaints received (measure_cues.COMPLAINT_TITLE), in two bodies' words; measures on handling
# complaints, named as measures over the table, stay
COMPLAINTS = """รายงานสรุปผลการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ 2567
องค์การบริหารส่วนตำบลนาคำ อำเภอศรีสงคราม จังหวัดนครพนม (ข้อมูลตามตัวชี้วัด O32 การประเมิน ITA)
ลำดับ\tประเด็นที่ร้องเรียน\tผลการดำเนินการ\tผู้รับผิดชอบ
1\tเจ้าหน้าที่เรียกรับเงินค่าธรรมเนียมเกินอัตรา\tตรวจสอบแล้วไม่พบมูลความผิด\tสำนักปลัด
2\tการจัดซื้อวัสดุไม่โปร่งใส\tอยู่ระหว่างการสอบข้อเท็จจริง\tกองคลัง
"""
COMPLAINTS_2 = """ทะเบียนรับเรื่องร้องทุกข์ โรงพยาบาลศรีสงคราม จังหวัดนครพนม ปีงบประมาณ 2568 (เผยแพร่ตามเกณฑ์ ITA)
ที่\tเรื่องร้องทุกข์\tวันที่รับเรื่อง\tการดำเนินการ\tหน่วยงานที่รับผิดชอบ
1\tญาติผู้ป่วยร้องทุกข์ว่ารอตรวจนานเกินสามชั่วโมง\t4 พ.ย. 2567\tชี้แจงและปรับระบบนัดหมาย\tกลุ่มงานการพยาบาล
2\tผู้รับบริการแจ้งว่าเจ้าหน้าที่พูดจาไม่สุภาพ\t20 ธ.ค. 2567\tว่ากล่าวตักเตือนและอบรมการบริการ\tกลุ่มงานบริหารทั่วไป
"""
COMPLAINT_MEASURES = """มาตรการจัดการเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ 2568
องค์การบริหารส่วนตำบลนาคำ อำเภอศรีสงคราม จังหวัดนครพนม
กิจกรรม\tผู้รับผิดชอบ\tระยะเวลา
เปิดช่องทางร้องเรียนออนไลน์ผ่านเว็บไซต์\tสำนักปลัด\tต.ค. 2567
รายงานผลการจัดการเรื่องร้องเรียนต่อผู้บริหารทุกเดือน\tสำนักปลัด\tทุกเดือน
"""


def test_a_log_of_complaints_has_no_measures(write_report):
    for text, line in ((COMPLAINTS, 3), (COMPLAINTS_2, 2)):
        result = _run(write_report, text)
        assert result.measures == [] and result.findings == []
        assert _not_measures(result) == [("info", line, "A table shaped like a measures table is a log of complaints received")]
    result = _run(write_report, COMPLAINT_MEASURES)
    assert [(m.table, m.title, m.responsible) for m in result.measures] == [
        ("plan", "เปิดช่องทางร้องเรียนออนไลน์ผ่านเว็บไซต์", ["สำนักปลัด"]),
        ("plan", "รายงานผลการจัดการเรื่องร้องเรียนต่อผู้บริหารทุกเดือน", ["สำนักปลัด"])]

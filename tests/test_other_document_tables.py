"""Tables in a document of another kind (measure_cues.OTHER_DOCUMENT_TITLES: a procurement plan, a staff
development plan, an annual report, a service manual, meeting minutes, the body's action plan, an order
appointing a committee) are that document's work: purchases, trainings, the year's projects, a service's steps,
the appointees' duties. Such documents are published as the assessment's evidence
and name the ITA, but their rows are not the body's ITA measures (TABLE_NOT_MEASURES, info). A measure
named over a table of such a document, a plan titled by the integrity work itself, and a measures plan in
words of its own stay measures. Texts
written for this test."""
from __future__ import annotations

from tests.conftest import word_file
from extract import extract_paths

PROCUREMENT = """ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568
โรงเรียนบ้านหนองแวง สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 3
เพื่อให้เป็นไปตามเกณฑ์การประเมินคุณธรรมและความโปร่งใส (ITA) ข้อ O16
ที่\tโครงการ/รายการ\tงบประมาณ\tผู้รับผิดชอบ\tช่วงเวลาที่คาดว่าจะประกาศ
1\tซื้อหนังสือเรียนปีการศึกษา 2568\t120,000\tครูวิชาการ\tมีนาคม 2568
2\tจ้างซ่อมหลังคาอาคารเรียน\t85,000\tครูพัสดุ\tเมษายน 2568
"""
# a notice naming its subject after "เรื่อง"
PROCUREMENT_NOTICE = """ประกาศองค์การบริหารส่วนตำบลคำแคน
เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568
อาศัยอำนาจตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 และเพื่อให้สอดคล้องกับการประเมิน ITA
ลำดับ\tชื่อโครงการ\tวงเงินงบประมาณ\tระยะเวลาดำเนินการ\tหน่วยงานรับผิดชอบ
1\tโครงการก่อสร้างถนนคอนกรีต หมู่ 5\t500,000\tธันวาคม 2567\tกองช่าง
2\tโครงการจัดซื้ออาหารเสริม (นม)\t900,000\tตุลาคม 2567 - กันยายน 2568\tกองการศึกษา
ประกาศ ณ วันที่ 5 ตุลาคม 2567
"""
STAFF = """แผนการพัฒนาทรัพยากรบุคคล ปีงบประมาณ 2568
องค์การบริหารส่วนจังหวัดมหาสารคาม
(ข้อมูลตามตัวชี้วัดการประเมิน ITA ด้านการบริหารงานบุคคล)
ลำดับ\tโครงการ/หลักสูตร\tวัตถุประสงค์\tผู้รับผิดชอบ\tระยะเวลา
1\tอบรมหลักสูตรนักบริหารงานท้องถิ่น\tเพื่อพัฒนาทักษะผู้บริหาร\tกองการเจ้าหน้าที่\tมกราคม 2568
2\tโครงการเสริมสร้างวินัยและป้องกันการทุจริต\tเพื่อให้บุคลากรรู้ระเบียบวินัย\tกองการเจ้าหน้าที่\tมีนาคม 2568
"""
MANUAL = """คู่มือสำหรับประชาชน งานรับชำระภาษีที่ดินและสิ่งปลูกสร้าง
เทศบาลตำบลบ้านแฮด อำเภอบ้านแฮด จังหวัดขอนแก่น
จัดทำเพื่อเผยแพร่ตามการประเมินคุณธรรมและความโปร่งใส (ITA)
ลำดับ\tขั้นตอนการให้บริการ\tระยะเวลาให้บริการ\tส่วนงานที่รับผิดชอบ
1\tยื่นแบบแสดงรายการภาษี\t5 นาที\tงานจัดเก็บรายได้ กองคลัง
2\tคำนวณภาษีและออกใบเสร็จ\t10 นาที\tงานจัดเก็บรายได้ กองคลัง
"""
ACTION_PLAN = """แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568
องค์การบริหารส่วนตำบลบ้านค้อ อำเภอเมืองขอนแก่น จังหวัดขอนแก่น
ยุทธศาสตร์ที่ 5 การบริหารจัดการที่ดีตามหลักธรรมาภิบาล (สนับสนุนการประเมิน ITA)
ที่\tโครงการ\tวัตถุประสงค์\tงบประมาณ\tผู้รับผิดชอบ
1\tโครงการจัดทำแผนที่ภาษี\tเพื่อเพิ่มรายได้\t100,000\tกองคลัง
2\tโครงการอบรมคุณธรรมจริยธรรม\tเพื่อส่งเสริมคุณธรรม\t20,000\tสำนักปลัด
3\tโครงการก่อสร้างศาลาประชาคม\tเพื่อเป็นที่ประชุมหมู่บ้าน\t300,000\tกองช่าง
"""
# an order appointing a committee on integrity: the members' duties, no O-items
ORDER_DUTIES = """คำสั่งโรงพยาบาลเขาวง
ที่ 88/2568
เรื่อง แต่งตั้งคณะกรรมการขับเคลื่อนคุณธรรมและความโปร่งใส
ให้คณะกรรมการมีหน้าที่ ดังนี้
ที่\tหน้าที่\tผู้รับผิดชอบ\tระยะเวลา
1\tกำกับ ติดตามการดำเนินงานตามแผน\tประธานกรรมการ\tตลอดปีงบประมาณ
2\tประสานงานกับสำนักงานสาธารณสุขจังหวัด\tเลขานุการ\tตลอดปีงบประมาณ
สั่ง ณ วันที่ 1 ตุลาคม 2567
"""
ANNUAL_PERFORMANCE = """รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567
องค์การบริหารส่วนตำบลหนองไผ่ อำเภอเมือง จังหวัดอุดรธานี
(ข้อมูลตามตัวชี้วัด O8 รายงานผลการดำเนินงานประจำปี การประเมิน ITA)
ที่\tโครงการ/กิจกรรม\tงบประมาณ\tผลการดำเนินงาน\tผู้รับผิดชอบ
1\tโครงการซ่อมแซมถนนสายบ้านหนองไผ่\t200,000\tดำเนินการแล้วเสร็จ\tกองช่าง
2\tโครงการจัดงานวันผู้สูงอายุ\t50,000\tผู้สูงอายุเข้าร่วม 300 คน\tสำนักปลัด
"""
AUDIT_PLAN = """แผนการตรวจสอบภายในประจำปีงบประมาณ พ.ศ. 2568
องค์การบริหารส่วนตำบลหนองไผ่ อำเภอเมือง จังหวัดอุดรธานี
(ประกอบการประเมิน ITA)
ที่\tกิจกรรมที่ตรวจสอบ\tผู้รับผิดชอบ\tระยะเวลาดำเนินการ
1\tการตรวจสอบการรับเงิน การเบิกจ่ายเงิน\tหน่วยตรวจสอบภายใน\tไตรมาส 1
2\tการตรวจสอบพัสดุประจำปี\tหน่วยตรวจสอบภายใน\tไตรมาส 2
"""
# a year's report of the integrity work itself: its projects are measures carried out
ANNUAL_INTEGRITY = """รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567 ตามแผนปฏิบัติการป้องกันการทุจริต
องค์การบริหารส่วนตำบลหนองไผ่ อำเภอเมือง จังหวัดอุดรธานี
ที่\tโครงการ/กิจกรรม\tงบประมาณ\tผลการดำเนินงาน\tผู้รับผิดชอบ
1\tโครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหารและพนักงาน\t20,000\tผู้เข้าร่วม 45 คน\tสำนักปลัด
2\tกิจกรรมเผยแพร่ข้อมูลการจัดซื้อจัดจ้างทางเว็บไซต์\t0\tเผยแพร่ครบ 12 เดือน\tกองคลัง
"""
# an action plan of the integrity work itself: its projects are measures
ANTI_CORRUPTION_PLAN = """แผนปฏิบัติราชการด้านการป้องกันและปราบปรามการทุจริตและประพฤติมิชอบ ประจำปี 2568
สำนักงานเกษตรอำเภอน้ำพอง จังหวัดขอนแก่น
ที่\tโครงการ\tวัตถุประสงค์\tงบประมาณ\tผู้รับผิดชอบ
1\tโครงการเสริมสร้างวัฒนธรรมองค์กรสุจริต\tเพื่อปลูกฝังค่านิยมสุจริต\t10,000\tฝ่ายบริหารทั่วไป
2\tโครงการเปิดช่องทางแจ้งเบาะแสการทุจริต\tเพื่อรับเรื่องร้องเรียน\t0\tฝ่ายบริหารทั่วไป
"""
# an annual report's section of measures, named over its table; a plan named by neither "มาตรการ" nor a kind
ANNUAL_MEASURES = """รายงานประจำปี 2567
สำนักงานสาธารณสุขอำเภอเขาสวนกวาง จังหวัดขอนแก่น
ส่วนที่ 4 การส่งเสริมคุณธรรมและความโปร่งใส
มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ 2567
ที่\tกิจกรรม\tผู้รับผิดชอบ\tระยะเวลา
1\tประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด\tสาธารณสุขอำเภอ\tตุลาคม 2566
2\tจัดทำช่องทางแจ้งเบาะแสการทุจริตทางไลน์\tกลุ่มงานบริหารทั่วไป\tพฤศจิกายน 2566
"""
GUIDE = """โรงพยาบาลส่งเสริมสุขภาพตำบลโคกสี อำเภอเมือง จังหวัดสกลนคร
แนวทางการขับเคลื่อนคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ 2568
ที่\tการดำเนินการ\tผู้ปฏิบัติ\tช่วงเวลา
1\tผู้อำนวยการประกาศนโยบายไม่รับสินบนต่อหน้าเจ้าหน้าที่ทุกคน\tผู้อำนวยการ รพ.สต.\tต.ค. 2567
2\tติดป้ายช่องทางร้องเรียนการทุจริตหน้าอาคาร\tเจ้าหน้าที่ธุรการ\tพ.ย. 2567
3\tทบทวนการเบิกจ่ายค่าตอบแทนทุกไตรมาส\tเจ้าพนักงานการเงิน\tทุกไตรมาส
"""
MESSAGE = "A table shaped like a measures table is a table of "


def _not_measures(result) -> list[tuple[str, str]]:
    return [(c.severity, c.message.split(" (header")[0]) for c in result.checks if c.code == "TABLE_NOT_MEASURES"]


def test_tables_of_other_documents_have_no_measures(write_report):
    for text, kind in ((PROCUREMENT, "a procurement plan"), (PROCUREMENT_NOTICE, "a procurement plan"),
                       (STAFF, "a staff development plan"),
                       (MANUAL, "a work or service manual"),
                       (ACTION_PLAN, "the body's action plan of all its projects"),
                       (ORDER_DUTIES, "an appointment order (the appointees' duties)"),
                       (ANNUAL_PERFORMANCE, "an annual report"), (AUDIT_PLAN, "an internal audit plan or report")):
        [result] = extract_paths([write_report(text)])
        assert result.measures == [] and result.findings == [] and result.scores == []
        assert _not_measures(result) == [("info", MESSAGE + kind)]


def test_an_annual_reports_projects_table_in_a_word_file(tmp_path):
    path = word_file(tmp_path / "annual.docx", [
        "รายงานประจำปี 2567", "องค์การบริหารส่วนตำบลดอนหัน อำเภอเมืองขอนแก่น จังหวัดขอนแก่น",
        "ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ของ อบต. อยู่ในเกณฑ์ผ่าน และผลการดำเนินโครงการในรอบปี มีดังนี้"], [
        ["โครงการ", "งบประมาณ", "ผลการดำเนินงาน"],
        ["โครงการปรับปรุงภูมิทัศน์สวนสาธารณะ", "250,000", "แล้วเสร็จตามสัญญา"],
        ["โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน", "60,000", "ผู้เข้ารับการอบรม 80 คน"]])
    [result] = extract_paths([path])
    assert result.measures == [] and result.findings == []
    assert _not_measures(result) == [("info", MESSAGE + "an annual report")]


def test_a_memos_subject_under_its_letterhead_names_the_document(tmp_path):
    """A memo's subject line ("เรื่อง …") stands under its letterhead, reference and date: it is the title
    (measure_cues.OTHER_SUBJECT_LEADS), however far below the first lines; a memo's subject naming a measure
    keeps its table of measures."""
    rows = [["ลำดับ", "โครงการ/กิจกรรม", "กลุ่มเป้าหมาย", "ระยะเวลา", "ผู้รับผิดชอบ"],
            ["1", "อบรมการใช้โปรแกรมบัญชี", "เจ้าหน้าที่กองคลัง", "ธ.ค. 2567", "กองคลัง"],
            ["2", "อบรมคุณธรรมจริยธรรม", "พนักงานทุกคน", "มี.ค. 2568", "สำนักปลัด"]]
    letterhead = ["บันทึกข้อความ", "ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลนาดี", "ที่ อด 76801/125",
                  "วันที่ 15 ตุลาคม 2567"]
    for subject, kind in (("เรื่อง แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. 2568", "a staff development plan"),
                          # other words: a school's letter, its subject under a longer head
                          ("เรื่อง รายงานผลการตรวจสอบภายใน ประจำปีการศึกษา 2567", "an internal audit plan or report")):
        head = [*letterhead, "เรียน ผู้อำนวยการ", "สิ่งที่ส่งมาด้วย 1 ฉบับ"] if "ตรวจสอบ" in subject else letterhead
        [result] = extract_paths([word_file(tmp_path / "memo.docx", [*head, subject, "รายละเอียดดังนี้"], rows)])
        assert result.measures == [] and _not_measures(result) == [("info", MESSAGE + kind)], subject
    [kept] = extract_paths([word_file(tmp_path / "memo.docx", [
        *letterhead, "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568", "รายละเอียดดังนี้"], rows)])
    assert [(m.title, m.responsible) for m in kept.measures] == [
        ("อบรมการใช้โปรแกรมบัญชี", ["กองคลัง"]), ("อบรมคุณธรรมจริยธรรม", ["สำนักปลัด"])]


def test_measures_of_such_a_document_and_plans_in_other_words_stay(write_report):
    [result] = extract_paths([write_report(ANNUAL_MEASURES)])
    assert [(m.table, m.title, m.responsible) for m in result.measures] == [
        ("plan", "ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด", ["สาธารณสุขอำเภอ"]),
        ("plan", "จัดทำช่องทางแจ้งเบาะแสการทุจริตทางไลน์", ["กลุ่มงานบริหารทั่วไป"])]
    [result] = extract_paths([write_report(ANTI_CORRUPTION_PLAN)])
    assert [(m.table, m.title, m.responsible) for m in result.measures] == [
        ("plan", "โครงการเสริมสร้างวัฒนธรรมองค์กรสุจริต", ["ฝ่ายบริหารทั่วไป"]),
        ("plan", "โครงการเปิดช่องทางแจ้งเบาะแสการทุจริต", ["ฝ่ายบริหารทั่วไป"])]
    [result] = extract_paths([write_report(ANNUAL_INTEGRITY)])
    assert [(m.table, m.title, m.output) for m in result.measures] == [
        ("implementation", "โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหารและพนักงาน", "ผู้เข้าร่วม 45 คน"),
        ("implementation", "กิจกรรมเผยแพร่ข้อมูลการจัดซื้อจัดจ้างทางเว็บไซต์", "เผยแพร่ครบ 12 เดือน")]
    [result] = extract_paths([write_report(GUIDE)])
    assert [(m.table, m.title, m.steps, m.responsible) for m in result.measures] == [
        ("plan", "ผู้อำนวยการประกาศนโยบายไม่รับสินบนต่อหน้าเจ้าหน้าที่ทุกคน", [], ["ผู้อำนวยการ รพ.สต."]),
        ("plan", "ติดป้ายช่องทางร้องเรียนการทุจริตหน้าอาคาร", [], ["เจ้าหน้าที่ธุรการ"]),
        ("plan", "ทบทวนการเบิกจ่ายค่าตอบแทนทุกไตรมาส", [], ["เจ้าพนักงานการเงิน"])]
    assert _not_measures(result) == []


# lists and forms in such documents: an order's duties written as activities, a staff plan's projects and
# its one-project form; a minutes' list under a lead-in naming measures stays
ORDER_LIST = """คำสั่งองค์การบริหารส่วนตำบลโคกสะอาด
ที่ 201/2567
เรื่อง แต่งตั้งคณะทำงานจัดทำข้อมูลการประเมินคุณธรรมและความโปร่งใส (ITA)
ให้คณะทำงานมีหน้าที่ ดังนี้
1. กิจกรรมรวบรวมข้อมูลพื้นฐานของหน่วยงาน ผู้รับผิดชอบ สำนักปลัด ระยะเวลา มกราคม 2567
2. กิจกรรมจัดทำข้อมูลการจัดซื้อจัดจ้าง ผู้รับผิดชอบ กองคลัง ระยะเวลา กุมภาพันธ์ 2567
3. กิจกรรมตรวจสอบความถูกต้องของข้อมูลบนเว็บไซต์ ผู้รับผิดชอบ สำนักปลัด ระยะเวลา มีนาคม 2567
สั่ง ณ วันที่ 5 มกราคม 2567
"""
STAFF_LIST = """แผนพัฒนาบุคลากร ประจำปีงบประมาณ 2568
เทศบาลตำบลโพนงาม (สอดคล้องกับการประเมิน ITA)
โครงการที่จะดำเนินการ
1. โครงการอบรมการใช้งานระบบสารบรรณอิเล็กทรอนิกส์ ผู้รับผิดชอบ สำนักปลัด
2. โครงการศึกษาดูงานด้านการจัดเก็บรายได้ ผู้รับผิดชอบ กองคลัง
3. โครงการอบรมความปลอดภัยในการทำงาน ผู้รับผิดชอบ กองช่าง
"""
STAFF_FORM = """แผนพัฒนาบุคลากร ประจำปีงบประมาณ 2568
โรงพยาบาลส่งเสริมสุขภาพตำบลนาแก อำเภอเมือง จังหวัดนครพนม (ประกอบการประเมิน ITA)
ชื่อโครงการ : อบรมฟื้นฟูความรู้การปฐมพยาบาลเบื้องต้น
วัตถุประสงค์ : เพื่อให้เจ้าหน้าที่มีทักษะการช่วยชีวิต
ระยะเวลาดำเนินการ : มีนาคม 2568
ผู้รับผิดชอบ : พยาบาลวิชาชีพ
"""
MINUTES_MEASURES = """รายงานการประชุมคณะกรรมการบริหารเทศบาลตำบลนาแก ครั้งที่ 1/2568
วันที่ 10 มกราคม 2568
ระเบียบวาระที่ 3 เรื่องเพื่อพิจารณา การยกระดับผลการประเมิน ITA
ที่ประชุมมีมติกำหนดมาตรการป้องกันการรับสินบน ดังนี้
1. ห้ามเจ้าหน้าที่รับเงินหรือของขวัญจากผู้มาติดต่อทุกกรณี ผู้รับผิดชอบ ทุกกอง
2. ติดประกาศช่องทางแจ้งเบาะแสการเรียกรับสินบนทุกจุดบริการ ผู้รับผิดชอบ สำนักปลัด
3. รายงานผลการปฏิบัติตามมาตรการต่อนายกเทศมนตรีทุกไตรมาส ผู้รับผิดชอบ สำนักปลัด
มติที่ประชุม เห็นชอบ
"""


def test_lists_and_forms_of_other_documents_have_no_measures(write_report):
    for text, count, item, kind in (
            (ORDER_LIST, 3, "1. กิจกรรมรวบรวมข้อมูลพื้นฐานของหน่วยงาน ผู้รับผิดชอบ สำนักป",
             "an appointment order (the appointees' duties)"),
            (STAFF_LIST, 3, "1. โครงการอบรมการใช้งานระบบสารบรรณอิเล็กทรอนิกส์ ผู้รับผิดชอ", "a staff development plan"),
            (STAFF_FORM, 1, "อบรมฟื้นฟูความรู้การปฐมพยาบาลเบื้องต้น", "a staff development plan")):
        [result] = extract_paths([write_report(text)])
        assert result.measures == []
        assert [(c.severity, c.message) for c in result.checks if c.code == "TEXT_NOT_MEASURES"] == [
            ("info", f"{count} item(s) written like measures (from '{item}') are in {kind}; "
                     "they are not recorded as measures.")]


def test_a_list_of_measures_in_minutes_stays(write_report):
    [result] = extract_paths([write_report(MINUTES_MEASURES)])
    assert [(m.table, m.title, m.responsible) for m in result.measures] == [
        ("plan", "1. ห้ามเจ้าหน้าที่รับเงินหรือของขวัญจากผู้มาติดต่อทุกกรณี", ["ทุกกอง"]),
        ("plan", "2. ติดประกาศช่องทางแจ้งเบาะแสการเรียกรับสินบนทุกจุดบริการ", ["สำนักปลัด"]),
        ("plan", "3. รายงานผลการปฏิบัติตามมาตรการต่อนายกเทศมนตรีทุกไตรมาส", ["สำนักปลัด"])]
    assert [c.code for c in result.checks if c.code == "TEXT_NOT_MEASURES"] == []


# the working group's minutes answering the assessment's results: its improvements table stays
MINUTES_IMPROVEMENTS = """รายงานการประชุมคณะทำงานการประเมินคุณธรรมและความโปร่งใส ครั้งที่ 1/2568
เทศบาลตำบลนาแก อำเภอนาแก จังหวัดนครพนม
วันที่ 15 มกราคม 2568
ที่ประชุมร่วมกันวิเคราะห์ผลการประเมิน ITA ปี 2567 และกำหนดแนวทางการพัฒนา ดังนี้
ประเด็นที่ต้องพัฒนา\tแนวทางการพัฒนา\tผู้รับผิดชอบ
การเผยแพร่ข้อมูลการจัดซื้อจัดจ้างไม่ครบทุกเดือน\tมอบหมายเจ้าหน้าที่พัสดุเผยแพร่ทุกวันที่ 5\tกองคลัง
บุคลากรไม่ทราบช่องทางร้องเรียน\tชี้แจงในการประชุมประจำเดือน\tสำนักปลัด
มติที่ประชุม เห็นชอบ
"""


def test_improvements_on_the_results_in_minutes_stay(write_report):
    [result] = extract_paths([write_report(MINUTES_IMPROVEMENTS)])
    assert [(m.table, m.title, m.steps, m.responsible) for m in result.measures] == [
        ("improvement", "การเผยแพร่ข้อมูลการจัดซื้อจัดจ้างไม่ครบทุกเดือน", ["มอบหมายเจ้าหน้าที่พัสดุเผยแพร่ทุกวันที่ 5"], ["กองคลัง"]),
        ("improvement", "บุคลากรไม่ทราบช่องทางร้องเรียน", ["ชี้แจงในการประชุมประจำเดือน"], ["สำนักปลัด"])]
    assert _not_measures(result) == []

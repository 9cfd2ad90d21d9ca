"""A report of what was done written as a numbered list: the lead-in says results are reported
("ได้ดำเนินการตามมาตรการแล้ว ดังนี้", "ขอรายงานผล…"), so its items are ``implementation`` measures,
and the paragraph under an item's title line is that measure's output — where the title line ends a
paragraph (the next line's first word would have fitted on it); a title wrapped onto the next line
stays whole. Documents written for this test and samples/chromium/list_results.*, in words of no
seed or real file."""
from pathlib import Path

from extract import extract_paths

ROOT = Path(__file__).resolve().parents[1]


def _measures(path: Path):
    [result] = extract_paths([path])
    return [(m.table, m.title, m.output) for m in result.measures]


def _write(tmp_path: Path, text: str) -> Path:
    page = tmp_path / "report.txt"
    page.write_text(text, encoding="utf-8")
    return page


# one paragraph a line (a web page or Word text copied out): every break ends a paragraph
TAMBON_REPORT = """รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
องค์การบริหารส่วนตำบลโคกสว่าง อำเภอเมือง จังหวัดสกลนคร

ตามที่องค์การบริหารส่วนตำบลโคกสว่างได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เพื่อยกระดับผลการประเมิน ITA นั้น บัดนี้ได้ดำเนินการตามมาตรการแล้ว ดังนี้
๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ
    ได้ปรับปรุงข้อมูลบนเว็บไซต์ขององค์การบริหารส่วนตำบลให้เป็นปัจจุบัน ครบทั้ง ๓๓ รายการ
๒. มาตรการป้องกันการรับสินบนและการใช้ทรัพย์สินของราชการ
    จัดประชุมชี้แจงพนักงานทุกคนเมื่อวันที่ ๑๒ มกราคม ๒๕๖๗ มีผู้เข้าร่วม ๔๕ คน
๓. มาตรการเปิดช่องทางรับเรื่องร้องเรียนการทุจริต
    เปิดช่องทางร้องเรียนทางไลน์และเฟซบุ๊ก ได้รับเรื่องร้องเรียน ๒ เรื่อง ดำเนินการแล้วเสร็จทั้งหมด

ลงชื่อ นายสมชาย ใจดี
นายกองค์การบริหารส่วนตำบลโคกสว่าง
"""


def test_a_report_of_measures_done_gives_implementation_measures_with_their_output(tmp_path):
    assert _measures(_write(tmp_path, TAMBON_REPORT)) == [
        ("implementation", "๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
         "ได้ปรับปรุงข้อมูลบนเว็บไซต์ขององค์การบริหารส่วนตำบลให้เป็นปัจจุบัน ครบทั้ง ๓๓ รายการ"),
        ("implementation", "๒. มาตรการป้องกันการรับสินบนและการใช้ทรัพย์สินของราชการ",
         "จัดประชุมชี้แจงพนักงานทุกคนเมื่อวันที่ ๑๒ มกราคม ๒๕๖๗ มีผู้เข้าร่วม ๔๕ คน"),
        ("implementation", "๓. มาตรการเปิดช่องทางรับเรื่องร้องเรียนการทุจริต",
         "เปิดช่องทางร้องเรียนทางไลน์และเฟซบุ๊ก ได้รับเรื่องร้องเรียน ๒ เรื่อง ดำเนินการแล้วเสร็จทั้งหมด"),
    ]


# wrapped by hand at the page's width (a text layer saved as text): item 2's title fills its line
# and wraps; the results under items 1 and 3 wrap too
SCHOOL_REPORT = """รายงานผลการปฏิบัติตามแนวทางป้องกันการทุจริตและส่งเสริมความโปร่งใส ปีงบประมาณ พ.ศ. ๒๕๖๘
โรงเรียนบ้านหนองแวงวิทยาคาร สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น

โรงเรียนบ้านหนองแวงวิทยาคารขอรายงานผลการปฏิบัติตามแนวทางป้องกันการทุจริตในรอบปีงบประมาณ
พ.ศ. ๒๕๖๘ ที่ผ่านมา ต่อคณะกรรมการสถานศึกษาขั้นพื้นฐาน ดังต่อไปนี้
1) การเปิดเผยข้อมูลการใช้จ่ายงบประมาณ
ประกาศรายงานการใช้จ่ายเงินอุดหนุนรายหัวบนเว็บไซต์ของโรงเรียนทุกไตรมาส และติดประกาศที่
บอร์ดหน้าห้องธุรการ
2) การจัดซื้อจัดจ้างด้วยระบบอิเล็กทรอนิกส์ทุกรายการที่มีวงเงินเกินห้าพันบาท พร้อมการประกาศ
ผลการพิจารณาให้ผู้เสนอราคาทราบภายในสามวันทำการ
3) การอบรมครูและบุคลากร
ครูและบุคลากรเข้ารับการอบรมเรื่องผลประโยชน์ทับซ้อนครบทุกคน รวม ๓๒ คน คิดเป็นร้อยละ ๑๐๐
"""


def test_a_wrapped_report_keeps_a_wrapped_title_whole(tmp_path):
    assert _measures(_write(tmp_path, SCHOOL_REPORT)) == [
        ("implementation", "1) การเปิดเผยข้อมูลการใช้จ่ายงบประมาณ",
         "ประกาศรายงานการใช้จ่ายเงินอุดหนุนรายหัวบนเว็บไซต์ของโรงเรียนทุกไตรมาส และติดประกาศที่บอร์ดหน้าห้องธุรการ"),
        ("implementation", "2) การจัดซื้อจัดจ้างด้วยระบบอิเล็กทรอนิกส์ทุกรายการที่มีวงเงินเกินห้าพันบาท พร้อมการประกาศ"
                           "ผลการพิจารณาให้ผู้เสนอราคาทราบภายในสามวันทำการ", None),
        ("implementation", "3) การอบรมครูและบุคลากร",
         "ครูและบุคลากรเข้ารับการอบรมเรื่องผลประโยชน์ทับซ้อนครบทุกคน รวม ๓๒ คน คิดเป็นร้อยละ ๑๐๐"),
    ]


def test_a_pdf_report_reads_the_paragraph_under_a_short_title_as_output():
    assert _measures(ROOT / "samples" / "chromium" / "list_results.pdf") == [
        ("implementation", "๑. การตรวจสอบการเบิกจ่ายค่าตอบแทนล่วงเวลา",
         "กองคลังสุ่มตรวจหลักฐานการเบิกจ่ายทุกเดือน พบเอกสารไม่ครบ ๓ ราย และได้เรียกเงินคืนครบถ้วน"
         "ภายในเดือนมีนาคม ๒๕๖๘"),
        ("implementation", "๒. การเผยแพร่ราคากลางและผลการพิจารณาจัดซื้อจัดจ้างทุกโครงการบนเว็บไซต์ของเทศบาล"
                           "ภายในสามวันทำการนับจากวันลงนาม", None),
        ("implementation", "๓. การเปิดรับฟังความคิดเห็นของประชาชนต่อร่างข้อบัญญัติงบประมาณ",
         "จัดเวทีประชาคม ๔ ครั้ง มีผู้เข้าร่วมรวม ๒๑๐ คน"),
    ]


# "ได้ดำเนินการจัดทำมาตรการ" announces a plan: nothing was reported done, and a plan item's
# paragraph is no output
PLAN_NOTICE = """ประกาศเทศบาลตำบลดอนแก้ว
เรื่อง มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
เพื่อให้การจัดซื้อจัดจ้างเป็นไปอย่างโปร่งใส เทศบาลตำบลดอนแก้วได้ดำเนินการจัดทำมาตรการ ดังนี้
๑. มาตรการตรวจสอบราคากลาง
ให้คณะกรรมการกำหนดราคากลางเปิดเผยที่มาของราคาทุกครั้ง
๒. มาตรการหมุนเวียนคณะกรรมการตรวจรับพัสดุ
ไม่แต่งตั้งบุคคลเดิมเป็นกรรมการตรวจรับเกินสองครั้งติดกัน
๓. มาตรการเปิดเผยผลการพิจารณา
ประกาศผลการพิจารณาทางเว็บไซต์ภายในสามวันทำการ
จึงประกาศให้ทราบโดยทั่วกัน
"""


def test_a_plan_whose_lead_in_says_the_plan_was_made_stays_a_plan(tmp_path):
    assert [(kind, output) for kind, _, output in _measures(_write(tmp_path, PLAN_NOTICE))] == [
        ("plan", None), ("plan", None), ("plan", None)]


def test_a_plan_whose_lead_in_names_results_to_reach_stays_a_plan(tmp_path):
    text = PLAN_NOTICE.replace("เทศบาลตำบลดอนแก้วได้ดำเนินการจัดทำมาตรการ ดังนี้",
                               "และให้ผลการดำเนินงานบรรลุเป้าหมาย จึงกำหนดมาตรการ ดังนี้")
    assert [kind for kind, _, _ in _measures(_write(tmp_path, text))] == ["plan", "plan", "plan"]


def test_a_plan_that_orders_results_reported_stays_a_plan(tmp_path):
    for lead in ("เพื่อให้เจ้าหน้าที่ทุกคนได้ดำเนินการตามแนวทางเดียวกัน จึงกำหนดมาตรการ ดังนี้",
                 "จึงกำหนดมาตรการไว้ และให้กองคลังรายงานผลทุกไตรมาส ดังนี้"):
        text = PLAN_NOTICE.replace("เทศบาลตำบลดอนแก้วได้ดำเนินการจัดทำมาตรการ ดังนี้", lead)
        assert [kind for kind, _, _ in _measures(_write(tmp_path, text))] == ["plan", "plan", "plan"], lead


def test_an_order_in_an_earlier_clause_does_not_make_a_report_a_plan(tmp_path):
    text = TAMBON_REPORT.replace("เพื่อยกระดับผลการประเมิน ITA นั้น บัดนี้ได้ดำเนินการตามมาตรการแล้ว ดังนี้",
                                 "เพื่อให้การดำเนินงานโปร่งใส บัดนี้ได้ดำเนินการตามมาตรการแล้ว ดังนี้")
    assert [kind for kind, _, _ in _measures(_write(tmp_path, text))] == ["implementation"] * 3


def test_a_plan_section_on_reporting_stays_a_plan(tmp_path):
    text = """ประกาศเทศบาลตำบลดอนแก้ว
เรื่อง มาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
๓. การรายงานผลการดำเนินการ
๓.๑ ให้ทุกกองรายงานผลการดำเนินการตามมาตรการต่อนายกเทศมนตรีทุกไตรมาส
๓.๒ ให้สำนักปลัดรวบรวมรายงานและเผยแพร่บนเว็บไซต์ภายในสิบห้าวันหลังสิ้นไตรมาส
๓.๓ ให้คณะทำงานติดตามผลเสนอแนวทางแก้ไขเมื่อพบปัญหาในการดำเนินการตามมาตรการ
"""
    # no cue of a plan either: the heading names reporting, the items are duties, no measures
    assert _measures(_write(tmp_path, text)) == []


def test_a_lead_in_that_goes_on_to_set_measures_is_a_plan(tmp_path):
    text = PLAN_NOTICE.replace("เทศบาลตำบลดอนแก้วได้ดำเนินการจัดทำมาตรการ ดังนี้",
                               "เทศบาลตำบลดอนแก้วจึงได้ดำเนินการตามแนวทางดังกล่าว โดยกำหนดมาตรการ ดังนี้")
    assert [kind for kind, _, _ in _measures(_write(tmp_path, text))] == ["plan", "plan", "plan"]
    # a report that names the measures "as set" still reports
    report = TAMBON_REPORT.replace("บัดนี้ได้ดำเนินการตามมาตรการแล้ว ดังนี้",
                                   "บัดนี้ได้ดำเนินการตามมาตรการที่กำหนดไว้ครบทุกข้อแล้ว ดังนี้")
    assert [kind for kind, _, _ in _measures(_write(tmp_path, report))] == ["implementation"] * 3


def test_result_lines_labelled_with_a_space_not_a_colon(tmp_path):
    # "ผลการดำเนินงาน ได้จัดทำ…" as "ผู้รับผิดชอบ กองคลัง" is written: the list gave no measure at all
    text = ("องค์การบริหารส่วนตำบลโนนทอง\n"
            "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ 2567\n"
            "1. จัดทำคู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้าง\n"
            "ผลการดำเนินงาน ได้จัดทำคู่มือแล้วเสร็จและเผยแพร่บนเว็บไซต์ เมื่อเดือนมีนาคม 2567\n"
            "ผู้รับผิดชอบ กองคลัง\n"
            "2. ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริต\n"
            "ผลการดำเนินงาน ประชาสัมพันธ์ผ่านเสียงตามสายและเพจเฟซบุ๊ก ทุกเดือน\n"
            "สถานะ ดำเนินการแล้วเสร็จ\n")
    [result] = extract_paths([_write(tmp_path, text)])
    assert [(m.table, m.title, m.output, m.status, m.responsible) for m in result.measures] == [
        ("implementation", "1. จัดทำคู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้าง",
         "ได้จัดทำคู่มือแล้วเสร็จและเผยแพร่บนเว็บไซต์ เมื่อเดือนมีนาคม 2567", None, ["กองคลัง"]),
        ("implementation", "2. ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริต",
         "ประชาสัมพันธ์ผ่านเสียงตามสายและเพจเฟซบุ๊ก ทุกเดือน", "ดำเนินการแล้วเสร็จ", [])]

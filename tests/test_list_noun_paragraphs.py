"""Measures written as paragraphs with no number or bullet, each opening with a measure's noun
("มาตรการเผยแพร่ข้อมูลต่อสาธารณะ ให้…", "มาตรการป้องกันการรับสินบน …") under a lead-in naming measures: a
district agriculture office's notice gave nothing (NO_RECORDS). Such a run is a list
(extract/parse/measures_lists._bullet_list_at, schemas/measure_cues.MEASURE_NOUNS), each paragraph kept whole
as its title; as with bullets, only a lead-in or heading right above makes it measures, and a plain
paragraph ends it."""
from extract import extract_file

# written for this test
NOTICE = (
    "ประกาศสำนักงานเกษตรอำเภอพล\n"
    "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n"
    "\n"
    "สำนักงานเกษตรอำเภอพลจึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ดังนี้\n"
    "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ ให้เจ้าหน้าที่ทุกคนเผยแพร่ข้อมูลการให้บริการเกษตรกรผ่านเว็บไซต์และเพจของสำนักงาน\n"
    "มาตรการป้องกันการรับสินบน ห้ามเจ้าหน้าที่รับเงินหรือสิ่งของจากเกษตรกรผู้มาขอรับบริการ\n"
    "ผู้รับผิดชอบ ทุกกลุ่มงาน\n"
    "มาตรการจัดการเรื่องร้องเรียน ให้มีกล่องรับเรื่องร้องเรียนและตอบกลับภายใน ๑๕ วัน\n"
    "สำนักงานจะรายงานผลต่อเกษตรจังหวัดทุกไตรมาส\n"
    "โครงการอบรมเกษตรกรรุ่นใหม่ประจำปี\n"
    "โครงการส่งเสริมการปลูกพืชหลังนา\n"
    "โครงการตลาดนัดเกษตรกร\n"
    "\n"
    "จึงประกาศให้ทราบโดยทั่วกัน\n"
)


def test_paragraphs_opening_with_a_measure_noun_under_a_lead_in(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    got = [(m.table, m.row, m.title, m.indicators, m.steps, m.responsible, m.timeframe, m.table_fiscal_year)
           for m in extract_file(path).measures]
    assert got == [
        ("plan", 1, "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ ให้เจ้าหน้าที่ทุกคนเผยแพร่ข้อมูลการให้บริการเกษตรกรผ่านเว็บไซต์และเพจของสำนักงาน",
         [], [], [], None, 2568),
        ("plan", 2, "มาตรการป้องกันการรับสินบน ห้ามเจ้าหน้าที่รับเงินหรือสิ่งของจากเกษตรกรผู้มาขอรับบริการ", [], [],
         ["ทุกกลุ่มงาน"], None, 2568),
        ("plan", 3, "มาตรการจัดการเรื่องร้องเรียน ให้มีกล่องรับเรื่องร้องเรียนและตอบกลับภายใน ๑๕ วัน", [], [], [], None, 2568),
    ]

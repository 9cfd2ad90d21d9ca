"""Measures written as bulleted paragraphs under a lead-in ("…ควรนำผลไปปรับปรุง ดังนี้" over "• การเปิดเผยข้อมูล
ให้…", samples/libreoffice/bullet_improvements: .docx, .pdf): only numbered lines made a list, so the
improvements were lost. A run of lines opening with one bullet is a list (extract/parse/measures_lists.
_bullet_list_at), its items' bullets removed; only a lead-in or heading right above it makes it measures,
and a plain line ends it (a paragraph after the list, not the rest of an item)."""
from extract import extract_file, extract_paths
from tests.conftest import SAMPLES

FOLDER = SAMPLES / "libreoffice"


def _measures(result):
    return [(m.table, m.row, m.title, m.indicators, m.steps, m.responsible, m.timeframe, m.table_fiscal_year)
            for m in result.measures]


EXPECTED = [
    ("improvement", 1, "การเปิดเผยข้อมูล ให้กองยุทธศาสตร์และงบประมาณปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบันทุกเดือน", [9],
     [], [], None, 2568),
    ("improvement", 2, "การป้องกันการทุจริต ให้สำนักปลัดจัดอบรมบุคลากรเรื่องผลประโยชน์ทับซ้อนอย่างน้อยปีละ ๑ ครั้ง", [10],
     [], [], None, 2568),
    ("improvement", 3, "การใช้ทรัพย์สินของราชการ ให้กองคลังจัดทำคู่มือการยืมทรัพย์สินและเผยแพร่ให้บุคลากรทราบ", [4],
     [], [], None, 2568),
]


def test_bulleted_improvements_under_a_lead_in():
    word, pdf = extract_paths([FOLDER / "bullet_improvements.docx", FOLDER / "bullet_improvements.pdf"])
    assert _measures(word) == _measures(pdf) == EXPECTED


# written for this test: a school's plan, bullets with bulleted steps and a field line, then bullets
# that no lead-in introduces
PLAN = (
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568\n"
    "โรงเรียนบ้านโนนสว่าง อำเภอกุมภวาปี จังหวัดอุดรธานี\n"
    "โรงเรียนบ้านโนนสว่างจึงกำหนดมาตรการ ดังนี้\n"
    "• มาตรการเผยแพร่ข้อมูลการใช้จ่ายงบประมาณ\n"
    "- รายงานการใช้จ่ายรายไตรมาส\n"
    "- ติดประกาศที่บอร์ดประชาสัมพันธ์\n"
    "ผู้รับผิดชอบ งานการเงิน\n"
    "• มาตรการป้องกันการรับสินบนในการรับนักเรียน\n"
    "• มาตรการรับเรื่องร้องเรียนจากผู้ปกครอง\n"
    "โรงเรียนจะติดตามผลทุกภาคเรียน\n"
    "ผลการประเมินภาพรวมของโรงเรียน\n"
    "• คะแนนสูงกว่าปีที่แล้ว\n"
    "• ผู้ปกครองพึงพอใจการให้บริการ\n"
    "• ครูเข้าใจเกณฑ์การประเมินมากขึ้น\n"
)


def test_bullets_with_steps_and_fields_and_bullets_nothing_introduces(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    assert _measures(extract_file(path)) == [
        ("plan", 1, "มาตรการเผยแพร่ข้อมูลการใช้จ่ายงบประมาณ", [],
         ["รายงานการใช้จ่ายรายไตรมาส", "ติดประกาศที่บอร์ดประชาสัมพันธ์"], ["งานการเงิน"], None, 2568),
        ("plan", 2, "มาตรการป้องกันการรับสินบนในการรับนักเรียน", [], [], [], None, 2568),
        ("plan", 3, "มาตรการรับเรื่องร้องเรียนจากผู้ปกครอง", [], [], [], None, 2568),
    ]

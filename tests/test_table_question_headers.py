"""A plan's columns headed by questions ("ข้อเสนอแนะ | สิ่งที่หน่วยงานจะทำ | ใคร | เมื่อไร", "ทำอย่างไร | ใครทำ |
ทำเมื่อไหร่", "What | Who | When") named no field: the table gave no measure and no check (probe-t). The questions are
whole-cell header synonyms (schemas/headers.WHOLE_CELL_HEADERS): what is done is the steps, who the responsible unit,
when the timeframe. Documents written for this test."""
from datetime import date
from pathlib import Path

from tests.conftest import text_result as _run

TOWN = """การนำผลการประเมินคุณธรรมและความโปร่งใส (ITA) ไปปรับปรุง ประจำปีงบประมาณ พ.ศ. 2568
องค์การบริหารส่วนตำบลโคกสูง อำเภอวังน้ำเย็น จังหวัดสระแก้ว
ผลการประเมิน ITA ปี 2567 ได้ 79.40 คะแนน
ข้อเสนอแนะ\tสิ่งที่หน่วยงานจะทำ\tใคร\tเมื่อไร
ควรเผยแพร่รายงานผลการจัดซื้อจัดจ้างรายเดือน\tจัดทำสรุปผลรายเดือนและขึ้นเว็บไซต์\tกองคลัง\tต.ค. 2567 - ก.ย. 2568
ควรอบรมเรื่องผลประโยชน์ทับซ้อน\tจัดอบรมพนักงานปีละ 1 ครั้ง\tสำนักปลัด\tมี.ค. 2568
"""
# other words: a hospital's measures, its first column the measure, the others asked otherwise
HOSPITAL = """มาตรการส่งเสริมคุณธรรมและความโปร่งใส โรงพยาบาลบ้านแพง ปีงบประมาณ 2568
มาตรการ\tทำอย่างไร\tใครทำ\tทำเมื่อไหร่
มาตรการงดรับของขวัญ\tประกาศนโยบายและแจ้งเวียนทุกกลุ่มงาน\tกลุ่มงานบริหารทั่วไป\tพ.ย. 2567
มาตรการเปิดเผยข้อมูล\tปรับปรุงเว็บไซต์ทุกไตรมาส\tงานเทคโนโลยีสารสนเทศ\tธ.ค. 2567
"""


def _measures(result):
    return [(m.table, m.title, m.steps, m.responsible, m.timeframe, m.period_start, m.period_end)
            for m in result.measures]


def test_question_headers_of_an_improvement_table(tmp_path: Path):
    assert _measures(_run(tmp_path, TOWN)) == [
        ("improvement", "ควรเผยแพร่รายงานผลการจัดซื้อจัดจ้างรายเดือน", ["จัดทำสรุปผลรายเดือนและขึ้นเว็บไซต์"], ["กองคลัง"],
         "ต.ค. 2567 - ก.ย. 2568", date(2024, 10, 1), date(2025, 9, 30)),
        ("improvement", "ควรอบรมเรื่องผลประโยชน์ทับซ้อน", ["จัดอบรมพนักงานปีละ 1 ครั้ง"], ["สำนักปลัด"], "มี.ค. 2568",
         date(2025, 3, 1), date(2025, 3, 31)),
    ]


def test_question_headers_in_other_words(tmp_path: Path):
    assert _measures(_run(tmp_path, HOSPITAL)) == [
        ("plan", "มาตรการงดรับของขวัญ", ["ประกาศนโยบายและแจ้งเวียนทุกกลุ่มงาน"], ["กลุ่มงานบริหารทั่วไป"], "พ.ย. 2567",
         date(2024, 11, 1), date(2024, 11, 30)),
        ("plan", "มาตรการเปิดเผยข้อมูล", ["ปรับปรุงเว็บไซต์ทุกไตรมาส"], ["งานเทคโนโลยีสารสนเทศ"], "ธ.ค. 2567",
         date(2024, 12, 1), date(2024, 12, 31)),
    ]

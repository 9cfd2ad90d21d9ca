"""A school's measures plan gives its timeframes as academic terms ("ภาคเรียนที่ 1/2567") and years
("ปีการศึกษา 2567"): each measure's period is the term's or the year's months (normalize.dates.ACADEMIC_TERMS),
no longer none. Text written for this test."""
from __future__ import annotations

from datetime import date

from extract import extract_paths

PLAN = """มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568
โรงเรียนบ้านหนองไผ่ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเลย เขต 1
ที่\tมาตรการ\tผู้รับผิดชอบ\tระยะเวลา
1\tเผยแพร่ข้อมูลการจัดซื้อจัดจ้างทางเว็บไซต์โรงเรียน\tครูพัสดุ\tภาคเรียนที่ 2/2567
2\tจัดกิจกรรมโรงเรียนสุจริตให้นักเรียนทุกชั้น\tครูกิจการนักเรียน\tภาคเรียนที่ 1/2568
3\tประเมินความพึงพอใจของผู้ปกครองต่อการบริการ\tครูวิชาการ\tปีการศึกษา 2567
4\tประชุมชี้แจงมาตรการแก่ครูและบุคลากร\tผู้อำนวยการ\tปีงบ 68
"""


def test_terms_and_academic_years_give_periods(write_report):
    [result] = extract_paths([write_report(PLAN)])
    assert [(m.title, m.timeframe, m.period_start, m.period_end) for m in result.measures] == [
        ("เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทางเว็บไซต์โรงเรียน", "ภาคเรียนที่ 2/2567", date(2024, 11, 1), date(2025, 3, 31)),
        ("จัดกิจกรรมโรงเรียนสุจริตให้นักเรียนทุกชั้น", "ภาคเรียนที่ 1/2568", date(2025, 5, 1), date(2025, 10, 31)),
        ("ประเมินความพึงพอใจของผู้ปกครองต่อการบริการ", "ปีการศึกษา 2567", date(2024, 5, 1), date(2025, 3, 31)),
        ("ประชุมชี้แจงมาตรการแก่ครูและบุคลากร", "ปีงบ 68", date(2024, 10, 1), date(2025, 9, 30))]

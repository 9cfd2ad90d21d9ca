"""Plan headers in other words: the unit that does it ("หน่วยปฏิบัติ", "หน่วยงานปฏิบัติ": the responsible),
the time without "ระยะ" ("เวลาดำเนินการ": the timeframe) and what the body does named by the body
("การดำเนินการของหน่วยงาน", "สิ่งที่หน่วยงานจะดำเนินการ": the steps). They were unknown headers whose cells
were lost or read from their content. Documents written for this test."""
from datetime import date
from pathlib import Path

from tests.conftest import text_result as _run

TAMBON = """มาตรการส่งเสริมความโปร่งใส ประจำปีงบประมาณ ๒๕๖๘
องค์การบริหารส่วนตำบลหนองกี่ อำเภอหนองกี่ จังหวัดบุรีรัมย์
มาตรการ\tการดำเนินการของหน่วยงาน\tหน่วยปฏิบัติ\tเวลาดำเนินการ
เปิดเผยราคากลางทุกโครงการ\tประกาศราคากลางบนเว็บไซต์ก่อนประกาศประกวดราคา\tกองช่าง\tตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘
"""

# other words: a school, "แนวทาง", "สิ่งที่หน่วยงานจะดำเนินการ", "หน่วยงานปฏิบัติ", "เวลาดำเนินงาน"
SCHOOL = """แนวทางป้องกันการทุจริต ปีงบประมาณ ๒๕๖๘ โรงเรียนบ้านกรวด สำนักงานเขตพื้นที่การศึกษาประถมศึกษาบุรีรัมย์ เขต ๒
แนวทาง\tสิ่งที่หน่วยงานจะดำเนินการ\tหน่วยงานปฏิบัติ\tเวลาดำเนินงาน
ควบคุมการใช้ทรัพย์สินของโรงเรียน\tจัดทำทะเบียนยืมคืนครุภัณฑ์\tงานพัสดุ\tพฤศจิกายน ๒๕๖๗
"""


def _measures(result):
    return [(m.table, m.title, m.steps, m.responsible, m.timeframe, m.period_start, m.period_end)
            for m in result.measures]


def _header_checks(result):
    return [c.code for c in result.checks if c.code in ("TABLE_HEADER_UNKNOWN", "COLUMN_ROLE_FROM_CONTENT")]


def test_unit_time_and_doing_headers(tmp_path: Path):
    result = _run(tmp_path, TAMBON)
    assert _measures(result) == [
        ("plan", "เปิดเผยราคากลางทุกโครงการ", ["ประกาศราคากลางบนเว็บไซต์ก่อนประกาศประกวดราคา"], ["กองช่าง"],
         "ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘", date(2024, 10, 1), date(2025, 9, 30))]
    assert _header_checks(result) == []


def test_the_same_in_other_words(tmp_path: Path):
    result = _run(tmp_path, SCHOOL)
    assert _measures(result) == [
        ("plan", "ควบคุมการใช้ทรัพย์สินของโรงเรียน", ["จัดทำทะเบียนยืมคืนครุภัณฑ์"], ["งานพัสดุ"], "พฤศจิกายน ๒๕๖๗",
         date(2024, 11, 1), date(2024, 11, 30))]
    assert _header_checks(result) == []

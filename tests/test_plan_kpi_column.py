"""A plan's key-performance-indicator column ("ตัวชี้วัดความสำเร็จ": what will count as done) is a
target, not a result: read as the outcome column, it made the plan an implementation report."""
from __future__ import annotations

from extract import extract_paths
from extract.parse.tables import header_field

PLAN = """แผนการขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568
องค์การบริหารส่วนตำบลห้วยยาง อำเภอเมือง จังหวัดสกลนคร
ที่\tมาตรการ\tขั้นตอนการดำเนินงาน\tผู้รับผิดชอบ\tระยะเวลา\tตัวชี้วัดความสำเร็จ
1\tเผยแพร่แผนการจัดซื้อจัดจ้างประจำปี\tประกาศบนเว็บไซต์ภายในเดือนแรกของปี\tกองคลัง\tต.ค. 2567\tประกาศครบทุกโครงการ
2\tสำรวจความพึงพอใจผู้รับบริการ\tแจกแบบสอบถามที่จุดบริการ\tสำนักปลัด\tม.ค. - มี.ค. 2568\tผู้ตอบไม่น้อยกว่า 200 คน
"""


def test_kpi_headers_are_targets():
    assert [header_field(h) for h in ("ตัวชี้วัดความสำเร็จ", "ตัวชี้วัดผลสำเร็จ", "KPI", "ผลลัพธ์")] == [
        "target", "target", "target", "outcome"]


def test_a_plan_with_a_kpi_column_stays_a_plan(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    (result,) = extract_paths([path], jobs=1)
    assert [(m.table, m.title, m.steps, m.responsible, m.timeframe, m.outcome) for m in result.measures] == [
        ("plan", "เผยแพร่แผนการจัดซื้อจัดจ้างประจำปี", ["ประกาศบนเว็บไซต์ภายในเดือนแรกของปี"], ["กองคลัง"], "ต.ค. 2567", None),
        ("plan", "สำรวจความพึงพอใจผู้รับบริการ", ["แจกแบบสอบถามที่จุดบริการ"], ["สำนักปลัด"], "ม.ค. - มี.ค. 2568", None),
    ]

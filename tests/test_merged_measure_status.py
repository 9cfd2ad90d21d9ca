"""Activities written as rows under one merged measure cell, each with a status of its own: the
rows' status texts were joined into one ("ดำเนินการแล้ว ยังไม่ดำเนินการ"), and of tick columns the
first ticked of any row was taken ("ดำเนินการแล้ว" for a measure one of whose activities is under
way). The measure's status is now left empty with STATUS_MIXED; rows that agree give their status
once. Their outputs are kept apart by "; " (each row's result its own; they were run together by a space). Fixtures samples/libreoffice/merged_status_*.{docx,pdf} (make_merged_status.py)."""
from __future__ import annotations

import pytest

from extract import extract_paths
from tests.conftest import SAMPLES

FIXTURES = SAMPLES / "libreoffice"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_status_text_of_activities_under_one_measure(suffix):
    (result,) = extract_paths([FIXTURES / f"merged_status_text{suffix}"], jobs=1)
    assert [(m.table, m.title, m.steps, m.output, m.status) for m in result.measures] == [
        ("implementation", "มาตรการเสริมสร้างความซื่อสัตย์ของครูและบุคลากร",
         ["ประชุมครูเรื่องจรรยาบรรณวิชาชีพ", "มอบเกียรติบัตรครูต้นแบบ"], "ประชุมแล้ว 2 ครั้ง; มอบแล้ว 3 คน",
         "ดำเนินการแล้ว"),
        ("implementation", "มาตรการเปิดเผยการใช้จ่ายเงินอุดหนุน",
         ["ติดประกาศรายรับรายจ่ายหน้าโรงเรียน", "รายงานคณะกรรมการสถานศึกษา"],
         "ติดประกาศทุกเดือน; รอการประชุมภาคเรียนที่ 2", None),
    ]
    (mixed,) = [c for c in result.checks if c.code == "STATUS_MIXED"]
    assert mixed.severity == "info" and "ดำเนินการแล้ว | ยังไม่ดำเนินการ" in mixed.message


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_ticks_of_activities_under_one_measure(suffix):
    (result,) = extract_paths([FIXTURES / f"merged_status_ticks{suffix}"], jobs=1)
    assert [(m.title, m.steps, m.output, m.status) for m in result.measures] == [
        ("1. มาตรการจัดการข้อร้องเรียนเรื่องสินบน",
         ["แต่งตั้งผู้รับผิดชอบรับเรื่องร้องเรียน", "รายงานผลการจัดการเรื่องร้องเรียนต่อนายก อบต."],
         "มีคำสั่งแต่งตั้งแล้ว; รายงานไตรมาสแรกแล้ว", None),
        ("2. มาตรการกำกับการใช้รถส่วนกลาง", ["จัดทำสมุดบันทึกการใช้รถ", "ตรวจสอบการเบิกน้ำมันเชื้อเพลิง"],
         "จัดทำครบทุกคัน; ตรวจสอบทุกเดือน", "ดำเนินการแล้ว"),
    ]
    (mixed,) = [c for c in result.checks if c.code == "STATUS_MIXED"]
    assert "ดำเนินการแล้ว | อยู่ระหว่างดำเนินการ" in mixed.message

"""A second results column whose every cell is a status written whole ("ผลการดำเนินการ" beside
"ผลผลิต | ผลลัพธ์"; "ผลการปฏิบัติ" beside "ผลการดำเนินงาน") named a field its left neighbour had taken,
and was left out with its statuses. It is the rows' status now (COLUMN_STATUS_FROM_CONTENT). Fixtures
samples/libreoffice/status_beside_output_*.{docx,pdf} (make_status_beside_output.py)."""
from __future__ import annotations

import pytest

from extract import extract_paths
from extract.parse.tables import is_status_column
from tests.conftest import SAMPLES

FIXTURES = SAMPLES / "libreoffice"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_status_column_beside_output_and_outcome(suffix):
    (result,) = extract_paths([FIXTURES / f"status_beside_output_hospital{suffix}"], jobs=1)
    assert [(m.table, m.title, m.output, m.outcome, m.status, m.recommendation) for m in result.measures] == [
        ("implementation", "1. มาตรการป้องกันการขัดกันระหว่างประโยชน์ส่วนตนกับประโยชน์ส่วนรวม", "จัดทำประกาศ 1 ฉบับ",
         "บุคลากรรับทราบร้อยละ 95", "ดำเนินการแล้วเสร็จ", "ควรจัดอบรมเพิ่มเติม"),
        ("implementation", "2. มาตรการตรวจสอบการใช้ดุลพินิจ", "จัดทำแบบตรวจสอบ 1 ชุด", "ไม่มีข้อร้องเรียน",
         "อยู่ระหว่างดำเนินการ", None),
        ("implementation", "3. มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง", "รายงานผลการจัดซื้อจัดจ้าง 6 ฉบับ",
         "ผู้ค้ารับทราบข้อมูลทั่วถึง", "ดำเนินการแล้วเสร็จ", None),
    ]
    (check,) = [c for c in result.checks if c.code.startswith("COLUMN_")]
    assert check.code == "COLUMN_STATUS_FROM_CONTENT" and "'ผลการดำเนินการ'" in check.message


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_status_column_beside_results(suffix):
    (result,) = extract_paths([FIXTURES / f"status_beside_output_tambon{suffix}"], jobs=1)
    assert [(m.title, m.output, m.status, m.responsible) for m in result.measures] == [
        ("เผยแพร่คำสั่งมอบอำนาจของนายก อบต.", "เผยแพร่บนเว็บไซต์เมื่อ 5 พฤศจิกายน 2566", "ดำเนินการแล้ว", ["สำนักปลัด"]),
        ("จัดทำคู่มือการขออนุญาตใช้อาคารสาธารณะ", "อยู่ระหว่างรวบรวมแบบฟอร์ม", "ยังไม่ได้ดำเนินการ", ["กองช่าง"]),
        ("สำรวจความพึงพอใจผู้ชำระภาษีที่ดิน", "สำรวจ 120 ราย พึงพอใจร้อยละ 88", "ดำเนินการแล้ว", ["กองคลัง"]),
    ]


def test_a_status_column_holds_nothing_but_statuses():
    assert is_status_column(["ดำเนินการแล้ว", "อยู่ระหว่าง ดำเนินการ", "ยังไม่ดำเนินการ."])
    assert not is_status_column(["ดำเนินการแล้ว"])  # one cell: too little to tell
    assert not is_status_column(["ดำเนินการแล้ว", "-"])  # a dash, read as nothing, is no status
    assert not is_status_column(["ดำเนินการแล้ว", "ดำเนินการแล้ว 3 ครั้ง"])  # a result, not a status

"""Steps typed on one line of a cell, apart by a semicolon or a slash with spaces ("ตรวจสอบคิวการติดตั้ง;
เผยแพร่สถานะคำขอ", "จัดทำแผน / เผยแพร่สรุปผลรายเดือน"), are steps each (normalize.items.split_steps): the
cell was one step (found by blind documents). A slash without spaces is "or" ("และ/หรือ"). Documents
written for this test."""
from __future__ import annotations

from pathlib import Path

from normalize.items import split_steps
from tests.conftest import text_result


def test_split_steps():
    assert split_steps("ประกาศนโยบาย; ประชาสัมพันธ์ผ่าน LINE") == ["ประกาศนโยบาย", "ประชาสัมพันธ์ผ่าน LINE"]
    assert split_steps("จัดทำแผน / เผยแพร่ผลทุกเดือน / รายงานผู้บริหาร") == [
        "จัดทำแผน", "เผยแพร่ผลทุกเดือน", "รายงานผู้บริหาร"]
    assert split_steps("แจ้งเวียนและ/หรือประชุมชี้แจง") == ["แจ้งเวียนและ/หรือประชุมชี้แจง"]
    assert split_steps("1. สำรวจข้อมูล; จัดหมวดหมู่ 2. เผยแพร่") == ["สำรวจข้อมูล", "จัดหมวดหมู่", "เผยแพร่"]


def test_a_plans_steps_on_one_line(tmp_path: Path):
    text = ("แผนส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568\nเทศบาลตำบลโพนทอง จังหวัดร้อยเอ็ด\n"
            "มาตรการ\tขั้นตอนการดำเนินงาน\tผู้รับผิดชอบ\n"
            "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง\tจัดทำแผนภายในตุลาคม / เผยแพร่สรุปผลทุกเดือน\tกองคลัง\n"
            "ป้องกันการรับสินบน\tประกาศเจตนารมณ์; อบรมพนักงาน; ตั้งกล่องรับเรื่องร้องเรียน\tสำนักปลัด\n")
    result = text_result(tmp_path, text)
    assert [(m.title, m.steps) for m in result.measures] == [
        ("เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", ["จัดทำแผนภายในตุลาคม", "เผยแพร่สรุปผลทุกเดือน"]),
        ("ป้องกันการรับสินบน", ["ประกาศเจตนารมณ์", "อบรมพนักงาน", "ตั้งกล่องรับเรื่องร้องเรียน"])]

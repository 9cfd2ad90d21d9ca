"""A measures plan's indicator column names sub-indicators ("ตัวชี้วัดที่ 9.1 และ 9.2", "9.1 ข้อมูลพื้นฐาน"): the measure
serves their indicator (extract.parse.indicators.sub_indicator_refs); it was linked to none. A number inside
words ("ร้อยละ 9.5") names none. Texts written for this test."""
from __future__ import annotations

from extract import extract_paths
from tests.conftest import word_file

PLAN = """มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568
เทศบาลตำบลหนองหาน อำเภอหนองหาน จังหวัดอุดรธานี
ที่\tมาตรการ\tตัวชี้วัดที่เกี่ยวข้อง\tผู้รับผิดชอบ\tระยะเวลา
1\tเผยแพร่ข้อมูลข่าวสารทางเว็บไซต์\tตัวชี้วัดที่ 9.1 และ 9.2\tสำนักปลัด\tต.ค. 67 - ก.ย. 68
2\tเปิดช่องทางร้องเรียนการทุจริตออนไลน์\tตัวชี้วัดย่อย ๑๐.๒\tสำนักปลัด\tม.ค. 68
3\tประชุมชี้แจงแนวทางป้องกันการทุจริต\tตัวชี้วัดที่ 5, 10\tสำนักปลัด\tพ.ย. 67
"""


def test_sub_indicators_link_their_indicator(write_report):
    [result] = extract_paths([write_report(PLAN)])
    assert [(m.row, m.title, m.indicators) for m in result.measures] == [
        (1, "เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์", [9]),
        (2, "เปิดช่องทางร้องเรียนการทุจริตออนไลน์", [10]),
        (3, "ประชุมชี้แจงแนวทางป้องกันการทุจริต", [5, 10])]


def test_a_sub_indicator_and_its_name_in_a_word_file(tmp_path):
    # other words: a hospital's plan, the column headed "ตัวชี้วัด", a sub-indicator with its name
    path = word_file(tmp_path / "plan.docx", [
        "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2568", "โรงพยาบาลหนองหาน จังหวัดอุดรธานี"], [
        ["ลำดับ", "กิจกรรม", "ตัวชี้วัด", "ผู้รับผิดชอบ"],
        ["1", "ปรับปรุงหน้าเว็บไซต์ข้อมูลพื้นฐานของโรงพยาบาล", "9.1 ข้อมูลพื้นฐาน", "งานสารสนเทศ"],
        ["2", "จัดทำรายงานผลการจัดซื้อจัดจ้างรายเดือน", "ร้อยละ 9.5 ของรายการ", "งานพัสดุ"]])
    [result] = extract_paths([path])
    assert [(m.title, m.indicators) for m in result.measures] == [
        ("ปรับปรุงหน้าเว็บไซต์ข้อมูลพื้นฐานของโรงพยาบาล", [9]), ("จัดทำรายงานผลการจัดซื้อจัดจ้างรายเดือน", [])]

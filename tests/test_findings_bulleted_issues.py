"""Under an issues heading ("ประเด็นที่ต้องพัฒนา"), each indicator line heads the short bulleted issues
listed under it: they are its finding (lines shorter than a paragraph ended it, so none was read). The
next indicator's heading is still in the issues section though bullets stand between it and the
heading. Written for this test."""
from pathlib import Path

from extract import extract_paths

TEXT = """รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567
เทศบาลตำบลบ้านแท่น อำเภอบ้านแท่น จังหวัดชัยภูมิ

ประเด็นที่ต้องพัฒนา
ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร
- ประชาชนบางส่วนไม่ทราบช่องทางร้องเรียนออนไลน์
- การตอบกลับข้อร้องเรียนล่าช้ากว่า 15 วัน
ตัวชี้วัดที่ 10 การป้องกันการทุจริต
- ยังไม่ได้จัดทำรายงานการประเมินความเสี่ยงการทุจริต

แนวทางการพัฒนา
1. ประชาสัมพันธ์ช่องทางร้องเรียนผ่านเสียงตามสาย ผู้รับผิดชอบ สำนักปลัด ระยะเวลา ม.ค. 2568
2. จัดทำรายงานความเสี่ยงการทุจริต ผู้รับผิดชอบ สำนักปลัด ระยะเวลา มี.ค. 2568
"""


def test_bulleted_issues_under_an_indicator_are_its_finding(tmp_path: Path):
    path = tmp_path / "analysis.txt"
    path.write_text(TEXT, encoding="utf-8")
    (result,) = extract_paths([path])
    assert [(f.indicator, f.text) for f in result.findings] == [
        (7, "- ประชาชนบางส่วนไม่ทราบช่องทางร้องเรียนออนไลน์ - การตอบกลับข้อร้องเรียนล่าช้ากว่า 15 วัน"),
        (10, "- ยังไม่ได้จัดทำรายงานการประเมินความเสี่ยงการทุจริต")]
    assert [m.title for m in result.measures] == ["1. ประชาสัมพันธ์ช่องทางร้องเรียนผ่านเสียงตามสาย",
                                                  "2. จัดทำรายงานความเสี่ยงการทุจริต"]


def test_bullets_outside_an_issues_section_stay_out(tmp_path: Path):
    path = tmp_path / "plain.txt"
    path.write_text(TEXT.replace("ประเด็นที่ต้องพัฒนา\n", "ผลคะแนนรายตัวชี้วัด\n"), encoding="utf-8")
    (result,) = extract_paths([path])
    assert result.findings == []

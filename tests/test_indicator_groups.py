"""A measures table grouped by indicator: the indicator cell merged over several measures ("ตัวชี้วัดที่ ๙ …
| มาตรการ ก" over " | มาตรการ ข"). A measure under the merged cell serves that indicator too (it had
none). A table written for this test."""
from pathlib import Path

from extract import extract_paths

TABLE = ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568\n"
         "เทศบาลตำบลวังยาง อำเภอวังยาง จังหวัดนครพนม\n\n"
         "ตัวชี้วัด\tมาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\n"
         "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\tมาตรการเผยแพร่ข้อมูลสาธารณะ\tปรับปรุงเว็บไซต์ทุกเดือน\tสำนักปลัด\n"
         "\tมาตรการตรวจสอบความถูกต้องของข้อมูล\tแต่งตั้งผู้ตรวจสอบข้อมูลก่อนเผยแพร่\tกองคลัง\n"
         "ตัวชี้วัดที่ 10 การป้องกันการทุจริต\tมาตรการประเมินความเสี่ยงการทุจริต\tจัดทำแผนบริหารความเสี่ยง\tสำนักปลัด\n")


def test_a_measure_under_a_merged_indicator_cell_serves_that_indicator(tmp_path: Path):
    page = tmp_path / "plan.txt"
    page.write_text(TABLE, encoding="utf-8")
    [result] = extract_paths([page])
    assert [(m.title, m.indicators, m.responsible) for m in result.measures] == [
        ("มาตรการเผยแพร่ข้อมูลสาธารณะ", [9], ["สำนักปลัด"]),
        ("มาตรการตรวจสอบความถูกต้องของข้อมูล", [9], ["กองคลัง"]),
        ("มาตรการประเมินความเสี่ยงการทุจริต", [10], ["สำนักปลัด"])]

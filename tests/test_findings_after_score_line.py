"""An indicator heading with its score on a line of its own under it, then the analysis
("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล" / "คะแนนที่ได้ 81.25" / "ข้อค้นพบ : …"): the score line is a record of
its own and the analysis after it is the indicator's finding (the score line ended the paragraph, so no
finding was read). Written for this test."""
from pathlib import Path

from extract import extract_paths

TEXT = """รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567
เทศบาลตำบลบ้านแท่น อำเภอบ้านแท่น จังหวัดชัยภูมิ

ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่
คะแนนที่ได้ 95.00
ข้อค้นพบ : บุคลากรปฏิบัติงานตามขั้นตอน
ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล
ผลคะแนน : ๘๑.๒๕ คะแนน
ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์ไม่เป็นปัจจุบัน และยังไม่ได้เผยแพร่รายงานผลการดำเนินงานรอบ 6 เดือน
คะแนนภาพรวม 90.12 คะแนน ระดับ A
"""


def test_the_analysis_under_a_score_line_is_the_finding(tmp_path: Path):
    path = tmp_path / "analysis.txt"
    path.write_text(TEXT, encoding="utf-8")
    (result,) = extract_paths([path])
    assert [(f.indicator, f.text) for f in result.findings] == [
        (1, "ข้อค้นพบ : บุคลากรปฏิบัติงานตามขั้นตอน"),
        (9, "ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์ไม่เป็นปัจจุบัน และยังไม่ได้เผยแพร่รายงานผลการดำเนินงานรอบ 6 เดือน")]
    assert [(s.level, s.indicator, s.score) for s in result.scores] == [
        ("indicator", 1, 95.0), ("indicator", 9, 81.25), ("overall", None, 90.12)]

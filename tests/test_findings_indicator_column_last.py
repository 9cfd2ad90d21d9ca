"""An analysis table whose indicator column is not the first ("ข้อเสนอแนะ | จุดอ่อน | ตัวชี้วัด"): the
indicator was read from the first column, so a row whose advice happened to name an indicator
("จัดอบรมการใช้ทรัพย์สินของราชการ…") was tied to it and the others were lost. The column headed as the
indicator (tables.indicator_column) names each row's indicator. Wording written for this test."""
from pathlib import Path

from extract import extract_paths

TEXT = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
เทศบาลตำบลทุ่งโฮ้ง อำเภอเมืองแพร่ จังหวัดแพร่
ผลการประเมินภาพรวม ๘๙.๑๕ คะแนน ระดับ ผ่าน

ตารางวิเคราะห์
ข้อเสนอแนะ\tจุดอ่อน\tตัวชี้วัด
จัดอบรมการใช้ทรัพย์สินของราชการให้บุคลากร\tบุคลากรบางส่วนนำทรัพย์สินไปใช้ส่วนตัว\tการใช้ทรัพย์สินของราชการ
เผยแพร่รายงานผลการดำเนินงานรอบ ๖ เดือน\tข้อมูลการดำเนินงานไม่เป็นปัจจุบัน\tการเปิดเผยข้อมูล
ให้ทุกกองตอบข้อร้องเรียนภายใน ๑๕ วัน\tการตอบข้อร้องเรียนล่าช้า\tตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต
"""


def test_findings(tmp_path: Path):
    path = tmp_path / "analysis.txt"
    path.write_text(TEXT, encoding="utf-8")
    [result] = extract_paths([path])
    assert [(f.indicator, f.text) for f in result.findings] == [
        (4, "บุคลากรบางส่วนนำทรัพย์สินไปใช้ส่วนตัว"), (9, "ข้อมูลการดำเนินงานไม่เป็นปัจจุบัน"),
        (5, "การตอบข้อร้องเรียนล่าช้า")]
    assert [(s.level, s.score, s.grade) for s in result.scores] == [("overall", 89.15, "ผ่าน")]

"""An analysis written as plain lines instead of tables: a score table flattened to one line per
indicator ("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ๘๕.๗๐", no unit), one-line findings under an issues
heading, and a short list of improvements each naming its unit and time under "แนวทางการนำผลการประเมิน
ไปปรับปรุง". Documents written for this test in other words than any seed."""
from pathlib import Path

from tests.conftest import text_result as _run

OBT = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ
ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
องค์การบริหารส่วนตำบลหนองบัวแดง อำเภอเมืองยโสธร จังหวัดยโสธร

๒. ผลการประเมิน
องค์การบริหารส่วนตำบลหนองบัวแดง ได้รับผลคะแนนการประเมินในภาพรวมเท่ากับ ๘๙.๓๔ คะแนน ระดับผลการประเมิน A

๓. ผลคะแนนรายตัวชี้วัด
ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ๙๒.๕๐
ตัวชี้วัดที่ ๒ การใช้งบประมาณ ๘๘.๔๐
ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ๘๕.๗๐
ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ๗๘.๓๓

๔. ประเด็นที่ต้องพัฒนา
ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ได้คะแนนต่ำสุด เนื่องจากยังไม่มีการเผยแพร่ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมภายในหน่วยงาน
ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ บุคลากรบางส่วนยังไม่เข้าใจขั้นตอนการยืมทรัพย์สิน

๕. แนวทางการนำผลการประเมินไปปรับปรุง
๑) จัดทำคู่มือการยืมพัสดุและครุภัณฑ์ เผยแพร่ให้บุคลากรทราบ ผู้รับผิดชอบ กองคลัง ระยะเวลา มกราคม - มีนาคม ๒๕๖๘
๒) เผยแพร่รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมบนเว็บไซต์ ผู้รับผิดชอบ สำนักปลัด ระยะเวลา ภายในเดือนเมษายน ๒๕๖๘
"""

# the same shapes in other words: a school, "(๗)" and "๖." numbering, ":" before the score, a
# "จุดอ่อน" heading, field lines under "ข้อ" items
SCHOOL = """ผลการวิเคราะห์การประเมิน ITA โรงเรียนบ้านโนนสว่าง ปีงบประมาณ ๒๕๖๖
คะแนนตามตัวชี้วัด
(๖) คุณภาพการดำเนินงาน : ๙๐.๑๕
(๗) ประสิทธิภาพการสื่อสาร : ๘๑.๐๔
OIT ๗๙.๕๐
จุดอ่อนที่พบ
๗. ประสิทธิภาพการสื่อสาร ผู้ปกครองไม่ทราบช่องทางการร้องเรียนของโรงเรียน
การนำผลการประเมินไปพัฒนาโรงเรียน
ข้อ ๑ ประชาสัมพันธ์ช่องทางร้องเรียนผ่านกลุ่มไลน์ผู้ปกครอง
ผู้รับผิดชอบ งานประชาสัมพันธ์
ข้อ ๒ ติดป้ายช่องทางการติดต่อหน้าโรงเรียน
ระยะเวลา พฤศจิกายน ๒๕๖๖
"""


def test_flattened_indicator_rows_one_line_findings_and_fielded_improvements(tmp_path: Path):
    result = _run(tmp_path, OBT)
    assert [(s.level, s.indicator, s.score, s.where.line) for s in result.scores] == [
        ("overall", None, 89.34, 6), ("indicator", 1, 92.5, 9), ("indicator", 2, 88.4, 10),
        ("indicator", 4, 85.7, 11), ("indicator", 10, 78.33, 12)]
    assert [(f.indicator, f.text, f.where.line) for f in result.findings] == [
        (10, "ได้คะแนนต่ำสุด เนื่องจากยังไม่มีการเผยแพร่ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมภายในหน่วยงาน", 15),
        (4, "บุคลากรบางส่วนยังไม่เข้าใจขั้นตอนการยืมทรัพย์สิน", 16)]
    assert [(m.table, m.title, m.responsible, m.timeframe, str(m.period_start), str(m.period_end))
            for m in result.measures] == [
        ("improvement", "๑) จัดทำคู่มือการยืมพัสดุและครุภัณฑ์ เผยแพร่ให้บุคลากรทราบ", ["กองคลัง"],
         "มกราคม - มีนาคม ๒๕๖๘", "2025-01-01", "2025-03-31"),
        ("improvement", "๒) เผยแพร่รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมบนเว็บไซต์", ["สำนักปลัด"],
         "ภายในเดือนเมษายน ๒๕๖๘", "None", "2025-04-30")]


def test_the_same_shapes_in_other_words(tmp_path: Path):
    result = _run(tmp_path, SCHOOL)
    assert [(s.level, s.tool, s.indicator, s.score) for s in result.scores] == [
        ("indicator", "EIT", 6, 90.15), ("indicator", "EIT", 7, 81.04), ("tool", "OIT", None, 79.5)]
    assert [(f.indicator, f.text) for f in result.findings] == [
        (7, "ผู้ปกครองไม่ทราบช่องทางการร้องเรียนของโรงเรียน")]
    assert [(m.table, m.title, m.responsible, m.timeframe) for m in result.measures] == [
        ("improvement", "ข้อ ๑ ประชาสัมพันธ์ช่องทางร้องเรียนผ่านกลุ่มไลน์ผู้ปกครอง", ["งานประชาสัมพันธ์"], None),
        ("improvement", "ข้อ ๒ ติดป้ายช่องทางการติดต่อหน้าโรงเรียน", [], "พฤศจิกายน ๒๕๖๖")]


def test_what_stays_out(tmp_path: Path):
    result = _run(tmp_path, (
        "รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\nเทศบาลตำบลนาเชือก\n"
        # a whole number after a label is a count, not a score; a label with more words is no row
        "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ๓\n"
        "ตัวชี้วัดที่ ๒ การใช้งบประมาณ งบประมาณที่เบิกจ่าย ๔๕.๕๐\n"
        # advice is no finding: an indicator line under ข้อเสนอแนะ
        "ข้อเสนอแนะ\n"
        "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ควรปรับปรุงเว็บไซต์ให้เป็นปัจจุบันทุกเดือน\n"
        # two improvements that name no unit or time are not enough for a list
        "แนวทางการนำผลการประเมินไปปรับปรุง\n"
        "๑) ประชุมชี้แจงบุคลากร\n"
        "๒) ทบทวนคู่มือการปฏิบัติงาน\n"))
    assert result.scores == []
    assert result.findings == []
    assert result.measures == []

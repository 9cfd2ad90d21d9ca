"""An analysis table that also plans the fixes: one row per indicator with its score, the issue
found and the remedy, unit and time ("ตัวชี้วัด | คะแนน | ประเด็นที่ต้องพัฒนา | แนวทางการพัฒนา |
ผู้รับผิดชอบ | ระยะเวลา"). Each row gives the indicator's score, its finding and an improvement
measure. The score is read against the indicator column only. Documents written for this test."""
from datetime import date
from pathlib import Path

from tests.conftest import text_result as _run

MUNICIPALITY = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
เทศบาลตำบลท่าช้าง อำเภอเมืองจันทบุรี จังหวัดจันทบุรี

ตัวชี้วัด\tคะแนน\tประเด็นที่ต้องพัฒนา\tแนวทางการพัฒนา\tผู้รับผิดชอบ\tระยะเวลา
ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร\t๗๘.๔๐\tประชาชนไม่ทราบช่องทางการร้องเรียน\tประชาสัมพันธ์ช่องทางร้องเรียนผ่านเสียงตามสาย\tสำนักปลัด\tมกราคม - มีนาคม ๒๕๖๘
ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\t๘๒.๐๐\tข้อมูลการจัดซื้อจัดจ้างไม่เป็นปัจจุบัน\tปรับปรุงข้อมูลบนเว็บไซต์ทุกเดือน\tกองคลัง\tตลอดปีงบประมาณ ๒๕๖๘
"""

# other words: a hospital, "ผลคะแนน", "จุดที่ต้องพัฒนา", "แนวทางแก้ไข", the issue cell naming another
# indicator in passing (the score stays the row's), an indicator with nothing to improve ("-")
HOSPITAL = """ผลการวิเคราะห์การประเมิน ITA ปีงบประมาณ ๒๕๖๖ โรงพยาบาลบ้านโป่ง
ตัวชี้วัด\tผลคะแนน\tจุดที่ต้องพัฒนา\tแนวทางแก้ไข\tหน่วยงานที่รับผิดชอบ
๒. การใช้งบประมาณ\t91.25\t-\t-\t-
๔. การใช้ทรัพย์สินของราชการ\t84.10\tบุคลากรยังยืมครุภัณฑ์โดยไม่ผ่านขั้นตอน ซึ่งกระทบการปฏิบัติหน้าที่\tจัดทำแบบฟอร์มการยืมทรัพย์สินและเผยแพร่ในไลน์กลุ่ม\tงานพัสดุ
"""

# a measures table with a target score column and no indicator column: no score, no finding
TARGETS = """แผนการขับเคลื่อนมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ ๒๕๖๗ เทศบาลตำบลหนองหาน
มาตรการ\tคะแนนเป้าหมาย\tผู้รับผิดชอบ\tระยะเวลา
เผยแพร่ข้อมูลสาธารณะครบทุกรายการ\t๙๐.๐๐\tสำนักปลัด\tตุลาคม ๒๕๖๖
"""


def test_scores_findings_and_improvements_of_one_table(tmp_path: Path):
    result = _run(tmp_path, MUNICIPALITY)
    assert [(s.level, s.indicator, s.score, s.fiscal_year, s.where.line) for s in result.scores] == [
        ("indicator", 7, 78.4, 2567, 5), ("indicator", 9, 82.0, 2567, 6)]
    assert [(f.indicator, f.text, f.where.line) for f in result.findings] == [
        (7, "ประชาชนไม่ทราบช่องทางการร้องเรียน", 5), (9, "ข้อมูลการจัดซื้อจัดจ้างไม่เป็นปัจจุบัน", 6)]
    assert [(m.table, m.title, m.indicators, m.steps, m.responsible, m.period_start, m.period_end)
            for m in result.measures] == [
        ("improvement", "ประชาชนไม่ทราบช่องทางการร้องเรียน", [7], ["ประชาสัมพันธ์ช่องทางร้องเรียนผ่านเสียงตามสาย"],
         ["สำนักปลัด"], date(2025, 1, 1), date(2025, 3, 31)),
        ("improvement", "ข้อมูลการจัดซื้อจัดจ้างไม่เป็นปัจจุบัน", [9], ["ปรับปรุงข้อมูลบนเว็บไซต์ทุกเดือน"], ["กองคลัง"],
         date(2024, 10, 1), date(2025, 9, 30))]
    assert [c.code for c in result.checks if c.code == "TABLE_HEADER_UNKNOWN"] == []
    assert result.report.report_kind == "mixed"


def test_the_same_table_in_other_words(tmp_path: Path):
    result = _run(tmp_path, HOSPITAL)
    assert [(s.indicator, s.score, s.fiscal_year) for s in result.scores] == [(2, 91.25, 2566), (4, 84.1, 2566)]
    assert [(f.indicator, f.text) for f in result.findings] == [
        (4, "บุคลากรยังยืมครุภัณฑ์โดยไม่ผ่านขั้นตอน ซึ่งกระทบการปฏิบัติหน้าที่")]
    assert [(m.title, m.indicators, m.responsible) for m in result.measures] == [
        ("บุคลากรยังยืมครุภัณฑ์โดยไม่ผ่านขั้นตอน ซึ่งกระทบการปฏิบัติหน้าที่", [4], ["งานพัสดุ"])]


def test_a_target_score_beside_no_indicator_column_is_no_score(tmp_path: Path):
    result = _run(tmp_path, TARGETS)
    assert result.scores == [] and result.findings == []
    assert [(m.table, m.title) for m in result.measures] == [("plan", "เผยแพร่ข้อมูลสาธารณะครบทุกรายการ")]


# other words again: "ข้อค้นพบ" heads the issues, a pass/fail "ระดับ" column, a row-number-free table
# whose indicator column carries the number; the row with nothing found ("-") is no measure
HEALTH_OFFICE = """รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566
สำนักงานสาธารณสุขอำเภอโพนทอง จังหวัดร้อยเอ็ด
ตารางที่ 1 ผลการประเมินรายตัวชี้วัด
ตัวชี้วัด\tคะแนน\tระดับ\tข้อค้นพบ\tแนวทางการพัฒนา\tผู้รับผิดชอบ
1. การปฏิบัติหน้าที่\t96.20\tผ่าน\t-\t-\t-
4. การใช้ทรัพย์สินของราชการ\t78.45\tไม่ผ่าน\tบุคลากรไม่ทราบขั้นตอนการยืมพัสดุ\tจัดทำคู่มือการยืมพัสดุและชี้แจงในที่ประชุมประจำเดือน\tงานพัสดุ
10. การป้องกันการทุจริต\t81.25\tไม่ผ่าน\tไม่มีการวิเคราะห์ความเสี่ยงการทุจริต\tจัดทำแผนบริหารความเสี่ยงการทุจริตประจำปี\tงานบริหารทั่วไป
"""


def test_findings_headed_as_what_was_found_are_the_improvements_titles(tmp_path: Path):
    result = _run(tmp_path, HEALTH_OFFICE)
    assert [(s.indicator, s.score) for s in result.scores] == [(1, 96.2), (4, 78.45), (10, 81.25)]
    assert [(f.indicator, f.text) for f in result.findings] == [
        (4, "บุคลากรไม่ทราบขั้นตอนการยืมพัสดุ"), (10, "ไม่มีการวิเคราะห์ความเสี่ยงการทุจริต")]
    assert [(m.table, m.title, m.indicators, m.steps, m.responsible) for m in result.measures] == [
        ("improvement", "บุคลากรไม่ทราบขั้นตอนการยืมพัสดุ", [4],
         ["จัดทำคู่มือการยืมพัสดุและชี้แจงในที่ประชุมประจำเดือน"], ["งานพัสดุ"]),
        ("improvement", "ไม่มีการวิเคราะห์ความเสี่ยงการทุจริต", [10], ["จัดทำแผนบริหารความเสี่ยงการทุจริตประจำปี"],
         ["งานบริหารทั่วไป"])]
    assert [c.code for c in result.checks if c.code == "TABLE_HEADER_UNKNOWN"] == []


# other words: "ผลการวิเคราะห์" beside each indicator is its finding, and the remedy column
# "แนวทางการพัฒนา" beside indicator rows makes the rows improvements (they were a plan)
ANALYSIS_COLUMN = """รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566
เทศบาลตำบลบ้านเหล่า อำเภอเมือง จังหวัดแพร่
ตัวชี้วัด\tผลการวิเคราะห์\tแนวทางการพัฒนา\tผู้รับผิดชอบ
7. ประสิทธิภาพการสื่อสาร\tประชาชนยังไม่ทราบช่องทางการร้องเรียนออนไลน์\tประชาสัมพันธ์ผ่านหอกระจายข่าว\tสำนักปลัด
9. การเปิดเผยข้อมูล\t-\t-\t-
"""


def test_an_analysis_column_gives_findings_and_a_remedy_column_improvements(tmp_path: Path):
    result = _run(tmp_path, ANALYSIS_COLUMN)
    assert [(f.indicator, f.text) for f in result.findings] == [(7, "ประชาชนยังไม่ทราบช่องทางการร้องเรียนออนไลน์")]
    assert [(m.table, m.indicators, m.steps, m.responsible) for m in result.measures] == [
        ("improvement", [7], ["ประชาสัมพันธ์ผ่านหอกระจายข่าว"], ["สำนักปลัด"])]

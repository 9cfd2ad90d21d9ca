"""An analysis table whose only measure column is the remedy of each indicator ("ตัวชี้วัด | ผลคะแนน |
ประเด็นที่ต้องพัฒนา | แนวทางการพัฒนา", no unit or time beside it): each row gives the indicator's score, its
finding and an improvement measure with the indicator (it gave the findings only). An indicator with
nothing to improve ("- | -" beside its score) is no measure and no check. A remedy column is not advice
("ข้อเสนอแนะ"), nor is an issue column without a remedy a measure. Documents written for this test."""
from pathlib import Path

from tests.conftest import text_result as _run

TAMBON = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
องค์การบริหารส่วนตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี

ตัวชี้วัด\tผลคะแนน\tประเด็นที่ต้องพัฒนา\tแนวทางการพัฒนา
ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต\t๗๒.๕๐\tประชาชนไม่มั่นใจว่าหน่วยงานจัดการเรื่องร้องเรียน\tเผยแพร่ผลการจัดการเรื่องร้องเรียนทุกไตรมาส
ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน\t๗๖.๑๐\tขั้นตอนการขออนุญาตยังล่าช้า\tลดขั้นตอนการออกใบอนุญาตและให้บริการออนไลน์
"""

# other words: "คะแนนที่ได้", "จุดที่ควรปรับปรุง", "แนวทางในการปรับปรุง" (with "ใน"), numbered indicator names,
# an indicator with nothing to improve
AREA_OFFICE = """ผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ ๒๕๖๖
สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต ๒
ตัวชี้วัด\tคะแนนที่ได้\tจุดที่ควรปรับปรุง\tแนวทางในการปรับปรุง
๔. การใช้ทรัพย์สินของราชการ\t79.60\tบุคลากรยังนำรถราชการไปใช้ส่วนตัว\tกำหนดระเบียบการขอใช้รถราชการและตรวจสอบสมุดบันทึก
๙. การเปิดเผยข้อมูล\t85.00\t-\t-
"""

# the remedy beside the indicator and its score only: the indicator is the measure's title
NO_ISSUE_COLUMN = """ผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ ๒๕๖๖
เทศบาลตำบลวังสะพุง อำเภอวังสะพุง จังหวัดเลย
ตัวชี้วัด\tผลคะแนน\tแนวทางการยกระดับ
ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน\t80.10\tลดระยะเวลาการให้บริการและประกาศมาตรฐานเวลา
"""

# advice beside the issue, and an issue column alone: findings, no measures
ADVICE = """ผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ ๒๕๖๖
เทศบาลตำบลภูหลวง อำเภอภูหลวง จังหวัดเลย
ตัวชี้วัด\tผลคะแนน\tประเด็นที่ต้องพัฒนา\tข้อเสนอแนะ
ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน\t80.10\tการให้บริการล่าช้า\tควรลดขั้นตอน
"""
ISSUES_ONLY = """ผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ ๒๕๖๖
เทศบาลตำบลนาด้วง อำเภอนาด้วง จังหวัดเลย
ตัวชี้วัด\tผลคะแนน\tประเด็นที่ต้องพัฒนา
ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน\t80.10\tการให้บริการล่าช้า
"""


def _measures(result):
    return [(m.table, m.title, m.indicators, m.steps, m.responsible, m.timeframe, m.table_fiscal_year, m.where.line)
            for m in result.measures]


def test_remedy_column_gives_one_improvement_per_indicator(tmp_path: Path):
    result = _run(tmp_path, TAMBON)
    assert _measures(result) == [
        ("improvement", "ประชาชนไม่มั่นใจว่าหน่วยงานจัดการเรื่องร้องเรียน", [5],
         ["เผยแพร่ผลการจัดการเรื่องร้องเรียนทุกไตรมาส"], [], None, 2567, 5),
        ("improvement", "ขั้นตอนการขออนุญาตยังล่าช้า", [8], ["ลดขั้นตอนการออกใบอนุญาตและให้บริการออนไลน์"], [],
         None, 2567, 6)]
    assert [(f.indicator, f.text, f.where.line) for f in result.findings] == [
        (5, "ประชาชนไม่มั่นใจว่าหน่วยงานจัดการเรื่องร้องเรียน", 5), (8, "ขั้นตอนการขออนุญาตยังล่าช้า", 6)]
    assert [(s.indicator, s.score) for s in result.scores] == [(5, 72.5), (8, 76.1)]
    assert [c.code for c in result.checks if c.severity != "info"] == []


def test_the_same_in_other_words(tmp_path: Path):
    result = _run(tmp_path, AREA_OFFICE)
    assert _measures(result) == [
        ("improvement", "บุคลากรยังนำรถราชการไปใช้ส่วนตัว", [4], ["กำหนดระเบียบการขอใช้รถราชการและตรวจสอบสมุดบันทึก"],
         [], None, 2566, 4)]
    assert [(f.indicator, f.text) for f in result.findings] == [(4, "บุคลากรยังนำรถราชการไปใช้ส่วนตัว")]
    # the indicator with nothing to improve: its score is no "what will be done" (no MEASURE_UNTITLED)
    assert [c.code for c in result.checks] == []


def test_remedy_beside_the_indicator_alone(tmp_path: Path):
    result = _run(tmp_path, NO_ISSUE_COLUMN)
    assert _measures(result) == [
        ("improvement", "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน", [6], ["ลดระยะเวลาการให้บริการและประกาศมาตรฐานเวลา"], [],
         None, 2566, 4)]


def test_advice_or_issues_alone_are_no_measures(tmp_path: Path):
    for text in (ADVICE, ISSUES_ONLY):
        result = _run(tmp_path, text)
        assert result.measures == []
        assert [(f.indicator, f.text) for f in result.findings] == [(6, "การให้บริการล่าช้า")]


# the remedy named as the way of improving ("วิธีการพัฒนา"), not by an improvement cue of lead-ins
WAY = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๗
เทศบาลตำบลคำม่วง อำเภอคำม่วง จังหวัดกาฬสินธุ์
ตัวชี้วัด\tคะแนน\tสิ่งที่ควรพัฒนา\tวิธีการพัฒนา
๗. ประสิทธิภาพการสื่อสาร\t81.00\tประชาชนไม่ทราบข่าวสาร\tเพิ่มการประชาสัมพันธ์ผ่านเฟซบุ๊ก
๘. การปรับปรุงระบบการทำงาน\t79.50\tไม่มีระบบขอรับบริการออนไลน์\tพัฒนาระบบ e-Service
"""


def test_remedy_named_as_the_way_of_improving(tmp_path: Path):
    result = _run(tmp_path, WAY)
    assert _measures(result) == [
        ("improvement", "ประชาชนไม่ทราบข่าวสาร", [7], ["เพิ่มการประชาสัมพันธ์ผ่านเฟซบุ๊ก"], [], None, 2567, 4),
        ("improvement", "ไม่มีระบบขอรับบริการออนไลน์", [8], ["พัฒนาระบบ e-Service"], [], None, 2567, 5)]
    assert [(f.indicator, f.text) for f in result.findings] == [
        (7, "ประชาชนไม่ทราบข่าวสาร"), (8, "ไม่มีระบบขอรับบริการออนไลน์")]

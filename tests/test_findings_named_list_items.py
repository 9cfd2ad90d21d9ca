"""Under an issues heading, a list item that opens with an indicator's name and no number — after a
bullet ("- การป้องกันการทุจริต : …") or after "ตัวชี้วัด" ("1. ตัวชี้วัดการแก้ไขปัญหาการทุจริต …") — is
that indicator's finding; none was read. Strengths ("จุดแข็ง") are no issues heading: their items stay
out. extract/parse/findings.NAMED_LEAD. Texts written for this test."""
from pathlib import Path

from extract import extract_paths

HEAD = "องค์การบริหารส่วนตำบลหนองไผ่\nการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. 2568\n"


def _findings(tmp_path: Path, text: str):
    path = tmp_path / "analysis.txt"
    path.write_text(HEAD + text, encoding="utf-8")
    (result,) = extract_paths([path])
    return [(f.indicator, f.tool, f.text, f.where.line) for f in result.findings]


def test_numbered_items_naming_an_indicator_after_its_word(tmp_path: Path):
    assert _findings(tmp_path, "จุดแข็ง\n"
                               "1. ตัวชี้วัดการใช้อำนาจ ได้คะแนนสูง ผู้บริหารมอบหมายงานอย่างเป็นธรรม\n"
                               "2. ตัวชี้วัดการใช้ทรัพย์สินของราชการ บุคลากรไม่นำทรัพย์สินไปใช้ส่วนตัว\n"
                               "จุดที่ต้องพัฒนา\n"
                               "1. ตัวชี้วัดการแก้ไขปัญหาการทุจริต บุคลากรยังไม่มั่นใจว่าการร้องเรียนจะได้รับการคุ้มครอง\n"
                               "2. ตัวชี้วัดการป้องกันการทุจริต หน่วยงานยังไม่เผยแพร่ผลการดำเนินการตามมาตรการ\n") == [
        (5, "IIT", "บุคลากรยังไม่มั่นใจว่าการร้องเรียนจะได้รับการคุ้มครอง", 7),
        (10, "OIT", "หน่วยงานยังไม่เผยแพร่ผลการดำเนินการตามมาตรการ", 8)]


def test_bulleted_items_opening_with_a_name(tmp_path: Path):
    assert _findings(tmp_path, "ประเด็นที่ต้องพัฒนา\n"
                               "- คุณภาพการดำเนินงาน : ผู้รับบริการเห็นว่าขั้นตอนการให้บริการยังล่าช้า\n"
                               "• การเปิดเผยข้อมูล – ยังไม่เผยแพร่รายงานผลการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์\n") == [
        (6, "EIT", "ผู้รับบริการเห็นว่าขั้นตอนการให้บริการยังล่าช้า", 4),
        (9, "OIT", "ยังไม่เผยแพร่รายงานผลการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์", 5)]


def test_such_items_outside_an_issues_section_stay_out(tmp_path: Path):
    assert _findings(tmp_path, "แนวทางการดำเนินงาน\n"
                               "- การเปิดเผยข้อมูล : เผยแพร่รายงานผลการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์ทุกไตรมาส\n") == []


def test_an_indicators_name_alone_on_a_line_heads_its_issues(tmp_path: Path):
    assert _findings(tmp_path, "ประเด็นที่ต้องพัฒนา\n"
                               "การใช้ทรัพย์สินของราชการ\n"
                               "- บุคลากรยังไม่ทราบขั้นตอนการขออนุญาตยืมทรัพย์สินของราชการ\n"
                               "การแก้ไขปัญหาการทุจริต :\n"
                               "- ยังไม่มีการเผยแพร่ผลการดำเนินการเรื่องร้องเรียนการทุจริตให้สาธารณชนทราบ\n") == [
        (4, "IIT", "- บุคลากรยังไม่ทราบขั้นตอนการขออนุญาตยืมทรัพย์สินของราชการ", 5),
        (5, "IIT", "- ยังไม่มีการเผยแพร่ผลการดำเนินการเรื่องร้องเรียนการทุจริตให้สาธารณชนทราบ", 7)]
    # not under an issues heading: a name alone heads nothing
    assert _findings(tmp_path, "ผลคะแนนรายตัวชี้วัด\nการใช้ทรัพย์สินของราชการ\n"
                               "- บุคลากรยังไม่ทราบขั้นตอนการขออนุญาตยืมทรัพย์สินของราชการ\n") == []

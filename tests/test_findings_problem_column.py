"""An analysis table whose rows are indicators and whose issue column is headed "ประเด็นปัญหา"
("ตัวชี้วัด | ผลคะแนน | ประเด็นปัญหา/สาเหตุ | แนวทางแก้ไข") gave no finding and no measure (one body
column is no measures table). schemas/headers.FINDING_HEADERS. Tables written for this test."""
from pathlib import Path

from extract import extract_paths
from tests.conftest import word_file

LINES = ["โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคกสี",
         "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"]
ROWS = [["๑. การปฏิบัติหน้าที่", "๙๓.๒๐", "ผู้รับบริการบางรายเห็นว่าการให้บริการไม่เป็นไปตามลำดับ",
         "จัดระบบบัตรคิวและประกาศขั้นตอนให้ชัดเจน"],
        ["๔. การใช้ทรัพย์สินของราชการ", "๗๖.๕๐", "บุคลากรไม่ทราบขั้นตอนการขออนุญาตยืมทรัพย์สิน",
         "จัดทำคู่มือการยืมทรัพย์สินและเผยแพร่ในที่ประชุม"]]


def _findings(path: Path):
    (result,) = extract_paths([path])
    return [(f.indicator, f.tool, f.text) for f in result.findings]


def test_a_problem_column_of_an_indicator_table_holds_its_findings(tmp_path: Path):
    expected = [(1, "IIT", "ผู้รับบริการบางรายเห็นว่าการให้บริการไม่เป็นไปตามลำดับ"),
                (4, "IIT", "บุคลากรไม่ทราบขั้นตอนการขออนุญาตยืมทรัพย์สิน")]
    header = ["ตัวชี้วัด", "ผลคะแนน", "ประเด็นปัญหา/สาเหตุ", "แนวทางแก้ไข"]
    assert _findings(word_file(tmp_path / "analysis.docx", LINES, [header, *ROWS])) == expected
    # other words, as a text export's table without the score column
    text = "\n".join([*LINES, "| ตัวชี้วัด | ประเด็นปัญหา | แนวทางการแก้ไข |",
                      *("| " + " | ".join([r[0], r[2], r[3]]) + " |" for r in ROWS)]) + "\n"
    (tmp_path / "analysis.txt").write_text(text, encoding="utf-8")
    assert _findings(tmp_path / "analysis.txt") == expected


def test_a_row_naming_a_range_of_indicators_is_each_ones_finding(tmp_path: Path):
    # "ตัวชี้วัดที่ 1-5 (IIT)" gave the row's finding to indicator 1 alone (a wrong indicator for 2-5's issue)
    text = ("เทศบาลตำบลนาโพธิ์\nรายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567\n"
            "| ตัวชี้วัด | ประเด็นที่ต้องพัฒนา |\n"
            "| ตัวชี้วัดที่ 1-5 (IIT) | บุคลากรยังขาดความเข้าใจเรื่องผลประโยชน์ทับซ้อน |\n"
            "| ตัวชี้วัดที่ ๖ และ ๗ | ผู้รับบริการไม่ทราบช่องทางแสดงความคิดเห็น |\n"
            "| ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล | ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน |\n")
    (tmp_path / "analysis.txt").write_text(text, encoding="utf-8")
    assert _findings(tmp_path / "analysis.txt") == [
        *((n, "IIT", "บุคลากรยังขาดความเข้าใจเรื่องผลประโยชน์ทับซ้อน") for n in range(1, 6)),
        (6, "EIT", "ผู้รับบริการไม่ทราบช่องทางแสดงความคิดเห็น"), (7, "EIT", "ผู้รับบริการไม่ทราบช่องทางแสดงความคิดเห็น"),
        (9, "OIT", "ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน")]

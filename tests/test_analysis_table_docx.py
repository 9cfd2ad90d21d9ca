"""An analysis table in a Word file, written for this test in other words than any seed: indicator
numbering restarted under each tool's section row, a score column, a "จุดที่ควรพัฒนา" column whose
"-" says there is nothing to improve (no finding), and the body's overall score and level in prose."""
from pathlib import Path

from extract import extract_paths
from tests.conftest import word_file

ROWS = [
    ("แบบวัด IIT", "", ""),
    ("๑. การปฏิบัติหน้าที่", "๙๔.๑๐", "เจ้าหน้าที่บางคนยังให้บริการไม่เป็นไปตามลำดับคิว"),
    ("๒. การใช้งบประมาณ", "๘๗.๓๓", "บุคลากรไม่ทราบรายละเอียดการจัดซื้อจัดจ้าง"),
    ("แบบวัด EIT", "", ""),
    ("๑. คุณภาพการดำเนินงาน", "๙๑.๐๐", "-"),
    ("๓. การปรับปรุงการทำงาน", "๘๕.๔๐", "ยังไม่มีการสำรวจความพึงพอใจของผู้รับบริการ"),
    ("แบบตรวจ OIT", "", ""),
    ("๒. การป้องกันการทุจริต", "๗๘.๕๐", "ไม่ได้เผยแพร่ผลการดำเนินการตามมาตรการภายในเวลา"),
]


def test_word_analysis_table_gives_scores_and_findings_but_no_dash_finding(tmp_path: Path):
    path = word_file(tmp_path / "thachang.docx",
                     ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA)",
                      "เทศบาลตำบลท่าช้าง อำเภอบางกล่ำ จังหวัดสงขลา", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
                      "ผลการประเมินของเทศบาลตำบลท่าช้างได้คะแนนรวม ๘๘.๐๔ คะแนน อยู่ในระดับ ผ่าน"),
                     [("ตัวชี้วัด", "คะแนน", "จุดที่ควรพัฒนา"), *ROWS])
    [result] = extract_paths([path])
    assert (result.report.organization, result.report.fiscal_year, result.report.overall_score,
            result.report.overall_grade) == ("เทศบาลตำบลท่าช้าง", 2567, 88.04, "ผ่าน")
    assert [(s.level, s.tool, s.indicator, s.score) for s in result.scores] == [
        ("overall", None, None, 88.04), ("indicator", "IIT", 1, 94.1), ("indicator", "IIT", 2, 87.33),
        ("indicator", "EIT", 6, 91.0), ("indicator", "EIT", 8, 85.4), ("indicator", "OIT", 10, 78.5)]
    assert [(f.indicator, f.text) for f in result.findings] == [
        (1, "เจ้าหน้าที่บางคนยังให้บริการไม่เป็นไปตามลำดับคิว"), (2, "บุคลากรไม่ทราบรายละเอียดการจัดซื้อจัดจ้าง"),
        (8, "ยังไม่มีการสำรวจความพึงพอใจของผู้รับบริการ"), (10, "ไม่ได้เผยแพร่ผลการดำเนินการตามมาตรการภายในเวลา")]

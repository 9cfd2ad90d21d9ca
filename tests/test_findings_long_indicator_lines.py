"""An indicator's analysis written on its own line after the indicator's number, name and score, longer than
a heading ("ตัวชี้วัดที่ 4 … ได้คะแนน 78.50 คะแนน … สาเหตุมาจาก…"), under a heading of the analysis: the line is
the indicator's finding. An analysis that found nothing ("ไม่มีประเด็นที่ต้องพัฒนา", finding_cues.NO_ISSUE_OPENERS)
is no finding, on a line or in a table's cell. Documents written for this test, in words of no seed or real file."""
from pathlib import Path

import docx

from extract import extract_paths

MUNICIPALITY = """รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ
ประจำปีงบประมาณ พ.ศ. 2567
เทศบาลเมืองบ้านฉาง อำเภอบ้านฉาง จังหวัดระยอง

1. ผลการประเมินภาพรวม
เทศบาลเมืองบ้านฉางได้คะแนน 89.67 คะแนน ระดับ A

2. ผลการวิเคราะห์รายตัวชี้วัด
ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ได้คะแนน 78.50 คะแนน ซึ่งต่ำที่สุดในแบบวัด IIT สาเหตุมาจากบุคลากรยังไม่เข้าใจขั้นตอนการขออนุญาตยืมทรัพย์สินของทางราชการ
ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน ได้คะแนน 82.14 คะแนน ผู้รับบริการเห็นว่าหน่วยงานยังไม่นำความคิดเห็นของประชาชนมาปรับปรุงการให้บริการ
ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้คะแนน 100 คะแนน ไม่มีประเด็นที่ต้องพัฒนา
"""

SCHOOL = """สรุปผลการวิเคราะห์การประเมิน ITA โรงเรียนบ้านหนองตะเคียน ปีงบประมาณ ๒๕๖๘
ประเด็นที่ต้องพัฒนา
- ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (๗๒.๐๐ คะแนน) โรงเรียนยังไม่ได้เผยแพร่ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานภายในเวลาที่กำหนดบนเว็บไซต์ของโรงเรียน
- ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน (๙๘.๒๐ คะแนน) ไม่พบข้อบกพร่อง เนื่องจากผู้ปกครองพึงพอใจในการให้บริการของครูและบุคลากรทุกด้าน ทั้งการติดต่อประสานงานและการตอบคำถาม
"""


def _findings(path: Path):
    [result] = extract_paths([path])
    return [(f.indicator, f.tool, f.text) for f in result.findings]


def test_long_indicator_lines_under_an_analysis_heading(tmp_path: Path):
    path = tmp_path / "banchang.txt"
    path.write_text(MUNICIPALITY, encoding="utf-8")
    assert _findings(path) == [
        (4, "IIT", "ซึ่งต่ำที่สุดในแบบวัด IIT สาเหตุมาจากบุคลากรยังไม่เข้าใจขั้นตอนการขออนุญาตยืมทรัพย์สินของทางราชการ"),
        (8, "EIT", "ผู้รับบริการเห็นว่าหน่วยงานยังไม่นำความคิดเห็นของประชาชนมาปรับปรุงการให้บริการ"),
    ]


def test_bulleted_long_lines_under_an_issues_heading_in_other_words(tmp_path: Path):
    path = tmp_path / "school.txt"
    path.write_text(SCHOOL, encoding="utf-8")
    assert _findings(path) == [
        (10, "OIT", "โรงเรียนยังไม่ได้เผยแพร่ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
                    "ภายในเวลาที่กำหนดบนเว็บไซต์ของโรงเรียน"),
    ]


def test_a_cell_saying_nothing_was_found_is_no_finding(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี ๒๕๖๗ อบต.ท่าข้าม")
    table = d.add_table(rows=0, cols=3)
    for row in (("ตัวชี้วัด", "คะแนน", "ประเด็นที่ต้องพัฒนา"),
                ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "๑๐๐", "ไม่มีประเด็นที่ต้องพัฒนา"),
                ("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", "๖๘.๗๕", "ยังไม่มีการประเมินความเสี่ยงการทุจริตประจำปี")):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    path = tmp_path / "thakham.docx"
    d.save(path)
    assert _findings(path) == [(10, "OIT", "ยังไม่มีการประเมินความเสี่ยงการทุจริตประจำปี")]

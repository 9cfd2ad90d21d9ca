"""Findings in shapes first seen in probe reports written for this test (each case in two wordings):
- a bold title naming the ITA with a bold issues heading run into its end by the PDF reader ("…ประจำปีงบประมาณ พ.ศ. 2568
  จุดที่ควรพัฒนา", LibreOffice PDFs of a title whose last line ends near the right edge): the indicator lines under it
  were no findings (the line, over 80 characters, was no issues heading);
- an analysis table's rows naming a tool but no indicator ("แบบวัด EIT | ผู้รับบริการ…", "OIT | …") were dropped
  silently: an info check each (FINDING_WITHOUT_INDICATOR), as such a line under an issues heading gets;
- a paragraph under an issues heading naming one indicator mid-sentence and saying it scored low ("…ซึ่งส่งผลให้
  ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต มีคะแนนต่ำกว่าตัวชี้วัดอื่น") was no finding: it is that indicator's;
- a table whose findings column is headed "ข้อสังเกต" (remarks) next to indicator rows gave no findings;
- a range heading alone on its line ("ตัวชี้วัดที่ 1-5 (IIT)") over a paragraph gave nothing: the paragraph is each one's;
- under an indicator heading, a strength labelled "จุดเด่น :" or "ข้อดี :" ended the analysis (a short unlabelled line)
  where "จุดแข็ง :" went on: the indicator's analysis was lost."""
from pathlib import Path

from extract import extract_paths
from tests.conftest import word_file


def _run(tmp_path: Path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = extract_paths([path])
    return result


def _findings(tmp_path: Path, text: str):
    return [(f.indicator, f.tool, f.text, f.where.line) for f in _run(tmp_path, text).findings]


# the lines as the PDF reader gives them: the heading at the end of the title's line
TITLE_JOINED = """เทศบาลตำบลบ้านแพ้ว จังหวัดสมุทรสาคร
รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568 จุดที่ควรพัฒนา
1. ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ผู้รับบริการบางส่วนไม่ทราบช่องทางการร้องเรียนของหน่วยงาน
2. ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล หน่วยงานยังไม่เผยแพร่รายงานผลการจัดซื้อจัดจ้างรายเดือน
"""

TITLE_JOINED_OTHER = """โรงพยาบาลส่งเสริมสุขภาพตำบลดอนตูม อำเภอบางเลน จังหวัดนครปฐม
สรุปผลการวิเคราะห์การประเมิน ITA ปีงบประมาณ 2568 ของโรงพยาบาลส่งเสริมสุขภาพตำบลดอนตูมประเด็นที่ต้องปรับปรุง :
(๑) ตัวชี้วัดที่ ๒ การใช้งบประมาณ : เจ้าหน้าที่ไม่ทราบแผนการใช้จ่ายงบประมาณของหน่วยงาน
(๒) ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต : ยังไม่มีการประเมินความเสี่ยงการทุจริตประจำปี
"""


def test_issues_heading_at_the_end_of_a_title(tmp_path: Path):
    assert _findings(tmp_path, TITLE_JOINED) == [
        (7, "EIT", "ผู้รับบริการบางส่วนไม่ทราบช่องทางการร้องเรียนของหน่วยงาน", 3),
        (9, "OIT", "หน่วยงานยังไม่เผยแพร่รายงานผลการจัดซื้อจัดจ้างรายเดือน", 4)]


def test_issues_heading_at_the_end_of_a_title_other_words(tmp_path: Path):
    assert _findings(tmp_path, TITLE_JOINED_OTHER) == [
        (2, "IIT", "เจ้าหน้าที่ไม่ทราบแผนการใช้จ่ายงบประมาณของหน่วยงาน", 3),
        (10, "OIT", "ยังไม่มีการประเมินความเสี่ยงการทุจริตประจำปี", 4)]


def test_a_long_sentence_ending_in_an_issue_word_heads_nothing(tmp_path: Path):
    # no ITA title before the word: a sentence, not a heading run into a title
    text = """องค์การบริหารส่วนตำบลหนองแวง จังหวัดขอนแก่น
บุคลากรส่วนใหญ่ยังไม่ทราบช่องทางการร้องเรียนและขั้นตอนการแจ้งเบาะแสของหน่วยงานซึ่งถือว่าเป็นจุดอ่อน
1. ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ผู้รับบริการบางส่วนไม่ทราบช่องทางการร้องเรียนของหน่วยงาน
"""
    assert _findings(tmp_path, text) == []


TOOL_ROWS = [("เครื่องมือ", "ประเด็นที่ต้องพัฒนา"),
             ("แบบวัด IIT", "บุคลากรภายในยังไม่เข้าใจแนวทางการป้องกันผลประโยชน์ทับซ้อน"),
             ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "ยังไม่เผยแพร่แผนการจัดซื้อจัดจ้างประจำปี"),
             ("OIT", "ข้อมูลบางรายการบนเว็บไซต์ไม่เป็นปัจจุบัน"),
             ("แบบวัด EIT", "-")]
TOOL_ROWS_OTHER = [("ด้าน", "คะแนน", "จุดอ่อนที่พบ"),
                   ("การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", "84.10", "ผู้มาติดต่อต้องการป้ายบอกขั้นตอนการรับบริการ"),
                   ("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "80.00", "ไม่มี")]


def _checks(result):
    return [(c.code, c.severity, c.message, c.source_text) for c in result.checks if c.code == "FINDING_WITHOUT_INDICATOR"]


def test_table_rows_naming_a_tool(tmp_path: Path):
    path = word_file(tmp_path / "nonghan.docx", ("รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568",
                                                 "เทศบาลตำบลหนองหาน จังหวัดอุดรธานี"), TOOL_ROWS)
    [result] = extract_paths([path])
    assert [(f.indicator, f.text) for f in result.findings] == [(9, "ยังไม่เผยแพร่แผนการจัดซื้อจัดจ้างประจำปี")]
    assert _checks(result) == [
        ("FINDING_WITHOUT_INDICATOR", "info", "An issue under 'ประเด็นที่ต้องพัฒนา' names an assessment tool ('แบบวัด IIT') "
         "but no indicator; it is not recorded as a finding.",
         "แบบวัด IIT | บุคลากรภายในยังไม่เข้าใจแนวทางการป้องกันผลประโยชน์ทับซ้อน"),
        ("FINDING_WITHOUT_INDICATOR", "info", "An issue under 'ประเด็นที่ต้องพัฒนา' names an assessment tool ('OIT') "
         "but no indicator; it is not recorded as a finding.", "OIT | ข้อมูลบางรายการบนเว็บไซต์ไม่เป็นปัจจุบัน")]


def test_table_rows_naming_a_tool_other_words(tmp_path: Path):
    path = word_file(tmp_path / "school.docx", ("ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๘",
                                                "โรงเรียนบ้านหนองบัววิทยา จังหวัดขอนแก่น"), TOOL_ROWS_OTHER)
    [result] = extract_paths([path])
    assert result.findings == []
    assert _checks(result) == [
        ("FINDING_WITHOUT_INDICATOR", "info", "An issue under 'จุดอ่อนที่พบ' names an assessment tool "
         "('การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)') but no indicator; it is not recorded as a finding.",
         "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) | ผู้มาติดต่อต้องการป้ายบอกขั้นตอนการรับบริการ")]


MID_SENTENCE = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568
องค์การบริหารส่วนตำบลหนองแวง อำเภอเมือง จังหวัดขอนแก่น
ผลการวิเคราะห์
ผลการประเมินพบว่าบุคลากรบางส่วนยังไม่เข้าใจแนวปฏิบัติการรับของขวัญ ซึ่งส่งผลให้ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต มีคะแนนต่ำกว่าตัวชี้วัดอื่น
ผลการประเมินตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้คะแนนสูงสุดเนื่องจากบุคลากรปฏิบัติงานตามขั้นตอนที่กำหนดอย่างเคร่งครัด
"""

MID_SENTENCE_OTHER = """บันทึกข้อความ สำนักงานสาธารณสุขจังหวัดยโสธร
เรื่อง ผลการวิเคราะห์การประเมิน ITA ปี ๒๕๖๘
ประเด็นที่พบ
ผู้รับบริการยังไม่ทราบช่องทางการแจ้งข้อร้องเรียนผ่านระบบออนไลน์ของหน่วยงาน ทำให้ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ได้คะแนนต่ำกว่าเกณฑ์ร้อยละ ๘๕
เมื่อเทียบกับปีที่ผ่านมา ตัวชี้วัดที่ ๔ และตัวชี้วัดที่ ๕ มีคะแนนลดลงเล็กน้อยจากการเปลี่ยนแปลงผู้ตอบแบบวัด
"""


def test_indicator_named_mid_sentence(tmp_path: Path):
    assert _findings(tmp_path, MID_SENTENCE) == [
        (5, "IIT", "ผลการประเมินพบว่าบุคลากรบางส่วนยังไม่เข้าใจแนวปฏิบัติการรับของขวัญ ซึ่งส่งผลให้ตัวชี้วัดที่ 5 "
                   "การแก้ไขปัญหาการทุจริต มีคะแนนต่ำกว่าตัวชี้วัดอื่น", 4)]


def test_indicator_named_mid_sentence_other_words(tmp_path: Path):
    # the second paragraph names two indicators: none is guessed
    assert _findings(tmp_path, MID_SENTENCE_OTHER) == [
        (7, "EIT", "ผู้รับบริการยังไม่ทราบช่องทางการแจ้งข้อร้องเรียนผ่านระบบออนไลน์ของหน่วยงาน ทำให้ตัวชี้วัดที่ ๗ "
                   "ประสิทธิภาพการสื่อสาร ได้คะแนนต่ำกว่าเกณฑ์ร้อยละ ๘๕", 4)]


REMARKS_ROWS = [("ตัวชี้วัด", "คะแนน", "ข้อสังเกต"),
                ("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "95.20", "-"),
                ("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ", "78.40", "บุคลากรไม่ทราบขั้นตอนการยืมทรัพย์สินไปใช้นอกสถานที่")]
REMARKS_ROWS_OTHER = [("ที่", "ตัวชี้วัด", "ข้อสังเกตจากผู้ประเมิน"),
                      ("๑", "การใช้อำนาจ", "การมอบหมายงานยังไม่เป็นไปตามความรู้ความสามารถของบุคลากร"),
                      ("๒", "การเปิดเผยข้อมูล", "ไม่มีข้อสังเกต")]


def test_remarks_column(tmp_path: Path):
    path = word_file(tmp_path / "remarks.docx", ("รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568",
                                                 "เทศบาลตำบลหนองหาน จังหวัดอุดรธานี"), REMARKS_ROWS)
    [result] = extract_paths([path])
    assert [(f.indicator, f.tool, f.text) for f in result.findings] == [
        (4, "IIT", "บุคลากรไม่ทราบขั้นตอนการยืมทรัพย์สินไปใช้นอกสถานที่")]


def test_remarks_column_other_words(tmp_path: Path):
    path = word_file(tmp_path / "remarks2.docx", ("ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส ปี ๒๕๖๘",
                                                  "โรงพยาบาลบ้านแพ้ว จังหวัดสมุทรสาคร"), REMARKS_ROWS_OTHER)
    [result] = extract_paths([path])
    assert [(f.indicator, f.tool, f.text) for f in result.findings] == [
        (3, "IIT", "การมอบหมายงานยังไม่เป็นไปตามความรู้ความสามารถของบุคลากร")]


RANGE = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568
องค์การบริหารส่วนตำบลโคกสูง จังหวัดนครราชสีมา
ตัวชี้วัดที่ 1-5 (IIT)
บุคลากรภายในมีความเข้าใจเรื่องการปฏิบัติหน้าที่ดี แต่ยังขาดความรู้เรื่องการใช้ทรัพย์สินของราชการและการแจ้งเบาะแสการทุจริต
ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร
ผู้รับบริการบางส่วนไม่ทราบช่องทางการติดต่อสอบถามนอกเวลาราชการและช่องทางการร้องเรียนออนไลน์ของหน่วยงาน
"""

RANGE_OTHER = """ผลการวิเคราะห์การประเมิน ITA ปี ๒๕๖๘ โรงเรียนบ้านหนองบัววิทยา
(๒) ตัวชี้วัดที่ ๖ ถึง ๘ แบบวัด EIT ได้คะแนนเฉลี่ย ๘๙.๔๐
ผู้ปกครองต้องการให้โรงเรียนแจ้งข่าวสารผ่านหลายช่องทาง และลดขั้นตอนการขอเอกสารทางการศึกษา
- ตัวชี้วัดที่ ๙-๑๐ (OIT)
ข้อมูลบางรายการบนเว็บไซต์ของโรงเรียนยังไม่เป็นปัจจุบัน และยังไม่เผยแพร่มาตรการป้องกันการทุจริตประจำปี
"""


def test_range_heading_over_a_paragraph(tmp_path: Path):
    said = "บุคลากรภายในมีความเข้าใจเรื่องการปฏิบัติหน้าที่ดี แต่ยังขาดความรู้เรื่องการใช้ทรัพย์สินของราชการและการแจ้งเบาะแสการทุจริต"
    assert _findings(tmp_path, RANGE) == [
        *((n, "IIT", said, 4) for n in range(1, 6)),
        (7, "EIT", "ผู้รับบริการบางส่วนไม่ทราบช่องทางการติดต่อสอบถามนอกเวลาราชการและช่องทางการร้องเรียนออนไลน์ของหน่วยงาน", 6)]


def test_range_heading_over_a_paragraph_other_words(tmp_path: Path):
    # a bulleted range heads no paragraph (a list item says what it says on its line), as a bulleted indicator does
    said = "ผู้ปกครองต้องการให้โรงเรียนแจ้งข่าวสารผ่านหลายช่องทาง และลดขั้นตอนการขอเอกสารทางการศึกษา"
    assert _findings(tmp_path, RANGE_OTHER) == [(n, "EIT", said, 3) for n in (6, 7, 8)]


STRENGTHS = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568
โรงพยาบาลบ้านแพ้ว จังหวัดสมุทรสาคร
ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร
จุดแข็ง : มีช่องทางการสื่อสารหลากหลาย
จุดอ่อน : ไม่มีช่องทางติดต่อนอกเวลา
ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน
จุดเด่น : มีระบบคิวออนไลน์
จุดอ่อน : ขั้นตอนยังซับซ้อน
"""

STRENGTHS_OTHER = """ผลการวิเคราะห์ ITA ปี ๒๕๖๘ องค์การบริหารส่วนตำบลนาจาน
ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล
ข้อดี - เผยแพร่ข้อมูลครบทุกข้อ
จุดที่ควรพัฒนา - ข้อมูลบางรายการไม่เป็นปัจจุบัน
- ตัวชี้วัดที่ ๒ การใช้งบประมาณ ได้คะแนน ๙๐.๐๐
ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ
ข้อเด่น : มีทะเบียนคุมทรัพย์สิน
จุดอ่อน : การยืมยังไม่บันทึก
"""


def test_strength_labels_alike(tmp_path: Path):
    assert _findings(tmp_path, STRENGTHS) == [
        (7, "EIT", "จุดแข็ง : มีช่องทางการสื่อสารหลากหลาย จุดอ่อน : ไม่มีช่องทางติดต่อนอกเวลา", 4),
        (8, "EIT", "จุดเด่น : มีระบบคิวออนไลน์ จุดอ่อน : ขั้นตอนยังซับซ้อน", 7)]


def test_strength_labels_alike_other_words(tmp_path: Path):
    assert _findings(tmp_path, STRENGTHS_OTHER) == [
        (9, "OIT", "ข้อดี - เผยแพร่ข้อมูลครบทุกข้อ จุดที่ควรพัฒนา - ข้อมูลบางรายการไม่เป็นปัจจุบัน", 3),
        (4, "IIT", "ข้อเด่น : มีทะเบียนคุมทรัพย์สิน จุดอ่อน : การยืมยังไม่บันทึก", 7)]


# the level a line states after an indicator's score is part of the score, no finding (it was one when 15 letters or more:
# "อยู่ในระดับดีมาก"); what the line says after the level still is
LEVELS = """รายงานผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568
ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้คะแนน 95.00 อยู่ในระดับดีมาก
ตัวชี้วัดที่ 2 การใช้งบประมาณ ได้คะแนน 88.10 อยู่ในระดับดี
ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้คะแนน 72.00 เนื่องจากยังไม่เผยแพร่รายงานการจัดซื้อจัดจ้างรายเดือน
สำนักงานเกษตรจังหวัดลำปาง
"""

LEVELS_OTHER = """สำนักงานพัฒนาชุมชนจังหวัดน่าน
ประเด็นที่ต้องพัฒนาจากผลการประเมิน ITA ปี ๒๕๖๘
(๑) ตัวชี้วัดที่ ๓ การใช้อำนาจ (๘๙.๒๐ คะแนน) ผลการประเมินอยู่ในระดับ "ผ่านดี"
(๒) ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ได้ ๙๗.๕๐ คะแนน ผ่านดีเยี่ยม
(๓) ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ได้คะแนน ๗๔.๑๐ อยู่ในระดับต้องปรับปรุง ประชาชนไม่ทราบช่องทางร้องเรียนออนไลน์
"""


def test_level_after_the_score_is_no_finding(tmp_path: Path):
    assert _findings(tmp_path, LEVELS) == [(9, "OIT", "เนื่องจากยังไม่เผยแพร่รายงานการจัดซื้อจัดจ้างรายเดือน", 4)]


def test_level_after_the_score_is_no_finding_other_words(tmp_path: Path):
    assert _findings(tmp_path, LEVELS_OTHER) == [(7, "EIT", "ประชาชนไม่ทราบช่องทางร้องเรียนออนไลน์", 5)]


# an issue naming a tool listed after issues naming indicators (not right under the heading) was silent: the heading
# was looked for past other tool lines only
TOOL_AFTER_INDICATORS = """การวิเคราะห์ผลการประเมิน ITA ปี ๒๕๖๘ เทศบาลเมืองน่าน
ปัญหาและอุปสรรค
๑) การใช้ทรัพย์สินของราชการ : บุคลากรยังนำรถส่วนกลางไปใช้โดยไม่ได้ขออนุญาตตามระเบียบ
๒) การแก้ไขปัญหาการทุจริต : ยังไม่มีการเผยแพร่ผลการดำเนินการเรื่องร้องเรียนการทุจริต
๓) แบบตรวจการเปิดเผยข้อมูลสาธารณะ : ข้อมูลบางรายการไม่มีรายละเอียดตามที่กำหนด
"""

TOOL_AFTER_INDICATORS_OTHER = """โรงพยาบาลส่งเสริมสุขภาพตำบลนาข่า จังหวัดอุดรธานี
ข้อค้นพบจากการประเมิน
- ตัวชี้วัดที่ 2 การใช้งบประมาณ บุคลากรไม่ทราบแผนการใช้จ่ายงบประมาณประจำปี
- เครื่องมือ EIT : ผู้รับบริการต้องการที่จอดรถเพิ่มเติมและป้ายบอกทางที่ชัดเจน
"""


def test_tool_issue_after_indicator_issues(tmp_path: Path):
    result = _run(tmp_path, TOOL_AFTER_INDICATORS)
    assert [(f.indicator, f.text) for f in result.findings] == [
        (4, "บุคลากรยังนำรถส่วนกลางไปใช้โดยไม่ได้ขออนุญาตตามระเบียบ"),
        (5, "ยังไม่มีการเผยแพร่ผลการดำเนินการเรื่องร้องเรียนการทุจริต")]
    assert _checks(result) == [
        ("FINDING_WITHOUT_INDICATOR", "info", "An issue under 'ปัญหาและอุปสรรค' names an assessment tool ('แบบตรวจ') but no "
         "indicator; it is not recorded as a finding.",
         "๓) แบบตรวจการเปิดเผยข้อมูลสาธารณะ : ข้อมูลบางรายการไม่มีรายละเอียดตามที่กำหนด")]


def test_tool_issue_after_indicator_issues_other_words(tmp_path: Path):
    result = _run(tmp_path, TOOL_AFTER_INDICATORS_OTHER)
    assert [(f.indicator, f.text) for f in result.findings] == [(2, "บุคลากรไม่ทราบแผนการใช้จ่ายงบประมาณประจำปี")]
    assert _checks(result) == [
        ("FINDING_WITHOUT_INDICATOR", "info", "An issue under 'ข้อค้นพบจากการประเมิน' names an assessment tool ('เครื่องมือ EIT') "
         "but no indicator; it is not recorded as a finding.",
         "- เครื่องมือ EIT : ผู้รับบริการต้องการที่จอดรถเพิ่มเติมและป้ายบอกทางที่ชัดเจน")]


# a line whose subject is the indicator that scored low ("ตัวชี้วัดที่มีคะแนนต่ำที่สุด คือ ตัวชี้วัดที่ 9 … เนื่องจาก…") names its own
# issue: what it says after the indicator's name and score is its finding, under no issues heading; the highest is none
LOW_SUBJECT = """ผลการวิเคราะห์ข้อมูลการประเมิน ITA องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอเมือง จังหวัดพะเยา ปีงบประมาณ 2568
ตัวชี้วัดที่มีคะแนนต่ำที่สุด คือ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้คะแนน 68.75 เนื่องจากข้อมูลในเว็บไซต์ไม่ครบถ้วนตามแบบ OIT
ตัวชี้วัดที่มีคะแนนสูงที่สุด คือ ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ได้คะแนน 98.50 เนื่องจากบุคลากรปฏิบัติตามระเบียบอย่างเคร่งครัด
"""

LOW_SUBJECT_OTHER = """โรงพยาบาลท่าวังผา จังหวัดน่าน
สรุปผลการประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๘
๒) ตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์ ได้แก่ ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร (๗๘.๕๐ คะแนน) เพราะผู้รับบริการไม่ทราบช่องทางการร้องเรียนออนไลน์
"""


def test_line_naming_the_lowest_indicator(tmp_path: Path):
    assert _findings(tmp_path, LOW_SUBJECT) == [(9, "OIT", "เนื่องจากข้อมูลในเว็บไซต์ไม่ครบถ้วนตามแบบ OIT", 2)]


def test_line_naming_the_lowest_indicator_other_words(tmp_path: Path):
    assert _findings(tmp_path, LOW_SUBJECT_OTHER) == [
        (7, "EIT", "เพราะผู้รับบริการไม่ทราบช่องทางการร้องเรียนออนไลน์", 3)]


# a line naming a tool alone over its paragraph, under an issues heading, was silent: the paragraph is the tool's, an info
# check each (its indicator is not guessed)
TOOL_HEADINGS = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568
องค์การบริหารส่วนตำบลบ้านเหล่า อำเภอแม่ใจ จังหวัดพะเยา
ประเด็นที่ต้องพัฒนา
1. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)
บุคลากรบางส่วนยังไม่เข้าใจแนวทางการปฏิบัติเพื่อป้องกันผลประโยชน์ทับซ้อน และไม่ทราบช่องทางการแจ้งเบาะแส
2. แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)
หน่วยงานยังเผยแพร่ข้อมูลไม่ครบถ้วนในหัวข้อการจัดซื้อจัดจ้างและการบริหารทรัพยากรบุคคล
"""

TOOL_HEADINGS_OTHER = """สรุปผลการวิเคราะห์ ITA ปี ๒๕๖๘ โรงพยาบาลแม่ใจ
จุดอ่อน
แบบวัด EIT
ผู้รับบริการเห็นว่าการประชาสัมพันธ์ข้อมูลของโรงพยาบาลยังไม่ทั่วถึงในพื้นที่ห่างไกล
แบบวัด IIT
ตัวชี้วัดที่ ๓ การใช้อำนาจ
บุคลากรบางส่วนเห็นว่าการมอบหมายงานยังไม่เป็นธรรมและการประเมินผลงานยังขาดหลักเกณฑ์ที่ชัดเจน
"""


def test_tool_heading_over_a_paragraph(tmp_path: Path):
    result = _run(tmp_path, TOOL_HEADINGS)
    assert result.findings == []
    assert [(c.message, c.where.line, c.source_text) for c in result.checks if c.code == "FINDING_WITHOUT_INDICATOR"] == [
        ("An issue under 'ประเด็นที่ต้องพัฒนา' names an assessment tool ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)') "
         "but no indicator; it is not recorded as a finding.", 5,
         "บุคลากรบางส่วนยังไม่เข้าใจแนวทางการปฏิบัติเพื่อป้องกันผลประโยชน์ทับซ้อน และไม่ทราบช่องทางการแจ้งเบาะแส"),
        ("An issue under 'ประเด็นที่ต้องพัฒนา' names an assessment tool ('แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)') "
         "but no indicator; it is not recorded as a finding.", 7,
         "หน่วยงานยังเผยแพร่ข้อมูลไม่ครบถ้วนในหัวข้อการจัดซื้อจัดจ้างและการบริหารทรัพยากรบุคคล")]


def test_tool_heading_over_a_paragraph_other_words(tmp_path: Path):
    # a tool heading over an indicator's heading is a section of the list: the indicator's paragraph is its finding
    result = _run(tmp_path, TOOL_HEADINGS_OTHER)
    assert [(f.indicator, f.text) for f in result.findings] == [
        (3, "บุคลากรบางส่วนเห็นว่าการมอบหมายงานยังไม่เป็นธรรมและการประเมินผลงานยังขาดหลักเกณฑ์ที่ชัดเจน")]
    assert [(c.message, c.where.line, c.source_text) for c in result.checks if c.code == "FINDING_WITHOUT_INDICATOR"] == [
        ("An issue under 'จุดอ่อน' names an assessment tool ('แบบวัด EIT') but no indicator; it is not recorded as a finding.",
         4, "ผู้รับบริการเห็นว่าการประชาสัมพันธ์ข้อมูลของโรงพยาบาลยังไม่ทั่วถึงในพื้นที่ห่างไกล")]


# a bold indicator heading run into the end of the bold ITA title by the PDF reader (LibreOffice PDFs of a title whose last
# line ends near the right edge) heads the paragraph under it; a sentence naming the indicator after "ของ" heads nothing
HEADING_JOINED = """เทศบาลตำบลบ้านแพ้ว จังหวัดสมุทรสาคร
รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568 ตัวชี้วัดที่ 3 การใช้อำนาจ
บุคลากรบางส่วนเห็นว่าการมอบหมายงานยังไม่เป็นธรรม และการประเมินผลการปฏิบัติงานยังขาดหลักเกณฑ์ที่ชัดเจน
"""

HEADING_JOINED_OTHER = """การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ ๒๕๖๘ ของโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดงตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน (๗๙.๒๐)
ผู้รับบริการเห็นว่าขั้นตอนการรับบริการยังใช้เวลานาน และยังไม่มีระบบนัดหมายล่วงหน้าผ่านช่องทางออนไลน์
"""

SENTENCE_NAMING = """องค์การบริหารส่วนตำบลดงเจน อำเภอภูกามยาว จังหวัดพะเยา
ผลการประเมินคุณธรรมและความโปร่งใสของหน่วยงานในภาพรวมดีขึ้น โดยเฉพาะในส่วนของตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่
บุคลากรปฏิบัติงานตามขั้นตอนและระยะเวลาที่กำหนดไว้ในคู่มือการปฏิบัติงานอย่างเคร่งครัดทุกขั้นตอน
"""


def test_indicator_heading_at_the_end_of_a_title(tmp_path: Path):
    assert _findings(tmp_path, HEADING_JOINED) == [
        (3, "IIT", "บุคลากรบางส่วนเห็นว่าการมอบหมายงานยังไม่เป็นธรรม และการประเมินผลการปฏิบัติงานยังขาดหลักเกณฑ์ที่ชัดเจน", 3)]


def test_indicator_heading_at_the_end_of_a_title_other_words(tmp_path: Path):
    assert _findings(tmp_path, HEADING_JOINED_OTHER) == [
        (8, "EIT", "ผู้รับบริการเห็นว่าขั้นตอนการรับบริการยังใช้เวลานาน และยังไม่มีระบบนัดหมายล่วงหน้าผ่านช่องทางออนไลน์", 2)]


def test_a_sentence_naming_an_indicator_heads_nothing(tmp_path: Path):
    assert _findings(tmp_path, SENTENCE_NAMING) == []


# in a measures table whose rows are indicators, the remarks column is the measure's recommendation, no finding
MEASURE_REMARKS = [("ตัวชี้วัด", "มาตรการ", "ผู้รับผิดชอบ", "ผลการดำเนินการ", "ข้อสังเกต"),
                   ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "จัดทำปฏิทินการเผยแพร่ข้อมูล", "สำนักปลัด", "ดำเนินการแล้ว",
                    "ควรตรวจสอบความครบถ้วนทุกเดือน")]
MEASURE_REMARKS_OTHER = [("ตัวชี้วัด", "แนวทางการพัฒนา", "ระยะเวลา", "ข้อสังเกตเพิ่มเติม"),
                         ("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ", "จัดทำคู่มือการยืมทรัพย์สินของราชการ", "ไตรมาสที่ ๒",
                          "ยังไม่ได้เวียนแจ้งคู่มือให้บุคลากรทุกคน")]


def test_remarks_of_a_measures_table_are_no_findings(tmp_path: Path):
    path = word_file(tmp_path / "measures.docx", ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568",
                                                  "เทศบาลตำบลแม่ใจ จังหวัดพะเยา"), MEASURE_REMARKS)
    [result] = extract_paths([path])
    assert result.findings == []
    assert [(m.title, m.indicators, m.recommendation) for m in result.measures] == [
        ("จัดทำปฏิทินการเผยแพร่ข้อมูล", [9], "ควรตรวจสอบความครบถ้วนทุกเดือน")]


def test_remarks_of_a_measures_table_are_no_findings_other_words(tmp_path: Path):
    path = word_file(tmp_path / "plan.docx", ("แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๘",
                                              "โรงเรียนบ้านดงเจน จังหวัดพะเยา"), MEASURE_REMARKS_OTHER)
    [result] = extract_paths([path])
    assert result.findings == []
    assert [m.indicators for m in result.measures] == [[4]]  # (its title is the measures parser's matter)

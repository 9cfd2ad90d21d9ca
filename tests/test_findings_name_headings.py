"""Findings under numbered indicator-name headings that do not say ตัวชี้วัด ("๒) การใช้อำนาจ
ได้คะแนน ๘๘.๑๐"); a numbered line that goes on past the name is a list item, not a heading.
Documents written for this test in other words than any seed."""
from pathlib import Path

from extract import extract_paths

HEAD = ("รายงานผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\n"
        "เทศบาลตำบลนาเชือก อำเภอนาเชือก จังหวัดมหาสารคาม\n\n")


def _run(tmp_path: Path, body: str):
    path = tmp_path / "report.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    [result] = extract_paths([path])
    return result


def test_a_numbered_indicator_name_with_its_score_heads_a_finding(tmp_path: Path):
    result = _run(tmp_path, (
        "(๓) การใช้อำนาจ (๘๘.๑๐ คะแนน)\n"
        "ผู้บังคับบัญชาบางรายมอบหมายงานให้ผู้ใต้บังคับบัญชาโดยไม่คำนึงถึงภาระงานที่เหมาะสม ทำให้บุคลากรรู้สึกไม่เป็นธรรมในการประเมินผลงาน\n\n"
        "๗. ประสิทธิภาพการสื่อสาร\n"
        "ประชาชนในพื้นที่ห่างไกลยังเข้าไม่ถึงข่าวสารของเทศบาล เนื่องจากช่องทางประชาสัมพันธ์ส่วนใหญ่อยู่บนเว็บไซต์และสื่อสังคมออนไลน์\n"))
    assert [(f.indicator, f.tool, f.text) for f in result.findings] == [
        (3, "IIT", "ผู้บังคับบัญชาบางรายมอบหมายงานให้ผู้ใต้บังคับบัญชาโดยไม่คำนึงถึงภาระงานที่เหมาะสม "
                   "ทำให้บุคลากรรู้สึกไม่เป็นธรรมในการประเมินผลงาน"),
        (7, "EIT", "ประชาชนในพื้นที่ห่างไกลยังเข้าไม่ถึงข่าวสารของเทศบาล "
                   "เนื่องจากช่องทางประชาสัมพันธ์ส่วนใหญ่อยู่บนเว็บไซต์และสื่อสังคมออนไลน์")]
    assert [(s.indicator, s.score) for s in result.scores] == [(3, 88.1)]


def test_a_numbered_line_that_goes_on_past_the_name_is_no_heading(tmp_path: Path):
    result = _run(tmp_path, (
        "แนวทางที่จะดำเนินการ\n"
        "๑) การเปิดเผยข้อมูลบนเว็บไซต์ให้ครบทุกรายการภายในเดือนมีนาคม\n"
        "มอบหมายเจ้าหน้าที่งานประชาสัมพันธ์ตรวจสอบความครบถ้วนของข้อมูลบนเว็บไซต์เป็นประจำทุกเดือนและรายงานผู้บริหาร\n"))
    assert result.findings == []


def test_short_labelled_lines_under_a_heading_are_its_finding(tmp_path: Path):
    result = _run(tmp_path, (
        "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\n"
        "จุดแข็ง : มีระเบียบการยืมพัสดุ\n"
        "จุดอ่อน : ยังมีการนำรถยนต์ส่วนกลางไปใช้ธุระส่วนตัว\n"
        "ข้อเสนอแนะ : จัดทำสมุดบันทึกการใช้รถ\n"))
    assert [(f.indicator, f.text) for f in result.findings] == [
        (4, "จุดแข็ง : มีระเบียบการยืมพัสดุ จุดอ่อน : ยังมีการนำรถยนต์ส่วนกลางไปใช้ธุระส่วนตัว "
            "ข้อเสนอแนะ : จัดทำสมุดบันทึกการใช้รถ")]


def test_a_label_and_a_space_will_do(tmp_path: Path):
    # a hospital's analysis writes "จุดแข็ง <text>" without a colon; the next heading ends the first
    result = _run(tmp_path, (
        "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ คะแนน 96.44\n"
        "จุดแข็ง บุคลากรปฏิบัติงานตามมาตรฐาน\n"
        "จุดที่ควรพัฒนา การชี้แจงขั้นตอนบริการยังไม่ชัดเจน\n"
        "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล คะแนน 100\n"
        "จุดแข็ง เผยแพร่ข้อมูลครบถ้วน\n"
        "3. ข้อเสนอแนะเพื่อการพัฒนา\n"))
    assert [(f.indicator, f.text) for f in result.findings] == [
        (1, "จุดแข็ง บุคลากรปฏิบัติงานตามมาตรฐาน จุดที่ควรพัฒนา การชี้แจงขั้นตอนบริการยังไม่ชัดเจน"),
        (9, "จุดแข็ง เผยแพร่ข้อมูลครบถ้วน")]
    # a label word that goes on as a word of a heading ("ข้อเสนอแนะเพื่อ…") is no labelled line
    result = _run(tmp_path, "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล คะแนน 100\nข้อเสนอแนะเพื่อการพัฒนา\n")
    assert result.findings == []


def test_a_one_line_finding_does_not_start_with_the_indicators_score(tmp_path: Path):
    result = _run(tmp_path, (
        "ประเด็นที่ต้องพัฒนา\n"
        "1. ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (79.50 คะแนน) ผู้รับบริการเห็นว่าการประชาสัมพันธ์ข้อมูลยังไม่ทั่วถึง\n"
        "2. ตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้คะแนน 62.50 หน่วยงานยังไม่เผยแพร่ผลการดำเนินการตามมาตรการ\n"
        "3. ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล 3 รายการยังไม่ได้เผยแพร่บนเว็บไซต์ของเทศบาล\n"))
    assert [(f.indicator, f.text) for f in result.findings] == [
        (7, "ผู้รับบริการเห็นว่าการประชาสัมพันธ์ข้อมูลยังไม่ทั่วถึง"),
        (10, "หน่วยงานยังไม่เผยแพร่ผลการดำเนินการตามมาตรการ"),
        (9, "3 รายการยังไม่ได้เผยแพร่บนเว็บไซต์ของเทศบาล")]  # a count, not a score: kept
    assert [(s.indicator, s.score) for s in result.scores] == [(7, 79.5), (10, 62.5)]


def test_bulleted_indicator_lines_under_an_issues_heading(tmp_path: Path):
    result = _run(tmp_path, (
        "ประเด็นที่ต้องพัฒนา\n"
        "- ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ประชาชนยังเข้าไม่ถึงข้อมูลข่าวสารของเทศบาลอย่างทั่วถึง\n"
        "• ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ยังไม่เผยแพร่ข้อมูลการจัดซื้อจัดจ้างให้เป็นปัจจุบัน\n"))
    assert [(f.indicator, f.text) for f in result.findings] == [
        (7, "ประชาชนยังเข้าไม่ถึงข้อมูลข่าวสารของเทศบาลอย่างทั่วถึง"),
        (9, "ยังไม่เผยแพร่ข้อมูลการจัดซื้อจัดจ้างให้เป็นปัจจุบัน")]

"""Numbered measures written as a notice often are: the number after a word ("มาตรการที่ ๑", "ข้อ ๒")
and the responsible unit and time on lines of their own under the item ("ผู้รับผิดชอบ …", "ระยะเวลา : …").
Documents written for this test, in words of no seed or real file."""
from pathlib import Path

from extract import extract_paths
from extract.parse.measures_lists import item_number


def _measures(tmp_path: Path, text: str):
    page = tmp_path / "notice.txt"
    page.write_text(text, encoding="utf-8")
    [result] = extract_paths([page])
    return [(m.table, m.title, m.steps, m.responsible, m.timeframe, str(m.period_start), str(m.period_end))
            for m in result.measures]


def test_item_numbers_after_a_word():
    assert item_number("มาตรการที่ ๒ การเปิดเผยข้อมูล") == ((2,), "การเปิดเผยข้อมูล")
    assert item_number("ข้อ 3. ให้เจ้าหน้าที่รายงาน") == ((3,), "ให้เจ้าหน้าที่รายงาน")
    assert item_number("ข้อที่ 1: งดรับของขวัญ") == ((1,), "งดรับของขวัญ")
    assert item_number("ข้อ 2.1 จัดอบรม") == ((2, 1), "จัดอบรม")
    assert item_number("ข้อมูลข่าวสาร 2 ฉบับ") is None  # a word that only begins with ข้อ
    assert item_number("ข้อ1ถึงข้อ5") is None  # no space after the number: running text


SCHOOL_NOTICE = """ประกาศโรงเรียนวัดป่าแดงวิทยา
เรื่อง แนวปฏิบัติเพื่อป้องกันผลประโยชน์ทับซ้อน ปีงบประมาณ พ.ศ. ๒๕๖๗
เพื่อให้การบริหารงานของสถานศึกษาเป็นไปตามหลักคุณธรรมและความโปร่งใส จึงกำหนดแนวปฏิบัติ ดังนี้
ข้อ ๑ งดรับของขวัญและของกำนัลทุกชนิดจากผู้ปกครองและผู้รับจ้าง
ผู้รับผิดชอบ : ครูทุกคน
ระยะเวลา : ตุลาคม ๒๕๖๖ -
กันยายน ๒๕๖๗
ข้อ ๒ จัดทำทะเบียนคุมการใช้รถยนต์ราชการ
- บันทึกการใช้รถทุกครั้ง
- สรุปรายงานทุกเดือน
ผู้รับผิดชอบ งานยานพาหนะ
ข้อ ๓ เผยแพร่ผลการจัดซื้อจัดจ้างทางเว็บไซต์โรงเรียน
ระยะเวลาที่กำหนดไว้ในแผนการจัดซื้อจัดจ้างของโรงเรียนทุกไตรมาสตามที่สำนักงานเขตพื้นที่การศึกษากำหนดไว้
ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๖
"""


def test_a_notice_of_worded_items_with_field_lines(tmp_path):
    assert _measures(tmp_path, SCHOOL_NOTICE) == [
        ("plan", "ข้อ ๑ งดรับของขวัญและของกำนัลทุกชนิดจากผู้ปกครองและผู้รับจ้าง", [], ["ครูทุกคน"],
         "ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗", "2023-10-01", "2024-09-30"),
        ("plan", "ข้อ ๒ จัดทำทะเบียนคุมการใช้รถยนต์ราชการ", ["บันทึกการใช้รถทุกครั้ง", "สรุปรายงานทุกเดือน"],
         ["งานยานพาหนะ"], None, "None", "None"),
        # a line that only starts with a field's word and runs on is the item's text (a wrap: joined)
        ("plan", "ข้อ ๓ เผยแพร่ผลการจัดซื้อจัดจ้างทางเว็บไซต์โรงเรียนระยะเวลาที่กำหนดไว้ในแผนการจัดซื้อจัดจ้าง"
                 "ของโรงเรียนทุกไตรมาสตามที่สำนักงานเขตพื้นที่การศึกษากำหนดไว้", [], [], None, "None", "None"),
    ]


def test_worded_clauses_of_a_notice_that_sets_no_measures_are_none(tmp_path):
    text = """ประกาศเทศบาลตำบลหนองบัว
เรื่อง การใช้ห้องประชุมของเทศบาล
เพื่อให้การใช้ห้องประชุมเป็นไปด้วยความเรียบร้อย จึงออกประกาศไว้ ดังต่อไปนี้
ข้อ ๑ ประกาศนี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศ
ข้อ ๒ ผู้ขอใช้ห้องประชุมต้องยื่นคำขอล่วงหน้าไม่น้อยกว่าสามวัน
ข้อ ๓ ห้ามนำอาหารเข้าห้องประชุม
ประกาศ ณ วันที่ ๕ มกราคม พ.ศ. ๒๕๖๗
"""
    assert _measures(tmp_path, text) == []


def test_items_numbered_by_a_measure_word_name_themselves(tmp_path):
    # no lead-in: "มาตรการที่ N" names each item a measure, as "๑) โครงการ…" does
    text = """รายงานการส่งเสริมคุณธรรมและความโปร่งใส องค์การบริหารส่วนตำบลทุ่งใหญ่ ปีงบประมาณ 2567
มาตรการที่ 1 ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริต
หน่วยงานที่รับผิดชอบ สำนักปลัด
มาตรการที่ 2 ประเมินความเสี่ยงการทุจริตประจำปี
หน่วยงานที่รับผิดชอบ กองคลัง
"""
    assert _measures(tmp_path, text) == [
        ("plan", "มาตรการที่ 1 ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริต", [], ["สำนักปลัด"], None, "None", "None"),
        ("plan", "มาตรการที่ 2 ประเมินความเสี่ยงการทุจริตประจำปี", [], ["กองคลัง"], None, "None", "None"),
    ]


def test_only_the_line_right_under_a_field_line_continues_its_value(tmp_path):
    text = """ประกาศเทศบาลตำบลนาเกลือ
เรื่อง มาตรการป้องกันการรับสินบน ปีงบประมาณ 2567
จึงกำหนดมาตรการ ดังนี้
1. ประกาศนโยบายไม่รับของขวัญ
ผู้รับผิดชอบ สำนักปลัด
- ติดประกาศหน้าสำนักงาน
ทุกอาคาร
2. จัดกล่องรับเรื่องร้องเรียน
3. รายงานผลต่อนายกเทศมนตรี
"""
    # "ทุกอาคาร" continues the step above it, not the responsible unit two lines up
    assert _measures(tmp_path, text)[0] == (
        "plan", "1. ประกาศนโยบายไม่รับของขวัญ", ["ติดประกาศหน้าสำนักงานทุกอาคาร"], ["สำนักปลัด"], None, "None", "None")


IMPLEMENTATION = """รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน
สำนักงานเกษตรอำเภอพนมไพร จังหวัดร้อยเอ็ด
ตามที่สำนักงานได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ บัดนี้ได้ดำเนินการตามมาตรการแล้ว ดังนี้
มาตรการที่ ๑ การเปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน
ผลการดำเนินการ : เผยแพร่สรุปผลการจัดซื้อจัดจ้างบนเว็บไซต์ครบทุกเดือน
ตั้งแต่เดือนตุลาคม ๒๕๖๖ ถึงมีนาคม ๒๕๖๗
สถานะ : ☑ ดำเนินการแล้ว ☐ ยังไม่ดำเนินการ
มาตรการที่ ๒ การอบรมเจ้าหน้าที่เรื่องการรับของขวัญ
ผลการดำเนินการ : ยังไม่ได้จัดอบรม
สถานะ : ☐ ดำเนินการแล้ว ☑ ยังไม่ดำเนินการ
ปัญหาอุปสรรค
เจ้าหน้าที่ติดภารกิจออกพื้นที่
"""


def test_result_lines_under_items_make_an_implementation_report(tmp_path):
    page = tmp_path / "report.txt"
    page.write_text(IMPLEMENTATION, encoding="utf-8")
    [result] = extract_paths([page])
    assert result.report.report_kind == "implementation"
    assert [(m.table, m.title, m.output, m.status, m.recommendation) for m in result.measures] == [
        ("implementation", "มาตรการที่ ๑ การเปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน",
         "เผยแพร่สรุปผลการจัดซื้อจัดจ้างบนเว็บไซต์ครบทุกเดือนตั้งแต่เดือนตุลาคม ๒๕๖๖ ถึงมีนาคม ๒๕๖๗",
         "ดำเนินการแล้ว", None),
        # the bare heading "ปัญหาอุปสรรค" closes the list: what follows is the report's, not measure 2's
        # (measure 1's wrapped output joins as Thai does, without a space)
        ("implementation", "มาตรการที่ ๒ การอบรมเจ้าหน้าที่เรื่องการรับของขวัญ", "ยังไม่ได้จัดอบรม",
         "ยังไม่ดำเนินการ", None)]


BRIBERY_NOTICE = """ประกาศโรงพยาบาลส่งเสริมสุขภาพตำบลหนองแวง
เรื่อง มาตรการป้องกันการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
เพื่อให้เป็นไปตามแนวทางการประเมินคุณธรรมและความโปร่งใส (ITA) หน่วยงานจึงกำหนดมาตรการ ดังนี้
๑. ด้านการให้บริการ
(๑) ไม่รับเงินหรือสิ่งของจากผู้รับบริการ
(๒) แสดงอัตราค่าบริการไว้หน้าห้องตรวจ
๒. ด้านการเงินและพัสดุ
(๑) ตรวจรับพัสดุโดยคณะกรรมการทุกครั้ง
๓. ด้านการร้องเรียน
(๑) จัดตู้รับเรื่องร้องเรียนที่ไม่ต้องระบุชื่อผู้แจ้ง
(นางสาวสมศรี ใจงาม)
"""


def test_items_numbered_afresh_in_another_style_are_steps(tmp_path):
    assert _measures(tmp_path, BRIBERY_NOTICE) == [
        ("plan", "๑. ด้านการให้บริการ", ["ไม่รับเงินหรือสิ่งของจากผู้รับบริการ", "แสดงอัตราค่าบริการไว้หน้าห้องตรวจ"],
         [], None, "None", "None"),
        ("plan", "๒. ด้านการเงินและพัสดุ", ["ตรวจรับพัสดุโดยคณะกรรมการทุกครั้ง"], [], None, "None", "None"),
        # the name in brackets closes the list, a numbered "(๑)" does not
        ("plan", "๓. ด้านการร้องเรียน", ["จัดตู้รับเรื่องร้องเรียนที่ไม่ต้องระบุชื่อผู้แจ้ง"], [], None, "None", "None")]


def test_a_list_under_an_issues_heading_is_findings_not_measures(tmp_path):
    page = tmp_path / "analysis.txt"
    page.write_text("""รายงานผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เทศบาลตำบลท่าศาลา
ผลการประเมินในภาพรวมได้ ๙๐.๒๐ คะแนน
สิ่งที่ควรปรับปรุง
(๑) ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร
ประชาชนบางส่วนยังไม่รู้จักเพจของเทศบาล
(๒) ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล
ข้อมูลการใช้จ่ายงบประมาณบนเว็บไซต์ยังไม่ครบ
(๓) ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต
ยังไม่มีการรายงานผลตามมาตรการภายในหน่วยงาน
""", encoding="utf-8")
    [result] = extract_paths([page])
    assert result.measures == []
    assert [(f.indicator, f.text) for f in result.findings] == [
        (7, "ประชาชนบางส่วนยังไม่รู้จักเพจของเทศบาล"), (9, "ข้อมูลการใช้จ่ายงบประมาณบนเว็บไซต์ยังไม่ครบ"),
        (10, "ยังไม่มีการรายงานผลตามมาตรการภายในหน่วยงาน")]


# no lead-in: the title far above says "รายงานผล…", the items start right under it and each reports
# its own result on a labelled line (written for this test)
UNLED_REPORT = """รายงานผลการดำเนินงานตามมาตรการป้องกันการทุจริต โรงเรียนบ้านหนองไผ่ ปีงบประมาณ พ.ศ. ๒๕๖๗
ข้อ ๑ จัดอบรมคุณธรรมจริยธรรมให้ครูและบุคลากร
ผลการดำเนินงาน : จัดอบรมแล้วเมื่อวันที่ ๑๐ มกราคม ๒๕๖๗
ปัญหาอุปสรรค : ครูติดภารกิจสอน
ข้อเสนอแนะ : -
ข้อ ๒ เผยแพร่แผนการจัดซื้อจัดจ้างทางเว็บไซต์
สถานะ : ดำเนินการแล้วเสร็จ
ปัญหาอุปสรรค : เว็บไซต์ล่มบ่อย
"""


def test_items_reporting_their_own_results_are_implementation_measures(tmp_path):
    page = tmp_path / "report.txt"
    page.write_text(UNLED_REPORT, encoding="utf-8")
    [result] = extract_paths([page])
    assert [(m.table, m.title, m.output, m.status, m.recommendation) for m in result.measures] == [
        # problems and suggestion labelled apart, the suggestion empty: no recommendation
        ("implementation", "ข้อ ๑ จัดอบรมคุณธรรมจริยธรรมให้ครูและบุคลากร", "จัดอบรมแล้วเมื่อวันที่ ๑๐ มกราคม ๒๕๖๗",
         None, None),
        # no suggestion label: the problems stand in
        ("implementation", "ข้อ ๒ เผยแพร่แผนการจัดซื้อจัดจ้างทางเว็บไซต์", None, "ดำเนินการแล้วเสร็จ",
         "เว็บไซต์ล่มบ่อย"),
    ]


def test_items_with_only_problems_or_suggestions_are_no_report():
    # a plan may list the problems it expects: only what was done, its outcome or status reports results
    page_text = UNLED_REPORT.replace("ผลการดำเนินงาน : จัดอบรมแล้วเมื่อวันที่ ๑๐ มกราคม ๒๕๖๗\n", "").replace(
        "สถานะ : ดำเนินการแล้วเสร็จ\n", "")
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        page = Path(d) / "plan.txt"
        page.write_text(page_text, encoding="utf-8")
        [result] = extract_paths([page])
    assert result.measures == []

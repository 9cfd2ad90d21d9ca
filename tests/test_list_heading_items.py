"""Numbered measures named by a heading and told in paragraphs under it: the heading is the title,
each paragraph a step (extract/parse/measures_lists._with_step_paragraphs). They were one title,
heading and text run together ("…ทุกชนิดบุคลากรทุกคน…"). Word, its LibreOffice PDF
(samples/libreoffice/heading_items.*) and a text export in other words give the same records."""
from __future__ import annotations

from extract import extract_paths
from tests.conftest import SAMPLES

FIXTURE = SAMPLES / "libreoffice" / "heading_items"

EXPECTED = [
    ("1. การไม่รับของขวัญและของกำนัลทุกชนิด",
     ["บุคลากรทุกคนต้องไม่รับของขวัญ ของกำนัล หรือประโยชน์อื่นใดจากผู้มาติดต่อ ผู้รับจ้าง และผู้ขาย ไม่ว่าจะเป็นช่วงเทศกาลหรือไม่"]),
    ("2. การเปิดช่องทางแจ้งเบาะแส",
     ["จัดให้มีตู้รับความคิดเห็นหน้าห้องเวชระเบียน",
      "เปิดอีเมลของกลุ่มงานบริหารทั่วไปเพื่อรับแจ้งเบาะแสและตรวจสอบทุกวันศุกร์"]),
    ("3. การลงโทษผู้ฝ่าฝืน",
     ["ผู้ที่รับสินบนจะถูกดำเนินการทางวินัยตามระเบียบกระทรวงสาธารณสุข",
      "ตั้งคณะกรรมการสอบข้อเท็จจริงภายในเจ็ดวัน", "รายงานผลต่อนายแพทย์สาธารณสุขจังหวัด"]),
]

TEXT = """ประกาศเทศบาลตำบลหนองหญ้าไซ
เรื่อง มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
เพื่อให้การจัดซื้อจัดจ้างของเทศบาลเป็นไปอย่างโปร่งใสตรวจสอบได้ และสอดคล้องกับการประเมินคุณธรรมและ
ความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ เทศบาลจึงกำหนดมาตรการไว้ ดังนี้
๑. การเผยแพร่แผนการจัดซื้อจัดจ้าง
ให้กองคลังประกาศแผนการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์ของเทศบาลภายในสามสิบวันนับแต่วันที่
งบประมาณได้รับอนุมัติ และปรับปรุงทุกครั้งที่มีการแก้ไขแผน
๒. การเปิดให้ประชาชนร่วมตรวจรับ
เชิญผู้แทนชุมชนร่วมเป็นกรรมการตรวจรับงานจ้างก่อสร้างทุกโครงการที่มีวงเงินเกินห้าแสนบาท
๓. การรายงานผลการจัดซื้อจัดจ้าง
จัดทำสรุปผลการจัดซื้อจัดจ้างรายเดือนและเผยแพร่ภายในวันที่สิบของเดือนถัดไปบนเว็บไซต์ของเทศบาล
จึงประกาศให้ทราบโดยทั่วกัน
"""


def _items(result):
    return [(m.title, m.steps) for m in result.measures]


def test_heading_items_word_and_pdf():
    for result in extract_paths([FIXTURE.with_suffix(".docx"), FIXTURE.with_suffix(".pdf")], jobs=1):
        assert [m.table for m in result.measures] == ["plan"] * 3
        assert _items(result) == EXPECTED, result.report.source_file


def test_heading_items_text_export(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(TEXT, encoding="utf-8")
    (result,) = extract_paths([path], jobs=1)
    assert _items(result) == [
        ("๑. การเผยแพร่แผนการจัดซื้อจัดจ้าง",
         ["ให้กองคลังประกาศแผนการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์ของเทศบาลภายในสามสิบวันนับแต่วันที่"
          "งบประมาณได้รับอนุมัติ และปรับปรุงทุกครั้งที่มีการแก้ไขแผน"]),
        ("๒. การเปิดให้ประชาชนร่วมตรวจรับ",
         ["เชิญผู้แทนชุมชนร่วมเป็นกรรมการตรวจรับงานจ้างก่อสร้างทุกโครงการที่มีวงเงินเกินห้าแสนบาท"]),
        ("๓. การรายงานผลการจัดซื้อจัดจ้าง",
         ["จัดทำสรุปผลการจัดซื้อจัดจ้างรายเดือนและเผยแพร่ภายในวันที่สิบของเดือนถัดไปบนเว็บไซต์ของเทศบาล"]),
    ]


TITLED = SAMPLES / "libreoffice" / "titled_headings"

ANALYSIS = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส และมาตรการ ประจำปี ๒๕๖๗
องค์การบริหารส่วนตำบลนาหว้า
๑. การปฏิบัติหน้าที่
บุคลากรปฏิบัติงานตามขั้นตอนและระยะเวลาที่กำหนด ได้คะแนนสูงกว่าปีก่อน
๒. การใช้งบประมาณ
การเผยแพร่แผนการใช้จ่ายงบประมาณยังไม่ครบทุกไตรมาส
๓. การใช้อำนาจ
ผู้บังคับบัญชามอบหมายงานอย่างเป็นธรรม
"""

PROJECT = """โครงการส่งเสริมมาตรการป้องกันการทุจริต ประจำปี ๒๕๖๘
เทศบาลตำบลนาหว้า
๑. หลักการและเหตุผล
เพื่อให้บุคลากรมีความรู้เรื่องการป้องกันการทุจริต
๒. การดำเนินงาน
จัดอบรมบุคลากรปีละหนึ่งครั้ง
๓. งบประมาณ
๒๐,๐๐๐ บาท
"""


def test_topic_headings_under_a_title_naming_measures():
    for result in extract_paths([TITLED.with_suffix(".docx"), TITLED.with_suffix(".pdf")], jobs=1):
        assert [(m.table, m.title, m.steps) for m in result.measures] == [
            ("plan", "1. การปฏิเสธของขวัญจากผู้มาติดต่อ", ["บุคลากรทุกคนแจ้งผู้มาติดต่อว่าสำนักงานไม่รับของขวัญหรือของกำนัลทุกกรณี"]),
            ("plan", "2. การรับแจ้งเบาะแสทางออนไลน์", ["เปิดแบบฟอร์มออนไลน์ให้ผู้แจ้งไม่ต้องระบุชื่อ และตอบกลับภายในสามวันทำการ"]),
            ("plan", "3. การติดตามผลทุกไตรมาส", ["กลุ่มอำนวยการสรุปเรื่องที่ได้รับแจ้งและรายงานผู้อำนวยการทุกไตรมาส"]),
        ], result.report.source_file


def test_indicator_sections_and_a_projects_sections_are_no_measures(tmp_path):
    for name, text in (("analysis.txt", ANALYSIS), ("project.txt", PROJECT)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        (result,) = extract_paths([path], jobs=1)
        assert result.measures == [], name

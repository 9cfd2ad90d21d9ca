"""A plain line right above a list numbered afresh in the same style is that list's heading, not the rest
of the last measure (measures_lists._heads_a_list): "ตัวชี้วัดความสำเร็จ" was glued to measure 3's title."""
from __future__ import annotations

from extract import extract_paths

PLAN = """มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568
องค์การบริหารส่วนตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่
วัตถุประสงค์
1. เพื่อให้บุคลากรมีความรู้ความเข้าใจเกี่ยวกับการประเมิน ITA
2. เพื่อยกระดับผลการประเมินให้สูงขึ้น
3. เพื่อสร้างวัฒนธรรมองค์กรที่ไม่ทนต่อการทุจริต
มาตรการ
1. จัดทำคู่มือการปฏิบัติงานเพื่อป้องกันผลประโยชน์ทับซ้อน
2. เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์ให้เป็นปัจจุบัน
3. จัดให้มีช่องทางรับเรื่องร้องเรียนการทุจริตที่หลากหลาย
ตัวชี้วัดความสำเร็จ
1. ร้อยละ 80 ของบุคลากรเข้าร่วมกิจกรรม
2. ไม่มีเรื่องร้องเรียนการทุจริต
"""

# other words, another body, "(๑)" numbering
NOTICE = """ประกาศโรงพยาบาลเชียงกลาง เรื่อง มาตรการป้องกันการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
โรงพยาบาลเชียงกลางจึงกำหนดมาตรการ ดังนี้
(๑) ห้ามบุคลากรรับของขวัญหรือประโยชน์อื่นใดจากผู้มารับบริการ
(๒) ให้ผู้บังคับบัญชากำกับดูแลการปฏิบัติงานของผู้ใต้บังคับบัญชาอย่างใกล้ชิด
(๓) ให้รายงานการรับของขวัญต่อผู้อำนวยการภายใน ๓๐ วัน
แนวทางการติดตามผลการดำเนินงานตามมาตรการของโรงพยาบาล
(๑) กลุ่มงานบริหารทั่วไปรายงานผลทุก ๖ เดือน
(๒) สรุปผลเสนอผู้อำนวยการเมื่อสิ้นปีงบประมาณ
"""


def _titles(write_report, text):
    [result] = extract_paths([write_report(text)])
    return [m.title for m in result.measures]


def test_a_heading_above_a_new_list_ends_the_measures(write_report):
    assert _titles(write_report, PLAN) == ["1. จัดทำคู่มือการปฏิบัติงานเพื่อป้องกันผลประโยชน์ทับซ้อน",
                                           "2. เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์ให้เป็นปัจจุบัน",
                                           "3. จัดให้มีช่องทางรับเรื่องร้องเรียนการทุจริตที่หลากหลาย"]


def test_a_heading_above_a_new_list_other_words(write_report):
    assert _titles(write_report, NOTICE) == ["(๑) ห้ามบุคลากรรับของขวัญหรือประโยชน์อื่นใดจากผู้มารับบริการ",
                                             "(๒) ให้ผู้บังคับบัญชากำกับดูแลการปฏิบัติงานของผู้ใต้บังคับบัญชาอย่างใกล้ชิด",
                                             "(๓) ให้รายงานการรับของขวัญต่อผู้อำนวยการภายใน ๓๐ วัน"]


# A PDF's lines (boxes as the pdfium reader gives them for a LibreOffice export in Laksaman 16 pt): the last
# item filled its line, so the lines under it read as its wrapped title, the analysis label line and all
PDF_LINES = [
    ("มาตรการที่เทศบาลดำเนินการแล้ว ดังนี้", 85.2, 158.6, 330.88, 174.6),
    ("๑. จัดทำคู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้างและเผยแพร่ให้บุคลากรทุกคนได้รับทราบและถือปฏิบัติ", 85.2, 186.1, 536.52, 229.5),
    ("๒. เผยแพร่ประกาศการจัดซื้อจัดจ้างบนเว็บไซต์ของเทศบาลภายในสามวันทำการนับแต่วันที่ลงนาม", 85.2, 241.0, 525.83, 284.4),
    ("๓. เปิดช่องทางแจ้งเบาะแสการทุจริตทางไลน์ของเทศบาลและตู้รับเรื่องร้องเรียนหน้าสำนักงาน", 85.2, 295.9, 526.21, 339.3),
    ("จุดที่ควรพัฒนาเพิ่มเติม: ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ยังเผยแพร่ข้อมูลไม่ครบทุกด้าน", 85.2, 350.8, 532.57, 394.2),
    ("แนวทางการพัฒนา", 85.2, 405.7, 203.23, 421.7),
    ("ควรมอบหมายผู้รับผิดชอบการเผยแพร่ข้อมูลให้ชัดเจน", 85.2, 433.1, 421.42, 449.1),
]


def test_an_analysis_label_line_after_a_pdf_list_is_not_the_last_measure():
    from extract.document import Line
    from extract.parse.measures_lists import measures_from_lists
    from schemas.records import Box

    def lines(rows):
        return [Line(text, page=1, bbox=Box(x0=x0, top=top, x1=x1, bottom=bottom)) for text, x0, top, x1, bottom in rows]

    titles = [m.title for m in measures_from_lists(lines(PDF_LINES), 2567).measures]
    assert titles[-1] == "๓. เปิดช่องทางแจ้งเบาะแสการทุจริตทางไลน์ของเทศบาลและตู้รับเรื่องร้องเรียนหน้าสำนักงาน"
    other = [(t.replace("จุดที่ควรพัฒนาเพิ่มเติม: ", "ข้อสังเกต - "), *box) for t, *box in PDF_LINES]
    assert [m.title for m in measures_from_lists(lines(other), 2567).measures][-1] == titles[-1]

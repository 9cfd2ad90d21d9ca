"""A municipal newsletter page in Word (Garuda 15 pt, A4): a bold centred title across the page, then a
continuous section set in two columns (w:cols w:num="2", 1 cm apart) of justified prose. The left
column opens with the ITA score of one fiscal year; a column break starts the right column with the
plan for the next year. The PDF's lines join the two columns' lines at each height, so both years
and the score were read as one paragraph. Fixture of tests/test_pdf_prose_columns.py.

    python3 make_prose_columns.py && soffice --headless --convert-to pdf prose_columns.docx
"""
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from docx_parts import new_doc, para


def justified(d, text):
    p = para(d, text)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(6)
    return p


def doc():
    d = new_doc("Garuda", 15)
    para(d, TITLE, True, True).paragraph_format.space_after = Pt(12)
    section = d.add_section(WD_SECTION.CONTINUOUS)
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")  # 1 cm in twentieths of a point
    for text in LEFT:
        justified(d, text)
    d.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
    for text in RIGHT:
        justified(d, text)
    d.save("prose_columns.docx")


TITLE = "ข่าวสารเทศบาลตำบลวังน้ำเย็น ฉบับไตรมาสแรก"
LEFT = [
    "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ "
    "เทศบาลตำบลวังน้ำเย็นได้คะแนน ๘๗.๖๕ คะแนน อยู่ในระดับ A ดีขึ้นจากรอบก่อนเกือบห้าคะแนน",
    "ผลที่ดีขึ้นนี้มาจากการที่ทุกกองช่วยกันลงข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์เป็นประจำทุกเดือน "
    "และการที่ผู้มาติดต่อให้ความเห็นผ่านแบบสอบถามออนไลน์มากกว่าเดิมสองเท่า",
    "เทศบาลขอบคุณประชาชนที่ร่วมตอบแบบสอบถาม และขอเชิญติดตามข่าวสารทางหน้าเพจของเทศบาลต่อไป",
]
RIGHT = [
    "ในปีงบประมาณ พ.ศ. ๒๕๖๗ เทศบาลจะเพิ่มช่องทางแจ้งเรื่องร้องเรียนทางแอปพลิเคชันไลน์ "
    "และจะรายงานความคืบหน้าของแต่ละเรื่องให้ผู้แจ้งทราบภายในเจ็ดวันทำการ",
    "กองคลังจะจัดทำสรุปรายรับรายจ่ายแบบอ่านง่าย ติดไว้ที่บอร์ดประชาสัมพันธ์ ทุกเดือน "
    "เพื่อให้ประชาชนตรวจดูการใช้เงินของเทศบาลได้ด้วยตนเอง",
    "ผู้ที่สนใจร่วมเป็นอาสาสมัครติดตามการก่อสร้างถนนในชุมชน สมัครได้ที่งานธุรการในวันและเวลาราชการ",
]

if __name__ == "__main__":
    doc()

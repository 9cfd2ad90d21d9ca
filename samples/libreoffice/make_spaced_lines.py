"""spaced_lines.docx, spaced_lines_15.docx: an analysis set in Laksaman 16 pt with Word's default line
spacing (1.15) and 8 pt after each paragraph, and one in Norasi 16 pt at 1.5 spacing: a tall Thai font leaves about one
font size between a paragraph's lines (0.97 here; Norasi 0.96, Kinnari 1.05, Garuda 1.16; any font
more at 1.5), past the reader's fixed LINE_GAP, so every line was a paragraph of its own and the
overall score's sentence was cut from the ITA named on the line above it
(tests/test_pdf_line_spacing.py). python-docx's default template gives the 1.15 spacing."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def new_doc(font: str, pt: int) -> Document:
    d = Document()
    style = d.styles["Normal"]
    style.font.name, style.font.size = font, Pt(pt)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(a), font)
    size = OxmlElement("w:szCs")
    size.set(qn("w:val"), str(pt * 2))
    rpr.append(size)
    style.paragraph_format.space_after = Pt(8)
    return d


def analysis(font: str, spacing: float | None, body: str, place: str, name: str) -> None:
    d = new_doc(font, 16)
    if spacing:
        d.styles["Normal"].paragraph_format.line_spacing = spacing
    for text in ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567", f"{body} {place}"):
        d.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(f"{body}ได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                    "ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 89.35 คะแนน อยู่ในระดับ A ซึ่งผ่านเกณฑ์ที่กำหนด")
    d.add_paragraph("ประเด็นที่ต้องพัฒนา")
    d.add_paragraph("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้คะแนนต่ำที่สุด เนื่องจากยังไม่ได้เผยแพร่รายงานผลการจัดซื้อจัดจ้าง"
                    "ประจำปีและรายงานการกำกับติดตามการใช้จ่ายงบประมาณรอบหกเดือนบนเว็บไซต์ของหน่วยงาน")
    d.add_paragraph("ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ผู้รับบริการเห็นว่ายังประชาสัมพันธ์ผลการดำเนินงานและช่องทาง"
                    "การร้องเรียนผ่านสื่อออนไลน์ไม่ทั่วถึงทุกชุมชนในพื้นที่")
    d.save(name)


if __name__ == "__main__":
    analysis("Laksaman", None, "เทศบาลตำบลหนองกุงศรี", "อำเภอหนองกุงศรี จังหวัดกาฬสินธุ์", "spaced_lines.docx")
    analysis("Norasi", 1.5, "องค์การบริหารส่วนตำบลนาดี", "อำเภอนาดี จังหวัดปราจีนบุรี", "spaced_lines_15.docx")

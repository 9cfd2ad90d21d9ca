"""bold_headings_analysis.docx, bold_headings_notice.docx: a bold heading under a paragraph whose last line
ends near the right edge (within two line-heights), no spacing between paragraphs. The PDF reader took
the paragraph's last line for a full one and ran the heading into it, so the list under the heading had
no heading to name it (tests/test_pdf_bold_heading.py). Bold is set for Thai too (w:bCs), as Word does.
An analysis (Kinnari 16 pt) and a hospital's notice (Loma 15 pt); the text of each paragraph is the
length that puts its last line near the edge in LibreOffice's PDF."""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement

from docx_parts import new_doc


def para(d, text, bold=False, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    if bold:
        r.bold = True
        r._r.get_or_add_rPr().append(OxmlElement("w:bCs"))  # bold for complex (Thai) script
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def analysis():
    d = new_doc(font="Kinnari", pt=16)
    para(d, "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน", bold=True, center=True)
    para(d, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", bold=True, center=True)
    para(d, "เทศบาลตำบลหนองบัวแดง อำเภอหนองบัวแดง จังหวัดชัยภูมิ", bold=True, center=True)
    para(d, "จุดที่ควรพัฒนาเพิ่มเติม: ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนน ๘๑.๒๐ คะแนน "
            "เนื่องจากข้อมูลบางรายการยังไม่เป็นปัจจุบันทุกด้าน")
    para(d, "แนวทางการพัฒนา", bold=True)
    para(d, "๑. มอบหมายผู้รับผิดชอบปรับปรุงข้อมูลแต่ละรายการ")
    para(d, "๒. ตรวจสอบความครบถ้วนของข้อมูลก่อนสิ้นไตรมาส")
    para(d, "๓. รายงานผลต่อนายกเทศมนตรีทุกเดือน")
    d.save("bold_headings_analysis.docx")


def notice():
    d = new_doc(font="Loma", pt=15)
    para(d, "ประกาศโรงพยาบาลบ้านแท่น", bold=True, center=True)
    para(d, "เรื่อง มาตรการป้องกันการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", bold=True, center=True)
    para(d, "ตามที่โรงพยาบาลบ้านแท่นได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
            "และเพื่อป้องกันการเรียกรับสินบนของบุคลากร และผู้ค้าทุกรายของโรงพยาบาล")
    para(d, "มาตรการป้องกันการรับสินบน", bold=True)
    para(d, "๑. ห้ามบุคลากรรับเงินหรือประโยชน์อื่นใดจากผู้รับบริการหรือผู้ค้า")
    para(d, "๒. ให้หัวหน้ากลุ่มงานกำกับดูแลการจัดซื้อจัดจ้างอย่างใกล้ชิด")
    para(d, "๓. ให้ผู้รับบริการแจ้งเบาะแสผ่านกล่องรับความคิดเห็นหน้าห้องบัตร")
    para(d, "ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗")
    d.save("bold_headings_notice.docx")


if __name__ == "__main__":
    analysis()
    notice()

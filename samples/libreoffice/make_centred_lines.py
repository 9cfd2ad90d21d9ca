"""Centred lines of a report in Word (Laksaman 16 pt, A4, margins 2.5/2/3/2 cm, no spacing between
paragraphs), each ending near the right edge of the text in the PDF: a bold 18 pt title as wide as
the text, the body's name and place, a long date line, then a justified paragraph with the overall
score (first line indented); a long centred heading over a paragraph that starts at the margin;
and a centred heading that wraps onto a second line (one paragraph), over a measure. Taken for
full lines of paragraphs, the centred lines were run into the lines below them.
Fixture of tests/test_libreoffice_centred_lines.py.

    python3 make_centred_lines.py && soffice --headless --convert-to pdf centred_lines.docx
"""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from docx_parts import new_doc, para


def justified(d, text, indent_cm=0.0):
    p = para(d, text)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent_cm:
        p.paragraph_format.first_line_indent = Cm(indent_cm)
    return p


def doc():
    d = new_doc("Laksaman", 16)
    title = para(d, TITLE, True, True)
    for run in title.runs:  # Thai is complex script: its bold and size are w:bCs, w:szCs
        run.font.size = Pt(18)
        rpr = run._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:bCs"))
        size = OxmlElement("w:szCs"); size.set(qn("w:val"), "36"); rpr.append(size)
    para(d, "องค์การบริหารส่วนตำบลโนนสูง อำเภอโนนสูง จังหวัดนครราชสีมา", center=True)
    para(d, DATE, center=True)
    justified(d, "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๙๑.๒๕ คะแนน อยู่ในระดับ A "
                 "ผ่านเกณฑ์การประเมิน องค์การบริหารส่วนตำบลโนนสูงจึงได้วิเคราะห์ผลการประเมินรายตัวชี้วัด "
                 "เพื่อนำไปกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสในปีถัดไป", 2.5)
    para(d, HEADING, center=True)
    justified(d, "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนน ๘๕.๕๐ คะแนน ควรเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง"
                 "ให้ครบทุกเดือนและรายงานผลการดำเนินงานให้เป็นปัจจุบัน")
    para(d, WRAPPED, center=True)
    justified(d, "มาตรการที่ ๑ เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกเดือนบนเว็บไซต์ขององค์การบริหารส่วนตำบล", 2.5)
    d.save("centred_lines.docx")


TITLE = "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส"
DATE = "ณ วันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๗ ตามผลการประเมินของ ป.ป.ช."
WRAPPED = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานขององค์การบริหารส่วนตำบลโนนสูง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"
HEADING = "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานรายตัวชี้วัด"

if __name__ == "__main__":
    doc()

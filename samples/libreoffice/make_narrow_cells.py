"""An analysis report whose findings sit in a ruled Word table ('Table Grid', Norasi 16 pt) with a
narrow score column: LibreOffice's Thai line breaking breaks between Thai digits, so in the PDF the
score "๘๐.๐๐" prints as "๘" over "๐.๐๐" (and the header "คะแนน" as "คะแน" over "น"); a findings
cell holds two paragraphs. Fixture of tests/test_libreoffice_narrow_cells.py.

    python3 make_narrow_cells.py && soffice --headless --convert-to pdf narrow_cells.docx
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

def new_doc(font="Garuda", pt=16, landscape=False):
    d = Document()
    for rpr in (d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")),
                d.styles["Normal"].element.get_or_add_rPr()):
        for tag in ("w:rFonts", "w:sz", "w:szCs", "w:lang"):
            for old in rpr.findall(qn(tag)):
                rpr.remove(old)
        f = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            f.set(qn(a), font)
        rpr.insert(0, f)
        for tag in ("w:sz", "w:szCs"):
            e = OxmlElement(tag); e.set(qn("w:val"), str(pt * 2)); rpr.append(e)
        lang = OxmlElement("w:lang"); lang.set(qn("w:val"), "en-US"); lang.set(qn("w:bidi"), "th-TH"); rpr.append(lang)
    pf = d.styles["Normal"].paragraph_format
    pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(0), 1.0
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Cm(2.5), Cm(2), Cm(3), Cm(2)
    if landscape:
        set_landscape(s)
    return d

def set_landscape(s):
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)

def para(d, text, bold=False, center=False):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold or None
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

def header(d, text, section=None):
    s = section or d.sections[0]
    h = s.header
    h.paragraphs[0].text = text
    h.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

def table(d, rows, widths_cm, grid=True, repeat_header=0, bold_header=True):
    t = d.add_table(rows=len(rows), cols=len(widths_cm))
    if grid:
        t.style = d.styles["Table Grid"]
    t.autofit = False
    for c, w in enumerate(widths_cm):
        t.columns[c].width = Cm(w)
        for cell in t.columns[c].cells:
            cell.width = Cm(w)
    for r in range(repeat_header):
        trpr = t.rows[r]._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:tblHeader"))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            if text is None:
                continue
            cell = t.cell(r, c)
            for i, line in enumerate(text.split("\n")):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                run = p.add_run(line)
                if r < max(repeat_header, 1) and bold_header:
                    run.bold = True
    return t

def hmerge(t, r, c0, c1):
    a = t.cell(r, c0); b = t.cell(r, c1)
    keep = a.text
    m = a.merge(b)
    return m

def vmerge(t, c, r0, r1):
    return t.cell(r0, c).merge(t.cell(r1, c))


def doc_h():
    d = new_doc("Norasi", 16)
    header(d, "เทศบาลตำบลนาข่า")
    para(d, "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ", True, True)
    para(d, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", True, True)
    para(d, "เทศบาลตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี", True, True)
    para(d, "ผลการประเมินภาพรวมได้ ๘๗.๖๐ คะแนน ระดับ B")
    rows = [["ตัวชี้วัด", "คะแนน", "จุดแข็ง", "จุดที่ควรพัฒนา"],
            ["ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "๘๐.๐๐", "มีการเผยแพร่ข้อมูลพื้นฐานครบถ้วน", "ข้อมูลการจัดซื้อจัดจ้างบางเดือนไม่ได้เผยแพร่\nรายงานผลการดำเนินงานยังไม่เป็นปัจจุบัน"],
            ["ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", "๘๒.๕๐", "ผู้บริหารประกาศเจตจำนงสุจริต", "ยังไม่มีการประเมินความเสี่ยงการทุจริตประจำปี"]]
    table(d, rows, [4.5, 2.0, 4.5, 5.0], grid=True, repeat_header=1)
    d.save("narrow_cells.docx")


if __name__ == "__main__":
    doc_h()

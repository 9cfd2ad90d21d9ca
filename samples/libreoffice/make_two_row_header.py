"""A measures plan in a Word table with ruling lines ('Table Grid'), landscape, whose header is two
rows marked to repeat on every page: "ระยะเวลา" merged over four quarter columns ("ไตรมาส ๑" …),
ticks (✓) in the quarters each measure runs; the indicator merged down over its measures, bullets in
the steps cells, the body named in the page header. Exported by LibreOffice, the table runs over
three pages and both header rows are printed again on each. Fixture of
tests/test_libreoffice_header_rows.py.

    python3 make_two_row_header.py && soffice --headless --convert-to pdf two_row_header.docx
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


BODY = "องค์การบริหารส่วนตำบลท่าข้าวเปลือก"
BODY_ADDR = "อำเภอแม่จัน จังหวัดเชียงราย"


# A: measures plan, landscape, Table Grid, vertical merge of indicator over measures, horizontal header
# merge of "ระยะเวลา" over quarters, bullets, repeat header, page header naming the body
def doc_a():
    d = new_doc("Garuda", 14, landscape=True)
    header(d, BODY)
    para(d, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", True, True)
    para(d, f"ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", True, True)
    para(d, f"{BODY} {BODY_ADDR}", True, True)
    para(d, "จากผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ หน่วยงานได้กำหนดมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ดังนี้")
    rows = [["ลำดับ", "ประเด็นที่ต้องพัฒนา", "มาตรการ/แนวทางดำเนินการ", "ขั้นตอนการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", None, None, None],
            [None, None, None, None, None, "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔"]]
    items = [
        ("๑", "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "จัดทำแผนเผยแพร่ข้อมูลข่าวสารประจำเดือน", "- แต่งตั้งผู้ดูแลข้อมูลประจำกอง\n- ตรวจสอบความครบถ้วนของข้อมูลบนเว็บไซต์ทุกสิ้นเดือน", "สำนักปลัด", "✓", "✓", "✓", "✓"),
        ("๒", None, "ปรับปรุงหน้าเว็บไซต์ให้ค้นหาข้อมูลการจัดซื้อจัดจ้างได้สะดวก", "- ออกแบบเมนูข้อมูลการจัดซื้อจัดจ้างใหม่\n- ทดสอบการใช้งานกับประชาชนผู้มาติดต่อ", "กองคลัง", "", "✓", "✓", ""),
        ("๓", "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", "ประกาศเจตจำนงสุจริตของผู้บริหารต่อสาธารณะ", "- จัดกิจกรรมประกาศเจตจำนงร่วมกับพนักงานทุกระดับ\n- เผยแพร่ประกาศผ่านช่องทางออนไลน์", "นายก อบต.", "✓", "", "", ""),
        ("๔", None, "ประเมินความเสี่ยงการทุจริตในกระบวนการอนุมัติอนุญาต", "- ระบุกระบวนงานที่มีความเสี่ยงสูง\n- กำหนดมาตรการควบคุมและติดตามผลรายไตรมาส", "สำนักปลัด, กองช่าง", "✓", "✓", "✓", "✓"),
        ("๕", None, "เสริมสร้างวัฒนธรรมองค์กรที่ไม่ยอมรับการรับของขวัญ", "- รณรงค์นโยบายไม่รับของขวัญ (No Gift Policy)\n- ติดประกาศในสำนักงานทุกจุดบริการ", "ทุกกอง", "✓", "✓", "", ""),
        ("๖", "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน", "ลดระยะเวลาการให้บริการงานทะเบียนพาณิชย์", "- จัดทำคู่มือขั้นตอนและระยะเวลาให้บริการ\n- ติดตั้งตู้รับฟังความคิดเห็นหน้าจุดบริการ\n- สรุปผลความพึงพอใจเสนอผู้บริหาร", "กองคลัง", "", "✓", "✓", "✓"),
        ("๗", None, "อบรมพนักงานเรื่องการให้บริการอย่างเท่าเทียม", "- จัดอบรมหลักสูตรจริยธรรมการให้บริการ\n- ประเมินผลหลังการอบรม", "สำนักปลัด", "", "", "✓", ""),
        ("๘", "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", "เพิ่มช่องทางร้องเรียนการทุจริตผ่านแอปพลิเคชันไลน์", "- เปิดบัญชีไลน์ทางการของหน่วยงาน\n- กำหนดผู้รับเรื่องและตอบกลับภายใน ๓ วันทำการ", "สำนักปลัด", "✓", "✓", "✓", "✓"),
    ]
    rows += [list(i) for i in items]
    t = table(d, rows, [1.3, 4.0, 5.0, 7.2, 2.8, 1.6, 1.6, 1.6, 1.6], grid=True, repeat_header=2)
    hmerge(t, 0, 5, 8)
    for c in range(5):
        vmerge(t, c, 0, 1)
    vmerge(t, 1, 2, 3); vmerge(t, 1, 4, 6); vmerge(t, 1, 7, 8)
    para(d, "")
    para(d, "ลงชื่อ ผู้เสนอ")
    d.save("two_row_header.docx")


if __name__ == "__main__":
    doc_a()

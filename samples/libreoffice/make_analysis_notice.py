"""Analysis reports and notices in Word, five layouts, fonts Garuda, Norasi, Loma, Laksaman:
(a) analysis_table: an overall score sentence, a ruled score table with the tools as merged group rows
over their indicators (IIT 1-5, EIT 6-8, OIT 9-10) and a total row, a findings table
"ตัวชี้วัด | ประเด็นที่ต้องพัฒนา | แนวทางการพัฒนา" with cells of several paragraphs, then an
improvement plan table (landscape, Garuda 14 pt, Arabic digits in the scores);
(b) analysis_headings: the same analysis as headings and paragraphs (Norasi 16 pt, Thai digits);
(c) notice_numbered: a notice whose measures use Word's automatic numbering with sub-items, a
signature block (Laksaman 16 pt);
(d) report_split_row: a two-page implementation report whose table runs over the page break with a
row split across the pages (Loma 15 pt, header row repeated);
(e) years_table: scores with years as columns (ปี 2566 | ปี 2567 | เพิ่มขึ้น/ลดลง) (Garuda 15 pt).
Each page header names the body. Fixtures of tests/test_libreoffice_analysis_notice.py.

    python3 make_analysis_notice.py && soffice --headless --convert-to pdf *.docx
"""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from docx_parts import header, hmerge, new_doc, table
from docx_parts import para as _para

BODY_A = "องค์การบริหารส่วนตำบลหนองบัวใหญ่"


def bold_cs(run):
    """Bold as Word's Bold button sets it: w:b, and w:bCs for Thai (a complex script)."""
    run.bold = True
    run._r.get_or_add_rPr().append(OxmlElement("w:bCs"))


def para(d, text, bold=False, center=False):
    p = _para(d, text, False, center)
    if bold:
        for run in p.runs:
            bold_cs(run)
    return p


def bold_row(t, r):
    for cell in t.rows[r].cells:
        for p in cell.paragraphs:
            for run in p.runs:
                bold_cs(run)


def analysis_table():
    d = new_doc("Garuda", 14, landscape=True)
    header(d, BODY_A + " อำเภอพิมาย จังหวัดนครราชสีมา")
    para(d, "รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567", True, True)
    para(d, BODY_A + " อำเภอพิมาย จังหวัดนครราชสีมา", True, True)
    para(d, "จากผลการประเมินของสำนักงาน ป.ป.ช. หน่วยงานได้รับคะแนนรวม 88.74 คะแนน ระดับผลการประเมิน B "
            "ซึ่งผ่านเกณฑ์ที่กำหนดไว้ แต่ยังมีบางตัวชี้วัดที่ได้คะแนนต่ำกว่าร้อยละ 85")
    para(d, "ตารางที่ 1 คะแนนรายตัวชี้วัด", True)
    rows = [["ตัวชี้วัด", "คะแนน"],
            ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", None],
            ["1. การปฏิบัติหน้าที่", "95.12"],
            ["2. การใช้งบประมาณ", "86.40"],
            ["3. การใช้อำนาจ", "90.03"],
            ["4. การใช้ทรัพย์สินของราชการ", "84.77"],
            ["5. การแก้ไขปัญหาการทุจริต", "91.50"],
            ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", None],
            ["6. คุณภาพการดำเนินงาน", "89.21"],
            ["7. ประสิทธิภาพการสื่อสาร", "87.64"],
            ["8. การปรับปรุงระบบการทำงาน", "83.90"],
            ["แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", None],
            ["9. การเปิดเผยข้อมูล", "92.30"],
            ["10. การป้องกันการทุจริต", "81.25"],
            ["คะแนนรวม", "88.74"]]
    t = table(d, rows, [14.0, 4.0], grid=True, repeat_header=1)
    for r in (1, 7, 11):
        hmerge(t, r, 0, 1)
        bold_row(t, r)
    bold_row(t, 14)
    para(d, "")
    para(d, "ตารางที่ 2 ประเด็นที่ต้องพัฒนาและแนวทางการพัฒนา", True)
    rows = [["ตัวชี้วัด", "ประเด็นที่ต้องพัฒนา", "แนวทางการพัฒนา"],
            ["4. การใช้ทรัพย์สินของราชการ", "บุคลากรบางส่วนยังไม่ทราบขั้นตอนการขอยืมพัสดุ\nไม่มีทะเบียนคุมการนำรถยนต์ส่วนกลางออกนอกสำนักงาน",
             "จัดทำคู่มือการยืมคืนพัสดุและแจ้งเวียนทุกกอง\nกำหนดให้บันทึกการใช้รถยนต์ส่วนกลางทุกครั้ง"],
            ["8. การปรับปรุงระบบการทำงาน", "ผู้รับบริการเห็นว่าขั้นตอนการขออนุญาตยังใช้เวลานาน",
             "เปิดช่องทางยื่นคำขอผ่านระบบออนไลน์\nลดเอกสารที่ต้องแนบในการยื่นคำขอ"],
            ["10. การป้องกันการทุจริต", "ยังไม่ได้เผยแพร่ผลการประเมินความเสี่ยงการทุจริตของปีที่ผ่านมา",
             "รายงานผลการบริหารความเสี่ยงต่อผู้บริหารทุกไตรมาสและเผยแพร่บนเว็บไซต์"]]
    table(d, rows, [6.0, 9.5, 9.5], grid=True, repeat_header=1)
    para(d, "")
    para(d, "ตารางที่ 3 แผนการปรับปรุงการดำเนินงาน", True)
    rows = [["มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"],
            ["จัดอบรมการใช้ทรัพย์สินของราชการให้บุคลากรทุกระดับ", "สำนักปลัด", "ธันวาคม 2567"],
            ["พัฒนาระบบรับคำขออนุญาตทางออนไลน์", "กองช่าง", "มีนาคม 2568"],
            ["ทบทวนแผนบริหารความเสี่ยงการทุจริต", "สำนักปลัด", "มกราคม 2568"]]
    table(d, rows, [13.0, 6.0, 6.0], grid=True, repeat_header=1)
    d.save("analysis_table.docx")


def analysis_headings():
    body = "เทศบาลตำบลท่าช้าง"
    d = new_doc("Norasi", 16)
    header(d, body)
    para(d, "ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", True, True)
    para(d, body + " อำเภอเมืองจันทบุรี จังหวัดจันทบุรี", True, True)
    para(d, "ในปีงบประมาณ พ.ศ. ๒๕๖๗ เทศบาลได้รับผลคะแนนการประเมินรวม ๘๖.๒๐ คะแนน ระดับ B "
            "รายละเอียดของแต่ละตัวชี้วัดที่ได้คะแนนต่ำและแนวทางแก้ไขมีดังนี้")
    para(d, "ตัวชี้วัดที่ ๒ การใช้งบประมาณ", True)
    para(d, "ได้คะแนน ๗๘.๕๐ คะแนน")
    para(d, "ประเด็นที่ต้องพัฒนา บุคลากรภายในยังไม่ทราบรายละเอียดของแผนการใช้จ่ายงบประมาณประจำปี")
    para(d, "แนวทางการพัฒนา", True)
    para(d, "• เผยแพร่แผนการใช้จ่ายงบประมาณให้บุคลากรทุกคนทราบผ่านกลุ่มไลน์ของหน่วยงาน")
    para(d, "• รายงานผลการเบิกจ่ายงบประมาณในที่ประชุมประจำเดือน")
    para(d, "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", True)
    para(d, "ได้คะแนน ๘๐.๑๕ คะแนน")
    para(d, "ประเด็นที่ต้องพัฒนา ประชาชนบางส่วนยังเข้าไม่ถึงข้อมูลข่าวสารของเทศบาล")
    para(d, "แนวทางการพัฒนา", True)
    para(d, "• เพิ่มช่องทางประชาสัมพันธ์ทางเสียงตามสายและหอกระจายข่าว")
    para(d, "• ปรับปรุงหน้าเว็บไซต์ให้ค้นหาข้อมูลได้ง่าย")
    d.save("analysis_headings.docx")


def _numbering(d):
    """A two-level decimal list in numbering.xml: "1." then "1.1"; returns its numId."""
    numbering = d.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum"); abstract.set(qn("w:abstractNumId"), "90")
    for level, text, indent in ((0, "%1.", 720), (1, "%1.%2", 1440)):
        lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), str(level))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", text)):
            e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
        ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(indent)); ind.set(qn("w:hanging"), "360"); ppr.append(ind); lvl.append(ppr)
        abstract.append(lvl)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId"); ref.set(qn("w:val"), "90"); num.append(ref)
    numbering.append(num)
    return 90


def numbered(d, text, level):
    p = para(d, text)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl"); ilvl.set(qn("w:val"), str(level))
    numid = OxmlElement("w:numId"); numid.set(qn("w:val"), "90")
    numpr.append(ilvl); numpr.append(numid); ppr.append(numpr)
    return p


def notice_numbered():
    body = "องค์การบริหารส่วนตำบลบ้านโพธิ์"
    d = new_doc("Laksaman", 16)
    header(d, body)
    _numbering(d)
    para(d, "ประกาศ" + body, True, True)
    para(d, "เรื่อง มาตรการป้องกันการรับสินบนและการแสวงหาประโยชน์โดยมิชอบ", True, True)
    para(d, "---------------------------", center=True)
    para(d, "เพื่อให้การปฏิบัติงานของบุคลากรเป็นไปอย่างโปร่งใสและตรวจสอบได้ " + body +
            " จึงกำหนดมาตรการไว้ดังต่อไปนี้")
    numbered(d, "ห้ามบุคลากรเรียกหรือรับเงินหรือสิ่งของจากผู้มาติดต่อราชการ", 0)
    numbered(d, "ให้หัวหน้าส่วนราชการกำกับดูแลการให้บริการประชาชน", 0)
    numbered(d, "ตรวจสอบการให้บริการทุกเดือนและรายงานต่อนายก", 1)
    numbered(d, "จัดให้มีกล่องรับความคิดเห็นหน้าสำนักงาน", 1)
    numbered(d, "ให้เผยแพร่ช่องทางแจ้งเบาะแสการทุจริตบนเว็บไซต์ของหน่วยงาน", 0)
    para(d, "จึงประกาศมาให้ทราบโดยทั่วกัน")
    para(d, "ประกาศ ณ วันที่ 15 มกราคม พ.ศ. 2568", center=True)
    para(d, "(นายสมพงษ์ ใจดี)", center=True)
    para(d, "นายกองค์การบริหารส่วนตำบลบ้านโพธิ์", center=True)
    d.save("notice_numbered.docx")


def report_split_row():
    body = "เทศบาลเมืองบางกรวย"
    d = new_doc("Loma", 15)
    header(d, body)
    para(d, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", True, True)
    para(d, body + " อำเภอบางกรวย จังหวัดนนทบุรี", True, True)
    for i in range(18):
        para(d, "ส่วนนี้อธิบายความเป็นมาของการดำเนินงานตามมาตรการ เพื่อให้ผู้อ่านเข้าใจบริบทของหน่วยงานก่อนอ่านผลรายมาตรการ")
    long_result = "\n".join([
        "จัดประชุมชี้แจงบุคลากรจำนวน ๓ ครั้ง มีผู้เข้าร่วม ๑๒๐ คน",
        "จัดทำแบบประเมินความเข้าใจหลังการชี้แจง ผลผ่านเกณฑ์ร้อยละ ๙๒",
        "เผยแพร่สรุปผลการประชุมบนเว็บไซต์ของเทศบาล",
        "ส่งรายงานผลให้นายกเทศมนตรีทราบเมื่อสิ้นไตรมาส",
        "นำข้อเสนอของบุคลากรไปปรับแผนปีถัดไป",
        "ติดตามผลการนำไปปฏิบัติในแต่ละกอง"])
    rows = [["ที่", "มาตรการ", "ผลการดำเนินงาน"],
            ["๑", "ชี้แจงแนวทางปฏิบัติเพื่อป้องกันผลประโยชน์ทับซ้อน", long_result],
            ["๒", "เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน", "เผยแพร่ครบทุกเดือนบนเว็บไซต์"],
            ["๓", "ประเมินความเสี่ยงการทุจริตประจำปี", "จัดทำแผนบริหารความเสี่ยงแล้วเสร็จ"]]
    table(d, rows, [1.2, 6.8, 8.0], grid=True, repeat_header=1)
    d.save("report_split_row.docx")


def years_table():
    body = "องค์การบริหารส่วนตำบลเขาดิน"
    d = new_doc("Garuda", 15)
    header(d, body)
    para(d, "การเปรียบเทียบผลการประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. 2566 และ 2567", True, True)
    para(d, body + " อำเภอเมืองนครนายก จังหวัดนครนายก", True, True)
    para(d, "ผลการประเมินในปีงบประมาณ พ.ศ. 2567 ได้ 90.12 คะแนน ระดับ A สูงกว่าปีก่อนหน้า")
    rows = [["ตัวชี้วัด", "ปี 2566", "ปี 2567", "เพิ่มขึ้น/ลดลง"],
            ["1. การปฏิบัติหน้าที่", "88.10", "94.25", "+6.15"],
            ["5. การแก้ไขปัญหาการทุจริต", "85.00", "89.40", "+4.40"],
            ["9. การเปิดเผยข้อมูล", "96.50", "93.20", "-3.30"],
            ["10. การป้องกันการทุจริต", "80.75", "87.50", "+6.75"],
            ["คะแนนรวม", "86.45", "90.12", "+3.67"]]
    table(d, rows, [7.0, 3.0, 3.0, 3.0], grid=True, repeat_header=1)
    d.save("years_table.docx")


if __name__ == "__main__":
    analysis_table(); analysis_headings(); notice_numbered(); report_split_row(); years_table()

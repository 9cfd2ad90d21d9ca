"""An implementation report whose status columns hold ticks inserted from the Wingdings font (Insert →
Symbol: ``<w:sym w:font="Wingdings" w:char="F0FC"/>``), under a group header "สถานะการดำเนินงาน" over
three options (Loma 14 pt, landscape, ruled). Fixture of tests/test_docx_symbols.py.

    python3 make_sym_ticks.py && soffice --headless --convert-to pdf sym_ticks.docx
"""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from make_analysis_notice import para
from docx_parts import header, hmerge, new_doc, table, vmerge

BODY = "เทศบาลตำบลห้วยทราย"


def doc():
    d = new_doc("Loma", 14, landscape=True)
    header(d, BODY + " อำเภอสันกำแพง จังหวัดเชียงใหม่")
    para(d, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567", True, True)
    rows = [["ที่", "มาตรการ", "สถานะการดำเนินงาน", None, None, "หน่วยงานรับผิดชอบ"],
            [None, None, "ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ", None],
            ["1", "จัดทำคู่มือรับเรื่องร้องเรียน", "", "", "", "สำนักปลัด"],
            ["2", "ประชุมชี้แจงการใช้รถยนต์ส่วนกลาง", "", "", "", "กองคลัง"],
            ["3", "สำรวจความพึงพอใจผู้ขออนุญาตก่อสร้าง", "", "", "", "กองช่าง"]]
    t = table(d, rows, [1.2, 9, 3, 3, 3, 4], repeat_header=2)
    hmerge(t, 0, 2, 4)
    for c in (0, 1, 5):
        vmerge(t, c, 0, 1)
    for r, c in ((2, 2), (3, 3), (4, 4)):
        run = t.cell(r, c).paragraphs[0].add_run()
        sym = OxmlElement("w:sym")
        sym.set(qn("w:font"), "Wingdings")
        sym.set(qn("w:char"), "F0FC")
        run._r.append(sym)
    d.save("sym_ticks.docx")


if __name__ == "__main__":
    doc()

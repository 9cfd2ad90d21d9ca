"""An analysis report whose findings sit in a ruled Word table ('Table Grid', Norasi 16 pt) with a
narrow score column: LibreOffice's Thai line breaking breaks between Thai digits, so in the PDF the
score "๘๐.๐๐" prints as "๘" over "๐.๐๐" (and the header "คะแนน" as "คะแน" over "น"); a findings
cell holds two paragraphs. Fixture of tests/test_libreoffice_narrow_cells.py.

    python3 make_narrow_cells.py && soffice --headless --convert-to pdf narrow_cells.docx
"""
from docx_parts import header, hmerge, new_doc, para, table, vmerge  # noqa: F401 - shared helpers (some unused here)


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

"""A plan whose month columns' headers are set "bottom to top" (Word's text direction btLr), as
narrow month columns often are (Garuda 14 pt, landscape, ruled): ticks in the months each measure
runs. Fixture of tests/test_pdf_turned_header.py: the PDF must give the .docx's records.

    python3 make_rotated_months.py && soffice --headless --convert-to pdf rotated_months.docx
"""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from make_analysis_notice import para
from docx_parts import header, new_doc, table

BODY = "เทศบาลตำบลบ้านแหลม"
MONTHS = ["ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68"]


def doc():
    d = new_doc("Garuda", 14, landscape=True)
    header(d, BODY + " อำเภอบ้านแหลม จังหวัดเพชรบุรี")
    para(d, "แผนปฏิบัติการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568", True, True)
    rows = [["ที่", "มาตรการ", "ผู้รับผิดชอบ", *MONTHS],
            ["1", "จัดอบรมจริยธรรมพนักงานใหม่", "สำนักปลัด", "✓", "", "", "", "", ""],
            ["2", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์ทุกเดือน", "กองคลัง", "✓", "✓", "✓", "✓", "✓", "✓"],
            ["3", "สำรวจความคิดเห็นผู้รับบริการงานขออนุญาตก่อสร้าง", "กองช่าง", "", "", "", "✓", "✓", ""]]
    t = table(d, rows, [1.2, 9, 4, *[1.3] * len(MONTHS)])
    for c in range(3, 3 + len(MONTHS)):
        props = t.cell(0, c)._tc.get_or_add_tcPr()
        direction = OxmlElement("w:textDirection")
        direction.set(qn("w:val"), "btLr")
        props.append(direction)
    t.rows[0].height = 1000000  # EMU: tall enough for the turned labels on one line
    d.save("rotated_months.docx")


if __name__ == "__main__":
    doc()

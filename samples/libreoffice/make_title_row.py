"""A measures plan whose table's first row is its title, one cell merged across the table over the
header row, as Word users often type it (Loma 14 pt, landscape, ruled); the year is stated only
there. Fixture of tests/test_table_title_row.py.

    python3 make_title_row.py && soffice --headless --convert-to pdf title_row.docx
"""
from make_analysis_notice import bold_row, para
from docx_parts import header, hmerge, new_doc, table

BODY = "องค์การบริหารส่วนตำบลคลองใหม่"


def doc():
    d = new_doc("Loma", 14, landscape=True)
    header(d, BODY + " อำเภอสามพราน จังหวัดนครปฐม")
    para(d, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", True, True)
    rows = [["แผนการขับเคลื่อนมาตรการ ประจำปีงบประมาณ พ.ศ. 2568", None, None, None, None],
            ["ลำดับ", "มาตรการ", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา"],
            ["1", "ลดขั้นตอนการขออนุญาตก่อสร้าง", "ทบทวนเอกสารที่ต้องยื่นและตัดส่วนที่ซ้ำ", "กองช่าง", "ธ.ค. 2567"],
            ["2", "เปิดเผยผลการพิจารณาเบี้ยยังชีพ", "ประกาศรายชื่อผู้มีสิทธิ์ที่ศาลาประชาคม", "สำนักปลัด", "ทุกไตรมาส"]]
    t = table(d, rows, [1.5, 7, 8, 4, 4], repeat_header=0)
    hmerge(t, 0, 0, 4)
    bold_row(t, 1)
    d.save("title_row.docx")


if __name__ == "__main__":
    doc()

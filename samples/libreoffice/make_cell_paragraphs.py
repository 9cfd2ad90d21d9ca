"""A measures plan whose cells hold several paragraphs, as Word users write them: steps one to a
paragraph with no number or bullet, two responsible units one to a paragraph, a timeframe over
two paragraphs, and cells of one paragraph that wrap (Garuda 14 pt, landscape, ruled). Fixture of
tests/test_pdf_cell_paragraphs.py: the PDF must give the .docx's records.

    python3 make_cell_paragraphs.py && soffice --headless --convert-to pdf cell_paragraphs.docx
"""
from make_analysis_notice import para
from docx_parts import header, new_doc, table

BODY = "องค์การบริหารส่วนตำบลบ่อพลอย"


def doc():
    d = new_doc("Garuda", 14, landscape=True)
    header(d, BODY)
    para(d, "แผนปฏิบัติการเพื่อยกระดับผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568", True, True)
    para(d, BODY + " อำเภอบ่อพลอย จังหวัดกาญจนบุรี", True, True)
    rows = [["ลำดับ", "มาตรการ", "ขั้นตอนการดำเนินการ", "ระยะเวลา", "ผู้รับผิดชอบ"],
            ["1", "เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน",
             "รวบรวมผลการจัดซื้อจัดจ้างทุกสิ้นเดือน\nนำขึ้นเว็บไซต์ภายในวันที่ 10 ของเดือนถัดไป",
             "ต.ค. 2567\n- ก.ย. 2568", "กองคลัง\nสำนักปลัด"],
            ["2", "ทบทวนขั้นตอนการให้บริการจดทะเบียนพาณิชย์ให้สั้นลงและประกาศให้ประชาชนทราบทั่วกัน",
             "สำรวจขั้นตอนที่ซ้ำซ้อน\nประกาศระยะเวลาให้บริการใหม่",
             "ม.ค. 2568\n- มี.ค. 2568", "กองคลัง"],
            ["3", "จัดกิจกรรมวันต่อต้านคอร์รัปชันร่วมกับโรงเรียนในพื้นที่",
             "ประสานโรงเรียน 4 แห่ง\nจัดกิจกรรมเดินรณรงค์และมอบเกียรติบัตรให้นักเรียนที่เข้าร่วมกิจกรรมครบทุกครั้ง",
             "ธ.ค. 2567", "สำนักปลัด\nกองการศึกษา ศาสนา และวัฒนธรรม"],
            ["4", "ประเมินความพึงพอใจของผู้รับบริการ",
             "จัดทำแบบประเมินความพึงพอใจทั้งแบบกระดาษและแบบออนไลน์ผ่านคิวอาร์โค้ดที่จุดบริการทุกจุดของที่ทำการ",
             "ตลอดปีงบประมาณ", "ทุกสำนัก/กอง"]]
    table(d, rows, [1.4, 7.0, 9.0, 3.0, 5.0], grid=True, repeat_header=1)
    d.save("cell_paragraphs.docx")


if __name__ == "__main__":
    doc()

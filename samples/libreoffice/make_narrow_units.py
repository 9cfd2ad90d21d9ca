"""Make narrow_units.docx: plans whose responsible column is too narrow (2 cm) for the room a line leaves to tell a
paragraph's end (extract/readers/cell_paragraphs.MIN_ROOM), each unit a paragraph of its own: in the PDF the units'
lines ran together as wraps ("สำนักปลัดกองคลัง"). Two tables in other words (a municipality, a hospital), and cells
of one unit over a position ("หัวหน้า" over "สำนักปลัด") or of one paragraph that wraps.
tests/test_pdf_narrow_unit_cells.py.
    python3 make_narrow_units.py && soffice --headless --convert-to pdf narrow_units.docx
"""
from docx_parts import new_doc, para, table

d = new_doc(font="Garuda", pt=14)
para(d, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568", bold=True, center=True)
para(d, "เทศบาลตำบลนาโพธิ์ อำเภอนาโพธิ์ จังหวัดบุรีรัมย์", center=True)
table(d, [["ที่", "มาตรการ", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา"],
          ["1", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบันทุกเดือน", "สำนักปลัด\nกองคลัง",
           "ต.ค. 67 -\nก.ย. 68"],
          ["2", "มาตรการป้องกันการรับสินบน", "ประกาศเจตนารมณ์และแจ้งเวียนพนักงานทุกคน", "กองช่าง\nกองการศึกษา", "ธ.ค. 67"],
          ["3", "มาตรการตรวจสอบการใช้ดุลยพินิจ", "จัดทำคู่มือการใช้ดุลพินิจในการอนุญาต", "หัวหน้าสำนักปลัด", "ม.ค. 68"],
          ["4", "มาตรการจัดการเรื่องร้องเรียน", "รายงานผลการจัดการเรื่องร้องเรียนทุกไตรมาส", "สำนักงานปลัดเทศบาล", "ทุกไตรมาส"]],
      [1, 4.5, 6, 2.0, 2.5])
para(d, "")
para(d, "แผนการดำเนินงานตามมาตรการป้องกันการทุจริต โรงพยาบาลนาโพธิ์ ปีงบประมาณ 2568", bold=True)
table(d, [["กิจกรรม", "รายละเอียดกิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลา"],
          ["ทบทวนแนวปฏิบัติการรับของขวัญ", "ประชุมคณะทำงานและประกาศแนวปฏิบัติ", "กลุ่มงานบริหาร\nกลุ่มงานการพยาบาล", "พ.ย. 67"],
          ["ตรวจสอบการจัดซื้อวัสดุการแพทย์", "สุ่มตรวจเอกสารจัดซื้อทุกไตรมาส", "งานพัสดุ\nงานการเงิน", "ทุกไตรมาส"]],
      [4.5, 5.5, 2.5, 2.5])
d.save("narrow_units.docx")

"""A Word table with no borders (python-docx's default table style), exported to PDF by LibreOffice
Writer: its cells' lines are set at other heights than the row number's, so lines of different
columns interleave. Fixture of tests/test_gutter_tables_interleaved.py."""
from docx import Document
from docx.shared import Pt
d=Document()
st=d.styles['Normal']; st.font.name='Garuda'; st.font.size=Pt(11)
d.add_paragraph("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
d.add_paragraph("เทศบาลตำบลหนองบัวทอง อำเภอเมืองลำพูน จังหวัดลำพูน")
rows=[("ลำดับ","มาตรการ","ขั้นตอนการดำเนินการ","ผู้รับผิดชอบ","ระยะเวลา"),
("๑","เผยแพร่ข้อมูลการจัดซื้อจัดจ้างให้ครบถ้วน","- รวบรวมผลการจัดซื้อจัดจ้างทุกเดือน\n- ตรวจทานความถูกต้องก่อนนำขึ้นเว็บไซต์","กองคลัง","ม.ค. ๖๘ - มี.ค. ๖๘"),
("๒","ปลูกฝังวัฒนธรรมองค์กรไม่ทนต่อการทุจริต","- จัดอบรมพนักงานเรื่องผลประโยชน์ทับซ้อน\n- ผู้บริหารประกาศเจตจำนงสุจริตต่อสาธารณะ","สำนักปลัดเทศบาล","ต.ค. ๖๗ - ธ.ค. ๖๗"),
("๓","ปรับปรุงช่องทางรับฟังความคิดเห็นของประชาชน","- เพิ่มแบบสอบถามความพึงพอใจออนไลน์ และสรุปผลให้ผู้บริหารทราบภายใน ๑๕ วันทำการ","กองช่าง, กองการศึกษา","เม.ย. ๖๘ - ก.ย. ๖๘")]
t=d.add_table(rows=len(rows),cols=5)
for i,r in enumerate(rows):
    for j,c in enumerate(r): t.cell(i,j).text=c
d.save("borderless.docx")  # then: soffice --headless --convert-to pdf borderless.docx

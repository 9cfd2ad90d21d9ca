"""A measures plan in a Word table with ruling lines ('Table Grid'), landscape, whose header is two
rows marked to repeat on every page: "ระยะเวลา" merged over four quarter columns ("ไตรมาส ๑" …),
ticks (✓) in the quarters each measure runs; the indicator merged down over its measures, bullets in
the steps cells, the body named in the page header. Exported by LibreOffice, the table runs over
three pages and both header rows are printed again on each. Fixture of
tests/test_libreoffice_header_rows.py.

    python3 make_two_row_header.py && soffice --headless --convert-to pdf two_row_header.docx
"""
from docx_parts import header, hmerge, new_doc, para, table, vmerge  # noqa: F401 - shared helpers


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

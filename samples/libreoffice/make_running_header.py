"""Two Word documents whose page header (the body's name and place) is printed on every page, less
than a line above the body, so that on the first page the PDF reader glues it to the title under it:
a health centre's two-page implementation report (ticks under ดำเนินการแล้ว/อยู่ระหว่าง/ยังไม่ดำเนินการ)
and a อบต.'s four-page plan whose table runs over the page breaks with its header repeated. The header
repeated on the next pages stood between two pieces of the table and became the section of the rows
under it. Fixtures of tests/test_running_header_section.py.

    python3 make_running_header.py   (writes running_header_report.* and running_header_plan.*)
"""
from docx_parts import header, hmerge, new_doc, para, table, to_pdf, vmerge


def report():
    d = new_doc("Garuda", 16)
    header(d, "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่")
    para(d, "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567", True, True)
    para(d, "ข้อความนำเรื่อง การดำเนินงานของหน่วยงานในรอบปีที่ผ่านมา")
    for _ in range(12):
        para(d, "")
    rows = [["กิจกรรม", "ผลการดำเนินงาน", "ปัญหาอุปสรรค", "สถานะ", None, None],
            [None, None, None, "ดำเนินการแล้ว", "อยู่ระหว่าง", "ยังไม่ดำเนินการ"]]
    acts = [("จัดอบรมจริยธรรมเจ้าหน้าที่", "จัดอบรมแล้ว 1 ครั้ง ผู้เข้าร่วม 25 คน", "ไม่มี", 3),
            ("ปรับปรุงข้อมูลบนเว็บไซต์", "ปรับปรุงข้อมูลพื้นฐานครบถ้วน", "เจ้าหน้าที่มีจำนวนน้อย", 4),
            ("สำรวจความพึงพอใจผู้รับบริการ", "ยังไม่ได้ดำเนินการ", "งบประมาณไม่เพียงพอ", 5),
            ("ประกาศเจตจำนงสุจริตของผู้บริหาร", "ประกาศเมื่อวันที่ 15 ตุลาคม 2566", "ไม่มี", 3),
            ("จัดทำรายงานการใช้จ่ายงบประมาณ", "รายงานทุกไตรมาส", "ไม่มี", 4)]
    for act, result, problem, tick in acts:
        row = [act, result, problem, "", "", ""]
        row[tick] = "✓"
        rows.append(row)
    t = table(d, rows, [4.5, 4.5, 3.5, 2, 2, 2], repeat_header=2)
    hmerge(t, 0, 3, 5)
    for c in (0, 1, 2):
        vmerge(t, c, 0, 1)
    to_pdf(d, "running_header_report", ".")


def plan():
    d = new_doc("Garuda", 16)
    header(d, "องค์การบริหารส่วนตำบลท่าช้าง อำเภอสว่างวีระวงศ์ จังหวัดอุบลราชธานี")
    para(d, "แผนปฏิบัติการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568", True, True)
    rows = [["ลำดับ", "มาตรการ", "วิธีดำเนินการ", "ห้วงเวลา", "ผู้รับผิดชอบ"]]
    names = ["การเผยแพร่ข้อมูลข่าวสาร", "การจัดซื้อจัดจ้าง", "การบริหารทรัพยากรบุคคล", "การรับเรื่องร้องเรียน",
             "การใช้รถยนต์ส่วนกลาง", "การให้บริการประชาชน", "การประเมินความพึงพอใจ", "การป้องกันสินบน"]
    for i, name in enumerate(names, 1):
        rows.append([str(i), f"มาตรการ{name}",
                     f"1. จัดประชุมชี้แจงเรื่อง{name}\n2. ติดตามผลและรายงานผู้บริหาร\n"
                     "3. ปรับปรุงแนวทางตามข้อเสนอแนะ\n4. เผยแพร่ผลให้ประชาชนทราบ",
                     "ตุลาคม 2567 - กันยายน 2568", "สำนักปลัด"])
    table(d, rows, [1.3, 4, 7, 3, 2.7], repeat_header=1)
    to_pdf(d, "running_header_plan", ".")


if __name__ == "__main__":
    report()
    plan()

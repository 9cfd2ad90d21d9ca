"""Two implementation reports whose measure cell is merged over several activity rows, each activity
with a status of its own: a school's report with the status written in a column ("ดำเนินการแล้ว",
"ยังไม่ดำเนินการ"), and a อบต.'s with ticks under ดำเนินการแล้ว | อยู่ระหว่างดำเนินการ | ยังไม่ดำเนินการ.
The rows' statuses were joined into one ("อยู่ระหว่างดำเนินการ ยังไม่ดำเนินการ"), or the first tick of
any row was taken. Fixtures of tests/test_merged_measure_status.py.

    python3 make_merged_status.py   (writes merged_status_text.* and merged_status_ticks.*)
"""
from docx_parts import hmerge, new_doc, para, table, to_pdf, vmerge


def text_status():
    d = new_doc("Garuda", 14)
    para(d, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสในสถานศึกษา ประจำปีงบประมาณ พ.ศ. 2568", True, True)
    para(d, "โรงเรียนบ้านโคกสว่าง สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต 2", True, True)
    rows = [["ที่", "มาตรการ", "โครงการ/กิจกรรม", "ผลการดำเนินการ", "สถานะการดำเนินการ"],
            ["1", "มาตรการเสริมสร้างความซื่อสัตย์ของครูและบุคลากร", "ประชุมครูเรื่องจรรยาบรรณวิชาชีพ",
             "ประชุมแล้ว 2 ครั้ง", "ดำเนินการแล้ว"],
            [None, None, "มอบเกียรติบัตรครูต้นแบบ", "มอบแล้ว 3 คน", "ดำเนินการแล้ว"],
            ["2", "มาตรการเปิดเผยการใช้จ่ายเงินอุดหนุน", "ติดประกาศรายรับรายจ่ายหน้าโรงเรียน",
             "ติดประกาศทุกเดือน", "ดำเนินการแล้ว"],
            [None, None, "รายงานคณะกรรมการสถานศึกษา", "รอการประชุมภาคเรียนที่ 2", "ยังไม่ดำเนินการ"]]
    t = table(d, rows, [1.2, 4.8, 4.5, 3.5, 2.5], repeat_header=1)
    for c in (0, 1):
        vmerge(t, c, 1, 2)
        vmerge(t, c, 3, 4)
    to_pdf(d, "merged_status_text", ".")


def tick_status():
    d = new_doc("Garuda", 14, landscape=True)
    para(d, "รายงานผลการขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567", True, True)
    para(d, "องค์การบริหารส่วนตำบลนาโพธิ์ อำเภอกุดรัง จังหวัดมหาสารคาม", True, True)
    rows = [["มาตรการ", "กิจกรรม", "ผลการดำเนินงาน", "สถานะ", None, None],
            [None, None, None, "ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"],
            ["1. มาตรการจัดการข้อร้องเรียนเรื่องสินบน", "แต่งตั้งผู้รับผิดชอบรับเรื่องร้องเรียน",
             "มีคำสั่งแต่งตั้งแล้ว", "✓", "", ""],
            [None, "รายงานผลการจัดการเรื่องร้องเรียนต่อนายก อบต.", "รายงานไตรมาสแรกแล้ว", "", "✓", ""],
            ["2. มาตรการกำกับการใช้รถส่วนกลาง", "จัดทำสมุดบันทึกการใช้รถ", "จัดทำครบทุกคัน", "✓", "", ""],
            [None, "ตรวจสอบการเบิกน้ำมันเชื้อเพลิง", "ตรวจสอบทุกเดือน", "✓", "", ""]]
    t = table(d, rows, [6.5, 6.5, 5, 2.5, 2.5, 2.5], repeat_header=2)
    hmerge(t, 0, 3, 5)
    for c in (0, 1, 2):
        vmerge(t, c, 0, 1)
    vmerge(t, 0, 2, 3)
    vmerge(t, 0, 4, 5)
    to_pdf(d, "merged_status_ticks", ".")


if __name__ == "__main__":
    text_status()
    tick_status()

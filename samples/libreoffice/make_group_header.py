"""Word tables with no borders whose header is two rows: a group cell merged over sub-columns.

* group_results.docx (Norasi 15 pt, landscape): a report of measures and their results per quarter,
  "ผลการดำเนินงาน" merged over "ไตรมาส ๑ … ไตรมาส ๔" holding text;
* group_months.docx (Loma 14 pt, landscape): a plan of measures, "ระยะเวลาดำเนินการ" merged over the
  twelve months of the fiscal year ("ต.ค. … ก.ย.") holding ticks.

Both have a numbered first column. Exported by LibreOffice, each table prints as bare text:
fixtures of tests/test_gutter_tables_group_header.py.

    python3 make_group_header.py && soffice --headless --convert-to pdf group_results.docx group_months.docx
"""
from docx.shared import Cm

from docx_parts import hmerge, new_doc, para, table, vmerge

BODY = "เทศบาลตำบลบ้านโป่งงาม"
BODY_ADDR = "อำเภอสันกำแพง จังหวัดเชียงใหม่"


def results():
    d = new_doc("Norasi", 15, landscape=True)
    para(d, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", True, True)
    para(d, f"ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ {BODY} {BODY_ADDR}", True, True)
    para(d, "หน่วยงานได้ติดตามผลการดำเนินการตามมาตรการเป็นรายไตรมาส สรุปได้ดังตารางต่อไปนี้")
    rows = [["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ผลการดำเนินงาน", None, None, None],
            [None, None, None, "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔"],
            ["๑", "จัดทำคู่มือการปฏิบัติงานด้านพัสดุให้เป็นปัจจุบัน", "กองคลัง",
             "แต่งตั้งคณะทำงาน", "ยกร่างคู่มือ", "รับฟังความเห็น", "ประกาศใช้คู่มือ"],
            ["๒", "เปิดช่องทางแจ้งเบาะแสการทุจริตทางออนไลน์", "สำนักปลัดเทศบาล",
             "ออกแบบแบบฟอร์ม", "เปิดใช้งานระบบ", "ไม่มีเรื่องแจ้ง", "สรุปผลรายปี"],
            ["๓", "อบรมพนักงานเรื่องการขัดกันแห่งผลประโยชน์", "กองการเจ้าหน้าที่",
             "-", "จัดอบรม ๑ รุ่น", "จัดอบรม ๑ รุ่น", "ประเมินผลการอบรม"],
            ["๔", "เผยแพร่รายงานการใช้จ่ายงบประมาณรายเดือนบนเว็บไซต์", "กองคลัง, กองช่าง",
             "เผยแพร่ครบ ๓ เดือน", "เผยแพร่ครบ ๓ เดือน", "เผยแพร่ครบ ๓ เดือน", "เผยแพร่ครบ ๓ เดือน"]]
    t = table(d, rows, [1.2, 7.5, 3.8, 3.2, 3.2, 3.2, 3.2], grid=False, bold_header=False)
    hmerge(t, 0, 3, 6)
    for c in range(3):
        vmerge(t, c, 0, 1)
    para(d, "")
    para(d, "ผู้รายงาน นางสาวพิมพ์ชนก ใจดี")
    d.save("group_results.docx")


def months():
    d = new_doc("Loma", 14, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(0.9)
    para(d, "แผนปฏิบัติการตามมาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", True, True)
    para(d, f"{BODY} {BODY_ADDR}", True, True)
    month = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]
    rows = [["ที่", "โครงการ/กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ"] + [None] * 11,
            [None, None, None] + month]
    ticks = [
        ("๑", "ประชุมชี้แจงแนวทางการประเมินคุณธรรมให้บุคลากร", "สำนักปลัดเทศบาล", range(0, 2)),
        ("๒", "ตรวจสอบข้อมูลสาธารณะบนเว็บไซต์ของเทศบาล", "กองยุทธศาสตร์และงบประมาณ", range(3, 9)),
        ("๓", "จัดกิจกรรมวันต่อต้านคอร์รัปชันสากล", "ทุกกอง", range(2, 3)),
        ("๔", "สำรวจความพึงพอใจผู้รับบริการ", "กองสาธารณสุขและสิ่งแวดล้อม", range(8, 12)),
    ]
    for no, title, unit, span in ticks:
        rows.append([no, title, unit] + ["✓" if m in span else "" for m in range(12)])
    t = table(d, rows, [1.3, 5.6, 3.6] + [1.45] * 12, grid=False, bold_header=False)
    hmerge(t, 0, 3, 14)
    for c in range(3):
        vmerge(t, c, 0, 1)
    para(d, "")
    para(d, "หมายเหตุ แผนอาจปรับเปลี่ยนตามความเหมาะสม")
    d.save("group_months.docx")


if __name__ == "__main__":
    results()
    months()

"""labelled_findings.docx, labelled_measures.docx: paragraphs that each open with a labelled number
("ตัวชี้วัดที่ ๙ …" then "ตัวชี้วัดที่ ๘ …"; "มาตรการที่ 1 …" then "มาตรการที่ 2 …"), no spacing, where a
paragraph's last line ends nearer the right edge than the next label's first word is wide. The PDF
reader took it for a wrap and ran the two paragraphs into one: the second indicator's finding was read
as the first's, and the measures were not read at all (tests/test_pdf_labelled_items.py). A health
centre's analysis (Garuda 16 pt, Thai digits) and a อบต.'s notice (Loma 15 pt, Arabic digits); the text of
each paragraph is the length that puts its last line near the edge in LibreOffice's PDF."""
from docx_parts import new_doc, para, table


def findings():
    d = new_doc()
    para(d, "รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส", bold=True, center=True)
    para(d, "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", bold=True, center=True)
    para(d, "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองหิน", bold=True, center=True)
    para(d, "อำเภอกุฉินารายณ์ จังหวัดกาฬสินธุ์", center=True)
    para(d, "ส่วนที่ ๑ ผลคะแนน", bold=True)
    para(d, "จากผลการประเมินฯ หน่วยงานได้รับคะแนนรวม ๘๘.๔๒ คะแนน อยู่ในระดับ B "
            "ซึ่งต่ำกว่าเป้าหมายของจังหวัดที่ตั้งไว้ร้อยละ ๙๒")
    table(d, [["ตัวชี้วัด", "เครื่องมือ", "คะแนน"],
              ["๑. การปฏิบัติหน้าที่", "IIT", "๙๖.๑๐"],
              ["๒. การใช้งบประมาณ", "IIT", "๙๑.๒๐"],
              ["๓. การใช้อำนาจ", "IIT", "๙๓.๔๐"],
              ["๔. การใช้ทรัพย์สินของราชการ", "IIT", "๘๙.๘๘"],
              ["๕. การแก้ไขปัญหาการทุจริต", "IIT", "๙๐.๐๐"],
              ["๖. คุณภาพการดำเนินงาน", "EIT", "๘๗.๕๐"],
              ["๗. ประสิทธิภาพการสื่อสาร", "EIT", "๘๕.๒๕"],
              ["๘. การปรับปรุงระบบการทำงาน", "EIT", "๘๔.๗๕"],
              ["๙. การเปิดเผยข้อมูล", "OIT", "๘๒.๐๐"],
              ["๑๐. การป้องกันการทุจริต", "OIT", "๘๕.๐๐"]], [7, 3, 3])
    para(d, "ส่วนที่ ๒ ประเด็นที่ต้องพัฒนา", bold=True)
    para(d, "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนนต่ำสุด เนื่องจากไม่ได้เผยแพร่รายงานการกำกับติดตาม"
            "การใช้จ่ายงบประมาณรอบ ๖ เดือน")
    para(d, "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน ผู้รับบริการเห็นว่ายังไม่มีช่องทางออนไลน์ในการขอรับบริการ")
    para(d, "ลงชื่อ นางสาวมาลี ใจงาม")
    para(d, "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองหิน")
    d.save("labelled_findings.docx")


def measures():
    d = new_doc(font="Loma", pt=15)
    para(d, "ประกาศองค์การบริหารส่วนตำบลหนองกุงศรี", center=True)
    para(d, "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568", center=True)
    para(d, "มาตรการที่ 1 การป้องกันผลประโยชน์ทับซ้อน ให้พนักงานส่วนตำบลทุกคนรายงานความสัมพันธ์กับ"
            "ผู้ยื่นข้อเสนอในการจัดซื้อจัดจ้างทุกแห่ง")
    para(d, "มาตรการที่ 2 การเผยแพร่ข้อมูลสาธารณะ ให้สำนักปลัดปรับปรุงข้อมูลบนเว็บไซต์ขององค์การบริหารส่วนตำบลทุกเดือน")
    para(d, "มาตรการที่ 3 การรับเรื่องร้องเรียน ให้ตอบกลับผู้ร้องเรียนภายใน 15 วัน")
    para(d, "ประกาศ ณ วันที่ 1 ตุลาคม พ.ศ. 2567")
    d.save("labelled_measures.docx")


if __name__ == "__main__":
    findings()
    measures()

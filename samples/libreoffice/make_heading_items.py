"""(a) heading_items: a notice of measures whose numbered items are bold headings, each told in
paragraphs under it (Laksaman 16 pt): one paragraph, two paragraphs, a paragraph and bullets; a
lead-in ending "ดังนี้", a closing line; (b) titled_headings: the same kind of measures under a title
block and nothing else ("มาตรการป้องกันการรับสินบน" over the body and year), no lead-in (Norasi 16 pt).
Fixtures of tests/test_list_heading_items.py.

    python3 make_heading_items.py && soffice --headless --convert-to pdf heading_items.docx titled_headings.docx
"""
from make_analysis_notice import para
from docx_parts import header, new_doc

BODY = "โรงพยาบาลบ้านแพ้ว"


def doc():
    d = new_doc("Laksaman", 16)
    header(d, BODY)
    para(d, "ประกาศ" + BODY, True, True)
    para(d, "เรื่อง มาตรการป้องกันการรับสินบน ประจำปีงบประมาณ พ.ศ. 2568", True, True)
    para(d, "เพื่อให้การปฏิบัติงานของบุคลากรเป็นไปด้วยความซื่อสัตย์ สุจริต และสอดคล้องกับการประเมินคุณธรรม"
            "และความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ โรงพยาบาลจึงกำหนดมาตรการ ดังนี้")
    para(d, "1. การไม่รับของขวัญและของกำนัลทุกชนิด", True)
    para(d, "บุคลากรทุกคนต้องไม่รับของขวัญ ของกำนัล หรือประโยชน์อื่นใดจากผู้มาติดต่อ ผู้รับจ้าง และผู้ขาย "
            "ไม่ว่าจะเป็นช่วงเทศกาลหรือไม่")
    para(d, "2. การเปิดช่องทางแจ้งเบาะแส", True)
    para(d, "จัดให้มีตู้รับความคิดเห็นหน้าห้องเวชระเบียน")
    para(d, "เปิดอีเมลของกลุ่มงานบริหารทั่วไปเพื่อรับแจ้งเบาะแสและตรวจสอบทุกวันศุกร์")
    para(d, "3. การลงโทษผู้ฝ่าฝืน", True)
    para(d, "ผู้ที่รับสินบนจะถูกดำเนินการทางวินัยตามระเบียบกระทรวงสาธารณสุข")
    para(d, "- ตั้งคณะกรรมการสอบข้อเท็จจริงภายในเจ็ดวัน")
    para(d, "- รายงานผลต่อนายแพทย์สาธารณสุขจังหวัด")
    para(d, "จึงประกาศให้ทราบโดยทั่วกัน")
    para(d, "ประกาศ ณ วันที่ 2 ตุลาคม 2567")
    d.save("heading_items.docx")


def titled():
    body = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเลย เขต 2"
    d = new_doc("Norasi", 16)
    para(d, "มาตรการป้องกันการรับสินบน", True, True)
    para(d, body + " ประจำปีงบประมาณ พ.ศ. 2568", True, True)
    para(d, "1. การปฏิเสธของขวัญจากผู้มาติดต่อ", True)
    para(d, "บุคลากรทุกคนแจ้งผู้มาติดต่อว่าสำนักงานไม่รับของขวัญหรือของกำนัลทุกกรณี")
    para(d, "2. การรับแจ้งเบาะแสทางออนไลน์", True)
    para(d, "เปิดแบบฟอร์มออนไลน์ให้ผู้แจ้งไม่ต้องระบุชื่อ และตอบกลับภายในสามวันทำการ")
    para(d, "3. การติดตามผลทุกไตรมาส", True)
    para(d, "กลุ่มอำนวยการสรุปเรื่องที่ได้รับแจ้งและรายงานผู้อำนวยการทุกไตรมาส")
    d.save("titled_headings.docx")


if __name__ == "__main__":
    doc()
    titled()

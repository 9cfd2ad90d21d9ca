"""A district health office's plan (Garuda 14 pt): items "(1) มาตรการ… ผู้รับผิดชอบ … ระยะเวลา …" naming
their unit and time after the title on the item's own paragraph; the third wraps in the PDF right
before its label "ระยะเวลา". Written for tests/test_inline_field_wrapped.py in words of its own.

    python3 make_inline_fields_wrap.py && soffice --headless --convert-to pdf inline_fields_wrap.docx
"""
from docx_parts import new_doc, para


def inline_fields_wrap():
    d = new_doc("Garuda", 14)
    para(d, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", True, True)
    para(d, "สำนักงานสาธารณสุขอำเภอบ้านไผ่ จังหวัดขอนแก่น", True, True)
    para(d, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", True, True)
    para(d, "สำนักงานสาธารณสุขอำเภอบ้านไผ่ จึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ดังนี้")
    para(d, "(1) มาตรการป้องกันการขัดกันระหว่างผลประโยชน์ส่วนตนกับผลประโยชน์ส่วนรวม ผู้รับผิดชอบ "
            "กลุ่มงานบริหารทั่วไป ระยะเวลา ต.ค. ๒๕๖๗ – ก.ย. ๒๕๖๘")
    para(d, "(2) มาตรการตรวจสอบการใช้ดุลพินิจของเจ้าหน้าที่ ผู้รับผิดชอบ กลุ่มงานนิติการ ระยะเวลา ม.ค. – มี.ค. ๒๕๖๘")
    para(d, "(3) มาตรการส่งเสริมการใช้รถราชการอย่างถูกต้อง ผู้รับผิดชอบ งานยานพาหนะ ระยะเวลา ต.ค. ๒๕๖๗ – ก.ย. ๒๕๖๘")
    para(d, "ประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๗")
    d.save("inline_fields_wrap.docx")


if __name__ == "__main__":
    inline_fields_wrap()

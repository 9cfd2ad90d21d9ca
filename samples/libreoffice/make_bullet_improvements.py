"""A town municipality's improvements as bulleted paragraphs ("• การเปิดเผยข้อมูล ให้…") under a lead-in
naming improvements on the assessment's result ("…ควรนำผลไปปรับปรุง ดังนี้"), a paragraph after them
(Norasi 16 pt). Written for tests/test_list_bullets.py in words of its own.

    python3 make_bullet_improvements.py && soffice --headless --convert-to pdf bullet_improvements.docx
"""
from docx_parts import new_doc, para

LINES = (
    ("แนวทางการนำผลการประเมิน ITA ไปปรับปรุงการดำเนินงาน", True, True),
    ("เทศบาลเมืองบ้านสวน อำเภอเมืองชลบุรี จังหวัดชลบุรี", True, True),
    ("ปีงบประมาณ พ.ศ. ๒๕๖๘", True, True),
    ("จากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เทศบาลได้คะแนน ๘๘.๑๒ คะแนน ควรนำผลไปปรับปรุง ดังนี้", False, False),
    ("• การเปิดเผยข้อมูล ให้กองยุทธศาสตร์และงบประมาณปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบันทุกเดือน", False, False),
    ("• การป้องกันการทุจริต ให้สำนักปลัดจัดอบรมบุคลากรเรื่องผลประโยชน์ทับซ้อนอย่างน้อยปีละ ๑ ครั้ง", False, False),
    ("• การใช้ทรัพย์สินของราชการ ให้กองคลังจัดทำคู่มือการยืมทรัพย์สินและเผยแพร่ให้บุคลากรทราบ", False, False),
    ("ทั้งนี้ ให้ทุกกองรายงานผลการดำเนินงานต่อนายกเทศมนตรีภายในเดือนกันยายน ๒๕๖๘", False, False),
)


def bullet_improvements():
    d = new_doc("Norasi", 16)
    for text, bold, centre in LINES:
        para(d, text, bold, centre)
    d.save("bullet_improvements.docx")


if __name__ == "__main__":
    bullet_improvements()

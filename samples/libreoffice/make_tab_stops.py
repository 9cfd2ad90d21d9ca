"""A notice whose measures are set as a table with Word tab stops, no table at all: a header line
of column names and one line per measure, each cell after a tab, the notice's closing line right
under the last one (Garuda 14 pt). Fixture of tests/test_tab_stop_table.py.

    python3 make_tab_stops.py && soffice --headless --convert-to pdf tab_stops.docx
    soffice --headless --convert-to doc tab_stops.docx
"""
from docx.shared import Cm

from docx_parts import new_doc, para


def tabbed(d, text):
    p = d.add_paragraph()
    for at in (10, 13.5):
        p.paragraph_format.tab_stops.add_tab_stop(Cm(at))
    p.add_run(text)


def doc():
    d = new_doc(font="Garuda", pt=14)
    para(d, "ประกาศองค์การบริหารส่วนตำบลนาโพธิ์", bold=True, center=True)
    para(d, "เรื่อง มาตรการป้องกันการรับสินบน ประจำปีงบประมาณ พ.ศ. 2568", bold=True, center=True)
    para(d, "องค์การบริหารส่วนตำบลนาโพธิ์จึงกำหนดมาตรการ ดังนี้")
    tabbed(d, "มาตรการ\tผู้รับผิดชอบ\tระยะเวลา")
    tabbed(d, "1. งดรับของขวัญทุกชนิดจากผู้มาติดต่อ\tทุกกอง\tตลอดปี")
    tabbed(d, "2. เผยแพร่ช่องทางแจ้งเบาะแสการรับสินบน\tสำนักปลัด\tต.ค. 2567")
    tabbed(d, "3. จัดอบรมพนักงานเรื่องการรับสินบน\tสำนักปลัด\tม.ค. 2568")
    para(d, "จึงประกาศให้ทราบโดยทั่วกัน")
    d.save("tab_stops.docx")


if __name__ == "__main__":
    doc()

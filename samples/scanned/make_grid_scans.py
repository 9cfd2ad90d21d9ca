"""Make the scans of ruled tables with tick marks under samples/scanned (tests/test_ocr_grid_marks.py):
documents set in Garuda with python-docx, printed by LibreOffice, rasterised at 200 dpi grey, turned by
more than a degree (as office scanners leave a sheet) and saved as image-only PDFs (JPEG). The text-layer
PDFs LibreOffice printed (what the scans must yield) are written to the folder given as the first
argument, if any.

- tick_report_scan.pdf: a health-promoting hospital's report on its measures in 12 pt type, one text
  line a row, the groups' headings across the columns (so the vertical rules of a pair of rows are
  shorter than 1/3 inch), the status ticked in one of three option columns, the rows numbered in
  Thai digits; turned 1.5°.
- month_plan_scan.pdf: a district office's plan whose months are columns ticked or shaded (a Gantt
  chart), landscape; turned -2°.
- month_wrap_scan.pdf: a subdistrict administrative organisation's plan whose month columns are
  narrow, each label wrapped over two lines with its year ("ต.ค." over "๖๗"), one project's run of
  months shaded grey among others ticked; landscape, turned 1.2°.

Needs python-docx, LibreOffice (soffice), poppler's pdftoppm and Pillow:
    python3 samples/scanned/make_grid_scans.py [TEXT_LAYER_DIR]"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from PIL import Image

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "libreoffice"))
from docx_parts import hmerge, new_doc, para, table, to_pdf  # noqa: E402

JPEG_QUALITY = 40
TICK = "✓"
SHADE = "BFBFBF"


def tick_doc():
    d = new_doc(pt=12)
    para(d, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", bold=True,
         center=True)
    para(d, "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอนแก้ว อำเภอเมืองลำพูน จังหวัดลำพูน", bold=True, center=True)
    para(d, "")
    rows: list[list[str | None]] = [
        ["ที่", "มาตรการ", "ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"],
        ["ด้านการรับเรื่องร้องเรียน", None, None, None, None],
        ["๑", "ติดประกาศช่องทางร้องเรียนการทุจริตหน้าอาคาร", TICK, "", ""],
        ["๒", "จัดทำทะเบียนคุมการรับของขวัญของเจ้าหน้าที่", "", TICK, ""],
        ["ด้านการใช้งบประมาณและทรัพย์สิน", None, None, None, None],
        ["๓", "เผยแพร่รายงานการใช้จ่ายงบประมาณทุกไตรมาส", TICK, "", ""],
        ["๔", "ประชุมชี้แจงแนวทางการใช้ทรัพย์สินของราชการ", "", "", TICK]]
    t = table(d, rows, [1.0, 9.8, 2.4, 2.4, 2.4])
    for r in (1, 4):  # a heading of each group of measures, across the columns
        hmerge(t, r, 0, 4)
    para(d, "")
    para(d, "ลงชื่อ ผู้รายงาน", center=True)
    para(d, "(นางสาวพิมพ์ชนก ใจดี)", center=True)
    return d


MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]
PLAN = [  # (title, unit, months marked, shaded?)
    ("ประชุมซักซ้อมแนวปฏิบัติการจัดซื้อจัดจ้าง", "ฝ่ายบริหารทั่วไป", (0, 1), False),
    ("ตรวจสอบการลงเวลาปฏิบัติราชการ", "ฝ่ายปกครอง", tuple(range(12)), True),
    ("รับฟังความเห็นผู้มาติดต่อราชการ", "งานทะเบียน", (6, 7, 8), False),
]


def _shade(cell) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), SHADE)
    cell._tc.get_or_add_tcPr().append(shd)


def _gantt_doc(title: str, body: str, header: list[str], months: list[str], plan, widths: list[float]):
    """A Gantt plan: a title, the body's name, then the plan's rows, their months ticked or shaded."""
    d = new_doc(pt=14, landscape=True)
    para(d, title, bold=True, center=True)
    para(d, body, bold=True, center=True)
    para(d, "")
    rows: list[list[str | None]] = [header + [None] * 11, ["", "", ""] + months]
    for k, (name, unit, marked, shaded) in enumerate(plan, 1):
        rows.append([str(k), name, unit] + ["" if shaded or m not in marked else TICK for m in range(12)])
    t = table(d, rows, widths, bold_header=False)
    hmerge(t, 0, 3, 14)
    for r, (_, _, marked, shaded) in enumerate(plan, 2):
        if shaded:
            for m in marked:
                _shade(t.cell(r, 3 + m))
    para(d, "")
    para(d, "ลงชื่อ ผู้จัดทำแผน", center=True)
    return d


def month_doc():
    return _gantt_doc("แผนการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ๒๕๖๘",
                      "ที่ว่าการอำเภอนาหว้า จังหวัดนครพนม", ["ที่", "มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ"],
                      MONTHS, PLAN, [0.9, 7.2, 3.6] + [1.2] * 12)


WRAPPED_MONTHS = [f"{m}\n{'๖๗' if k < 3 else '๖๘'}" for k, m in enumerate(MONTHS)]
WRAP_PLAN = [  # (title, unit, months marked, shaded?)
    ("อบรมให้ความรู้เรื่องผลประโยชน์ทับซ้อนแก่พนักงาน", "สำนักปลัด", (1, 2, 3), False),
    ("เปิดเผยข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์", "กองคลัง", (3, 4, 5, 6), True),
    ("สำรวจความพึงพอใจของประชาชนผู้รับบริการ", "กองช่าง", (7, 8), False),
]


def month_wrap_doc():
    return _gantt_doc("แผนปฏิบัติการป้องกันการทุจริตและส่งเสริมความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                      "องค์การบริหารส่วนตำบลหนองบัวใหญ่ อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ",
                      ["ลำดับ", "โครงการ/กิจกรรม", "หน่วยงานรับผิดชอบ", "ห้วงเวลาดำเนินการ"], WRAPPED_MONTHS, WRAP_PLAN,
                      [1.2, 8.0, 3.6] + [1.05] * 12)


def scan(pdf: Path, out: Path, degrees: float, tmp: str) -> None:
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), f"{tmp}/pg"], check=True)
    pages = [Image.open(p).convert("L").rotate(degrees, resample=Image.BILINEAR, fillcolor=255)
             for p in sorted(Path(tmp).glob("pg*.png"))]
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=200, quality=JPEG_QUALITY)


def main() -> None:
    text_layer = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    for name, make, degrees in (("tick_report", tick_doc, 1.5), ("month_plan", month_doc, -2.0),
                                ("month_wrap", month_wrap_doc, 1.2)):
        with tempfile.TemporaryDirectory() as tmp:
            scan(to_pdf(make(), name, tmp, text_layer), HERE / f"{name}_scan.pdf", degrees, tmp)


if __name__ == "__main__":
    main()

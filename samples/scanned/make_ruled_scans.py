"""Make the scans of ruled tables under samples/scanned (tests/test_ocr_grid.py): documents set in
Garuda with python-docx, printed by LibreOffice, rasterised at 200 dpi, turned by half a degree and
saved as image-only PDFs. The text-layer PDFs LibreOffice printed (what the scans must yield) are
written to the folder given as the first argument, if any.

- ruled_scores_scan.pdf: a school's notice of its ITA result, a 3-column ruled score table whose
  first column wraps; grey, saved as JPEG.
- ruled_plan_scan.pdf: a municipality's plan of measures, a 4-column ruled table with rows spanning
  all columns (a heading of each group of measures: no vertical rules in that row) that runs on to
  a second page (its header row repeated); black and white (a bilevel office scanner's output,
  grey levels under BILEVEL_CUT inked: thin rules scanned askew stay whole).

Needs python-docx, LibreOffice (soffice), poppler's pdftoppm and Pillow:
    python3 samples/scanned/make_ruled_scans.py [TEXT_LAYER_DIR]"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "libreoffice"))
from docx_parts import hmerge, new_doc, para, table, to_pdf  # noqa: E402

BILEVEL_CUT = 190
JPEG_QUALITY = 30


def scores_doc():
    d = new_doc(pt=14)
    para(d, "ประกาศโรงเรียนบ้านหนองแวงวิทยาคม", bold=True, center=True)
    para(d, "เรื่อง แจ้งผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของสถานศึกษา", bold=True, center=True)
    para(d, "ปีงบประมาณ พ.ศ. 2567", bold=True, center=True)
    para(d, "")
    para(d, "ตามที่สำนักงานเขตพื้นที่การศึกษาประถมศึกษาได้ประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
            "ของสถานศึกษา (ITA Online) ปีงบประมาณ พ.ศ. 2567 โรงเรียนบ้านหนองแวงวิทยาคมได้รับผลคะแนนดังตารางต่อไปนี้")
    para(d, "")
    table(d, [["เครื่องมือการประเมิน", "คะแนน", "ระดับผลการประเมิน"],
              ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "94.27", "AA"],
              ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", "90.12", "A"],
              ["แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "87.50", "A"],
              ["คะแนนรวม", "89.96", "A"]], [6.0, 4.0, 5.0])
    para(d, "")
    para(d, "จึงประกาศให้ทราบโดยทั่วกัน")
    para(d, "ประกาศ ณ วันที่ 15 มกราคม พ.ศ. 2568", center=True)
    para(d, "(นางวิไลวรรณ แสงทอง)", center=True)
    para(d, "ผู้อำนวยการโรงเรียนบ้านหนองแวงวิทยาคม", center=True)
    return d


PLAN = [
    ("ด้านการเปิดเผยข้อมูลต่อสาธารณะ", [
        ("เผยแพร่แผนการจัดซื้อจัดจ้างและผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์ของเทศบาล", "กองคลัง", "ตุลาคม 2567 - กันยายน 2568"),
        ("จัดทำป้ายประชาสัมพันธ์ขั้นตอนการให้บริการและระยะเวลาแล้วเสร็จ", "สำนักปลัดเทศบาล", "ธันวาคม 2567"),
        ("เปิดช่องทางถามตอบข้อสงสัยของประชาชนผ่านเพจเฟซบุ๊กของเทศบาล", "งานประชาสัมพันธ์", "ตลอดปีงบประมาณ"),
    ]),
    ("ด้านการป้องกันการทุจริต", [
        ("ประกาศเจตนารมณ์ต่อต้านการทุจริตของผู้บริหารและพนักงานเทศบาล", "นายกเทศมนตรี", "พฤศจิกายน 2567"),
        ("ประเมินความเสี่ยงการขัดกันระหว่างประโยชน์ส่วนตนและประโยชน์ส่วนรวม", "กองยุทธศาสตร์และงบประมาณ", "มกราคม 2568"),
        ("อบรมพนักงานจ้างเรื่องการรับของขวัญและประโยชน์อื่นใด", "สำนักปลัดเทศบาล", "มีนาคม 2568"),
        ("ตรวจสอบการใช้รถยนต์ส่วนกลางตามสมุดบันทึกการใช้รถ", "กองช่าง", "ทุกไตรมาส"),
    ]),
    ("ด้านการมีส่วนร่วมของประชาชน", [
        ("เชิญผู้แทนชุมชนร่วมเป็นกรรมการตรวจรับงานก่อสร้างถนนในหมู่บ้าน", "กองช่าง", "ตามโครงการ"),
        ("สำรวจความพึงพอใจของผู้รับบริการที่สำนักงานเทศบาล", "สำนักปลัดเทศบาล", "กรกฎาคม 2568"),
    ]),
]


def plan_doc():
    d = new_doc(pt=16)
    para(d, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, center=True)
    para(d, "เทศบาลตำบลท่าข้ามพัฒนา อำเภอพุนพิน จังหวัดสุราษฎร์ธานี", bold=True, center=True)
    para(d, "ประจำปีงบประมาณ พ.ศ. 2568", bold=True, center=True)
    para(d, "")
    para(d, "เพื่อให้การดำเนินงานของเทศบาลตำบลท่าข้ามพัฒนาเป็นไปด้วยความโปร่งใส ตรวจสอบได้ และสอดคล้องกับ"
            "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567 "
            "เทศบาลจึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ดังนี้")
    para(d, "")
    rows: list[list[str | None]] = [["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"]]
    sections = []
    n = 0
    for heading, items in PLAN:
        sections.append(len(rows))
        rows.append([heading, None, None, None])
        for title, unit, when in items:
            n += 1
            rows.append([str(n), title, unit, when])
    t = table(d, rows, [1.2, 8.0, 3.8, 3.0], repeat_header=1)
    for r in sections:
        hmerge(t, r, 0, 3)
    para(d, "")
    para(d, "ประกาศ ณ วันที่ 20 ตุลาคม พ.ศ. 2567", center=True)
    para(d, "(นายธนากร ศรีสมบูรณ์)", center=True)
    para(d, "นายกเทศมนตรีตำบลท่าข้ามพัฒนา", center=True)
    return d


def scan(pdf: Path, out: Path, bilevel: bool, tmp: str) -> None:
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), f"{tmp}/pg"], check=True)
    pages = []
    for k, page in enumerate(sorted(Path(tmp).glob("pg*.png"))):
        image = Image.open(page).convert("L").rotate(0.5 if k % 2 == 0 else -0.4, fillcolor=255)
        pages.append(image.point(lambda v: 0 if v < BILEVEL_CUT else 255).convert("1") if bilevel else image)
        page.unlink()
    options = {} if bilevel else {"quality": JPEG_QUALITY}
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=200, **options)


def main() -> None:
    text_layer = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    for name, make, bilevel in (("ruled_scores", scores_doc, False), ("ruled_plan", plan_doc, True)):
        with tempfile.TemporaryDirectory() as tmp:
            scan(to_pdf(make(), name, tmp, text_layer), HERE / f"{name}_scan.pdf", bilevel, tmp)


if __name__ == "__main__":
    main()

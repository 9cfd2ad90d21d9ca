"""Make samples/scanned/result_notice_scan.pdf: a result notice of an อบต. set in Garuda with every
number in Thai digits, printed by LibreOffice, rasterised at 200 dpi grey and turned 0.6°, saved as
an image-only PDF (tests/test_ocr_digits.py). Needs python-docx, LibreOffice (soffice), poppler's
pdftoppm and Pillow:  python3 samples/scanned/make_result_notice_scan.py"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "libreoffice"))
from docx_parts import new_doc, para  # noqa: E402

LINES = [
    ("ประกาศองค์การบริหารส่วนตำบลหนองบัว", True),
    ("เรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ", True),
    ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", True),
    ("--------------------------------", True),
    ("ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ ได้ดำเนินการประเมินคุณธรรมและความโปร่งใส"
     "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ นั้น", False),
    ("บัดนี้ ผลการประเมินได้ประกาศแล้ว องค์การบริหารส่วนตำบลหนองบัว ได้คะแนนรวม ๙๑.๓๔ คะแนน อยู่ในระดับ A (ผ่าน) "
     "โดยมีคะแนนแยกตามเครื่องมือการประเมิน ดังนี้", False),
    ("๑. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้คะแนน ๙๔.๑๒", False),
    ("๒. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้คะแนน ๘๘.๕๐", False),
    ("๓. แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้คะแนน ๙๑.๔๐", False),
    ("ทั้งนี้ ปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๘๒.๑๐ คะแนน", False),
    ("จึงประกาศให้ทราบโดยทั่วกัน", False),
    ("ประกาศ ณ วันที่ ๒๐ ธันวาคม พ.ศ. ๒๕๖๗", True),
    ("(นายประเสริฐ ศรีสุข)", True),
    ("นายกองค์การบริหารส่วนตำบลหนองบัว", True),
]


def main() -> None:
    d = new_doc(pt=16)
    for text, centred in LINES:
        para(d, text, bold=centred and LINES.index((text, centred)) < 3, center=centred)
    with tempfile.TemporaryDirectory() as tmp:
        d.save(f"{tmp}/notice.docx")
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, f"{tmp}/notice.docx"],
                       check=True, capture_output=True)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-f", "1", "-l", "1", f"{tmp}/notice.pdf",
                        f"{tmp}/pg"], check=True)
        page = next(Path(tmp).glob("pg*.png"))
        image = Image.open(page).convert("L").rotate(0.6, fillcolor=255)
        image.save(HERE / "result_notice_scan.pdf", resolution=200)


if __name__ == "__main__":
    main()

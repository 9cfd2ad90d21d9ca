"""A PDF table cell of several paragraphs reads as the Word file's cell does (extract/readers/
cell_paragraphs.py): a line that left room for the next line's first word ended its paragraph.
Fixture samples/libreoffice/cell_paragraphs.pdf, exported by LibreOffice from the .docx beside it."""
from __future__ import annotations

from extract import extract_paths
from extract.readers import cell_paragraphs as cp
from tests.conftest import SAMPLES

FIXTURE = SAMPLES / "libreoffice" / "cell_paragraphs"


def _fields(result):
    return [(m.title, m.steps, m.timeframe, m.responsible) for m in result.measures]


def test_cells_of_paragraphs_read_as_the_word_files():
    pdf, docx = extract_paths([FIXTURE.with_suffix(".pdf"), FIXTURE.with_suffix(".docx")], jobs=1)
    assert _fields(pdf) == [
        # the first step's line left 1.5 em: too little to tell a paragraph's end from LibreOffice's
        # early breaks (MIN_ROOM), so it reads as one step
        ("เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน",
         ["รวบรวมผลการจัดซื้อจัดจ้างทุกสิ้นเดือนนำขึ้นเว็บไซต์ภายในวันที่ 10 ของเดือนถัดไป"],
         "ต.ค. 2567 - ก.ย. 2568", ["กองคลัง", "สำนักปลัด"]),
        ("ทบทวนขั้นตอนการให้บริการจดทะเบียนพาณิชย์ให้สั้นลงและประกาศให้ประชาชนทราบทั่วกัน",
         ["สำรวจขั้นตอนที่ซ้ำซ้อน", "ประกาศระยะเวลาให้บริการใหม่"], "ม.ค. 2568 - มี.ค. 2568", ["กองคลัง"]),
        ("จัดกิจกรรมวันต่อต้านคอร์รัปชันร่วมกับโรงเรียนในพื้นที่",
         ["ประสานโรงเรียน 4 แห่ง", "จัดกิจกรรมเดินรณรงค์และมอบเกียรติบัตรให้นักเรียนที่เข้าร่วมกิจกรรมครบทุกครั้ง"],
         "ธ.ค. 2567", ["สำนักปลัด", "กองการศึกษา ศาสนา และวัฒนธรรม"]),
        # one paragraph wrapped over lines stays one step
        ("ประเมินความพึงพอใจของผู้รับบริการ",
         ["จัดทำแบบประเมินความพึงพอใจทั้งแบบกระดาษและแบบออนไลน์ผ่านคิวอาร์โค้ดที่จุดบริการทุกจุดของที่ทำการ"],
         "ตลอดปีงบประมาณ", ["ทุกสำนัก/กอง"]),
    ]
    assert _fields(pdf)[1:] == _fields(docx)[1:]


def _ink(text: str, width: float = 10.0) -> list[dict]:
    return [{"text": ch, "x0": k * width, "x1": (k + 1) * width, "top": 0.0, "bottom": 14.0}
            for k, ch in enumerate(text)]


def test_a_unit_keeps_what_no_line_break_cuts():
    # digits and punctuation glue to the word before and after them (UAX #14: AL × NU, NU × AL, × IS)
    assert cp.first_unit_width("ขึ้น๒.นำผลการ", _ink("ขึ้น๒.นำผลการ")) == 10.0 * len("ขึ้น๒.นำ")
    assert cp.first_unit_width("สำนัก/กอง", _ink("สำนัก/กอง")) == 10.0 * len("สำนัก/กอง")
    assert cp.first_unit_width("ยกเว้น” ตาม", _ink("ยกเว้น”ตาม")) == 10.0 * len("ยกเว้น”")
    assert cp.first_unit_width("- ก.ย. 2568", _ink("-ก.ย.2568")) == 10.0
    assert cp.first_unit_width("ปลั", _ink("ปลั")) is None  # a piece of a word, cut by a narrow cell


def test_a_cell_cut_inside_its_words_has_no_paragraphs():
    assert cp._cut("ต", ".ค.๖๔-")  # no line starts with "."
    assert cp._cut("เ", "ม.ย.")  # none ends with a leading vowel
    assert cp._cut("ปลั", "ด/")  # nor with MAI HAN-AKAT
    assert not cp._cut("กองคลัง", "สำนักปลัด")
    assert cp._word_across("ข้อมูลเป็นข้อ", "ยกเว้น”")  # ข้อยกเว้น runs across the break
    assert not cp._word_across("สำนักปลัด", "กองการศึกษา")

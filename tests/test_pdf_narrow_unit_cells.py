"""A responsible column too narrow (2 cm) for the room a line leaves to tell a paragraph's end: units written one to
a paragraph ran together in the PDF ("สำนักปลัดกองคลัง", "งานพัสดุงานการเงิน"; probe-t). A line opening with a unit's
word of the rank the paragraph above opened with starts a unit of its own (normalize/items.starts_unit);
a unit's noun or a position over the rest of its name stays one ("หัวหน้า" over "สำนักปลัด", "สำนักงาน" over "ปลัด").
Fixture samples/libreoffice/narrow_units.pdf, exported by LibreOffice from the .docx beside it (make_narrow_units.py)."""
from __future__ import annotations

from extract import extract_paths
from normalize.items import starts_unit
from tests.conftest import SAMPLES
from tests.conftest import text_result as _run

FIXTURE = SAMPLES / "libreoffice" / "narrow_units"


def _fields(result):
    return [(m.title, m.responsible, m.timeframe) for m in result.measures]


def test_units_of_a_narrow_cell_read_as_the_word_files():
    pdf, docx = extract_paths([FIXTURE.with_suffix(".pdf"), FIXTURE.with_suffix(".docx")], jobs=1)
    assert _fields(pdf) == [
        ("มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", ["สำนักปลัด", "กองคลัง"], "ต.ค. 67 - ก.ย. 68"),
        ("มาตรการป้องกันการรับสินบน", ["กองช่าง", "กองการศึกษา"], "ธ.ค. 67"),
        ("มาตรการตรวจสอบการใช้ดุลยพินิจ", ["หัวหน้าสำนักปลัด"], "ม.ค. 68"),
        ("มาตรการจัดการเรื่องร้องเรียน", ["สำนักงานปลัดเทศบาล"], "ทุกไตรมาส"),
        # other words: a hospital's groups and sections
        ("ทบทวนแนวปฏิบัติการรับของขวัญ", ["กลุ่มงานบริหาร", "กลุ่มงานการพยาบาล"], "พ.ย. 67"),
        ("ตรวจสอบการจัดซื้อวัสดุการแพทย์", ["งานพัสดุ", "งานการเงิน"], "ทุกไตรมาส"),
    ]
    assert _fields(pdf) == _fields(docx)


def test_what_starts_a_unit_of_its_own():
    assert starts_unit("สำนักปลัด", "กอง")
    assert starts_unit("งานพัสดุ", "งานการ")
    assert not starts_unit("สำนัก", "ปลัด")          # the rest of the unit's name
    assert not starts_unit("สำนักงาน", "ปลัดเทศบาล")
    assert not starts_unit("หัวหน้า", "สำนักปลัด")    # a position over its unit
    assert not starts_unit("กลุ่มงานการ", "พยาบาล")   # a position's word ending a unit's name
    assert not starts_unit("จัดประชุม", "กองคลัง")    # a paragraph that names no unit
    assert not starts_unit("สำนักปลัด", "งานการเจ้าหน้าที่")  # a section under its division: one unit
    assert not starts_unit("งานนิติการ", "สำนักปลัด")  # a section over the division it is part of


# other words: a text export that split each row, the rest of its responsible list on a row of its own
SPLIT_ROWS = """แผนการดำเนินงานตามมาตรการป้องกันการทุจริต โรงพยาบาลนาโพธิ์ ปีงบประมาณ 2568
กิจกรรม\tรายละเอียดกิจกรรม\tผู้รับผิดชอบ\tระยะเวลา
ทบทวนแนวปฏิบัติการรับของขวัญ\tประชุมคณะทำงานและ\tกลุ่มงานบริหารทั่วไป\tพ.ย. 67
\tประกาศแนวปฏิบัติ\tกลุ่มงานการพยาบาล\t
ตรวจสอบการจัดซื้อวัสดุ\tสุ่มตรวจเอกสาร\tสำนักปลัด\tทุกไตรมาส
\tทุกไตรมาส\tงานการเจ้าหน้าที่\t
"""


def test_units_on_a_split_rows_rest(tmp_path):
    assert [(m.title, m.steps, m.responsible) for m in _run(tmp_path, SPLIT_ROWS).measures] == [
        ("ทบทวนแนวปฏิบัติการรับของขวัญ", ["ประชุมคณะทำงานและประกาศแนวปฏิบัติ"], ["กลุ่มงานบริหารทั่วไป", "กลุ่มงานการพยาบาล"]),
        # a section under its division: one unit, as before
        ("ตรวจสอบการจัดซื้อวัสดุ", ["สุ่มตรวจเอกสารทุกไตรมาส"], ["สำนักปลัดงานการเจ้าหน้าที่"]),
    ]

from extract.clean import clean_document
from extract.document import Document
from extract.readers.text import read_text
from extract.stitch import stitch


def blocks(text):
    return stitch(clean_document(read_text(text.encode(), "x.txt", "0" * 64))).blocks


HEADER = "มาตรการ\tวิธีการ\tผู้รับผิดชอบ"


def test_repeated_header_joins_pieces_and_is_dropped():
    out = blocks(f"{HEADER}\n๑. ก\tข\tค\n\n-๒-\n{HEADER.replace('วิธีการ', 'วิธี การ')}\n๒. ง\tจ\tฉ\n")
    tables = [b for b in out if not hasattr(b, "text")]
    assert len(tables) == 1
    rows = tables[0].body
    assert [r.cells[0] for r in rows] == ["๑. ก", "๒. ง"]
    assert rows[1].after_break and not rows[0].after_break


def test_headerless_piece_of_same_width_continues_after_gap():
    out = blocks(f"{HEADER}\n๑. ก\tข\tค\n\n\tต่อ\t\n")
    table = [b for b in out if not hasattr(b, "text")][0]
    assert [r.cells for r in table.body] == [["๑. ก", "ข", "ค"], ["", "ต่อ", ""]]
    assert table.body[1].after_break


def test_heading_lines_between_pieces_become_sections_carried_down():
    text = (f"{HEADER}\n๑. ก\tข\tค\n\nเครื่องมือการประเมิน EIT\n\nตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร\n\n"
            f"{HEADER}\n๒. ง\tจ\tฉ\n๓. ช\tซ\tฌ\n")
    table = [b for b in blocks(text) if not hasattr(b, "text")][0]
    sections = [r for r in table.body if r.is_section]
    data = [r for r in table.body if not r.is_section]
    assert len(sections) == 2
    assert data[0].section is None
    assert data[1].section == data[2].section == "เครื่องมือการประเมิน EIT ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร"


def test_bold_section_row_inside_table():
    text = "ตัวชี้วัด\tประเด็น\n<b>แบบวัด (IIT)</b>\t\n๑.การปฏิบัติหน้าที่\tก\n"
    table = [b for b in blocks(text) if not hasattr(b, "text")][0]
    assert table.body[0].is_section and table.body[1].section == "แบบวัด (IIT)"


def test_paragraph_between_tables_separates_them_and_becomes_context():
    para = "ย่อหน้ายาว " * 30
    text = f"{HEADER}\nก\tข\tค\n\nรายงานผลการดำเนินการ\n{para}\nหัว\tอื่น\tอีก\nง\tจ\tฉ\n"
    tables = [b for b in blocks(text) if not hasattr(b, "text")]
    assert len(tables) == 2
    assert tables[1].context[0] == "รายงานผลการดำเนินการ"
    assert tables[1].index == 2

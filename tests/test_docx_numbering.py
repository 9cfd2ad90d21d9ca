"""Word's automatic list numbers (extract/readers/docx_numbering.py): the "1." Word draws before a
list paragraph is not in its text; without it a notice's measures read as plain lines and gave none.
Lists written for this test."""
from pathlib import Path

import docx
from lxml import etree

from extract import extract_paths
from extract.readers.docx_numbering import W, Numbering, format_number

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NUMBERING = f"""<w:numbering {NS}>
  <w:abstractNum w:abstractNumId="7">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="%1)"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>"""


def _ppr(num_id: str, level: int):
    return etree.fromstring(f'<w:pPr {NS}><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>')


def test_labels_are_counted_per_list_and_level_in_the_lists_format():
    numbering = Numbering(etree.fromstring(NUMBERING), None)
    labels = [numbering.label(_ppr(n, lvl)) for n, lvl in
              [("3", 0), ("3", 1), ("3", 1), ("3", 2), ("3", 0), ("3", 1), ("4", 0), ("0", 0)]]
    # "%1" in a deeper level is written in level 0's format, as Word does (unless w:isLgl)
    assert labels == ["๑)", "๑.1", "๑.2", "-", "๒)", "๒.1", "๕)", None]
    assert numbering.label(etree.fromstring(f"<w:pPr {NS}/>")) is None
    assert [format_number(n, f) for n, f in [(3, "thaiLetters"), (4, "lowerRoman"), (2, "upperLetter")]] == ["ค", "iv", "B"]


def test_a_notice_written_as_a_word_numbered_list_gives_its_measures(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("ประกาศเทศบาลตำบลหนองกุงศรี")
    d.add_paragraph("เรื่อง มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    d.add_paragraph("เทศบาลตำบลหนองกุงศรีจึงกำหนดมาตรการ ดังนี้")
    for text in ("เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์ภายในเดือนตุลาคม",
                 "รายงานผลการจัดซื้อจัดจ้างต่อผู้บริหารทุกเดือน",
                 "ให้ผู้มีส่วนได้เสียลงนามรับรองว่าไม่มีผลประโยชน์ทับซ้อน"):
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("จึงประกาศให้ทราบโดยทั่วกัน")
    path = tmp_path / "notice.docx"
    d.save(path)
    [result] = extract_paths([path])
    assert [m.title for m in result.measures] == [
        "1. เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์ภายในเดือนตุลาคม",
        "2. รายงานผลการจัดซื้อจัดจ้างต่อผู้บริหารทุกเดือน",
        "3. ให้ผู้มีส่วนได้เสียลงนามรับรองว่าไม่มีผลประโยชน์ทับซ้อน"]


def test_a_numbered_list_inside_a_table_cell_gives_steps(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("แผนการดำเนินงานตามมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    t = d.add_table(rows=2, cols=3)
    for c, h in zip(t.rows[0].cells, ["มาตรการ", "วิธีการดำเนินการ", "ผู้รับผิดชอบ"]):
        c.text = h
    t.cell(1, 0).text, t.cell(1, 2).text = "เปิดเผยข้อมูลการใช้รถราชการ", "กองช่าง"
    cell = t.cell(1, 1)
    cell.paragraphs[0].text = "จัดทำสมุดบันทึกการใช้รถ"
    cell.paragraphs[0].style = d.styles["List Number"]
    cell.add_paragraph("สรุปการใช้รถรายเดือน", style="List Number")
    path = tmp_path / "plan.docx"
    d.save(path)
    from extract.readers.docx import read_docx
    [table] = [b for b in read_docx(path.read_bytes(), path.name, "sha").blocks if hasattr(b, "rows")]
    assert "1. จัดทำสมุดบันทึกการใช้รถ" in table.rows[1].cells[1] and "2. สรุปการใช้รถรายเดือน" in table.rows[1].cells[1]
    [result] = extract_paths([path])
    assert [(m.title, m.steps, m.responsible) for m in result.measures] == [
        ("เปิดเผยข้อมูลการใช้รถราชการ", ["จัดทำสมุดบันทึกการใช้รถ", "สรุปการใช้รถรายเดือน"], ["กองช่าง"])]

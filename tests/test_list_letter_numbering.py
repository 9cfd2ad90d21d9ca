"""Numbered lists whose items are numbered by Thai letters ("ก." "ข." "ค." …, schemas/measure_cues.
THAI_LETTER_NUMBERS): a sub-district council's notice of four measures "ก. มาตรการ…" under a lead-in gave
no measure (NO_RECORDS), and letter-numbered steps under "๑. มาตรการ…" were read as the item's title text.
A letter is item N by its place in the alphabet, and needs its "." or ")" and a space after it: "อ.เมือง"
is an abbreviation, "ก.พ. ๖๘" a month."""
from extract import extract_file
from extract.parse.measures_lists import item_number, number_style

# written for this test: a notice in words of its own
NOTICE = (
    "ประกาศองค์การบริหารส่วนตำบลบ้านเหล่า\n"
    "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n"
    "\n"
    "องค์การบริหารส่วนตำบลบ้านเหล่า จึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ดังนี้\n"
    "ก. มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ขององค์การบริหารส่วนตำบล\n"
    "ข. มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน\n"
    "ค. มาตรการป้องกันการรับสินบนของเจ้าหน้าที่\n"
    "ง. มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ\n"
    "\n"
    "จึงประกาศให้ทราบโดยทั่วกัน\n"
    "ประกาศ ณ วันที่ ๕ ตุลาคม พ.ศ. ๒๕๖๗\n"
)

NESTED = (
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n"
    "เทศบาลตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น\n"
    "เทศบาลตำบลบ้านเป็ด จึงกำหนดมาตรการ ดังนี้\n"
    "๑. มาตรการป้องกันผลประโยชน์ทับซ้อน\n"
    "ก. จัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อน\n"
    "ข. อบรมบุคลากรปีละ ๑ ครั้ง\n"
    "๒. มาตรการเปิดเผยข้อมูล\n"
    "ก. ปรับปรุงเว็บไซต์ทุกเดือน\n"
    "๓. มาตรการจัดการเรื่องร้องเรียน\n"
    "จึงประกาศให้ทราบโดยทั่วกัน\n"
)


def _measures(text, tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return [(m.table, m.row, m.title, m.indicators, m.steps, m.responsible, m.timeframe, m.table_fiscal_year)
            for m in extract_file(path).measures]


def test_items_numbered_by_thai_letters(tmp_path):
    assert _measures(NOTICE, tmp_path) == [
        ("plan", 1, "ก. มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ขององค์การบริหารส่วนตำบล", [], [], [], None, 2568),
        ("plan", 2, "ข. มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน", [], [], [], None, 2568),
        ("plan", 3, "ค. มาตรการป้องกันการรับสินบนของเจ้าหน้าที่", [], [], [], None, 2568),
        ("plan", 4, "ง. มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", [], [], [], None, 2568),
    ]


def test_steps_numbered_by_thai_letters_under_an_item(tmp_path):
    assert _measures(NESTED, tmp_path) == [
        ("plan", 1, "๑. มาตรการป้องกันผลประโยชน์ทับซ้อน", [],
         ["จัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อน", "อบรมบุคลากรปีละ ๑ ครั้ง"], [], None, 2568),
        ("plan", 2, "๒. มาตรการเปิดเผยข้อมูล", [9], ["ปรับปรุงเว็บไซต์ทุกเดือน"], [], None, 2568),
        ("plan", 3, "๓. มาตรการจัดการเรื่องร้องเรียน", [], [], [], None, 2568),
    ]


def test_a_letter_is_a_number_only_before_a_space():
    assert item_number("ค. มาตรการป้องกัน") == ((3,), "มาตรการป้องกัน")
    assert item_number("(ข) อบรมบุคลากร") == ((2,), "อบรมบุคลากร")
    assert number_style("ข) อบรม") == "letter)"
    assert item_number("อ.เมือง จ.ขอนแก่น") is None
    assert item_number("ก.พ. ๖๘ ประชุมคณะกรรมการ") is None


def test_letters_count_as_word_counts_them(tmp_path):
    """Word's automatic "thaiLetters" numbering (docx_numbering) skips ฆ ฌ ฎ ฏ ฝ: its ninth item is "ญ.", and
    so is a typed list's (one table, measure_cues.THAI_LETTER_NUMBERS)."""
    import docx
    from lxml import etree
    from extract import extract_paths

    titles = [f"มาตรการป้องกันการทุจริตด้านที่ {k}" for k in range(1, 10)]
    d = docx.Document()
    d.add_paragraph("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    d.add_paragraph("เทศบาลตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น")
    d.add_paragraph("เทศบาลตำบลบ้านเป็ด จึงกำหนดมาตรการ ดังนี้")
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = d.part.numbering_part.element
    numbering.append(etree.fromstring(
        f'<w:abstractNum {ns} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="thaiLetters"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
    numbering.append(etree.fromstring(f'<w:num {ns} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for title in titles:
        p = d.add_paragraph(title)
        p._p.get_or_add_pPr().append(etree.fromstring(
            f'<w:numPr {ns}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))
    d.add_paragraph("จึงประกาศให้ทราบโดยทั่วกัน")
    word = tmp_path / "notice.docx"
    d.save(word)
    typed = tmp_path / "notice.txt"
    typed.write_text("\n".join(["มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                                "เทศบาลตำบลบ้านเป็ด จึงกำหนดมาตรการ ดังนี้",
                                *(f"{letter}. {title}" for letter, title in zip("กขคงจฉชซญ", titles)),
                                "จึงประกาศให้ทราบโดยทั่วกัน"]) + "\n", encoding="utf-8")
    expected = [f"{letter}. {title}" for letter, title in zip("กขคงจฉชซญ", titles)]
    got_word, got_typed = extract_paths([word, typed])
    assert [m.title for m in got_word.measures] == [m.title for m in got_typed.measures] == expected

"""Analysis reports and a notice written in Word and exported by LibreOffice (samples/libreoffice/
analysis_table, analysis_headings, notice_numbered, report_split_row, years_table: .docx, .pdf, .doc;
make_analysis_notice.py). Where the PDF gave other records than the Word file:

- a notice's last automatically numbered measure ran on into the closing line under it
  ("…ของหน่วยงานจึงประกาศมาให้ทราบโดยทั่วกัน"): "จึงประกาศมาให้ทราบ" is a closing phrase
  (schemas.closing_cues) like "จึงประกาศให้ทราบ";
- a paragraph wrapped before its score ("…ผลคะแนนการประเมินรวม" over "๘๖.๒๐ คะแนน ระดับ B …") was cut
  there, the decimal taken for an item number "๘๖.", and the overall score was lost: a two-decimal
  number that could not fit in the room the line above left is the rest of that line;
- a centred title that wraps short of the right edge ("… ประจำ" over "ปีงบประมาณ พ.ศ. ๒๕๖๗") was cut in
  two: a centred line goes on into the next line centred on its axis in its font size whose first
  word did not fit in the room it left;

And the Word file itself: a title comparing two fiscal years ("ปีงบประมาณ พ.ศ. 2566 และ 2567") made the
report's year 2566 and its overall score the 2566 total without a grade; two years joined by
"และ" name no one year of the report (schemas.measure_cues.YEARS_JOINED): it is 2567, from the text.

Left: a bold centred line a little in from both edges (under CENTRED_INDENT) over a paragraph at the
margin still runs into it (a first-line indent looks the same; the bold Thai lines' chars in
these PDFs carry the regular font's name, so weight tells nothing); a table cell of several paragraphs reads in the PDF as its lines joined as Thai joins wrapped
lines (no space between "…พัสดุ" and "ไม่มี…"), the Word file's paragraphs with a space."""
from extract.readers.pdf import paragraphs
from tests.libreoffice_formats import read_forms, report_fields

_read = read_forms
_report = report_fields


def _scores(result):
    return [(s.fiscal_year, s.level, s.tool, s.indicator, s.score, s.grade, s.change_label, s.source_text)
            for s in result.scores]


def _measures(result):
    return [(m.table, m.row, m.title, m.steps, m.responsible, m.timeframe) for m in result.measures]


def test_a_notices_last_numbered_measure_ends_at_the_closing_line():
    word, pdf, doc = _read("notice_numbered")
    assert _measures(pdf) == _measures(word) == _measures(doc)
    assert [m.title for m in pdf.measures] == [
        "1. ห้ามบุคลากรเรียกหรือรับเงินหรือสิ่งของจากผู้มาติดต่อราชการ",
        "2. ให้หัวหน้าส่วนราชการกำกับดูแลการให้บริการประชาชน",
        "3. ให้เผยแพร่ช่องทางแจ้งเบาะแสการทุจริตบนเว็บไซต์ของหน่วยงาน"]
    assert pdf.measures[1].steps == ["ตรวจสอบการให้บริการทุกเดือนและรายงานต่อนายก", "จัดให้มีกล่องรับความคิดเห็นหน้าสำนักงาน"]
    assert _report(pdf) == _report(word) == _report(doc) == (
        "องค์การบริหารส่วนตำบลบ้านโพธิ์", "องค์การบริหารส่วนตำบล", None, None, 2568, "measures", None, None)


def test_a_score_wrapped_to_the_next_line_stays_in_its_paragraph():
    word, pdf, doc = _read("analysis_headings")
    assert _report(pdf) == _report(word) == _report(doc) == (
        "เทศบาลตำบลท่าช้าง", "เทศบาลตำบล", "เมืองจันทบุรี", "จันทบุรี", 2567, "analysis", 86.2, "B")
    assert _scores(pdf) == _scores(word) == _scores(doc)
    assert [(s.level, s.indicator, s.score) for s in pdf.scores] == [
        ("overall", None, 86.2), ("indicator", 2, 78.5), ("indicator", 7, 80.15)]
    assert pdf.scores[0].source_text == ("ในปีงบประมาณ พ.ศ. ๒๕๖๗ เทศบาลได้รับผลคะแนนการประเมินรวม ๘๖.๒๐ คะแนน ระดับ B "
                                         "รายละเอียดของแต่ละตัวชี้วัดที่ได้คะแนนต่ำและแนวทางแก้ไขมีดังนี้")


def test_compared_years_in_a_title_name_no_year_of_the_report():
    word, pdf, doc = _read("years_table")
    assert _report(pdf) == _report(word) == _report(doc) == (
        "องค์การบริหารส่วนตำบลเขาดิน", "องค์การบริหารส่วนตำบล", "เมืองนครนายก", "นครนายก", 2567, "analysis",
        90.12, "A")
    assert _scores(pdf) == _scores(word) == _scores(doc)
    assert pdf.scores[0].source_text == "ผลการประเมินในปีงบประมาณ พ.ศ. 2567 ได้ 90.12 คะแนน ระดับ A สูงกว่าปีก่อนหน้า"
    assert [(s.fiscal_year, s.level, s.indicator, s.score, s.change_label) for s in word.scores[:3]] == [
        (2567, "overall", None, 90.12, None), (2566, "indicator", 1, 88.1, None), (2567, "indicator", 1, 94.25, "+6.15")]


def test_an_analysis_tables_records_are_the_word_files():
    word, pdf, doc = _read("analysis_table")
    assert _report(pdf) == _report(word) == _report(doc)
    assert _report(word)[4:] == (2567, "mixed", 88.74, "B")
    assert _scores(pdf) == _scores(word) == _scores(doc)
    assert [(s.tool, s.indicator, s.score) for s in word.scores[1:]] == [
        ("IIT", 1, 95.12), ("IIT", 2, 86.4), ("IIT", 3, 90.03), ("IIT", 4, 84.77), ("IIT", 5, 91.5),
        ("EIT", 6, 89.21), ("EIT", 7, 87.64), ("EIT", 8, 83.9), ("OIT", 9, 92.3), ("OIT", 10, 81.25)]
    # table 2 ("ตัวชี้วัด | ประเด็นที่ต้องพัฒนา | แนวทางการพัฒนา"): one improvement per indicator with its remedies
    assert _measures(word) == _measures(doc) == [
        ("improvement", 1, "บุคลากรบางส่วนยังไม่ทราบขั้นตอนการขอยืมพัสดุ ไม่มีทะเบียนคุมการนำรถยนต์ส่วนกลางออกนอกสำนักงาน",
         ["จัดทำคู่มือการยืมคืนพัสดุและแจ้งเวียนทุกกอง", "กำหนดให้บันทึกการใช้รถยนต์ส่วนกลางทุกครั้ง"], [], None),
        ("improvement", 2, "ผู้รับบริการเห็นว่าขั้นตอนการขออนุญาตยังใช้เวลานาน",
         ["เปิดช่องทางยื่นคำขอผ่านระบบออนไลน์", "ลดเอกสารที่ต้องแนบในการยื่นคำขอ"], [], None),
        ("improvement", 3, "ยังไม่ได้เผยแพร่ผลการประเมินความเสี่ยงการทุจริตของปีที่ผ่านมา",
         ["รายงานผลการบริหารความเสี่ยงต่อผู้บริหารทุกไตรมาสและเผยแพร่บนเว็บไซต์"], [], None),
        ("plan", 4, "จัดอบรมการใช้ทรัพย์สินของราชการให้บุคลากรทุกระดับ", [], ["สำนักปลัด"], "ธันวาคม 2567"),
        ("plan", 5, "พัฒนาระบบรับคำขออนุญาตทางออนไลน์", [], ["กองช่าง"], "มีนาคม 2568"),
        ("plan", 6, "ทบทวนแผนบริหารความเสี่ยงการทุจริต", [], ["สำนักปลัด"], "มกราคม 2568")]
    # Left (see above): the PDF's row 2 line "…ผ่านระบบออนไลน์" leaves 2.5 em, under cell_paragraphs.MIN_ROOM,
    # so the paragraph after it reads as its wrap and the two remedies as one step
    glued = [("improvement", 2, "ผู้รับบริการเห็นว่าขั้นตอนการขออนุญาตยังใช้เวลานาน",
              ["เปิดช่องทางยื่นคำขอผ่านระบบออนไลน์ลดเอกสารที่ต้องแนบในการยื่นคำขอ"], [], None)]
    assert _measures(pdf) == _measures(word)[:1] + glued + _measures(word)[2:]
    assert [(f.indicator, f.tool) for f in pdf.findings] == [(f.indicator, f.tool) for f in word.findings] == [
        (4, "IIT"), (8, "EIT"), (10, "OIT")]


def test_a_report_whose_table_row_splits_over_the_page_break():
    word, pdf, doc = _read("report_split_row")
    assert _report(pdf) == _report(word) == _report(doc)
    assert _measures(pdf) == _measures(word) == _measures(doc)
    assert [(m.row, m.title) for m in pdf.measures] == [
        (1, "ชี้แจงแนวทางปฏิบัติเพื่อป้องกันผลประโยชน์ทับซ้อน"), (2, "เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน"),
        (3, "ประเมินความเสี่ยงการทุจริตประจำปี")]
    assert pdf.measures[0].output.endswith("ติดตามผลการนำไปปฏิบัติในแต่ละกอง")


def _line(text, x0, x1, top, size=16.0):
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size, "head": []}


def _head(line, width):
    # one visible word of ``width`` points opening the line (what _first_word measures)
    line["head"] = [{"text": line["text"].split()[0], "x0": line["x0"], "x1": line["x0"] + width}]
    return line


def test_paragraph_rules():
    body = _line("ข้อความเต็มบรรทัด", 85.0, 538.0, 400.0)
    # a decimal that did not fit: the rest of the line; one that would have fit: an item
    wrapped = _head(_line("๘๖.๒๐ คะแนน", 85.0, 530.0, 327.0), 48.0)
    assert [len(g) for g in paragraphs([_line("รวม", 85.0, 515.0, 300.0), wrapped, body])] == [2, 1]
    item = _head(_line("๘๖.๒๐ คะแนน", 85.0, 530.0, 327.0), 20.0)
    assert [len(g) for g in paragraphs([_line("รวม", 85.0, 515.0, 300.0), item, body])] == [1, 1, 1]
    # a centred title wrapped short of the edge; a centred heading over a centred line that fits
    title = _line("หัวเรื่อง ประจำ", 123.0, 499.0, 300.0)
    assert [len(g) for g in paragraphs([title, _head(_line("ปีงบประมาณ พ.ศ.", 228.0, 396.0, 327.0), 82.0), body])] == [2, 1]
    assert [len(g) for g in paragraphs([title, _head(_line("ปีงบประมาณ พ.ศ.", 228.0, 396.0, 327.0), 40.0), body])] == [1, 1, 1]

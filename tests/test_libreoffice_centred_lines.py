"""Centred lines that end near the right edge of the text: a title, the body's name and place, a
date, headings (samples/libreoffice/centred_lines.*, exported by LibreOffice from Word; the same
as HTML printed by Chromium, samples/chromium/centred_lines.*). The PDF
reader took each for a full line of a paragraph and ran it into the line below, so the whole cover
became one line and the overall score's source_text began with the title. A centred line now ends
its paragraph unless the next line goes on centred on its axis as the rest of it, wrapped: the
same font size, and a first word that could not fit in the room the line above left. And the real
report whose bold centred title was run into the hospital's name under it."""
import hashlib

from extract import extract_paths
from extract.document import Line
from extract.readers.pdf import paragraphs, read_pdf
from tests.conftest import SAMPLES

FOLDER = SAMPLES / "libreoffice"


def _lines(path):
    data = path.read_bytes()
    doc = read_pdf(data, str(path), hashlib.sha256(data).hexdigest())
    return [b.text for b in doc.blocks if isinstance(b, Line)]


def _records(result):
    report = result.report
    return ((report.organization, report.org_type, report.district, report.province, report.fiscal_year,
             report.overall_score, report.overall_grade),
            [(s.level, s.indicator, s.score, s.source_text) for s in result.scores])


def test_each_centred_line_stands_alone_and_a_wrapped_one_is_joined():
    assert _lines(FOLDER / "centred_lines.pdf") == [
        "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส",
        "องค์การบริหารส่วนตำบลโนนสูง อำเภอโนนสูง จังหวัดนครราชสีมา",
        "ณ วันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๗ ตามผลการประเมินของ ป.ป.ช.",
        "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๙๑.๒๕ คะแนน อยู่ในระดับ A ผ่านเกณฑ์การประเมิน "
        "องค์การบริหารส่วนตำบลโนนสูงจึงได้วิเคราะห์ผลการประเมินรายตัวชี้วัด เพื่อนำไปกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสในปีถัดไป",
        "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานรายตัวชี้วัด",
        "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนน ๘๕.๕๐ คะแนน ควรเผยแพร่ข้อมูลการจัดซื้อจัดจ้างให้ครบทุกเดือนและรายงานผลการดำเนินงานให้เป็นปัจจุบัน",
        # wrapped at "องค์การ|บริหาร": one centred paragraph
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานขององค์การบริหารส่วนตำบลโนนสูง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "มาตรการที่ ๑ เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกเดือนบนเว็บไซต์ขององค์การบริหารส่วนตำบล",
    ]


def test_the_pdf_reads_the_records_of_the_word_file():
    word, pdf, chromium = extract_paths([FOLDER / "centred_lines.docx", FOLDER / "centred_lines.pdf",
                                         SAMPLES / "chromium" / "centred_lines.pdf"])
    assert _records(pdf) == _records(word) == _records(chromium)
    # the wrapped heading and the measure under it: a finding of indicator 9, as in the Word file
    assert [(f.indicator, f.tool, f.text) for f in pdf.findings] == [(f.indicator, f.tool, f.text) for f in word.findings]
    assert [f.indicator for f in pdf.findings] == [9]
    assert _records(pdf)[0] == ("องค์การบริหารส่วนตำบลโนนสูง", "องค์การบริหารส่วนตำบล", "โนนสูง", "นครราชสีมา",
                                2567, 91.25, "A")
    starts = ["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน", "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนน"]
    assert [s.source_text.startswith(start) for s, start in zip(pdf.scores, starts, strict=True)] == [True, True]


def test_a_title_over_a_table_stands_apart_from_the_centred_line_under_it():
    # the title is the widest line on its page; the table under it shows the text is wider
    assert _lines(SAMPLES / "real" / "namyuen_hospital_2567_anticorruption_plan_report.pdf")[:2] == [
        "แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกัน ปราบปรามการทุจริตและประพฤติมิชอบของหน่วยงาน",
        "โรงพยาบาลน้ำยืน ประจำปีงบประมาณ พ.ศ. ๒๕๖7",
    ]


def _line(text, x0, x1, top, size=16.0):
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size, "head": []}


def test_centred_lines_and_paragraphs():
    body = _line("ข้อความเต็มบรรทัด", 85.0, 538.0, 300.0)
    # centred in the column (the body line shows it), ends near its right edge: a heading alone
    heading = _line("หัวข้อกลางหน้า", 95.0, 528.0, 272.0)
    assert [len(g) for g in paragraphs([heading, body, _line("ต่อ", 85.0, 200.0, 327.0)])] == [1, 2]
    # a paragraph's first line indented a little over ragged text is no centred line
    first = _line("ย่อหน้า", 92.0, 531.5, 272.0)
    assert [len(g) for g in paragraphs([first, body])] == [2]
    # a justified full line runs on
    assert [len(g) for g in paragraphs([_line("เต็ม", 85.0, 538.0, 272.0), body])] == [2]

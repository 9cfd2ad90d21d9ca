"""A plan of several measures, each a form of labelled lines whose first label is numbered by a Thai
letter ("ก. ชื่อมาตรการ: …", "ข. …"; samples/libreoffice/letter_forms: .docx, .pdf, .doc, and the same text
as a plain file). The letter was not numbering to the form reader, so no label was seen and the plan
gave no measure; in the PDF the lead-in above ran on into "ก. ชื่อมาตรการ: …" (a numbered label line
starts a paragraph of its own: schemas/measure_cues.FORM_LABEL_NUMBERING, shared by
extract/parse/measures_forms.LABEL and extract/readers/pdf.FIELD_LABEL). A letter alone at a line's
start, with no label after it, is no numbering ("อ.เมือง")."""
from extract import extract_file
from extract.parse.measures_forms import LABEL
from tests.libreoffice_formats import read_forms

EXPECTED = [
    ("plan", 1, "มาตรการเปิดโอกาสให้ผู้ปกครองมีส่วนร่วมในการบริหารสถานศึกษา",
     ["จัดประชุมผู้ปกครองภาคเรียนละ ๑ ครั้ง และเผยแพร่รายงานการประชุมทางเว็บไซต์โรงเรียน"], ["กลุ่มบริหารทั่วไป"],
     "พฤษภาคม ๒๕๖๘ – มีนาคม ๒๕๖๙", "2025-05-01", "2026-03-31",
     "เพื่อให้ผู้ปกครองและชุมชนมีส่วนร่วมตรวจสอบการดำเนินงานของโรงเรียน", None, None, 2568),
    ("plan", 2, "มาตรการป้องกันการรับสินบนในการรับนักเรียน",
     ["ประกาศหลักเกณฑ์การรับนักเรียนล่วงหน้า และแต่งตั้งคณะกรรมการรับนักเรียนจากครูและผู้ปกครอง"], ["กลุ่มบริหารวิชาการ"],
     "มีนาคม – พฤษภาคม ๒๕๖๘", "2025-03-01", "2025-05-31",
     "เพื่อป้องกันการเรียกรับเงินหรือผลประโยชน์ในการรับนักเรียนเข้าเรียน", None, None, 2568),
    ("plan", 3, "มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง",
     ["เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์โรงเรียน"], ["กลุ่มบริหารงบประมาณ"],
     "ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘", "2024-10-01", "2025-09-30",
     "เพื่อให้การจัดซื้อจัดจ้างของโรงเรียนเปิดเผยและตรวจสอบได้", None, None, 2568),
]


def _measures(result):
    return [(m.table, m.row, m.title, m.steps, m.responsible, m.timeframe, str(m.period_start), str(m.period_end),
             m.rationale, m.output, m.status, m.table_fiscal_year) for m in result.measures]


def test_forms_numbered_by_thai_letters_in_three_formats():
    word, pdf, doc = read_forms("letter_forms")
    assert _measures(word) == _measures(pdf) == _measures(doc) == EXPECTED
    assert [c.code for c in pdf.checks if c.code == "MEASURE_FROM_FORM"] == ["MEASURE_FROM_FORM"] * 3


def test_forms_numbered_by_thai_letters_in_plain_text(tmp_path):
    lines = ["มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
             "โรงเรียนบ้านหนองบัววิทยา อำเภอพระยืน จังหวัดขอนแก่น",
             "โรงเรียนบ้านหนองบัววิทยา ได้นำผลการประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ พ.ศ. ๒๕๖๗ "
             "มาวิเคราะห์ และกำหนดมาตรการ ดังต่อไปนี้", ""]
    for (_, row, title, steps, units, time, _s, _e, aim, *_rest) in EXPECTED:
        letter = "กขค"[row - 1]
        lines += [f"{letter}. ชื่อมาตรการ: {title}", f"วัตถุประสงค์: {aim}", f"วิธีการดำเนินการ: {steps[0]}",
                  f"ผู้รับผิดชอบ: {units[0]}", f"ระยะเวลา: {time}", ""]
    lines += ["ประกาศ ณ วันที่ ๑๕ พฤศจิกายน พ.ศ. ๒๕๖๗", "(นายสมชาย ใจดี)"]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _measures(extract_file(path)) == EXPECTED


def test_a_letter_is_numbering_only_before_a_label():
    assert LABEL.match("(ข) ผู้รับผิดชอบ : กองคลัง").group("label") == "ผู้รับผิดชอบ"
    assert LABEL.match("ค) ระยะเวลา ต.ค. ๖๗").group("label") == "ระยะเวลา"
    assert LABEL.match("อ.เมือง จ.ขอนแก่น") is None
    assert LABEL.match("กข. ผู้รับผิดชอบ : กองคลัง") is None

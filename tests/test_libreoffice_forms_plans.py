"""Other kinds of ITA document written in Word and exported by LibreOffice (samples/libreoffice/
form_paragraphs, form_table, risk_register, gantt_ruled, plan_years, cover_memo, report_numbered: .docx,
.pdf, .doc; make_forms_plans.py). Where the PDF gave other records than the Word file:

- a form's labelled line ran on into the next label's line ("ชื่อกิจกรรม : …ใหม่" over
  "วัตถุประสงค์ : …", the label a long Thai word that could not fit in the room left; "ปัญหาอุปสรรค : …"
  full to the edge over "ข้อเสนอแนะ : …"), and a numbered report item into its "ผลการดำเนินงาน : …"
  line: a line opening with a form's field label and a colon (schemas.measure_cues.FORM_LABELS)
  starts a paragraph of its own (extract/readers/pdf.FIELD_LABEL);
- the same with labels set apart from their values by spaces, no colon ("ชื่อกิจกรรม  …" over
  "วัตถุประสงค์  …", form_spaces): a line opening with a label and a space starts a field under a
  paragraph that opened with a label too (pdf._field_start; a label word alone may open a wrapped line);

And the Word file itself: the multi-year plan's heading "(พ.ศ. ๒๕๖๘ - ๒๕๗๑)" made its table's year the
span's last, 2571, where "ปีงบประมาณ ๒๕๖๘ - ๒๕๗๑" gave the first: a span of years (schemas.measure_cues.
YEAR_SPAN_JOINS) names no one year of the table, which is then the report's (2568);

The rest gave the same records in all three formats: the form as a two-column table, the risk
register, the ruled Gantt plan, the multi-year plan and the cover memo (its report row only)."""
from tests.libreoffice_formats import read_forms, report_fields

_read = read_forms
_report = report_fields


def _measures(result):
    return [(m.table, m.row, m.title, m.steps, m.responsible, m.timeframe, str(m.period_start), str(m.period_end),
             m.rationale, m.output, m.recommendation, m.section, m.table_fiscal_year) for m in result.measures]


def test_a_form_label_line_starts_a_field_of_its_own():
    word, pdf, doc = _read("form_paragraphs")
    assert _report(pdf) == _report(word) == _report(doc) == (
        "เทศบาลตำบลโคกสูง", "เทศบาลตำบล", "เมืองสกลนคร", "สกลนคร", 2567, "implementation", None, None)
    assert _measures(pdf) == _measures(word) == _measures(doc) == [(
        "implementation", 1, "อบรมจริยธรรมสำหรับพนักงานจ้างที่เข้าทำงานใหม่",
        ["สำรวจรายชื่อพนักงานจ้างที่บรรจุในปีงบประมาณ", "เชิญวิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดมาบรรยาย",
         "ทำแบบทดสอบก่อนและหลังการอบรม"], ["สำนักปลัดเทศบาล"], "๑๕ มกราคม ๒๕๖๗", "2024-01-15", "2024-01-15",
        "เพื่อให้พนักงานจ้างรู้แนวทางปฏิบัติตนตามประมวลจริยธรรมและไม่รับสิ่งของจากผู้รับบริการ",
        "มีพนักงานจ้างเข้าร่วม ๒๖ คน คะแนนทดสอบหลังอบรมสูงขึ้นทุกคน", "ควรจัดอบรมซ้ำเป็นสองรอบเพื่อให้ทุกคนเข้าร่วมได้",
        None, 2567)]


def test_a_numbered_items_result_line_is_its_output():
    word, pdf, doc = _read("report_numbered")
    assert _report(pdf) == _report(word) == _report(doc) == (
        "เทศบาลตำบลวังน้ำเย็น", "เทศบาลตำบล", "วังน้ำเย็น", "สระแก้ว", 2567, "implementation", None, None)
    assert _measures(pdf) == _measures(word) == _measures(doc)
    assert [(m.title, m.output) for m in pdf.measures] == [
        ("๑. มาตรการเผยแพร่ข้อมูลการใช้จ่ายงบประมาณ", "เผยแพร่รายงานการใช้จ่ายงบประมาณรายไตรมาสบนเว็บไซต์ครบ ๔ ไตรมาส"),
        ("๒. มาตรการป้องกันการรับสินบนในงานอนุญาต", "ติดประกาศขั้นตอนและระยะเวลาการอนุญาตที่จุดบริการ และไม่มีเรื่องร้องเรียน"),
        ("๓. มาตรการส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบ", "แต่งตั้งตัวแทนชุมชนร่วมเป็นกรรมการตรวจรับพัสดุ ๑๒ โครงการ")]


def test_a_form_as_a_two_column_table():
    word, pdf, doc = _read("form_table")
    assert _report(pdf) == _report(word) == _report(doc) == (
        "องค์การบริหารส่วนตำบลนาดี", "องค์การบริหารส่วนตำบล", "นาดี", "ปราจีนบุรี", 2568, "implementation", None, None)
    assert _measures(pdf) == _measures(word) == _measures(doc) == [(
        "implementation", 1, "เปิดช่องทางรับเรื่องร้องเรียนการทุจริตผ่านไลน์ทางการ",
        ["สร้างบัญชีไลน์ทางการของหน่วยงาน", "ประชาสัมพันธ์คิวอาร์โค้ดที่ป้ายหน้าที่ทำการ",
         "กำหนดเจ้าหน้าที่ตอบข้อความภายในหนึ่งวันทำการ"], ["สำนักปลัด"], "พฤศจิกายน 2567 - มีนาคม 2568",
        "2024-11-01", "2025-03-31", "เพื่อให้ประชาชนแจ้งเบาะแสได้สะดวกโดยไม่ต้องเดินทางมาที่ทำการ",
        "มีผู้เพิ่มเพื่อน 412 บัญชี ได้รับเรื่องร้องเรียน 3 เรื่อง ตอบกลับครบทุกเรื่อง", "ควรคงช่องทางโทรศัพท์ไว้ควบคู่กัน",
        None, 2568)]


def test_a_risk_register_and_a_ruled_gantt_plan():
    word, pdf, doc = _read("risk_register")
    assert _report(pdf) == _report(word) == _report(doc)
    assert _measures(pdf) == _measures(word) == _measures(doc)
    assert [(m.title, m.rationale, m.steps, m.responsible) for m in pdf.measures] == [
        ("การจัดเก็บภาษีป้าย", "เจ้าหน้าที่ประเมินภาษีต่ำกว่าความจริงเพื่อแลกกับผลตอบแทน",
         ["สุ่มตรวจป้ายในพื้นที่ร้อยละ 20 และเทียบกับแบบแสดงรายการทุกปี"], ["กองคลัง"]),
        ("การตรวจรับงานก่อสร้าง", "คณะกรรมการตรวจรับงานที่ไม่ตรงตามแบบรูปรายการ",
         ["ถ่ายภาพทุกขั้นตอนการก่อสร้างและแนบในรายงานการตรวจรับ"], ["กองช่าง"]),
        ("การเบิกค่าตอบแทนล่วงเวลา", "เบิกค่าตอบแทนโดยไม่ได้ปฏิบัติงานจริง",
         ["ใช้เครื่องสแกนลายนิ้วมือบันทึกเวลาปฏิบัติงานนอกเวลา"], ["สำนักปลัด"])]
    word, pdf, doc = _read("gantt_ruled")
    assert _report(pdf) == _report(word) == _report(doc)
    assert _measures(pdf) == _measures(word) == _measures(doc)
    assert [(m.title, m.timeframe, str(m.period_start), str(m.period_end)) for m in pdf.measures] == [
        ("ประชุมประจำเดือนเพื่อย้ำแนวทางการปฏิบัติงานอย่างโปร่งใส", "ต.ค. - ก.ย.", "2024-10-01", "2025-09-30"),
        ("เผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์", "ต.ค. - ก.ย.", "2024-10-01", "2025-09-30"),
        ("ประเมินความพึงพอใจของผู้รับบริการ", "เม.ย. - มิ.ย.", "2025-04-01", "2025-06-30"),
        ("ทบทวนคู่มือการให้บริการประชาชน", "ต.ค. - พ.ย.", "2024-10-01", "2024-11-30")]


def test_a_cover_memo_gives_its_report_row_only():
    results = _read("cover_memo")
    for result in results:
        assert (result.scores, result.measures, result.findings) == ([], [], [])
    assert {_report(r) for r in results} == {(
        "องค์การบริหารส่วนตำบลดอนแก้ว", "องค์การบริหารส่วนตำบล", "แม่ริม", "เชียงใหม่", 2568, "implementation", None, None)}


def test_a_plan_heading_naming_a_span_of_years_names_no_one_year_of_its_table():
    word, pdf, doc = _read("plan_years")
    assert _report(pdf) == _report(word) == _report(doc) == (
        "เทศบาลตำบลบ้านแหลม", "เทศบาลตำบล", "บ้านแหลม", "เพชรบุรี", 2568, "measures", None, None)
    assert _measures(pdf) == _measures(word) == _measures(doc)
    first, second = "มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต", "มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต"
    assert [(m.row, m.title, m.section, m.table_fiscal_year) for m in word.measures] == [
        (1, "โครงการปลูกจิตสำนึกความซื่อสัตย์ให้เด็กและเยาวชน", first, 2568),
        (2, "กิจกรรมเชิดชูบุคลากรต้นแบบด้านคุณธรรม", first, 2568),
        (3, "กิจกรรมจัดทำประกาศเจตจำนงสุจริตของผู้บริหาร", second, 2568),
        (4, "โครงการจัดทำระบบสารบรรณอิเล็กทรอนิกส์", second, 2568)]


def test_a_risk_register_with_the_rating_over_likelihood_and_impact():
    word, pdf, doc = _read("risk_matrix")
    assert _report(pdf) == _report(word) == _report(doc) == (
        "องค์การบริหารส่วนตำบลบางเลน", "องค์การบริหารส่วนตำบล", "บางเลน", "นครปฐม", 2568, "measures", None, None)
    assert _measures(pdf) == _measures(word) == _measures(doc)
    assert [(m.row, m.title, m.steps, m.responsible, m.rationale) for m in pdf.measures] == [
        (1, "เจ้าหน้าที่เรียกรับเงินเพื่อเร่งออกหนังสือรับรองสิ่งปลูกสร้าง",
         ["กำหนดคิวรับคำขอตามลำดับและแสดงสถานะคำขอบนกระดานหน้าห้อง"], ["กองช่าง"], None),
        (2, "ผู้มีอำนาจใช้ดุลพินิจเลือกผู้รับจ้างรายเดิม", ["เวียนกรรมการพิจารณาผลทุกโครงการและเผยแพร่ผลการพิจารณา"],
         ["กองคลัง"], None)]
    assert not [c for c in pdf.checks if c.code in ("TABLE_HEADER_UNKNOWN", "COLUMN_FIELD_REPEATED")]


def test_a_label_apart_from_its_value_by_spaces_starts_a_field_under_another_field():
    word, pdf, doc = _read("form_spaces")
    assert _report(pdf) == _report(word) == _report(doc)
    assert _measures(pdf) == _measures(word) == _measures(doc) == [(
        "implementation", 1, "จัดทำป้ายประกาศค่าธรรมเนียมการให้บริการทุกประเภท", [], ["กองคลัง"], "ธันวาคม ๒๕๖๗",
        "2024-12-01", "2024-12-31", "เพื่อให้ผู้มาติดต่อทราบอัตราค่าธรรมเนียมที่ถูกต้อง", "ติดป้ายครบ ๔ จุดบริการ", None,
        None, 2568)]

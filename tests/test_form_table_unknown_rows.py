"""A one-activity form laid out as a two-column table ("หัวข้อ | รายละเอียด") with rows whose label names
no measure field ("กลุ่มเป้าหมาย", "งบประมาณ", "ตัวชี้วัดความสำเร็จ"): each such row was read as the rest of the
field above, so the aim ran on into the target group and the budget, and the output into the success
indicator. A form table's first cell is a label: a row "label | value" starts a field of its own, as
"label : value" does; an unknown one ends the value above and is reported (FORM_LABEL_UNKNOWN, info)
(extract/parse/measures_forms._entries)."""
from extract import extract_file

# written for this test: a school's report form
FORM = (
    "แบบรายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. 2567\n"
    "โรงเรียนชุมชนบ้านหนองแสง อำเภอวาปีปทุม จังหวัดมหาสารคาม\n"
    "\n"
    "หัวข้อ\tรายละเอียด\n"
    "ชื่อโครงการ\tโครงการโรงเรียนสุจริต\n"
    "วัตถุประสงค์\tเพื่อปลูกฝังความซื่อสัตย์สุจริตแก่นักเรียน\n"
    "กลุ่มเป้าหมาย\tนักเรียนชั้น ป.4 - ป.6 จำนวน 120 คน\n"
    "งบประมาณ\t15,000 บาท\n"
    "ระยะเวลาดำเนินการ\t1 มิถุนายน - 30 กันยายน 2567\n"
    "ผลการดำเนินงาน\tนักเรียนเข้าร่วมกิจกรรมครบทุกคน\n"
    "ตัวชี้วัดความสำเร็จ\tร้อยละ 90 ของนักเรียนผ่านการประเมิน\n"
    "ผู้รับผิดชอบ\tนางสาวสุดา ใจงาม ครูชำนาญการ\n"
)


def test_rows_of_unknown_labels_end_the_field_above(write_report):
    result = extract_file(write_report(FORM, "form.txt"))
    got = [(m.table, m.row, m.title, m.indicators, m.steps, m.responsible, m.timeframe, str(m.period_start),
            str(m.period_end), m.rationale, m.output, m.outcome, m.status, m.recommendation) for m in result.measures]
    assert got == [(
        "implementation", 1, "โครงการโรงเรียนสุจริต", [], [], ["นางสาวสุดา ใจงาม ครูชำนาญการ"],
        "1 มิถุนายน - 30 กันยายน 2567", "2024-06-01", "2024-09-30", "เพื่อปลูกฝังความซื่อสัตย์สุจริตแก่นักเรียน",
        "นักเรียนเข้าร่วมกิจกรรมครบทุกคน", None, None, None)]
    unknown = [c.message for c in result.checks if c.code == "FORM_LABEL_UNKNOWN"]
    assert len(unknown) == 3 and all(label in " ".join(unknown) for label in ("กลุ่มเป้าหมาย", "งบประมาณ", "ตัวชี้วัดความสำเร็จ"))

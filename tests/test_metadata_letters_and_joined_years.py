"""Report metadata on wording the project had not seen (probe-n). Texts written for this test.

The sender of a letter the text cites ("ตามหนังสือสำนักงาน…", "อ้างถึง หนังสือ…") is another party, never the
subject, and its place is not the subject's (schemas.bodies: "หนังสือ" in WORD_BEFORE_BODY and CUES_BEFORE
"party"). A body that assesses itself ("ได้ดำเนินการประเมินตนเอง") is no evaluator (CUES_AFTER). A first year
that is several fiscal years joined, or a date of October–December, is no one fiscal year: left out with an
info check (FISCAL_YEARS_JOINED, FISCAL_YEAR_OF_DATE_UNCLEAR)."""
import pytest

from extract import extract_paths

RESULT = "\nผลคะแนนรวม 85.10 คะแนน ระดับ B\n"


def _meta(report):
    return (report.organization, report.org_type, report.district, report.province, report.fiscal_year)


@pytest.mark.parametrize("text", [
    "รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568\n"
    "ตามหนังสือสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสกลนคร ด่วนที่สุด ที่ สน 0023.3/ว 567\n"
    "ได้แจ้งผลการประเมิน ITA ขององค์กรปกครองส่วนท้องถิ่น",
    # other words: a memo's reference line, a health office
    "บันทึกข้อความ เรื่อง รายงานผลการประเมิน ITA ปีงบประมาณ 2568\n"
    "อ้างถึง หนังสือสำนักงานสาธารณสุขจังหวัดยโสธร ที่ ยส 0032.001/ว 88 ลงวันที่ 2 มิถุนายน 2568\n"
    "ขอรายงานผลการดำเนินงานตามที่แจ้ง",
])
def test_the_sender_of_a_cited_letter_is_not_the_subject_nor_its_place(report_of, text):
    assert _meta(report_of(text + RESULT)) == (None, None, None, None, 2568)


def test_the_subject_beside_a_cited_letter_keeps_its_own_place(report_of):
    text = ("รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ 2568\n"
            "ตามหนังสือสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดนครราชสีมา ที่ นม 0023.3/ว 1234\n"
            "องค์การบริหารส่วนตำบลโคกสูงได้ดำเนินการตามแนวทางที่กำหนด")
    assert _meta(report_of(text + RESULT)) == ("องค์การบริหารส่วนตำบลโคกสูง", "องค์การบริหารส่วนตำบล", None, None, 2568)


@pytest.mark.parametrize("text, expected", [
    ("รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568\n"
     "ตามหนังสือสำนักงาน ป.ป.ช. ประจำจังหวัดขอนแก่น ที่ ปช 0023/ว 45 เรื่อง การประเมิน ITA\n"
     "เทศบาลตำบลบ้านไผ่ใต้ ได้ดำเนินการประเมินตนเอง",
     ("เทศบาลตำบลบ้านไผ่ใต้", "เทศบาลตำบล", None, None, 2568)),
    ("แผนบริหารความเสี่ยงการทุจริต ปีงบประมาณ 2568\n"
     "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอนแดง ดำเนินการประเมินความเสี่ยงการทุจริตในหน่วยงาน",
     ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอนแดง", "โรงพยาบาลส่งเสริมสุขภาพตำบล", None, None, 2568)),
])
def test_a_body_assessing_itself_is_no_evaluator(report_of, text, expected):
    assert _meta(report_of(text + RESULT)) == expected


def _year_and_checks(write_report, text):
    [result] = extract_paths([write_report(text)])
    return result.report.fiscal_year, [(c.code, c.where.line) for c in result.checks if c.code.startswith("FISCAL_YEAR")]


@pytest.mark.parametrize("head", [
    "แผนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ 2567 และ 2568",
    "มาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ กับ ๒๕๖๘",
])
def test_joined_fiscal_years_name_no_one_year(write_report, head):
    text = head + "\nองค์การบริหารส่วนตำบลหนองบัว อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ\nได้คะแนน 87.40 คะแนน\n"
    assert _year_and_checks(write_report, text) == (None, [("FISCAL_YEARS_JOINED", 1)])


def test_joined_years_then_one_year_of_the_report(write_report):
    text = ("แผนการส่งเสริมคุณธรรม ปีงบประมาณ 2567 และ 2568\nองค์การบริหารส่วนตำบลหนองบัว\n"
            "ผลการประเมิน ITA ประจำปี 2568 ได้คะแนน 87.40 คะแนน\n")
    assert _year_and_checks(write_report, text) == (2568, [])


@pytest.mark.parametrize("line", ["ข้อมูล ณ วันที่ 15 ตุลาคม 2567", "สรุปผล ณ ธันวาคม ๒๕๖๗"])
def test_a_date_of_october_to_december_names_no_fiscal_year(write_report, line):
    text = ("รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน\nเทศบาลเมืองบ้านไผ่ อำเภอบ้านไผ่ จังหวัดขอนแก่น\n"
            + line + "\nผลคะแนนรวม 92.30 คะแนน ระดับ A\n")
    assert _year_and_checks(write_report, text) == (None, [("FISCAL_YEAR_OF_DATE_UNCLEAR", 3)])


def test_a_date_of_another_month_keeps_its_year(write_report):
    text = ("รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน\nเทศบาลเมืองบ้านไผ่\n"
            "ข้อมูล ณ วันที่ 15 มีนาคม 2568\nผลคะแนนรวม 92.30 คะแนน ระดับ A\n")
    assert _year_and_checks(write_report, text) == (2568, [])


# The capital's district office named alone ("สำนักงานเขตจตุจักร", no "กทม."): its เขต is its district and the
# capital its province (schemas.bodies.CAPITAL_DISTRICT_OFFICES); another "สำนักงานเขต…" (a health region) is none.
@pytest.mark.parametrize("text, expected", [
    ("รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ\nประจำปีงบประมาณ พ.ศ. 2568\n"
     "สำนักงานเขตจตุจักร", ("สำนักงานเขตจตุจักร", "สำนักงาน", "จตุจักร", "กรุงเทพมหานคร", 2568)),
    ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ 2568\nของสำนักงานเขตบางรัก",
     ("สำนักงานเขตบางรัก", "สำนักงาน", "บางรัก", "กรุงเทพมหานคร", 2568)),
    ("รายงานผลการประเมิน ITA ปีงบประมาณ 2568\nสำนักงานเขตสุขภาพที่ 7",
     ("สำนักงานเขตสุขภาพที่ 7", "สำนักงาน", None, None, 2568)),
])
def test_a_district_office_of_the_capital_named_alone(report_of, text, expected):
    assert _meta(report_of(text + RESULT)) == expected


# The body that supervises the subject, after "ของ" ("ภายใต้การกำกับของ…", "อยู่ในความดูแลของ…"), is its
# parent, not the subject the "ของ" would make it (schemas.bodies CUES_BEFORE); "ปีงบ" right before its year
# ("ปีงบ ๖๘") states the fiscal year as "ปีงบประมาณ" does (normalize.dates.FISCAL).
@pytest.mark.parametrize("text, expected", [
    ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบ ๖๘\n"
     "รพ.สต.บ้านโคกกลาง หมู่ที่ ๕ ตำบลโคกกลาง อำเภอลำปลายมาศ จังหวัดบุรีรัมย์\n"
     "ภายใต้การกำกับของสำนักงานสาธารณสุขอำเภอลำปลายมาศ",
     ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคกกลาง", "โรงพยาบาลส่งเสริมสุขภาพตำบล", "ลำปลายมาศ", "บุรีรัมย์", 2568)),
    ("รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต ปีงบ พ.ศ. 2567\nโรงเรียนบ้านนาดี\n"
     "ซึ่งอยู่ในความดูแลของ สพป.อุดรธานี เขต 1",
     ("โรงเรียนบ้านนาดี", "โรงเรียน", None, None, 2567)),
])
def test_a_supervising_body_is_no_subject_and_a_short_fiscal_year_word(report_of, text, expected):
    assert _meta(report_of(text + RESULT)) == expected


# A body named right after another in one run of Thai letters ("…ชุมแพได้รับการตรวจประเมินจากมหาวิทยาลัย
# ขอนแก่น จังหวัดขอนแก่น") is a body of its own (subject._body_matches), here the assessor ("ประเมินจาก"), and
# the place after it is its address, not the subject's. An official who congratulates a body ("นายอำเภอ…
# ร่วมแสดงความยินดี", bodies.AWARD_WORDS) is no head of it: the place in the title is the official's.
@pytest.mark.parametrize("text, expected", [
    ("เทศบาลเมืองชุมแพ\nรายงานผลการประเมิน ITA\n"
     "เทศบาลเมืองชุมแพได้รับการตรวจประเมินจากมหาวิทยาลัยขอนแก่น จังหวัดขอนแก่น\nปีงบประมาณ 2568",
     ("เทศบาลเมืองชุมแพ", "เทศบาลเมือง", None, None, 2568)),
    ("รายงานผลการประเมิน ITA ปีงบประมาณ 2568\nองค์การบริหารส่วนตำบลนาดูนรับการประเมินจากมหาวิทยาลัยราชภัฏมหาสารคาม "
     "อำเภอเมืองมหาสารคาม จังหวัดมหาสารคาม",
     ("องค์การบริหารส่วนตำบลนาดูน", "องค์การบริหารส่วนตำบล", None, None, 2568)),
    ("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 กรมการพัฒนาชุมชน\nได้คะแนน 96.12 คะแนน "
     "โดยนายอำเภอเมืองนครพนม ร่วมแสดงความยินดี", ("กรมการพัฒนาชุมชน", "กรม", None, None, 2568)),
    ("ผู้ว่าราชการจังหวัดอุดรธานี แสดงความยินดีกับสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์ "
     "ที่ผ่านการประเมิน ITA ปีงบประมาณ 2568",
     ("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์", "สำนักงาน", None, None, 2568)),
])
def test_a_body_run_into_another_and_an_official_who_congratulates(report_of, text, expected):
    assert _meta(report_of(text + RESULT)) == expected


@pytest.mark.parametrize("line", ["รายงานผลการประเมิน ITA ปีการศึกษา 2567", "สรุปผลการดำเนินงาน ประจำปีการศึกษา ๒๕๖๗ ภาคเรียนที่ ๒"])
def test_an_academic_year_names_no_fiscal_year(write_report, line):
    # schemas.ita.OTHER_CALENDAR_YEAR_WORDS: May to March, in two fiscal years
    text = "โรงเรียนเมืองพลพิทยาคม\n" + line + "\nได้คะแนน 90.10 คะแนน\n"
    assert _year_and_checks(write_report, text) == (None, [("FISCAL_YEAR_OTHER_CALENDAR", 2)])


def test_an_academic_year_after_the_fiscal_year(write_report):
    text = "โรงเรียนเมืองพลพิทยาคม\nรายงานผลการประเมิน ITA ประจำปี 2568 (ปีการศึกษา 2567)\nได้คะแนน 90.10 คะแนน\n"
    assert _year_and_checks(write_report, text) == (2568, [])


@pytest.mark.parametrize("line", ["ตามหนังสือสั่งการของกรมส่งเสริมการปกครองท้องถิ่น",
                                  "ดำเนินการตามการสั่งการของสำนักงานสาธารณสุขจังหวัดกาฬสินธุ์"])
def test_the_body_that_gave_an_order_is_no_subject(report_of, line):
    # "สั่งการของ<body>" (bodies.ACT_WORDS_BEFORE_OF): the body that ordered, another party
    text = "รายงานผลการประเมิน ITA ปีงบประมาณ 2568\n" + line + "\nได้คะแนน 88.00 คะแนน\n"
    assert _meta(report_of(text)) == (None, None, None, None, 2568)


# What a body does, run into its name ("…หนองเรือจัดอบรม…", "…โนนทองจัดประชุม…", "…นาดูนรับการประเมิน…"),
# ends the name (bodies.NAME_END_WORDS); "สำนักงานจัดรูปที่ดิน…" keeps its "จัด".
@pytest.mark.parametrize("line, expected", [
    ("โรงพยาบาลหนองเรือจัดอบรมเจ้าหน้าที่เรื่องการป้องกันการทุจริต", ("โรงพยาบาลหนองเรือ", "โรงพยาบาล", None, None, 2568)),
    ("เทศบาลตำบลโนนทองจัดประชุมคณะทำงาน", ("เทศบาลตำบลโนนทอง", "เทศบาลตำบล", None, None, 2568)),
    ("องค์การบริหารส่วนตำบลนาดูนรับการตรวจติดตามข้อมูล", ("องค์การบริหารส่วนตำบลนาดูน", "องค์การบริหารส่วนตำบล", None, None, 2568)),
    ("สำนักงานจัดรูปที่ดินจังหวัดขอนแก่น", ("สำนักงานจัดรูปที่ดินจังหวัดขอนแก่น", "สำนักงาน", None, "ขอนแก่น", 2568)),
])
def test_what_a_body_does_ends_its_name(report_of, line, expected):
    text = "รายงานผลการประเมิน ITA ปีงบประมาณ 2568\n" + line + "\nได้คะแนน 88.00 คะแนน\n"
    assert _meta(report_of(text)) == expected

"""Report metadata on wording the project had not seen (probe-k). Texts written for this test.

A body named after "ของ" that follows a document or act word ("ประกาศของ…", "แนวคำพิพากษาของ…") issued
that act: another party, not the subject (schemas.bodies.ACT_WORDS_BEFORE_OF → CUES_BEFORE "party").
"ของ" after a result word still names the subject ("ผลการประเมินของเทศบาล…")."""
import pytest

BODY = "\nผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน ได้คะแนน 88.50 คะแนน\n"


def _meta(report):
    return (report.organization, report.org_type, report.district, report.province, report.fiscal_year)


@pytest.mark.parametrize("line", [
    "1. เผยแพร่ประกาศของสำนักงานที่ดินจังหวัดขอนแก่นเกี่ยวกับการให้บริการ",
    "2. ศึกษาแนวคำพิพากษาของศาลปกครองสูงสุดเกี่ยวกับการจัดซื้อจัดจ้าง",
    "3. ปฏิบัติตามคำสั่งของสำนักงานสาธารณสุขจังหวัดมหาสารคาม ที่ 15/2567 อย่างเคร่งครัด",
    "4. ถือปฏิบัติตามหนังสือ ของ โรงพยาบาลศรีนครินทร์ เรื่องการเบิกจ่าย",
    "5. นำระเบียบของมหาวิทยาลัยขอนแก่นว่าด้วยการพัสดุมาใช้เป็นแนวทาง",
])
def test_a_body_that_issued_an_act_is_not_the_organization(report_of, line):
    report = report_of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568\n" + line + BODY)
    assert _meta(report) == (None, None, None, None, 2568)


def test_of_after_a_result_word_still_names_the_subject(report_of):
    report = report_of("ผลการประเมินของเทศบาลตำบลโนนสะอาด อำเภอโนนสะอาด จังหวัดอุดรธานี ประจำปีงบประมาณ พ.ศ. 2568\n"
                       "1. เผยแพร่ประกาศของสำนักงานที่ดินจังหวัดขอนแก่นเกี่ยวกับการให้บริการ" + BODY)
    assert _meta(report) == ("เทศบาลตำบลโนนสะอาด", "เทศบาลตำบล", "โนนสะอาด", "อุดรธานี", 2568)


# A branch office publishes its own ITA: its name is the body's with the branch's (bodies.BRANCHED_TYPES,
# PLACE_BRANCHED_TYPES); the body's name alone elsewhere in the text is the same body.
@pytest.mark.parametrize("head, expected", [
    ("สำนักงานที่ดินจังหวัดบุรีรัมย์ สาขานางรอง\nรายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568",
     ("สำนักงานที่ดินจังหวัดบุรีรัมย์ สาขานางรอง", "สำนักงาน", None, "บุรีรัมย์", 2568)),
    ("การไฟฟ้าส่วนภูมิภาคอำเภอกันทรลักษ์\nรายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568",
     ("การไฟฟ้าส่วนภูมิภาคอำเภอกันทรลักษ์", "การไฟฟ้า", "กันทรลักษ์", None, 2568)),
    ("รายงานการวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ 2567\nการประปาส่วนภูมิภาคสาขาขอนแก่น\n"
     "การประปาส่วนภูมิภาคได้เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง\nการประปาส่วนภูมิภาคได้จัดประชุมชี้แจง",
     ("การประปาส่วนภูมิภาคสาขาขอนแก่น", "การประปา", None, None, 2567)),
    ("การไฟฟ้าส่วนภูมิภาคจังหวัดมหาสารคาม\nการวิเคราะห์ผลการประเมิน ปีงบประมาณ 2566",
     ("การไฟฟ้าส่วนภูมิภาคจังหวัดมหาสารคาม", "การไฟฟ้า", None, "มหาสารคาม", 2566)),
    ("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขาบ้านไผ่ จังหวัดขอนแก่น\nรายงานผลการดำเนินงาน ปีงบประมาณ 2567",
     ("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขาบ้านไผ่", "ธนาคาร", None, "ขอนแก่น", 2567)),
])
def test_a_branch_office_keeps_its_branch_name(report_of, head, expected):
    assert _meta(report_of(head + BODY)) == expected


def test_a_field_of_study_is_no_branch(report_of):
    report = report_of("มหาวิทยาลัยมหาสารคาม\nสาขาวิชารัฐประศาสนศาสตร์ มหาวิทยาลัยมหาสารคาม สาขาวิชานิติศาสตร์\n"
                       "รายงานผลการดำเนินงาน ปีงบประมาณ 2567" + BODY)
    assert _meta(report) == ("มหาวิทยาลัยมหาสารคาม", "มหาวิทยาลัย", None, None, 2567)


# Military units are named by a number (bodies.NUMBER_NAMED_TYPES), protected areas by their place
# (BODY_TYPES "อุทยานแห่งชาติ" …); a name that ends in "ที่" before a number keeps the number (ORDINAL_WORD).
@pytest.mark.parametrize("head, expected", [
    ("กองบิน 21\nรายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568",
     ("กองบิน 21", "กองบิน", None, None, 2568)),
    ("รายงานการวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ ๒๕๖๗ มณฑลทหารบกที่ ๒๓",
     ("มณฑลทหารบกที่ ๒๓", "มณฑลทหารบก", None, None, 2567)),
    ("อุทยานแห่งชาติภูเวียง\nรายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568",
     ("อุทยานแห่งชาติภูเวียง", "อุทยานแห่งชาติ", None, None, 2568)),
    ("เขตรักษาพันธุ์สัตว์ป่าภูเขียว อำเภอคอนสาร จังหวัดชัยภูมิ\nรายงานผล ปีงบประมาณ 2567",
     ("เขตรักษาพันธุ์สัตว์ป่าภูเขียว", "เขตรักษาพันธุ์สัตว์ป่า", "คอนสาร", "ชัยภูมิ", 2567)),
    ("ศูนย์อนามัยที่ 7 ขอนแก่น\nรายงานผล ปีงบประมาณ 2567",
     ("ศูนย์อนามัยที่ 7", "ศูนย์", None, None, 2567)),
    ("สำนักงานป้องกันควบคุมโรคที่ 8 จังหวัดอุดรธานี\nรายงานผล ปีงบประมาณ 2566",
     ("สำนักงานป้องกันควบคุมโรคที่ 8", "สำนักงาน", None, "อุดรธานี", 2566)),
])
def test_bodies_named_by_a_number_or_a_protected_area(report_of, head, expected):
    assert _meta(report_of(head + BODY)) == expected


def test_a_military_unit_named_as_a_peer_is_not_the_organization(report_of):
    report = report_of("มาตรการส่งเสริมคุณธรรม ปีงบประมาณ 2567\n1. ประสานกองบิน 21 เพื่อขอใช้สถานที่" + BODY)
    assert _meta(report) == (None, None, None, None, 2567)


# A crown prince hospital's name is the honorific and its district's, often printed with a space between
# (bodies.HONORIFIC_NAMES): the name was cut to "โรงพยาบาลสมเด็จพระยุพราช".
@pytest.mark.parametrize("head, expected", [
    ("โรงพยาบาลสมเด็จพระยุพราช สว่างแดนดิน อำเภอสว่างแดนดิน จังหวัดสกลนคร\nรายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568",
     ("โรงพยาบาลสมเด็จพระยุพราช สว่างแดนดิน", "โรงพยาบาล", "สว่างแดนดิน", "สกลนคร", 2568)),
    ("รายงานการวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ 2567\nโรงพยาบาลสมเด็จพระยุพราช ด่านซ้าย จังหวัดเลย",
     ("โรงพยาบาลสมเด็จพระยุพราช ด่านซ้าย", "โรงพยาบาล", None, "เลย", 2567)),
])
def test_a_crown_prince_hospital_keeps_its_district_name(report_of, head, expected):
    assert _meta(report_of(head + BODY)) == expected


# A name split across two lines: the line ends with a specific type word after other words, or with a
# body's name up to its place word ("…จังหวัด" / "ขอนแก่น"): the short next line is the rest of the name
# (extract.parse.metadata._name_goes_on).
@pytest.mark.parametrize("head, expected", [
    ("รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 ของโรงพยาบาลส่งเสริมสุขภาพตำบล\nบ้านหนองแวง อำเภอพล จังหวัดขอนแก่น",
     ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองแวง", "โรงพยาบาลส่งเสริมสุขภาพตำบล", "พล", "ขอนแก่น", 2568)),
    ("การวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ 2567 องค์การบริหารส่วนตำบล\nโคกสี อำเภอเมืองขอนแก่น",
     ("องค์การบริหารส่วนตำบลโคกสี", "องค์การบริหารส่วนตำบล", "เมืองขอนแก่น", None, 2567)),
    ("สำนักงานที่ดินจังหวัด\nขอนแก่น\nรายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568",
     ("สำนักงานที่ดินจังหวัดขอนแก่น", "สำนักงาน", None, "ขอนแก่น", 2568)),
    ("รายงานผล ปีงบประมาณ 2566\nสำนักงานพัฒนาชุมชนอำเภอ\nน้ำพอง จังหวัดขอนแก่น",
     ("สำนักงานพัฒนาชุมชนอำเภอน้ำพอง", "สำนักงาน", "น้ำพอง", "ขอนแก่น", 2566)),
])
def test_a_name_split_across_two_lines(report_of, head, expected):
    assert _meta(report_of(head + BODY)) == expected


# "ปีงบ." abbreviates ปีงบประมาณ as "ปีงบฯ" does (normalize.dates.FISCAL, YEAR_MENTION): the year after it was
# read as no year at all (a number after a dot).
@pytest.mark.parametrize("line, year", [
    ("รายงานผลการดำเนินงาน ปีงบ.2568", 2568),
    ("สรุปผลการดำเนินงานตามมาตรการ ปีงบ.67", 2567),
])
def test_fiscal_year_abbreviated_with_a_dot(report_of, line, year):
    report = report_of("องค์การบริหารส่วนตำบลนาข่า\n" + line + BODY)
    assert _meta(report) == ("องค์การบริหารส่วนตำบลนาข่า", "องค์การบริหารส่วนตำบล", None, None, year)

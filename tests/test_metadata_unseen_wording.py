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

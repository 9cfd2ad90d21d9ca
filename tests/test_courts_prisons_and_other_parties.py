"""Courts, prisons, juvenile centres and customs houses publish their own ITA documents; their names
gave no organization (schemas.bodies.BODY_TYPES rows added, generic as สำนักงาน). A body the text
names only as another party of the work ("ยื่นฟ้องต่อศาลปกครอง…", "ส่งต่อผู้ป่วยกับโรงพยาบาล…",
"ตามที่สำนักงาน…ได้มีหนังสือ") was the organization of a document whose own name is not in its text
(a letterhead printed as a picture), its name run on into the sentence ("โรงพยาบาลขอนแก่นอย่างโปร่งใส"):
schemas.bodies.CUES_BEFORE rows of role "party", NAME_END_WORDS. Texts written for this test."""
import pytest

BODY = "\nผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน ได้คะแนน 88.50 คะแนน\n"


@pytest.mark.parametrize("head, expected", [
    ("ศาลจังหวัดพล\nผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. 2567",
     ("ศาลจังหวัดพล", "ศาลจังหวัด", None, 2567)),
    ("เรือนจำจังหวัดมหาสารคาม\nรายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567",
     ("เรือนจำจังหวัดมหาสารคาม", "เรือนจำจังหวัด", "มหาสารคาม", 2567)),
    ("รายงานการวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ 2566\nเรือนจำกลางขอนแก่น กรมราชทัณฑ์",
     ("เรือนจำกลางขอนแก่น", "เรือนจำกลาง", None, 2566)),
    ("ทัณฑสถานหญิงเชียงใหม่\nรายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566",
     ("ทัณฑสถานหญิงเชียงใหม่", "ทัณฑสถาน", None, 2566)),
    ("สถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัดยโสธร\nการวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568",
     ("สถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัดยโสธร", "สถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัด", "ยโสธร", 2568)),
    ("ศาลปกครองขอนแก่น\nรายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567",
     ("ศาลปกครองขอนแก่น", "ศาลปกครอง", None, 2567)),
    ("ด่านศุลกากรหนองคาย\nรายงานการวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ 2567",
     ("ด่านศุลกากรหนองคาย", "ด่านศุลกากร", None, 2567)),
])
def test_courts_prisons_and_customs_houses_are_bodies(report_of, head, expected):
    report = report_of(head + BODY)
    assert (report.organization, report.org_type, report.province, report.fiscal_year) == expected
    assert report.overall_score == 88.50


@pytest.mark.parametrize("line", [
    "1. ประสานการส่งต่อผู้ป่วยกับโรงพยาบาลขอนแก่นอย่างโปร่งใส",
    "ตามที่สำนักงานจังหวัดขอนแก่นได้มีหนังสือสั่งการ ให้หน่วยงานถือปฏิบัติ",
    "ตามที่ศาลจังหวัดขอนแก่นได้มีคำพิพากษาในคดีทุจริต ให้หน่วยงานถือปฏิบัติ",
    "ผู้ร้องเรียนที่ไม่ได้รับความเป็นธรรมยื่นฟ้องต่อศาลปกครองอุดรธานีได้",
    "จัดอบรมร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดงเพื่อให้ความรู้",
])
def test_a_body_named_only_as_another_party_is_not_the_organization(report_of, line):
    report = report_of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2568\n" + line + BODY)
    assert (report.organization, report.org_type, report.province, report.fiscal_year) == (None, None, None, 2568)


def test_the_subject_named_after_a_party_cue_keeps_its_other_mentions(report_of):
    # its own name after "ต่อ"/"กับ" ("ร้องเรียนต่อ อบต.…") counts with its letterhead; another body so named does not win
    report = report_of("องค์การบริหารส่วนตำบลหนองโก อำเภอกระนวน จังหวัดขอนแก่น\n"
                       "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2568\n"
                       "1. ประชาชนร้องเรียนต่อองค์การบริหารส่วนตำบลหนองโกได้ทุกช่องทาง\n"
                       "2. กรณีไม่ได้รับความเป็นธรรม ผู้ร้องยื่นฟ้องต่อศาลปกครองขอนแก่นได้\n"
                       "3. ประสานงานกับเรือนจำจังหวัดขอนแก่นในการฝึกอาชีพ" + BODY)
    assert (report.organization, report.org_type, report.district, report.province) == (
        "องค์การบริหารส่วนตำบลหนองโก", "องค์การบริหารส่วนตำบล", "กระนวน", "ขอนแก่น")

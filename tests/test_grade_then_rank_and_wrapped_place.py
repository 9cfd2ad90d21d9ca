"""A grade stated with no number keeps when the sentence goes on with the body's rank and its group's
size (score_cues.GRADE_ONLY_ROLES_AFTER); a place word ending a wrapped title line takes its name from
the next line (bodies.PLACE_WORDS_AT_LINE_END)."""
from __future__ import annotations

HEAD = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ
ประจำปีงบประมาณ พ.ศ. 2567 เทศบาลตำบลบ้านแหลม อำเภอบ้านแหลม จังหวัดเพชรบุรี
ผลการประเมินได้คะแนนรวม 92.66 คะแนน
"""


def test_grade_then_rank_in_province(report_of):
    report = report_of(HEAD + "ผลการประเมินอยู่ในระดับ A (ผ่านดีมาก) อยู่ในอันดับที่ 3 ของจังหวัดเพชรบุรี จากทั้งหมด 45 หน่วยงาน\n")
    assert (report.overall_score, report.overall_grade) == (92.66, "A")


def test_grade_then_rank_in_group_other_words(report_of):
    text = HEAD.replace("ผลการประเมินได้คะแนนรวม 92.66 คะแนน\n", "")
    report = report_of(text + "ผลการประเมิน ITA อยู่ในระดับ AA ซึ่งเป็นลำดับที่ 5 จาก 120 หน่วยงานในสังกัด\n")
    assert (report.overall_score, report.overall_grade) == (None, "AA")


def test_district_after_a_line_break(report_of):
    report = report_of(HEAD.replace("อำเภอบ้านแหลม ", "อำเภอ\nบ้านแหลม "))
    assert (report.organization, report.district, report.province) == ("เทศบาลตำบลบ้านแหลม", "บ้านแหลม", "เพชรบุรี")


def test_province_after_a_line_break_other_words(report_of):
    report = report_of("""ประกาศองค์การบริหารส่วนตำบลหนองระเวียง อำเภอเมืองนครราชสีมา จังหวัด
นครราชสีมา เรื่อง ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566
องค์การบริหารส่วนตำบลหนองระเวียงได้คะแนน 90.12 คะแนน
""")
    assert (report.district, report.province) == ("เมืองนครราชสีมา", "นครราชสีมา")

"""A body's results year by year with no unit after each ("ปี 2564 ได้ 85.10, ปี 2565 ได้ 88.23, ปี 2566
ได้ 91.47") under a line announcing its ITA result: each is the overall score of its year, as with
"คะแนน" after it (schemas/score_cues.YEAR_SCORE_VERB; two decimals, a year and a score verb right before
it). They were numbers of no role. Without the announcement above they stay unread. Pages written for
this test."""

OBT = """องค์การบริหารส่วนตำบลนาข่า อำเภอเมือง จังหวัดอุดรธานี
ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ย้อนหลัง
ปี 2564 ได้ 85.10, ปี 2565 ได้ 88.23, ปี 2566 ได้ 91.47
"""

# other words: ปีงบประมาณ, ได้รับ, Thai digits, " / " between the years
SCHOOL = """โรงเรียนบ้านหนองบัว สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1
ผลการประเมิน ITA ของโรงเรียน
ปีงบประมาณ ๒๕๖๕ ได้รับ ๘๗.๙๐ / ปีงบประมาณ ๒๕๖๖ ได้รับ ๙๐.๑๕
"""


def test_years_listed_without_unit(score_rows):
    assert score_rows(OBT, "page.txt") == [("overall", None, None, 85.1, None, 2564), ("overall", None, None, 88.23, None, 2565),
                                      ("overall", None, None, 91.47, None, 2566)]


def test_years_listed_in_other_words(score_rows):
    assert score_rows(SCHOOL, "page.txt") == [("overall", None, None, 87.9, None, 2565), ("overall", None, None, 90.15, None, 2566)]


def test_without_the_announcement_they_stay_unread(score_rows):
    assert score_rows(OBT.replace("ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ย้อนหลัง\n", "ข่าวประชาสัมพันธ์\n"), "page.txt") == []

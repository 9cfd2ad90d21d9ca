"""A line that is one bracketed aside under a score line ("(ปีงบประมาณ พ.ศ. 2567 ได้ 81.20 คะแนน)") says more of
the sentence above, as it would on the same line: the earlier year's result of the same subject (it was left out,
no subject named). An aside naming another body, a full mark or a mean stays no score of the body's."""
from __future__ import annotations

HEAD = "ประกาศเทศบาลตำบลนาแก อำเภอนาแก จังหวัดนครพนม\nเรื่อง ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568\n"


def test_an_aside_line_gives_the_earlier_year(score_rows):
    assert score_rows(HEAD + "ผลการประเมิน ITA ปี 2568 ได้ 90.10 คะแนน\n(ปีงบประมาณ พ.ศ. 2567 ได้ 81.20 คะแนน)\n") == [
        ("overall", None, None, 90.1, None, 2568), ("overall", None, None, 81.2, None, 2567)]
    # other words: a school's, the year alone in the aside
    school = ("ประกาศโรงเรียนบ้านโคกสูง อำเภอเมือง จังหวัดสุรินทร์\n"
              "โรงเรียนได้คะแนนผลการประเมิน ITA ประจำปี 2568 จำนวน 96.40 คะแนน\n(ปี 2567 ได้ 93.15 คะแนน)\n")
    assert score_rows(school) == [("overall", None, None, 96.4, None, 2568), ("overall", None, None, 93.15, None, 2567)]


def test_an_aside_of_another_body_or_a_mean_is_no_score(score_rows):
    for aside in ("(เทศบาลตำบลข้างเคียงได้ 85.00 คะแนน)", "(คะแนนเต็ม 100 คะแนน)", "(ค่าเฉลี่ยจังหวัด 88.00 คะแนน)"):
        assert score_rows(HEAD + "ผลการประเมิน ITA ปี 2568 ได้ 90.10 คะแนน\n" + aside + "\n") == [
            ("overall", None, None, 90.1, None, 2568)], aside

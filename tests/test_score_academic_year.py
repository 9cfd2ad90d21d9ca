"""A score stated for an academic year ("ผลการประเมิน ITA ปีการศึกษา 2567 ได้คะแนน 91.20") is of no one fiscal year: an
academic year spans two (schemas/ita.OTHER_CALENDAR_YEAR_WORDS), as the report's metadata refuses it. The score is
recorded with no fiscal year, in a sentence, under a heading line and under a table's heading; it was filed under
fiscal year 2567 (or the report's 2568). Lines written for this test (probe-r)."""
import pytest

SCHOOL = "โรงเรียนบ้านนาแก อำเภอนาแก จังหวัดนครพนม\n"


@pytest.mark.parametrize("text, expected", [
    (SCHOOL + "รายงานผลการประเมิน ITA\nผลการประเมิน ITA ปีการศึกษา 2567 ได้คะแนน 91.20 คะแนน\n",
     [("overall", None, None, 91.2, None, None)]),
    ("วิทยาลัยการอาชีพนาแก อำเภอนาแก จังหวัดนครพนม\nสรุปผลการประเมินคุณธรรมและความโปร่งใส ITA\n"
     "ในปีการศึกษา 2566 วิทยาลัยได้คะแนน ITA 90.15 คะแนน\n", [("overall", None, None, 90.15, None, None)]),
    # the report's fiscal year is not the academic year's score's either
    (SCHOOL + "รายงานผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568\n"
     "ในปีการศึกษา 2567 ผลการประเมิน ITA ของโรงเรียนได้ 93.40 คะแนน\n", [("overall", None, None, 93.4, None, None)]),
    (SCHOOL + "รายงานผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568\n"
     "ผลการประเมิน ITA ของโรงเรียน ปีการศึกษา 2567\nได้คะแนน 93.40 คะแนน\n", [("overall", None, None, 93.4, None, None)]),
    (SCHOOL + "ผลการประเมิน ITA ปีการศึกษา 2567\n| ตัวชี้วัด | คะแนน |\n| การปฏิบัติหน้าที่ | 95.10 |\n| คะแนนรวม | 92.00 |\n",
     [("indicator", "IIT", 1, 95.1, None, None), ("overall", None, None, 92.0, None, None)]),
])
def test_an_academic_years_score_has_no_fiscal_year(score_rows, text, expected):
    assert score_rows(text) == expected


def test_a_fiscal_year_after_the_academic_one_is_the_scores(score_rows):
    text = (SCHOOL + "ผลการประเมิน ITA ปีการศึกษา 2567\nได้คะแนน 93.40 คะแนน\n"
            "ผลการประเมิน ITA ปีงบประมาณ 2568\nได้คะแนน 95.10 คะแนน\n")
    assert score_rows(text) == [("overall", None, None, 93.4, None, None), ("overall", None, None, 95.1, None, 2568)]

"""A letter grade glued to a digit ("อยู่ในระดับ A8": a scan's "AB"? "AA"?) is no grade: "A" was attached to the score.
A digit where a grade's letter belongs ("ระดับ 8", B read as 8) gives no grade either; the score stays (probe-r)."""
import pytest

HEADER = ("ประกาศเทศบาลตำบลนาแก อำเภอนาแก จังหวัดนครพนม\n"
          "เรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2564\n")


@pytest.mark.parametrize("line", [
    "ผลการประเมิน ITA ของเทศบาล ได้คะแนน 83.10 คะแนน อยู่ในระดับ A8",
    "ผลการประเมิน ITA ของเทศบาล ได้คะแนน 83.10 คะแนน ระดับ 8",
    "ผลการประเมิน ITA ของเทศบาลได้ 83.10 คะแนน เกรด B8",
])
def test_no_grade_from_a_letter_and_a_digit(score_rows, line):
    assert score_rows(HEADER + line + "\n") == [("overall", None, None, 83.1, None, 2564)]


def test_the_letter_alone_is_the_grade(score_rows):
    assert score_rows(HEADER + "ผลการประเมิน ITA ของเทศบาลได้ 83.10 คะแนน เกรด B\n") == [
        ("overall", None, None, 83.1, "B", 2564)]

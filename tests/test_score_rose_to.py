"""A change *to* a new level ("เพิ่มขึ้นเป็น 88.75 คะแนน", "rose to 88.75") after a score in the same
sentence is the same subject's later result; a change *by* an amount ("เพิ่มขึ้น 10.35 คะแนน") stays a
delta. Texts written for this test in other words than any seed or real page."""
from pathlib import Path

from extract import extract_paths
from extract.parse.score_roles import read_sentence


def _read(text: str, year: int | None = 2566):
    return [(s.level, s.value, s.year) for s in read_sentence(text, year, None).statements]


def test_a_change_to_a_level_keeps_the_subject_of_the_score_before_it():
    text = ("ผลการประเมิน ITA ปีงบประมาณ 2565 ได้ 71.20 คะแนน ต่อมาในปีงบประมาณ 2566 "
            "ผลคะแนนของหน่วยงานปรับตัวดีขึ้นเป็น 86.05 คะแนน เพิ่มขึ้น 14.85 คะแนน")
    assert _read(text) == [("overall", 71.2, 2565), ("overall", 86.05, 2566)]
    text = "In 2022 the ITA score was 74.10, and in 2023 it rose to 89.30 points, up by 15.2 points."
    assert _read(text, 2566) == [("overall", 74.1, 2565), ("overall", 89.3, 2566)]


def test_a_change_by_an_amount_and_a_lone_change_stay_out():
    assert _read("ปีงบประมาณ 2566 คะแนนเพิ่มขึ้น 10.35 คะแนน") == []
    assert _read("ผลการประเมิน ITA ปี 2566 ได้ 80.00 คะแนน ลดลง 4.50 คะแนน") == [("overall", 80.0, 2566)]


def test_two_years_of_a_health_centre_read_as_two_overall_scores(tmp_path: Path):
    page = tmp_path / "rpst.txt"
    page.write_text(
        "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านนาดี อำเภอนาดี จังหวัดปราจีนบุรี\n"
        "สรุปผลการประเมิน ITA\n"
        "ในปีงบประมาณ 2565 หน่วยงานได้รับคะแนน 78.40 คะแนน (ระดับ C) และในปีงบประมาณ 2566 "
        "มีคะแนนเพิ่มขึ้นเป็น 88.75 คะแนน (ระดับ B) เพิ่มขึ้น 10.35 คะแนน\n"
        "เป้าหมายปีงบประมาณ 2567 ต้องได้คะแนนไม่น้อยกว่า 90 คะแนน\n", encoding="utf-8")
    [result] = extract_paths([page])
    assert [(s.fiscal_year, s.level, s.score, s.grade) for s in result.scores] == [
        (2565, "overall", 78.4, "C"), (2566, "overall", 88.75, "B")]
    assert not [c for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"]


def test_a_year_named_after_a_score_is_its_year():
    text = "ผลการประเมิน ITA ปี 2566 ได้ 89.10 คะแนน เพิ่มขึ้นจาก 84.25 คะแนน ในปีงบประมาณ 2565"
    assert _read(text) == [("overall", 89.1, 2566), ("overall", 84.25, 2565)]
    text = ("In fiscal year 2023 the Authority received a total score of 94.87 points, "
            "an improvement from 91.20 points in fiscal year 2022.")
    assert _read(text) == [("overall", 94.87, 2566), ("overall", 91.2, 2565)]


def test_a_bare_year_after_a_score_opens_the_next_clause():
    # no preposition: "ปีงบประมาณ 2568" starts what the body will do next year
    text = "ผลการประเมิน ITA ปี 2567 ได้ 88.00 คะแนน ปีงบประมาณ 2568 หน่วยงานจะจัดทำมาตรการเพิ่มเติม"
    assert _read(text) == [("overall", 88.0, 2567)]

"""A line that is only the score's word over a line that is a score alone (a web card: "คะแนนที่ได้" / "95.12") is read as
one line, as a tool's or the result's label line is (schemas/score_cues.SCORE_LABEL_LINE): the value was dropped
silently. Read so, "คะแนนที่ได้ 95.12" under the ITA result announced is the overall score, and a bare "คะแนน 95.12" is
left out with a check, as on one line. Lines written for this test (probe-r)."""
import pytest

from extract import extract_paths

NEWS = ("ข่าวประชาสัมพันธ์ โรงเรียนนาแกสามัคคีวิทยา อำเภอนาแก จังหวัดนครพนม\n"
        "โรงเรียนผ่านการประเมิน ITA Online ประจำปีงบประมาณ พ.ศ. 2568\n")


@pytest.mark.parametrize("label", ["คะแนนที่ได้", "คะแนนที่ได้รับ :", "Score:"])
def test_the_score_under_its_word(score_rows, label):
    assert score_rows(NEWS + f"{label}\n95.12\n") == [("overall", None, None, 95.12, None, 2568)]


def test_a_bare_score_word_leaves_it_unclear(write_report):
    [result] = extract_paths([write_report(NEWS + "คะแนน\n95.12\n")])
    assert result.scores == []
    assert [(c.code, c.message) for c in result.checks if c.code.startswith("SCORE")] == [
        ("SCORE_ROLE_UNCLEAR", 'The number 95.12 is stated like a score but its role is unclear (no subject (overall, '
                               'tool or indicator) named); it was left out: "คะแนน 95.12"')]

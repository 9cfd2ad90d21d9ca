""""X คะแนน จาก Y คะแนน" is X out of Y only when Y is not smaller ("26.40 คะแนน จาก 30 คะแนน") and no change to X
stands before it: after one ("เพิ่มขึ้นเป็น 93.45 คะแนน จาก 90.00 คะแนนในปี 2567", "ลดลงเหลือ 88.75 คะแนน จาก 94.50")
Y is where the score came from. Both were dropped silently,
X as weighted points out of 90 and Y as full marks. Lines written for this test (probe-r)."""
from extract.parse import score_roles as roles

HEADER = ("ประกาศเทศบาลตำบลนาแก อำเภอนาแก จังหวัดนครพนม\n"
          "เรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568\n")


def _read(text: str):
    reading = roles.read_sentence(text, 2568, 2568)
    return [(s.level, s.tool, s.value, s.year) for s in reading.statements], [u.value for u in reading.unclear]


def test_the_score_and_the_one_it_came_from(score_rows):
    text = HEADER + "คะแนนการประเมิน ITA ของเทศบาลเพิ่มขึ้นเป็น 93.45 คะแนน จาก 90.00 คะแนนในปี 2567\n"
    assert score_rows(text) == [("overall", None, None, 93.45, None, 2568), ("overall", None, None, 90.0, None, 2567)]


def test_in_other_words():
    assert _read("แบบวัด OIT ของโรงพยาบาลลดลงเหลือ 88.75 คะแนน จาก 94.50 คะแนน ในปี 2567") == (
        [("tool", "OIT", 88.75, 2568), ("tool", "OIT", 94.5, 2567)], [])
    assert _read("แบบวัด IIT ได้ 97.20 คะแนน จาก 95.10 คะแนนในปี 2567") == (
        [("tool", "IIT", 97.2, 2568), ("tool", "IIT", 95.1, 2567)], [])


def test_points_out_of_a_larger_number_stay_weighted():
    assert _read("แบบวัด EIT ได้ 26.40 คะแนน จาก 30 คะแนน") == ([], [])

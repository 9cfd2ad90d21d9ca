"""A score stated as an amount of points after "จำนวน" ("ได้คะแนน ITA จำนวน 91.05 คะแนน") is a score;
"จำนวน" before anything else still counts things (bodies, respondents, items) and is no score."""
from extract.parse.score_roles import read_sentence


def _read(text: str, year: int | None = 2566):
    return [(s.level, s.tool, s.value, s.grade) for s in read_sentence(text, year, None).statements]


def test_points_counted_after_jamnuan_are_the_overall_score():
    text = ("องค์การบริหารส่วนตำบลหนองแก้ว ได้รับผลคะแนนการประเมิน ITA ประจำปีงบประมาณ 2566 "
            "จำนวน 91.05 คะแนน จากคะแนนเต็ม 100 คะแนน อยู่ในระดับ A")
    assert _read(text) == [("overall", None, 91.05, "A")]


def test_points_counted_for_a_tool_keep_the_tool():
    assert _read("แบบวัด EIT ได้คะแนนจำนวน 84.20 คะแนน") == [("tool", "EIT", 84.2, None)]


def test_jamnuan_before_a_count_word_or_no_unit_is_still_a_count():
    assert _read("ผลการประเมิน ITA มีหน่วยงานเข้ารับการประเมิน จำนวน 211 แห่ง") == []
    assert _read("ผลการประเมิน ITA ผู้ตอบแบบสอบถาม จำนวน 86 ได้คะแนนดี") == []
    assert _read("คะแนน ITA ของหน่วยงานที่ผ่านเกณฑ์ จำนวน 35 หน่วยงาน") == []


# A school's summary written for this test (no seed's wording): the total named "คะแนนรวม", the
# indicators as a tab-separated table with no header row, and a target that is no score.
SUMMARY = (
    "สรุปผลคะแนน ITA โรงเรียนบ้านโนนสวรรค์ ปีงบประมาณ 2565\n"
    "คะแนนรวม 81.47 ระดับ A\n"
    "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\t95.20\n"
    "ตัวชี้วัดที่ 2 การใช้งบประมาณ\t87.75\n"
    "ตัวชี้วัดที่ 10 การป้องกันการทุจริต\t60.00\n"
    "\n"
    "ปีหน้าตั้งเป้าหมายไม่น้อยกว่า 85 คะแนน\n"
)
# The same rows under a heading about a budget: not scores.
BUDGET = (
    "แผนการใช้จ่ายโครงการ ปีงบประมาณ 2565\n"
    "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\t95.20\n"
    "ตัวชี้วัดที่ 2 การใช้งบประมาณ\t87.75\n"
)
# A headerless table with one row that names no indicator: not read as scores at all.
MIXED = (
    "สรุปผลคะแนน ITA ปี 2565\n"
    "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\t95.20\n"
    "ค่าวัสดุสำนักงาน\t40.00\n"
)


def _scores(tmp_path, text: str):
    from extract import extract_file

    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    result = extract_file(path)
    return [(s.fiscal_year, s.level, s.tool, s.indicator, s.score, s.grade) for s in result.scores]


def test_total_named_by_its_label_and_a_headerless_indicator_table(tmp_path):
    assert _scores(tmp_path, SUMMARY) == [
        (2565, "overall", None, None, 81.47, "A"),
        (2565, "indicator", "IIT", 1, 95.2, None),
        (2565, "indicator", "IIT", 2, 87.75, None),
        (2565, "indicator", "OIT", 10, 60.0, None),
    ]


def test_headerless_rows_need_a_score_heading_and_only_known_labels(tmp_path):
    assert _scores(tmp_path, BUDGET) == []
    assert _scores(tmp_path, MIXED) == []


def test_points_counted_after_a_change_word_are_a_change():
    text = "ผลการประเมิน ITA ปี 2566 ได้ 90.10 คะแนน ลดลงจากปี 2565 จำนวน 3.25 คะแนน"
    assert _read(text) == [("overall", None, 90.1, None)]


def test_counted_points_of_a_target_or_a_training_quiz_are_no_scores():
    assert _read("เป้าหมายผลการประเมิน ITA ปี 2567 จำนวน 90 คะแนน") == []
    assert _read("โครงการอบรม ITA ผู้เข้าร่วมจำนวน 85 คน ได้คะแนนแบบทดสอบเฉลี่ย 78.5 คะแนน") == []
    assert _read("The ITA post-test score was 80.5 points") == []

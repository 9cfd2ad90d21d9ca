"""A table of the body's scores beside another's ("รายการ | สภ.กุดชุม | ค่าเฉลี่ย ภ.จว.ยโสธร", rows IIT, EIT,
OIT, คะแนนรวม) names no score column: its tool scores and total were lost, without a check (found by a
blind document). The one column headed by the report's own body alone (subject.Subject.names_self, its
abbreviation spelled out) holds its scores; the group's mean beside it is read neither as scores nor as
the rows' labels (scores._own_column). Documents written for this test."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import text_result

HOSPITAL = """รายงานผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567
โรงพยาบาลบ้านผือ อำเภอบ้านผือ จังหวัดอุดรธานี
ตารางเปรียบเทียบกับค่าเฉลี่ยจังหวัด
เครื่องมือ\tโรงพยาบาลบ้านผือ\tค่าเฉลี่ยโรงพยาบาลในจังหวัด
IIT\t94.10\t91.55
EIT\t88.20\t86.40
OIT\t90.00\t84.75
ผลรวม\t90.72\t87.33
"""


def _scores(result):
    return [(s.level, s.tool, s.score) for s in result.scores]


def test_the_hospitals_column_beside_the_provinces_mean(tmp_path: Path):
    result = text_result(tmp_path, HOSPITAL)
    assert _scores(result) == [("tool", "IIT", 94.1), ("tool", "EIT", 88.2), ("tool", "OIT", 90.0),
                               ("overall", None, 90.72)]
    assert result.report.overall_score == 90.72


def test_abbreviated_name_other_words(tmp_path: Path):
    text = ("องค์การบริหารส่วนตำบลดงมะไฟ อำเภอสว่างแดนดิน จังหวัดสกลนคร\nผลการประเมิน ITA ปี 2568\n"
            "รายการ | อบต.ดงมะไฟ | ค่าเฉลี่ยอำเภอ\nคะแนนรวม | 93.40 | 90.12\nOIT | 95.00 | 88.00\n")
    assert _scores(text_result(tmp_path, text)) == [("overall", None, 93.4), ("tool", "OIT", 95.0)]


def test_a_column_of_another_body_alone_is_not_read(tmp_path: Path):
    text = HOSPITAL.replace("เครื่องมือ\tโรงพยาบาลบ้านผือ\t", "เครื่องมือ\tโรงพยาบาลกุมภวาปี\t")
    assert _scores(text_result(tmp_path, text)) == []

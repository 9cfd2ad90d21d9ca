"""A total or mean row under one tool's indicators alone ("คะแนนเฉลี่ย" under indicators 1–5) is that
tool's score when it is their mean, as ITA computes a tool's score — not the overall score it was
recorded as. A total that is not their mean, or under the indicators of several tools, stays the
overall score. Tables written for this test."""
from pathlib import Path

from extract import extract_paths

HEAD = "รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566\nเทศบาลตำบลบ้านเหล่า อำเภอเมือง จังหวัดแพร่\n\n"


def _run(tmp_path: Path, table: str):
    page = tmp_path / "analysis.txt"
    page.write_text(HEAD + table, encoding="utf-8")
    [result] = extract_paths([page])
    return ([(s.level, s.tool, s.indicator, s.score) for s in result.scores],
            [c.code for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"])


IIT = ("ผลการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\nตัวชี้วัด\tคะแนน\n"
       "1. การปฏิบัติหน้าที่\t95.00\n2. การใช้งบประมาณ\t90.00\n3. การใช้อำนาจ\t92.00\n"
       "4. การใช้ทรัพย์สินของราชการ\t88.00\n5. การแก้ไขปัญหาการทุจริต\t91.00\nคะแนนเฉลี่ย\t{total}\n")


def test_the_mean_under_one_tools_indicators_is_that_tools_score(tmp_path):
    scores, unclear = _run(tmp_path, IIT.format(total="91.20"))
    assert scores[-1] == ("tool", "IIT", None, 91.2) and unclear == []
    assert [s for s in scores if s[0] == "overall"] == []


def test_a_total_that_is_not_their_mean_stays_the_overall_score(tmp_path):
    scores, unclear = _run(tmp_path, IIT.format(total="86.40"))
    assert scores[-1] == ("overall", None, None, 86.4) and unclear == []


def test_a_total_under_several_tools_indicators_is_the_overall_score(tmp_path):
    table = ("ตัวชี้วัด\tคะแนน\n1. การปฏิบัติหน้าที่\t95.00\n7. ประสิทธิภาพการสื่อสาร\t80.00\n"
             "10. การป้องกันการทุจริต\t70.00\nคะแนนรวม\t84.50\n")
    scores, unclear = _run(tmp_path, table)
    assert scores[-1] == ("overall", None, None, 84.5) and unclear == []

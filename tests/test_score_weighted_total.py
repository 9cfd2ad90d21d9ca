"""A tool table with weights ("แบบวัด | คะแนน | น้ำหนัก | คะแนนถ่วงน้ำหนัก | … รวม"): the total of the
weighted-score column is the overall ITA score by its method, recorded only when the tools' weighted
scores add up to it. Tables written for this test, in words of no seed or real file."""
from pathlib import Path

from extract import extract_paths

HEAD = "รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565\nองค์การบริหารส่วนตำบลสระแก้ว อำเภอเมือง จังหวัดสระแก้ว\n\n"


def _scores(tmp_path: Path, table: str):
    page = tmp_path / "result.txt"
    page.write_text(HEAD + table, encoding="utf-8")
    [result] = extract_paths([page])
    return [(s.fiscal_year, s.level, s.tool, s.score, s.grade) for s in result.scores], result.report.overall_score


TABLE = ("เครื่องมือการประเมิน\tคะแนนที่ได้\tน้ำหนัก (ร้อยละ)\tคะแนนถ่วงน้ำหนัก\n"
         "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\t92.40\t30\t27.72\n"
         "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)\t88.10\t30\t26.43\n"
         "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)\t81.00\t40\t{oit}\n"
         "รวม\t\t100\t86.55\n\nผลการประเมินอยู่ในระดับ B\n")


def test_the_total_of_weighted_scores_is_the_overall_score(tmp_path):
    assert _scores(tmp_path, TABLE.format(oit="32.40")) == ([
        (2565, "tool", "IIT", 92.4, None), (2565, "tool", "EIT", 88.1, None), (2565, "tool", "OIT", 81.0, None),
        (2565, "overall", None, 86.55, "B")], 86.55)


def test_a_total_the_weighted_scores_do_not_add_up_to_is_left_out(tmp_path):
    scores, overall = _scores(tmp_path, TABLE.format(oit="30.40"))
    assert [s for s in scores if s[1] == "overall"] == [] and overall is None


def test_weighted_scores_in_english(tmp_path):
    table = ("Tool\tScore\tWeight (%)\tWeighted score\nIIT\t90.00\t30\t27.00\nEIT\t80.00\t30\t24.00\n"
             "OIT\t95.00\t40\t38.00\nTotal\t\t100\t89.00\n")
    assert _scores(tmp_path, table)[1] == 89.0

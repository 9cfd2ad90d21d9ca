"""A total row ("รวม", "คะแนนเฉลี่ย") under SOME of the indicators only, no tools' rows, whose value is those rows'
mean, is their total: not a tool's score (1–3 of IIT's five) nor the result (1, 9 and 10; 9 alone). Left out
with SCORE_ROLE_UNCLEAR (reason "total_of_some_indicators"). Under all of one tool's indicators it stays that
tool's score; a total that is not the rows' mean (the result under a few indicators picked, as
samples/libreoffice/years_table.docx prints) stays the overall result."""
from __future__ import annotations

from extract import extract_paths
from tests.conftest import unclear_scores, word_file

HEAD = ["ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568",
        "องค์การบริหารส่วนตำบลหนองบัว อำเภอเมือง จังหวัดอุดรธานี"]


def _run(tmp_path, rows, head=HEAD):
    [result] = extract_paths([word_file(tmp_path / "t.docx", head, rows)])
    return result


def _scores(result):
    return [(s.level, s.tool, s.indicator, s.fiscal_year, s.score) for s in result.scores]


def test_the_mean_of_three_of_iit_indicators_is_no_tool_score(tmp_path):
    result = _run(tmp_path, [["ตัวชี้วัด", "คะแนน"], ["1. การปฏิบัติหน้าที่", "95.10"], ["2. การใช้งบประมาณ", "90.20"],
                             ["3. การใช้อำนาจ", "92.30"], ["รวม", "92.53"]])
    assert _scores(result) == [("indicator", "IIT", 1, 2568, 95.1), ("indicator", "IIT", 2, 2568, 90.2),
                               ("indicator", "IIT", 3, 2568, 92.3)]
    assert [(text, message.split("(")[1].split(")")[0]) for _, text, message in unclear_scores(result)] == [
        ("รวม | 92.53", "a total of indicators 1, 2, 3 only, without 4, 5: neither a tool's score nor the result")]


def test_rows_of_several_tools_or_one_indicator_give_no_result(tmp_path):
    # other words: a mean row, indicators of IIT and OIT picked; a hospital's table of indicator 9 alone
    mixed = _run(tmp_path, [["ตัวชี้วัด", "ผลคะแนน"], ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "95.10"],
                            ["ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "90.20"], ["ตัวชี้วัดที่ 10 การป้องกันการทุจริต", "92.30"],
                            ["คะแนนเฉลี่ย", "92.53"]])
    assert [s.level for s in mixed.scores] == ["indicator"] * 3 and mixed.report.overall_score is None
    assert [text for _, text, _ in unclear_scores(mixed)] == ["คะแนนเฉลี่ย | 92.53"]
    alone = _run(tmp_path, [["ตัวชี้วัด", "คะแนน"], ["9. การเปิดเผยข้อมูล", "88.00"], ["รวม", "88.00"]],
                 ["รายงานผลการประเมิน ITA ปีงบประมาณ 2568", "โรงพยาบาลบ้านผือ อำเภอบ้านผือ จังหวัดอุดรธานี"])
    assert _scores(alone) == [("indicator", "OIT", 9, 2568, 88.0)] and alone.report.overall_score is None
    assert [text for _, text, _ in unclear_scores(alone)] == ["รวม | 88.00"]


def test_all_of_a_tool_or_a_total_not_their_mean_stays(tmp_path):
    oit = _run(tmp_path, [["ตัวชี้วัด", "คะแนน"], ["9. การเปิดเผยข้อมูล", "90.20"], ["10. การป้องกันการทุจริต", "92.30"],
                          ["รวม", "91.25"]])
    assert _scores(oit)[-1] == ("tool", "OIT", None, 2568, 91.25) and unclear_scores(oit) == []
    picked = _run(tmp_path, [["ตัวชี้วัด", "คะแนน"], ["1. การปฏิบัติหน้าที่", "94.25"], ["9. การเปิดเผยข้อมูล", "93.20"],
                             ["คะแนนรวม", "90.12"]])
    assert _scores(picked)[-1] == ("overall", None, None, 2568, 90.12) and picked.report.overall_score == 90.12

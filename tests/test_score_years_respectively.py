"""Results listed by year before "ตามลำดับ" / "respectively" ("ผลคะแนน ITA ปี 2566 และ 2567 เท่ากับ 90.25 และ
94.10 ตามลำดับ"): each is the named result of its year, in order. The first was recorded as the report year's
overall score (90.25 for 2567, a wrong overall_score) and the second dropped. A target named with its year
("The ITA target for 2025 is 96.00") is no result: it was recorded as 2568's overall score. News wording
written for this test."""
import pytest

NONG_BUA = "เทศบาลตำบลหนองบัว\nผลการประเมิน ITA ปีงบประมาณ 2567\n"
NONG_BUA_EN = "Nong Bua Municipality\nITA 2024 results\n"


@pytest.mark.parametrize("text", [
    NONG_BUA + "ผลคะแนน ITA ปี 2566 และ 2567 เท่ากับ 90.25 และ 94.10 ตามลำดับ",
    NONG_BUA + "ผลการประเมินของเทศบาลในปีงบประมาณ 2566 และ 2567 ได้ 90.25 คะแนน และ 94.10 คะแนน ตามลำดับ",
    NONG_BUA_EN + "The ITA scores for 2023 and 2024 were 90.25 and 94.10 respectively.",
])
def test_overall_results_by_year_respectively(score_rows, report_of, text):
    assert score_rows(text) == [("overall", None, None, 90.25, None, 2566), ("overall", None, None, 94.1, None, 2567)]
    assert report_of(text).overall_score == 94.1


def test_one_tool_by_year_respectively(score_rows):
    assert score_rows(NONG_BUA + "คะแนน OIT ปี 2566 และ 2567 เท่ากับ 90.25 และ 94.10 ตามลำดับ") == [
        ("tool", "OIT", None, 90.25, None, 2566), ("tool", "OIT", None, 94.1, None, 2567)]


def test_two_tools_of_one_year_respectively_stay_so(score_rows):
    assert score_rows(NONG_BUA + "ปี 2567 IIT และ EIT ได้ 90.25 และ 94.10 ตามลำดับ") == [
        ("tool", "IIT", None, 90.25, None, 2567), ("tool", "EIT", None, 94.1, None, 2567)]


@pytest.mark.parametrize("line", ["The ITA target for 2025 is 96.00, up from this year's 94.10.",
                                  "Our goal for next year's ITA is 96.00 points."])
def test_a_target_is_no_result(score_rows, report_of, line):
    assert score_rows(NONG_BUA_EN + line) == []
    assert report_of(NONG_BUA_EN + line).overall_score is None

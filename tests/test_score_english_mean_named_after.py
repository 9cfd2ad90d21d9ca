"""An English mean whose group or place is named after it ("The mean ITA score of Nong Khai's local bodies was
89.30", "the average ITA result across the district's municipalities") is the bodies' mean, not the body's
result: it was recorded as the report's overall score. The body's own score after it keeps. News wording
written for this test."""
import pytest

HEAD = "Nong Bua Municipality\nITA 2024 results\n"


@pytest.mark.parametrize("line", ["The mean ITA score of Nong Khai's local bodies was 89.30.",
                                  "The average ITA score in the province was 89.30 points."])
def test_a_mean_of_a_group_is_no_result(score_rows, report_of, line):
    assert score_rows(HEAD + line) == []
    assert report_of(HEAD + line).overall_score is None


def test_the_own_score_after_the_mean_keeps(score_rows):
    line = "The average ITA result across the district's municipalities was 89.30, while Nong Bua scored 94.10."
    assert score_rows(HEAD + line) == [("overall", None, None, 94.1, None, 2567)]

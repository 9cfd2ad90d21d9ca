"""A score table in English with A.D. year columns (an annual report's ITA page), written for this
test: tools and the ITA score per year, and a grade row; the years are read as B.E."""
from pathlib import Path

from extract import extract_paths


def test_an_english_score_table_by_year(tmp_path: Path):
    page = tmp_path / "annual.txt"
    page.write_text(
        "Annual Report 2024\n\nIntegrity and Transparency Assessment results\n"
        "Item\tFY 2022\tFY 2023\tFY 2024\tChange\n"
        "Internal (IIT)\t91.20\t92.00\t94.10\t+2.10\n"
        "Open Data (OIT)\t80.00\t88.50\t96.75\t+8.25\n"
        "Overall score\t85.31\t89.64\t92.80\t+3.16\n"
        "Grade\tA\tA\tA\t\n", encoding="utf-8")
    [result] = extract_paths([page])
    assert [(s.fiscal_year, s.level, s.tool, s.score, s.grade) for s in result.scores] == [
        (2565, "tool", "IIT", 91.2, None), (2566, "tool", "IIT", 92.0, None), (2567, "tool", "IIT", 94.1, None),
        (2565, "tool", "OIT", 80.0, None), (2566, "tool", "OIT", 88.5, None), (2567, "tool", "OIT", 96.75, None),
        (2565, "overall", None, 85.31, "A"), (2566, "overall", None, 89.64, "A"), (2567, "overall", None, 92.8, "A")]
    assert (result.report.overall_score, result.report.overall_grade) == (92.8, "A")

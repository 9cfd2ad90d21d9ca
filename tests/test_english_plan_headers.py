"""A plan written in English ("No. | Measure | Activities | Responsible | Timeline", a university's or an
agency's English version) lost its activities column (TABLE_HEADER_UNKNOWN): English header words
for steps, timeframe, suggestions and problems are in schemas/headers.py beside the Thai ones, and
English month names are months (normalize/dates.py; the year after them is AD). Plan written for
this test."""
from pathlib import Path

from extract import extract_paths

PLAN = ("Integrity and Transparency Assessment Action Plan FY 2025\n"
        "No.\tMeasure\tActivities\tResponsible\tSchedule\tSuggestions\n"
        "1\tPublish procurement results monthly\tUpload summaries to the website<br>Review completeness\t"
        "Procurement Division\tOct 2024 - Sep 2025\tAssign a second officer\n"
        "2\tAnti-bribery training\tTrain all staff\tHuman Resources\tJanuary 2025\t-\n")


def test_an_english_plan_keeps_its_columns(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    [result] = extract_paths([path])
    assert [(m.title, m.steps, m.responsible, m.timeframe, str(m.period_start), str(m.period_end), m.recommendation)
            for m in result.measures] == [
        ("Publish procurement results monthly", ["Upload summaries to the website", "Review completeness"],
         ["Procurement Division"], "Oct 2024 - Sep 2025", "2024-10-01", "2025-09-30", "Assign a second officer"),
        ("Anti-bribery training", ["Train all staff"], ["Human Resources"], "January 2025", "2025-01-01", "2025-01-31",
         None)]
    assert not {"TABLE_HEADER_UNKNOWN", "DATE_UNPARSED"} & {c.code for c in result.checks}

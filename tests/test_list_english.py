"""Measures lists written in English: a heading naming measures ("Measures to promote integrity and
transparency") or improvements ("Measures for improvement", in a document citing the assessment's result)
over numbered items that give their fields after English labels, inline ("Responsible: … Timeline: …")
or on lines of their own. Before, the cues were Thai only and such a list gave nothing (probe-t)."""
from extract import extract_file

# written for this test: a subdistrict's improvements, each item's fields inline
IMPROVEMENTS = (
    "Ban Nong Khai Subdistrict Administrative Organization\n"
    "Integrity and Transparency Assessment (ITA) fiscal year 2024\n"
    "The ITA assessment result for fiscal year 2023 was 78.50 points.\n"
    "\n"
    "Measures for improvement\n"
    "1) Publish the annual procurement plan and monthly procurement summaries on the website. "
    "Responsible: Finance Division. Timeline: October 2023 - September 2024\n"
    "2) Train staff on conflict of interest and the code of ethics. Responsible: Office of the Permanent "
    "Secretary. Timeline: January 2024\n"
    "3) Open an online channel for corruption complaints and report the results every quarter. "
    "Responsible: Public Works Division. Timeline: December 2023\n"
)

# written for this test: a hospital's plan in other words, the fields on lines of their own
PLAN = (
    "Mueang Phrae Hospital\n"
    "Fiscal year 2025\n"
    "Measures to promote integrity and transparency\n"
    "1. Review the gift-giving policy (No Gift Policy) and announce it to all staff\n"
    "   Responsible: Human Resources Group\n"
    "   Timeline: November 2024\n"
    "2. Hold a meeting with stakeholders to hear their views on service\n"
    "   Responsible: Patient Services Group\n"
    "   Timeline: March 2025\n"
    "3. Update the hospital website with the ITA disclosure items\n"
    "   Responsible: Information Technology Unit\n"
    "   Timeline: every quarter\n"
)


def _rows(tmp_path, text):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return [(m.table, m.row, m.title, m.responsible, m.timeframe,
             m.period_start and m.period_start.isoformat(), m.period_end and m.period_end.isoformat())
            for m in extract_file(path).measures]


def test_english_improvements_with_inline_fields(tmp_path):
    assert _rows(tmp_path, IMPROVEMENTS) == [
        ("improvement", 1, "1) Publish the annual procurement plan and monthly procurement summaries on the website.",
         ["Finance Division"], "October 2023 - September 2024", "2023-10-01", "2024-09-30"),
        ("improvement", 2, "2) Train staff on conflict of interest and the code of ethics.",
         ["Office of the Permanent Secretary"], "January 2024", "2024-01-01", "2024-01-31"),
        ("improvement", 3, "3) Open an online channel for corruption complaints and report the results every quarter.",
         ["Public Works Division"], "December 2023", "2023-12-01", "2023-12-31"),
    ]


def test_english_plan_with_field_lines(tmp_path):
    assert _rows(tmp_path, PLAN) == [
        ("plan", 1, "1. Review the gift-giving policy (No Gift Policy) and announce it to all staff",
         ["Human Resources Group"], "November 2024", "2024-11-01", "2024-11-30"),
        ("plan", 2, "2. Hold a meeting with stakeholders to hear their views on service",
         ["Patient Services Group"], "March 2025", "2025-03-01", "2025-03-31"),
        ("plan", 3, "3. Update the hospital website with the ITA disclosure items",
         ["Information Technology Unit"], "every quarter", None, None),
    ]


def test_improvements_without_an_assessment_result_are_no_measures(tmp_path):
    # as in Thai: advice for improvement is an ITA measure only where the assessment's result is analysed
    text = IMPROVEMENTS.replace("The ITA assessment result for fiscal year 2023 was 78.50 points.\n", "")
    assert _rows(tmp_path, text) == []


# written for this test: a health office's plan under a long lead-in sentence ending "as follows:"
LEAD_IN = (
    "Khon Kaen Provincial Public Health Office\n"
    "Integrity and Transparency Assessment (ITA) 2025\n"
    "To raise the integrity of its work, the office sets the following measures to promote transparency as follows:\n"
    "1) Publish all procurement announcements on the website within three days. Responsible unit: Procurement "
    "Section. Deadline: every month\n"
    "2) Declare the no-gift policy of the director. Responsible unit: Administration Group. Deadline: October 2024\n"
    "3) Survey stakeholder satisfaction once a year. Responsible unit: Strategy Group. Deadline: August 2025\n"
)


def test_english_lead_in_sentence(tmp_path):
    assert _rows(tmp_path, LEAD_IN) == [
        ("plan", 1, "1) Publish all procurement announcements on the website within three days.",
         ["Procurement Section"], "every month", None, None),
        ("plan", 2, "2) Declare the no-gift policy of the director.", ["Administration Group"], "October 2024",
         "2024-10-01", "2024-10-31"),
        ("plan", 3, "3) Survey stakeholder satisfaction once a year.", ["Strategy Group"], "August 2025",
         "2025-08-01", "2025-08-31"),
    ]

"""Findings in an English analysis report: an indicator line labelled in English ("Indicator 9 Open data: …")
under a weaknesses heading ("Weaknesses", "Areas for improvement") is that indicator's finding, the English
name passed over (finding_cues.INDICATOR_NAMES_EN); a paragraph under an English indicator heading too. The
same labels with only a score give no finding. They gave none. Documents written for this test."""
from __future__ import annotations

from extract import extract_paths

UNIVERSITY = """Integrity and Transparency Assessment (ITA) Fiscal Year 2024
Analysis of the Assessment Results
1. Scores by indicator
Indicator 1 Performance of duties: 95.20
Indicator 9 Open data: 86.10
2. Weaknesses
Indicator 9 Open data: procurement information was not published every month.
Indicator 10 Corruption prevention: the risk assessment did not cover all departments.
"""

# other words: a hospital's English summary, bulleted labels with "No.", a paragraph under a heading
HOSPITAL = """ITA Fiscal Year 2025 - Summary of Results
Areas for improvement
- Indicator No. 7 (Effectiveness of Communication): service users said news of the hospital reached them late.
Indicator 8 Improvement of Work Systems
Patients reported that the appointment system still required visits in person and that waiting times had not been shortened since the previous assessment round.
"""


def _findings(write_report, text):
    [result] = extract_paths([write_report(text)])
    return [(f.indicator, f.tool, f.text, f.where.line) for f in result.findings]


def test_english_labels_under_weaknesses(write_report):
    assert _findings(write_report, UNIVERSITY) == [
        (9, "OIT", "procurement information was not published every month.", 7),
        (10, "OIT", "the risk assessment did not cover all departments.", 8)]


def test_other_labels_and_a_paragraph(write_report):
    assert _findings(write_report, HOSPITAL) == [
        (7, "EIT", "service users said news of the hospital reached them late.", 3),
        (8, "EIT", "Patients reported that the appointment system still required visits in person and that waiting "
                   "times had not been shortened since the previous assessment round.", 5)]

"""A form's grade line whose label itself names the result: "ระดับผลการประเมิน : ผ่านดี" under the lines
"คะแนนรวม ITA : 94.37" / "IIT : 97.80" / …: the grade was lost (a grade line needed the result named
before its cue, and it is not the line right under the overall score). The result word inside the grade's
label counts; a label naming a tool or an indicator still grades no overall score. Wording written for
this test (a probe of another body's form)."""
from pathlib import Path

import pytest

from extract import extract_paths

HEAD = """สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาสุโขทัย
ผลคะแนน ITA ประจำปี 2567
คะแนนรวม ITA               : 94.37
IIT                       : 97.80
EIT                       : 92.61
OIT                       : 93.50
"""


def _overall(tmp_path: Path, text: str):
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    return [(s.fiscal_year, s.score, s.grade) for s in result.scores if s.level == "overall"], result.report.overall_grade


@pytest.mark.parametrize("line", ["ระดับผลการประเมิน          : ผ่านดี", "ระดับผลการประเมิน ผ่านดี"])
def test_grade_line(tmp_path, line):
    assert _overall(tmp_path, HEAD + line + "\n") == ([(2567, 94.37, "ผ่านดี")], "ผ่านดี")


def test_tool_grade_is_no_overall_grade(tmp_path):
    assert _overall(tmp_path, HEAD + "OIT ระดับผลการประเมิน : ผ่านดี\n") == ([(2567, 94.37, None)], None)

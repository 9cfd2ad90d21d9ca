"""A body's overall score stated by a bare score verb or label, on web pages:

- in a sentence that names the result, the verb right before the number with a unit after it:
  "องค์การบริหารส่วนตำบลโพนทอง ได้ 93.12 คะแนน จากการประเมิน ITA … อยู่ในระดับ A" (the result is named after
  the number; it was left out as unclear), "Nong Khai Hospital got 91.20 points in the 2023 ITA";
- under a line announcing the body's ITA result, a line labelled by the score noun alone ("คะแนน 96.35
  คะแนน", a post's card) or a form's label with no unit ("คะแนนที่ได้ : 89.34"): both were unclear.
A count or a respondents' share stays out. Pages written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths


def _read(tmp_path: Path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    return result


@pytest.mark.parametrize("text, expected", [
    ("องค์การบริหารส่วนตำบลโพนทอง ได้ 93.12 คะแนน จากการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 อยู่ในระดับ A\n",
     [(2567, "overall", 93.12, "A")]),
    ("Nong Khai Hospital got 91.20 points in the 2023 ITA.\n", [(2566, "overall", 91.20, None)]),
    ("🎉 ยินดีด้วยค่ะ 🎉\nอบต.บ้านกลาง ได้รับผลการประเมิน ITA ปี 2567\nคะแนน 96.35 คะแนน\nระดับ AA 🏆\n",
     # (a letter badge under a 2567 score is no level of 2567's scale: not attached, GRADE_LINE_OTHER_SCALE)
     [(2567, "overall", 96.35, None)]),
    ("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2566\n"
     "หน่วยงาน : องค์การบริหารส่วนตำบลหนองไผ่\nคะแนนที่ได้ : 89.34\n", [(2566, "overall", 89.34, None)]),
    ("องค์การบริหารส่วนตำบลโพนทอง ได้ 12 รางวัล จากการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567\n", []),
    ("อบต.บ้านกลาง ได้รับผลการประเมิน ITA ปี 2567\nผู้ตอบแบบสอบถามร้อยละ 80.50 เห็นว่าดี\n", []),
])
def test_overall(tmp_path, text, expected):
    result = _read(tmp_path, text)
    assert [(s.fiscal_year, s.level, s.score, s.grade) for s in result.scores] == expected

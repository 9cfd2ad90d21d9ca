"""A level written bare after the overall score, without quotes: "ได้คะแนน ๘๗.๒๕ ผลการประเมิน ผ่าน",
"คะแนนรวม 90.35/100 ผ่านดี", "ได้คะแนน 86.74 คะแนน ผ่าน (เกณฑ์ 85)". The grade was lost (only a quoted
level after a result word was read). Only a level of the score's year counts (a Thai level from 2566; in
2565 "ผ่าน" after a score is the pass flag), and only as a whole word ("ผ่านเกณฑ์" is no level).
Wording written for this test (probe documents of other bodies)."""
from pathlib import Path

import pytest

from extract import extract_paths


def _overall(tmp_path: Path, text: str):
    path = tmp_path / "post.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    return ([(s.fiscal_year, s.score, s.grade) for s in result.scores if s.level == "overall"],
            result.report.overall_grade)


@pytest.mark.parametrize("text, year, score, grade", [
    ("ประกาศองค์การบริหารส่วนตำบลห้วยแก้ว\nเรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
     "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\nองค์การบริหารส่วนตำบลห้วยแก้ว ได้คะแนน ๘๗.๒๕ ผลการประเมิน ผ่าน\n", 2566, 87.25, "ผ่าน"),
    ("สรุปผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566\nเทศบาลตำบลบ้านเหล่า\n"
     "คะแนนรวม 90.35/100 ผ่านดี\n", 2566, 90.35, "ผ่านดี"),
    ("รายงานการวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2566 เทศบาลตำบลบ้านฝาง\n"
     "ปีนี้เทศบาลได้คะแนน 86.74 คะแนน ผ่าน (เกณฑ์ 85)\n", 2566, 86.74, "ผ่าน"),
    ("ผลการประเมิน ITA ปี 2565 เทศบาลตำบลบ้านฝาง ได้คะแนน 92.46 คะแนน A\n", 2565, 92.46, "A"),
])
def test_bare_level(tmp_path, text, year, score, grade):
    assert _overall(tmp_path, text) == ([(year, score, grade)], grade)


@pytest.mark.parametrize("text, year, score", [
    # 2565 graded by letters: "ผ่าน" is the pass flag
    ("ผลการประเมิน ITA ปี 2565 เทศบาลตำบลบ้านฝาง ได้คะแนน 87.25 คะแนน ผ่าน\n", 2565, 87.25),
    # a word that begins with a level's letters
    ("ผลการประเมิน ITA ปี 2566 เทศบาลตำบลบ้านฝาง ได้คะแนน 87.25 คะแนน ผ่านเกณฑ์ที่กำหนด\n", 2566, 87.25),
    ("ผลการประเมิน ITA ปี 2566 เทศบาลตำบลบ้านฝาง ได้คะแนน 87.25 คะแนน ผ่านการประเมิน\n", 2566, 87.25),
])
def test_no_level(tmp_path, text, year, score):
    assert _overall(tmp_path, text) == ([(year, score, None)], None)

"""A page with no title year that states a body's overall score year by year in prose is about the
latest year, as a table of years compared is (tests/test_report_year_of_a_comparison.py): its fiscal
year and overall score were the first year's. A year the page is about with only an earlier result
stated ("เตรียมความพร้อมรับการประเมิน ITA … 2568 หลังจากในปี 2567 ได้ 82.40") stays. Pages written for this
test."""
from pathlib import Path

import pytest

from extract import extract_paths


@pytest.mark.parametrize("text, year, overall, grade", [
    ("โรงพยาบาลสมเด็จพระยุพราชสว่างแดนดิน มีผลการประเมิน ITA ต่อเนื่อง 3 ปี ได้แก่ ปี 2564 ได้ 90.12 คะแนน "
     "ปี 2565 ได้ 92.45 คะแนน และปี 2566 ได้ 95.30 คะแนน\n", 2566, 95.30, None),
    ("โรงพยาบาลบ้านโป่ง ผลการประเมิน ITA\nปีงบประมาณ 2565 ได้คะแนน 85.21 คะแนน ระดับ B\n"
     "ปีงบประมาณ 2566 ได้คะแนน 91.77 คะแนน ระดับ A\n", 2566, 91.77, "A"),
    ("กรมควบคุมโรค ได้คะแนน ITA ปี 2566 เท่ากับ 95.11 คะแนน และปี 2567 เท่ากับ 96.42 คะแนน\n", 2567, 96.42, None),
    ("เทศบาลตำบลหัวทะเล เตรียมความพร้อมรับการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 หลังจากในปี 2567 ได้คะแนน "
     "82.40 คะแนน ระดับ B\n", 2568, None, None),
    ("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 ของเทศบาลตำบลนาดี ได้ 91.10 คะแนน\n"
     "ปี 2567 ตั้งเป้าหมายไว้ที่ 95 คะแนน\n", 2566, 91.10, None),
])
def test_report_year(tmp_path: Path, text, year, overall, grade):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    assert (result.report.fiscal_year, result.report.overall_score, result.report.overall_grade) == (year, overall, grade)

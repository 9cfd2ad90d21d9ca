"""A satisfaction survey's score on a page that names the ITA is not the ITA score: "ส่วนผลสำรวจความพึงพอใจ
ของประชาชน ได้ 92.40 คะแนน", "… ได้ 92.40 คะแนน จากการสำรวจความพึงพอใจ ซึ่งเป็นส่วนหนึ่งของการเตรียมรับการ
ประเมิน ITA …", "scored 92.40% in the satisfaction survey" were recorded as the overall score. The ITA's own
score in the same shape ("ได้ 93.12 คะแนน จากการประเมิน ITA …") stays. Wordings written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths


@pytest.mark.parametrize("text, expected", [
    ("เทศบาลตำบลนาดี เตรียมรับการประเมิน ITA ปี 2567 ส่วนผลสำรวจความพึงพอใจของประชาชน ได้ 92.40 คะแนน", []),
    ("เทศบาลตำบลนาดี ได้ 92.40 คะแนน จากการสำรวจความพึงพอใจ ซึ่งเป็นส่วนหนึ่งของการเตรียมรับการประเมิน ITA ปี 2567",
     []),
    ("The municipality scored 92.40% in the satisfaction survey, ahead of the 2024 ITA.", []),
    ("องค์การบริหารส่วนตำบลโพนทอง ได้ 93.12 คะแนน จากการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 อยู่ในระดับ A",
     [(2567, 93.12)]),
])
def test_satisfaction(tmp_path: Path, text, expected):
    path = tmp_path / "page.txt"
    path.write_text(text + "\n", encoding="utf-8")
    [result] = extract_paths([path])
    assert [(s.fiscal_year, s.score) for s in result.scores] == expected

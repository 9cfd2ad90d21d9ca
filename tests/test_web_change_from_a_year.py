"""A change from a named year, stated right after the year with no result word between ("… ได้คะแนน
91.77 คะแนน ซึ่งเพิ่มขึ้นจากปีที่ผ่านมา 6.56 คะแนน", "สูงกว่าปี 2565 4.10 คะแนน"), is the amount of change,
not the earlier year's score (it was recorded as the previous year's overall score 6.56). With a result
word ("… ที่ได้ 85.21 คะแนน", "ซึ่งได้ …") the number stays that year's score. News wording written for
this test."""
from pathlib import Path

import pytest

from extract import extract_paths

HEAD = "เทศบาลตำบลนาดี ผลการประเมิน ITA ปี 2566 ได้คะแนน 91.77 คะแนน "


def _scores(tmp_path: Path, text: str):
    path = tmp_path / "news.txt"
    path.write_text(text + "\n", encoding="utf-8")
    [result] = extract_paths([path])
    return [(s.fiscal_year, s.level, s.score) for s in result.scores]


@pytest.mark.parametrize("change", ["ซึ่งเพิ่มขึ้นจากปีที่ผ่านมา 6.56 คะแนน", "เพิ่มขึ้นจากปี 2565 6.56 คะแนน",
                                    "สูงกว่าปีที่ผ่านมา 6.56 คะแนน", "สูงขึ้นจากปีงบประมาณ พ.ศ. 2565 6.56 คะแนน"])
def test_the_change_is_no_score(tmp_path, change):
    assert _scores(tmp_path, HEAD + change) == [(2566, "overall", 91.77)]


@pytest.mark.parametrize("earlier", ["สูงกว่าปีที่ผ่านมาที่ได้ 85.21 คะแนน", "เพิ่มขึ้นจากปี 2565 ซึ่งได้ 85.21 คะแนน"])
def test_the_earlier_result_is_that_years_score(tmp_path, earlier):
    assert _scores(tmp_path, HEAD + earlier) == [(2566, "overall", 91.77), (2565, "overall", 85.21)]

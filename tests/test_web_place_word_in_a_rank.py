""""จังหวัด"/"อำเภอ" in a rank or a comparison ("เป็นอันดับ 1 ของอำเภอ ด้วยคะแนน 95.20", "สูงที่สุดในจังหวัด
คะแนนเฉลี่ย …") is followed by the sentence, not by a place: the words after it were the district or
province ("ด้วยคะแนน", "คะแนนเฉลี่ย", "และเป็นอันดับ"). A real place set apart by a space ("อำเภอ เมือง
จังหวัด ขอนแก่น") stays, and a misspelt one glued to its type word is the place it nearly spells. News wording written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths

HEAD = "เทศบาลตำบลนาดี ได้คะแนน ITA ปี 2566 "


@pytest.mark.parametrize("text, district, province", [
    (HEAD + "เป็นอันดับ 1 ของอำเภอ ด้วยคะแนน 95.20 คะแนน", None, None),
    (HEAD + "สูงที่สุดในจังหวัด คะแนนเฉลี่ย 95.20 คะแนน", None, None),
    (HEAD + "95.20 คะแนน สูงที่สุดในจังหวัด และเป็นอันดับ 2 ของภาค", None, None),
    ("เทศบาลตำบลนาดี อำเภอ เมือง จังหวัด ขอนแก่น ได้คะแนน ITA ปี 2566 95.20 คะแนน", "เมืองขอนแก่น", "ขอนแก่น"),
    ("เทศบาลตำบลนาดี อำเภอน้ำพอง จังหวัดขอนแก่น ได้คะแนน ITA ปี 2566 95.20 คะแนน", "น้ำพอง", "ขอนแก่น"),
    # misspelt and glued to its type word: the place it nearly spells (tests/test_place_words_not_places.py)
    ("เทศบาลตำบลนาดี อำเภอน้ำพอ จังหวัดขอนแก่น ได้คะแนน ITA ปี 2566 95.20 คะแนน", "น้ำพอง", "ขอนแก่น"),
])
def test_places(tmp_path: Path, text, district, province):
    path = tmp_path / "news.txt"
    path.write_text(text + "\n", encoding="utf-8")
    [result] = extract_paths([path])
    assert (result.report.district, result.report.province, result.report.overall_score) == (district, province, 95.20)

"""A word after "จังหวัด"/"อำเภอ" that no province or district resembles is the sentence going on, not
a place: "สูงกว่าเป้าหมายที่ทางจังหวัดตั้งไว้" gave province "ตั้งไว้", "ตามเป้าหมายที่อำเภอกำหนด"
district "กำหนด". A misspelt place is the one it nearly spells ("จังหวัดอุดรธาน" → อุดรธานี).
Texts written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths


@pytest.mark.parametrize("text, places", [
    ("เทศบาลตำบลนาดีได้คะแนน ITA ปี 2567 91.20 คะแนน สูงกว่าเป้าหมายที่ทางจังหวัดตั้งไว้", (None, None)),
    ("องค์การบริหารส่วนตำบลหนองแสง ผลการประเมิน ITA ปี 2567 ผ่านเกณฑ์ที่จังหวัดกำหนด", (None, None)),
    ("เทศบาลตำบลนาดี ผลการประเมิน ITA ปี 2567 ได้ 88.00 คะแนน ตามเป้าหมายที่อำเภอกำหนด", (None, None)),
    ("โรงเรียนบ้านนาดี อำเภอกุมภวาปี จังหวัดอุดรธาน ผลการประเมิน ITA ปี 2567", ("กุมภวาปี", "อุดรธานี")),
    ("โรงเรียนบ้านนาดี อำเภอกุมภวาป จังหวัดอุดรธานี ผลการประเมิน ITA ปี 2567", ("กุมภวาปี", "อุดรธานี")),
    ("องค์การบริหารส่วนตำบลโคกสูง อำเภอเมือง จังหวัดขอนแก่่น ผลการประเมิน ITA ปี 2567", ("เมืองขอนแก่น", "ขอนแก่น")),
])
def test_places(tmp_path: Path, text, places):
    path = tmp_path / "page.txt"
    path.write_text(text + "\n", encoding="utf-8")
    [result] = extract_paths([path])
    assert (result.report.district, result.report.province) == places

"""A mean whose group is named before "เฉลี่ย" by a whole-country or whole-group word is a distractor:
"ภาพรวมทั้งประเทศได้คะแนนเฉลี่ย 87.67 คะแนน" (national news; it was recorded as the overall score),
"… อันดับที่ 3 จาก 52 วิทยาลัยทั่วประเทศ ซึ่งมีคะแนนเฉลี่ย 88.75 คะแนน" (it was a second overall score of
the year: SCORE_CONFLICT). A body's own "คะแนนเฉลี่ยทั้ง 3 เครื่องมือ" stays its score. Wordings written for
this test (the second as in tests/variants/u_org2_01_college_rank_2566.txt)."""
from pathlib import Path

import pytest

from extract import extract_paths


def _read(tmp_path: Path, text: str):
    path = tmp_path / "news.txt"
    path.write_text(text + "\n", encoding="utf-8")
    [result] = extract_paths([path])
    return result


@pytest.mark.parametrize("text, expected", [
    ("ป.ป.ช. เผยผลประเมิน ITA ปี 2566 ภาพรวมทั้งประเทศได้คะแนนเฉลี่ย 87.67 คะแนน", []),
    ("วิทยาลัยการอาชีพเขื่องใน ผลการประเมิน ITA 2566 ได้ 93.40 คะแนน ติดอันดับที่ 3 จาก 52 วิทยาลัยทั่วประเทศ "
     "ซึ่งมีคะแนนเฉลี่ย 88.75 คะแนน", [(2566, "overall", 93.40)]),
    ("ผลการประเมิน ITA ปี 2566 ของกรมการขนส่งทางบก ได้ 94.10 คะแนน ขณะที่หน่วยงานทั่วทั้งกระทรวงมีคะแนนเฉลี่ย 90.02",
     [(2566, "overall", 94.10)]),
    ("เทศบาลตำบลนาดี ผลการประเมิน ITA ปี 2566 ได้คะแนนเฉลี่ยทั้ง 3 เครื่องมือ 91.20 คะแนน", [(2566, "overall", 91.20)]),
])
def test_group_mean(tmp_path, text, expected):
    result = _read(tmp_path, text)
    assert [(s.fiscal_year, s.level, s.score) for s in result.scores] == expected
    assert not [c for c in result.checks if c.code == "SCORE_CONFLICT"]

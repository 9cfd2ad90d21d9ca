"""Numbers inside a web address are parts of it, not values: the source line of a news page
"ที่มา..https://itas.nacc.go.th/report/rpt0306?Year=2020&SortBy=1&MinistryId=1&pageNo=1คะแนนโหวต :" (as in
real-web/010) gave 'SortBy=1', 'pageNo=1' … as overall scores of 1 ('=' is a score cue): a record of its
own, or SCORE_CONFLICT warnings against the real score. Pages written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths


@pytest.mark.parametrize("text", [
    "ผลการประเมิน ITA ปี 2566 กรมประชาสัมพันธ์ได้ 86.48 คะแนน\n"
    "ที่มา..https://itas.nacc.go.th/report/rpt0306?Year=2020&SortBy=1&MinistryId=1&pageNo=1คะแนนโหวต :\n",
    "ผลการประเมิน ITA ปี 2566 กรมประชาสัมพันธ์ได้ 86.48 คะแนน ดูรายละเอียดที่ www.example.go.th/ita/92.50\n",
])
def test_only_the_score(tmp_path: Path, text):
    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    assert [(s.fiscal_year, s.level, s.score) for s in result.scores] == [(2566, "overall", 86.48)]
    assert not [c for c in result.checks if c.code in ("SCORE_CONFLICT", "SCORE_ROLE_UNCLEAR")]

"""A 2-digit year right after "ITA" with no "ปี" ("ITA'67", "ITA ’67", "ITA ๖๖"): the assessment's year, as
"ITA ปี 67" is (normalize/dates.py): the post had no fiscal year and its score no year. A number after
"ITA" that reads as a score (after a score word, with decimals or a unit) or is no assessment year stays
what it was. Posts written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths
from normalize.dates import find_years

PROVINCIAL = """สำนักงานสาธารณสุขจังหวัดพะเยา
ข่าวประชาสัมพันธ์
สสจ.พะเยา ผ่านการประเมิน ITA'67 ระดับ AA
ผลการประเมิน ITA ภาพรวมของสำนักงานสาธารณสุขจังหวัดพะเยา ได้ 96.50 คะแนน
"""

# other words: Thai digits, a typographic apostrophe, the score on the same line
HEALTH_CENTRE = """โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดง อำเภอเมือง จังหวัดลำปาง
ผลการประเมิน ITA ’๖๖ ได้ ๙๑.๒๕ คะแนน ระดับ A
"""


@pytest.mark.parametrize("text, expected", [
    (PROVINCIAL, ([("overall", None, None, 96.5, "AA", 2567)], 2567)),
    (HEALTH_CENTRE, ([("overall", None, None, 91.25, "A", 2566)], 2566)),
])
def test_ita_short_year(tmp_path: Path, text, expected):
    path = tmp_path / "post.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    assert ([(s.level, s.tool, s.indicator, s.score, s.grade, s.fiscal_year) for s in result.scores],
            result.report.fiscal_year) == expected


@pytest.mark.parametrize("text, years", [
    ("ITA'67", [2567]), ("ITA ๖๖", [2566]), ("ITA 2566", [2566]),
    ("คะแนน ITA 66", []), ("ITA 66 คะแนน", []), ("ITA 66.50", []), ("ITA 85", []), ("ITA 10 ตัวชี้วัด", []),
])
def test_years_after_ita(text, years):
    assert find_years(text) == years

"""The two EIT parts (2568) stated in one sentence: "แบบวัด EIT ส่วนที่ ๑ ได้ ๙๒.๕๐ ส่วนที่ ๒ ได้ ๙๑.๗๐".
The second score was read with the first one's subject (EIT part 1), which gave a SCORE_CONFLICT and
lost part 2; in English ("part 2 scored 91.70") the score verb made it an overall score. A part named
after an EIT part's score is that tool's part; "และส่วนที่ 2" (a conjunction glued to the label) is
the part's label, not a number that ends the sentence's subject. Wording written for this test
(also tests/variants/u_probeb_eit_parts_one_line_2568)."""
from pathlib import Path

import pytest

from extract import extract_paths

HEAD = "ผลการประเมิน ITA ปี 2568 เทศบาลตำบลท่าข้าม ได้คะแนนรวม 94.02 คะแนน\n"


def _records(tmp_path: Path, text: str):
    path = tmp_path / "post.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    return ([(s.fiscal_year, s.level, s.tool, s.part, s.score) for s in result.scores],
            sorted(c.code for c in result.checks if c.code == "SCORE_CONFLICT"))


@pytest.mark.parametrize("line", [
    "แบบวัด EIT ส่วนที่ ๑ ได้ ๙๒.๕๐ ส่วนที่ ๒ ได้ ๙๑.๗๐",
    "แบบวัด EIT ส่วนที่ 1 ได้ 92.50 คะแนน และส่วนที่ 2 ได้ 91.70 คะแนน",
    "แบบวัด EIT (ส่วนที่ 1 : 92.50, ส่วนที่ 2 : 91.70)",
    "EIT part 1 scored 92.50 and part 2 scored 91.70.",
])
def test_second_part(tmp_path, line):
    assert _records(tmp_path, HEAD + line + "\n") == ([
        (2568, "overall", None, None, 94.02), (2568, "tool", "EIT", 1, 92.50), (2568, "tool", "EIT", 2, 91.70)], [])


def test_part_before_overall_is_no_overall(tmp_path):
    text = "ผลการประเมิน ITA ปี 2568 เทศบาลตำบลท่าข้าม\nEIT part 1 scored 92.50 and part 2 scored 91.70. The overall ITA score was 94.02.\n"
    scores, _ = _records(tmp_path, text)
    assert sorted(scores, key=lambda s: s[4]) == [
        (2568, "tool", "EIT", 2, 91.70), (2568, "tool", "EIT", 1, 92.50), (2568, "overall", None, None, 94.02)]

"""Web announcements that state a body's overall ITA score year by year, or name the year short.

- "ปีงบประมาณ 66" (a 2-digit year after ปีงบประมาณ / พ.ศ.) names a year: it is not a value that cuts
  the sentence, so "ผลการประเมิน ITA ปีงบประมาณ 66 ของเทศบาล… ได้ 87.56 คะแนน" is the overall score
  (it was left out as unclear: the subject "ผลการประเมิน ITA" stood before the "66").
- Lines each stating one year's score under a line announcing the body's ITA result ("ปี 2564 ได้
  80.10 คะแนน" / "ปี 2565 …" / "ปี 2566 …"): every line is an overall score of its year (the third was
  left out as unclear: the announcement was more than two lines above, and a year alone before the
  score verb did not count as a clause about the body).
Pages written for this test."""
from pathlib import Path

from extract import extract_paths


def _read(tmp_path: Path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    return result


def _scores(result):
    return [(s.fiscal_year, s.level, s.score, s.grade) for s in result.scores]


def test_a_short_fiscal_year_does_not_cut_the_sentence(tmp_path):
    result = _read(tmp_path, "ผลการประเมิน ITA ปีงบประมาณ 66 ของเทศบาลเมืองกระบี่ ได้ 87.56 คะแนน ผ่านเกณฑ์การประเมิน\n")
    assert (result.report.organization, result.report.fiscal_year, result.report.overall_score) == \
        ("เทศบาลเมืองกระบี่", 2566, 87.56)
    assert _scores(result) == [(2566, "overall", 87.56, None)]
    assert not [c for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"]


def test_a_short_year_after_the_score_verb(tmp_path):
    result = _read(tmp_path, "เทศบาลตำบลหนองแค ได้คะแนน ITA พ.ศ. ๖๗ เท่ากับ ๙๑.๑๐ คะแนน ระดับ A\n")
    assert _scores(result) == [(2567, "overall", 91.10, "A")]


def test_every_line_of_a_list_of_years_is_an_overall_score(tmp_path):
    result = _read(tmp_path, "ผลการประเมิน ITA ของ อบต.นาโพธิ์\n"
                             "ปี 2564 ได้ 80.10 คะแนน\n"
                             "ปี 2565 ได้ 84.20 คะแนน\n"
                             "ปี 2566 ได้ 90.30 คะแนน ระดับ A\n")
    assert _scores(result) == [(2564, "overall", 80.10, None), (2565, "overall", 84.20, None),
                               (2566, "overall", 90.30, "A")]
    assert not [c for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"]


def test_fiscal_year_lines_under_the_heading(tmp_path):
    result = _read(tmp_path, "โรงพยาบาลบ้านโป่ง ผลการประเมิน ITA\n"
                             "ปีงบประมาณ 2565 ได้คะแนน 85.21 คะแนน ระดับ B\n"
                             "ปีงบประมาณ 2566 ได้คะแนน 91.77 คะแนน ระดับ A\n")
    assert _scores(result) == [(2565, "overall", 85.21, "B"), (2566, "overall", 91.77, "A")]


def test_the_list_ends_at_a_line_about_something_else(tmp_path):
    result = _read(tmp_path, "ผลการประเมิน ITA ของ อบต.นาโพธิ์\n"
                             "ปี 2565 ได้ 84.20 คะแนน\n"
                             "ปี 2566 ได้ 90.30 คะแนน\n"
                             "ผู้เข้าอบรมได้คะแนนแบบทดสอบหลังอบรมเฉลี่ย 78.50 คะแนน\n"
                             "ในปี 2567 ได้ 70.25 คะแนน\n")
    assert _scores(result) == [(2565, "overall", 84.20, None), (2566, "overall", 90.30, None)]

"""News of a change in the ITA result, in wording no seed or real page has:

- a change by an amount, then the level it came to ("The municipality's ITA score rose by 2.35 points to
  92.10", "คะแนน ITA ของเทศบาลเพิ่มขึ้น 2.35 คะแนน มาอยู่ที่ 92.10 คะแนน"): the level is the result of the
  subject named before the change (it was left out as naming no subject); the amount is never a score;
- two results listed each with its year and no unit ("scored 94.20 last year and 96.50 this year", "received
  88.00 in 2022 and 91.40 in 2023"): the second is the same subject's of its year (it was a plain number);
- "ลดลงจาก X คะแนนเหลือเพียง Y คะแนน" (Y was read as another evaluation's named "ลดลงจาก…") and "ในปีก่อนได้ X
  ปีนี้ขยับขึ้นเป็น Y" (X was read as a count of years by "ปี" after it): X the year before's, Y this year's; X
  with no year stated is left out as unclear.
"""
import pytest

from extract import extract_paths

from .conftest import unclear_scores

BAN_PHAI = "Ban Phai Town Municipality\nITA 2024 results announced\n"
NONG_SUNG = "เทศบาลตำบลโนนสูง\nข่าวผลการประเมิน ITA ประจำปีงบประมาณ 2567\n"


@pytest.mark.parametrize("line, tool", [
    ("The municipality's ITA score rose by 2.35 points to 92.10 in fiscal year 2024.", None),
    ("Our ITA score increased by 2.35 points to 92.10 this year.", None),
    ("The OIT score went up by 2.35 points, reaching 92.10.", "OIT"),
])
def test_english_change_by_then_the_level(score_rows, line, tool):
    level = "tool" if tool else "overall"
    assert score_rows(BAN_PHAI + line) == [(level, tool, None, 92.1, None, 2567)]


@pytest.mark.parametrize("line", ["คะแนน ITA ของเทศบาลเพิ่มขึ้น 3.30 คะแนน มาอยู่ที่ 93.40 คะแนน",
                                  "ผลการประเมิน ITA ปีนี้สูงขึ้น 3.30 คะแนน เป็น 93.40 คะแนน"])
def test_thai_change_by_then_the_level(score_rows, report_of, line):
    assert score_rows(NONG_SUNG + line) == [("overall", None, None, 93.4, None, 2567)]
    assert report_of(NONG_SUNG + line).overall_score == 93.4


@pytest.mark.parametrize("text", [BAN_PHAI + "The ITA score improved by 3.85 points from 90.25 to 94.10.",
                                  NONG_SUNG + "คะแนน ITA เพิ่มขึ้น 3.85 คะแนนจาก 90.25 เป็น 94.10 คะแนน"])
def test_change_by_then_from_and_to(tmp_path, text):
    """The level it came from has no year stated: left out as unclear; the level it came to is the year's."""
    page = tmp_path / "news.txt"
    page.write_text(text + "\n", encoding="utf-8")
    [result] = extract_paths([page])
    assert [(s.level, s.score, s.fiscal_year) for s in result.scores] == [("overall", 94.1, 2567)]
    assert [(line, "90.25" in source) for line, source, _ in unclear_scores(result)] == [(3, True)]


def test_a_change_alone_stays_out(score_rows):
    assert score_rows(BAN_PHAI + "Compared with the previous year, the ITA score rose by 2.35 points.") == []


@pytest.mark.parametrize("line, rows", [
    ("The hospital scored 94.20 last year and 96.50 this year in the ITA.", [(2566, 94.2), (2567, 96.5)]),
    ("In the ITA the municipality received 88.00 in 2023 and 91.40 in 2024.", [(2566, 88.0), (2567, 91.4)]),
    ("Its ITA result was 90.05 in the previous year, while 93.75 this year.", [(2566, 90.05), (2567, 93.75)]),
])
def test_two_results_listed_with_their_years(score_rows, report_of, line, rows):
    assert score_rows(BAN_PHAI + line) == [("overall", None, None, v, None, y) for y, v in rows]
    assert report_of(BAN_PHAI + line).overall_score == rows[-1][1]


def test_a_number_listed_without_its_own_year_stays_out(score_rows):
    assert score_rows(BAN_PHAI + "The hospital scored 94.20 last year and 12 staff joined this year.") == \
        [("overall", None, None, 94.2, None, 2566)]
    # a count received is no result ("received", "achieved" state a score written with two decimals)
    assert score_rows(BAN_PHAI + "In the ITA year the office received 45 complaints and resolved 43.") == []


def test_fell_from_to_only(tmp_path):
    page = tmp_path / "school.txt"
    page.write_text("โรงเรียนบ้านโคกสี\nผลการประเมิน ITA ปี 2566\n"
                    "ผลการประเมินลดลงจาก 89.60 คะแนนเหลือเพียง 86.10 คะแนน\n", encoding="utf-8")
    [result] = extract_paths([page])
    assert [(s.level, s.score, s.fiscal_year) for s in result.scores] == [("overall", 86.1, 2566)]
    assert result.report.overall_score == 86.1
    assert [(line, "89.60" in source) for line, source, _ in unclear_scores(result)] == [(3, True)]


@pytest.mark.parametrize("line", ["ผลการประเมินของ อบต. ในปีก่อนได้ 85.50 ปีนี้ขยับขึ้นเป็น 88.20 คะแนน",
                                  "คะแนน ITA ปีที่แล้วได้ 85.50 ปีปัจจุบันเพิ่มเป็น 88.20"])
def test_year_before_then_this_year(score_rows, line):
    text = "องค์การบริหารส่วนตำบลหนองเรือ\nผลการประเมิน ITA ปี 2566\n" + line
    assert score_rows(text) == [("overall", None, None, 85.5, None, 2565), ("overall", None, None, 88.2, None, 2566)]


@pytest.mark.parametrize("line", ["The ITA score was 94.10, up from 90.25 the year before.",
                                  "Its ITA result reached 94.10; the year before it was 90.25."])
def test_the_year_before_names_the_earlier_year(score_rows, line):
    assert score_rows(BAN_PHAI + line) == [("overall", None, None, 94.1, None, 2567),
                                           ("overall", None, None, 90.25, None, 2566)]


def test_the_year_before_last_is_not_the_year_before(tmp_path):
    page = tmp_path / "news.txt"
    page.write_text(BAN_PHAI + "The ITA score was 94.10, up from 90.25 the year before last.\n", encoding="utf-8")
    [result] = extract_paths([page])
    assert [(s.score, s.fiscal_year) for s in result.scores] == [(94.1, 2567)]
    assert [(line, "90.25" in source) for line, source, _ in unclear_scores(result)] == [(3, True)]

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pythainlp.util.date import thai_abbr_months, thai_full_months

from normalize.dates import Period, find_years, fiscal_year_bounds, parse_date, parse_period
from normalize.digits import THAI_DIGITS

from .samples import TABLE_FY, gold

D = date
ARABIC_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)


@pytest.mark.parametrize("text, fy, start, end", [
    # ranges of months
    ("ต.ค.๖๔-ก.ย.๖๕", None, D(2021, 10, 1), D(2022, 9, 30)),
    ("ต.ค. 2564 – ก.ย. 2565", None, D(2021, 10, 1), D(2022, 9, 30)),
    ("ตค.๖๔ - กย.๖๕", None, D(2021, 10, 1), D(2022, 9, 30)),
    ("ตุลาคม ๒๕๖๕ - มีนาคม ๒๕๖๖", None, D(2022, 10, 1), D(2023, 3, 31)),
    ("(เดือนตุลาคม ๒๕๖๕ - มีนาคม ๒๕๖๖)", None, D(2022, 10, 1), D(2023, 3, 31)),
    ("ม.ค.-มี.ค. ๒๕๖๕", None, D(2022, 1, 1), D(2022, 3, 31)),  # the year on the end applies to both
    ("พ.ย.-ม.ค. ๒๕๖๕", None, D(2021, 11, 1), D(2022, 1, 31)),  # start month later: year before
    ("ตุลาคม ๒๕๖๕ - มีนาคม", None, D(2022, 10, 1), D(2023, 3, 31)),  # the start's year carries on
    ("ธันวาคม ๒๕๖๔-เดือน มีนาคม", None, D(2021, 12, 1), D(2022, 3, 31)),
    ("ม.ค.-มี.ค.", 2566, D(2023, 1, 1), D(2023, 3, 31)),
    ("ต.ค.-ธ.ค.", 2566, D(2022, 10, 1), D(2022, 12, 31)),
    # deadlines
    ("ภายในเดือนมกราคม ๒๕๖๕", None, None, D(2022, 1, 31)),
    ("ภายในเดือนธันวาคม ๒๕๖๔", None, None, D(2021, 12, 31)),
    ("ภายในเดือนมกราคม", 2566, None, D(2023, 1, 31)),
    ("ภายในเดือนธันวาคม", 2566, None, D(2022, 12, 31)),  # Oct-Dec belong to FY-1
    ("ภายในวันที่ ๓๐ กันยายน ๒๕๖๕", None, None, D(2022, 9, 30)),
    ("ภายในปีงบประมาณ ๒๕๖๕", None, None, D(2022, 9, 30)),
    # quarters (Q1 = Oct-Dec of FY-1)
    ("ไตรมาสที่ ๒", 2565, D(2022, 1, 1), D(2022, 3, 31)),
    ("ไตรมาสที่ ๑", 2565, D(2021, 10, 1), D(2021, 12, 31)),
    ("เริ่มไตรมาสที่ ๓", 2565, D(2022, 4, 1), None),
    ("ภายในไตรมาสที่ ๓", 2565, None, D(2022, 6, 30)),
    ("ไตรมาสที่ ๑-๔", 2565, D(2021, 10, 1), D(2022, 9, 30)),
    ("ไตรมาส ๒-๓", 2565, D(2022, 1, 1), D(2022, 6, 30)),
    ("ไตรมาสที่ 4", 2565, D(2022, 7, 1), D(2022, 9, 30)),
    ("ไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๖", 2565, D(2023, 1, 1), D(2023, 3, 31)),  # stated year wins
    # whole fiscal years
    ("ตลอดปีงบประมาณ พ.ศ.๒๕๖๘", None, D(2024, 10, 1), D(2025, 9, 30)),
    ("ตลอด ปีงบประมาณ (พ.ศ.) ๒๕๖๙", None, D(2025, 10, 1), D(2026, 9, 30)),
    ("ปีงบประมาณ ๒๕๖๕", None, D(2021, 10, 1), D(2022, 9, 30)),
    ("ปีงบประมาณ 2565", 2560, D(2021, 10, 1), D(2022, 9, 30)),
    ("ปีงบประมาณ พ.ศ. ๒๕๖๕ - ๒๕๖๗", None, D(2021, 10, 1), D(2024, 9, 30)),
    ("ตลอดปีงบประมาณ", 2565, D(2021, 10, 1), D(2022, 9, 30)),
    ("<p>ตลอด ปีงบประมาณ</p>", 2565, D(2021, 10, 1), D(2022, 9, 30)),
    ("ตลอดปี", 2565, D(2021, 10, 1), D(2022, 9, 30)),
    ("ทุกเดือน", 2565, D(2021, 10, 1), D(2022, 9, 30)),
    # full dates
    ("๘ ตุลาคม พ.ศ.๒๕๖๔", None, D(2021, 10, 8), D(2021, 10, 8)),
    ("1 ต.ค. 64 - 30 ก.ย. 65", None, D(2021, 10, 1), D(2022, 9, 30)),
    ("ตั้งแต่ 1 ตุลาคม 2564 ถึง 31 มีนาคม 2565", None, D(2021, 10, 1), D(2022, 3, 31)),
    ("ตั้งแต่เดือนตุลาคม 2564 เป็นต้นไป", None, D(2021, 10, 1), None),
    ("ตุลาคม ค.ศ. 2021", None, D(2021, 10, 1), D(2021, 10, 31)),
    # days ranged or listed before one month: the first day starts the period (it was the last day alone)
    ("15-20 ธ.ค. 2567", None, D(2024, 12, 15), D(2024, 12, 20)),
    ("ระหว่างวันที่ ๑๐ – ๑๒ มิถุนายน ๒๕๖๘", None, D(2025, 6, 10), D(2025, 6, 12)),
    ("วันที่ 5 และ 12 มี.ค.", 2568, D(2025, 3, 5), D(2025, 3, 12)),
    ("๕, ๑๒, ๑๙ มีนาคม ๖๘", None, D(2025, 3, 5), D(2025, 3, 19)),
    ("28 ก.พ. - 3 มี.ค. 68", None, D(2025, 2, 28), D(2025, 3, 3)),
    # "ปีงบ" right before its year, no dot (it was no period)
    ("ปีงบ 68", None, D(2024, 10, 1), D(2025, 9, 30)),
    ("ภายในปีงบ ๒๕๖๘", None, None, D(2025, 9, 30)),
    # a school's academic year and terms, whole months (they were no period)
    ("ปีการศึกษา 2567", 2568, D(2024, 5, 1), D(2025, 3, 31)),
    ("ภาคเรียนที่ 1/2567", None, D(2024, 5, 1), D(2024, 10, 31)),
    ("ภาคเรียนที่ ๒ ปีการศึกษา ๒๕๖๗", None, D(2024, 11, 1), D(2025, 3, 31)),
    ("ภาคเรียนที่ 1/2567 - 2/2567", None, D(2024, 5, 1), D(2025, 3, 31)),
    ("ภายในภาคเรียนที่ 1/68", None, None, D(2025, 10, 31)),
    ("ตลอดปีการศึกษา 2568", None, D(2025, 5, 1), D(2026, 3, 31)),
    # months win over the term they are in
    ("ภาคเรียนที่ 1 (มิ.ย.-ส.ค. 67)", None, D(2024, 6, 1), D(2024, 8, 31)),
])
def test_parse_period(text, fy, start, end):
    assert parse_period(text, fy) == Period(start, end)


@pytest.mark.parametrize("text", ["ตลอดปีงบประมาณ", "ตลอดปี", "ทุกเดือน", "ไตรมาสที่ ๒", "ภายในเดือนมกราคม"])
def test_yearless_text_needs_the_context_year(text):
    assert parse_period(text) == Period(None, None)
    assert parse_period(text, 2565) != Period(None, None)


@pytest.mark.parametrize("text", [
    "", "   ", "ดำเนินการแล้ว", "ก.พ.ร. 2565", "พยาบาล 2565", "ผู้รับผิดชอบ ก.ค.ศ.", "2565",
    "31 กันยายน 2565",  # no such day
    "ภาคการศึกษาที่ 1/2567",  # a university's term: its own calendar
    "งบ 68 ล้านบาท",
])
def test_parse_period_unparseable(text):
    assert parse_period(text, None) == Period(None, None)


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_in_every_spelling(month):
    first = D(2022, month, 1)
    last = D(2022, month, calendar.monthrange(2022, month)[1])
    abbr = thai_abbr_months[month - 1]
    spellings = [thai_full_months[month - 1], abbr, abbr.replace(".", ""), abbr.replace(".", ". ")]
    for name in spellings:
        for year in ("2565", "2565".translate(ARABIC_TO_THAI), "พ.ศ. 2565", "พ.ศ.๒๕๖๕", "65"):
            assert parse_period(f"{name} {year}") == Period(first, last), (name, year)


def test_gold_timeframes_give_gold_periods():
    checked = 0
    for stem, fy in TABLE_FY.items():
        for measure in gold(stem)["measures"]:
            if measure["timeframe"] is None:
                continue
            start, end = parse_period(measure["timeframe"], fy)
            got = (start and start.isoformat(), end and end.isoformat())
            assert got == (measure["period_start"], measure["period_end"]), measure["timeframe"]
            checked += 1
    assert checked == 25


def test_fiscal_year_bounds():
    assert fiscal_year_bounds(2565) == (D(2021, 10, 1), D(2022, 9, 30))
    assert fiscal_year_bounds(2569) == (D(2025, 10, 1), D(2026, 9, 30))


@pytest.mark.parametrize("text, expected", [
    ("๘ ตุลาคม พ.ศ.๒๕๖๔", D(2021, 10, 8)),
    ("วันที่ ๑๑ พฤษภาคม ๒๕๖๔", D(2021, 5, 11)),
    ("ประกาศ ณ วันที่ 1 ต.ค. 64", D(2021, 10, 1)),
    ("8 ตุลาคม 2021", D(2021, 10, 8)),  # a Gregorian year is not read as B.E.
    ("29 กพ 2567", D(2024, 2, 29)),
    ("ตุลาคม 2564", None),  # no day
    ("31 กันยายน 2565", None),
    ("", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, years", [
    ("พ.ศ.๒๕๖๔", [2564]),
    ("๒๕๖๔", [2564]),
    ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ รอบ ๖ เดือน", [2565]),
    ("ปีงบประมาณ ๖๖", [2566]),
    ("ปีงบ 68", [2568]),
    ("พ.ศ. 65", [2565]),
    ("ผลการประเมิน ปี 2022 และ 2023", [2565, 2566]),
    ("แผน (พ.ศ. ๒๕๖๕-๒๕๖๘)", [2565, 2568]),
    ("ปี ๒๕๖๓ และ ๒๕๖๔ และอีกครั้ง ๒๕๖๓", [2563, 2564, 2563]),
    ("พ.ศ. ๓๐๐๐ จำนวน 1,234 คน 2564.5 คะแนน ๙๓.๘๗", []),
    ("ร้อยละ ๘๐ ของ ๑๐๐ คน", []),
    ("", []),
])
def test_find_years(text, years):
    assert find_years(text) == years


THAI_DATEISH = st.lists(st.sampled_from(
    list("กขคตพมยศธสปีเแโไะาิ์่้ .-–()") + list("0123456789๐๑๒๓๔๕๖๗๘๙")
    + ["ตุลาคม", "ม.ค.", "ก.ย.", "ไตรมาสที่", "ปีงบประมาณ", "พ.ศ.", "ภายใน", "เริ่ม", "ตลอด", "ถึง", "<p>", "ปีการศึกษา",
       "ภาคเรียนที่", "ปีงบ", "/"]
), max_size=25).map("".join)


@pytest.mark.slow
@given(st.text(), st.none() | st.integers(min_value=-10**6, max_value=10**6))
def test_parse_period_never_raises(text, fy):
    result = parse_period(text, fy)
    assert isinstance(result, Period)


@given(THAI_DATEISH, st.none() | st.integers(min_value=2400, max_value=2700))
def test_parse_period_never_raises_on_date_like_thai(text, fy):
    start, end = parse_period(text, fy)
    assert start is None or isinstance(start, D)
    assert end is None or isinstance(end, D)
    find_years(text)
    parse_date(text)


@given(st.integers(min_value=2400, max_value=2700), st.integers(min_value=1, max_value=12))
def test_month_year_gives_the_whole_month(year_be, month):
    year = year_be - 543
    assert parse_period(f"{thai_full_months[month - 1]} {year_be}") == Period(
        D(year, month, 1), D(year, month, calendar.monthrange(year, month)[1]))


@given(st.integers(min_value=2450, max_value=2650))
def test_quarters_tile_the_fiscal_year(fy):
    quarters = [parse_period(f"ไตรมาสที่ {q}", fy) for q in range(1, 5)]
    assert (quarters[0].start, quarters[-1].end) == fiscal_year_bounds(fy)
    for before, after in zip(quarters, quarters[1:]):
        assert (after.start - before.end).days == 1


def test_dates_written_in_numbers():
    from normalize.dates import parse_period
    assert parse_period("๑/๑๐/๒๕๖๗ - ๓๐/๙/๒๕๖๘") == (date(2024, 10, 1), date(2025, 9, 30))
    assert parse_period("15/01/68-31/03/68") == (date(2025, 1, 15), date(2025, 3, 31))
    assert parse_period("ภายใน 28/02/2568") == (None, date(2025, 2, 28))
    assert parse_period("ดำเนินการตามข้อ 2/3 ของแผน") == (None, None)  # no year: no date


def test_a_signing_date_written_in_numbers():
    assert parse_date("ประกาศ ณ วันที่ ๑๕/๑๑/๒๕๖๖") == date(2023, 11, 15)
    assert parse_date("ตามข้อ 1/2") is None


def test_english_months():
    from datetime import date

    from normalize.dates import parse_date, parse_period
    assert parse_period("Oct 2024 - Sep 2025") == (date(2024, 10, 1), date(2025, 9, 30))
    assert parse_period("Sept. 2025") == (date(2025, 9, 1), date(2025, 9, 30))
    assert parse_period("15 March 2025") == (date(2025, 3, 15), date(2025, 3, 15))
    assert parse_date("Dated 15 January 2025") == date(2025, 1, 15)
    assert parse_period("may 2025") == (None, None)  # lower-case "may" is a word
    assert parse_period("Marketing 2025") == (None, None)  # a word that begins with a month's letters

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.digits import be_year, find_numbers, parse_number, thai_to_arabic

DIGITS = st.text(alphabet="0123456789๐๑๒๓๔๕๖๗๘๙.,- กขพศ", max_size=40)


def test_thai_to_arabic_maps_every_thai_digit():
    assert thai_to_arabic("๐๑๒๓๔๕๖๗๘๙") == "0123456789"


def test_thai_to_arabic_leaves_other_characters():
    assert thai_to_arabic("ประจำปีงบประมาณ พ.ศ.๒๕๖๕ (ITA) 12") == "ประจำปีงบประมาณ พ.ศ.2565 (ITA) 12"
    assert thai_to_arabic("") == ""


@pytest.mark.parametrize("text, value", [
    ("๙๓.๘๗", 93.87),
    ("ร้อยละ ๘๒.๒๐", 82.2),
    ("๑๐๐", 100.0),
    ("1,234.50", 1234.5),
    ("๒๕๖7", 2567.0),
    ("ผลคะแนน ๙๙.๔๙ คะแนน", 99.49),
    ("ข้อ ๓ ได้ ๙๕.๐๐", 3.0),  # the first number, not the largest
    ("๑. จัดทำ", 1.0),  # a numbering dot is not a decimal point
    ("๑,๒๓๔", 1234.0),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "ไม่มีตัวเลข", "ก.ย.", ",."])
def test_parse_number_none(text):
    assert parse_number(text) is None


def test_find_numbers_offsets_are_in_the_original_text():
    text = "IIT ๙๙.๔๙ EIT 82.20 รวม ๑,๒๓๔"
    found = find_numbers(text)
    assert [v for v, _, _ in found] == [99.49, 82.2, 1234.0]
    assert [text[s:e] for _, s, e in found] == ["๙๙.๔๙", "82.20", "๑,๒๓๔"]


def test_find_numbers_thousands_need_three_digit_groups():
    assert [v for v, _, _ in find_numbers("1,2 และ 12,3456")] == [1.0, 2.0, 12.0, 3456.0]


@pytest.mark.parametrize("value, be", [
    (64, 2564), (0, 2500), (99, 2599),  # two digits: 25xx
    (2021, 2564), (1990, 2533), (2100, 2643),  # AD
    (2564, 2564), (2600, 2600), (150, 150), (1989, 1989),  # already BE / not a year
])
def test_be_year(value, be):
    assert be_year(value) == be


@given(DIGITS)
def test_find_numbers_tokens_parse_back_to_their_value(text):
    for value, start, end in find_numbers(text):
        assert float(thai_to_arabic(text[start:end]).replace(",", "")) == value
        assert parse_number(text[start:]) == value


@given(st.text())
def test_thai_to_arabic_keeps_length_and_non_digits(text):
    out = thai_to_arabic(text)
    assert len(out) == len(text)
    assert all(a == b or "๐" <= a <= "๙" for a, b in zip(text, out))

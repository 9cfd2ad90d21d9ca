"""More lists before "ตามลำดับ" / "respectively" (see test_score_respectively.py): they take the tools or indicators named before them in
order (score_roles._respectively); a list whose subjects do not match in number, or whose numbers are
weights or changes, stays as it was read."""
from __future__ import annotations

import pytest

from extract.parse.score_roles import read_sentence


def _read(text: str):
    reading = read_sentence(text, 2568, 2568)
    return [(s.level, s.tool, s.indicator, s.value) for s in reading.statements], [u.value for u in reading.unclear]


def test_tools_respectively():
    assert _read("แบบวัด IIT EIT และ OIT ได้คะแนน 95.10, 88.20 และ 97.35 ตามลำดับ") == (
        [("tool", "IIT", None, 95.1), ("tool", "EIT", None, 88.2), ("tool", "OIT", None, 97.35)], [])


def test_indicators_respectively_other_words():
    assert _read("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้คะแนน ๑๐๐ และ ๙๕.๕๐ คะแนน ตามลำดับ") == (
        [("indicator", "OIT", 9, 100.0), ("indicator", "OIT", 10, 95.5)], [])


def test_english_respectively():
    assert _read("Its IIT and EIT scores were 96.40 and 90.15 points respectively.") == (
        [("tool", "IIT", None, 96.4), ("tool", "EIT", None, 90.15)], [])


@pytest.mark.parametrize("text", [
    "แบบวัด IIT EIT และ OIT ได้คะแนน 95.10 และ 88.20 ตามลำดับ",  # three named, two numbers
    "IIT EIT และ OIT มีน้ำหนักร้อยละ 30, 30 และ 40 ตามลำดับ",  # weights
    "คะแนน IIT และ EIT ลดลง 2.10 และ 1.50 คะแนน ตามลำดับ",  # changes
])
def test_lists_that_do_not_pair_stay_unread(text):
    statements, _ = _read(text)
    assert statements == []

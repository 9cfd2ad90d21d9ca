"""Subjects listed, then as many scores, then "ตามลำดับ" (respectively): "คะแนนแบบวัด IIT, EIT และ OIT เท่ากับ
97.10, 94.05 และ 98.00 คะแนน ตามลำดับ". Each score is the subject at its place (schemas/score_cues.RESPECTIVELY);
they were left out as unclear (several tools named). As many tool codes or indicator references as scores,
each once, or nothing changes. Reports written for this test."""
from pathlib import Path

from extract import extract_paths

HOSPITAL = """โรงพยาบาลพระนครศรีอยุธยา
ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนนภาพรวม 96.52 คะแนน อยู่ในระดับ AA
โดยคะแนนแบบวัด IIT, EIT และ OIT เท่ากับ 97.10, 94.05 และ 98.00 คะแนน ตามลำดับ
"""

# other words: indicators, Thai digits, a unit after each score
PAO = """องค์การบริหารส่วนจังหวัดกาฬสินธุ์
ผลการประเมิน ITA ปีงบประมาณ ๒๕๖๖
ตัวชี้วัดที่ ๙ และตัวชี้วัดที่ ๑๐ ได้คะแนน ๙๕.๐๐ คะแนน และ ๘๗.๕๐ คะแนน ตามลำดับ
"""


def _read(tmp_path: Path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = extract_paths([path])
    return ([(s.level, s.tool, s.indicator, s.score, s.grade, s.fiscal_year) for s in result.scores],
            len([c for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"]))


def test_tools_respectively(tmp_path: Path):
    assert _read(tmp_path, HOSPITAL) == ([
        ("overall", None, None, 96.52, "AA", 2567), ("tool", "IIT", None, 97.1, None, 2567),
        ("tool", "EIT", None, 94.05, None, 2567), ("tool", "OIT", None, 98.0, None, 2567)], 0)


def test_indicators_respectively(tmp_path: Path):
    assert _read(tmp_path, PAO) == ([("indicator", "OIT", 9, 95.0, None, 2566),
                                     ("indicator", "OIT", 10, 87.5, None, 2566)], 0)


def test_fewer_scores_than_tools_stay_unclear(tmp_path: Path):
    scores, unclear = _read(tmp_path, HOSPITAL.replace("97.10, 94.05 และ 98.00", "97.10 และ 94.05"))
    assert scores == [("overall", None, None, 96.52, "AA", 2567)] and unclear >= 1

"""Two results of one subject joined by an arrow ("คะแนนภาพรวม 94.20 → 96.50"): last year's, then this
year's. The first was recorded as this year's score (and the second lost to it); the arrow is now a pair
as "จาก X เป็น Y" is (schemas/score_cues.PAIR_ARROW): the second is the report year's, the first, whose
year is not stated, is left out with SCORE_ROLE_UNCLEAR. Reports written for this test."""
from pathlib import Path

from extract import extract_paths

FACULTY = """คณะวิทยาศาสตร์ มหาวิทยาลัยราชภัฏอุดรธานี
สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2566
คะแนนภาพรวม 94.20 → 96.50
IIT 97.11 → 98.02
EIT 90.35 → 93.40
OIT 95.00 → 97.25
"""

# other words: Thai digits, "->" and "➜" arrows, units, a tool's Thai name
HOSPITAL = """โรงพยาบาลสมเด็จพระยุพราชด่านซ้าย จังหวัดเลย
ผลการประเมิน ITA ปีงบประมาณ ๒๕๖๗ เทียบกับปีที่แล้ว
ผลการประเมินภาพรวม ๘๘.๑๐ -> ๙๑.๒๕ คะแนน
แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ๘๕.๐๐ ➜ ๘๙.๔๐ คะแนน
"""


def _read(tmp_path: Path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = extract_paths([path])
    # the check's message: "The number 94.2 is stated like a score but …"
    return ([(s.level, s.tool, s.indicator, s.score, s.grade, s.fiscal_year) for s in result.scores],
            sorted(c.message.split()[2] for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"))


def test_arrow_pairs_keep_this_years_result(tmp_path: Path):
    assert _read(tmp_path, FACULTY) == (
        [("overall", None, None, 96.5, None, 2566), ("tool", "IIT", None, 98.02, None, 2566),
         ("tool", "EIT", None, 93.4, None, 2566), ("tool", "OIT", None, 97.25, None, 2566)],
        ["90.35", "94.2", "95", "97.11"])


def test_arrow_pairs_in_other_words(tmp_path: Path):
    assert _read(tmp_path, HOSPITAL) == (
        [("overall", None, None, 91.25, None, 2567), ("tool", "EIT", None, 89.4, None, 2567)], ["85", "88.1"])

"""Two overall scores of one year: the one whose own sentence names the assessment is kept. A
newsletter's other inspection result ("ตลาดสดของเทศบาลผ่านการตรวจประเมินได้คะแนนรวม 86 คะแนน") stood as
the body's ITA score and the ITA result stated further down ("…ได้รับผลการประเมินคุณธรรมและความโปร่งใส
… ได้คะแนน 91.35") was dropped as a conflict (SCORE_CONFLICT_NAMED says which was kept)."""
from __future__ import annotations

from extract import extract_paths

NEWS = """จดหมายข่าวเทศบาลตำบลนาป่า ฉบับที่ 3/2567
ตลาดสดของเทศบาลผ่านการตรวจประเมินตลาดสดน่าซื้อเมื่อวันที่ 5 กรกฎาคม 2567 ได้คะแนนรวม 86 คะแนน
เทศบาลตำบลนาป่า อำเภอเมืองชลบุรี จังหวัดชลบุรี ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 91.35 คะแนน อยู่ในระดับ A
"""

BOTH_NAMED = """ข่าวประชาสัมพันธ์ องค์การบริหารส่วนตำบลหนองบัว
ผลการประเมิน ITA ประจำปี 2567 ได้คะแนน 88.20 คะแนน
ผลการประเมิน ITA ประจำปี 2567 ได้คะแนน 89.10 คะแนน (แก้ไข)
"""


def _run(tmp_path, text):
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = extract_paths([path], jobs=1)
    return [(s.fiscal_year, s.level, s.score) for s in result.scores], [c.code for c in result.checks if "CONFLICT" in c.code]


def test_the_statement_naming_the_assessment_is_kept(tmp_path):
    assert _run(tmp_path, NEWS) == ([(2567, "overall", 91.35)], ["SCORE_CONFLICT_NAMED"])


def test_when_both_name_it_the_first_is_kept(tmp_path):
    assert _run(tmp_path, BOTH_NAMED) == ([(2567, "overall", 88.2)], ["SCORE_CONFLICT"])

"""A score after a word that opens a new sentence does not take the subject of the score before it
by nearness. A result notice printed to PDF joined two paragraphs into one line: "๓. แบบตรวจการ
เปิดเผยข้อมูลสาธารณะ (OIT) ได้คะแนน ๙๑.๔๐ ทั้งนี้ ปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๘๒.๑๐ คะแนน", and last
year's overall result was recorded as the OIT score of 2566, a wrong score. schemas/score_cues.py
NEW_SENTENCE: after ทั้งนี้/อนึ่ง/นอกจากนี้/อย่างไรก็ตาม the number is unclear (left out, with its check);
a comparison still carries the subject ("ส่วนปี 2566 ได้ …", "เพิ่มขึ้นจากปี 2566 ที่ได้ …")."""
from extract.document import Line
from extract.parse.scores import parse_scores


def _scores(text: str) -> tuple[list[tuple], list[str]]:
    found = parse_scores([Line(text, line=1)], 2567)
    return [(s.level, s.tool, s.score, s.fiscal_year) for s in found.scores], [c.code for c in found.checks]


def test_a_new_sentence_stops_the_subject():
    assert _scores("๓. แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้คะแนน ๙๑.๔๐ ทั้งนี้ ปีงบประมาณ พ.ศ. ๒๕๖๖ "
                   "ได้คะแนน ๘๒.๑๐ คะแนน") == ([("tool", "OIT", 91.4, 2567)], ["SCORE_ROLE_UNCLEAR"])
    assert _scores("แบบวัด IIT ได้คะแนน 96.10 นอกจากนี้ ในปี 2566 ได้คะแนน 90.00") == ([("tool", "IIT", 96.1, 2567)],
                                                                        ["SCORE_ROLE_UNCLEAR"])


def test_a_comparison_still_carries_it():
    assert _scores("แบบวัด EIT ได้คะแนน 91.40 ส่วนปี 2566 ได้คะแนน 82.10 คะแนน") == (
        [("tool", "EIT", 91.4, 2567), ("tool", "EIT", 82.1, 2566)], [])
    assert _scores("OIT ได้คะแนน 91.40 ทั้งนี้ เพิ่มขึ้นจากปี 2566 ที่ได้ 82.10") == (
        [("tool", "OIT", 91.4, 2567), ("tool", "OIT", 82.1, 2566)], [])

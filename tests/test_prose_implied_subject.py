"""Measures written as sentences whose subject is implied: the sentence opens with its action ("จะจัดทำคู่มือ…
ภายในเดือนมีนาคม 2568", "มีแผนที่จะทบทวน…", "ได้จัดอบรม…"), or with a time phrase and then its action, in a
document titled as the body's measures. Before, a sentence needed the body or a unit before its action, and such a
document gave MEASURES_NOT_READ (probe-t). Someone else's action ("ประชาชนจะติดตาม…") stays no measure."""
from datetime import date
from pathlib import Path

from tests.conftest import text_result as _run

# written for this test: a municipality's improvements on the results
TOWN = """แนวทางการปรับปรุงตามผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568
เทศบาลตำบลห้วยแก้ว อำเภอภูกามยาว จังหวัดพะเยา

จากผลการประเมิน ITA ปี 2567 ได้คะแนน 82.15 คะแนน ตัวชี้วัดการเปิดเผยข้อมูลยังได้คะแนนต่ำ

จะจัดทำคู่มือการปฏิบัติงานด้านการรับเรื่องร้องเรียนการทุจริต ภายในเดือนมีนาคม 2568
ในปีงบประมาณ 2568 จะปรับปรุงหน้าเว็บไซต์ให้มีข้อมูลครบตามตัวชี้วัดที่ 9 โดยมอบหมายให้สำนักปลัดเป็นผู้รับผิดชอบ
ประชาชนจะติดตามผลการดำเนินงานได้ทางเว็บไซต์ ภายในเดือนเมษายน 2568
"""
# written for this test, in other words: a school's measures, one planned and one done
SCHOOL = """มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ 2568
โรงเรียนบ้านดอนมะนาว สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต 1

มีแผนที่จะทบทวนประกาศเจตนารมณ์การป้องกันการทุจริตของผู้บริหาร ภายในเดือนธันวาคม 2567
ได้จัดอบรมครูและบุคลากรเรื่องการขัดกันระหว่างผลประโยชน์ เมื่อเดือนพฤศจิกายน 2567
"""


def _measures(result):
    return [(m.table, m.title, m.indicators, m.responsible, m.timeframe, m.period_start, m.period_end, m.where.line)
            for m in result.measures]


def test_sentences_opening_with_their_action(tmp_path: Path):
    assert _measures(_run(tmp_path, TOWN)) == [
        ("improvement", "จะจัดทำคู่มือการปฏิบัติงานด้านการรับเรื่องร้องเรียนการทุจริต ภายในเดือนมีนาคม 2568", [], [],
         "ภายในเดือนมีนาคม 2568", None, date(2025, 3, 31), 6),
        ("improvement", "ในปีงบประมาณ 2568 จะปรับปรุงหน้าเว็บไซต์ให้มีข้อมูลครบตามตัวชี้วัดที่ 9 "
         "โดยมอบหมายให้สำนักปลัดเป็นผู้รับผิดชอบ", [9], ["สำนักปลัด"], "ในปีงบประมาณ 2568", date(2024, 10, 1),
         date(2025, 9, 30), 7),
    ]


def test_other_words_a_plan_and_a_report(tmp_path: Path):
    assert _measures(_run(tmp_path, SCHOOL)) == [
        ("plan", "มีแผนที่จะทบทวนประกาศเจตนารมณ์การป้องกันการทุจริตของผู้บริหาร ภายในเดือนธันวาคม 2567", [], [],
         "ภายในเดือนธันวาคม 2567", None, date(2024, 12, 31), 4),
        ("implementation", "ได้จัดอบรมครูและบุคลากรเรื่องการขัดกันระหว่างผลประโยชน์ เมื่อเดือนพฤศจิกายน 2567", [], [],
         "เมื่อเดือนพฤศจิกายน 2567", date(2024, 11, 1), date(2024, 11, 30), 5),
    ]

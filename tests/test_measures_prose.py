"""Measures written as sentences in a document titled as measures (extract/parse/measures_prose.py): "หน่วยงานจะ
ดำเนินการปรับปรุงเว็บไซต์ … ภายในเดือนมีนาคม ๒๕๖๘ โดยมอบหมายให้สำนักปลัดเป็นผู้รับผิดชอบ" gave NO_RECORDS. A sentence
is a measure only when it states the body's own planned or done action with a timeframe or a responsible unit;
news, a policy, minutes, a speech and another's words give none, and a document titled as measures with none read
says so (MEASURES_NOT_READ). Minutes naming "มาตรการ" in passing are no measures document (report_kind).
Documents written for this test, each in its own body's words."""
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import text_result as _run

# the wordings that were lost (an อบต.'s plan, a police station's plan, an อบต.'s report of what was done)
ABT_PLAN = """มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
องค์การบริหารส่วนตำบลหนองบัว อำเภอเมือง จังหวัดอุดรธานี
ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
จากผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ พบว่าการเปิดเผยข้อมูลบนเว็บไซต์ยังไม่ครบถ้วน
หน่วยงานจะดำเนินการปรับปรุงเว็บไซต์ให้มีข้อมูลครบถ้วนตามแบบ OIT ภายในเดือนมีนาคม ๒๕๖๘ โดยมอบหมายให้สำนักปลัดเป็นผู้รับผิดชอบ
"""
POLICE_PLAN = """มาตรการป้องกันการทุจริตและประพฤติมิชอบ
สถานีตำรวจภูธรเมืองเลย จังหวัดเลย
ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
สถานีตำรวจภูธรเมืองเลยจะดำเนินการจัดทำคู่มือการร้องเรียนให้แล้วเสร็จภายในเดือนมกราคม ๒๕๖๘ และจะเผยแพร่คู่มือดังกล่าวบนเว็บไซต์ของสถานี
"""
ABT_DONE = """รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส
องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอพิมาย จังหวัดนครราชสีมา
ในปีงบประมาณ ๒๕๖๗ องค์การบริหารส่วนตำบลได้จัดอบรมบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อน จำนวน ๒ ครั้ง มีผู้เข้าร่วม ๔๕ คน
"""
# other words: a health centre's plan ("มีแผนที่จะ", a second sentence after "นอกจากนี้"), a school's report (its
# unit as the subject), a district health office with a unit and no time, a municipality's improvement
HOSPITAL_PLAN = """แผนยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านนาดี อำเภอกุมภวาปี จังหวัดอุดรธานี
โรงพยาบาลมีแผนที่จะทบทวนแนวปฏิบัติการรับของขวัญและประโยชน์อื่นใดให้แล้วเสร็จภายในเดือนธันวาคม ๒๕๖๗ โดยมีกลุ่มงานบริหารทั่วไปเป็นผู้รับผิดชอบ นอกจากนี้ โรงพยาบาลจะเปิดช่องทางรับแจ้งเบาะแสการทุจริตทางออนไลน์ภายในไตรมาสที่ ๒ ของปีงบประมาณ
"""
SCHOOL_DONE = """รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๗
โรงเรียนบ้านโคกสูง สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๑
ต่อมาในเดือนมิถุนายน ๒๕๖๗ งานบริหารทั่วไปได้จัดประชุมชี้แจงแนวทางการป้องกันผลประโยชน์ทับซ้อนให้ครูและบุคลากรทุกคน
"""
OFFICE_UNIT = """มาตรการป้องกันผลประโยชน์ทับซ้อน ปีงบประมาณ ๒๕๖๘
สำนักงานสาธารณสุขอำเภอโพนทอง จังหวัดร้อยเอ็ด
สำนักงานจะจัดทำทะเบียนคุมการรับของขวัญและประโยชน์อื่นใด โดยให้กลุ่มงานบริหารทั่วไปเป็นผู้รับผิดชอบ
"""
TOWN_IMPROVEMENT = """แนวทางการปรับปรุงตามผลการประเมิน ITA
เทศบาลตำบลนาเชือก อำเภอนาเชือก จังหวัดมหาสารคาม ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
กองคลังจะจัดทำรายงานผลการจัดซื้อจัดจ้างรายเดือนและเผยแพร่บนเว็บไซต์ (ตัวชี้วัดที่ ๙) ภายในวันที่ ๑๐ ของทุกเดือน ตั้งแต่เดือนตุลาคม ๒๕๖๗ เป็นต้นไป
"""

# negatives: news of an event, a policy, minutes, a director's message, and a measures title over sentences that
# are another's words, a condition, a negation, a wish with no time
NEWS = """อบต.ท่าช้าง จัดอบรมส่งเสริมคุณธรรมจริยธรรมแก่บุคลากร
เมื่อวันที่ ๑๕ มกราคม ๒๕๖๘ นายอำเภอเมืองได้เป็นประธานเปิดโครงการอบรมส่งเสริมคุณธรรมและความโปร่งใส ณ ห้องประชุมองค์การบริหารส่วนตำบลท่าช้าง
โดยองค์การบริหารส่วนตำบลท่าช้างได้จัดอบรมให้บุคลากรจำนวน ๖๐ คน เพื่อเตรียมความพร้อมรับการประเมิน ITA
"""
POLICY = """นโยบายการบริหารงานด้วยความโปร่งใส
เทศบาลตำบลบ้านเหล่า อำเภอเมือง จังหวัดแพร่
ผู้บริหารเทศบาลมีนโยบายบริหารงานด้วยความซื่อสัตย์สุจริต ยึดหลักธรรมาภิบาล และต่อต้านการทุจริตทุกรูปแบบ เพื่อให้ประชาชนเกิดความเชื่อมั่นในการบริหารงานของเทศบาล
"""
MINUTES = """รายงานการประชุมคณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส
ครั้งที่ ๑/๒๕๖๘ วันที่ ๑๐ ธันวาคม ๒๕๖๗
ณ ห้องประชุมเทศบาลตำบลหนองแค
ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ
ประธานแจ้งว่าหน่วยงานต้องจัดทำมาตรการส่งเสริมคุณธรรมตามผลการประเมิน ITA ให้แล้วเสร็จภายในเดือนมีนาคม
มติที่ประชุม รับทราบ
"""
SPEECH = """สารจากผู้อำนวยการ
สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำปาง ลำพูน
ในโอกาสที่หน่วยงานเข้ารับการประเมินคุณธรรมและความโปร่งใส ข้าพเจ้าขอให้บุคลากรทุกท่านยึดมั่นในความซื่อสัตย์สุจริต และเราจะร่วมกันพัฒนาองค์กรให้เป็นองค์กรแห่งความโปร่งใสตลอดไป
"""
NOT_OWN = """มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง
เทศบาลเมืองบ้านไผ่ อำเภอบ้านไผ่ จังหวัดขอนแก่น
ตามที่สำนักงาน ป.ป.ช. ได้ดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
นายกเทศมนตรีเมืองบ้านไผ่มีนโยบายให้บุคลากรทุกคนปฏิบัติงานด้วยความซื่อสัตย์สุจริต
หน่วยงานจะส่งเสริมให้บุคลากรมีจิตสำนึกที่ดีในการปฏิบัติงานอย่างต่อเนื่อง
ที่ผ่านมาหน่วยงานยังไม่ได้จัดทำคู่มือการจัดซื้อจัดจ้างภายในปีงบประมาณ ๒๕๖๗
"""
SCHOOL_OTHERS = """มาตรการส่งเสริมคุณธรรมของสถานศึกษา
โรงเรียนวัดสามัคคีธรรม อำเภอเมือง จังหวัดลพบุรี
ผู้อำนวยการโรงเรียนกล่าวว่า โรงเรียนจะจัดทำประกาศเจตจำนงสุจริตภายในเดือนพฤศจิกายน ๒๕๖๗
เมื่อวันที่ ๒๐ ธันวาคม ๒๕๖๗ นายอำเภอเมืองลพบุรีได้เป็นประธานเปิดโครงการโรงเรียนสุจริต ณ หอประชุมของโรงเรียน
หากงบประมาณเพียงพอ โรงเรียนจะจัดซื้อกล่องรับเรื่องร้องเรียนเพิ่มเติมภายในปีงบประมาณ ๒๕๖๘
โรงเรียนไม่ได้จัดอบรมเรื่องผลประโยชน์ทับซ้อนในปีงบประมาณ ๒๕๖๗
"""


def _measures(result):
    return [(m.table, m.title, m.indicators, m.responsible, m.timeframe, m.period_start, m.period_end, m.where.line)
            for m in result.measures]


def test_a_plan_sentence_with_its_time_and_unit(tmp_path: Path):
    result = _run(tmp_path, ABT_PLAN)
    assert _measures(result) == [(
        "plan", "หน่วยงานจะดำเนินการปรับปรุงเว็บไซต์ให้มีข้อมูลครบถ้วนตามแบบ OIT ภายในเดือนมีนาคม ๒๕๖๘ "
        "โดยมอบหมายให้สำนักปลัดเป็นผู้รับผิดชอบ", [], ["สำนักปลัด"], "ภายในเดือนมีนาคม ๒๕๖๘", None, date(2025, 3, 31), 5)]
    assert [c.code for c in result.checks] == ["MEASURES_FROM_PROSE"]
    assert result.checks[0].source_text == result.measures[0].title
    assert result.report.report_kind == "measures"


def test_a_body_named_as_the_subject(tmp_path: Path):
    assert _measures(_run(tmp_path, POLICE_PLAN)) == [(
        "plan", "สถานีตำรวจภูธรเมืองเลยจะดำเนินการจัดทำคู่มือการร้องเรียนให้แล้วเสร็จภายในเดือนมกราคม ๒๕๖๘ "
        "และจะเผยแพร่คู่มือดังกล่าวบนเว็บไซต์ของสถานี", [], [], "ภายในเดือนมกราคม ๒๕๖๘", None, date(2025, 1, 31), 4)]


def test_what_was_done_is_an_implementation(tmp_path: Path):
    result = _run(tmp_path, ABT_DONE)
    assert _measures(result) == [(
        "implementation", "ในปีงบประมาณ ๒๕๖๗ องค์การบริหารส่วนตำบลได้จัดอบรมบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อน "
        "จำนวน ๒ ครั้ง มีผู้เข้าร่วม ๔๕ คน", [], [], "ในปีงบประมาณ ๒๕๖๗", date(2023, 10, 1), date(2024, 9, 30), 3)]
    assert result.report.report_kind == "implementation"


def test_other_words(tmp_path: Path):
    assert _measures(_run(tmp_path, HOSPITAL_PLAN)) == [
        ("plan", "โรงพยาบาลมีแผนที่จะทบทวนแนวปฏิบัติการรับของขวัญและประโยชน์อื่นใดให้แล้วเสร็จภายในเดือนธันวาคม ๒๕๖๗ "
         "โดยมีกลุ่มงานบริหารทั่วไปเป็นผู้รับผิดชอบ", [], ["กลุ่มงานบริหารทั่วไป"], "ภายในเดือนธันวาคม ๒๕๖๗", None,
         date(2024, 12, 31), 3),
        ("plan", "นอกจากนี้ โรงพยาบาลจะเปิดช่องทางรับแจ้งเบาะแสการทุจริตทางออนไลน์ภายในไตรมาสที่ ๒ ของปีงบประมาณ", [], [],
         "ภายในไตรมาสที่ ๒ ของปีงบประมาณ", None, date(2025, 3, 31), 3)]
    assert _measures(_run(tmp_path, SCHOOL_DONE)) == [(
        "implementation", "ต่อมาในเดือนมิถุนายน ๒๕๖๗ งานบริหารทั่วไปได้จัดประชุมชี้แจงแนวทางการป้องกันผลประโยชน์ทับซ้อน"
        "ให้ครูและบุคลากรทุกคน", [], [], "ในเดือนมิถุนายน ๒๕๖๗", date(2024, 6, 1), date(2024, 6, 30), 3)]
    assert _measures(_run(tmp_path, OFFICE_UNIT)) == [(
        "plan", "สำนักงานจะจัดทำทะเบียนคุมการรับของขวัญและประโยชน์อื่นใด โดยให้กลุ่มงานบริหารทั่วไปเป็นผู้รับผิดชอบ", [],
        ["กลุ่มงานบริหารทั่วไป"], None, None, None, 3)]
    assert _measures(_run(tmp_path, TOWN_IMPROVEMENT)) == [(
        "improvement", "กองคลังจะจัดทำรายงานผลการจัดซื้อจัดจ้างรายเดือนและเผยแพร่บนเว็บไซต์ (ตัวชี้วัดที่ ๙) ภายในวันที่ ๑๐ "
        "ของทุกเดือน ตั้งแต่เดือนตุลาคม ๒๕๖๗ เป็นต้นไป", [9], [], "ตั้งแต่เดือนตุลาคม ๒๕๖๗ เป็นต้นไป", date(2024, 10, 1),
        None, 3)]


@pytest.mark.parametrize("text", [NEWS, POLICY, MINUTES, SPEECH], ids=["news", "policy", "minutes", "speech"])
def test_no_measures_document_gives_none(tmp_path: Path, text: str):
    result = _run(tmp_path, text)
    assert result.measures == []
    assert "MEASURES_NOT_READ" not in [c.code for c in result.checks]
    assert result.report.report_kind is None  # the minutes' "มาตรการ" in passing made them "measures"


@pytest.mark.parametrize("text", [NOT_OWN, SCHOOL_OTHERS], ids=["another_or_negated", "speech_news_condition"])
def test_sentences_not_the_bodys_own_action_give_none(tmp_path: Path, text: str):
    result = _run(tmp_path, text)
    assert result.measures == []
    title = text.splitlines()[0]
    assert [(c.code, c.where.line, c.source_text) for c in result.checks if c.code == "MEASURES_NOT_READ"] == [
        ("MEASURES_NOT_READ", 1, title)]


# a news line saying the body will draw up measures is no title announcing them: no MEASURES_NOT_READ
NEWS_PROMISE = """ข่าวประชาสัมพันธ์
ผลการประเมินคุณธรรมและความโปร่งใส ปี ๒๕๖๗ ของ อบต.ดอนแก้ว ได้ ๘๘.๒๐ คะแนน
อบต.ดอนแก้วจะนำผลไปจัดทำมาตรการยกระดับในปีถัดไป
"""


def test_a_promise_in_news_is_no_title(tmp_path: Path):
    result = _run(tmp_path, NEWS_PROMISE)
    assert result.measures == []
    assert "MEASURES_NOT_READ" not in [c.code for c in result.checks]

"""O-items of the OIT checklist named in a measure's indicator column ("O13", "O36") gave no indicator (probe-t).
Each is read to indicator 9 or 10 by the OIT item lists of schemas/rules.py (oit_items, ITA_METHODOLOGY §4.2,
§4.3); a measure of fiscal year Y may name the items of Y's assessment or of Y-1's, so both years' lists must be
known and agree, else the items give no indicator and OIT_ITEM_UNMAPPED says so. Documents written for this test."""
from pathlib import Path

from extract.parse.indicators import oit_item_indicators, oit_items
from tests.conftest import text_result as _run

ABT_2567 = """มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567
องค์การบริหารส่วนตำบลหนองแวง อำเภอเมือง จังหวัดขอนแก่น
มาตรการ\tตัวชี้วัด\tผู้รับผิดชอบ\tระยะเวลา
เผยแพร่รายงานผลการดำเนินงานประจำปี\tO13\tสำนักปลัด\tต.ค. 2566
ทบทวนคู่มือการให้บริการ\tO15, o.36\tสำนักปลัด\tพ.ย. 2566
"""
# other words: a hospital's plan of 2566, items by "ข้อ OIT"; O32 moved from indicator 9 to 10 that year
HOSPITAL_2566 = """มาตรการส่งเสริมคุณธรรมและความโปร่งใส โรงพยาบาลบ้านแพง ปีงบประมาณ 2566
กิจกรรม\tข้อ OIT\tหน่วยงานที่รับผิดชอบ\tระยะเวลา
ประกาศนโยบายงดรับของขวัญ\tO32\tกลุ่มงานบริหารทั่วไป\tธ.ค. 2565
ปรับปรุงข้อมูลผู้บริหารบนเว็บไซต์\tO 2\tงานสารสนเทศ\tม.ค. 2566
"""


def _rows(result):
    return [(m.title, m.indicators) for m in result.measures], [(c.code, c.message) for c in result.checks]


def test_items_read_by_the_years_lists(tmp_path: Path):
    assert _rows(_run(tmp_path, ABT_2567)) == (
        [("เผยแพร่รายงานผลการดำเนินงานประจำปี", [9]), ("ทบทวนคู่มือการให้บริการ", [9, 10])], [])


def test_an_item_whose_indicator_changed_gives_none(tmp_path: Path):
    measures, checks = _rows(_run(tmp_path, HOSPITAL_2566))
    assert measures == [("ประกาศนโยบายงดรับของขวัญ", []), ("ปรับปรุงข้อมูลผู้บริหารบนเว็บไซต์", [9])]
    assert checks == [("OIT_ITEM_UNMAPPED", "A measure's indicator cell names OIT items (O32) whose indicator is not "
                       "known for fiscal year 2566; they give no indicator.")]


def test_the_item_lists():
    assert oit_items("O28, o.36 และ O 4 (OIT)") == [28, 36, 4]
    assert oit_item_indicators([33], 2565) == [9] and oit_item_indicators([33], 2567) == [10]
    assert oit_item_indicators([33], 2566) is None          # 2565's list says 9, 2566's 10
    assert oit_item_indicators([5], 2563) is None           # no list of 2562
    assert oit_item_indicators([42], 2568) is None          # no list of 2568

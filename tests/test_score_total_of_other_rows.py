"""A total row ("รวม", "ค่าเฉลี่ย") is the ITA result only when the rows it totals are tools or
indicators. Under a table of OIT items ("O1 | โครงสร้าง | 100") or of sub-indicators ("9.1 ข้อมูลพื้นฐาน") it
is their total: left out with SCORE_ROLE_UNCLEAR (it was the report's overall score). Tables written for
this test."""
from pathlib import Path

from extract import extract_paths

HEAD = "ผลการประเมินการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2567\nเทศบาลตำบลสันผักหวาน อำเภอหางดง จังหวัดเชียงใหม่\n\n"
ITEMS = "ข้อ\tรายการข้อมูล\tคะแนน\nO1\tโครงสร้าง\t100\nO2\tข้อมูลผู้บริหาร\t100\nO9\tแผนดำเนินงานประจำปี\t0\nรวม\t\t{total}\n"
SUBINDICATORS = ("ตัวชี้วัดย่อย\tคะแนน\n9.1 ข้อมูลพื้นฐาน\t100.00\n9.2 การบริหารงาน\t87.50\n"
                 "9.3 การบริหารเงินงบประมาณ\t90.00\nรวม\t92.50\n")
# all ten indicators (under some of them only, a total that is their mean is theirs:
# tests/test_score_total_of_some_indicators.py)
INDICATORS = ("ตัวชี้วัด\tคะแนน\n1. การปฏิบัติหน้าที่\t95.00\n2. การใช้งบประมาณ\t90.00\n3. การใช้อำนาจ\t92.00\n"
              "4. การใช้ทรัพย์สินของราชการ\t91.00\n5. การแก้ไขปัญหาการทุจริต\t93.00\n6. คุณภาพการดำเนินงาน\t89.00\n"
              "7. ประสิทธิภาพการสื่อสาร\t88.00\n8. การปรับปรุงระบบการทำงาน\t87.00\n9. การเปิดเผยข้อมูล\t87.50\n"
              "10. การป้องกันการทุจริต\t95.00\nรวม\t91.25\n")


def _run(tmp_path: Path, table: str):
    page = tmp_path / "table.txt"
    page.write_text(HEAD + table, encoding="utf-8")
    [result] = extract_paths([page])
    return ([(s.level, s.indicator, s.score) for s in result.scores], result.report.overall_score,
            [(c.code, c.source_text) for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"])


def test_the_total_of_oit_items_is_no_overall_score(tmp_path: Path):
    assert _run(tmp_path, ITEMS.format(total="92.50")) == ([], None, [("SCORE_ROLE_UNCLEAR", "รวม | 92.50")])


def test_the_total_of_sub_indicators_is_no_overall_score(tmp_path: Path):
    assert _run(tmp_path, SUBINDICATORS) == ([], None, [("SCORE_ROLE_UNCLEAR", "รวม | 92.50")])


def test_a_total_under_indicators_is_still_read(tmp_path: Path):
    scores, overall, unclear = _run(tmp_path, INDICATORS)
    assert scores == [("indicator", 1, 95.0), ("indicator", 2, 90.0), ("indicator", 3, 92.0), ("indicator", 4, 91.0),
                      ("indicator", 5, 93.0), ("indicator", 6, 89.0), ("indicator", 7, 88.0), ("indicator", 8, 87.0),
                      ("indicator", 9, 87.5), ("indicator", 10, 95.0), ("overall", None, 91.25)]
    assert overall == 91.25 and unclear == []

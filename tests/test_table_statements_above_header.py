"""A line of statements with their values written with tabs or " | " right above a table ("IIT ๘๔.๘๗ คะแนน |
EIT ๘๑.๐๑ คะแนน | OIT ๖๖.๙๘ คะแนน" over "ตัวชี้วัด | คะแนน | ประเด็นที่พบ") ran into the table as its first
row, so it was taken for the header: the ten indicators' scores and their findings under the real header
were lost, without a check. A first row whose every cell holds a number, over a row of column names with
none, is lines of text before the table (extract/stitch._caption): a group row over sub-labels holds no
numbers. Documents written for this test (after a blind document, tests' words other)."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import text_result

TABS = """รายงานผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566
โรงเรียนบ้านโคกสูง อำเภอเมืองสกลนคร จังหวัดสกลนคร
IIT 92.10 คะแนน\tEIT 86.40 คะแนน\tOIT 80.00 คะแนน
ลำดับ\tตัวชี้วัด\tคะแนน\tประเด็นที่ต้องพัฒนา
1\tการปฏิบัติหน้าที่\t93.50\t
2\tการใช้งบประมาณ\t90.70\tครูไม่ทราบแผนการใช้จ่ายงบประมาณของโรงเรียน
9\tการเปิดเผยข้อมูล\t78.00\tไม่ได้เผยแพร่รายงานผลการจัดซื้อจัดจ้างประจำปี
"""

PIPES = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
องค์การบริหารส่วนตำบลท่าข้าม อำเภอปะเหลียน จังหวัดตรัง
IIT ๘๔.๘๗ คะแนน | EIT ๘๑.๐๑ คะแนน | OIT ๖๖.๙๘ คะแนน
ตัวชี้วัด | คะแนน | ประเด็นที่พบ
การปฏิบัติหน้าที่ | ๘๘.๔๗ |
การใช้งบประมาณ | ๘๔.๒๙ | บุคลากรไม่ทราบรายละเอียดการใช้จ่ายงบประมาณประจำปีของ อบต.
การเปิดเผยข้อมูล | ๖๕.๒๐ | ไม่ได้เผยแพร่แผนการจัดซื้อจัดจ้าง
"""


def _read(tmp_path: Path, text: str):
    result = text_result(tmp_path, text)
    return ([(s.level, s.tool, s.indicator, s.score) for s in result.scores],
            [(f.indicator, f.text) for f in result.findings])


def test_tab_statements_over_a_header(tmp_path: Path):
    assert _read(tmp_path, TABS) == (
        [("tool", "IIT", None, 92.1), ("tool", "EIT", None, 86.4), ("tool", "OIT", None, 80.0),
         ("indicator", "IIT", 1, 93.5), ("indicator", "IIT", 2, 90.7), ("indicator", "OIT", 9, 78.0)],
        [(2, "ครูไม่ทราบแผนการใช้จ่ายงบประมาณของโรงเรียน"), (9, "ไม่ได้เผยแพร่รายงานผลการจัดซื้อจัดจ้างประจำปี")])


def test_pipe_statements_over_a_header(tmp_path: Path):
    assert _read(tmp_path, PIPES) == (
        [("tool", "IIT", None, 84.87), ("tool", "EIT", None, 81.01), ("tool", "OIT", None, 66.98),
         ("indicator", "IIT", 1, 88.47), ("indicator", "IIT", 2, 84.29), ("indicator", "OIT", 9, 65.2)],
        [(2, "บุคลากรไม่ทราบรายละเอียดการใช้จ่ายงบประมาณประจำปีของ อบต."), (9, "ไม่ได้เผยแพร่แผนการจัดซื้อจัดจ้าง")])


def test_a_group_row_over_sub_labels_stays_the_header(tmp_path: Path):
    """A first row without numbers ("คะแนน" over two years) is the table's own header."""
    text = ("ผลการประเมิน ITA เทศบาลตำบลนาแก จังหวัดนครพนม\nตัวชี้วัด\tคะแนนปี 2567\tข้อค้นพบ\n"
            "ตัวชี้วัด\tคะแนน\tประเด็นที่ต้องพัฒนา\nการปฏิบัติหน้าที่\t95.20\t\n")
    result = text_result(tmp_path, text)
    assert [(s.fiscal_year, s.indicator, s.score) for s in result.scores] == [(2567, 1, 95.2)]

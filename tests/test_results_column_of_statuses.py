"""A report's only results column ("ผลการดำเนินงาน") whose every cell is a status written whole ("ดำเนินการแล้ว",
"อยู่ระหว่างดำเนินการ") gave those words as each measure's output, and no status (probe-t): it is the rows' status
(COLUMN_STATUS_FROM_CONTENT), as a second such column beside the output was already. Documents written for this
test."""
from pathlib import Path

from tests.conftest import text_result as _run

SCHOOL = """รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568
โรงเรียนวัดสระแก้ว อำเภอเมือง จังหวัดลพบุรี
มาตรการ\tผู้รับผิดชอบ\tผลการดำเนินงาน
ประกาศเจตนารมณ์ไม่รับสินบน\tผู้อำนวยการโรงเรียน\tดำเนินการแล้ว
ปรับปรุงเว็บไซต์โรงเรียน\tครูงานสารสนเทศ\tอยู่ระหว่างดำเนินการ
"""
# other words: a district office's report, its column "ผลการดำเนินการ", one result a sentence (an output)
OFFICE = """รายงานผลการดำเนินการตามมาตรการป้องกันการทุจริต ปีงบประมาณ 2568
สำนักงานสาธารณสุขอำเภอบ้านแพง จังหวัดนครพนม
กิจกรรม\tระยะเวลา\tผลการดำเนินการ
จัดประชุมชี้แจงแนวปฏิบัติ\tพ.ย. 2567\tดำเนินการเสร็จสิ้น
เผยแพร่ผลการจัดซื้อจัดจ้าง\tทุกเดือน\tเผยแพร่ครบทุกเดือนบนเว็บไซต์
"""


def _rows(result):
    return ([(m.table, m.title, m.output, m.status) for m in result.measures], [c.code for c in result.checks])


def test_a_results_column_of_statuses_is_the_status(tmp_path: Path):
    assert _rows(_run(tmp_path, SCHOOL)) == (
        [("implementation", "ประกาศเจตนารมณ์ไม่รับสินบน", None, "ดำเนินการแล้ว"),
         ("implementation", "ปรับปรุงเว็บไซต์โรงเรียน", None, "อยู่ระหว่างดำเนินการ")],
        ["COLUMN_STATUS_FROM_CONTENT"])


def test_a_results_column_with_a_sentence_is_the_output(tmp_path: Path):
    assert _rows(_run(tmp_path, OFFICE)) == (
        [("implementation", "จัดประชุมชี้แจงแนวปฏิบัติ", "ดำเนินการเสร็จสิ้น", None),
         ("implementation", "เผยแพร่ผลการจัดซื้อจัดจ้าง", "เผยแพร่ครบทุกเดือนบนเว็บไซต์", None)], [])

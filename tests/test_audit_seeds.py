"""`ita check` acceptance: the known problems of the seeds are found, a clean report is clean."""
import pytest

from extract import extract_file
from extract.audit import audit
from tests.conftest import seed

CLEAN = """รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน
ประจำปีงบประมาณ พ.ศ. ๒๕๖๕
เทศบาลตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี

ผลการประเมินของเทศบาลตำบลหนองบัว ได้คะแนน ๙๐.๐๐ คะแนน อยู่ในระดับ A
แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) คะแนนรวม ๙๐.๐๐ คะแนน
แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) คะแนนรวม ๙๐.๐๐ คะแนน
แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) คะแนนรวม ๙๐.๐๐ คะแนน

ตัวชี้วัด\tคะแนน
ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่\t๙๐.๐๐
ตัวชี้วัดที่ ๒ การใช้งบประมาณ\t๙๐.๐๐
ตัวชี้วัดที่ ๓ การใช้อำนาจ\t๙๐.๐๐
ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\t๙๐.๐๐
ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต\t๙๐.๐๐
ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน\t๙๑.๐๐
ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร\t๘๘.๐๐
ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน\t๙๑.๐๐
ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\t๙๐.๐๐
ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต\t๙๐.๐๐

มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖
มาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลาดำเนินการ\tการติดตามผล
๑. เพิ่มช่องทางสื่อสาร (ตัวชี้วัดที่ ๗)\t๑.จัดทำเพจของหน่วยงาน ๒.ประชาสัมพันธ์ทุกเดือน\tสำนักปลัด\tต.ค.๖๕-ก.ย.๖๖\tรายงานผู้บริหารทุกไตรมาส
"""


def codes(result):
    return [c.code for c in result.checks]


def test_known_problems_of_the_seeds_are_found():
    r002 = audit(extract_file(seed("002")))
    yoy = [c for c in r002.checks if c.code == "YOY_LABEL_MISMATCH"]
    assert any("75.4" in c.message or "75.54" in c.message for c in yoy)
    assert "TOTAL_MISMATCH" in codes(r002)
    r000 = audit(extract_file(seed("000")))
    assert codes(r000).count("DUPLICATE_CELL_TEXT") >= 2
    r001 = audit(extract_file(seed("001")))
    variants = next(c for c in r001.checks if c.code == "ORG_NAME_VARIANTS")
    assert "ไชยมงคล" in variants.message and "ไชยมังคผล" in variants.message


@pytest.mark.parametrize("stem", ["000", "001", "003", "004"])
def test_seeds_without_errors_raise_none(stem):
    result = audit(extract_file(seed(stem)))
    assert [c.code for c in result.checks if c.severity == "error"] == []


def test_clean_synthetic_report_has_no_error_and_no_warning(tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    result = audit(extract_file(path))
    assert result.report.status == "ok" and len(result.measures) == 1
    assert [c.code for c in result.checks if c.severity != "info"] == []

"""One-line findings under a heading naming the aspects to develop ("ด้านที่ต้องพัฒนา" over
"๑. ประสิทธิภาพการสื่อสาร – ผู้รับบริการ…"): no finding was read, the heading was not a finding section
(schemas.finding_cues.FINDING_SECTION_CUES). Wording written for this test."""
from pathlib import Path

from extract import extract_paths

TEXT = """ผลการวิเคราะห์ ITA ปี ๒๕๖๖ ของ องค์การบริหารส่วนตำบลบ้านกลาง
คะแนนรวม ๘๕.๙๐
ด้านที่ต้องพัฒนา
๑. ประสิทธิภาพการสื่อสาร – ผู้รับบริการส่วนหนึ่งไม่ทราบช่องทางการติดต่อ
๒. การปรับปรุงระบบการทำงาน – ยังไม่มีระบบบริการออนไลน์
๓. การเปิดเผยข้อมูล – ขาดข้อมูลเชิงสถิติเรื่องร้องเรียน
"""


def test_findings(tmp_path: Path):
    path = tmp_path / "analysis.txt"
    path.write_text(TEXT, encoding="utf-8")
    [result] = extract_paths([path])
    assert [(f.indicator, f.text) for f in result.findings] == [
        (7, "ผู้รับบริการส่วนหนึ่งไม่ทราบช่องทางการติดต่อ"), (8, "ยังไม่มีระบบบริการออนไลน์"),
        (9, "ขาดข้อมูลเชิงสถิติเรื่องร้องเรียน")]
    assert [(s.fiscal_year, s.level, s.score) for s in result.scores] == [(2566, "overall", 85.90)]

"""A heading naming measures right above a table makes it a plan ("๓. มาตรการส่งเสริมคุณธรรมและความ
โปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"): the search for a heading that says what the table is went on past
it to a finding further up ("…ยังไม่ได้เผยแพร่ผลการดำเนินการตามมาตรการ…") and made the plan an
implementation report (extract/parse/measures.table_kind)."""
from __future__ import annotations

from extract import extract_paths

REPORT = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)
ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
องค์การบริหารส่วนตำบลศรีสำราญ อำเภอสองพี่น้อง จังหวัดสุพรรณบุรี
๑. ผลการประเมิน
องค์การบริหารส่วนตำบลศรีสำราญ ได้คะแนนรวม ๘๗.๖๕ คะแนน ผลการประเมินอยู่ในระดับ B
๒. ประเด็นที่ต้องพัฒนา
ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต
หน่วยงานยังไม่ได้เผยแพร่ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมรอบ ๖ เดือน
{heading}
ที่\tมาตรการ\tขั้นตอน/วิธีการ\tผู้รับผิดชอบ\tระยะเวลา
๑\tประชาสัมพันธ์ช่องทางการร้องเรียน\t๑. ติดป้ายหน้าสำนักงาน ๒. เผยแพร่ทางเพจเฟซบุ๊ก\tสำนักปลัด\tต.ค. - ธ.ค. ๒๕๖๗
๒\tเผยแพร่ผลการดำเนินการตามมาตรการ\tจัดทำรายงานรอบ ๖ เดือนและเผยแพร่บนเว็บไซต์\tสำนักปลัด\tเม.ย. ๒๕๖๘
"""


def _measures(tmp_path, heading):
    path = tmp_path / "r.txt"
    path.write_text(REPORT.format(heading=heading), encoding="utf-8")
    (result,) = extract_paths([path], jobs=1)
    return [(m.table, m.title, m.steps, m.responsible, m.timeframe, str(m.period_start), str(m.period_end))
            for m in result.measures]


def test_a_heading_naming_measures_makes_a_plan(tmp_path):
    assert _measures(tmp_path, "๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘") == [
        ("plan", "ประชาสัมพันธ์ช่องทางการร้องเรียน", ["ติดป้ายหน้าสำนักงาน", "เผยแพร่ทางเพจเฟซบุ๊ก"], ["สำนักปลัด"],
         "ต.ค. - ธ.ค. ๒๕๖๗", "2024-10-01", "2024-12-31"),
        ("plan", "เผยแพร่ผลการดำเนินการตามมาตรการ", ["จัดทำรายงานรอบ ๖ เดือนและเผยแพร่บนเว็บไซต์"], ["สำนักปลัด"],
         "เม.ย. ๒๕๖๘", "2025-04-01", "2025-04-30"),
    ]


def test_a_report_heading_still_makes_an_implementation_table(tmp_path):
    kinds = {m[0] for m in _measures(tmp_path, "๓. รายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือน")}
    assert kinds == {"implementation"}


def test_a_long_heading_of_improvements_on_the_results_makes_improvements(tmp_path):
    # 74 characters without spaces: past the 60 of a list's heading
    heading = "๓. แนวทางการปรับปรุงตามผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เพื่อใช้ในปี ๒๕๖๘"
    assert {m[0] for m in _measures(tmp_path, heading)} == {"improvement"}


def test_a_lead_in_setting_measures_makes_a_plan(tmp_path):
    lead_in = "จึงกำหนดมาตรการเพื่อแก้ไขประเด็นข้างต้น ดังนี้"
    assert {m[0] for m in _measures(tmp_path, lead_in)} == {"plan"}

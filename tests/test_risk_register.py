"""A risk register (การประเมินความเสี่ยงการทุจริต): each row a work process or risk, its rating, the
control that answers it, the unit and the time. The risk is the measure's title and the control
its steps ("กระบวนงาน/ความเสี่ยง" names the title; the row-number column was taken for it); a rating
("ระดับความเสี่ยง", "โอกาส", "ผลกระทบ") is no field of a measure, no rationale and no unknown header.
Registers written for this test, in words of no seed or real file."""
from pathlib import Path

from extract import extract_paths


def _run(tmp_path: Path, text: str):
    path = tmp_path / "risk.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    return result


MUNICIPALITY = """การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2567
เทศบาลเมืองบ้านไผ่ อำเภอบ้านไผ่ จังหวัดขอนแก่น
ที่\tกระบวนงาน/ความเสี่ยง\tระดับความเสี่ยง\tมาตรการป้องกันความเสี่ยง\tผู้รับผิดชอบ\tระยะเวลา
1\tการออกใบอนุญาตก่อสร้างล่าช้าเพื่อเรียกรับผลประโยชน์\tสูง\tกำหนดระยะเวลาการพิจารณาไม่เกิน 30 วันและประกาศให้ประชาชนทราบ\tกองช่าง\tต.ค. 66 - ก.ย. 67
2\tการใช้รถราชการเพื่อประโยชน์ส่วนตน\tปานกลาง\tจัดทำสมุดบันทึกการใช้รถและตรวจสอบทุกเดือน\tสำนักปลัด\tต.ค. 66 - ก.ย. 67
"""

# other words: likelihood and impact columns, "มาตรการควบคุม", a school
SCHOOL = """แบบประเมินความเสี่ยงการทุจริต โรงเรียนบ้านหนองแวง ปีงบประมาณ 2568
ลำดับ\tเหตุการณ์ความเสี่ยง\tโอกาส\tผลกระทบ\tมาตรการควบคุม\tผู้รับผิดชอบ
1\tครูรับของขวัญจากผู้ปกครองในช่วงรับนักเรียน\t3\t4\tประกาศนโยบายไม่รับของขวัญและแจ้งผู้ปกครองทุกภาคเรียน\tฝ่ายบริหารงานบุคคล
"""


def test_a_risk_register_gives_each_risk_as_a_measure_with_its_control(tmp_path: Path):
    result = _run(tmp_path, MUNICIPALITY)
    assert [(m.table, m.title, m.steps, m.responsible, str(m.period_start), m.rationale) for m in result.measures] == [
        ("plan", "การออกใบอนุญาตก่อสร้างล่าช้าเพื่อเรียกรับผลประโยชน์",
         ["กำหนดระยะเวลาการพิจารณาไม่เกิน 30 วันและประกาศให้ประชาชนทราบ"], ["กองช่าง"], "2023-10-01", None),
        ("plan", "การใช้รถราชการเพื่อประโยชน์ส่วนตน", ["จัดทำสมุดบันทึกการใช้รถและตรวจสอบทุกเดือน"], ["สำนักปลัด"],
         "2023-10-01", None)]
    assert [c.code for c in result.checks if c.code in ("TABLE_HEADER_UNKNOWN", "COLUMN_FIELD_REPEATED")] == []


def test_a_register_with_likelihood_and_impact(tmp_path: Path):
    result = _run(tmp_path, SCHOOL)
    assert [(m.title, m.steps, m.responsible) for m in result.measures] == [
        ("ครูรับของขวัญจากผู้ปกครองในช่วงรับนักเรียน", ["ประกาศนโยบายไม่รับของขวัญและแจ้งผู้ปกครองทุกภาคเรียน"],
         ["ฝ่ายบริหารงานบุคคล"])]
    assert [c.code for c in result.checks if c.code in ("TABLE_HEADER_UNKNOWN", "COLUMN_FIELD_REPEATED")] == []


def test_a_success_rate_column_is_the_outcome(tmp_path: Path):
    text = ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567\n"
            "เทศบาลตำบลหนองสองห้อง อำเภอหนองสองห้อง จังหวัดขอนแก่น\n"
            "มาตรการ\tผลการดำเนินงาน\tร้อยละความสำเร็จ\tผู้รับผิดชอบ\n"
            "มาตรการส่งเสริมการเปิดเผยข้อมูล\tเผยแพร่ข้อมูลครบ 33 รายการ\t100\tสำนักปลัด\n")
    result = _run(tmp_path, text)
    assert [(m.table, m.output, m.outcome) for m in result.measures] == [
        ("implementation", "เผยแพร่ข้อมูลครบ 33 รายการ", "100")]
    assert result.scores == []  # a success rate beside a title naming an indicator is no indicator score
    assert [c.code for c in result.checks if c.code == "TABLE_HEADER_UNKNOWN"] == []


def test_a_risk_level_after_likelihood_and_impact_is_no_rationale(tmp_path: Path):
    # "ระดับความเสี่ยง (LxI)" after "โอกาส (L)" and "ผลกระทบ (I)": a third rating, not the rationale "12"
    text = ("การวิเคราะห์ความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2568\nโรงพยาบาลสมเด็จพระยุพราชด่านซ้าย จังหวัดเลย\n"
            "ลำดับ\tประเด็นความเสี่ยง\tโอกาส (L)\tผลกระทบ (I)\tระดับความเสี่ยง (LxI)\tมาตรการควบคุม\tผู้รับผิดชอบ\n"
            "1\tการเบิกจ่ายค่าตอบแทนไม่เป็นไปตามระเบียบ\t3\t4\t12\tตรวจสอบเอกสารก่อนเบิกจ่ายทุกครั้ง\tกลุ่มงานบริหารทั่วไป\n")
    result = _run(tmp_path, text)
    assert [(m.title, m.steps, m.rationale) for m in result.measures] == [
        ("การเบิกจ่ายค่าตอบแทนไม่เป็นไปตามระเบียบ", ["ตรวจสอบเอกสารก่อนเบิกจ่ายทุกครั้ง"], None)]

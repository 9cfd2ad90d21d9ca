"""A plan laid out as projects with their purpose and target ("ที่ | โครงการ/กิจกรรม | วัตถุประสงค์ |
ตัวชี้วัด | งบประมาณ | ผู้รับผิดชอบ"): a "ตัวชี้วัด" column of targets ("ร้อยละ 80 ของบุคลากรเข้าร่วม") is the
project's own indicator of success, not the ITA indicator a row serves. Tables written for this test."""
from extract.pipeline import extract_document
from extract.readers.text import read_text

HEAD = ("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568\n"
        "องค์การบริหารส่วนตำบลแม่ฮ้อยเงิน อำเภอดอยสะเก็ด จังหวัดเชียงใหม่\n\n")


def _measures(table: str):
    result = extract_document(read_text((HEAD + table).encode("utf-8"), "x.txt", ""))
    return [(m.table, m.title, m.indicators, m.responsible, m.rationale, m.outcome) for m in result.measures]


def test_a_plan_of_projects_with_a_column_of_targets():
    assert _measures(
        "ที่\tโครงการ/กิจกรรม\tวัตถุประสงค์\tตัวชี้วัด\tงบประมาณ\tผู้รับผิดชอบ\n"
        "1\tโครงการอบรมคุณธรรมจริยธรรม\tเพื่อเสริมสร้างจิตสำนึก\tร้อยละ 80 ของบุคลากรเข้าร่วม\t20,000\tสำนักปลัด\n"
        "2\tกิจกรรมเผยแพร่ข้อมูลข่าวสาร\tเพื่อให้ประชาชนรับรู้ข้อมูล\tเผยแพร่ครบ 12 เดือน\t-\tกองคลัง\n") == [
        ("plan", "โครงการอบรมคุณธรรมจริยธรรม", [], ["สำนักปลัด"], "เพื่อเสริมสร้างจิตสำนึก", None),
        ("plan", "กิจกรรมเผยแพร่ข้อมูลข่าวสาร", [], ["กองคลัง"], "เพื่อให้ประชาชนรับรู้ข้อมูล", None)]


def test_a_target_column_and_no_objective():
    assert _measures(
        "โครงการ\tเป้าหมาย\tงบประมาณ\tผู้รับผิดชอบ\n"
        "โครงการอบรมคุณธรรมจริยธรรม\tบุคลากร 40 คน\t20,000\tสำนักปลัด\n"
        "โครงการจัดทำคู่มือการปฏิบัติงาน\tคู่มือ 1 เล่ม\t5,000\tกองคลัง\n") == [
        ("plan", "โครงการอบรมคุณธรรมจริยธรรม", [], ["สำนักปลัด"], None, None),
        ("plan", "โครงการจัดทำคู่มือการปฏิบัติงาน", [], ["กองคลัง"], None, None)]


def test_an_indicator_column_that_names_ita_indicators_stays_one():
    assert _measures(
        "ที่\tโครงการ/กิจกรรม\tตัวชี้วัด\tวิธีดำเนินการ\tผู้รับผิดชอบ\n"
        "1\tปรับปรุงเว็บไซต์\tตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\tเผยแพร่ข้อมูลทุกเดือน\tสำนักปลัด\n"
        "2\tจัดทำคู่มือการใช้รถ\tการใช้ทรัพย์สินของราชการ\tประกาศใช้คู่มือ\tกองช่าง\n") == [
        ("plan", "ปรับปรุงเว็บไซต์", [9], ["สำนักปลัด"], None, None),
        ("plan", "จัดทำคู่มือการใช้รถ", [4], ["กองช่าง"], None, None)]


def test_projects_and_budgets_alone_are_no_plan():
    assert _measures("โครงการ\tงบประมาณ\tเป้าหมาย\nโครงการอบรมคุณธรรม\t20,000\tบุคลากร 40 คน\n"
                     "โครงการจัดทำคู่มือ\t5,000\tคู่มือ 1 เล่ม\n") == []


def test_a_plans_heading_year_is_its_fiscal_year_not_the_assessment_it_follows():
    result = extract_document(read_text((
        "แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2568 (ตามผลการประเมิน ITA ปี 2567)\n"
        "เทศบาลตำบลริมกก อำเภอเมือง จังหวัดเชียงราย\n\n"
        "ที่\tมาตรการ\tวิธีดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\n1\tเผยแพร่ข้อมูล\tลงเว็บไซต์\tสำนักปลัด\tตลอดปี\n"
        "2\tรับเรื่องร้องเรียน\tเปิดช่องทาง\tกองคลัง\tตลอดปี\n").encode("utf-8"), "x.txt", ""))
    assert result.report.fiscal_year == 2568
    assert [(m.table_fiscal_year, str(m.period_start), str(m.period_end)) for m in result.measures] == [
        (2568, "2024-10-01", "2025-09-30")] * 2


def test_projects_with_their_budget_and_unit_are_a_plan():
    assert _measures("โครงการ\tงบประมาณ\tผู้รับผิดชอบ\nโครงการอบรมจริยธรรม\t20,000\tสำนักปลัด\n"
                     "โครงการจัดทำคู่มือ\t5,000\tกองคลัง\n") == [
        ("plan", "โครงการอบรมจริยธรรม", [], ["สำนักปลัด"], None, None),
        ("plan", "โครงการจัดทำคู่มือ", [], ["กองคลัง"], None, None)]

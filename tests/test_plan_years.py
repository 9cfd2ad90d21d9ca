"""A plan of projects laid out year by year (the anti-corruption plan template: "มิติ | ภารกิจตามมิติ |
โครงการ/กิจกรรม/มาตรการ | ปี ๒๕๖๕ … ปี ๒๕๖๘ | หมายเหตุ", a budget under each year) is a plan of
measures, one per project, though it has no steps, unit or timeframe column (the precedent is
../shared/gold-real-web/016: tabled anti-corruption plan rows are plan measures). Cells merged over
several projects group them and are no part of a measure. Documents written for this test."""
from pathlib import Path

from extract import extract_paths
from extract.document import Row, Table
from extract.parse.tables import is_measures_table, layout, plan_year
from tests.conftest import SAMPLES

# a school's three-year plan as a text export: one header row, A.D.-free "พ.ศ." years, a unit column
SCHOOL = """แผนการส่งเสริมคุณธรรมและความโปร่งใส ระยะ ๓ ปี (ปีงบประมาณ ๒๕๖๖ - ๒๕๖๘)
โรงเรียนบ้านหนองแวงใหญ่ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๓

ที่\tกิจกรรม/โครงการ\tพ.ศ. 2566\tพ.ศ. 2567\tพ.ศ. 2568\tผู้รับผิดชอบ
1\tจัดทำคู่มือการปฏิบัติงานด้านการเงินและพัสดุ\t5,000\t-\t-\tงานการเงิน
2\tเผยแพร่แผนการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์โรงเรียน\t-\t-\t-\tงานพัสดุ
3\tประชุมชี้แจงแนวปฏิบัติการรับของขวัญ (No Gift Policy)\t-\t1,000\t1,000\tฝ่ายบริหารทั่วไป
"""

# year columns under a column that names no project, and a score table by year: no measures
BUDGETS = """รายงานแผนงบประมาณรายจ่ายล่วงหน้า
องค์การบริหารส่วนตำบลโนนสูง อำเภอน้ำพอง จังหวัดขอนแก่น
การประเมิน ITA ตัวชี้วัดการใช้งบประมาณ

แผนงาน\tปี 2566\tปี 2567\tปี 2568
แผนงานบริหารงานทั่วไป\t8,452,000\t8,600,000\t8,750,000
แผนงานการศึกษา\t3,210,000\t3,300,000\t3,350,000

ตัวชี้วัด\tปี 2566\tปี 2567
ตัวชี้วัดที่ 2 การใช้งบประมาณ\t85.20\t88.40
"""


def _run(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    return result


def test_year_columns():
    assert plan_year("ปี ๒๕๖๕ งบประมาณ (บาท)") == 2565
    assert plan_year("พ.ศ. 2567") == 2567
    assert plan_year("ปีงบประมาณ 2566") == 2566
    assert plan_year("งบประมาณ (บาท)") is None               # no year
    assert plan_year("ปี ๒๕๖๕ - ๒๕๖๘") is None               # a span is no column of one year
    assert plan_year("ผลการดำเนินงาน ปี ๒๕๖๖") is None       # other words: a result column


def test_a_label_under_each_year_is_the_second_header_row():
    table = Table(rows=[Row(cells=r, clean=r) for r in (
        ["ภารกิจตามมิติ", "โครงการ/กิจกรรม/", "ปี ๒๕๖๕", "ปี ๒๕๖๖", "หมายเหตุ"],
        ["", "มาตรการ", "งบประมาณ (บาท)", "งบประมาณ (บาท)", ""],
        ["๑.๑ การสร้างจิตสำนึก", "๑) โครงการอบรม", "๒๐,๐๐๐", "-", ""],
        ["", "๒) กิจกรรมประกาศเจตจำนง", "-", "-", "ไม่ใช้งบประมาณ"])])
    lay = layout(table)
    assert lay.body_start == 2
    assert lay.header[1] == "โครงการ/กิจกรรม/ มาตรการ"
    assert lay.fields == [None, "title", "budget", "budget", "note"]
    assert lay.years == {2: 2565, 3: 2566}
    assert lay.unknown == [] and lay.repeated == {}
    assert is_measures_table(table)


def test_the_chromium_plan_over_four_years():
    [result] = extract_paths([SAMPLES / "chromium" / "plan_years.pdf"])
    assert result.report.report_kind == "measures"
    assert result.report.organization == "องค์การบริหารส่วนตำบลหนองบัวทอง"
    assert [(m.table, m.row, m.title, m.note, m.responsible, m.timeframe, m.where.page) for m in result.measures] == [
        ("plan", 1, "๑) โครงการอบรมคุณธรรมจริยธรรมสำหรับพนักงานส่วนตำบล", None, [], None, 1),
        ("plan", 2, "๒) กิจกรรมประกาศเจตจำนงต่อต้านการทุจริตของผู้บริหาร", "ไม่ใช้งบประมาณ", [], None, 1),
        ("plan", 3, "๓) มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม", None, [], None, 1),
        ("plan", 4, "๔) โครงการปลูกป่าเฉลิมพระเกียรติ", "กองส่งเสริมการเกษตร", [], None, 1),
        ("plan", 5, "๕) กิจกรรมเผยแพร่ข้อมูลข่าวสารด้านการจัดซื้อจัดจ้างผ่านเว็บไซต์", None, [], None, 1),
    ]
    # the merged mission cells group projects: no measure is merged into another, nothing is unknown
    assert {c.code for c in result.checks} & {"ROW_MERGED", "TABLE_HEADER_UNKNOWN"} == set()
    assert all(m.indicators == [] for m in result.measures)


def test_a_school_plan_by_year_in_a_text_export(tmp_path: Path):
    result = _run(tmp_path, "plan.txt", SCHOOL)
    assert [(m.table, m.title, m.responsible, m.where.line) for m in result.measures] == [
        ("plan", "จัดทำคู่มือการปฏิบัติงานด้านการเงินและพัสดุ", ["งานการเงิน"], 5),
        ("plan", "เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์โรงเรียน", ["งานพัสดุ"], 6),
        ("plan", "ประชุมชี้แจงแนวปฏิบัติการรับของขวัญ (No Gift Policy)", ["ฝ่ายบริหารทั่วไป"], 7),
    ]


def test_year_columns_beside_no_project_column_make_no_plan(tmp_path: Path):
    result = _run(tmp_path, "budgets.txt", BUDGETS)
    assert result.measures == []
    assert [(s.fiscal_year, s.indicator, s.score) for s in result.scores] == [(2566, 2, 85.2), (2567, 2, 88.4)]

"""A report of results per project with budgets: "ที่ | โครงการ/กิจกรรม | งบประมาณที่ตั้งไว้ | งบประมาณที่ใช้จริง |
ผลการดำเนินงาน". A title column naming what a row is and a result column make it an implementation
table (it gave NO_RECORDS: budgets are no field of a measure, so it had one body column). A list of
projects and budgets alone stays no measures table. Tables written for this test."""
from pathlib import Path

from extract import extract_paths

HEAD = ("รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567 (รอบ 6 เดือน)\n"
        "องค์การบริหารส่วนตำบลโพนงาม อำเภอกมลาไสย จังหวัดกาฬสินธุ์\n\n")


def _measures(tmp_path: Path, table: str):
    page = tmp_path / "report.txt"
    page.write_text(HEAD + table, encoding="utf-8")
    [result] = extract_paths([page])
    return [(m.table, m.title, m.output) for m in result.measures]


def test_results_of_projects_with_budgets(tmp_path):
    table = ("ที่\tโครงการ/กิจกรรม\tงบประมาณที่ตั้งไว้\tงบประมาณที่ใช้จริง\tผลการดำเนินงาน\n"
             "1\tโครงการอบรมคุณธรรมจริยธรรม\t20,000\t18,500\tดำเนินการแล้ว ผู้เข้าร่วม 60 คน\n"
             "2\tกิจกรรมประกาศเจตจำนงสุจริต\t-\t-\tดำเนินการแล้ว\n")
    assert _measures(tmp_path, table) == [
        ("implementation", "โครงการอบรมคุณธรรมจริยธรรม", "ดำเนินการแล้ว ผู้เข้าร่วม 60 คน"),
        ("implementation", "กิจกรรมประกาศเจตจำนงสุจริต", "ดำเนินการแล้ว")]


def test_projects_and_budgets_alone_are_no_measures_table(tmp_path):
    table = "ที่\tโครงการ/กิจกรรม\tงบประมาณ (บาท)\n1\tโครงการอบรมคุณธรรมจริยธรรม\t20,000\n2\tโครงการจัดซื้อครุภัณฑ์\t50,000\n"
    assert _measures(tmp_path, table) == []

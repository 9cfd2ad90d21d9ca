"""An analysis whose improvement table stands under a heading that names improvements on the
assessment's results ("๓. แนวทางการนำผลการประเมินไปปรับปรุง"): its rows are improvement measures,
although a finding paragraph further up mentions "รายงานผลการดำเนินการ" (that made it an
implementation report). An indicator cell merged over two remedies gives one measure whose
timeframe lists both periods and whose period spans them; the table is for the fiscal year its
dated periods lie in. samples/chromium/improvement_table.*, written for this test."""
from datetime import date
from pathlib import Path

from extract import extract_paths
from extract.parse.measures import _dated_fiscal_years

PDF = Path(__file__).resolve().parents[1] / "samples" / "chromium" / "improvement_table.pdf"


def test_an_improvement_table_under_its_heading():
    [result] = extract_paths([PDF])
    assert [(s.level, s.indicator, s.score, s.fiscal_year) for s in result.scores] == [
        ("overall", None, 82.65, 2567), ("indicator", 7, 74.2, 2567), ("indicator", 10, 58.0, 2567)]
    assert [f.indicator for f in result.findings] == [7, 10]
    assert [(m.table, m.title, m.indicators, m.steps, m.responsible, m.timeframe, m.period_start, m.period_end,
             m.table_fiscal_year) for m in result.measures] == [
        ("improvement", "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", [7],
         ["จัดทำอินโฟกราฟิกสรุปข้อมูลการให้บริการ", "ประชาสัมพันธ์ช่องทางร้องเรียนผ่านหอกระจายข่าว"], ["สำนักปลัด"],
         "ม.ค. - มี.ค. ๒๕๖๘; ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘", date(2024, 10, 1), date(2025, 9, 30), 2568),
        ("improvement", "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", [10], ["เผยแพร่รายงานผลการดำเนินการตามมาตรการทุกไตรมาส"],
         ["กองคลัง"], "ทุกไตรมาส", date(2024, 10, 1), date(2025, 9, 30), 2568)]


def test_the_fiscal_year_of_dated_timeframes():
    assert _dated_fiscal_years(["ต.ค. 66 - ก.ย. 67", "มกราคม - มีนาคม 2567"]) == 2567
    assert _dated_fiscal_years(["ต.ค. 67 - ธ.ค. 67", "ม.ค. 68 - มี.ค. 68", "ตลอดปี"]) == 2568  # years in two digits
    assert _dated_fiscal_years(["ม.ค. - มี.ค. 2567", "ม.ค. - มี.ค. 2568"]) is None  # two years: not one table's
    assert _dated_fiscal_years(["ทุกไตรมาส", "ตลอดปี"]) is None  # nothing dated

"""A plan's totals row ("| รวมทั้งสิ้น | 45,000 | | |" under the budget column) has an empty first cell,
so it was merged into the last project as a continuation: its title became
"โครงการเผยแพร่ข้อมูลข่าวสารรวมทั้งสิ้น". A row whose only text is a totals label beside amounts is
left out with an info check (TOTAL_ROW_SKIPPED). Plans written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths

HEAD = ("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568\nองค์การบริหารส่วนตำบลวังน้ำเขียว\n"
        "ลำดับ\tโครงการ/กิจกรรม\tงบประมาณ (บาท)\tผู้รับผิดชอบ\tระยะเวลา\n"
        "1\tโครงการอบรมคุณธรรมจริยธรรมพนักงาน\t30,000\tสำนักปลัด\tม.ค. 2568\n"
        "2\tโครงการเผยแพร่ข้อมูลข่าวสาร\t15,000\tกองคลัง\tตลอดปี\n")


def _run(tmp_path: Path, last: str):
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + last, encoding="utf-8")
    [result] = extract_paths([path])
    return ([(m.title, m.responsible) for m in result.measures],
            [(c.code, c.source_text) for c in result.checks if c.code in ("TOTAL_ROW_SKIPPED", "ROW_MERGED")])


@pytest.mark.parametrize("row, label", [
    ("\tรวมทั้งสิ้น\t45,000\t\t\n", "รวมทั้งสิ้น | 45,000"),
    ("\tรวม :\t45,000 บาท\t-\t-\n", "รวม : | 45,000 บาท | - | -"),
    ("\tTotal\t45,000\t\t\n", "Total | 45,000"),
])
def test_a_totals_row_is_no_measure_and_no_continuation(tmp_path, row, label):
    assert _run(tmp_path, row) == (
        [("โครงการอบรมคุณธรรมจริยธรรมพนักงาน", ["สำนักปลัด"]), ("โครงการเผยแพร่ข้อมูลข่าวสาร", ["กองคลัง"])],
        [("TOTAL_ROW_SKIPPED", label)])


def test_a_continuation_that_starts_with_the_word_is_still_merged(tmp_path):
    # "รวมถึง…" continues the title above; only a whole label beside amounts is a totals row
    measures, checks = _run(tmp_path, "\tรวมถึงการจัดทำสื่อประชาสัมพันธ์\t\t\t\n")
    assert measures[-1] == ("โครงการเผยแพร่ข้อมูลข่าวสารรวมถึงการจัดทำสื่อประชาสัมพันธ์", ["กองคลัง"])
    assert [code for code, _ in checks] == ["ROW_MERGED"]

"""Score tables laid on their side: the header names one subject per column (indicator numbers under
a "ตัวชี้วัด" corner, indicator names, tools, the overall score) and rows labelled as scores or by year
hold the values. Written for this test in other words than any seed; the PDF is printed by Chromium
(samples/chromium/side_table.html)."""
from pathlib import Path

from extract import extract_paths

ROOT = Path(__file__).resolve().parents[1]


def _scores(tmp_path: Path, text: str):
    page = tmp_path / "report.txt"
    page.write_text(text, encoding="utf-8")
    [result] = extract_paths([page])
    return result, [(s.fiscal_year, s.level, s.tool, s.indicator, s.score, s.grade) for s in result.scores]


def test_indicator_numbers_across_and_a_score_row(tmp_path: Path):
    _, got = _scores(tmp_path, (
        "รายงานผลการประเมิน ITA โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดง ปีงบประมาณ ๒๕๖๖\n"
        "ตัวชี้วัด\t๑\t๒\t๓\t๑๐\n"
        "คะแนน\t๙๕.๑๐\t๘๘.๒๐\t๙๑.๐๐\t๘๒.๐๐\n"))
    assert got == [(2566, "indicator", "IIT", 1, 95.1, None), (2566, "indicator", "IIT", 2, 88.2, None),
                   (2566, "indicator", "IIT", 3, 91.0, None), (2566, "indicator", "OIT", 10, 82.0, None)]


def test_tools_and_overall_across_with_rows_per_year(tmp_path: Path):
    _, got = _scores(tmp_path, (
        "สรุปผลการประเมินคุณธรรมและความโปร่งใส สำนักงานที่ดินจังหวัดน่าน\n"
        "ปีงบประมาณ\tIIT\tEIT\tOIT\tคะแนนรวม\n"
        "2565\t90.12\t85.40\t70.25\t80.11\n"
        "2566\t92.00\t88.15\t91.50\t90.64\n"
        "ระดับ\t\t\t\tA\n"))
    # two rows of years: the grade row could be either year's, so it grades none
    assert got == [(2565, "tool", "IIT", None, 90.12, None), (2565, "tool", "EIT", None, 85.4, None),
                   (2565, "tool", "OIT", None, 70.25, None), (2565, "overall", None, None, 80.11, None),
                   (2566, "tool", "IIT", None, 92.0, None), (2566, "tool", "EIT", None, 88.15, None),
                   (2566, "tool", "OIT", None, 91.5, None), (2566, "overall", None, None, 90.64, None)]


def test_one_score_row_takes_the_grade_and_a_foreign_column_stops_the_reading(tmp_path: Path):
    _, got = _scores(tmp_path, (
        "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ องค์การบริหารส่วนตำบลดอนแก้ว\n"
        "รายการ\tการเปิดเผยข้อมูล\tการป้องกันการทุจริต\tภาพรวม\n"
        "คะแนน\t๙๘.๐๐\t๘๗.๕๐\t๙๑.๒๒\n"
        "ระดับผลการประเมิน\t\t\tAA\n"))
    assert got == [(2567, "indicator", "OIT", 9, 98.0, None), (2567, "indicator", "OIT", 10, 87.5, None),
                   (2567, "overall", None, None, 91.22, "AA")]
    # a column that names no subject: the table is not a score table laid on its side
    _, got = _scores(tmp_path, (
        "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ องค์การบริหารส่วนตำบลดอนแก้ว\n"
        "ตัวชี้วัด\t๑\t๒\tหมายเหตุ\n"
        "คะแนน\t๙๘.๐๐\t๘๗.๕๐\t๓\n"))
    assert got == []


def test_a_chromium_pdf_with_a_sideways_table_and_a_findings_column():
    [result] = extract_paths([ROOT / "samples" / "chromium" / "side_table.pdf"])
    assert [(s.indicator, s.score, s.where.page) for s in result.scores] == [
        (1, 95.1, 1), (2, 88.2, 1), (3, 91.0, 1), (4, 87.55, 1), (5, 90.0, 1), (6, 85.44, 1), (7, 86.0, 1),
        (8, 84.25, 1), (9, 97.5, 1), (10, 82.0, 1)]
    assert result.scores[0].source_text == "ตัวชี้วัด ๑ | คะแนน | ๙๕.๑๐"
    assert all(s.where.bbox is not None for s in result.scores)  # each score's own cell
    # "จุดที่ต้องพัฒนา" heads the findings column
    assert [(f.indicator, f.text) for f in result.findings] == [
        (5, "ผู้รับบริการไม่มั่นใจว่าการร้องเรียนจะได้รับการแก้ไข"),
        (8, "ยังไม่มีการนำเทคโนโลยีมาใช้ในการให้บริการ")]

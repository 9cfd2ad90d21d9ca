"""Score tables whose score columns name their year ("คะแนน ปี ๒๕๖๕ | คะแนน ปี ๒๕๖๖"): each column's
scores are that year's, never all filed under the report's year (where they would conflict and the
earlier year's value would win). A column naming several years is left out with SCORE_YEAR_UNCLEAR;
full marks, targets and the change between years are no scores. Tables written for this test, in
words of no seed or real file."""
from pathlib import Path

from extract import extract_paths

HEAD = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)\n"
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\nเทศบาลตำบลหนองหิน อำเภอหนองหิน จังหวัดเลย\n\n")


def _read(tmp_path: Path, table: str):
    page = tmp_path / "analysis.txt"
    page.write_text(HEAD + table, encoding="utf-8")
    [result] = extract_paths([page])
    scores = [(s.fiscal_year, s.level, s.indicator, s.score, s.change_label) for s in result.scores]
    return scores, [c.code for c in result.checks if c.code.startswith("SCORE")]


def test_each_score_column_holds_the_year_it_names(tmp_path):
    table = ("ผลคะแนนเปรียบเทียบรายตัวชี้วัด\n"
             "ตัวชี้วัด\tคะแนน ปี ๒๕๖๕\tคะแนน ปี ๒๕๖๖\tผลต่าง\n"
             "๑. การปฏิบัติหน้าที่\t๙๐.๑๒\t๙๔.๕๐\t+๔.๓๘\n"
             "๒. การใช้งบประมาณ\t๘๘.๐๐\t๙๑.๒๕\t+๓.๒๕\n"
             "คะแนนรวม\t๘๖.๕๐\t๙๒.๑๐\t+๕.๖๐\n")
    assert _read(tmp_path, table) == ([
        (2565, "indicator", 1, 90.12, None), (2566, "indicator", 1, 94.5, "+๔.๓๘"),
        (2565, "indicator", 2, 88.0, None), (2566, "indicator", 2, 91.25, "+๓.๒๕"),
        (2565, "overall", None, 86.5, None), (2566, "overall", None, 92.1, "+๕.๖๐"),
    ], [])


def test_full_marks_targets_and_changes_are_no_scores(tmp_path):
    table = ("ตารางผลการประเมินรายตัวชี้วัด\n"
             "ตัวชี้วัด\tคะแนนเต็ม\tค่าเป้าหมาย\tคะแนนที่ได้ (ปีงบประมาณ ๒๕๖๖)\tคะแนนที่เพิ่มขึ้น/ลดลง\n"
             "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\t๑๐๐\t๙๐\t๙๗.๕๐\t๒.๕๐\n"
             "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต\t๑๐๐\t๘๕\t๘๘.๗๕\t-๑.๒๕\n")
    assert _read(tmp_path, table) == ([
        (2566, "indicator", 9, 97.5, "๒.๕๐"), (2566, "indicator", 10, 88.75, "-๑.๒๕"),
    ], [])


def test_a_column_naming_a_span_of_years_is_left_out(tmp_path):
    table = ("สรุปผลคะแนน\n"
             "ตัวชี้วัด\tคะแนนเฉลี่ย ปี ๒๕๖๔-๒๕๖๕\tคะแนน ปี ๒๕๖๖\n"
             "๑. การปฏิบัติหน้าที่\t๘๙.๐๐\t๙๔.๕๐\n"
             "๒. การใช้งบประมาณ\t๘๗.๒๐\t๙๑.๒๕\n")
    assert _read(tmp_path, table) == ([
        (2566, "indicator", 1, 94.5, None), (2566, "indicator", 2, 91.25, None),
    ], ["SCORE_YEAR_UNCLEAR"])


def test_a_table_on_its_side_reads_each_score_row_for_the_year_it_names(tmp_path):
    table = ("ผลคะแนนรายตัวชี้วัด\n"
             "ตัวชี้วัด\t๑\t๒\t๓\n"
             "คะแนนเต็ม\t๑๐๐\t๑๐๐\t๑๐๐\n"
             "ผลคะแนน ปี ๒๕๖๕\t๘๐.๑๐\t๘๒.๒๐\t๘๔.๓๐\n"
             "ผลคะแนน ปี ๒๕๖๖\t๙๐.๔๐\t๙๒.๕๐\t๙๔.๖๐\n"
             "คะแนนที่เปลี่ยนแปลง\t๑๐.๓๐\t๑๐.๓๐\t๑๐.๓๐\n")
    assert _read(tmp_path, table) == ([
        (2565, "indicator", 1, 80.1, None), (2565, "indicator", 2, 82.2, None), (2565, "indicator", 3, 84.3, None),
        (2566, "indicator", 1, 90.4, None), (2566, "indicator", 2, 92.5, None), (2566, "indicator", 3, 94.6, None),
    ], [])

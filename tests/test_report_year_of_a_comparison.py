"""A report that names no fiscal year but compares years in a table ("เครื่องมือ | ปี 2566 | ปี 2567 |
ผลต่าง") is about the latest of them: its year and overall score were the earlier year's (the first
year found). A plan's budget columns per year stay the plan's first year (samples/chromium/plan_years).
Documents written for this test."""
from pathlib import Path

from extract import extract_paths

TEXT = """ผลคะแนน ITA เปรียบเทียบย้อนหลัง
องค์การบริหารส่วนตำบลทุ่งกระตาดพัฒนา อำเภอหนองกี่ จังหวัดบุรีรัมย์

รายการ\tพ.ศ. 2565\tพ.ศ. 2566\tพ.ศ. 2567
แบบวัด IIT\t88.10\t90.45\t95.20
แบบวัด EIT\t80.00\t82.75\t86.10
แบบวัด OIT\t70.35\t85.00\t93.75
คะแนนรวม ITA\t78.54\t85.80\t91.88
"""

HTML = """<html><head><meta charset="utf-8"></head><body>
<h2>ผลการประเมินคุณธรรมและความโปร่งใส โรงพยาบาลส่งเสริมสุขภาพตำบลโพนทอง</h2>
<table>
<tr><th>เครื่องมือ</th><th>ปี ๒๕๖๖</th><th>ปี ๒๕๖๗</th><th>เพิ่มขึ้น/ลดลง</th></tr>
<tr><td>IIT</td><td>๙๑.๒๐</td><td>๙๔.๓๕</td><td>+๓.๑๕</td></tr>
<tr><td>EIT</td><td>๘๕.๑๐</td><td>๘๓.๐๕</td><td>-๒.๐๕</td></tr>
<tr><td>ITA</td><td>๘๓.๕๒</td><td>๘๙.๖๔</td><td>+๖.๑๒</td></tr>
</table></body></html>
"""


def test_the_latest_year_compared_is_the_reports(tmp_path: Path):
    (tmp_path / "compare.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "compare.html").write_text(HTML, encoding="utf-8")
    text, html = extract_paths([tmp_path / "compare.txt", tmp_path / "compare.html"])
    assert (text.report.fiscal_year, text.report.overall_score) == (2567, 91.88)
    assert (html.report.fiscal_year, html.report.overall_score) == (2567, 89.64)
    assert sorted((s.fiscal_year, s.level, s.tool, s.score) for s in text.scores if s.fiscal_year == 2567) == [
        (2567, "overall", None, 91.88), (2567, "tool", "EIT", 86.1), (2567, "tool", "IIT", 95.2),
        (2567, "tool", "OIT", 93.75)]


def test_a_stated_fiscal_year_still_wins(tmp_path: Path):
    path = tmp_path / "stated.txt"
    path.write_text(TEXT.replace("ผลคะแนน ITA เปรียบเทียบย้อนหลัง", "ผลคะแนน ITA ปีงบประมาณ 2566 เทียบกับปีอื่น"),
                    encoding="utf-8")
    (result,) = extract_paths([path])
    assert (result.report.fiscal_year, result.report.overall_score) == (2566, 85.8)


def test_years_as_rows_give_the_latest_too(tmp_path: Path):
    path = tmp_path / "rows.txt"
    path.write_text("สรุปผลคะแนน ITA ย้อนหลัง 3 ปี\nเทศบาลตำบลบ้านดู่ อำเภอเมืองเชียงราย จังหวัดเชียงราย\n\n"
                    "ปีงบประมาณ\tคะแนน ITA\tระดับผลการประเมิน\nพ.ศ. 2565\t82.14\tB\nพ.ศ. 2566\t88.76\tA\n"
                    "พ.ศ. 2567\t95.02\tAA\n", encoding="utf-8")
    (result,) = extract_paths([path])
    assert (result.report.fiscal_year, result.report.overall_score, result.report.overall_grade) == (2567, 95.02, "AA")
    assert [(s.fiscal_year, s.score) for s in result.scores] == [(2565, 82.14), (2566, 88.76), (2567, 95.02)]


def test_budgets_per_year_in_millions_are_no_comparison(tmp_path: Path):
    # decimals under the years, but money ("ล้านบาท"): a plan over years keeps its first year
    path = tmp_path / "plan.txt"
    path.write_text("แผนปฏิบัติการป้องกันการทุจริต 4 ปี\nเทศบาลตำบลหนองแวง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น\n\n"
                    "โครงการ\tปี 2565\tปี 2566\tปี 2567\tปี 2568\n"
                    "โครงการอบรมคุณธรรม (ล้านบาท)\t1.50\t1.50\t2.00\t2.00\n"
                    "โครงการป้ายประชาสัมพันธ์ (ล้านบาท)\t0.25\t0.30\t0.30\t0.35\n", encoding="utf-8")
    (result,) = extract_paths([path])
    assert result.report.fiscal_year == 2565 and result.scores == []

"""The overall result's label on a line of its own with no score word in it ("ผลการประเมินภาพรวม", "ภาพรวม")
and its value alone on the next line ("92.45"), or a web page's label and value in sibling elements: the
value is the overall score, as "IIT" / "95.20" is the tool's (schemas/score_cues.OVERALL_ROW_LABEL; it was
read only with "คะแนน" in the label). A grade's label alone over the grade ("ระดับผลการประเมิน" / "A") grades
it. Another total's label ("ผลการเบิกจ่ายภาพรวม") stays unread. Documents written for this test."""
from pathlib import Path

from extract import extract_paths

LINES = """รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)
ประจำปีงบประมาณ พ.ศ. 2567
องค์การบริหารส่วนตำบลหนองบัวแดง อำเภอเมือง จังหวัดชัยภูมิ

ผลการประเมินภาพรวม
92.45
ระดับผลการประเมิน
ผ่านดี

จากผลการประเมินดังกล่าว องค์การบริหารส่วนตำบลได้วิเคราะห์ข้อมูลเพื่อปรับปรุงการดำเนินงาน
"""

# other words: a page whose label and value are sibling elements, "ภาพรวม" and Thai digits, "ระดับ"
SIBLINGS = """<html><head><meta charset="utf-8"><title>ITA 2566</title></head><body>
<h1>ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2566</h1>
<p>เทศบาลตำบลหนองแก อำเภอหัวหิน จังหวัดประจวบคีรีขันธ์</p>
<div class="stat"><span class="label">ภาพรวม</span><span class="value">๘๙.๑๐</span></div>
<div class="stat"><span class="label">ระดับ</span><span class="value">ผ่านดี</span></div>
</body></html>"""


def _read(tmp_path: Path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    return [(s.fiscal_year, s.level, s.score, s.grade) for s in result.scores]


def test_a_label_line_of_the_overall_result(tmp_path):
    assert _read(tmp_path, LINES, "report.txt") == [(2567, "overall", 92.45, "ผ่านดี")]


def test_label_and_value_in_sibling_elements(tmp_path):
    assert _read(tmp_path, SIBLINGS, "page.html") == [(2566, "overall", 89.1, "ผ่านดี")]


def test_another_totals_label_stays_unread(tmp_path):
    assert _read(tmp_path, LINES.replace("ผลการประเมินภาพรวม", "ผลการเบิกจ่ายภาพรวม"), "report.txt") == []

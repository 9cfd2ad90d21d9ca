"""An old government site lays its page out in a table of a few rows: a banner row over a menu column
beside the content column. Such a table is no data table (extract/readers/html.LAYOUT_MAX_ROWS): read as
one, the whole post was one cell beside the menu's and the page gave no score. Its cells are read as
blocks of text, the menu cell dropped."""
from extract import extract_paths

# windows-874, Thai digits, the menu in the left column
OLD_SITE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874"></head>
<body><table width="100%"><tr><td colspan="2"><b>องค์การบริหารส่วนตำบลโพธิ์ทอง อำเภอจอมพระ จังหวัดสุรินทร์</b></td></tr>
<tr><td width="200"><a href="a">หน้าแรก</a><br><a href="b">ประวัติ</a><br><a href="c">ข่าว</a><br>
<a href="d">ITA ปี ๒๕๖๖</a></td>
<td><font size="4"><b>ประกาศผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</b></font><br>
องค์การบริหารส่วนตำบลโพธิ์ทอง ได้รับผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
ได้คะแนน ๘๗.๖๔ คะแนน อยู่ในระดับ B</td></tr></table></body></html>"""

# UTF-8, other words: the menu in the right column as a list of links, a footer row under them
RIGHT_MENU = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<table border="0" width="960"><tr><td colspan="2"><img src="logo.gif" alt=""> โรงพยาบาลนาแห้ว จังหวัดเลย</td></tr>
<tr><td valign="top"><p>ผลการประเมิน ITA ของโรงพยาบาลนาแห้ว ปีงบประมาณ 2568</p>
<p>โรงพยาบาลนาแห้ว ผ่านการประเมินด้วยคะแนนรวม 95.08 คะแนน ระดับ AA</p></td>
<td valign="top" width="180"><ul><li><a href="/">หน้าหลัก</a></li><li><a href="/about">เกี่ยวกับเรา</a></li>
<li><a href="/oit">ITA ปี 2567 ได้ 88.10</a></li></ul></td></tr>
<tr><td colspan="2">โทร 042-000000</td></tr></table></body></html>"""


def _records(result):
    r = result.report
    return ((r.organization, r.district, r.province, r.fiscal_year, r.overall_score, r.overall_grade),
            [(s.fiscal_year, s.level, s.score, s.grade) for s in result.scores])


def test_an_old_sites_layout_table_with_a_menu_column(tmp_path):
    page = tmp_path / "ita.html"
    page.write_bytes(OLD_SITE.encode("cp874"))
    [result] = extract_paths([page])
    assert result.report.encoding == "cp874"
    assert _records(result) == (
        ("องค์การบริหารส่วนตำบลโพธิ์ทอง", "จอมพระ", "สุรินทร์", 2567, 87.64, "B"), [(2567, "overall", 87.64, "B")])
    assert result.scores[0].source_text.endswith("ได้คะแนน ๘๗.๖๔ คะแนน อยู่ในระดับ B")  # as printed


def test_a_layout_table_with_its_menu_on_the_right(tmp_path):
    page = tmp_path / "ita.html"
    page.write_text(RIGHT_MENU, encoding="utf-8")
    [result] = extract_paths([page])
    # the menu's "ITA ปี 2567 ได้ 88.10" stays out
    assert _records(result) == (
        ("โรงพยาบาลนาแห้ว", None, "เลย", 2568, 95.08, "AA"), [(2568, "overall", 95.08, "AA")])

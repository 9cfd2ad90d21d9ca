"""Sidebars and news tickers that are no <aside>: a theme's widget column (class "widget", "sidebar-right"),
a <marquee> or a script's "news-ticker". Their other bodies' scores (a ranking of the district's อบต.,
congratulations to a neighbour) made a page about one body a page about several: it lost its organization
and its score (MULTIPLE_SUBJECTS). Elementor's "elementor-widget" blocks and Genesis's "content-sidebar-wrap"
hold the post itself and stay read."""
import pytest

from extract import extract_paths

RANKING_WIDGET = """<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"></head><body>
<div class="header"><h1>องค์การบริหารส่วนตำบลหนองหญ้าไซ</h1></div>
<div class="row"><div class="col-8"><h2>ผลการประเมิน ITA ปีงบประมาณ 2567</h2>
<p>องค์การบริหารส่วนตำบลหนองหญ้าไซ ได้รับผลการประเมิน ITA ปีงบประมาณ 2567 ได้ 91.71 คะแนน ระดับ A</p></div>
<div class="col-4 widget"><h4>อันดับ ITA อำเภอ</h4><table><tr><th>หน่วยงาน</th><th>คะแนน</th></tr>
<tr><td>อบต.หนองราชวัตร</td><td>96.02</td></tr><tr><td>อบต.แจงงาม</td><td>93.15</td></tr>
<tr><td>อบต.หนองหญ้าไซ</td><td>91.71</td></tr></table></div></div></body></html>"""

MARQUEE = """<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"></head><body>
<div class="header"><h1>เทศบาลตำบลดอนเจดีย์</h1></div>
<marquee>ขอแสดงความยินดีกับ เทศบาลตำบลสระกระโจม ผ่านการประเมิน ITA ได้ 95.50 คะแนน ระดับ AA</marquee>
<div class="content"><h2>ผลการประเมิน ITA ประจำปี 2567</h2><p>เทศบาลตำบลดอนเจดีย์ ได้ 89.10 คะแนน ระดับ A</p></div>
</body></html>"""

# other words, other structures: a script's ticker and a right sidebar of latest news, a hospital's page
TICKER_AND_SIDEBAR = """<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"></head><body>
<div id="logo">โรงพยาบาลด่านช้าง</div>
<div class="news-ticker"><span>โรงพยาบาลอู่ทอง ผ่าน ITA 2568 ด้วยคะแนน 94.44 คะแนน</span></div>
<div class="wrap"><div class="content"><h2>ประกาศผลการประเมิน ITA ปี 2568</h2>
<p>โรงพยาบาลด่านช้าง มีผลคะแนนการประเมิน ITA ปีงบประมาณ 2568 เท่ากับ 96.15 คะแนน</p></div>
<div class="sidebar-right"><h4>ข่าวล่าสุด</h4><p>โรงพยาบาลสามชุก ได้ 92.80 คะแนน ITA ปี 2568</p></div></div>
</body></html>"""

ELEMENTOR = """<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"></head><body>
<div class="site-header"><p class="site-title">องค์การบริหารส่วนตำบลหนองโดน</p></div>
<div class="content-sidebar-wrap"><div class="elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container"><p>องค์การบริหารส่วนตำบลหนองโดน ได้รับผลการประเมิน ITA ปี 2567 ได้ 90.08 คะแนน</p>
</div></div></div></body></html>"""


@pytest.mark.parametrize("page,expected", [
    (RANKING_WIDGET, ("องค์การบริหารส่วนตำบลหนองหญ้าไซ", 2567, 91.71, "A")),
    (MARQUEE, ("เทศบาลตำบลดอนเจดีย์", 2567, 89.1, "A")),
    (TICKER_AND_SIDEBAR, ("โรงพยาบาลด่านช้าง", 2568, 96.15, None)),
    (ELEMENTOR, ("องค์การบริหารส่วนตำบลหนองโดน", 2567, 90.08, None)),
], ids=["ranking widget", "marquee", "ticker and right sidebar", "elementor widget holds the post"])
def test_the_pages_own_result_without_its_sidebars_and_tickers(tmp_path, page, expected):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    [result] = extract_paths([path])
    r = result.report
    assert (r.organization, r.fiscal_year, r.overall_score, r.overall_grade) == expected
    assert [(s.fiscal_year, s.level, s.score) for s in result.scores] == [(expected[1], "overall", expected[2])]
    assert [c.code for c in result.checks if c.code in ("MULTIPLE_SUBJECTS", "SCORE_ROLE_UNCLEAR")] == []


# the links to the previous and next posts, outside a <nav>: an old WordPress theme's and Joomla's
POST_NAVIGATION = """<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"></head><body>
<div class="site-branding"><p class="site-title">องค์การบริหารส่วนตำบลโคกกลาง</p></div>
<div class="content"><h1>ผล ITA ปี 2567</h1>
<p>องค์การบริหารส่วนตำบลโคกกลาง ได้รับผลการประเมิน ITA ปีงบประมาณ 2567 ได้ 92.64 คะแนน ระดับ A</p>
<div class="post-navigation"><div class="nav-previous"><a href="/p1">« เทศบาลตำบลโคกสูง ได้ 88.40 คะแนน ITA 2567</a></div>
<div class="nav-next"><a href="/p3">องค์การบริหารส่วนตำบลโคกใหญ่ ได้ 90.00 คะแนน ITA 2567 »</a></div></div></div></body></html>"""

PAGENAV = """<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"></head><body>
<div id="sp-header"><div class="logo"><span>โรงเรียนวัดสระแก้ว</span></div></div>
<div class="item-page"><h2>แจ้งผลคะแนน ITA ปีการศึกษา 2568</h2>
<div itemprop="articleBody"><p>โรงเรียนวัดสระแก้ว มีคะแนนการประเมิน ITA ปีงบประมาณ 2568 รวม 97.02 คะแนน</p></div>
<ul class="pager pagenav"><li class="previous"><a href="/a">โรงเรียนบ้านโนนดินแดง ได้ 93.12 คะแนน</a></li>
<li class="next"><a href="/b">โรงเรียนบ้านละหาน ได้ 90.50 คะแนน</a></li></ul></div></body></html>"""


@pytest.mark.parametrize("page,expected", [
    (POST_NAVIGATION, ("องค์การบริหารส่วนตำบลโคกกลาง", 2567, 92.64, "A")),
    (PAGENAV, ("โรงเรียนวัดสระแก้ว", 2568, 97.02, None)),
], ids=["wordpress post navigation", "joomla pagenav"])
def test_the_links_to_the_previous_and_next_posts_stay_out(tmp_path, page, expected):
    test_the_pages_own_result_without_its_sidebars_and_tickers(tmp_path, page, expected)

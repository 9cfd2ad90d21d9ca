"""A place that opens its line under a line ending with another body's name is that body's address (a
site's banner over a post about another body, a letterhead of the publisher over news of a school), not
the subject's: before, the banner's อำเภอ and จังหวัด went to the school the post is about."""
from extract import extract_paths

SITE = """<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8">
<title>องค์การบริหารส่วนตำบลห้วยทราย อำเภอสันกำแพง จังหวัดเชียงใหม่</title></head>
<body><div id="header"><div class="logo-text">องค์การบริหารส่วนตำบลห้วยทราย</div><div>อำเภอสันกำแพง จังหวัดเชียงใหม่</div></div>
<div class="breadcrumbs">หน้าหลัก / ข่าวสาร / ข่าวจากหน่วยงานอื่น</div>
<article><h1>ขอแสดงความยินดีกับโรงเรียนบ้านห้วยทราย</h1>
<p>ขอแสดงความยินดีกับโรงเรียนบ้านห้วยทราย สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1
ที่ได้รับผลการประเมินคุณธรรมและความโปร่งใส (ITA Online) ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 96.40 คะแนน ระดับ AA</p>
</article><footer>องค์การบริหารส่วนตำบลห้วยทราย</footer></body></html>"""

# other words, plain lines: a district health office's letterhead over its congratulations to a health centre
LETTERHEAD = """สำนักงานสาธารณสุขอำเภอโนนสูง
อำเภอโนนสูง จังหวัดนครราชสีมา
ขอแสดงความยินดีกับโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอนหวาย
โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอนหวาย ได้รับผลการประเมิน ITA ปีงบประมาณ 2568 ได้ 94.50 คะแนน ระดับ AA
โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอนหวาย ขอขอบคุณทุกท่าน
"""

# the subject's own letterhead over its address: kept
OWN = """องค์การบริหารส่วนตำบลดอนหวาย
อำเภอโนนสูง จังหวัดนครราชสีมา
องค์การบริหารส่วนตำบลดอนหวาย ผ่านการประเมิน ITA ปีงบประมาณ 2568 ด้วยคะแนน 94.50 คะแนน
"""


def _report(result):
    r = result.report
    return (r.organization, r.district, r.province, r.fiscal_year, r.overall_score)


def test_a_sites_banner_address_is_not_the_posts_subjects(tmp_path):
    page = tmp_path / "news.html"
    page.write_text(SITE, encoding="utf-8")
    [result] = extract_paths([page])
    assert _report(result) == ("โรงเรียนบ้านห้วยทราย", None, None, 2567, 96.4)


def test_a_letterheads_address_is_not_the_news_subjects(write_report):
    [result] = extract_paths([write_report(LETTERHEAD, "news.txt")])
    assert _report(result) == ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอนหวาย", None, None, 2568, 94.5)


def test_the_subjects_own_letterhead_address_is_kept(write_report):
    [result] = extract_paths([write_report(OWN, "news.txt")])
    assert _report(result) == ("องค์การบริหารส่วนตำบลดอนหวาย", "โนนสูง", "นครราชสีมา", 2568, 94.5)

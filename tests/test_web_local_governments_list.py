"""A page listing the ITA results of several local governments (a provincial local-government office's
news list, a district's post congratulating its เทศบาล and อบต.) is about several bodies: no
organization and no overall score of anyone's. เทศบาล, อบต. and อบจ. are one kind of body
(schemas/bodies.BODY_FAMILIES): before, one เทศบาล and one อบต. each with a score were two kinds, and the
page's first body took the first score as its own."""
from extract import extract_paths

NEWS_LIST = """<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8">
<title>ข่าวประชาสัมพันธ์ – สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสุรินทร์</title></head><body>
<header class="site-header"><div class="logo">สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสุรินทร์</div></header>
<div class="breadcrumb"><a href="/">หน้าแรก</a> » ข่าวประชาสัมพันธ์</div>
<div class="archive"><h1>ข่าวประชาสัมพันธ์</h1>
<div class="post-item"><h2>อบต.ตาตุม แจ้งผลการประเมิน ITA</h2><p>องค์การบริหารส่วนตำบลตาตุม ได้รับผลการประเมิน
คุณธรรมและความโปร่งใส ปี 2567 ได้ 88.76 คะแนน อยู่ในระดับ A</p><span>อ่านต่อ</span></div>
<div class="post-item"><h2>ผล ITA ปี 2566 ของเทศบาลเมืองสุรินทร์</h2><p>เทศบาลเมืองสุรินทร์ ได้คะแนน ITA ปี 2566
เท่ากับ 90.05 คะแนน</p><span>อ่านต่อ</span></div>
</div><footer>ศาลากลางจังหวัดสุรินทร์</footer></body></html>"""

# a district office's post in plain lines: other words, another structure (a bulleted list)
DISTRICT_POST = """ที่ทำการปกครองอำเภอโนนสูง
ขอแสดงความยินดีกับองค์กรปกครองส่วนท้องถิ่นในอำเภอโนนสูง ที่ผ่านการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568
• เทศบาลตำบลโนนสูง 93.10 คะแนน ระดับ A
• องค์การบริหารส่วนตำบลดอนหวาย 90.45 คะแนน ระดับ A
"""


def _records(result):
    r = result.report
    return ((r.organization, r.fiscal_year, r.overall_score, r.overall_grade), result.scores,
            [c.code for c in result.checks if c.code == "MULTIPLE_SUBJECTS"])


def test_a_news_list_of_local_governments_gives_no_ones_score(tmp_path):
    page = tmp_path / "news.html"
    page.write_text(NEWS_LIST, encoding="utf-8")
    [result] = extract_paths([page])
    assert _records(result) == ((None, 2567, None, None), [], ["MULTIPLE_SUBJECTS"])
    [check] = [c for c in result.checks if c.code == "MULTIPLE_SUBJECTS"]
    assert "องค์การบริหารส่วนตำบลตาตุม" in check.message and "เทศบาลเมืองสุรินทร์" in check.message


def test_a_districts_list_of_its_local_governments_gives_no_ones_score(write_report):
    [result] = extract_paths([write_report(DISTRICT_POST, "post.txt")])
    assert _records(result) == ((None, 2568, None, None), [], ["MULTIPLE_SUBJECTS"])

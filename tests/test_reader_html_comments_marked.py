"""Readers' comments marked otherwise than by a "comment" class word: a saved Facebook post's comments
(<div role="article" aria-label="ความคิดเห็นโดย …">, ARIA's role="comment"), an old WordPress theme's
<ol class="commentlist">. A visitor's "อบต.… ได้ 88.10 คะแนน" is no part of what the body announces:
read, it made the post a page about several bodies and the body lost its own score."""
from extract import extract_paths

FACEBOOK = """<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><title>(1) Facebook</title></head>
<body><div role="main"><div role="article">
<h2><strong><a href="https://facebook.com/p">เทศบาลตำบลบ้านใหม่ อำเภอปากเกร็ด</a></strong></h2>
<div data-ad-preview="message"><div dir="auto">ข่าวดี! เทศบาลตำบลบ้านใหม่ ผ่านการประเมิน ITA ปี 2567
ด้วยคะแนน 93.70 คะแนน ระดับ A</div></div>
<div><span>ถูกใจ 125</span> <span>ความคิดเห็น 8 รายการ</span></div>
<ul><li><div role="article" aria-label="ความคิดเห็นโดย สมศรี ใจดี เมื่อ 2 วันที่แล้ว"><a href="#">สมศรี ใจดี</a>
<div dir="auto">ยินดีด้วยค่ะ อบต.บางพลับ ได้ 88.10 คะแนน</div></div></li>
<li><div role="article" aria-label="Comment by Prayoon"><div dir="auto">ปีที่แล้วได้ 85.20 คะแนนครับ</div></div></li></ul>
</div></div></body></html>"""

# other words, another structure: an old WordPress theme's comment list, its items of no comment class
WORDPRESS = """<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"></head><body>
<div id="header"><h1>องค์การบริหารส่วนตำบลเขาดิน อำเภอเขาย้อย จังหวัดเพชรบุรี</h1></div>
<div class="post"><h2>ผลคะแนน ITA ปีงบประมาณ 2568</h2>
<div class="entry"><p>องค์การบริหารส่วนตำบลเขาดิน มีผลคะแนนการประเมิน ITA ปีงบประมาณ 2568 รวม 91.26 คะแนน ระดับ A</p></div>
<h3>2 ความคิดเห็น</h3><ol class="commentlist">
<li class="alt"><cite>ชาวบ้าน</cite><p>เทศบาลตำบลเขาย้อย ได้ 84.00 คะแนน ระดับ B ครับ</p></li>
<li class="even"><cite>ครูนก</cite><p>ขอบคุณค่ะ ปี 2567 ได้ 80.15 คะแนน</p></li></ol></div></body></html>"""


def _records(result):
    r = result.report
    return ((r.organization, r.district, r.province, r.fiscal_year, r.overall_score, r.overall_grade),
            [(s.fiscal_year, s.level, s.score, s.grade) for s in result.scores],
            [c.code for c in result.checks if c.severity != "info"])


def test_a_saved_facebook_posts_comments_stay_out(tmp_path):
    page = tmp_path / "post.html"
    page.write_text(FACEBOOK, encoding="utf-8")
    [result] = extract_paths([page])
    assert _records(result) == (("เทศบาลตำบลบ้านใหม่", "ปากเกร็ด", None, 2567, 93.7, "A"),
                                [(2567, "overall", 93.7, "A")], [])
    # no visitor's number is left out with a check either: the comments are not read
    assert [c for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"] == []


def test_an_old_wordpress_themes_comment_list_stays_out(tmp_path):
    page = tmp_path / "post.html"
    page.write_text(WORDPRESS, encoding="utf-8")
    [result] = extract_paths([page])
    assert _records(result) == (("องค์การบริหารส่วนตำบลเขาดิน", "เขาย้อย", "เพชรบุรี", 2568, 91.26, "A"),
                                [(2568, "overall", 91.26, "A")], [])
    assert [c for c in result.checks if c.code in ("SCORE_ROLE_UNCLEAR", "MULTIPLE_SUBJECTS")] == []

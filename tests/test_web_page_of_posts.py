"""A saved page that lists posts (a news archive, a category page) holds each post in an <article> or a
post-item block (extract/readers/html.POST_ITEM_CLASSES), each about its own body. A school's result
over a health centre's made the school the page's body with its score (the several-bodies rule counted
bodies of one kind only). Now the page says it lists posts (PAGE_OF_POSTS) and scored bodies of any kind
are its several subjects; a page of posts about one body keeps that body and its score. Pages written
for this test."""
from __future__ import annotations

from pathlib import Path

from extract import extract_paths


def _page(tmp_path: Path, html: str):
    path = tmp_path / "news.html"
    path.write_text(html, encoding="utf-8")
    [result] = extract_paths([path])
    return result


ARTICLES = """<html><head><title>ข่าวประชาสัมพันธ์ | สพป.สกลนคร เขต 1</title></head><body>
<nav><a href="/">หน้าแรก</a> <a href="/news">ข่าว</a></nav>
<article><h2>โรงเรียนบ้านนาแก ผ่านการประเมิน ITA</h2>
<p>โรงเรียนบ้านนาแก ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 92.35 อยู่ในระดับ A</p></article>
<article><h2>รพ.สต.บ้านโพนสวาง รับมอบเกียรติบัตร</h2>
<p>โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโพนสวาง ได้คะแนนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 จำนวน 88.10 คะแนน</p></article>
</body></html>"""

# other words, WordPress's post-item blocks (no <article>), a municipality's site, an อบต. and a college
HENTRY = """<html><body><div id="content">
<div class="post-12 post type-post hentry"><h3>อบต.ดงมะไฟ คว้าผล ITA ระดับ AA</h3>
<div class="entry">องค์การบริหารส่วนตำบลดงมะไฟ ผ่านการประเมิน ITA ปี 2568 ด้วยคะแนน 96.40</div></div>
<div class="post-13 post type-post hentry"><h3>ยินดีกับวิทยาลัยเทคนิคสกลนคร</h3>
<div class="entry">วิทยาลัยเทคนิคสกลนคร ได้คะแนน ITA ปี 2568 เท่ากับ 90.75 คะแนน</div></div>
</div></body></html>"""


def _outcome(result):
    return (result.report.organization, result.report.overall_score, [s.score for s in result.scores],
            [c.code for c in result.checks if c.code in ("PAGE_OF_POSTS", "MULTIPLE_SUBJECTS")])


def test_posts_about_bodies_of_different_kinds(tmp_path: Path):
    result = _page(tmp_path, ARTICLES)
    assert _outcome(result) == (None, None, [], ["PAGE_OF_POSTS", "MULTIPLE_SUBJECTS"])
    [several] = [c.message for c in result.checks if c.code == "MULTIPLE_SUBJECTS"]
    assert several == ("The document is about several bodies (2: โรงเรียนบ้านนาแก, "
                       "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโพนสวาง); no organization and no scores are recorded for it.")


def test_post_items_of_other_words(tmp_path: Path):
    assert _outcome(_page(tmp_path, HENTRY)) == (None, None, [], ["PAGE_OF_POSTS", "MULTIPLE_SUBJECTS"])


def test_posts_about_one_body_keep_it(tmp_path: Path):
    html = HENTRY.replace("วิทยาลัยเทคนิคสกลนคร ได้คะแนน ITA ปี 2568 เท่ากับ 90.75 คะแนน",
                          "อบต.ดงมะไฟ จัดอบรมคุณธรรมจริยธรรมให้พนักงาน 40 คน")
    assert _outcome(_page(tmp_path, html)) == ("องค์การบริหารส่วนตำบลดงมะไฟ", 96.4, [96.4], ["PAGE_OF_POSTS"])


def test_one_post_naming_another_kinds_score(tmp_path: Path):
    """One <article>: the page is that post, its body the subject; a school's score in it is another's."""
    html = ("<html><body><article><h1>อบต.ดงมะไฟ คว้าผล ITA</h1><p>องค์การบริหารส่วนตำบลดงมะไฟ ผ่านการประเมิน ITA "
            "ปี 2568 ด้วยคะแนน 96.40</p><p>ขอแสดงความยินดีกับโรงเรียนบ้านดงมะไฟ ที่ได้คะแนน 91.10</p></article>"
            "</body></html>")
    assert _outcome(_page(tmp_path, html)) == ("องค์การบริหารส่วนตำบลดงมะไฟ", 96.4, [96.4], [])

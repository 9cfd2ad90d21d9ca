"""Several bodies each with its score, in sentences that name the assessment in full and its year between
the body and the score ("เทศบาลตำบล… ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน
ภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 95.32"): the score stood farther than MULTI_SCORE_WINDOW
from the name, no body counted as scored, and the page's first body took its score as the page's own. The
assessment's name and year are not counted in the window (schemas/bodies.MULTI_SCORE_FILLER)."""
from extract import extract_paths

NEWS_LIST = """<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"></head><body>
<header class="site-header"><div class="logo">สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดบุรีรัมย์</div></header>
<div class="archive"><div class="post-item"><h2>ข่าวดีจากเทศบาล</h2>
<p>เทศบาลตำบลนางรอง ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)
ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 95.32 คะแนน</p></div>
<div class="post-item"><h2>ข่าวดีอีกแห่ง</h2>
<p>เทศบาลเมืองบุรีรัมย์ ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)
ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 91.04 คะแนน</p></div></div></body></html>"""

# other words, plain lines, Thai digits: two schools in a district office's post
SCHOOLS = """ขอแสดงความยินดีกับโรงเรียนในสังกัด
โรงเรียนบ้านโคกสูง ผ่านการประเมินคุณธรรมและความโปร่งใส (ITA Online) ปีงบประมาณ ๒๕๖๘ ด้วยคะแนนรวม ๙๖.๑๐ คะแนน
โรงเรียนบ้านหนองตะไก้ ผ่านการประเมินคุณธรรมและความโปร่งใส (ITA Online) ปีงบประมาณ ๒๕๖๘ ด้วยคะแนนรวม ๙๓.๓๓ คะแนน
"""


def _records(result):
    r = result.report
    return ((r.organization, r.fiscal_year, r.overall_score), result.scores,
            [c.message for c in result.checks if c.code == "MULTIPLE_SUBJECTS"])


def test_a_list_of_local_governments_in_full_sentences(tmp_path):
    page = tmp_path / "news.html"
    page.write_text(NEWS_LIST, encoding="utf-8")
    [result] = extract_paths([page])
    (report, scores, [message]) = _records(result)
    assert (report, scores) == ((None, 2567, None), [])
    assert "(2: เทศบาลตำบลนางรอง, เทศบาลเมืองบุรีรัมย์)" in message


def test_two_schools_in_full_sentences(write_report):
    [result] = extract_paths([write_report(SCHOOLS, "post.txt")])
    (report, scores, [message]) = _records(result)
    assert (report, scores) == ((None, 2568, None), [])
    assert "(2: โรงเรียนบ้านโคกสูง, โรงเรียนบ้านหนองตะไก้)" in message

"""Web pages saved as HTML: the announcement's text and data tables, not the menus, scripts, sidebars
and footers around it; the charset the page declares (windows-874 on older Thai sites); a layout
table read as text. samples/html/nonsaad_news.html is a page written for this test; the Chromium
fixtures' HTML sources give the records their printed PDFs give."""
from pathlib import Path

import pytest

from extract import extract_paths

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_a_news_page_in_a_thai_code_page():
    [result] = extract_paths([SAMPLES / "html" / "nonsaad_news.html"])
    report = result.report
    assert (report.status, report.reader, report.encoding, report.organization, report.district, report.province,
            report.fiscal_year, report.overall_score, report.overall_grade) == (
        "ok", "html", "cp874", "องค์การบริหารส่วนตำบลโนนสะอาด", "โนนสะอาด", "อุดรธานี", 2566, 90.42, "A")
    # the menu's "ผลการประเมิน ITA ปี 2565" and the script's "70.00" are no part of the page's news
    assert [(s.fiscal_year, s.level, s.tool, s.score) for s in result.scores] == [
        (2566, "overall", None, 90.42), (2566, "tool", "IIT", 94.15), (2566, "tool", "EIT", 89.6),
        (2566, "tool", "OIT", 88.5)]
    assert result.scores[1].source_text == "แบบวัด IIT | 94.15"
    # the sidebar's other news ("เทศบาลตำบลโนนทอง ได้คะแนน … 78.20") is no second overall score
    assert [c.code for c in result.checks if c.severity != "info"] == []


PAGE = """<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><title>ITA 2567</title></head><body>
<div id="masthead" class="site-header"><p class="site-title">องค์การบริหารส่วนตำบลหนองหาร</p>
<p>อำเภอสันทราย จังหวัดเชียงใหม่</p>
<ul class="menu"><li><a href="/">หน้าแรก</a></li><li><a href="/ita">ITA ปี 2566 ได้ 81.00</a></li>
<li><a href="/news">ข่าวประชาสัมพันธ์</a></li></ul></div>
<div class="content"><article><header class="entry-header"><h2>ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567</h2></header>
<p>{body}</p></article></div>
<aside><a href="/n1">ผ่านการประเมิน ITA ปี 2566 ได้ 88.20 คะแนน</a></aside>
<footer>99 หมู่ 3 ตำบลหนองหาร อำเภอเมือง จังหวัดลำพูน</footer></body></html>"""


@pytest.mark.parametrize("body,organization", [
    ("ได้รับผลการประเมิน ITA จำนวน 94.73 คะแนน ระดับ AA", "องค์การบริหารส่วนตำบลหนองหาร"),  # the post names no body
    ("องค์การบริหารส่วนตำบลหนองหาร ได้รับผลการประเมิน ITA จำนวน 94.73 คะแนน ระดับ AA", "องค์การบริหารส่วนตำบลหนองหาร"),
], ids=["post names no body", "post names its body"])
def test_a_post_is_read_after_its_sites_header(tmp_path, body, organization):
    # a WordPress post (<article>): the site's banner names the body and its district and province
    page = tmp_path / "post.html"
    page.write_text(PAGE.format(body=body), encoding="utf-8")
    [result] = extract_paths([page])
    r = result.report
    assert (r.organization, r.district, r.province, r.fiscal_year, r.overall_score, r.overall_grade) == (
        organization, "สันทราย", "เชียงใหม่", 2567, 94.73, "AA")
    # the banner's menu, the sidebar and the footer stay out
    assert [(s.fiscal_year, s.score) for s in result.scores] == [(2567, 94.73)]


@pytest.mark.parametrize("name", ["improvement_table", "gantt_plan", "list_results"])
def test_a_pages_html_gives_the_records_of_its_printed_pdf(name):
    [html] = extract_paths([SAMPLES / "chromium" / f"{name}.html"])
    [pdf] = extract_paths([SAMPLES / "chromium" / f"{name}.pdf"])

    def records(result):
        return ([(m.table, m.title, m.steps, m.responsible, m.period_start, m.period_end, m.output)
                 for m in result.measures],
                [(s.level, s.indicator, s.score) for s in result.scores], [f.indicator for f in result.findings])

    assert html.report.reader == "html" and records(html) == records(pdf)
    assert records(html) != ([], [], [])


def test_a_page_with_no_text_is_a_failed_row_not_a_crash(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><script>var x = 1;</script></head><body><nav>เมนู</nav></body></html>")
    [result] = extract_paths([empty])
    assert result.report.status == "failed"
    assert [c.code for c in result.checks if c.severity == "error"] == ["READ_EMPTY"]


def test_an_earlier_runs_output_folder_inside_the_input_folder_is_not_read(tmp_path):
    from extract.cli import main

    (tmp_path / "page.html").write_bytes((SAMPLES / "html" / "nonsaad_news.html").read_bytes())
    assert main(["check", str(tmp_path), "--out", str(tmp_path / "audit"), "--jobs", "1"]) in (0, 1)
    assert (tmp_path / "audit" / "completeness.html").is_file()
    results = extract_paths([tmp_path])  # the audit's completeness.html is no report
    assert [Path(r.report.source_file).name for r in results] == ["page.html"]


LIST_PAGE = """<html><head><meta charset="utf-8"></head><body>
<div class="header">องค์การบริหารส่วนตำบลโคกสูง อำเภอเมือง จังหวัดขอนแก่น</div>
<h2>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567</h2>
<p>หน่วยงานกำหนดมาตรการตามผลการประเมิน ITA ดังนี้</p>
<ol><li>มาตรการเผยแพร่ข้อมูลต่อสาธารณะ
<ul><li>ปรับปรุงเว็บไซต์ให้มีข้อมูลครบถ้วนตามตัวชี้วัด</li><li>แต่งตั้งผู้รับผิดชอบดูแลข้อมูล</li></ul></li>
<li>มาตรการป้องกันการรับสินบน<ul><li>ประกาศเจตนารมณ์ไม่รับของขวัญ</li></ul></li></ol>
</body></html>"""


def test_a_list_items_number_and_bullet_are_read_as_a_browser_prints_them(tmp_path):
    # an <ol> numbers its items in the browser, not in the page's text: without the numbers a list
    # of measures is bare lines; a <ul>'s items get a bullet; an item with a number of its own keeps it
    page = tmp_path / "measures.html"
    page.write_text(LIST_PAGE, encoding="utf-8")
    [result] = extract_paths([page])
    assert [(m.title, m.steps) for m in result.measures] == [
        ("1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", ["ปรับปรุงเว็บไซต์ให้มีข้อมูลครบถ้วนตามตัวชี้วัด", "แต่งตั้งผู้รับผิดชอบดูแลข้อมูล"]),
        ("2. มาตรการป้องกันการรับสินบน", ["ประกาศเจตนารมณ์ไม่รับของขวัญ"])]
    from extract.readers.html import read_html
    lines = [b.text for b in read_html(page.read_bytes(), str(page), "").blocks]
    assert lines[3:] == ["1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "• ปรับปรุงเว็บไซต์ให้มีข้อมูลครบถ้วนตามตัวชี้วัด",
                         "• แต่งตั้งผู้รับผิดชอบดูแลข้อมูล", "2. มาตรการป้องกันการรับสินบน", "• ประกาศเจตนารมณ์ไม่รับของขวัญ"]
    other = b"""<body><ol start="3" type="a"><li>ab</li><li value="7">cd</li><li>3) ef</li></ol>
<ol type="I" start="4"><li>gh</li></ol></body>"""
    assert [b.text for b in read_html(other, "x.html", "").blocks] == ["c. ab", "g. cd", "3) ef", "IV. gh"]


def test_readers_comments_under_a_post_are_no_part_of_it():
    # samples/html/huaisai_post.html: a WordPress post (written for this test) whose comments give
    # last year's score and a hoped-for one; the sidebar's news and the footer name other bodies
    [result] = extract_paths([SAMPLES / "html" / "huaisai_post.html"])
    r = result.report
    assert (r.organization, r.district, r.province, r.fiscal_year, r.overall_score, r.overall_grade) == (
        "องค์การบริหารส่วนตำบลห้วยทราย", "แม่ริม", "เชียงใหม่", 2567, 92.18, "A")
    assert [(s.fiscal_year, s.level, s.tool, s.score) for s in result.scores] == [
        (2567, "overall", None, 92.18), (2567, "tool", "IIT", 95.4), (2567, "tool", "EIT", 88.76),
        (2567, "tool", "OIT", 92.0)]
    assert [c.code for c in result.checks] == []


def test_score_cards_a_definition_list_and_a_bar_chart_of_divs():
    # samples/html/lampang2_cards.html (written for this test): each label and its value in blocks
    # of their own; the overall card's grade badge on the line under its score ("ระดับ A" under a 2566 score:
    # letters are 2562–2565's levels, so the badge is left out, GRADE_LINE_OTHER_SCALE)
    [result] = extract_paths([SAMPLES / "html" / "lampang2_cards.html"])
    r = result.report
    assert (r.organization, r.fiscal_year, r.overall_score, r.overall_grade) == (
        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต 2", 2566, 93.12, None)
    assert [(s.level, s.tool, s.indicator, s.score, s.grade) for s in result.scores] == [
        ("overall", None, None, 93.12, None), ("tool", "IIT", None, 96.48, None), ("tool", "EIT", None, 90.31, None),
        ("tool", "OIT", None, 92.75, None), ("indicator", "IIT", 1, 97.22, None),
        ("indicator", "IIT", 2, 94.1, None), ("indicator", "OIT", 9, 91.5, None),
        ("indicator", "EIT", 6, 89.4, None), ("indicator", "OIT", 10, 94.0, None)]
    assert [c.code for c in result.checks] == ["GRADE_LINE_OTHER_SCALE"]


def test_a_grade_on_the_line_under_a_posts_overall_score(tmp_path):
    # a Facebook post copied as text: emoji, one statement a line, hashtags
    post = tmp_path / "post.txt"
    post.write_text("เทศบาลตำบลน้ำพอง\n🎉 ข่าวดี!! 🎉\nเทศบาลตำบลน้ำพอง ผ่านการประเมิน ITA ปีงบประมาณ 2567\n"
                    "✅ คะแนนรวม 95.27 คะแนน\n✅ ระดับ ผ่านดี 🏆\n📌 IIT 97.11\n📌 EIT 93.40\n"
                    "#ITA2567 #เทศบาลตำบลน้ำพอง\n👍 ถูกใจ 58 · 💬 ความคิดเห็น 4\n", encoding="utf-8")
    [result] = extract_paths([post])
    assert (result.report.overall_score, result.report.overall_grade) == (95.27, "ผ่านดี")
    assert [(s.fiscal_year, s.level, s.tool, s.score, s.grade) for s in result.scores] == [
        (2567, "overall", None, 95.27, "ผ่านดี"), (2567, "tool", "IIT", 97.11, None), (2567, "tool", "EIT", 93.4, None)]

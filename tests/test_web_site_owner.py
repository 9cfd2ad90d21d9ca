"""A web page whose text names no body is its site's own announcement: the one body a part of its <title>
or a logo's alt text names alone is the organization (ORG_FROM_SITE_NAME). Before, <title> and alt texts
were dropped with the page's chrome and such a page had no organization. A title part that is a post's
headline, two bodies so named, or an evaluator give none. The page's <footer> gives the organization's
district and province only where it names that body and no other, its places agreeing with each other."""
from extract import extract_paths

HEAD = '<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8">'
RESULT = "<p>ผลการประเมินคุณธรรมและความโปร่งใส ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้ 90.50 คะแนน ระดับ A</p>"

TITLED = (HEAD + "<title>ข่าวประชาสัมพันธ์ - เทศบาลตำบลบ้านใหม่</title></head><body><article><h1>ประกาศผลการประเมิน ITA</h1>"
          + RESULT + "</article><footer>ที่อยู่ เทศบาลตำบลบ้านใหม่ ตำบลบ้านใหม่ อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา "
          "30000 โทร 044-123456</footer></body></html>")
# other words: the name only in the logo's alt text, the address over two footer lines
LOGO = (HEAD + "<title>หน้าแรก</title></head><body><div class=\"top\"><img src=\"img/logo.png\" alt=\"อบต.หนองกุ้ง\"></div>"
        "<main><h2>แจ้งผลคะแนน ITA</h2>" + RESULT + "</main><div id=\"footer\"><p>© สงวนลิขสิทธิ์ องค์การบริหารส่วนตำบลหนองกุ้ง</p>"
        "<p>99 หมู่ 3 ต.หนองกุ้ง อ.ศรีบุญเรือง จ.หนองบัวลำภู</p></div></body></html>")
# other words: the title holds the name and its address, no footer
TITLE_PLACES = (HEAD + "<title>ITA Online | องค์การบริหารส่วนตำบลห้วยทราย อำเภอสันกำแพง จังหวัดเชียงใหม่</title></head><body>"
                "<div class=\"post\"><p>เผยแพร่ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 คะแนนรวม 90.50 ระดับ A</p></div></body></html>")
# a saved Facebook post: the page's name in the title after the browser's unread count
FACEBOOK = (HEAD + "<title>(2) เทศบาลตำบลหนองสองห้อง - โพสต์ | Facebook</title></head><body><div role=\"main\"><p>แจ้งผลการประเมิน "
            "ITA ปีงบประมาณ 2568 ได้ 90.50 คะแนน ระดับ A ขอบคุณทุกท่านที่ร่วมประเมินค่ะ</p></div></body></html>")
# a partner's logo in a sidebar or the footer (a link to another site) is not the site's
PARTNER_LOGO = (HEAD + "<title>หน้าแรก</title></head><body><div class=\"widget-area\"><a href=\"http://www.dla.go.th\">"
                "<img src=\"logo-dla.png\" alt=\"กรมส่งเสริมการปกครองท้องถิ่น\"></a></div><article>" + RESULT + "</article></body></html>")
FOOTER_LOGO = (HEAD + "<title>หน้าแรก</title></head><body><article>" + RESULT + "</article><footer><img class=\"logo\" "
               "src=\"a.png\" alt=\"สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดขอนแก่น\"></footer></body></html>")
# the banner names the body, the footer its address with "อำเภอเมือง" (the amphoe named by its province)
MUEANG = (HEAD + "<title>ประกาศ ITA – อบต.นาข่า</title></head><body><header class=\"site-header\"><p class=\"site-title\">"
          "องค์การบริหารส่วนตำบลนาข่า</p></header><article>" + RESULT + "</article><footer><p>Copyright © 2025 "
          "องค์การบริหารส่วนตำบลนาข่า</p><p>๙๙ หมู่ ๑ ตำบลนาข่า อำเภอเมือง จังหวัดอุดรธานี ๔๑๐๐๐</p></footer></body></html>")
# the school's name, then its parent after "สังกัด"; a body after another cue is a second body
WITH_PARENT = (HEAD + "<title>โรงเรียนบ้านโคกสูง สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต 1</title></head><body>"
               "<article>" + RESULT + "</article></body></html>")
WITH_PARTNER = (HEAD + "<title>โรงเรียนบ้านโคกสูง ร่วมกับ อบต.โคกสูง</title></head><body><article>" + RESULT
                + "</article></body></html>")
HEADLINE = (HEAD + "<title>อบต.ตาตุม ได้รับรางวัล ITA – สำนักข่าวอีสานวันนี้</title></head><body><article>" + RESULT
            + "</article></body></html>")
TWO = (HEAD + "<title>หน้าหลัก | โรงเรียนบ้านโนนแดง</title></head><body><div id=\"banner\"><img class=\"site-logo\" src=\"a.png\" "
       "alt=\"องค์การบริหารส่วนตำบลโนนแดง\"></div><article>" + RESULT + "</article></body></html>")
EVALUATOR = HEAD + "<title>ข่าว - สำนักงาน ป.ป.ช.</title></head><body><article>" + RESULT + "</article></body></html>"
# the post is about a school; the footer is the site owner's (another body): its places are not the school's
OTHER_FOOTER = (HEAD + "<title>ข่าวสาร</title></head><body><article><h1>ขอแสดงความยินดีกับโรงเรียนบ้านหนองแวง</h1>"
                "<p>โรงเรียนบ้านหนองแวง ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้ 95.10 คะแนน</p></article>"
                "<footer><p>องค์การบริหารส่วนตำบลหนองแวง</p><p>หมู่ 5 ตำบลหนองแวง อำเภอพยัคฆภูมิพิสัย จังหวัดมหาสารคาม</p>"
                "</footer></body></html>")
# the footer names the subject and another body (a link), or places that disagree: no places
LINKED = (HEAD + "<title>ข่าวสาร</title></head><body><article><h1>เทศบาลตำบลโคกสูง แจ้งผล ITA</h1>" + RESULT + "</article>"
          "<div class=\"site-footer\"><p>เทศบาลตำบลโคกสูง ตำบลโคกสูง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี</p>"
          "<p>ลิงก์หน่วยงาน: สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดอุดรธานี</p></div></body></html>")
DISAGREE = (HEAD + "<title>ข่าวสาร</title></head><body><article><h1>เทศบาลตำบลโคกสูง แจ้งผล ITA</h1>" + RESULT
            + "</article><footer>เทศบาลตำบลโคกสูง อำเภอบ้านไผ่ จังหวัดอุดรธานี</footer></body></html>")
# the body named in the text, its address in the footer
OWN_FOOTER = (HEAD + "<title>ITA</title></head><body><main><h2>เทศบาลเมืองบ้านไผ่ประกาศผลการประเมิน ITA</h2>" + RESULT
              + "</main><footer><div>© สงวนลิขสิทธิ์ เทศบาลเมืองบ้านไผ่</div><div>ถนนเจนจบทิศ อ.บ้านไผ่ จ.ขอนแก่น 40110</div>"
              "</footer></body></html>")


def _run(tmp_path, html):
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    [result] = extract_paths([page])
    r = result.report
    site = [(c.location, c.source_text) for c in result.checks if c.code == "ORG_FROM_SITE_NAME"]
    return (r.organization, r.org_type, r.district, r.province, r.fiscal_year, r.overall_score,
            {k: r.sources.get(k) for k in ("organization", "district", "province")}, site)


def test_the_titles_body_is_the_organization_of_a_page_naming_none(tmp_path):
    assert _run(tmp_path, TITLED) == (
        "เทศบาลตำบลบ้านใหม่", "เทศบาลตำบล", "เมืองนครราชสีมา", "นครราชสีมา", 2568, 90.5,
        {"organization": "line 4", "district": "line 5", "province": "line 5"}, [("line 4", "เทศบาลตำบลบ้านใหม่")])


def test_the_logos_alt_text_names_the_organization(tmp_path):
    assert _run(tmp_path, LOGO) == (
        "องค์การบริหารส่วนตำบลหนองกุ้ง", "องค์การบริหารส่วนตำบล", "ศรีบุญเรือง", "หนองบัวลำภู", 2568, 90.5,
        {"organization": "line 4", "district": "line 6", "province": "line 6"},
        [("line 4", "องค์การบริหารส่วนตำบลหนองกุ้ง")])


def test_the_titles_address_gives_the_places(tmp_path):
    assert _run(tmp_path, TITLE_PLACES) == (
        "องค์การบริหารส่วนตำบลห้วยทราย", "องค์การบริหารส่วนตำบล", "สันกำแพง", "เชียงใหม่", 2568, 90.5,
        {"organization": "line 3", "district": "line 3", "province": "line 3"},
        [("line 3", "องค์การบริหารส่วนตำบลห้วยทราย อำเภอสันกำแพง จังหวัดเชียงใหม่")])


def test_a_facebook_pages_name_after_the_unread_count(tmp_path):
    assert _run(tmp_path, FACEBOOK) == (
        "เทศบาลตำบลหนองสองห้อง", "เทศบาลตำบล", None, None, 2568, 90.5,
        {"organization": "line 2", "district": None, "province": None}, [("line 2", "เทศบาลตำบลหนองสองห้อง")])


def test_a_titles_parent_after_the_name_is_not_the_owner(tmp_path):
    assert _run(tmp_path, WITH_PARENT) == (
        "โรงเรียนบ้านโคกสูง", "โรงเรียน", None, None, 2568, 90.5,
        {"organization": "line 2", "district": None, "province": None}, [("line 2", "โรงเรียนบ้านโคกสูง")])


def test_a_headline_two_bodies_or_an_evaluator_in_the_title_name_no_organization(tmp_path):
    for html in (HEADLINE, TWO, EVALUATOR, PARTNER_LOGO, FOOTER_LOGO, WITH_PARTNER):
        assert _run(tmp_path, html) == (None, None, None, None, 2568, 90.5,
                                        {"organization": None, "district": None, "province": None}, [])


def test_a_footer_gives_places_only_of_the_body_it_alone_names(tmp_path):
    assert _run(tmp_path, OTHER_FOOTER)[:6] == ("โรงเรียนบ้านหนองแวง", "โรงเรียน", None, None, 2568, 95.1)
    assert _run(tmp_path, LINKED)[:6] == ("เทศบาลตำบลโคกสูง", "เทศบาลตำบล", None, None, 2568, 90.5)
    assert _run(tmp_path, DISAGREE)[:6] == ("เทศบาลตำบลโคกสูง", "เทศบาลตำบล", None, None, 2568, 90.5)
    assert _run(tmp_path, OWN_FOOTER) == (
        "เทศบาลเมืองบ้านไผ่", "เทศบาลเมือง", "บ้านไผ่", "ขอนแก่น", 2568, 90.5,
        {"organization": "line 1", "district": "line 5", "province": "line 5"}, [])
    assert _run(tmp_path, MUEANG) == (
        "องค์การบริหารส่วนตำบลนาข่า", "องค์การบริหารส่วนตำบล", "เมืองอุดรธานี", "อุดรธานี", 2568, 90.5,
        {"organization": "line 1", "district": "line 6", "province": "line 6"}, [])

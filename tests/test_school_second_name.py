"""A school's second name in brackets is part of its name: "โรงเรียนบ้านโนนสวรรค์ (ประชาสามัคคี)" was cut to
โรงเรียนบ้านโนนสวรรค์ (a name its brackets end only with a branch number after them was kept whole).
The bracketed name is taken when the line ends or a name's end follows, and is the body's name however
often the text cuts it short; a place, a parent or a draft mark in brackets is no name. Wording:
schemas.bodies.PAREN_NAMED_TYPES / PAREN_NAME / PAREN_NOT_NAME. Texts written for this test."""


def test_a_second_name_in_brackets_stays_whole(report_of):
    report = report_of("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในสถานศึกษา ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n"
                       "โรงเรียนบ้านโนนสวรรค์ (ประชาสามัคคี) สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๔\n"
                       "ผู้อำนวยการโรงเรียนบ้านโนนสวรรค์ (ประชาสามัคคี)\n")
    assert (report.organization, report.org_type, report.district, report.province, report.fiscal_year) == (
        "โรงเรียนบ้านโนนสวรรค์ (ประชาสามัคคี)", "โรงเรียน", None, None, 2568)


def test_the_whole_name_even_when_the_text_cuts_it_short(report_of):
    # other words: a temple school, its place on the next line, the short name more often than the whole
    report = report_of("รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรม ปีงบประมาณ 2567\n"
                       "โรงเรียนวัดหนองตะเคียน (ราษฎร์บำรุงวิทยา)\nอำเภอบ้านหมี่ จังหวัดลพบุรี\n"
                       "โรงเรียนวัดหนองตะเคียน ได้จัดประชุมครูเพื่อชี้แจงมาตรการ\n"
                       "โรงเรียนวัดหนองตะเคียน ได้เผยแพร่ข้อมูลบนเว็บไซต์\n")
    assert (report.organization, report.org_type, report.district, report.province, report.fiscal_year) == (
        "โรงเรียนวัดหนองตะเคียน (ราษฎร์บำรุงวิทยา)", "โรงเรียน", "บ้านหมี่", "ลพบุรี", 2567)


def test_brackets_that_hold_no_name(report_of):
    for line in ("โรงเรียนบ้านหนองแวง (ขอนแก่น)", "โรงเรียนบ้านหนองแวง (ร่าง)", "โรงเรียนบ้านหนองแวง (สังกัด สพป.ขอนแก่น เขต 4)",
                 # (words after the brackets that end no name: "จัดประชุม" does now, bodies.NAME_END_WORDS)
                 "โรงเรียนบ้านหนองแวง (ประชาสามัคคี) เชิญผู้ปกครองร่วมประชุม"):
        report = report_of(line + "\nรายงานผลการประเมิน ITA ประจำปีงบประมาณ 2568\n")
        assert report.organization == "โรงเรียนบ้านหนองแวง", line


def test_a_second_name_before_the_results_words_on_its_line(report_of):
    # "ผลการประเมิน" after the brackets ends the name (bodies.NAME_END_WORDS): the second name was cut off
    # (a year stated as an academic year is no report's fiscal year: tests/test_metadata_letters_and_joined_years.py)
    for line, name in (("โรงเรียนอนุบาลลำปาง (เขลางค์รัตน์อนุสรณ์) ผลการประเมิน ITA ประจำปี 2567 ได้คะแนน 91.20 คะแนน",
                        "โรงเรียนอนุบาลลำปาง (เขลางค์รัตน์อนุสรณ์)"),
                       ("โรงเรียนบ้านโคกกลาง (ประชานุกูล) ผลการประเมินคุณธรรมและความโปร่งใส ปี 2568 ได้ 93.10 คะแนน",
                        "โรงเรียนบ้านโคกกลาง (ประชานุกูล)")):
        report = report_of(line + "\n")
        assert (report.organization, report.overall_score) == (name, 91.2 if "91.20" in line else 93.1), line

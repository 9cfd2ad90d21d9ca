"""A body named by its type alone with what is said or done of it run on ("ผู้อำนวยการโรงเรียนกล่าวว่า…", "…เว็บไซต์ของ
โรงเรียนเรียบร้อยแล้ว") is no body named "กล่าวว่า" or "เรียบร้อยแล้ว" (bodies.NAME_END_WORDS): it took the report from
the school the title block names. Found by a probe of prose measures; texts written for this test."""
from __future__ import annotations


def test_speech_and_completion_words_end_a_name(report_of):
    plan = report_of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568\nโรงเรียนบ้านโคกสูง\n"
                     "ผู้อำนวยการโรงเรียนกล่าวว่า โรงเรียนจะดำเนินการเผยแพร่ข้อมูลบนเว็บไซต์ของโรงเรียนเรียบร้อยแล้ว\n")
    assert (plan.organization, plan.org_type) == ("โรงเรียนบ้านโคกสูง", "โรงเรียน")
    # other words: a hospital's news, the body's full name below, "ให้สัมภาษณ์"
    news = report_of("รายงานผลการดำเนินงาน ITA ปี 2568\nผู้อำนวยการโรงพยาบาลให้สัมภาษณ์ว่า ได้เผยแพร่ข้อมูลของโรงพยาบาลแล้ว\n"
                     "โรงพยาบาลบ้านหมี่ อำเภอบ้านหมี่ จังหวัดลพบุรี\n")
    assert (news.organization, news.district, news.province) == ("โรงพยาบาลบ้านหมี่", "บ้านหมี่", "ลพบุรี")

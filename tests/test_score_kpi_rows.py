"""A row labelled as a KPI's measurement ("ร้อยละของการเปิดเผยข้อมูลบนเว็บไซต์…", "percentage of …") holds a
plan's result, not an indicator's score, though it names the indicator's subject (score_cues.KPI_LABEL_LEADS)."""
from __future__ import annotations

from extract import extract_paths


def _html(title, rows):
    return (f"<html><head><meta charset='utf-8'></head><body><h2>{title}</h2><table>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table></body></html>")


def _scores(write_report, html):
    [result] = extract_paths([write_report(html, "k.html")])
    return [(s.level, s.indicator, s.score) for s in result.scores]


def test_kpi_rows_are_no_indicator_scores(write_report):
    assert _scores(write_report, _html(
        "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต (ประกอบการประเมิน ITA) ประจำปี 2567 โรงพยาบาลวาปีปทุม จังหวัดมหาสารคาม", [
            ["ตัวชี้วัด", "ค่าเป้าหมาย (ร้อยละ)", "ผลการดำเนินงาน (ร้อยละ)"],
            ["ร้อยละของบุคลากรที่ผ่านการอบรมการป้องกันผลประโยชน์ทับซ้อน", "80", "92.50"],
            ["ร้อยละของการเปิดเผยข้อมูลบนเว็บไซต์ครบถ้วนตามแบบ OIT", "100", "95.00"]])) == []


def test_kpi_rows_other_words_and_an_indicator_row_kept(write_report):
    assert _scores(write_report, _html("ผลการประเมิน ITA และตัวชี้วัดของแผน ประจำปี 2567 มหาวิทยาลัยนครพนม", [
        ["ตัวชี้วัด", "คะแนน"],
        ["ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "95.00"],
        ["ระดับความสำเร็จของการเปิดเผยข้อมูลตามแผนของมหาวิทยาลัย", "87.50"]])) == [("indicator", 9, 95.0)]


def test_a_kpi_measured_in_prose(write_report):
    text = """รายงานผลการดำเนินงานตามแผน (ประกอบการประเมิน ITA) ประจำปี 2567 โรงพยาบาลวาปีปทุม จังหวัดมหาสารคาม
ผลการดำเนินงานตามตัวชี้วัด ร้อยละของการเปิดเผยข้อมูลบนเว็บไซต์ครบถ้วน คิดเป็นร้อยละ 95.00
"""
    [result] = extract_paths([write_report(text)])
    assert result.scores == []
    other = text.replace("ร้อยละของการเปิดเผยข้อมูลบนเว็บไซต์ครบถ้วน คิดเป็นร้อยละ 95.00",
                         "ระดับความสำเร็จของการป้องกันการทุจริตตามแผน ได้ 4.50 คะแนน และตัวชี้วัดที่ 10 การป้องกันการทุจริต ของ ITA ได้ 91.25 คะแนน")
    [result] = extract_paths([write_report(other)])
    assert [(s.level, s.indicator, s.score) for s in result.scores] == [("indicator", 10, 91.25)]

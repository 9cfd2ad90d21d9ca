"""A column of the tools' weights (IIT 30, EIT 30, OIT 40, total 100) is no score column, whatever its
header says: a scan's OCR read "น้ำหนัก (ร้อยละ)" without its tone mark and the weights were taken for
the scores (scores._weights_only, _drop_weight_columns; WEIGHTS_NOT_SCORES)."""
from __future__ import annotations

from extract import extract_paths

HEAD = "<html><head><meta charset='utf-8'></head><body><h2>ผลการประเมิน ITA ประจำปี 2567 เทศบาลตำบลบ้านแหลม จังหวัดเพชรบุรี</h2>"


def _table(rows):
    return HEAD + "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table></body></html>"


def _run(write_report, html):
    [result] = extract_paths([write_report(html, "r.html")])
    return [(s.level, s.tool, s.score) for s in result.scores], [c.code for c in result.checks]


def test_weights_beside_scores_under_a_header_without_its_tone_mark(write_report):
    scores, codes = _run(write_report, _table([
        ["เครื่องมือ", "นำหนัก (ร้อยละ)", "คะแนนทีได้"],
        ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "30", "92.14"],
        ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", "30", "88.40"],
        ["แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "40", "96.25"],
        ["คะแนนรวม", "100", "92.66"]]))
    assert scores == [("tool", "IIT", 92.14), ("tool", "EIT", 88.4), ("tool", "OIT", 96.25), ("overall", None, 92.66)]
    assert "WEIGHTS_NOT_SCORES" in codes


def test_a_lone_weights_column_other_words(write_report):
    scores, codes = _run(write_report, _table([
        ["เครื่องมือการประเมิน", "ร้อยละ"],
        ["IIT", "30"], ["EIT", "30"], ["OIT", "40"], ["รวม", "100"]]))
    assert scores == [] and "WEIGHTS_NOT_SCORES" in codes


def test_real_scores_in_a_percent_column_stay(write_report):
    scores, codes = _run(write_report, _table([
        ["เครื่องมือการประเมิน", "ร้อยละ"],
        ["IIT", "93.30"], ["EIT", "30.00"], ["OIT", "40.00"]]))
    assert scores == [("tool", "IIT", 93.3), ("tool", "EIT", 30.0), ("tool", "OIT", 40.0)]
    assert "WEIGHTS_NOT_SCORES" not in codes

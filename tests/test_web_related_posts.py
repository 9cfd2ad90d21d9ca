"""A web page saved as text ends its own text at a heading of other posts ("ข่าวที่เกี่ยวข้อง", "Related
posts", "More from my site"): other bodies' headlines after it ("อบต.โนนสะอาด คว้า ITA ระดับ AA 96.50
คะแนน") made the page several bodies', so it had no organization and no score. Before the page has named
the ITA, such a heading (a site menu) cuts nothing. Pages written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths

OWN = "อบต.หนองบัว ได้รับผลการประเมิน ITA ประจำปี 2567 ด้วยคะแนน 93.33 คะแนน ระดับ A\n"
OTHERS = "อบต.โนนสะอาด คว้า ITA ระดับ AA 96.50 คะแนน\nเทศบาลตำบลกุดจับ ผ่านการประเมิน ITA 94.10 คะแนน\n"


@pytest.mark.parametrize("text", [
    OWN + "ข่าวที่เกี่ยวข้อง\n" + OTHERS,
    OWN + "Related posts:\n" + OTHERS,
    OWN + "\nข่าวอื่น ๆ »\n" + OTHERS,
    "ข่าวล่าสุด\n" + OWN,  # a menu heading above the page's text
])
def test_the_pages_own_result(tmp_path: Path, text):
    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    assert (result.report.organization, result.report.fiscal_year, result.report.overall_score,
            result.report.overall_grade) == ("องค์การบริหารส่วนตำบลหนองบัว", 2567, 93.33, "A")
    assert [(s.fiscal_year, s.score) for s in result.scores] == [(2567, 93.33)]

"""A body's news that also names the best score of its group and the body that got it: "องค์การบริหาร
ส่วนตำบลหนองขาม … ได้ 93.26 คะแนน ทั้งนี้คะแนนสูงสุดของจังหวัดคือ 99.12 ของเทศบาลตำบลโพนทอง". Both numbers
were left out as two bodies' overall scores, and the organization became เทศบาลตำบลโพนทอง ("ของ" before
its name read as a subject cue). The best / worst score of a group is another subject's
(score_cues "group_extreme"), and "ของ" right after a number names whose number it is
(bodies.OWNER_OF_NUMBER), no subject. Wording written for this test."""
from pathlib import Path

import pytest

from extract import extract_paths


@pytest.mark.parametrize("text, organization", [
    ("องค์การบริหารส่วนตำบลหนองขาม ผลการประเมิน ITA ปีงบประมาณ 2567 ได้ 93.26 คะแนน ทั้งนี้คะแนนสูงสุดของจังหวัดคือ "
     "99.12 ของเทศบาลตำบลโพนทอง\n", "องค์การบริหารส่วนตำบลหนองขาม"),
    ("The Nong Kham SAO scored 93.26 in ITA 2024; the highest score in the province, 99.12, went to Phon Thong "
     "municipality.\n", None),
])
def test_group_best_is_another_bodys(tmp_path: Path, text, organization):
    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    assert [(s.fiscal_year, s.level, s.score) for s in result.scores] == [(2567, "overall", 93.26)]
    assert result.report.organization == organization


def test_own_score_named_by_owner(tmp_path: Path):
    # the only body named after its own score is still the subject
    path = tmp_path / "news.txt"
    path.write_text("ผลการประเมิน ITA ปีงบประมาณ 2567 ได้ 93.26 คะแนน ของเทศบาลตำบลโพนทอง\n", encoding="utf-8")
    [result] = extract_paths([path])
    assert result.report.organization == "เทศบาลตำบลโพนทอง"

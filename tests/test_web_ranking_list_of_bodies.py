"""A ranking list of bodies whose names are common words ("1. กรมบัญชีกลาง 99.51 คะแนน" / "2. กรมสรรพากร 99.02
คะแนน" / …) is a page about several bodies: no organization, no scores (the first was taken as the
subject, since a name of dictionary words did not count as one of several bodies). One such item about
the page's own body stays single. Pages written for this test."""
from pathlib import Path

from extract import extract_paths


def _read(tmp_path: Path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    return result


def test_a_ranking_list_is_several_bodies(tmp_path):
    result = _read(tmp_path, "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 กลุ่มกระทรวงการคลัง\n"
                             "หน่วยงานที่ได้คะแนนสูงสุด 3 อันดับแรก ได้แก่\n"
                             "1. กรมบัญชีกลาง 99.51 คะแนน\n2. กรมสรรพากร 99.02 คะแนน\n3. กรมศุลกากร 98.77 คะแนน\n")
    assert (result.report.organization, result.report.fiscal_year, result.scores) == (None, 2566, [])
    [several] = [c for c in result.checks if c.code == "MULTIPLE_SUBJECTS"]
    assert "กรมบัญชีกลาง" in several.message and "กรมศุลกากร" in several.message


def test_one_item_of_the_pages_own_body(tmp_path):
    result = _read(tmp_path, "ผลการประเมิน ITA ปี 2566 ของกรมประชาสัมพันธ์\n1. กรมประชาสัมพันธ์ 92.10 คะแนน\n")
    assert result.report.organization == "กรมประชาสัมพันธ์"
    assert not [c for c in result.checks if c.code == "MULTIPLE_SUBJECTS"]

"""A table of several bodies' results ("ที่ | หน่วยงาน | คะแนน | ระดับ"): its row numbers are no
indicator numbers, and the document has no single subject (a district's bodies); short district
names ("พล") are proper names. Among rows naming indicators, a row whose name is garbled beyond
recognition keeps its number. Tables written for this test, in words of no seed or real file."""
from pathlib import Path

from extract import extract_paths


def _run(tmp_path: Path, text: str):
    path = tmp_path / "announcement.txt"
    path.write_text(text, encoding="utf-8")
    [result] = extract_paths([path])
    return result


BODIES = ("ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2566\n"
          "องค์กรปกครองส่วนท้องถิ่นในเขตอำเภอพล จังหวัดขอนแก่น\n\n"
          "ที่\tหน่วยงาน\tคะแนน\tระดับ\n"
          "1\tเทศบาลเมืองพล\t96.12\tAA\n"
          "2\tเทศบาลตำบลโนนข่า\t91.30\tA\n"
          "3\tองค์การบริหารส่วนตำบลหนองมะเขือ\t84.75\tB\n")


def test_a_table_of_bodies_gives_no_indicator_scores_and_no_subject(tmp_path):
    result = _run(tmp_path, BODIES)
    assert result.scores == []  # were indicators 1-3 at 96.12, 91.3, 84.75
    assert result.report.organization is None
    [several] = [c for c in result.checks if c.code == "MULTIPLE_SUBJECTS"]
    assert "เทศบาลเมืองพล" in several.message and "เทศบาลตำบลโนนข่า" in several.message


def test_a_garbled_indicator_name_among_named_rows_keeps_its_number(tmp_path):
    text = ("รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 เทศบาลตำบลวังทอง\n\n"
            "ตัวชี้วัด\tคะแนน\n1 การปฏิรูปดัชนีชี่วัด\t100.00\n6 คุณภาพการดำเนินงาน\t99.63\n"
            "9 การเปิดเผยข้อมูล\t95.00\n")
    assert [(s.indicator, s.score) for s in _run(tmp_path, text).scores] == [(1, 100.0), (6, 99.63), (9, 95.0)]

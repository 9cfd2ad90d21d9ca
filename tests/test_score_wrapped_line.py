"""A score whose sentence wraps before the number ("… ได้คะแนน" / "๘๒.๔๐ คะแนน อยู่ในระดับ B …", as PDF
lines and text copied from PDFs give it) is read with the line above it, which names its subject and
year. Documents written for this test, in words of no seed or real file."""
from pathlib import Path

from extract import extract_paths
from extract.parse.score_roles import read_wrapped


def test_the_line_above_names_the_subject_and_year():
    reading = read_wrapped("ตามที่เทศบาลตำบลดอนแก้วได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน",
                           "๘๒.๔๐ คะแนน อยู่ในระดับ B จึงจัดทำแผนยกระดับผลการประเมินในปีต่อไป", 2567, 2567)
    assert reading is not None
    assert [(s.level, s.value, s.year, s.grade) for s in reading.statements] == [("overall", 82.4, 2566, "B")]


def test_only_a_line_that_opens_with_a_score_is_joined():
    above = "ผลการประเมิน ITA ของหน่วยงาน ประจำปี 2566"
    assert read_wrapped(above, "1. การปฏิบัติหน้าที่", 2566, 2566) is None  # an item number
    assert read_wrapped(above, "ซึ่งได้ 82.40 คะแนน", 2566, 2566) is None  # does not open with it
    assert read_wrapped("", "82.40 คะแนน", 2566, 2566) is None
    # the line above names no subject: still nothing
    assert read_wrapped("การประชุมประจำเดือนมีผู้เข้าร่วมทั้งสิ้น", "45 คน ได้รับ 82.40 คะแนน", 2566, 2566) is None


def test_a_wrapped_score_in_a_report(tmp_path: Path):
    page = tmp_path / "plan.txt"
    page.write_text(
        "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n"
        "เทศบาลตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่\n"
        "ตามที่เทศบาลตำบลดอนแก้วได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน\n"
        "๘๒.๔๐ คะแนน อยู่ในระดับ B จึงจัดทำแผนยกระดับผลการประเมินในปีต่อไป\n", encoding="utf-8")
    [result] = extract_paths([page])
    assert [(s.fiscal_year, s.level, s.score, s.grade, s.location) for s in result.scores] == [
        (2566, "overall", 82.4, "B", "line 4")]
    assert result.scores[0].source_text.startswith("ตามที่เทศบาลตำบลดอนแก้ว")  # the sentence, both lines
    assert not [c for c in result.checks if c.code == "SCORE_ROLE_UNCLEAR"]

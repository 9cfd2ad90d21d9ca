"""An area office named by the one province it serves and its zone ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา
ลำปาง เขต 2") is in that province, when nothing printed names another (bodies.PROVINCE_NAMED_TYPES; found by
a blind document: no province). A name without a zone may be of two provinces (read up to its space) and gives none; a school under such an office takes
nothing from it (its supervisor's province is not printed as its own). Documents written for this test."""
from __future__ import annotations

import pytest

HEAD = "รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567\n"


@pytest.mark.parametrize("line, expected", [
    ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต 2", ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต 2", "ลำปาง")),
    ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต ๓", ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต ๓", "สกลนคร")),
    ("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาเลย หนองบัวลำภู", ("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาเลย", None)),
    ("โรงเรียนบ้านนาแก สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต 2", ("โรงเรียนบ้านนาแก", None)),
])
def test_the_offices_province(report_of, line, expected):
    report = report_of(HEAD + line + "\n")
    assert (report.organization, report.province) == expected

"""A body type word followed by a preposition names no body: "…การดำเนินงานของเทศบาลผ่านแบบวัด EIT"
was read as a body called "ผ่านแบบวัด" and taken for the report's subject over "เทศบาลตำบลนาป่า" of
the title ("ผ่าน" ends a name now, as "ผ่านการ" did: schemas/bodies.NAME_END_WORDS)."""
from __future__ import annotations

from extract import extract_paths

NEWS = """จดหมายข่าวเทศบาลตำบลนาป่า ฉบับที่ 3/2567
ขอเชิญชวนประชาชนร่วมแสดงความคิดเห็นต่อการดำเนินงานของเทศบาลผ่านแบบวัด EIT ในการประเมินคุณธรรมและความโปร่งใส ITA ประจำปี 2567
"""


def test_a_preposition_after_a_type_word_is_no_name(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text(NEWS, encoding="utf-8")
    (result,) = extract_paths([path], jobs=1)
    assert (result.report.organization, result.report.org_type) == ("เทศบาลตำบลนาป่า", "เทศบาลตำบล")

"""Tables a text export writes as markup (extract/readers/markup_tables.py): an HTML <table> with merged
cells, as converters write a Word table they cannot flatten, and a Markdown pipe table in a .md file.
Documents written for this test in other words than any seed."""
from pathlib import Path

from extract import extract_paths
from extract.readers.markup_tables import html_rows, pipe_cells

HEAD = "แผนการดำเนินงานตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\nเทศบาลตำบลโนนศิลา อำเภอโนนศิลา จังหวัดขอนแก่น\n"


def test_html_rows_lay_merged_cells_on_the_grid():
    markup = ('<table><tr><th>ก</th><th colspan="2">ข</th></tr>\n'
              '<tr><td rowspan="2">ค &amp; ง</td><td>1</td><td>2<br/>3</td></tr>\n<tr><td>4</td><td>5</td></tr></table>')
    assert html_rows(markup) == [(1, ["ก", "ข", ""], False), (2, ["ค &amp; ง", "1", "2<br/>3"], False),
                                 (3, ["", "4", "5"], True)]
    assert pipe_cells("| ก | ข \\| ค |") == ["ก", "ข | ค"]
    assert pipe_cells("หน้าแรก | ข่าว | ติดต่อ") is None  # a menu line, not a table row


def test_an_html_table_with_a_measure_over_two_rows(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + (
        "<table>\n<tr><th>มาตรการ</th><th>กิจกรรม</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th></tr>\n"
        '<tr><td rowspan="2">เสริมสร้างวัฒนธรรมสุจริต</td><td><p>อบรมพนักงานจ้าง</p></td><td>สำนักปลัด</td>'
        "<td>ธ.ค. ๖๗</td></tr>\n"
        "<tr><td><p>มอบรางวัลบุคคลต้นแบบ</p></td><td></td><td></td></tr>\n"
        "<tr><td>เปิดเผยผลการจัดซื้อจัดจ้าง</td><td>ประกาศผลทุกเดือน</td><td>กองคลัง</td><td>ทุกเดือน</td></tr>\n"
        "</table>\nจึงประกาศให้ทราบโดยทั่วกัน\n"), encoding="utf-8")
    [result] = extract_paths([path])
    assert [(m.title, m.steps, m.responsible, m.timeframe) for m in result.measures] == [
        ("เสริมสร้างวัฒนธรรมสุจริต", ["อบรมพนักงานจ้าง", "มอบรางวัลบุคคลต้นแบบ"], ["สำนักปลัด"], "ธ.ค. ๖๗"),
        ("เปิดเผยผลการจัดซื้อจัดจ้าง", ["ประกาศผลทุกเดือน"], ["กองคลัง"], "ทุกเดือน")]
    assert [m.where.line for m in result.measures] == [5, 7]


def test_a_markdown_pipe_table(tmp_path: Path):
    path = tmp_path / "plan.md"
    path.write_text(HEAD + (
        "\n| ที่ | มาตรการ | ผู้รับผิดชอบ | ระยะเวลา |\n|---|---|---|:---:|\n"
        "| 1 | ตรวจสอบการใช้รถราชการ | กองช่าง | ต.ค. ๖๗ - ก.ย. ๖๘ |\n"
        "| 2 | ทบทวนคู่มือการรับเรื่องร้องเรียน | สำนักปลัด | ม.ค. ๖๘ |\n"), encoding="utf-8")
    [result] = extract_paths([path])
    assert [(m.title, m.responsible, str(m.period_start), str(m.period_end)) for m in result.measures] == [
        ("ตรวจสอบการใช้รถราชการ", ["กองช่าง"], "2024-10-01", "2025-09-30"),
        ("ทบทวนคู่มือการรับเรื่องร้องเรียน", ["สำนักปลัด"], "2025-01-01", "2025-01-31")]


def test_a_markdown_table_without_outer_pipes(tmp_path: Path):
    path = tmp_path / "plan.md"
    path.write_text(HEAD + (
        "\nมาตรการ | ผู้รับผิดชอบ | ระยะเวลา\n---|---|---\n"
        "ประกาศเจตนารมณ์สุจริต | สำนักปลัด | ต.ค. ๖๗\n"
        "อบรมผู้บริหารท้องถิ่น | งานการเจ้าหน้าที่ | พ.ย. ๖๗\n\nหน้าแรก | ข่าว | ติดต่อ\n"), encoding="utf-8")
    [result] = extract_paths([path])
    assert [(m.title, m.responsible, m.timeframe) for m in result.measures] == [
        ("ประกาศเจตนารมณ์สุจริต", ["สำนักปลัด"], "ต.ค. ๖๗"), ("อบรมผู้บริหารท้องถิ่น", ["งานการเจ้าหน้าที่"], "พ.ย. ๖๗")]

"""DOCX reader: the Word fixtures in samples/docx against their seed texts, merged cells, corrupt
files, and the whole pipeline on the fixtures against the gold records."""
import hashlib
import importlib.util
import io
import json
import random
import subprocess
import sys
import zipfile

import pytest

from extract.document import Line, Table
from extract.errors import ReadError
from extract.pipeline import extract_document, extract_file
from extract.readers.docx import read_docx
from normalize.items import split_items
from normalize.text import squash
from tests.conftest import GOLD, ROOT, SAMPLES

DOCX = SAMPLES / "docx"
STEMS = sorted(p.stem for p in SAMPLES.glob("[0-9][0-9][0-9]_*.txt"))
SCORER = ROOT / "tests" / "ita_score.py"


def _fixtures():
    """samples/make_fixtures.py (its seed parser is the rule the .docx files were made by)."""
    spec = importlib.util.spec_from_file_location("make_fixtures", SAMPLES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_fixtures", module)   # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


FIX = _fixtures()


def read(path):
    data = path.read_bytes()
    return read_docx(data, str(path), hashlib.sha256(data).hexdigest())


def seed_of(stem):
    return FIX.read_seed(SAMPLES / f"{stem}.txt")


def test_every_seed_has_a_docx():
    assert STEMS and [p.stem for p in sorted(DOCX.glob("*.docx"))] == STEMS


@pytest.mark.parametrize("stem", STEMS)
def test_tables_match_the_seed(stem):
    doc, seed = read(DOCX / f"{stem}.docx"), seed_of(stem)
    assert doc.reader == "docx" and doc.pages is None
    assert len(doc.tables) == len(seed.tables)
    for got, want in zip(doc.tables, seed.tables):
        assert [len(r.cells) for r in got.rows] == [want.width] * len(want.rows)   # full-width rows
        for row, cells in zip(got.rows, want.rows):
            assert [squash(c) for c in row.cells] == [squash(c) for c in cells]


@pytest.mark.parametrize("stem", STEMS)
def test_paragraphs_match_the_seed_and_carry_paragraph_numbers(stem):
    doc, seed = read(DOCX / f"{stem}.docx"), seed_of(stem)
    paras = [b for b in seed.blocks if isinstance(b, FIX.Para)]
    assert [squash(l.text) for l in doc.lines] == [squash(p.text) for p in paras]
    numbers = [b.line for b in doc.blocks if isinstance(b, (Line, Table))]
    assert all(b.page is None for b in doc.blocks)
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers) and numbers[0] >= 1
    for table in doc.tables:
        rows = [r.line for r in table.rows]
        assert table.line == rows[0] and rows == sorted(rows) and len(set(rows)) == len(rows)


def test_merged_cells_give_full_width_rows_with_empty_continuations():
    path = DOCX / "002_b022ce678bf99bfb.docx"
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert "<w:vMerge/>" in xml and 'w:vMerge w:val="restart"' in xml and "w:gridSpan" in xml
    doc = read(path)
    score = next(t for t in doc.tables if squash(t.rows[0].cells[0]) == "เครื่องมือ")
    assert {len(r.cells) for r in score.rows} == {5}
    tools = [r.cells[0] for r in score.rows[1:11]]
    assert tools == ["IIT", "", "", "", "", "EIT", "", "", "OIT", ""]      # vMerge continue → ""
    assert score.rows[2].cells[1].startswith("๒. การใช้งบประมาณ")
    weights = next(t for t in doc.tables if squash(t.rows[0].cells[0]) == "คะแนน" and t.width == 4)
    assert weights.rows[-1].cells[0] == "คะแนนรวม" and weights.rows[-1].cells[2:] == ["", ""]  # gridSpan
    analysis = read(DOCX / "000_d6e4b885eccfbcd3.docx").tables[0]
    assert analysis.rows[1].cells[0].endswith("(IIT)") and analysis.rows[1].cells[1] == ""


def test_repeated_header_is_kept_once():
    doc = read(DOCX / "004_9e43bb50df351749.docx")
    (table,) = doc.tables
    headers = [r for r in table.rows if squash(r.cells[0]) == squash(table.rows[0].cells[0])]
    assert len(headers) == 1 and len(table.rows) == 8
    xml = zipfile.ZipFile(DOCX / "004_9e43bb50df351749.docx").read("word/document.xml").decode()
    assert xml.count("<w:tblHeader/>") == 1


def test_cell_paragraphs_become_items():
    doc = read(DOCX / "001_adca4484352dee47.docx")
    cell = doc.tables[0].rows[-1].cells[2]                   # "<p>๑.…</p> <p>๒.…</p> <p>๓.…</p>" in the seed
    assert cell.startswith("<p>๑.") and cell.count("<p>") == 3
    items = split_items(cell)
    assert len(items) == 3 and items[1] == "รายงานผู้บริหาร" and items[2].startswith("เผยแพร่ข้อมูลบน")


def _synthetic_docx() -> bytes:
    from docx import Document
    from docx.oxml import OxmlElement

    doc = Document()
    doc.add_paragraph("รายงานผลการดำเนินงาน")
    doc.add_paragraph("-๒-")
    table = doc.add_table(rows=7, cols=3)
    for c, text in enumerate(["มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ"]):
        table.cell(0, c).text = text
        table.cell(4, c).text = text                         # the header typed again at a page top
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    table.cell(1, 0).merge(table.cell(1, 1)).text = "หมวด ๑"   # gridSpan 2
    table.cell(1, 2).text = "x"
    top = table.cell(2, 0).merge(table.cell(3, 0))           # vMerge over rows 2-3
    top.text = "การปฏิบัติหน้าที่"
    table.cell(2, 1).text, table.cell(2, 2).text = "ก", "กองคลัง"
    table.cell(3, 1).text, table.cell(3, 2).text = "ข", "สำนักปลัด"
    cell = table.cell(5, 1)
    cell.text = "๑. ทบทวน"
    cell.add_paragraph("ประชุม")
    run = cell.add_paragraph().add_run("กองคลัง")
    run.add_break()
    run.add_text("กองช่าง")
    table.cell(5, 0).text = "การใช้งบประมาณ"
    nested = table.cell(5, 2).add_table(rows=1, cols=2)
    nested.cell(0, 0).text, nested.cell(0, 1).text = "n1", "n2"
    table.cell(6, 0).text = "(ต่อ) ต่อท้าย"
    doc.add_paragraph("บรรทัด\tสุดท้าย")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_synthetic_word_file():
    doc = read_docx(_synthetic_docx(), "x.docx", "0" * 64)
    kinds = [type(b).__name__ for b in doc.blocks]
    assert kinds == ["Line", "PageBreak", "Table", "Line"]
    assert doc.blocks[0].line == 1 and doc.blocks[1].line == 2
    assert doc.blocks[-1].text == "บรรทัด สุดท้าย"
    table = doc.blocks[2]
    rows = [r.cells for r in table.rows]
    assert rows[:4] == [["มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ"], ["หมวด ๑", "", "x"],
                        ["การปฏิบัติหน้าที่", "ก", "กองคลัง"], ["", "ข", "สำนักปลัด"]]
    assert len(rows) == 6                                    # the typed-again header is dropped …
    assert [r.after_break for r in table.rows] == [False] * 4 + [True, False]   # … and marks a break
    assert rows[4] == ["การใช้งบประมาณ", "<p>๑. ทบทวน</p> <p>ประชุม</p> <p>กองคลัง<br>กองช่าง</p>",
                       "<p>n1</p> <p>n2</p>"]                # nested table flattened
    assert split_items(rows[4][1]) == ["ทบทวน", "ประชุม", "กองคลัง", "กองช่าง"]
    assert rows[5] == ["(ต่อ) ต่อท้าย", "", ""]
    assert table.line == 3 and table.rows[0].line == 3 and all(r.page is None for r in table.rows)


def _docx_bytes() -> bytes:
    return (DOCX / "004_9e43bb50df351749.docx").read_bytes()


def _zip_without(name: str, replace: bytes | None = None) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename == name:
                if replace is not None:
                    dst.writestr(info, replace)
                continue
            dst.writestr(info, src.read(info.filename))
    return out.getvalue()


@pytest.mark.parametrize("data", [
    random.Random(7).randbytes(5000),                                   # random bytes named .docx
    _docx_bytes()[:3000],                                                # truncated download
    _zip_without("word/document.xml"),                                   # zip without the body
    _zip_without("word/document.xml", b"<w:document><w:body><w:p>"),     # broken XML
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000),                  # legacy .doc / OLE2
    b"PK\x03\x04" + bytes(100),                                          # a zip header and nothing
], ids=["random", "truncated", "no-document-xml", "broken-xml", "ole2", "zip-header"])
def test_corrupt_docx_raises_read_failed(data):
    with pytest.raises(ReadError) as err:
        read_docx(data, "bad.docx", "0" * 64)
    assert err.value.code == "READ_FAILED" and err.value.fields["detail"]


def test_empty_file_is_read_empty():
    with pytest.raises(ReadError) as err:
        read_docx(b"", "empty.docx", "0" * 64)
    assert err.value.code == "READ_EMPTY"


def test_corrupt_docx_is_a_failed_report_row(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(random.Random(3).randbytes(3000))
    result = extract_file(path)
    assert result.report.status == "failed" and [c.code for c in result.checks] == ["READ_FAILED"]


def test_fixture_docx_is_deterministic():
    seed = seed_of(STEMS[0])
    assert FIX.build_docx(seed, True) == FIX.build_docx(seed, True)


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    from extract import write

    out = tmp_path_factory.mktemp("docx-run")
    results = [extract_document(read(DOCX / f"{stem}.docx")) for stem in STEMS]
    write(results, out)
    proc = subprocess.run([sys.executable, str(SCORER), "--gold", str(GOLD), "--out", str(out), "--json"],
                          capture_output=True, text=True, check=True)
    summary = json.loads([l for l in proc.stdout.splitlines() if l.startswith("{")][0])
    return {r.report.source_file.split("/")[-1][:3]: r for r in results}, summary


def test_docx_pipeline_meets_gold(scored):
    results, summary = scored
    assert summary["overall"]["f1"] >= 0.95
    assert {r.report.status for r in results.values()} == {"ok"}


@pytest.mark.parametrize("stem", STEMS)
def test_docx_pipeline_per_document(scored, stem):
    _, summary = scored
    assert summary["documents"][stem]["f"] >= 0.95, summary["documents"][stem]


def test_docx_provenance_is_a_paragraph_number(scored):
    results, _ = scored
    r002 = results["002"]
    assert r002.report.reader == "docx" and r002.report.pages is None
    m = next(m for m in r002.measures if m.title.startswith("๑.ลดขั้นตอน"))
    assert m.page is not None and m.location.startswith("line ")


def test_rows_under_a_vertically_merged_title_add_items(tmp_path):
    """A Word table whose measure title is merged over two activity rows (written for this test): one
    measure, its activities as two steps, the responsible unit printed on both rows kept once."""
    import docx

    from extract import extract_paths
    d = docx.Document()
    d.add_paragraph("แผนปฏิบัติการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    t = d.add_table(rows=4, cols=3)
    for c, h in zip(t.rows[0].cells, ["มาตรการ", "กิจกรรม", "ผู้รับผิดชอบ"]):
        c.text = h
    t.cell(1, 0).merge(t.cell(2, 0)).text = "ลดการใช้ดุลพินิจในการอนุญาต"
    t.cell(1, 1).text, t.cell(1, 2).text = "ประกาศขั้นตอนการขออนุญาต", "กองช่าง"
    t.cell(2, 1).text, t.cell(2, 2).text = "จัดทำคู่มือการพิจารณาคำขอ", "กองช่าง"
    t.cell(3, 0).text, t.cell(3, 1).text, t.cell(3, 2).text = "ตรวจสอบทรัพย์สินราชการ", "ตรวจนับพัสดุประจำปี", "กองคลัง"
    path = tmp_path / "plan.docx"
    d.save(path)
    [result] = extract_paths([path])
    assert [(m.title, m.steps, m.responsible) for m in result.measures] == [
        ("ลดการใช้ดุลพินิจในการอนุญาต", ["ประกาศขั้นตอนการขออนุญาต", "จัดทำคู่มือการพิจารณาคำขอ"], ["กองช่าง"]),
        ("ตรวจสอบทรัพย์สินราชการ", ["ตรวจนับพัสดุประจำปี"], ["กองคลัง"])]


def _with_header(header_lines: list[str], first_page: list[str] | None = None) -> bytes:
    from docx import Document as NewDocument
    d = NewDocument()
    section = d.sections[0]
    section.header.paragraphs[0].text = header_lines[0]
    for text in header_lines[1:]:
        section.header.add_paragraph(text)
    if first_page is not None:
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = first_page[0]
    section.footer.paragraphs[0].text = "99 หมู่ 3 ตำบลป่าซาง อำเภอเมือง จังหวัดลำพูน"
    d.add_paragraph("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567")
    table = d.add_table(rows=1, cols=3)
    for i, text in enumerate(["มาตรการ", "ผลการดำเนินงาน", "ผู้รับผิดชอบ"]):
        table.rows[0].cells[i].text = text
    for row in (["เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "เผยแพร่ครบ 12 เดือน", "กองคลัง"],
                ["จัดอบรมคุณธรรม", "อบรมแล้ว 1 ครั้ง", "สำนักปลัด"]):
        cells = table.add_row().cells
        for i, text in enumerate(row):
            cells[i].text = text
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_the_page_header_names_the_body_and_is_read_first():
    # a Word report whose body's name and place are only in the page header; the footer's address is not read
    data = _with_header(["องค์การบริหารส่วนตำบลสันกลาง อำเภอพาน จังหวัดเชียงราย", "- ๒ -"])
    doc = read_docx(data, "x.docx", "0" * 64)
    assert [(type(b).__name__, b.line) for b in doc.blocks[:2]] == [("Line", 1), ("Line", 3)]  # "- ๒ -" skipped, counted
    assert doc.blocks[0].text == "องค์การบริหารส่วนตำบลสันกลาง อำเภอพาน จังหวัดเชียงราย"
    report = extract_document(doc).report
    assert (report.organization, report.district, report.province, report.fiscal_year) == (
        "องค์การบริหารส่วนตำบลสันกลาง", "พาน", "เชียงราย", 2567)


def test_a_first_page_header_is_read_before_the_others():
    data = _with_header(["รายงาน ITA ปี 2567"], first_page=["เทศบาลตำบลป่าซาง อำเภอป่าซาง จังหวัดลำพูน"])
    doc = read_docx(data, "x.docx", "0" * 64)
    assert [b.text for b in doc.blocks[:2]] == ["เทศบาลตำบลป่าซาง อำเภอป่าซาง จังหวัดลำพูน", "รายงาน ITA ปี 2567"]
    assert not any("99 หมู่ 3" in getattr(b, "text", "") for b in doc.blocks)


def test_a_frame_of_one_cell_is_read_as_the_body():
    # a notice typed inside a 1×1 table (a border drawn round the page): its numbered list was a
    # table cell, so no measures were read
    from docx import Document as NewDocument
    d = NewDocument()
    cell = d.add_table(rows=1, cols=1).rows[0].cells[0]
    cell.paragraphs[0].text = "ประกาศเทศบาลตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่"
    for text in ("เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568",
                 "เพื่อให้การดำเนินงานเป็นไปตามการประเมิน ITA จึงกำหนดมาตรการ ดังนี้",
                 "1. เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกเดือน", "2. เปิดช่องทางรับเรื่องร้องเรียนออนไลน์",
                 "3. จัดอบรมบุคลากรเรื่องผลประโยชน์ทับซ้อน"):
        cell.add_paragraph(text)
    data = io.BytesIO()
    d.save(data)
    doc = read_docx(data.getvalue(), "x.docx", "0" * 64)
    assert [type(b).__name__ for b in doc.blocks] == ["Line"] * 6 and doc.blocks[3].line == 4
    result = extract_document(doc)
    assert [(m.table, m.title) for m in result.measures] == [
        ("plan", "1. เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกเดือน"), ("plan", "2. เปิดช่องทางรับเรื่องร้องเรียนออนไลน์"),
        ("plan", "3. จัดอบรมบุคลากรเรื่องผลประโยชน์ทับซ้อน")]

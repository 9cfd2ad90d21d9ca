"""A numbered table printed without ruling lines whose columns' lines interleave (LibreOffice sets a
cell's lines at the heights its fonts need, so "- เพิ่ม" in one column sits between two lines of
the next): rows start at their numbers, and every line with none in the number column wraps the row
above. The last row lost its last lines ("ปรับปรุงช่องทางรับฟังความ" for "…ความคิดเห็นของประชาชน",
steps cut after "เพิ่มแบบสอบถาม"): they were rows of one cell after the table. The PDF reads as the
Word file it was exported from (samples/libreoffice)."""
from extract import extract_paths
from tests.conftest import SAMPLES

FOLDER = SAMPLES / "libreoffice"


def _measures(result):
    return [(m.title, m.steps, m.responsible, m.timeframe, m.period_start, m.period_end) for m in result.measures]


def test_the_pdf_reads_as_the_word_file():
    word, pdf = extract_paths([FOLDER / "borderless.docx", FOLDER / "borderless.pdf"])
    assert _measures(pdf) == _measures(word)
    assert [m.title for m in pdf.measures][-1] == "ปรับปรุงช่องทางรับฟังความคิดเห็นของประชาชน"
    assert pdf.measures[-1].steps == ["เพิ่มแบบสอบถามความพึงพอใจออนไลน์ และสรุปผลให้ผู้บริหารทราบภายใน ๑๕ วันทำการ"]
    assert [c.code for c in pdf.checks] == ["TABLE_FROM_LAYOUT"]

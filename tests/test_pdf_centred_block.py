"""A line centred under the line above it (a school's supervising office under its name) is a line of
a centred block: the paragraph under the block, at the left margin, is no part of it. The office's line
ended within two line-heights of the right edge with margins a few points apart (the text's right edge,
read from its lines' ink, lies short of the margin the lines are centred in), so it was read as a full
line and the paragraph ran into it ("สำนักงานเขต… เขต 1 โรงเรียน…ได้รับผลการประเมิน…"): a sentence that
begins with another body than the one it is about (extract/readers/pdf._one_axis). LibreOffice PDF
made for this test (samples/libreoffice/make_centred_block.py); the labelled and bold-heading samples
keep their lines (tests/test_pdf_labelled_items.py, tests/test_pdf_bold_heading.py)."""
import pytest

from extract.limits import PDF_READERS
from tests.conftest import SAMPLES, pdf_lines

FOLDER = SAMPLES / "libreoffice"


@pytest.mark.parametrize("engine", PDF_READERS)
def test_the_paragraph_under_a_centred_block(engine):
    assert pdf_lines(FOLDER / "centred_block.pdf", engine) == [
        "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568",
        "โรงเรียนบ้านหนองบัววิทยา",
        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1",
        "โรงเรียนบ้านหนองบัววิทยาได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 จำนวน 91.25 คะแนน อยู่ในระดับ A"]

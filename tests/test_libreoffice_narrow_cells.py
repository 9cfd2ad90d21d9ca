"""LibreOffice breaks lines between Thai digits: a score in a narrow Word table cell prints as "๘"
over "๐.๐๐". Its lines were joined with a space, the tail taken for an item number "๐.", and the
score read as 8.0 for 80.00. The PDF reads the scores of the Word file it was exported from
(samples/libreoffice/narrow_cells.*). Left as it is: the cell's two paragraphs join without the
space the Word file has between them (the PDF shows no paragraph end)."""
from extract import extract_paths
from normalize.line_joins import join_lines
from tests.conftest import SAMPLES

FOLDER = SAMPLES / "libreoffice"


def _scores(result):
    return [(s.level, s.tool, s.indicator, s.indicator_name, s.score) for s in result.scores]


def test_a_score_broken_between_its_digits_reads_as_in_the_word_file():
    word, pdf = extract_paths([FOLDER / "narrow_cells.docx", FOLDER / "narrow_cells.pdf"])
    assert _scores(pdf) == _scores(word)
    assert [s.score for s in pdf.scores] == [87.6, 80.0, 82.5]
    assert [f.indicator for f in pdf.findings] == [f.indicator for f in word.findings] == [9, 10]


def test_a_number_broken_at_a_wrap_joins_without_a_space():
    assert join_lines(["๘", "๐.๐๐"], edge_spaces=True) == "๘๐.๐๐"
    assert join_lines(["๙๕.", "๕๐ คะแนน"]) == "๙๕.๕๐ คะแนน"
    # not the whole line before, or no decimal made: a number, then an item or a number
    assert join_lines(["ข้อ ๘", "๐.๕ ต่อ"]) == "ข้อ ๘ ๐.๕ ต่อ"
    assert join_lines(["คะแนน ๙๕", "๒. ปรับปรุง"]) == "คะแนน ๙๕ ๒. ปรับปรุง"
    assert join_lines(["๑", "๒. ปรับปรุง"]) == "๑ ๒. ปรับปรุง"

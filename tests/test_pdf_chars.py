import pytest

from extract.readers.pdf_chars import _decode, fix_chars


def ch(text, x0, x1, span=None, actual=None):
    return {"text": text, "x0": x0, "x1": x1, "top": 10, "bottom": 20, "width": x1 - x0,
            "span": span, "actual_text": actual}


def test_actualtext_span_collapses_into_one_char_with_union_box():
    # LibreOffice draws ำ as nikhahit + sara aa glyphs inside one /ActualText span
    chars = [ch("ด", 0, 8), ch("\u0e4d", 8, 8, span=1, actual="ำ"), ch("า", 8, 14, span=1, actual="ำ"),
             ch("เ", 14, 20)]
    out = fix_chars(chars)
    assert "".join(c["text"] for c in out) == "ดำเ"
    assert (out[1]["x0"], out[1]["x1"]) == (8, 14)


def test_two_adjacent_spans_stay_two_chars():
    chars = [ch("x", 0, 5, span=1, actual="น้ำ"), ch("y", 5, 9, span=2, actual="คำ")]
    assert [c["text"] for c in fix_chars(chars)] == ["น้ำ", "คำ"]


def test_marks_take_the_box_of_their_base_so_sorting_keeps_them_on_it():
    # Word places ั at an x0 left of its base; sorted by x it would jump before "จ"
    chars = [ch("จ", 10, 18), ch("ด", 18, 26), ch("\u0e31", 17, 17), ch("ก", 26, 33)]
    out = fix_chars(chars)
    mark = out[2]
    assert (mark["x0"], mark["x1"]) == (18, 26)
    ordered = sorted(out, key=lambda c: c["x0"])
    assert "".join(c["text"] for c in ordered) == "จดัก"


def test_decode_actualtext_strings():
    assert _decode(b"\xfe\xff\x0e\x33") == "ำ"
    assert _decode("abc") == "abc" and _decode(None) is None


@pytest.mark.slow
def test_the_pdfplumber_reader_patches_nothing_in_pdfplumber():
    """Pages laid out with ActualText are the reader's own (ActualTextPage); pdfplumber's classes
    and attribute list stay as they are for anyone else in the process (issue 15)."""
    import pdfplumber
    import pdfplumber.page as plumber_page

    from extract.readers.pdf import read_pdf
    from extract.readers.pdf_chars import ActualTextAggregator, ActualTextPage
    from tests.conftest import SAMPLES

    aggregator, attrs = plumber_page.PDFPageAggregatorWithMarkedContent, set(plumber_page.ALL_ATTRS)
    path = SAMPLES / "pdf" / "001_adca4484352dee47.pdf"
    doc = read_pdf(path.read_bytes(), path.name, "sha", pdf_reader="pdfplumber")
    assert doc.blocks
    assert plumber_page.PDFPageAggregatorWithMarkedContent is aggregator is not ActualTextAggregator
    assert set(plumber_page.ALL_ATTRS) == attrs and "span" not in attrs
    with pdfplumber.open(path) as pdf:
        page = ActualTextPage.of(pdf.pages[0])
        chars = page.chars
        assert chars and all("span" in c and "actual_text" in c for c in chars)
        assert not any("span" in c for c in pdf.pages[0].chars)  # pdfplumber's own page, untouched

"""Structured locations (issue 15): every record carries a typed ``where`` (page, line, table, row,
cell, and the box on a PDF page where the reader knows it); the contract's ``location`` words and
``page`` (and a check's ``line``) are rendered from it, so they cannot disagree; a PDF's boxes
point at the text the record was read from."""
from __future__ import annotations

from collections import Counter

import pdfplumber
import pytest

from extract.pipeline import extract_file
from normalize.digits import thai_to_arabic
from normalize.text import squash
from schemas.check_codes import make_check
from schemas.records import Box, Check, Finding, Measure, Score, Where
from tests.conftest import SAMPLES

BOX = Box(x0=10.0, top=20.0, x1=30.5, bottom=40.25)


def test_location_and_page_are_rendered_from_where():
    where = Where(page=3, table=2, row=4, cell=5, bbox=BOX)
    score = Score(level="overall", score=90.0, where=where, location="line 99", page=99)  # words given are ignored
    assert (score.location, score.page, score.where) == ("page 3, table 2, row 4", 3, where)
    measure = Measure(table="plan", row=1, title="x", where=Where(line=12, table=1, row=1))
    assert (measure.location, measure.page) == ("line 12, table 1, row 1", 12)  # page: the line of a text
    finding = Finding(indicator=9, text="x", where=Where(line=7))
    assert (finding.location, finding.page) == ("line 7", 7)
    check = make_check("DATE_UNPARSED", Where(line=12, table=2, row=3, cell=4), text="เร็ว ๆ นี้")
    assert (check.location, check.page, check.line, check.where.cell) == ("line 12, table 2, row 3", None, 12, 4)
    moved = check.at(Where(page=8, bbox=BOX), source_text="y")
    assert (moved.location, moved.page, moved.line, moved.where.bbox, moved.source_text) == ("page 8", 8, None, BOX, "y")
    assert check.location == "line 12, table 2, row 3"  # ``at`` makes a new check
    assert Check(severity="info", code="X_Y", message="", message_th="").where == Where()


def test_a_record_saved_before_it_had_a_where_reads_back_from_its_words():
    old = {"level": "indicator", "indicator": 3, "score": 80.0, "page": 5, "location": "page 5, table 2, row 4"}
    assert Score.model_validate(old).where == Where(page=5, table=2, row=4)
    assert Check.model_validate({"severity": "info", "code": "X_Y", "message": "", "message_th": "",
                                 "location": "line 41", "line": 41}).where == Where(line=41)
    assert Where.parse("") == Where()


def test_box_rounds_pdf_points():
    assert Box.of((1.23456, 2, 3.005, 4.999)) == Box(x0=1.23, top=2.0, x1=3.0, bottom=5.0)
    with pytest.raises(ValueError):
        Where.model_validate({"page": 1, "column": 2})  # a fixed set of keys: a struct in Parquet


def _text_in(path, where: Where) -> str:
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[where.page - 1]
        box = where.bbox
        return squash(page.crop((box.x0 - 1, box.top - 1, box.x1 + 1, box.bottom + 1)).extract_text())


def test_a_pdf_score_table_cell_has_its_number_and_box():
    """A score read from a table cell: its ``cell`` is the column it was read from and its box holds
    the printed number; the location words stay "page N" as the contract always had them."""
    path = SAMPLES / "landscape" / "002_b022ce678bf99bfb.pdf"
    result = extract_file(path)
    in_cells = [s for s in result.scores if s.where.cell is not None]
    assert len(in_cells) >= 10 and all(s.where.bbox is not None for s in in_cells)
    for score in in_cells:
        assert score.location == f"page {score.where.page}"
        printed = thai_to_arabic(_text_in(path, score.where))
        assert f"{score.score:.2f}" in printed, (score.location, score.where, printed)


def test_pdf_lines_and_rows_have_boxes_that_hold_their_text():
    path = SAMPLES / "pdf" / "000_d6e4b885eccfbcd3.pdf"
    result = extract_file(path)
    from_lines = [s for s in result.scores if s.where.cell is None]
    assert from_lines and all(s.where.bbox is not None for s in from_lines)
    for score in from_lines:  # the paragraph's box holds the number the score was read from
        printed = thai_to_arabic(_text_in(path, score.where))
        assert f"{score.score:.2f}" in printed or f"{score.score:g}" in printed, (score.where, printed)
    in_tables = [m for m in result.measures if m.where.table is not None]
    assert in_tables and all(m.where.bbox is not None for m in in_tables)
    for measure in in_tables:  # a row's box holds its title (cropping a row interleaves its cells' lines)
        title = Counter(squash(measure.title))
        assert sum((title & Counter(_text_in(path, measure.where))).values()) >= 0.9 * sum(title.values()), measure.where
    assert result.findings and all(f.where.cell == 2 for f in result.findings)  # the analysis table's 2nd column
    for finding in result.findings:  # the cell's box holds the finding's text (its start: a finding may
        # go on in the rows below)
        start = Counter(squash(finding.text)[:20])
        assert sum((start & Counter(_text_in(path, finding.where))).values()) >= 0.9 * sum(start.values()), finding.where


def test_text_and_word_records_have_no_box():
    for path in (SAMPLES / "000_d6e4b885eccfbcd3.txt", SAMPLES / "docx" / "000_d6e4b885eccfbcd3.docx"):
        result = extract_file(path)
        records = [*result.scores, *result.measures, *result.findings, *result.checks]
        assert records and all(r.where.bbox is None and r.location == str(r.where) for r in records)


def test_parquet_and_jsonl_carry_the_same_where_with_its_box(tmp_path, capsys):
    import json

    import pyarrow.parquet as pq

    from extract.cli import main

    path = SAMPLES / "landscape" / "002_b022ce678bf99bfb.pdf"
    assert main(["extract", str(path), "--out", str(tmp_path), "--format", "parquet,jsonl,csv", "--quiet"]) == 0
    capsys.readouterr()
    jsonl = [json.loads(line)["where"] for line in (tmp_path / "scores.jsonl").read_text(encoding="utf-8").splitlines()]
    parquet = pq.read_table(tmp_path / "scores.parquet").column("where").to_pylist()
    assert jsonl == parquet and sum(w["cell"] is not None and w["bbox"] is not None for w in parquet) >= 10
    assert "where" not in (tmp_path / "scores.csv").read_text(encoding="utf-8-sig").splitlines()[0].split(",")

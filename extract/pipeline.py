"""The stage sequence: read → repair → stitch → clean → parse → validate status. Nothing else lives here.

Any failure becomes a Check on a report row with status ``failed``; nothing raises out of
``extract_file``, so a batch never stops on one bad file.
"""
from __future__ import annotations

import functools
import hashlib
import os
from importlib import import_module
from pathlib import Path

import regex
from normalize import patterns

from extract.clean import clean_document
from extract.document import Document, Line, StitchedDocument, Table
from extract.errors import ReadError
from extract.inputs import display_name, read_input
from extract.parse.findings import findings_from_tables, findings_from_text, unlinked_issues, unlinked_rows
from extract.parse.measures import measures_from_tables
from extract.parse.measures_lists import is_memo
from extract.parse.measures_prose import announces
from extract.parse.metadata import Metadata, parse_metadata
from extract.parse.scores import names_the_assessment, parse_scores
from extract.parse.tables import other_document, reads_like_header
from extract.readers import reader_by_content
from extract.readers.text import read_text
from extract.repair import repair_document
from extract.status import FATAL, PARTIAL, status_of  # noqa: F401 - FATAL, PARTIAL re-exported
from extract.stitch import stitch
from schemas.check_codes import make_check
from schemas.closing_cues import RELATED_CONTENT_HEADINGS, phrase_pattern
from schemas.measure_cues import ITA_WORDS, OTHER_SUBJECT_LINES
from schemas.phrases import failure, program_error
from schemas.records import Check, Evidence, Finding, Measure, Report, ReportKind, Result, Score, Where


def report_id_for(sha256: str, source_file: str = "") -> str:
    """The content hash's first 16 hex digits; a file with no content read (missing, not a regular
    file) gets the hash of its name instead, so two such rows never share an id."""
    return sha256[:16] if sha256 else hashlib.sha256(f"path:{source_file}".encode()).hexdigest()[:16]


def extract_file(path: str | Path, data: bytes | None = None, *, max_pages: int | None = None,
                 pdf_reader: str | None = None) -> Result:
    """Extract one report file into records. Never raises for bad input.

    ``max_pages`` reads only the first pages of a longer PDF (the report is then partial);
    ``pdf_reader`` is the library that reads PDFs, "pdfium" or "pdfplumber" (None: the default,
    ``extract.readers.pdf.DEFAULT_READER``).
    """
    path = Path(path)
    name, name_checks = source_name(path)
    if data is None:
        try:
            data = read_input(path)
        except ReadError as exc:
            return failed_result(name, "", make_check(exc.code, **exc.fields), *name_checks)
    sha = hashlib.sha256(data).hexdigest()
    result = _extract_bytes(path, name, data, sha, max_pages, pdf_reader)
    if name_checks:
        result = finalize(result.model_copy(update={"checks": [*name_checks, *result.checks]}))
    return result


def _extract_bytes(path: Path, name: str, data: bytes, sha: str, max_pages: int | None,
                   pdf_reader: str | None = None) -> Result:
    try:
        try:
            # pdf_reader only when asked for, so a reader registered with the older signature still works
            options = {"pdf_reader": pdf_reader} if pdf_reader is not None else {}
            reader, read_checks = reader_by_content(path, data)
            doc = reader(data, name, sha, max_pages=max_pages, **options)
        except ReadError as exc:
            return failed_result(name, sha, make_check(exc.code, **exc.fields))
        except MemoryError:
            raise
        except Exception as exc:  # a reader defect or corrupt input: keep the batch going
            return failed_result(name, sha, make_check("READ_FAILED", detail=program_error(exc)))
        try:
            result = extract_document(doc)
            if read_checks:
                result = finalize(result.model_copy(update={"checks": [*read_checks, *result.checks]}))
            return result
        except MemoryError:
            raise
        except Exception as exc:
            return failed_result(name, sha, make_check("INTERNAL_ERROR", stage=failure("stage_parse"),
                                                       detail=program_error(exc)))
    except MemoryError:  # e.g. under a batch's per-worker memory limit
        return failed_result(name, sha, make_check("MEMORY_LIMIT", limit=failure("memory_available")))


def source_name(path: str | Path) -> tuple[str, list[Check]]:
    """How a path is written in the tables, and the check a name that is not UTF-8 earns."""
    name = display_name(path)
    return name, ([make_check("FILE_NAME_NOT_UTF8")] if name != os.fspath(path) else [])


def extract_document(doc: Document) -> Result:
    """Document (from any reader) → Result. Each stage returns a new document and leaves the one
    it was given as it was (tests/test_stage_inputs.py)."""
    return parse_document(stitch(clean_document(repair_document(doc))))


def parse_document(doc: StitchedDocument) -> Result:
    """Cleaned document → Result: metadata, measures, findings and scores, then the status."""
    blocks = _own_text(doc.blocks)
    tables = [b for b in blocks if isinstance(b, Table)]
    # a page of posts: each post's body is its own, whatever its kind
    meta = parse_metadata(_texts(blocks), [(b.text, b.where) for b in doc.site_names],
                          [(b.text, b.where) for b in doc.site_footer],
                          any_kind=any(c.code == "PAGE_OF_POSTS" for c in doc.checks))
    checks: list[Check] = list(doc.checks) + meta.checks
    document = other_document([b.text for b in blocks if isinstance(b, Line)][:OTHER_SUBJECT_LINES])
    measures = from_tables = measures_from_tables(tables, meta.fiscal_year, document)
    # no measures table: a one-activity form, else numbered lists of measures (their parsers,
    # and the patterns they compile, load only for such a report)
    for module, function in (("measures_forms", "measures_from_forms"), ("measures_lists", "measures_from_lists"),
                             ("measures_prose", "measures_from_prose")):
        if measures.measures:
            break
        if measures is not from_tables:  # why a form that reads like a measure held none (another document's)
            checks.extend(c for c in measures.checks if c.code == "TEXT_NOT_MEASURES")
        measures = getattr(import_module(f"extract.parse.{module}"), function)(blocks, meta.fiscal_year, document)
    if measures is not from_tables:  # why a table shaped like one held no measures (a budget report, KPIs)
        checks.extend(c for c in from_tables.checks if c.code == "TABLE_NOT_MEASURES")
    if not measures.measures:  # a measures header over a table the reader could not see (no rules)
        header = next((b for b in blocks if isinstance(b, Line) and reads_like_header(b.text)), None)
        if header is not None:
            checks.append(make_check("TABLE_WITHOUT_RULES", header.where, header=header.text[:120], source_text=header.text))
        elif document is None and _mentions_ita(blocks):
            lines = [b.text for b in blocks if isinstance(b, Line)]
            title = None if is_memo(lines) else announces(lines)
            if title is not None:  # a document titled as measures none of which could be read
                where = next(b.where for b in blocks if isinstance(b, Line) and b.text == title)
                checks.append(make_check("MEASURES_NOT_READ", where, title=title[:80], source_text=title))
    table_findings, finding_tables = findings_from_tables(tables)
    findings = table_findings + findings_from_text(blocks)
    checks.extend(unlinked_issues(blocks))  # issues naming a tool or an OIT item, no indicator
    checks.extend(unlinked_rows(tables))  # an analysis table's rows naming a tool, no indicator
    # a score can only be on a page with text, so every OCR page is as good as those with blocks
    scores = parse_scores(blocks, meta.fiscal_year, skip_tables=measures.used, ocr_pages=doc.ocr_pages,
                          other_body=meta.subject.other_body if meta.subject else None,
                          own_body=meta.subject.names_self if meta.subject else None)
    score_list, score_checks = scores.scores, scores.checks
    grades = scores.grades
    if (score_list or grades) and not names_the_assessment(text for text, _ in _texts(blocks)):
        # another assessment's results (LPA, a training's test): none of the ITA's scores nor its grade
        first = min(score_list, key=lambda s: (s.where.page or 0, s.where.line or 0), default=None)
        checks.append(make_check("SCORES_NOT_ITA", first.where if first else None, count=len(score_list),
                                 example=first.score if first else "", source_text=first.source_text if first else None))
        score_list, score_checks, grades = [], [], {}
    if meta.several:  # a document about several bodies: its scores belong to no one report
        score_list, score_checks = [], []
        checks.append(make_check("MULTIPLE_SUBJECTS", count=len(meta.several), bodies=", ".join(meta.several[:5])
                                 + (", …" if len(meta.several) > 5 else "")))
    checks += measures.checks + score_checks
    _latest_year_listed(meta, score_list)
    for fld, label_th in (("organization", "ชื่อหน่วยงาน"), ("fiscal_year", "ปีงบประมาณ")):
        if getattr(meta, fld) is None and not (fld == "organization" and meta.several):
            checks.append(make_check("METADATA_MISSING", field=fld.replace("_", " "), field_th=label_th))

    report = Report(
        source_file=doc.source_file,
        source_sha256=doc.sha256,
        organization=meta.organization,
        org_type=meta.org_type,
        district=meta.district,
        province=meta.province,
        fiscal_year=meta.fiscal_year,
        # a document of another kind (minutes naming "มาตรการ" in passing) is no measures document by its words
        report_kind=_report_kind(meta.title_kind if document is None else None, score_list, findings, measures.measures),
        reader=doc.reader,
        encoding=doc.encoding,
        pages=doc.pages,
        sources=meta.sources.copy(),
    )
    overall = next((s for s in score_list if s.level == "overall" and s.fiscal_year == meta.fiscal_year), None)
    if overall is not None:
        report.overall_score, report.overall_grade = overall.score, overall.grade
        report.sources["overall_score"] = overall.location
    elif meta.fiscal_year in grades and not meta.several:  # a grade stated with no number ("… ระดับ ผ่านดี");
        # a document about several bodies has no overall score nor grade of its own
        report.overall_grade = grades[meta.fiscal_year]
    if not (score_list or measures.measures or findings):
        # a memo or cover letter has no records by nature: nothing is missing from it
        code = ("COVER_MEMO" if is_memo([text for text, _ in _texts(blocks)]) else "NO_RECORDS") if _mentions_ita(blocks) \
            else "NOT_ITA"
        checks.append(make_check(code))
    result = Result(report=report, scores=score_list, measures=measures.measures, findings=findings,
                    checks=checks, evidence=Evidence(org_variants=meta.org_variants,
                                                     indicator_labels=scores.labels))
    return finalize(result)


def _latest_year_listed(meta: Metadata, scores: list[Score]) -> None:
    """A fiscal year read from a line that itself states that year's overall score, with later years'
    overall scores stated too (no title year: "ปี 2564 ได้ 90.12 คะแนน ปี 2565 ได้ 92.45 คะแนน และปี 2566 ได้
    95.30 คะแนน", a list of such lines): the document reports its latest result and the earlier ones
    are what it is compared with, as in a table of years compared (metadata._compared_years)."""
    overall = [s for s in scores if s.level == "overall" and s.fiscal_year is not None]
    source = meta.sources.get("fiscal_year")
    if meta.several or meta.fiscal_year is None or not any(
            s.fiscal_year == meta.fiscal_year and s.location == source for s in overall):
        return
    latest = max(overall, key=lambda s: s.fiscal_year or 0)
    if latest.fiscal_year is not None and latest.fiscal_year > meta.fiscal_year:
        meta.fiscal_year = latest.fiscal_year
        meta.sources["fiscal_year"] = latest.location


def finalize(result: Result) -> Result:
    """``result`` with report ids, counts and the status that follows from the checks stamped on
    (a new Result of new records; ``result`` is left as it was)."""
    report = result.report
    report_id = report_id_for(report.source_sha256, report.source_file)
    stamp = {"report_id": report_id}
    checks = [c.model_copy(update=stamp) for c in result.checks]
    report = report.model_copy(update={
        "report_id": report_id, "n_scores": len(result.scores), "n_measures": len(result.measures),
        "n_findings": len(result.findings),
        "n_errors": sum(1 for c in checks if c.severity == "error"),
        "n_warnings": sum(1 for c in checks if c.severity == "warning"),
        "status": status_of((c.code, c.severity) for c in checks)})
    return result.model_copy(update={
        "report": report, "checks": checks,
        **{kind: [r.model_copy(update=stamp) for r in getattr(result, kind)]
           for kind in ("scores", "measures", "findings")}})


def warm_up(repair: bool = False) -> None:
    """Build once what reading files needs (dictionaries, compiled patterns; about half a
    second), so worker processes forked after it inherit them instead of each building them.
    ``repair``: also the Thai-repair lexicon and language model PDF text needs (about 0.5 s
    from cache files) and the PDF reader's imports. Each part is built only once per process."""
    _warm_text()
    if repair:
        _warm_repair()


@functools.cache
def _warm_text() -> None:
    from extract.parse import subject
    from normalize import words, wrap_spaces

    words.thai_words(), words.report_words(), subject._name_trie()
    wrap_spaces.warm()
    import_module("extract.parse.measures_forms"), import_module("extract.parse.measures_lists")
    extract_document(read_text(WARM_TEXT.encode(), "warm-up.txt", ""))


@functools.cache
def _warm_repair() -> None:
    import importlib

    from normalize.thai import load_tables

    load_tables()
    importlib.import_module("extract.readers.pdf")


# A tiny report touching every stage (metadata, a scores line, a measures table with a wrapped cell).
WARM_TEXT = """รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๕
องค์การบริหารส่วนตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง
ผลคะแนน ITA ภาพรวม ๘๕.๕๐ คะแนน ระดับ A
มาตรการ	ขั้นตอนการดำเนินการ	ผู้รับผิดชอบ	ระยะเวลา
๑. การเปิดเผยข้อมูล	เผยแพร่ข้อมูลทางเว็บไซต์ของหน่วย	สำนักปลัด	ต.ค.๖๔-ก.ย.๖๕
	งาน		
"""


def failed_result(source_file: str, sha: str, *checks: Check) -> Result:
    """The record of a file nothing could be read from: a report row plus the checks that say why
    (``sha`` is "" when no bytes were read)."""
    return finalize(Result(report=Report(source_file=source_file, source_sha256=sha), checks=list(checks)))


def _texts(blocks: list[Line | Table]) -> list[tuple[str, Where]]:
    texts: list[tuple[str, Where]] = []
    for block in blocks:
        if isinstance(block, Line):
            texts.append((block.text, block.where))
        else:
            for row in block.rows:
                # one row, one where: metadata joins the cells of a row
                texts.extend((cell, row.where) for cell in row.clean if cell)
    return texts


RELATED_HEADING = patterns.compile(r"^[\s\W_]*(?:" + "|".join(phrase_pattern(h) for h in RELATED_CONTENT_HEADINGS)
                                   + r")[\s:：»›>\-–—.…]*$", regex.IGNORECASE)


def _own_text(blocks: list[Line | Table]) -> list[Line | Table]:
    """The blocks up to a web page's list of other posts (schemas.closing_cues.RELATED_CONTENT_HEADINGS),
    when the page has named the ITA above that heading; else all of them."""
    for i, block in enumerate(blocks):
        if isinstance(block, Line) and RELATED_HEADING.match(block.text) and _mentions_ita(blocks[:i]):
            return blocks[:i]
    return blocks


def _mentions_ita(blocks: list[Line | Table]) -> bool:
    """Any word of the ITA vocabulary in a line or a table cell."""
    return any(any(w in text for w in ITA_WORDS) for text, _ in _texts(blocks))


def _report_kind(title_kind: ReportKind | None, scores: list[Score], findings: list[Finding],
                 measures: list[Measure]) -> ReportKind | None:
    kinds: set[ReportKind] = set()
    if scores or findings:
        kinds.add("analysis")
    for m in measures:
        kinds.add("implementation" if m.table == "implementation" else "measures")
    if len(kinds) > 1:
        return "mixed"
    return next(iter(kinds), title_kind)

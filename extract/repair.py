"""Repair stage: fix the Thai text defects of PDF/OCR text in every line and cell (and of text copied
from a PDF: a web page or text export that carries them).

Runs normalize/thai.py's noisy-channel repair with the defect rates estimated once over the whole
document's text, and records what it changed: one info check per rule (edit kinds) and page, with
every change listed in before/after and its cost, so an auditor can see the uncertain ones.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from extract.document import Block, Document, Line, Table
from schemas.check_codes import make_check
from schemas.records import Where

# Readers whose text comes from PDF glyphs or OCR and needs the chain.
NEEDS_REPAIR = ("pdf", "pdf+ocr", "image+ocr")
MAX_LISTED = 50


def _broken(doc: Document) -> bool:
    """Text that did not come from a PDF's glyphs may still carry their defects (a web page or text
    export copied from a PDF: "ส านัก", "ประจ�าปี"): a spot no typist writes says so."""
    from normalize.thai_orthography import has_pdf_defects

    return any(has_pdf_defects(text) for text in _texts(doc))


def repair_document(doc: Document) -> Document:
    """A new Document with every line and cell repaired and a THAI_REPAIRED check per rule and
    page; ``doc`` is left as it was (blocks nothing changed are shared, as text is immutable).
    Text no PDF or OCR produced is repaired only where it carries their defects (a page copied from a
    PDF); other text is returned as it is, ``doc`` itself."""
    if doc.reader not in NEEDS_REPAIR and not _broken(doc):
        return doc
    from normalize.thai import estimate, repair_thai_with_fixes  # only PDF text needs the repair

    fixes: dict[tuple[int | None, str], list[tuple[str, str, float]]] = defaultdict(list)
    priors = estimate("\n".join(_texts(doc)))

    # a text met again in the document (a cell's "-", a unit's name in every row) repairs as it
    # did: repair_thai_with_fixes is a function of the text and the priors
    done: dict[str, tuple[str, list]] = {}

    def fix(text: str, page: int | None) -> str:
        found = done.get(text)
        if found is None:
            found = done[text] = repair_thai_with_fixes(text, priors)
        repaired, applied = found
        for f in applied:
            fixes[(page, f.rule)].append((f.before, f.after, f.cost))
        return repaired

    def repaired(block: Block) -> Block:
        if isinstance(block, Line):
            return replace(block, text=fix(block.text, block.page))
        if isinstance(block, Table):
            return replace(block, rows=[replace(row, cells=[fix(c, row.page) if c else c for c in row.cells])
                                        for row in block.rows])
        return block

    blocks = [repaired(block) for block in doc.blocks]
    checks = list(doc.checks)
    for (page, rule), changes in sorted(fixes.items(), key=lambda kv: (kv[0][0] or 0, kv[0][1])):
        listed = changes[:MAX_LISTED]
        checks.append(make_check(
            "THAI_REPAIRED", Where(page=page), rule=rule, count=len(changes),
            example_before=changes[0][0], example_after=changes[0][1], max_cost=f"{max(c for _, _, c in changes):g}",
            before=" | ".join(b for b, _, _ in listed),
            after=" | ".join(f"{a} (cost {c:g})" for _, a, c in listed)))
    return replace(doc, blocks=blocks, checks=checks, ocr_pages=set(doc.ocr_pages))


def _texts(doc: Document):
    for block in doc.blocks:
        if isinstance(block, Line):
            yield block.text
        elif isinstance(block, Table):
            for row in block.rows:
                yield from (c for c in row.cells if c)

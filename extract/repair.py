"""Repair stage: fix the Thai text defects of PDF/OCR text in every line and cell.

Runs the repair chain of normalize/thai.py and records what it changed: one info check per
rule and page, with every change listed in before/after so an auditor can see them.
"""
from __future__ import annotations

from collections import defaultdict

from extract.document import Document, Line, Table
from normalize.thai import repair_thai_with_fixes
from schemas.check_codes import make_check
from schemas.records import Where

# Readers whose text comes from PDF glyphs or OCR and needs the chain.
NEEDS_REPAIR = ("pdf", "pdf+ocr")
MAX_LISTED = 50


def repair_document(doc: Document) -> Document:
    """Repair lines and cells in place (the Document is this stage's own copy); add checks."""
    if doc.reader not in NEEDS_REPAIR:
        return doc
    fixes: dict[tuple[int | None, str], list[tuple[str, str]]] = defaultdict(list)

    def fix(text: str, page: int | None) -> str:
        repaired, applied = repair_thai_with_fixes(text)
        for f in applied:
            fixes[(page, f.rule)].append((f.before, f.after))
        return repaired

    for block in doc.blocks:
        if isinstance(block, Line):
            block.text = fix(block.text, block.page)
        elif isinstance(block, Table):
            for row in block.rows:
                row.cells = [fix(c, row.page) if c else c for c in row.cells]
    for (page, rule), changes in sorted(fixes.items(), key=lambda kv: (kv[0][0] or 0, kv[0][1])):
        listed = changes[:MAX_LISTED]
        doc.checks.append(make_check(
            "THAI_REPAIRED", Where(page=page), rule=rule, count=len(changes),
            example_before=changes[0][0], example_after=changes[0][1],
            before=" | ".join(b for b, _ in listed), after=" | ".join(a for _, a in listed)))
    return doc

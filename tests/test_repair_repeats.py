"""repair_document repairs a text met again in the document once (extract/repair.py: ``done``):
every block reads, and every page's THAI_REPAIRED check counts, as when each text is repaired
on its own."""
from __future__ import annotations

import re
from collections import Counter

from extract.document import Document, Line, Row, Table
from extract.repair import repair_document
from normalize.thai import estimate, repair_thai_with_fixes

BROKEN = "ส านักงานสาธารณสุขอ าเภอหนองใหญ่"


def test_repeated_texts_repair_as_each_alone() -> None:
    texts = [BROKEN, "จัดท าแผน", BROKEN, "-", BROKEN, "-", "จัดท าแผน"]
    doc = Document(source_file="x.pdf", sha256="0" * 64, reader="pdf", blocks=[
        Line(text=BROKEN, page=1), Line(text="จัดท าแผน", page=1),
        Table(rows=[Row(cells=[BROKEN, "-"], page=2), Row(cells=[BROKEN, "-"], page=2)], page=2),
        Line(text="จัดท าแผน", page=3)])
    priors = estimate("\n".join(texts))
    alone = {t: repair_thai_with_fixes(t, priors) for t in set(texts)}
    out = repair_document(doc)
    got = [out.blocks[0].text, out.blocks[1].text, *out.blocks[2].rows[0].cells, *out.blocks[2].rows[1].cells,
           out.blocks[3].text]
    assert got == [alone[t][0] for t in texts]
    assert got[0] != BROKEN  # repaired, not only read
    expected: Counter = Counter()
    for text, page in zip(texts, [1, 1, 2, 2, 2, 2, 3]):
        for f in alone[text][1]:
            expected[(page, f.rule)] += 1
    counts = Counter({(c.page, re.search(r"rule '([^']+)' \((\d+)×", c.message)[1]):
                      int(re.search(r"rule '([^']+)' \((\d+)×", c.message)[2])
                      for c in out.checks if c.code == "THAI_REPAIRED"})
    assert counts == expected and sum(counts.values()) >= 5

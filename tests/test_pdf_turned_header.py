"""A header set "bottom to top" (Word's text direction btLr: narrow month columns) reads as printed,
not backwards ("76 . ค. ต" for "ต.ค. 67"): the months were lost and with them every timeframe, and
the plan was taken for a report. Fixture samples/libreoffice/rotated_months.* (LibreOffice's PDF of
the .docx beside it): both PDF readers give the Word file's records."""
from __future__ import annotations

import pytest

from extract import extract_paths
from tests.conftest import SAMPLES

FIXTURE = SAMPLES / "libreoffice" / "rotated_months"

EXPECTED = [
    ("plan", "จัดอบรมจริยธรรมพนักงานใหม่", ["สำนักปลัด"], "ต.ค.", "2024-10-01", "2024-10-31"),
    ("plan", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์ทุกเดือน", ["กองคลัง"], "ต.ค. - มี.ค.", "2024-10-01", "2025-03-31"),
    ("plan", "สำรวจความคิดเห็นผู้รับบริการงานขออนุญาตก่อสร้าง", ["กองช่าง"], "ม.ค. - ก.พ.", "2025-01-01", "2025-02-28"),
]


def _records(result):
    return [(m.table, m.title, m.responsible, m.timeframe, str(m.period_start), str(m.period_end))
            for m in result.measures]


def test_the_word_file():
    (result,) = extract_paths([FIXTURE.with_suffix(".docx")], jobs=1)
    assert _records(result) == EXPECTED


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_the_pdf_reads_its_turned_months(reader):
    (result,) = extract_paths([FIXTURE.with_suffix(".pdf")], jobs=1, pdf_reader=reader)
    assert _records(result) == EXPECTED

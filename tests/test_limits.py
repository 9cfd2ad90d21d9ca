"""One validated settings object for a batch (issue 15): extract.limits.Limits."""
from __future__ import annotations

import math

import pytest

from extract.limits import MAX_JOBS, Limits


def test_zero_means_no_limit_and_whole_numbers_stay_whole():
    assert Limits(jobs=2, timeout=0, max_pages=0, max_memory_mb=0) == Limits(jobs=2)
    assert Limits(max_pages=3.0, max_memory_mb=512).max_pages == 3 and isinstance(Limits(max_pages=3.0).max_pages, int)
    assert Limits(timeout=math.inf).timeout is None and Limits(timeout=1.5).timeout == 1.5


@pytest.mark.parametrize("fields", [
    {"jobs": 0}, {"jobs": MAX_JOBS + 1}, {"jobs": 1.5}, {"jobs": True}, {"timeout": -1}, {"timeout": math.nan},
    {"timeout": "10"}, {"max_pages": -2}, {"max_pages": 2.5}, {"max_memory_mb": True}, {"pdf_reader": "ocr"},
])
def test_a_limit_out_of_range_is_refused_where_it_is_made(fields):
    with pytest.raises(ValueError, match=next(iter(fields))):
        Limits(**fields)


def test_only_a_worker_keeps_a_time_or_memory_limit():
    assert not Limits().pooled and not Limits(max_pages=5, pdf_reader="pdfplumber").pooled
    assert Limits(jobs=2).pooled and Limits(timeout=3).pooled and Limits(max_memory_mb=100).pooled


def test_the_readers_and_the_cli_name_the_same_limits():
    from extract import cli
    from extract.readers import DEFAULT_PDF_READER
    from extract.readers.pdf import PDF_READERS as READ_BY

    assert set(READ_BY) == set(cli.PDF_READERS) and DEFAULT_PDF_READER == cli.PDF_READERS[0]
    assert cli.MAX_JOBS == MAX_JOBS


def test_a_library_call_with_a_bad_limit_fails_before_any_work(tmp_path):
    from extract import extract_paths

    with pytest.raises(ValueError, match="jobs"):
        extract_paths([tmp_path], jobs=0)

"""How a batch reads its files: one validated settings object the batch stages pass down.

The command line, ``run``, ``extract_paths`` and ``audit_run`` take these as keywords (as they
always did) and make one ``Limits`` of them at their door; below that, the worker pool, the journal
and the failure records read that one object (pdfplumber's habit: one settings object, validated
where it is made, instead of the same values travelling through every signature).
"""
from __future__ import annotations

from dataclasses import dataclass

MAX_JOBS = 256
# The libraries that can read a PDF (extract.readers.PDF_READERS; spelt here so that making a
# Limits imports no reader), the first the default.
PDF_READERS = ("pdfium", "pdfplumber")


@dataclass(frozen=True)
class Limits:
    """``jobs`` worker processes; ``timeout`` seconds one file may take; ``max_pages`` pages read of
    a PDF; ``max_memory_mb`` a worker may grow by while reading one file; ``pdf_reader`` the library
    that reads PDFs. None (or 0 for the three limits) means no limit / the default."""

    jobs: int = 1
    timeout: float | None = None
    max_pages: int | None = None
    max_memory_mb: int | None = None
    pdf_reader: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.jobs, bool) or not isinstance(self.jobs, int) or not 1 <= self.jobs <= MAX_JOBS:
            raise ValueError(f"jobs must be a whole number from 1 to {MAX_JOBS}, not {self.jobs!r}")
        # 0 is "none", as on the command line
        for name in ("timeout", "max_pages", "max_memory_mb"):
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value < 0 \
                    or (name != "timeout" and not float(value).is_integer()):
                raise ValueError(f"{name} must be {'a number' if name == 'timeout' else 'a whole number'}, "
                                 f"0 or more, or None, not {value!r}")
            if value == 0 or value == float("inf"):
                object.__setattr__(self, name, None)
            elif name != "timeout":
                object.__setattr__(self, name, int(value))
        if self.pdf_reader is not None and self.pdf_reader not in PDF_READERS:
            raise ValueError(f"pdf_reader must be one of {', '.join(PDF_READERS)} or None, not {self.pdf_reader!r}")

    @property
    def pooled(self) -> bool:
        """Files run in worker processes: more than one job, or a limit only a worker can keep."""
        return self.jobs > 1 or self.timeout is not None or self.max_memory_mb is not None

"""Readers: one module per input kind, each returning the same ``Document``.

``READERS`` maps a file-name ending to its reader; adding an input kind is one module plus one
entry here.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from extract.document import Document
from extract.errors import ReadError
from extract.readers.text import read_text

# reader(data, source_file, sha256, max_pages=None): max_pages caps paged inputs (PDF); readers of
# unpaged inputs accept and ignore it so the pipeline calls every reader the same way.
Reader = Callable[..., Document]


def _pdf(data: bytes, source_file: str, sha256: str, max_pages: int | None = None) -> Document:
    from extract.readers.pdf import read_pdf  # pdfplumber is imported only when a PDF comes

    return read_pdf(data, source_file, sha256, max_pages=max_pages)


def _docx(data: bytes, source_file: str, sha256: str, max_pages: int | None = None) -> Document:
    from extract.readers.docx import read_docx

    return read_docx(data, source_file, sha256)


READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".tsv": read_text,
    ".pdf": _pdf,
    ".docx": _docx,
}


def reader_for(path: Path) -> Reader:
    """The reader for a path, by its ending (case-insensitive); ReadError if none."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ReadError("READ_UNSUPPORTED", suffix=path.suffix or "(none)")
    return reader

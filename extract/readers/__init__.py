"""Readers: one module per input kind, each returning the same ``Document``.

``READERS`` maps a file-name ending to its reader; adding an input kind is one module plus one
entry here.
"""
from __future__ import annotations

from pathlib import Path
from typing import Protocol

from extract.document import Document
from extract.errors import ReadError
from extract.limits import PDF_READERS
from extract.readers import content_type
from extract.readers.image import SUFFIXES as IMAGE_SUFFIXES
from extract.readers.text import read_text
from schemas.check_codes import make_check
from schemas.phrases import FILE_KINDS, failure
from schemas.records import Check

# The libraries that can read a PDF's pages: pdfium (its glyphs and paths laid out by pdfplumber's
# own table finder and pdfplumber's text layout steps in char_layout; several times faster) or pdfplumber alone (pdfminer parses
# every page). Both give the same Documents on every sample PDF (tests/test_pdf_readers.py).
DEFAULT_PDF_READER = PDF_READERS[0]


class Reader(Protocol):
    """What every reader is (mypy holds each entry of READERS to it): the file's bytes, its name as
    records show it and its content hash in; a Document out, or ReadError for input it cannot read.
    ``max_pages`` caps paged inputs (PDF); ``pdf_reader`` picks the library that reads a PDF
    (PDF_READERS). Readers of other inputs accept and ignore both, so the pipeline calls every
    reader the same way (``pdf_reader`` is passed only when one is chosen)."""

    def __call__(self, data: bytes, source_file: str, sha256: str, max_pages: int | None = None,
                 pdf_reader: str | None = None) -> Document: ...


def _pdf(data: bytes, source_file: str, sha256: str, max_pages: int | None = None,
         pdf_reader: str | None = None) -> Document:
    from extract.readers.pdf import read_pdf  # pdfplumber/pdfium are imported only when a PDF comes

    return read_pdf(data, source_file, sha256, max_pages=max_pages, pdf_reader=pdf_reader)


def _docx(data: bytes, source_file: str, sha256: str, max_pages: int | None = None,
          pdf_reader: str | None = None) -> Document:
    from extract.readers.docx import read_docx

    return read_docx(data, source_file, sha256)


def _doc(data: bytes, source_file: str, sha256: str, max_pages: int | None = None,
         pdf_reader: str | None = None) -> Document:
    from extract.readers.doc import read_doc  # olefile is imported only when a Word 97–2003 file comes

    return read_doc(data, source_file, sha256)


def _image(data: bytes, source_file: str, sha256: str, max_pages: int | None = None,
           pdf_reader: str | None = None) -> Document:
    from extract.readers.image import read_image  # Pillow is imported only when an image comes

    return read_image(data, source_file, sha256, max_pages=max_pages, pdf_reader=pdf_reader)


def _html(data: bytes, source_file: str, sha256: str, max_pages: int | None = None,
          pdf_reader: str | None = None) -> Document:
    from extract.readers.html import read_html  # lxml is imported only when a page comes

    return read_html(data, source_file, sha256)


READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".tsv": read_text,
    ".pdf": _pdf,
    ".docx": _docx,
    ".doc": _doc,
    ".html": _html,
    ".htm": _html,
    # pictures: read by OCR as scanned pages (extract/readers/image.py; the endings listed there)
    **{suffix: _image for suffix in IMAGE_SUFFIXES},
}


def reader_for(path: Path) -> Reader:
    """The reader for a path, by its ending (case-insensitive); ReadError if none."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ReadError("READ_UNSUPPORTED", suffix=path.suffix or failure("no_suffix"))
    return reader


def reader_by_content(path: Path, data: bytes) -> tuple[Reader, list[Check]]:
    """The reader for what the bytes are when they tell (a READ_BY_CONTENT check when the name says
    otherwise), else for the name (``reader_for``). A legacy Office file other than Word 97–2003, or
    an RTF file, under a name no reader takes is a ReadError (READ_LEGACY_OFFICE); under a reader's
    name, that reader says what it is (a password-protected .docx, a spreadsheet named .doc)."""
    kind = content_type.sniff(data)
    named = READERS.get(path.suffix.lower())
    if kind in content_type.UNREADABLE:
        if named is None:
            raise ReadError("READ_LEGACY_OFFICE", kind=FILE_KINDS[kind])
        return named, []
    if kind is None or READERS[content_type.SUFFIX[kind]] is named:
        return reader_for(path), []
    return READERS[content_type.SUFFIX[kind]], [make_check("READ_BY_CONTENT", kind=FILE_KINDS[kind],
                                                             suffix=path.suffix or failure("no_suffix"))]

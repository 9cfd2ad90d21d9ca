"""What a file holds, told from its bytes, so a report is read by what it is and not by its name.

Bulk downloads name files by the link they came from ("download.php?id=17", no ending at all), a
server's error page is saved under the report's name ("report.pdf" holding HTML), and Word files
travel under each other's endings ("plan.doc" holding a .docx, or a web page Word saved). The
signatures are the formats' own: "%PDF-" (ISO 32000-1, 7.5.2), a ZIP archive holding
``word/document.xml`` (ECMA-376 Part 2), an HTML document's doctype or root tag, the OLE compound
file signature of legacy Office files ([MS-CFB] 2.2) with a "WordDocument" stream in its directory
for Word 97–2003 ([MS-DOC] 2.1), "{\\rtf" (RTF 1.9.1).
"""
from __future__ import annotations

import io
import os
import zipfile
from typing import IO

PDF, DOCX, DOC, HTML, LEGACY_OFFICE, RTF, IMAGE = "pdf", "docx", "doc", "html", "legacy_office", "rtf", "image"
# the reader's file-name ending for each kind a reader handles
SUFFIX = {PDF: ".pdf", DOCX: ".docx", DOC: ".doc", HTML: ".html", IMAGE: ".png"}
# the signatures of the image formats read (PNG, JPEG, TIFF both byte orders, GIF, WebP): the
# formats' own first bytes (a WebP is a RIFF file whose form type, at byte 8, is "WEBP")
_IMAGE_STARTS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF87a", b"GIF89a")
# kinds no reader handles: a row that says so, rather than a file that vanishes. LEGACY_OFFICE is
# an OLE compound file that is not a Word 97–2003 document (a spreadsheet, a presentation, a
# password-protected .docx) or that cannot be opened
UNREADABLE = (LEGACY_OFFICE, RTF)
# how many bytes of a file's head tell its kind (a PDF header may follow some junk: ISO 32000 allows
# readers to look within the first 1024 bytes)
HEAD = 1024
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml version")
_BOMS = (b"\xef\xbb\xbf",)


def sniff_head(head: bytes) -> str | None:
    """The kind the first bytes of a file name (``HEAD`` of them are enough), or None. A ZIP archive
    is DOCX and an OLE compound file LEGACY_OFFICE here; ``sniff`` looks inside them."""
    if b"%PDF-" in head[:HEAD]:
        return PDF
    if head.startswith(_OLE):
        return LEGACY_OFFICE
    if head.startswith(_IMAGE_STARTS) or (head.startswith(b"RIFF") and head[8:12] == b"WEBP"):
        return IMAGE
    if head.startswith(b"PK\x03\x04"):
        return DOCX
    text = head.lstrip()
    for bom in _BOMS:
        if text.startswith(bom):
            text = text[len(bom):].lstrip()
    if text.startswith(b"{\\rtf"):
        return RTF
    lower = text[:HEAD].lower()
    if lower.startswith(_HTML_STARTS) and (not lower.startswith(b"<?xml") or b"<html" in lower):
        return HTML
    return None


def sniff(data: bytes) -> str | None:
    """The kind of a whole file's bytes, or None (plain text, or a kind no reader knows). A ZIP
    archive is DOCX only when it holds Word's main part, an OLE compound file DOC only when it holds
    Word's WordDocument stream."""
    kind = sniff_head(data[:HEAD])
    if kind == DOCX:
        return word_archive(io.BytesIO(data))
    if kind == LEGACY_OFFICE:
        return ole_kind(io.BytesIO(data))
    return kind


def ole_kind(file: str | os.PathLike[str] | IO[bytes]) -> str:
    """DOC when the OLE compound file ``file`` (a path or a binary file) holds a WordDocument stream
    (Word 97–2003, or an older Word its reader names), LEGACY_OFFICE for any other (Excel, PowerPoint,
    an encrypted .docx) or one that cannot be opened."""
    import olefile  # imported only when an OLE file comes

    try:
        if isinstance(file, (str, os.PathLike)):
            with open(file, "rb") as opened:
                return ole_kind(opened)
        with olefile.OleFileIO(file) as ole:
            return DOC if ole.exists("WordDocument") else LEGACY_OFFICE
    except Exception:  # noqa: BLE001 - olefile raises OSError, struct.error, IndexError… on broken files
        return LEGACY_OFFICE


def word_archive(file) -> str | None:
    """DOCX when the ZIP archive ``file`` (a path or a binary file) holds Word's main part, None for
    another archive (a spreadsheet, a zip of files); DOCX for a broken one, whose reader says what
    is wrong with it."""
    try:
        with zipfile.ZipFile(file) as archive:
            return DOCX if "word/document.xml" in archive.namelist() else None
    except (zipfile.BadZipFile, ValueError, OSError):
        return DOCX

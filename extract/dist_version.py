"""Installed distributions' versions, read from the header of their metadata file.

``importlib.metadata.version`` parses a distribution's whole METADATA file (its long description
too) with the email parser, and the first call imports that parser: ~26 ms for the ten versions
a run asks for (``extract.__version__`` and the journal's ``extractor_version``), where finding
the file and reading its header takes ~1 ms. The value is the one the email parser gives.
"""
from __future__ import annotations

import re

# A header line as the email parser tells one (email.feedparser.headerRE); any other line that is
# no folded continuation ends the header. Anchored: searched, an unanchored run would rescan from
# every start (tests/test_pathological.py).
_HEADER = re.compile(r"^[\041-\071\073-\176]*:")
# Lines as the email parser splits them (only at \r\n, \r or \n; str.splitlines splits at more).
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def installed_version(name: str) -> str | None:
    """What ``importlib.metadata.version(name)`` gives, or None when ``name`` is not installed."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        dist = distribution(name)
    except PackageNotFoundError:
        return None
    found = header_version(dist.read_text("METADATA") or dist.read_text("PKG-INFO") or "")
    return found if found is not None else dist.version  # no Version header: the library's own answer


def header_version(text: str) -> str | None:
    """The first ``Version`` header's value in a metadata file's header (up to its first empty
    line), as the email parser reads it (compat32: the name matched in any case, the value with
    its leading blanks and line end removed, folded lines joined); None when there is none."""
    lines: list[str] = []  # read up to the header's end only: the long description may follow
    for match in _LINE.finditer(text):
        lines.append(match.group())
        if not lines[-1].strip("\r\n"):
            break
    for k, line in enumerate(lines):
        if not line.strip("\r\n"):  # the header ends at the first empty line
            return None
        if line[0] in " \t":  # a folded line of the header before
            continue
        if not _HEADER.match(line):
            if k == 0 and line.startswith("From "):  # an mbox "From " line
                continue
            return None
        name, _, value = line.partition(":")
        if name.lower() != "version":
            continue
        value = value.lstrip(" \t")
        for more in lines[k + 1:]:  # a folded header goes on in lines that begin with a blank
            if not more or more[0] not in " \t":
                break
            value += more
        return value.rstrip("\r\n")
    return None

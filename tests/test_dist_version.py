"""Versions read from a metadata file's header are what importlib.metadata's email parser reads."""
from __future__ import annotations

import email
from importlib.metadata import version

import pytest

from extract.dist_version import header_version, installed_version
from extract.journal import READING_LIBRARIES

TEXTS = [
    "Metadata-Version: 2.1\nName: x\nVersion: 1.2.3\n\nVersion: 9\n",   # the body's line is no header
    "Name: x\nversion:  1.0  \nVersion: 2\n\nbody",                      # any case, first one, blanks kept
    "Name: x\n\nVersion: 3\n",                                           # only in the body
    "Name: x\r\nVERSION:\t4.0\r\n\r\n",
    "Name: x\nVersion: 5\n  folded\nSummary: s\n",                       # a folded value
    "", "Version: 6", "Name: x\n Version: 7\nVersion: 8\n",              # a continuation is no header
    "Name: x\nno header line\nVersion: 9\n",                              # a non-header line ends it
    "From me\nVersion: 10\n", "Name: x\x0cy\nVersion: 11\n", "Name: x\rVersion: 12\r",
]


@pytest.mark.parametrize("text", TEXTS)
def test_header_version_is_the_email_parsers(text):
    assert header_version(text) == email.message_from_string(text)["Version"]


@pytest.mark.parametrize("name", [*READING_LIBRARIES, "ita-extract"])
def test_installed_version_is_importlib_metadatas(name):
    assert installed_version(name) == version(name)


def test_missing_distribution():
    assert installed_version("no-such-distribution-ita") is None

"""The package runs on the oldest Python pyproject allows (3.10): stdlib re learnt possessive
quantifiers (``\\s*+``) and atomic groups (``(?>…)``) only in 3.11, so no pattern our code hands to
stdlib re may use them (normalize.possessive compiles those with `regex`, matching what re would)."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize.possessive import compile_possessive, re_classes

ROOT = Path(__file__).resolve().parent.parent

# Run in a fresh interpreter so that module-level patterns are compiled after the hook is in:
# every pattern stdlib re compiles for a frame in our packages, while importing every module and
# auditing the samples (text, Word, PDF) and the variants.
PROBE = r"""
import importlib, json, pkgutil, re, sys, traceback
from pathlib import Path
from re import _parser
ROOT = sys.argv[1]
OURS = tuple(f"{ROOT}/{p}/" for p in ("extract", "normalize", "schemas"))
NEW_OPS = {"POSSESSIVE_REPEAT", "ATOMIC_GROUP"}

def ops(node):
    if isinstance(node, _parser.SubPattern):
        node = node.data
    if isinstance(node, (list, tuple)):
        for item in node:
            if isinstance(item, tuple) and len(item) == 2 and hasattr(item[0], "name"):
                yield item[0].name
            yield from ops(item)

found = {}
compile_ = re._compile
def hook(pattern, flags):
    if isinstance(pattern, str) and NEW_OPS & set(ops(_parser.parse(pattern, flags))):
        frame = next((f for f in reversed(traceback.extract_stack()[:-1]) if f.filename.startswith(OURS)), None)
        if frame is not None:
            found[f"{frame.filename[len(ROOT) + 1:]}:{frame.lineno}"] = pattern[:80]
    return compile_(pattern, flags)
re.purge()
re._compile = hook
for package in ("normalize", "schemas", "extract"):
    for info in pkgutil.walk_packages(importlib.import_module(package).__path__, package + "."):
        importlib.import_module(info.name)
from extract.audit import audit
from extract.pipeline import extract_file
root = Path(ROOT)
for pattern in ("samples/*.txt", "samples/docx/*.docx", "samples/pdf/00[01]*.pdf", "tests/variants/*.txt"):
    for path in sorted(root.glob(pattern)):
        audit(extract_file(path))
print(json.dumps(found))
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.version_info < (3, 11), reason="on 3.10 such a pattern fails to compile anyway")
def test_no_pattern_given_to_stdlib_re_needs_python_311():
    run = subprocess.run([sys.executable, "-c", PROBE, str(ROOT)], capture_output=True, text=True,
                         cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert json.loads(run.stdout.splitlines()[-1]) == {}


def test_pyproject_names_the_python_this_guards():
    assert 'requires-python = ">=3.10"' in (ROOT / "pyproject.toml").read_text()


SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2003\u3000"


@pytest.mark.parametrize("pattern", [r"\s+", r"(?<!\s)\s*[,]", r"\S+", r"[\s,]+", r"[^\s]+", r"[]\s]+",
                                     r"[^]\s]+", r"\\s+", r"a\s?b", r"[\\]\s"])
@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=SPACES + "ab,]\\ก่", max_size=12))
def test_spelled_out_classes_match_what_re_matches(pattern, text):
    ours, stdlib = compile_possessive(pattern), re.compile(pattern)
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in stdlib.finditer(text)]


def test_possessive_patterns_compile_and_keep_re_classes():
    assert compile_possessive(r"(?<!\s)\s*+x").search("a\x1c\x1c x").span() == (1, 5)
    assert regex.search(r"\s", "\x1c") is None  # why the classes are spelled out


@pytest.mark.parametrize("escape", [r"\w", r"\W", r"\b", r"\B", r"\d", r"\D", r"[\S]"])
def test_escapes_that_differ_are_refused(escape):
    with pytest.raises(ValueError):
        re_classes(f"a{escape}+")

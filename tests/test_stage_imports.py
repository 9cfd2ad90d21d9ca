"""Stages meet only through the documents they hand on (issue 15): a parser reads a
StitchedDocument and imports no other stage; text helpers they share live in normalize/."""
from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT

OTHER_STAGES = ("extract.stitch", "extract.repair", "extract.clean", "extract.readers", "extract.pipeline")
PARSERS = sorted((ROOT / "extract" / "parse").glob("*.py"))


def _imports(path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


@pytest.mark.parametrize("path", PARSERS, ids=lambda p: p.name)
def test_a_parser_imports_no_other_stage(path):
    leaks = {m for m in _imports(path) if m.startswith(OTHER_STAGES)}
    assert not leaks, f"{path.name} reaches into {sorted(leaks)}"

"""Exact expected outputs per format (issue 15, the docling habit): the tables `ita extract` writes
for the seed texts and their Word forms, byte for byte, in CSV and JSONL (tests/expected/). Any
change to an output shows here as a diff to review; a change meant to alter outputs regenerates
them with

    ITA_REGENERATE=1 python3 -m pytest tests/test_expected_outputs.py

and commits the diff with the reason (the run then fails, so a regeneration is never silent).
Parquet and xlsx are not kept as bytes (they embed library versions and times); tests/test_writers.py
and tests/test_xlsx.py hold them to the same rows."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from extract.run import run
from tests.conftest import ROOT, SAMPLES, SEED_TEXTS

EXPECTED = ROOT / "tests" / "expected"
FORMATS = ("csv", "jsonl")
INPUTS = {"text": SEED_TEXTS, "docx": sorted((SAMPLES / "docx").glob("*.docx"))}


def _written(kind: str, out: Path) -> dict[str, bytes]:
    """What `ita extract` writes for the inputs (extract.run, as the CLI calls it)."""
    cwd = os.getcwd()
    os.chdir(ROOT)  # source_file as a relative path, the same on every checkout
    try:
        run([p.relative_to(ROOT) for p in INPUTS[kind]], out, FORMATS, jobs=1)
    finally:
        os.chdir(cwd)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.suffix.lstrip(".") in FORMATS and not p.name.startswith(".")}


@pytest.mark.parametrize("kind", list(INPUTS))
def test_outputs_are_the_expected_bytes(kind, tmp_path):
    assert len(INPUTS[kind]) == 5
    written = _written(kind, tmp_path)
    folder = EXPECTED / kind
    if os.environ.get("ITA_REGENERATE") == "1":
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for name, data in written.items():
            (folder / name).write_bytes(data)
        pytest.fail(f"regenerated {folder}: review `git diff {folder.relative_to(ROOT)}` and commit it with the reason")
    expected = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
    assert sorted(written) == sorted(expected)
    for name, data in written.items():
        if data != expected[name]:
            old, new = expected[name].decode("utf-8-sig").splitlines(), data.decode("utf-8-sig").splitlines()
            first = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
            pytest.fail(f"{kind}/{name} differs from tests/expected from line {first + 1}:\n"
                        f"expected: {old[first] if first < len(old) else '(end)'}\n"
                        f"written:  {new[first] if first < len(new) else '(end)'}")

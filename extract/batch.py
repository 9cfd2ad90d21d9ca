"""Batch runs: expand inputs to files, extract each, keep input order."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from extract.pipeline import extract_file
from extract.readers import READERS
from schemas.records import Result

# Endings picked up when a folder is given (a file named explicitly is always read). Markdown is
# readable but left out here: folders of reports often hold notes and READMEs.
FOLDER_SUFFIXES = (frozenset(READERS) | {".pdf", ".docx"}) - {".md"}


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, plus report files under folders (recursive, sorted, hidden files skipped)."""
    files: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        found = [path] if not path.is_dir() else sorted(
            p for p in _walk(path) if p.suffix.lower() in FOLDER_SUFFIXES)
        for p in found:
            key = p.resolve() if p.exists() else p
            if key not in seen:
                seen.add(key)
                files.append(p)
    return files


def _walk(folder: Path) -> Iterator[Path]:
    # os.walk-style recursion that does not follow directory symlinks (no loops)
    for p in sorted(folder.iterdir()):
        if p.name.startswith("."):
            continue
        if p.is_dir() and not p.is_symlink():
            yield from _walk(p)
        elif p.is_file():
            yield p


def extract_paths(paths: Iterable[str | Path],
                  on_result: Callable[[Result], None] | None = None) -> list[Result]:
    """Extract every report under ``paths``; results in input order."""
    results = []
    for path in expand(paths):
        result = extract_file(path)
        if on_result:
            on_result(result)
        results.append(result)
    return results

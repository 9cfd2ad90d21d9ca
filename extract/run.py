"""A batch run into an output folder: journal each finished file, resume, write tables once.

The library pieces are ``batch.iter_results`` (which files, in which processes) and ``export.write``
(tables); this module adds what a long unattended run needs: a journal that survives Ctrl-C and
crashes, ``resume`` from it, and output written in input order so every way of running gives the
same files.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from extract.batch import expand, file_sha256, iter_results
from extract.export import write
from extract.journal import Journal, reuse
from schemas.records import Result


@dataclass
class RunStats:
    files: int = 0
    extracted: int = 0
    reused: int = 0
    failed: int = 0
    interrupted: bool = False
    written: list[Path] = field(default_factory=list)


def run(paths: Iterable[str | Path], out_dir: str | Path, formats: Iterable[str] = ("csv",), *,
        jobs: int = 1, timeout: float | None = None, max_pages: int | None = None,
        max_memory_mb: int | None = None, resume: bool = False,
        on_result: Callable[[Result], None] | None = None) -> tuple[list[Result], RunStats]:
    """Extract ``paths`` into ``out_dir``; on Ctrl-C, write the files finished so far and stop.

    With ``resume``, files whose content hash is in the folder's journal (same version and
    ``max_pages``) are not read again.
    """
    files = expand(paths)
    stats = RunStats(files=len(files))
    journal = Journal(out_dir, {"max_pages": max_pages})
    done = journal.load() if resume else {}
    results: list[Result | None] = [None] * len(files)
    todo: list[int] = []
    for index, path in enumerate(files):
        old = done.get(file_sha256(path)) if done else None
        if old is None:
            todo.append(index)
        else:
            results[index] = reuse(old, str(path))
            stats.reused += 1
            if on_result:
                on_result(results[index])
    journal.start(resume)
    pending = iter_results([files[i] for i in todo], jobs=jobs, timeout=timeout, max_pages=max_pages,
                           max_memory_mb=max_memory_mb)
    try:
        with closing(pending):  # on Ctrl-C the workers are stopped before the tables are written
            for position, result in pending:
                results[todo[position]] = result
                journal.append(result)
                stats.extracted += 1
                if on_result:
                    on_result(result)
    except KeyboardInterrupt:
        stats.interrupted = True
    finally:
        journal.close()
    finished = [r for r in results if r is not None]
    stats.failed = sum(1 for r in finished if r.report.status == "failed")
    stats.written = write(finished, out_dir, formats)
    return finished, stats

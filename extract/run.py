"""A batch run into an output folder: journal each finished file, resume, write tables as it goes.

The library pieces are ``batch.iter_results`` (which files, in which processes) and
``export.TableWriter`` (tables); this module adds what a long unattended run needs: a journal that
survives Ctrl-C and crashes, ``resume`` from it, and tables in input order so every way of running
gives the same files. Results are written in batches as soon as every file before them is done, so
the parent's memory does not grow with the number of files.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from extract.activity import Activity
from extract.batch import expand, iter_results
from extract.inputs import file_sha256
from extract.limits import Limits
from schemas.phrases import failure, os_error
from extract.export import Prepared, TableWriter, prepare, prepare_dump
from extract.copies import Copies, relabel_dump
from extract.journal import Journal, reuse
from extract.outdir import WriteError, owned, signals_held
from schemas.records import Report

BATCH = 200  # results per write: few appends per table, yet a run's memory stays flat


@dataclass
class RunStats:
    files: int = 0
    extracted: int = 0
    reused: int = 0
    written: int = 0
    failed: int = 0
    interrupted: bool = False
    saved: bool = True  # False: stopped again while the tables were written; the folder kept its old ones
    paths: list[Path] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)     # ok / partial / failed → files
    reasons: dict[str, Counter] = field(default_factory=dict)  # partial / failed → check code → files
    records: Counter = field(default_factory=Counter)      # table → rows written

    def count(self, item: Prepared) -> None:
        """Add a file written to the tables."""
        status = item.report["status"]
        self.written += 1
        self.failed += status == "failed"
        self.statuses[status] += 1
        self.reasons.setdefault(status, Counter()).update(item.reasons)
        self.records.update({"reports": 1, "scores": item.report["n_scores"], "measures": item.report["n_measures"],
                             "findings": item.report["n_findings"], "checks": item.n_checks})


def run(paths: Iterable[str | Path], out_dir: str | Path, formats: Iterable[str] = ("csv",), *,
        jobs: int = 1, timeout: float | None = None, max_pages: int | None = None,
        max_memory_mb: int | None = None, resume: bool = False, force: bool = False,
        on_result: Callable[[Report], None] | None = None,
        on_activity: Callable[[Activity], None] | None = None,
        pdf_reader: str | None = None, expanded: bool = False) -> RunStats:
    """Extract ``paths`` into ``out_dir``; on Ctrl-C, write the files finished so far and stop.

    ``on_result`` gets each finished file's Report and ``on_activity`` the file and page each reader
    is at (both for progress). With ``resume``, files whose content hash is in the folder's journal
    (same code, ``max_pages`` and ``pdf_reader``) are not read again.
    After an interruption the finished files that came after an unfinished one are written last;
    ``resume`` then restores input order. A second Ctrl-C while the tables are written leaves the
    folder's previous tables (``saved`` is False). Raises ``outdir.FolderError`` when another run
    holds ``out_dir``, or when it has tables of someone else's and not ``force``; and
    ``outdir.WriteError`` when writing there fails (disk full), leaving the previous tables.
    ``expanded``: ``paths`` is already ``batch.expand``'s list (not walked and resolved again:
    that is time before the first worker starts).
    """
    limits = Limits(jobs, timeout, max_pages, max_memory_mb, pdf_reader)  # refused before any work
    files = [Path(p) for p in paths] if expanded else expand(paths)
    try:
        with owned(Path(out_dir), force):
            return _run(files, out_dir, formats, limits, resume=resume, on_result=on_result,
                        on_activity=on_activity)
    except OSError as exc:  # inputs are read (and their errors caught) by the pipeline: this is --out
        raise WriteError(failure("out_write_failed", out=out_dir, error=os_error(exc))) from exc


def _run(files: list[Path], out_dir, formats, limits: Limits, *, resume, on_result, on_activity) -> RunStats:
    from extract.readers import DEFAULT_PDF_READER

    stats = RunStats(files=len(files))
    # the reader is part of what made an entry: PDFs read by another library are read again
    journal = Journal(out_dir, {"max_pages": limits.max_pages, "pdf_reader": limits.pdf_reader or DEFAULT_PDF_READER})
    done = journal.load() if resume else {}
    reused: dict[int, int] = {}  # input position → journal offset
    todo: list[int] = []
    for index, path in enumerate(files):
        sha = file_sha256(path) if done else None  # None: not a regular file, read (and fail) again
        offset = done.get(sha) if sha else None
        if offset is None:
            todo.append(index)
        else:
            reused[index] = offset
    writer = TableWriter(out_dir, formats)
    with_csv = "csv" in writer.formats
    out = _Ordered(writer, stats, with_csv)

    def take(index: int, item: Prepared) -> None:
        out.put(index, item)
        if on_result:
            on_result(Report.model_validate(item.report))

    def reused_item(index: int, offset: int) -> Prepared:
        return prepare_dump(reuse(journal.read(offset), files[index]), with_csv)

    journal.start(resume)
    pending = iter_results([files[i] for i in todo], limits, encode=partial(prepare, with_csv=with_csv),
                           on_activity=on_activity)
    try:
        try:
            # Ctrl-C is held while a file goes into the journal and the tables: a table batch cut
            # in half, or a file journalled but not tabled, would make the tables disagree
            while reused:
                with signals_held():
                    index = next(iter(reused))
                    stats.reused += 1
                    take(index, reused_item(index, reused.pop(index)))
            with closing(pending):  # on Ctrl-C the workers are stopped before the tables are written
                for position, item in pending:
                    with signals_held():
                        journal.append(item.json)
                        stats.extracted += 1
                        take(todo[position], item)
        except KeyboardInterrupt:
            stats.interrupted = True
            for index, offset in reused.items():  # finished in an earlier run: they stay in the tables
                out.put(index, reused_item(index, offset))
                stats.reused += 1
        finally:
            journal.close()
        stats.paths = out.close()
    except KeyboardInterrupt:  # a second Ctrl-C while the tables were written: stop now
        stats.interrupted = True
        if writer.committed:  # it came while they moved into place, and was held until all were
            stats.paths = writer.paths
        else:  # the old tables stay; every finished file is in the journal for --resume
            writer.abort()
            stats.saved = False
    except BaseException:
        writer.abort()
        raise
    return stats


class _Ordered:
    """Results arrive in completion order; tables get them in input order, a batch at a time."""

    def __init__(self, writer: TableWriter, stats: RunStats, with_csv: bool):
        self.writer, self.stats, self.with_csv = writer, stats, with_csv
        self.waiting: dict[int, Prepared] = {}
        self.ready: list[Prepared] = []
        self.next = 0
        self.copies = Copies()

    def put(self, index: int, item: Prepared) -> None:
        self.waiting[index] = item
        while self.next in self.waiting:
            self._ready(self.waiting.pop(self.next))
            self.next += 1
        if len(self.ready) >= BATCH:
            self._flush()

    def _ready(self, item: Prepared) -> None:
        copy = self.copies.take(item.report)  # in input order, so ids match a clean serial run
        if copy is not None:
            item = prepare_dump(relabel_dump(item.data(), *copy), self.with_csv)
        self.ready.append(item)

    def _flush(self) -> None:
        self.writer.add_prepared(self.ready)
        for item in self.ready:
            self.stats.count(item)
        self.ready = []

    def close(self) -> list[Path]:
        # after an interruption, files finished beyond a gap are still written (after the rest)
        for index in sorted(self.waiting):
            self._ready(self.waiting.pop(index))
        self._flush()
        return self.writer.close()

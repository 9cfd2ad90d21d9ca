"""Batch runs: expand inputs to files, extract each (in worker processes when asked), keep input order.

Isolation comes from ``pebble.ProcessPool``: unlike the standard library's pool it can kill the one
worker that passed its per-file time limit and replace a worker that died, so one bad file costs
one failed row, never the batch.
"""
from __future__ import annotations

import functools
import gc
import os
import signal
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, TimeoutError as FutureTimeout, wait
from pathlib import Path
from typing import Any

from extract import activity, inputs, outdir
from extract.copies import Copies
from extract.inputs import file_sha256
from extract.limits import Limits
from extract.pipeline import extract_file, failed_result, source_name, warm_up
from extract.readers import IMAGE_SUFFIXES, READERS, content_type
from extract.readers.text import read_text
from normalize import patterns
from schemas.check_codes import make_check
from schemas.phrases import Phrase, failure, program_error
from schemas.records import Result

# Endings picked up when a folder is given (a file named explicitly is always read). Markdown is
# readable but left out here: folders of reports often hold notes and READMEs.
# Pictures under a folder are left out (a site's download holds its logos, banners and icons, each an OCR
# run and a failed row); a picture named on the command line is read (extract/readers/image.py).
FOLDER_SUFFIXES = (frozenset(READERS) | {".pdf", ".docx"}) - {".md"} - frozenset(IMAGE_SUFFIXES)
# A worker is replaced after this many files so a slow leak in a parser library cannot grow a
# long run's memory; forking a warm parent makes the replacement cheap.
TASKS_PER_WORKER = 100
# Small files travel to workers in groups (see ``chunks``); a group that fails is re-run file by file.
CHUNK_BYTES = 256 * 1024
CHUNK_FILES = 16
# How often pebble's pool threads look at their state (pebble's default 0.1 s). Its manager
# thread sleeps this long between looks, and closing the pool waits for it: at 0.1 s that was
# ~0.05-0.1 s of a one-file run's ~0.7 s (issue 13); at 0.02 s it is ~50 cheap wake-ups a second.
POOL_TICK = 0.02
# The end of a file name an activity message carries, so the message stays under PIPE_BUF.
NAME_IN_EVENT = 1000
# allocations between young garbage collections in a process reading files (tune_gc). A
# collection walks what is still alive (the repair search's caches grow over a run): at 10,000
# the 11 bench PDFs took 20 collections, 0.45-0.6 ms a page; at 50,000 3, 0.2-0.25 ms (h13a).
# What sets them off is that growth (a page's own objects are freed as it ends): at 50,000 the
# worker's two collections walked ~50k cache objects each, 30-40 ms of CPU; at 200,000 the bench
# PDFs take none, and a 300-page PDF's worker peaks at the same 171 MB (issue 13, h13c)
GC_YOUNG = 200_000
TEXT_SUFFIXES = frozenset(suffix for suffix, reader in READERS.items() if reader is read_text)

Worker = Callable[..., Result]


def expand(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> list[Path]:
    """Files named, plus report files under folders (recursive, sorted, hidden files skipped);
    see ``inputs.expand``. One str or Path is one path."""
    return inputs.expand(paths, FOLDER_SUFFIXES, by_content=_report_head)


def _report_head(path: Path, head: bytes) -> bool:
    """A file with another ending whose bytes are a document a reader reads (a Word 97–2003 file
    among them, whatever its name); or, named as a Word file or with no ending, another legacy Office
    or an RTF file (a row saying it cannot be read, not a report that vanished; a spreadsheet's .xls
    stays out)."""
    kind = content_type.sniff_head(head)
    if kind in content_type.UNREADABLE:
        if path.suffix.lower() in WORD_SUFFIXES or not path.suffix:
            return True
        # a regular file (its head was read): an OLE file's directory says whether it is Word's
        return kind == content_type.LEGACY_OFFICE and content_type.ole_kind(path) == content_type.DOC
    if kind == content_type.DOCX:  # a regular file (its head was read): its archive's directory says
        return content_type.word_archive(path) is not None
    return kind is not None and kind != content_type.IMAGE


WORD_SUFFIXES = (".doc", ".rtf", ".docx")


def extract_paths(paths: str | os.PathLike | Iterable[str | os.PathLike], on_result: Callable[[Result], None] | None = None, *,
                  jobs: int = 1, timeout: float | None = None, max_pages: int | None = None,
                  max_memory_mb: int | None = None, pdf_reader: str | None = None) -> list[Result]:
    """Extract every report under ``paths``; results in input order whatever ``jobs`` is.

    ``jobs`` > 1, a ``timeout`` (seconds per file) or ``max_memory_mb`` (per worker) run files in
    worker processes; a file that passes a limit or kills its worker becomes a failed Result.
    ``pdf_reader`` picks the library that reads PDFs (see ``extract_file``).
    """
    limits = Limits(jobs, timeout, max_pages, max_memory_mb, pdf_reader)  # refused before any work
    files = expand(paths)
    results: list[Result | None] = [None] * len(files)
    for index, result in iter_results(files, limits):
        results[index] = result
        if on_result:
            on_result(result)
    copies = Copies()  # every slot is filled once the iterator ends
    return [copies.result(result) for result in results]  # type: ignore[arg-type]


def iter_results(files: list[Path], limits: Limits = Limits(), *, worker: Worker = extract_file,
                 encode: Callable[[Result], Any] | None = None,
                 on_activity: Callable[[activity.Activity], None] | None = None,
                 ) -> Generator[tuple[int, Any], None, None]:
    """``(input index, Result)`` for each file as it finishes (completion order), read within
    ``limits`` (in worker processes when they call for it: ``Limits.pooled``).

    ``encode`` (a picklable function) turns each Result into what is yielded, in the worker that
    read the file: e.g. ``export.prepare``, so a run that only writes tables spends almost nothing
    per file in the parent. ``on_activity`` gets the file and page each reader is at (from a
    thread of this process, when files are read in workers). Closing the iterator early (or
    Ctrl-C while it runs) stops the workers at once. ``limits.pdf_reader`` is passed to ``worker``.
    """
    if not files:  # e.g. a resume with nothing left to read: no pool, no dictionaries built
        return
    if limits.pdf_reader is not None:  # a partial of a module-level function still pickles for the pool
        worker = functools.partial(worker, pdf_reader=limits.pdf_reader)
    if not limits.pooled:
        activity.listen(on_activity)
        try:
            for index, path in enumerate(files):
                yield index, _encoded(_read(worker, path, limits.max_pages), encode)
        finally:
            activity.listen(None)
        return
    if on_activity is None:
        yield from _pooled(files, limits, worker, encode, None)
        return
    import multiprocessing
    import threading

    # A pipe, not a queue: a queue's writers share a lock, which a worker killed at its time
    # limit could take with it and hang the others. Messages under PIPE_BUF are written whole.
    events, sender = multiprocessing.Pipe(duplex=False)
    relay = threading.Thread(target=_relay, args=(events, on_activity), daemon=True)
    relay.start()
    try:
        yield from _pooled(files, limits, worker, encode, sender)
    finally:
        sender.send(None)  # workers are gone: the relay hands on what they sent, then ends
        relay.join(timeout=5)
        sender.close()


def _relay(events, on_activity: Callable[[activity.Activity], None]) -> None:
    """Hand the workers' activity to ``on_activity`` until the batch ends (None)."""
    with events:
        while (event := events.recv()) is not None:
            try:
                on_activity(activity.Activity(*event))
            except Exception:  # noqa: BLE001 - a display error must not end the relay
                pass


def _send(sender, act: activity.Activity) -> None:
    # a tuple with a bounded name: one small write, whole even with several workers on the pipe
    sender.send((act.worker, act.file[-NAME_IN_EVENT:], act.page, act.pages))


def _read(worker: Worker, path: Path, max_pages: int | None) -> Result:
    activity.reading(source_name(path)[0])
    return worker(path, max_pages=max_pages)


def _encoded(result: Result, encode: Callable[[Result], Any] | None) -> Any:
    return encode(result) if encode else result


def _pooled(files: list[Path], limits: Limits, worker: Worker, encode: Callable[[Result], Any] | None,
            events: Any) -> Iterator[tuple[int, Any]]:
    from pebble import ProcessPool

    jobs = limits.jobs

    # at least four tasks per worker, so a short batch still spreads over every worker
    per_task = max(1, min(CHUNK_FILES, len(files) // (4 * max(1, jobs))))
    tasks = chunks(files, max_files=per_task)
    if len(tasks) > 1 and (jobs > 1 or len(tasks) > TASKS_PER_WORKER):
        # two or more workers (or a replaced one) would each build the dictionaries: build them
        # once here and fork. A one-file run skips this: its worker builds only what the file needs.
        warm_up(repair=any(path.suffix.lower() == ".pdf" for path in files))
    untick = _pool_tick(POOL_TICK)
    pool = ProcessPool(max_workers=max(1, jobs), max_tasks=TASKS_PER_WORKER,
                       initializer=_init_worker, initargs=(limits.max_memory_mb, events))

    def submit(chunk: list[int]):
        return pool.schedule(_work, args=(worker, [files[i] for i in chunk], limits.max_pages, encode),
                             timeout=limits.timeout)

    # in input order (not largest first): results then finish roughly in order, so a run can
    # write them as it goes instead of holding them until an early file's turn comes
    pending = {submit(task): task for task in tasks}
    finished = False
    try:
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                chunk = pending.pop(future)
                if len(chunk) > 1 and future.exception() is not None:
                    # one file of the chunk hung, crashed or ran out of memory: read each alone so
                    # only that file fails
                    pending.update({submit([i]): [i] for i in chunk})
                elif len(chunk) > 1:
                    yield from zip(chunk, future.result())
                else:
                    yield chunk[0], _outcome(future, files[chunk[0]], limits, encode)
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # interrupted: don't wait for files still running
            pool.stop()
        try:
            pool.join()
        finally:
            untick()


def _pool_tick(seconds: float) -> Callable[[], None]:
    """Make pebble's pool threads look at their state every ``seconds`` while our pool runs; returns
    the call that puts pebble's own tick back (pebble has no per-pool setting: the tick is its
    module constant, so it is changed for as short as our pool lives, not for the process)."""
    try:
        from pebble.common.types import CONSTS
    except ImportError:  # another pebble layout: its own tick
        return lambda: None
    before = CONSTS.sleep_unit
    CONSTS.sleep_unit = min(before, seconds)

    def untick() -> None:
        CONSTS.sleep_unit = before

    return untick


def chunks(files: list[Path], max_bytes: int = CHUNK_BYTES, max_files: int = CHUNK_FILES) -> list[list[int]]:
    """Input positions grouped into tasks: runs of small neighbouring text files share one task,
    since a text report takes milliseconds and sending each to a worker alone costs about as much
    (a PDF takes seconds: it always goes alone)."""
    groups: list[list[int]] = []
    room = 0  # bytes the last group may still take; 0 once a file that goes alone started it
    for index, path in enumerate(files):
        size = _size(path)
        small = path.suffix.lower() in TEXT_SUFFIXES and 0 <= size <= max_bytes // 4
        if small and groups and len(groups[-1]) < max_files and size <= room:
            groups[-1].append(index)
            room -= size
        else:
            groups.append([index])
            room = max_bytes - size if small else 0
    return groups


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1  # unreadable: a task of its own, which reports why


# Exit status of a worker that ran out of memory: after a MemoryError, C extensions may be left
# half-initialised (seen: "SystemError: error return without exception set" on the next file), so
# the worker quits and the pool starts a fresh one.
MEMORY_EXIT = 86


def _work(worker: Worker, paths: list[Path], max_pages: int | None, encode: Callable[[Result], Any] | None):
    results = [_read(worker, path, max_pages) for path in paths]
    if any(c.code == "MEMORY_LIMIT" for r in results for c in r.checks):
        os._exit(MEMORY_EXIT)
    results = [_encoded(r, encode) for r in results]
    # a worker ends without running exit handlers: patterns it compiled for the first time (modules
    # only a file's reading imports) go into the cache file now (no write when none was new)
    patterns.save()
    return results if len(paths) > 1 else results[0]


def tune_gc() -> None:
    """The garbage collector's settings for a process that reads files (``ita extract`` and its
    workers): what exists now (modules, dictionaries) is frozen out of the collector's walks, and
    young collections come every GC_YOUNG allocations instead of Python's 700. A page makes tens
    of thousands of short-lived dicts and lists (its chars), and the default thresholds spent
    ~0.3 s of a 2.5 s run on the 11 bench PDFs walking objects that were still alive; no output
    depends on when a collection runs. The few reference cycles a page leaves (pdfplumber's page
    objects) are still collected, a little later."""
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])


def _init_worker(max_memory_mb: int | None, events=None) -> None:
    # Ctrl-C goes to the whole process group; only the parent decides what to keep.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the CLI's handler is inherited by fork; the pool stops workers with TERM
    outdir.drop_inherited_locks()
    tune_gc()
    activity.listen(functools.partial(_send, events) if events is not None else None)
    if max_memory_mb:
        _limit_growth(max_memory_mb)


def _limit_growth(max_memory_mb: int) -> None:
    """Let this process's address space grow by at most ``max_memory_mb`` beyond its size now.

    RLIMIT_AS counts mapped (not resident) memory, whose baseline varies with the libraries
    loaded, so the limit is set relative to the warm worker rather than as an absolute size.
    """
    import resource

    try:
        with open("/proc/self/statm") as fh:
            size = int(fh.read().split()[0]) * resource.getpagesize()
    except OSError:  # not Linux: no /proc
        size = 0
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    limit = size + max_memory_mb * 2**20
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _outcome(future, path: Path, limits: Limits, encode: Callable[[Result], Any] | None) -> Any:
    from pebble import ProcessExpired

    try:
        return future.result()
    except FutureTimeout:
        check = make_check("READ_TIMEOUT", seconds=f"{limits.timeout:g}")
    except ProcessExpired as exc:
        check = (make_check("MEMORY_LIMIT", limit=failure("memory_per_file", mb=limits.max_memory_mb))
                 if exc.exitcode == MEMORY_EXIT else make_check("WORKER_CRASHED", detail=_death(exc.exitcode)))
    except Exception as exc:  # noqa: BLE001 - e.g. a result that could not be sent back
        check = make_check("INTERNAL_ERROR", stage=failure("stage_batch"), detail=program_error(exc))
    name, name_checks = source_name(path)
    return _encoded(failed_result(name, file_sha256(path) or "", check, *name_checks), encode)


def _death(exitcode: int | None) -> Phrase:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        # the kernel's out-of-memory killer sends SIGKILL
        return failure("killed_out_of_memory" if name == "SIGKILL" else "killed", signal=name, number=-exitcode)
    return failure("exit_code", code=exitcode)

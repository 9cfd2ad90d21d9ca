"""The output folder as a unit: one run at a time owns it, and its tables change as a set.

A run holds ``flock`` on ``.ita-lock`` in the folder (``owned``) from start to end; the OS drops
the lock when the process ends however it ends, so there is no stale lock to clean up. A second
run on the folder is refused at once, as is a folder holding tables without our journal (someone
else's) unless forced.

POSIX renames one name atomically, never several. The tables of a run are therefore written into
``.ita-staging/`` inside the folder; when all are complete that folder is renamed ``.ita-commit/``
(one atomic rename: the commit point) and its files are then moved over the old tables, with
SIGINT/SIGTERM held until the last one is in place. Whatever stops a run, the folder holds either
the previous tables or the new ones: a run stopped before the commit point leaves the old tables
(its staging folder is dropped by the next run), and one killed while moving (SIGKILL, power cut)
leaves ``.ita-commit/``, which the next run finishes moving before anything else (``recover``).
While ``.ita-commit/`` exists the folder is between two sets; a reader that must never see a mix
checks that it is absent. Renaming the tables' folder itself would make the switch one rename,
but the tables' paths (``out/reports.csv``) are part of the output contract.
"""
from __future__ import annotations

import os
import shutil
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from extract.journal import JOURNAL_NAME
from schemas.phrases import failure

if sys.platform == "win32":  # no fcntl: runs are not locked
    fcntl = None
else:
    import fcntl

LOCK = ".ita-lock"
STAGING = ".ita-staging"
COMMIT = ".ita-commit"
_held: set[int] = set()  # lock descriptors this process holds (forked workers drop theirs)


class FolderError(Exception):
    """The output folder cannot be used as it is (a usage error; the message says why)."""


class WriteError(Exception):
    """Writing into the output folder failed (disk full, read-only); the folder keeps the tables
    it had and the run's staging folder is gone."""


@contextmanager
def owned(out_dir: Path, force: bool = False) -> Iterator[None]:
    """Hold the folder for a run: refuse if another run holds it, or if it has someone else's
    tables and not ``force``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
                raise FolderError(failure("out_in_use", out=out_dir, holder=f" (process {holder})" if holder else "",
                                          holder_th=f" (โปรเซสหมายเลข {holder})" if holder else "")) from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)  # for the message above
        if not force:
            _refuse_foreign(out_dir)
        _held.add(fd)
        yield
    finally:
        _held.discard(fd)
        os.close(fd)  # releases the lock


def drop_inherited_locks() -> None:
    """In a forked worker: let go of the parent's lock descriptors, so that a worker outliving a
    killed parent (busy with a long file) does not keep the folder locked."""
    for fd in _held:
        os.close(fd)
    _held.clear()


def _refuse_foreign(out_dir: Path) -> None:
    from extract.export import FORMATS, table_files

    if (out_dir / JOURNAL_NAME).exists():  # an earlier run's: re-running over it is the normal case
        return
    found = [name for fmt in FORMATS for name in table_files(fmt) if (out_dir / name).exists()]
    if found:
        raise FolderError(failure("out_foreign_tables", out=out_dir, found=", ".join(found)))


def staging(out_dir: Path) -> Path:
    """An empty staging folder for a run's tables (what an unfinished run left is dropped)."""
    recover(out_dir)
    path = out_dir / STAGING
    path.mkdir()
    return path


def recover(out_dir: Path) -> None:
    """Finish moving a committed set cut short by a kill; drop the tables of an uncommitted one."""
    if (out_dir / COMMIT).is_dir():
        with signals_held():  # a Ctrl-C here would leave the mix this undoes
            _move_in(out_dir)
    shutil.rmtree(out_dir / STAGING, ignore_errors=True)


def commit(out_dir: Path) -> None:
    """Put every table in the staging folder in place of the folder's tables, as a set."""
    for path in (out_dir / STAGING).iterdir():  # contents on disk before the rename that commits them
        _fsync(path)
    with signals_held():
        os.rename(out_dir / STAGING, out_dir / COMMIT)
        _fsync(out_dir)
        _move_in(out_dir)


def _move_in(out_dir: Path) -> None:
    # idempotent: a file already moved is no longer in .ita-commit, so a second call only finishes
    folder = out_dir / COMMIT
    for path in sorted(folder.iterdir()):
        os.replace(path, out_dir / path.name)
    folder.rmdir()
    _fsync(out_dir)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block is done, then act as they would have.

    Python handlers, not ``pthread_sigmask``: a signal may be delivered to any thread (Arrow's
    pool) and Python would still raise KeyboardInterrupt in the main thread mid-block.
    """
    if threading.current_thread() is not threading.main_thread():  # handlers can only be set there
        yield
        return
    caught: list[int] = []
    held = {sig: signal.signal(sig, lambda signum, frame: caught.append(signum))
            for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in held.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        if caught:
            signal.raise_signal(caught[0])

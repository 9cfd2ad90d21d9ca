"""Input files: which paths a run reads, how they are named in the tables, and reading their bytes.

Nothing here may block or raise on a hostile input: a FIFO, a device, a dangling symlink, a
symlink loop, an unreadable folder or a file name that is not UTF-8 each become a path that the
pipeline turns into a failed row with a check saying why.
"""
from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from extract.errors import ReadError
from schemas.phrases import Phrase, failure, os_error

# Read in pieces of this size (hashing and reading share the loop).
_CHUNK = 1 << 20


def as_paths(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> list[Path]:
    """``paths`` as a list: one str/Path is one path (a str is not iterated letter by letter)."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    try:
        items = list(paths)
    except TypeError:
        raise TypeError(f"paths must be a path or an iterable of paths, not {type(paths).__name__}") from None
    out = []
    for item in items:
        if not isinstance(item, (str, bytes, os.PathLike)):
            raise TypeError(f"paths must be str or os.PathLike, not {type(item).__name__}")
        out.append(Path(os.fsdecode(item)))
    return out


def expand(paths: str | os.PathLike | Iterable[str | os.PathLike], suffixes: Iterable[str]) -> list[Path]:
    """Files named, plus entries under folders whose names end in ``suffixes`` (recursive,
    sorted, hidden names skipped, directory symlinks not followed). Entries that are not regular
    files (FIFOs, dangling symlinks, loops) and folders that cannot be listed are kept: reading
    them gives a failed row, so nothing under a folder vanishes without a word."""
    wanted = frozenset(s.lower() for s in suffixes)
    files: list[Path] = []
    seen: set[Path] = set()
    for path in as_paths(paths):
        found = _walk(path, wanted) if _is_real_dir(path) else [path]
        for p in found:
            try:
                key = p.resolve(strict=True)
            except (OSError, RuntimeError):  # missing, dangling or a loop: its own name is its key
                key = p.absolute()
            if key not in seen:
                seen.add(key)
                files.append(p)
    return files


def _is_real_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _walk(folder: Path, wanted: frozenset[str]) -> Iterator[Path]:
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        yield folder  # reading it says why it could not be listed
        return
    for p in entries:
        if p.name.startswith("."):
            continue
        if p.is_symlink() or not _is_real_dir(p):
            if p.suffix.lower() in wanted:
                yield p
        else:
            yield from _walk(p, wanted)


def display_name(path: str | os.PathLike) -> str:
    """The path as table text. Bytes that are not UTF-8 (kept by Python as lone surrogates, which
    no UTF-8 writer accepts) are shown as ``\\xNN`` escapes, so the name survives into every table."""
    text = os.fspath(path)
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    return os.fsencode(text).decode("utf-8", errors="backslashreplace")


def read_input(path: Path) -> bytes:
    """The bytes of a regular file; ReadError (READ_FAILED / READ_NOT_A_FILE) for anything else.

    The file is opened non-blocking and checked on the open descriptor, so a FIFO or a device
    (a symlink to /dev/zero) is refused without ever waiting on it."""
    with _open_regular(path) as fh:
        return fh.read()


def file_sha256(path: Path) -> str | None:
    """Content hash of a regular file, read in pieces; None when it is not one or cannot be read."""
    digest = hashlib.sha256()
    try:
        with _open_regular(path) as fh:
            for chunk in iter(lambda: fh.read(_CHUNK), b""):
                digest.update(chunk)
    except (ReadError, OSError):
        return None
    return digest.hexdigest()


def _open_regular(path: Path):
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise ReadError("READ_NOT_A_FILE", kind=_kind_of_folder(path)) from None
    except OSError as exc:
        raise ReadError("READ_FAILED", detail=_reason(path, exc)) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise ReadError("READ_NOT_A_FILE", kind=_kind_of_folder(path))
        if not stat.S_ISREG(mode):
            raise ReadError("READ_NOT_A_FILE", kind=_kind(mode))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _reason(path: Path, exc: OSError) -> Phrase:
    import errno

    if exc.errno == errno.ENOENT and path.is_symlink():
        return failure("dangling_symlink")
    if exc.errno == errno.ELOOP:
        return failure("symlink_loop")
    return failure("system_error", error=os_error(exc))


def _kind_of_folder(path: Path) -> Phrase:
    try:
        next(iter(path.iterdir()), None)  # the call the folder walk makes
    except OSError as exc:
        return failure("folder_unlisted", error=os_error(exc))
    return failure("folder")


# What a path that is not a regular file is, by the stat test that says so (FAILURES' keys).
_KINDS = ((stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "char_device"), (stat.S_ISBLK, "block_device"),
          (stat.S_ISSOCK, "socket"))


def _kind(mode: int) -> Phrase:
    return next((failure(key) for test, key in _KINDS if test(mode)), failure("not_regular"))

"""Input files: which paths a run reads, how they are named in the tables, and reading their bytes.

Nothing here may block or raise on a hostile input: a FIFO, a device, a dangling symlink, a
symlink loop, an unreadable folder or a file name that is not UTF-8 each become a path that the
pipeline turns into a failed row with a check saying why.
"""
from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from extract.errors import ReadError
from extract.journal import JOURNAL_NAME
from extract.outdir import LOCK
from extract.readers.content_type import HEAD
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


# files only an output folder of ``ita extract`` / ``ita check`` holds
OUTPUT_MARKERS = frozenset({JOURNAL_NAME, LOCK})


def expand(paths: str | os.PathLike | Iterable[str | os.PathLike], suffixes: Iterable[str],
           by_content: Callable[[Path, bytes], bool] | None = None) -> list[Path]:
    """Files named, plus entries under folders whose names end in ``suffixes`` (recursive,
    sorted, hidden names skipped, directory symlinks not followed, output folders of earlier runs — the
    ones holding a run's journal or lock — skipped). Entries that are not regular
    files (FIFOs, dangling symlinks, loops) and folders that cannot be listed are kept: reading
    them gives a failed row, so nothing under a folder vanishes without a word. A regular file with
    another ending is taken when ``by_content`` says its name and first bytes (``HEAD`` of them) are a
    report ("download.php?id=17" holding a PDF)."""
    wanted = frozenset(s.lower() for s in suffixes)
    files: list[Path] = []
    seen: set[Path] = set()
    for path in as_paths(paths):
        found = _walk(path, _key(path), wanted, by_content) if _is_real_dir(path) else [(path, None)]
        for p, key in found:
            key = key or _key(p)
            if key not in seen:
                seen.add(key)
                files.append(p)
    return files


def _key(path: Path) -> Path:
    """What makes two names one file: the real path (its own name when missing, dangling or a loop)."""
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):
        return path.absolute()


def _is_real_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _walk(folder: Path, real: Path, wanted: frozenset[str],
          by_content: Callable[[Path, bytes], bool] | None = None) -> Iterator[tuple[Path, Path | None]]:
    """(path, its real path, or None where only resolving it can tell) under ``folder``, whose real
    path is ``real``. A plain entry's real path is ``real`` / its name: resolving each of thousands
    of files would stat every folder above it again."""
    try:
        with os.scandir(folder) as it:
            entries = sorted((e.name, e) for e in it)
    except OSError:
        yield folder, None  # reading it says why it could not be listed
        return
    if any(name in OUTPUT_MARKERS for name, _ in entries):
        return  # an output folder of an earlier run (its completeness.html is no report)
    for name, entry in entries:
        if name.startswith("."):
            continue
        path = folder / name
        try:
            link, is_dir = entry.is_symlink(), entry.is_dir(follow_symlinks=False)
        except OSError:
            link, is_dir = True, False  # resolving it tells what it is
        if link or not is_dir:
            if path.suffix.lower() in wanted or (by_content is not None and not link and by_content(path, _head(path))):
                yield path, None if link else real / name
        else:
            yield from _walk(path, real / name, wanted, by_content)


def _head(path: Path) -> bytes:
    """The first HEAD bytes of a regular file; b"" for anything else (never waits on a FIFO)."""
    try:
        with _open_regular(path) as fh:
            return fh.read(HEAD)
    except (ReadError, OSError):
        return b""


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
        with os.scandir(path) as it:  # the call the folder walk makes
            next(it, None)
    except OSError as exc:
        return failure("folder_unlisted", error=os_error(exc))
    return failure("folder")


# What a path that is not a regular file is, by the stat test that says so (FAILURES' keys).
_KINDS = ((stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "char_device"), (stat.S_ISBLK, "block_device"),
          (stat.S_ISSOCK, "socket"))


def _kind(mode: int) -> Phrase:
    return next((failure(key) for test, key in _KINDS if test(mode)), failure("not_regular"))

"""Cache files of tables built from word and place lists (sets, dicts, strings), made on first use.

Loading the shared word dictionary's sorted words (normalize.words) with ``marshal`` takes
~0.015 s (its set of 235k prefixes took 0.07 s, building it 0.15 s), and the place names a
file's subject is read with a quarter of building them; every process that reads a file needs
them. Tuples load fastest: marshal rebuilds a set by hashing every string. A file's name holds
a hash of what the table is made from (the list files, the code that builds it, this format),
so another pythainlp or geothai, or changed code, makes a new file. Where no cache folder can be
written, or a file cannot be read back, the table is built as before.
"""
from __future__ import annotations

import functools
import gc
import hashlib
import marshal
import os
import tempfile
import typing
from collections.abc import Callable
from pathlib import Path

T = typing.TypeVar("T")

FORMAT = b"ita-cache-1"


def cache_dir() -> Path:
    """``ITA_CACHE_DIR``, else ``$XDG_CACHE_HOME/ita-extract``, else ``~/.cache/ita-extract``."""
    if os.environ.get("ITA_CACHE_DIR"):
        return Path(os.environ["ITA_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ita-extract"


def package_file(package: str, name: str) -> bytes:
    """A data file shipped in ``package`` (for a key)."""
    from importlib.resources import files

    return files(package).joinpath(name).read_bytes()


@functools.lru_cache(maxsize=None)
def package_digest(package: str, name: str) -> bytes:
    """The SHA-256 of a data file shipped in ``package`` (for a key), read once a process: several
    tables are keyed on the same word lists (thai-lm, thai-markers and thai-chain on 4.7 MB of
    them, ~8 ms to read and hash each time)."""
    return hashlib.sha256(package_file(package, name)).digest()


@functools.lru_cache(maxsize=None)
def file_digest(path: Path) -> bytes:
    """The SHA-256 of a file's bytes (for a key), read once a process (see ``package_digest``)."""
    return hashlib.sha256(path.read_bytes()).digest()


def load_or_build(name: str, sources: Callable[[], list[bytes]], build: Callable[[], T]) -> T:
    """The table ``name`` from its cache file, or ``build()``'s (written to the cache for next
    time). ``sources`` gives the bytes it is built from (keyed); when they cannot be read, the
    table is built and not cached. The table is kept out of the garbage collector's walks."""
    value = _load_or_build(name, sources, build)
    # A table lives as long as the process, and its sets of ~100k-600k words are walked entry by
    # entry in every full collection (the Thai-repair ones took ~0.1 s each, several times per
    # PDF): freeze what exists now into the collector's permanent generation. Objects still free
    # as usual when their last reference goes; only a reference cycle alive at this moment and
    # dropped later would stay.
    gc.freeze()
    return value


def _load_or_build(name: str, sources: Callable[[], list[bytes]], build: Callable[[], T]) -> T:
    # No garbage collection while the table is made: its hundreds of thousands of new objects
    # (lists and tuples among them) would set off collections that walk every object of the
    # process, ~0.1 s a load in a fresh worker, to find no garbage (load_or_build freezes it after).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _read_or_build(name, sources, build)
    finally:
        if enabled:
            gc.enable()


def _read_or_build(name: str, sources: Callable[[], list[bytes]], build: Callable[[], T]) -> T:
    path = None
    try:
        digest = hashlib.sha256(FORMAT + b"\0" + name.encode())
        for part in sources():
            digest.update(hashlib.sha256(part).digest())
        path = cache_dir() / f"{name}-{digest.hexdigest()[:24]}.marshal"
        value = marshal.loads(path.read_bytes())
        if isinstance(value, tuple):
            return typing.cast(T, value)
    except (OSError, EOFError, ValueError, TypeError, ModuleNotFoundError):
        pass  # missing or damaged: build it again
    value = build()
    if path is not None:
        write_file(path, marshal.dumps(value))  # type: ignore[arg-type]  # build() gives tuples of str sets
    return value


def write_file(path: Path, data: bytes) -> None:
    """Write atomically (a concurrent reader sees the old file or the whole new one); a folder
    that cannot be written only means no cache. Other files of the same name before its last
    '-' (made from other lists, code or versions) are removed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        for old in path.parent.glob(f"{path.name.rsplit('-', 1)[0]}-*.marshal"):
            if old != path:  # made from other lists or code: the next change of them would leave
                old.unlink(missing_ok=True)  # a new file each time
    except OSError:
        pass

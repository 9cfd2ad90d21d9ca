"""``regex`` patterns compiled once per machine, not once per process.

The `regex` module parses and compiles a pattern in pure Python: the big alternations built from the
cue tables (score_roles, subject, scores...) took ~0.1 s of every process's start (issue 13), more
than reading a small report. A compiled pattern pickles as the arguments of the C constructor
(``regex._regex.compile``: the pattern, its flags and the compiled code); ``compile`` keeps those
in one cache file and rebuilds a pattern from them without parsing it again. An entry is keyed by
the pattern text and flags themselves (and `regex`'s default version), so a changed pattern is a
new entry and never a stale one;
the file's name holds the `regex` and Python versions (another version's compiled code is never
read), and its content a checksum (a damaged file is ignored and written again). Patterns compiled
that the file lacked are written back (atomically) by ``save``: at exit, or after a worker's task.
"""
from __future__ import annotations

import atexit
import copyreg
import functools
import hashlib
import marshal
import sys
import threading
import typing
from pathlib import Path

import regex

from . import data_cache

FORMAT = b"ita-patterns-2"
# entries the file may hold; past it, a save keeps only what the saving process used
MAX_ENTRIES = 4000

_Key = tuple[str, int, int]  # pattern, flags, regex.DEFAULT_VERSION (what flags without a version mean)
_Args = tuple[typing.Any, ...]  # what the C constructor takes (pattern, flags, code, groups...)
_lock = threading.Lock()
_stored: dict[_Key, _Args] | None = None  # the file's entries, read on first use
_used: set[_Key] = set()
_new: dict[_Key, _Args] = {}


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:  # noqa: A001 - regex.compile's name
    """``regex.compile(pattern, flags)``, from the cache file's compiled code when it has it."""
    key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
    with _lock:
        args = _entries().get(key)
    if args is not None:
        try:
            compiled = _constructor()(*args)
        except Exception:  # noqa: BLE001 - an entry another build of `regex` cannot read: compile it
            compiled = None
        if compiled is not None and compiled.pattern == pattern:
            with _lock:
                _used.add(key)
            return compiled
    compiled = regex.compile(pattern, flags)
    data = _pickled(compiled)
    if data is not None:
        with _lock:
            _new[key] = data
            _used.add(key)
    return compiled


def save() -> None:
    """Write the patterns compiled here that the cache file lacks (nothing to do: no write)."""
    global _stored
    with _lock:
        if not _new:
            return
        path = _path()
        if path is None:
            return
        on_disk = _read(path)  # another process may have added its own since this one read it
        merged = {**on_disk, **_new}
        if len(merged) > MAX_ENTRIES:  # patterns of old code: keep what this process used
            merged = {key: args for key, args in merged.items() if key in _used}
        data = marshal.dumps(merged)
        data_cache.write_file(path, hashlib.sha256(data).digest() + data)
        _stored = merged
        _new.clear()


def _entries() -> dict[_Key, _Args]:
    global _stored
    if _stored is None:
        path = _path()
        _stored = _read(path) if path is not None else {}
    return _stored


def _read(path: Path) -> dict[_Key, _Args]:
    """The entries of the cache file at ``path``; {} when it is missing, damaged or not ours."""
    try:
        blob = path.read_bytes()
    except OSError:
        return {}
    digest, data = blob[:32], blob[32:]
    if hashlib.sha256(data).digest() != digest:
        return {}
    try:
        value = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return {}
    return value if isinstance(value, dict) else {}


def _path() -> Path | None:
    """The cache file for this `regex` and Python (None: no cache folder can be named)."""
    try:
        version = f"{regex.__version__} {sys.version} {_constructor().__module__}".encode()
        digest = hashlib.sha256(FORMAT + b"\0" + version).hexdigest()[:24]
        return data_cache.cache_dir() / f"patterns-{digest}.marshal"
    except (OSError, RuntimeError, AttributeError):
        return None


@functools.lru_cache(maxsize=1)
def _constructor() -> typing.Callable[..., regex.Pattern[str]]:
    """The callable a pickled pattern is rebuilt with (`regex` registers it with copyreg)."""
    return typing.cast("typing.Callable[..., regex.Pattern[str]]",
                       copyreg.dispatch_table[regex.Pattern](regex.compile(""))[0])


def _pickled(compiled: regex.Pattern[str]) -> _Args | None:
    """The arguments that rebuild ``compiled``, if they can be stored (marshal takes them)."""
    try:
        args = tuple(copyreg.dispatch_table[regex.Pattern](compiled)[1])
        marshal.dumps(args)
    except Exception:  # noqa: BLE001 - another `regex` that pickles otherwise: no entry, no cache
        return None
    return args


atexit.register(save)

"""Big stdlib ``re`` patterns built from word lists, compiled once per machine, not once per process.

``re`` parses and compiles a pattern in Python: the Thai repair's marker regex (a trie of ~1,200
forms, 7.6k characters) took 10-14 ms of every worker (issue 13). ``compile`` keeps the compiled
code ``re`` makes (``re._compiler.compile``'s arguments to ``_sre.compile``) in a cache file keyed
by the pattern itself, this Python's version and its regex engine's magic number, and rebuilds the
pattern from it without parsing it again. Where any of that is not as expected (another Python's
internals, an unreadable entry), the pattern is compiled by ``re.compile`` as before.
"""
from __future__ import annotations

import re
import sys

from . import data_cache


def compile(name: str, source: str) -> re.Pattern[str]:  # noqa: A001 - re.compile's name
    """``re.compile(source)`` (no flags); ``name``: its cache file's name."""
    try:
        import _sre  # type: ignore[import-not-found]

        args = data_cache.load_or_build(
            f"re-{name}", lambda: [source.encode("utf-8", "surrogatepass"), sys.version.encode(),
                                   str(_sre.MAGIC).encode(), str(_sre.CODESIZE).encode()],
            lambda: _compiled_args(source))
        flags, code, groups, groupindex, indexgroup = args
        compiled = _sre.compile(source, flags, code, groups, groupindex, indexgroup)
        if isinstance(compiled, re.Pattern) and compiled.pattern == source:
            return compiled
    except Exception:  # noqa: BLE001 - another Python's internals or a bad entry: compile it
        pass
    return re.compile(source)


def _compiled_args(source: str) -> tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]:
    """What ``re._compiler.compile(source, 0)`` hands to ``_sre.compile`` after the pattern."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = _parser.parse(source, 0)
    code = [int(c) for c in _compiler._code(p, 0)]  # opcodes are int subclasses marshal can't write
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))

"""Modules a library imports but a run rarely uses, executed only when first used.

pdfminer's ``pdfminer.utils`` does ``import charset_normalizer`` for one function
(``make_compat_str``, for its XML and HTML converters and tagged-content devices, which no
reader here uses); the import was ~17 ms of every process that reads a PDF (issue 13). A module
deferred here is in ``sys.modules`` at once, with its spec, path and name, and is executed the
first time any other attribute of it is asked for (``from charset_normalizer import detect``
included): what it gives when used is what it gave before. ``importlib.util.LazyLoader`` can't
be used: on Python 3.11 the import statement itself reads the module's ``__spec__``, which makes
its module load at once.
"""
from __future__ import annotations

import importlib.util
import sys
import threading
import types

# Imported by pdfminer at its top level, used by none of ita's readers.
PDF_LIBRARY_EXTRAS = ("charset_normalizer",)

_lock = threading.RLock()


class _Deferred(types.ModuleType):
    """A module not yet executed: its first missing attribute executes it, then reads it."""

    def __getattr__(self, attr: str):
        with _lock:
            if type(self) is _Deferred:  # not executed by another thread meanwhile
                _execute(self)
        return getattr(self, attr)


def _execute(module: types.ModuleType) -> None:
    module.__class__ = types.ModuleType  # from now on an ordinary module (no recursion)
    spec = module.__spec__
    assert spec is not None and spec.loader is not None
    try:
        spec.loader.exec_module(module)
    except BaseException:
        if sys.modules.get(spec.name) is module:  # as a failed import leaves it: not imported
            del sys.modules[spec.name]
        raise


def defer(name: str) -> bool:
    """Put top-level module ``name`` in ``sys.modules``, to be executed on first use; False (and
    nothing done) when it is imported already or cannot be found."""
    with _lock:
        if name in sys.modules or "." in name:
            return False
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            return False
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return False
        module = importlib.util.module_from_spec(spec)  # __spec__, __name__, __path__, __file__ set
        module.__class__ = _Deferred
        sys.modules[name] = module
        return True


def defer_pdf_extras() -> None:
    """Defer what pdfminer imports and ita's readers never use (call before importing it)."""
    if "pdfminer.utils" in sys.modules:  # imported already: nothing left to save
        return
    for name in PDF_LIBRARY_EXTRAS:
        defer(name)

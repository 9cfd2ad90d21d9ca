"""What a reader is doing right now (which file, which page), for a progress display.

Readers announce ``reading(file)`` and ``page(file, n, pages)``; whoever listens gets an
``Activity``: the progress bar in this process, or (in a batch worker) a queue to the parent. With
no listener a call costs nothing, and a listener that fails never stops a read: progress is a
courtesy.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from typing import NamedTuple


class Activity(NamedTuple):
    worker: int             # process id of the reader
    file: str               # the file as the tables name it (source_file)
    page: int | None = None  # the page being read (1-based), None when the file just started
    pages: int | None = None


_listener: Callable[[Activity], None] | None = None


def listen(listener: Callable[[Activity], None] | None) -> None:
    """Send this process's activity to ``listener`` (None: to no one)."""
    global _listener
    _listener = listener


def reading(file: str) -> None:
    _tell(Activity(os.getpid(), file))


def page(file: str, number: int, pages: int | None) -> None:
    _tell(Activity(os.getpid(), file, number, pages))


def _tell(activity: Activity) -> None:
    if _listener is not None:
        try:
            _listener(activity)
        except Exception:  # noqa: BLE001 - a closed queue or a broken display must not fail the file
            pass

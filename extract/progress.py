"""Batch progress on a terminal: a bar with files done, failures, the file (and page) being read
and an ETA that also moves while long files are read page by page; silent elsewhere."""
from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # rich is imported only when a bar is shown
    from rich.progress import Progress as RichProgress
    from rich.progress import TaskID

from extract.activity import Activity
from schemas.records import Report
from schemas.ui_words import word


def eta(elapsed: float, completed: float, total: int) -> float | None:
    """Seconds left at the rate so far; ``completed`` counts files, with fractions for the pages of
    files being read. None before anything is done."""
    if completed <= 0 or elapsed <= 0:
        return None
    return max(0.0, elapsed * (total - completed) / completed)


def clock(seconds: float | None) -> str:
    if seconds is None:
        return "-:--:--"
    seconds = int(seconds + 0.5)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


SHOWN_READERS = 4  # lines for the files being read; more workers than this show only the first


class Progress:
    """``with Progress(total) as bar: bar.update(report)``; draws only when ``stream`` is a terminal.

    ``activity`` takes the readers' ``extract.activity.Activity`` events (any thread): the file and
    page being read, whose finished pages count towards the bar and the ETA."""

    def __init__(self, total: int, *, enabled: bool = True, stream: TextIO | None = None,
                 label: str = "ita extract", lang: str = "en"):
        self.total, self.done, self.failed = total, 0, 0
        self.stream = stream or sys.stderr
        self.label, self.lang = label, lang
        self.reading: dict[int, Activity] = {}  # worker → what it reads now
        self._bar: RichProgress | None = None
        self._task: TaskID | None = None
        self._start = time.monotonic()
        self.enabled = enabled and self.stream.isatty()

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.console import Console
            from rich.markup import escape
            from rich.progress import BarColumn, Progress as Bar, TextColumn, TimeElapsedColumn
            from rich.text import Text

            status = self.status

            class TwoLines(Bar):
                """The bar, then lines with the ETA and the files (and pages) being read, made anew
                at each refresh so the ETA also moves while one long page is read; long paths and
                Thai words fit a narrow terminal without pushing the bar off it."""

                def get_renderables(self):
                    yield self.make_tasks_table(self.tasks)
                    for line in status():
                        yield Text(line, overflow="ellipsis", no_wrap=True)

            self._bar = TwoLines(TextColumn(f"[bold]{escape(self.label)}"), BarColumn(), TextColumn("{task.fields[done]}"),
                                 TextColumn("{task.fields[rate]}"), TextColumn("[red]{task.fields[failed]}"),
                                 TimeElapsedColumn(), console=Console(file=self.stream), transient=False)
            self._bar.start()
            self._task = self._bar.add_task("files", total=self.total, **self._fields())
        return self

    # What a run is given to call, or None when nothing is drawn: with no activity listener the
    # workers send no per-page events and the parent builds no Report per file, which on 2 cores
    # comes straight off the second worker's time.
    @property
    def on_result(self) -> Callable[[Report], None] | None:
        return self.update if self.enabled else None

    @property
    def on_activity(self) -> Callable[[Activity], None] | None:
        return self.activity if self.enabled else None

    def update(self, report: Report) -> None:
        """One file finished."""
        self.done += 1
        self.failed += report.status == "failed"
        for worker, act in list(self.reading.items()):
            if report.source_file.endswith(act.file):  # a long name travels cut (batch.NAME_IN_EVENT)
                del self.reading[worker]
        self._draw()

    def activity(self, act: Activity) -> None:
        """A reader started a file or a page."""
        self.reading[act.worker] = act
        self._draw()

    def completed(self) -> float:
        """Files done, plus the share of pages already read of the files being read."""
        # a copy: the display thread reads while the relay thread (batch workers' events) writes
        partial = sum((a.page - 1) / a.pages for a in list(self.reading.values()) if a.page and a.pages)
        return min(float(self.total), self.done + partial)

    def status(self) -> list[str]:
        """The ETA, then what each reader reads (up to ``SHOWN_READERS``)."""
        left = eta(time.monotonic() - self._start, self.completed(), self.total)
        lines = [word("progress_eta", self.lang, eta=clock(left))]
        reading = dict(self.reading)
        for act in [reading[w] for w in sorted(reading)][:SHOWN_READERS]:
            line = word("progress_reading", self.lang, name=act.file)
            if act.page and act.pages:
                line += " " + word("progress_page", self.lang, page=act.page, pages=act.pages)
            lines.append(line)
        return lines

    def _fields(self) -> dict:
        elapsed = time.monotonic() - self._start
        rate = f"{self.done / elapsed:.1f}" if elapsed > 0 and self.done else "-"
        return {"done": word("progress_done", self.lang, done=self.done, total=self.total),
                "rate": word("progress_rate", self.lang, rate=rate),
                "failed": word("progress_failed", self.lang, failed=self.failed)}

    def _draw(self) -> None:
        if self._bar is not None and self._task is not None:  # set together by __enter__
            self._bar.update(self._task, completed=self.completed(), refresh=True, **self._fields())

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self.reading.clear()
            self._draw()
            self._bar.stop()

"""Batch progress on a terminal: a bar with files done, rate and failures; silent elsewhere."""
from __future__ import annotations

import sys
from typing import TextIO

from schemas.records import Report


class Progress:
    """``with Progress(total) as bar: bar.update(report)``; draws only when ``stream`` is a terminal."""

    def __init__(self, total: int, *, enabled: bool = True, stream: TextIO | None = None):
        self.total, self.done, self.failed = total, 0, 0
        self.stream = stream or sys.stderr
        self._bar = self._task = None
        self.enabled = enabled and self.stream.isatty()

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)

            self._bar = Bar(TextColumn("[bold]ita extract"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]} files/s"), TextColumn("[red]{task.fields[failed]} failed"),
                            TimeElapsedColumn(), TimeRemainingColumn(),
                            console=Console(file=self.stream), transient=False)
            self._bar.start()
            self._task = self._bar.add_task("files", total=self.total, rate="-", failed=0)
        return self

    def update(self, report: Report) -> None:
        self.done += 1
        self.failed += report.status == "failed"
        if self._bar is not None:
            task = self._bar.tasks[0]
            rate = f"{self.done / task.elapsed:.1f}" if task.elapsed else "-"
            self._bar.update(self._task, advance=1, rate=rate, failed=self.failed)

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()

"""Progress of `ita check` on a terminal (issue 14, item 4): the file and page being read, and an
ETA that moves while a long file is read page by page, also when files are read in workers."""
import io
import os
import sys

import pytest

import extract.progress
from extract.activity import Activity
from extract.batch import iter_results
from extract.progress import Progress, clock, eta
from extract.limits import Limits
from schemas.records import Report
from tests.conftest import SAMPLES

PDFS = [SAMPLES / "pdf" / "001_adca4484352dee47.pdf", SAMPLES / "pdf" / "004_9e43bb50df351749.pdf"]
PAGES = {str(PDFS[0]): 9, str(PDFS[1]): 13}


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_eta_counts_the_pages_of_files_being_read():
    assert eta(10, 0, 4) is None
    assert eta(10, 1, 4) == 30
    assert eta(10, 0.25, 2) == 70
    assert (clock(None), clock(70), clock(3725.4)) == ("-:--:--", "0:01:10", "1:02:05")


def test_eta_moves_while_a_long_file_is_read(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(extract.progress.time, "monotonic", lambda: now[0])
    bar = Progress(2, stream=_Terminal(), label="ita ตรวจรายงาน", lang="th")
    with bar:
        now[0] = 110.0
        bar.activity(Activity(7, "scan.pdf", 2, 4))               # page 1 of 4 read: a quarter of a file
        assert bar.completed() == 0.25
        assert bar.status() == ["เหลืออีกประมาณ 0:01:10", "กำลังอ่าน scan.pdf หน้า 2/4"]
        now[0] = 120.0
        bar.activity(Activity(7, "scan.pdf", 4, 4))
        assert bar.status() == ["เหลืออีกประมาณ 0:00:33", "กำลังอ่าน scan.pdf หน้า 4/4"]
        now[0] = 150.0                                             # a long last page: the ETA moves on
        assert bar.status()[0] == "เหลืออีกประมาณ 0:01:23"
        bar.update(Report(source_file="scan.pdf", source_sha256=""))
        assert bar.completed() == 1 and bar.reading == {}
    shown = bar.stream.getvalue()
    assert "ita ตรวจรายงาน" in shown and "กำลังอ่าน scan.pdf หน้า 2/4" in shown and "1/2 ไฟล์" in shown


def test_no_progress_off_a_terminal():
    pipe = io.StringIO()
    with Progress(1, stream=pipe, lang="th") as bar:
        bar.activity(Activity(1, "a.pdf", 1, 3))
        bar.update(Report(source_file="a.pdf", source_sha256=""))
    assert pipe.getvalue() == ""


def _pages(events):
    return {(e.file, e.page, e.pages) for e in events}


def test_readers_report_each_file_and_page_in_this_process():
    events = []
    done = list(iter_results(PDFS[:1], on_activity=events.append))
    assert len(done) == 1
    name = str(PDFS[0])
    assert events == [Activity(os.getpid(), name)] + [Activity(os.getpid(), name, n, 9) for n in range(1, 10)]


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [2])
def test_workers_report_their_pages_to_the_parent(jobs):
    events = []
    done = list(iter_results(PDFS, Limits(jobs=jobs), on_activity=events.append))
    assert len(done) == 2
    expected = {(str(p), None, None) for p in PDFS} | {(str(p), n, PAGES[str(p)]) for p in PDFS
                                                       for n in range(1, PAGES[str(p)] + 1)}
    assert _pages(events) == expected and len(events) == len(expected)
    assert os.getpid() not in {e.worker for e in events}                  # read in the workers


def test_extract_run_reports_each_file_and_page(tmp_path):
    """`ita extract` passes the readers' activity to its bar as `ita check` does."""
    from extract.run import run

    events = []
    stats = run(PDFS[:1], tmp_path / "out", on_activity=events.append)
    assert stats.extracted == 1
    name = str(PDFS[0])
    assert _pages(events) == {(name, None, None)} | {(name, n, 9) for n in range(1, 10)}


def test_extract_cli_shows_the_page_being_read(monkeypatch, tmp_path):
    """The CLI's bar gets the activity: its status names the file and page while it is read."""
    import extract.cli
    from extract.progress import Progress

    seen = []
    real = Progress.activity

    def spy(self, act):
        real(self, act)
        seen.append(self.status())

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(Progress, "activity", spy)
    monkeypatch.setattr(sys, "stderr", Terminal())  # a bar is drawn only on a terminal
    assert extract.cli.main(["extract", str(PDFS[0]), "--out", str(tmp_path / "out")]) == 0
    assert any(f"{PDFS[0].name}" in line and "9" in line for status in seen for line in status)


def test_no_bar_no_listeners(monkeypatch, tmp_path):
    """With --quiet (or no terminal) the run gets no listeners, so workers send no per-page events
    and the parent builds no Report per file (issue 13: the parent's work is the second worker's time)."""
    import extract.cli
    import extract.run

    given = {}
    real = extract.run.run

    def spy(*args, **kwargs):
        given.update(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(extract.run, "run", spy)
    assert extract.cli.main(["extract", str(PDFS[0]), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert given["on_result"] is None and given["on_activity"] is None
    assert Progress(3, enabled=True, stream=io.StringIO()).on_activity is None  # not a terminal

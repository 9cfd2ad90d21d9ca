"""`ita` command line: a thin layer over the library API."""
from __future__ import annotations

import argparse
import gc
import logging
import math
import os
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from extract import __version__
from extract.limits import MAX_JOBS, PDF_READERS, Limits

if TYPE_CHECKING:
    from schemas.phrases import Phrase

# Output formats and record kinds, spelled here so that `ita --help` and `ita --version` import
# nothing heavy (tests hold them equal to export.FORMATS and records.RECORD_TYPES).
FORMATS = ("csv", "jsonl", "parquet", "xlsx")
RECORDS = ("reports", "scores", "measures", "findings", "checks")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (2: usage error, 130: interrupted)."""
    for stream in (sys.stdout, sys.stderr):  # Thai output on any console
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    # pdfminer logs what it finds odd in a font ("Could not get FontBBox…") to the terminal; what a
    # user must know about a file reaches its checks, so only its errors are let through
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        return _main(argv)
    except BrokenPipeError:  # `ita schema | head`: the reader left; stop quietly like other Unix tools
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush does not fail again
        return 128 + signal.SIGPIPE


class _Parser(argparse.ArgumentParser):
    """argparse, whose usage errors ``ita check --lang th`` gives in Thai (schemas.ui_words): argparse
    has no language of its own, and the language asked for is known before it parses (``asked_lang``)."""

    lang = "en"

    def error(self, message: str) -> NoReturn:
        if self.lang != "th":
            super().error(message)
        from schemas.ui_words import USAGE_LINE_TH, usage_error_th

        self.exit(2, USAGE_LINE_TH.format(prog=self.prog, message=usage_error_th(message)))


def asked_lang(argv: list[str]) -> str:
    """The language ``--lang`` asks for in ``argv`` (argparse's own spellings: "--lang th", "--lang=th",
    a prefix "--la th"), before argparse parses it: its errors must already speak it."""
    for k, arg in enumerate(argv):
        name, eq, value = arg.partition("=")
        if len(name) >= 3 and "--lang".startswith(name):
            value = value if eq else (argv[k + 1] if k + 1 < len(argv) else "")
            if value in ("en", "th"):
                return value
    return "en"


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = _Parser(prog="ita", description="Thai ITA reports → validated records")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract reports into reports/scores/measures/findings/checks tables")
    ex.add_argument("paths", nargs="+", help="report files or folders (searched recursively)")
    ex.add_argument("--out", required=True, type=Path, help="output folder")
    ex.add_argument("--format", default="csv",
                    help=f"comma-separated output formats: {', '.join(FORMATS)} (default: csv)")
    ex.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    ex.add_argument("--strict", action="store_true", help="exit 1 when any file failed")
    _batch_options(ex)
    ex.add_argument("--resume", action="store_true",
                    help="reuse files already extracted into --out (same content hash); read only the rest")
    ex.add_argument("--force", action="store_true",
                    help="overwrite tables in --out that another program wrote (a folder without ita's journal)")

    ck = sub.add_parser("check", help="check reports for completeness and consistency (auditors)")
    ck.add_argument("paths", nargs="+", help="report files or folders (searched recursively)")
    ck.add_argument("--out", type=Path,
                    help="write checks.csv, reports.csv, completeness.csv, checks.json and completeness.html here")
    ck.add_argument("--lang", choices=["en", "th"], default="en",
                    help="language of what is printed and of completeness.html (default: en)")
    ck.add_argument("--format", choices=["text", "json"], default="text", dest="print_format",
                    help="print a summary per report (text, default) or one JSON document like checks.json (json)")
    _batch_options(ck)

    sc = sub.add_parser("schema", help="print the JSON Schema of the records")
    sc.add_argument("record", nargs="?", choices=[*RECORDS, "result"], default="result")

    for p in (parser, ex, ck, sc):
        p.lang = asked_lang(argv)
    args = parser.parse_args(argv)
    if args.command == "schema":
        return _schema(args.record)
    problem = _usable_out(args.out) if args.out is not None else None
    if problem and getattr(args, "lang", "en") == "th":  # argparse's own words are English
        print(f"ita: โฟลเดอร์ผลลัพธ์ {args.out}: {problem.th}", file=sys.stderr)
        return 2
    if problem:  # found before any work is done, so no run is lost at the end
        {"extract": ex, "check": ck}[args.command].error(f"--out {args.out}: {problem}")
    if args.command == "check":
        return _check(args)
    return _extract(args)


def _said(exc: Exception, lang: str) -> str:
    """An error's message in ``lang``: its Phrase's Thai when it has one."""
    from schemas.phrases import Phrase

    said = exc.args[0] if exc.args else ""
    return said.th if lang == "th" and isinstance(said, Phrase) else str(exc)


def _usable_out(out: Path) -> Phrase | None:
    """Why ``out`` cannot take the tables (created if missing), or None when it can."""
    from schemas.phrases import failure, os_error

    if out.exists() and not out.is_dir():
        return failure("out_not_folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        return failure("out_not_writable", error=os_error(exc))
    return None


def _batch_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", type=_jobs, default=default_jobs(),
                        help="worker processes (default: all cores, here %(default)s)")
    parser.add_argument("--timeout", type=_seconds, default=600,
                        help="seconds one file may take before its worker is stopped (default %(default)g; 0 = none)")
    parser.add_argument("--max-pages", type=_count, default=300,
                        help="read at most this many pages of a PDF (default %(default)s; 0 = all)")
    parser.add_argument("--max-memory", type=_count, default=4096, metavar="MB",
                        help="how much a worker may grow while reading one file, in MB (default %(default)s; 0 = none)")
    parser.add_argument("--reader", choices=PDF_READERS, default=None, dest="pdf_reader",
                        help=f"library that reads PDF pages (default: {PDF_READERS[0]}; pdfplumber is "
                             "slower and reads the same text and tables)")


def default_jobs() -> int:
    """Cores this process may use (affinity-aware, so containers and taskset are respected)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _jobs(text: str) -> int:
    value = _whole(text)
    if not 1 <= value <= MAX_JOBS:
        raise argparse.ArgumentTypeError(f"must be from 1 to {MAX_JOBS}")
    return value


def _count(text: str) -> int:
    value = _whole(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError("must be a number of seconds, 0 or more")
    return value


def _limits(args: argparse.Namespace) -> dict:
    """The batch options as the library's keywords (it makes one validated ``Limits`` of them)."""
    return vars(Limits(args.jobs, args.timeout, args.max_pages, args.max_memory, args.pdf_reader))


def _interrupt_on_term() -> None:
    # `kill` and schedulers stop jobs with SIGTERM: treat it like Ctrl-C so finished files are written
    def handler(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, handler)


def _check(args: argparse.Namespace) -> int:
    """Exit 1 when any report has an error (so it can gate a workflow), else 0."""
    from extract import audit, check_json
    from extract.batch import expand
    from extract.progress import Progress
    from schemas.ui_words import word

    files = expand(args.paths)
    if not files:
        print(f"ita: {word('no_files', args.lang)}", file=sys.stderr)
        return 2
    _interrupt_on_term()  # SIGTERM and Ctrl-C end it alike: exit 130, one line (extract.__main__)

    def show(result):  # summaries in input order, while the run goes on
        print(audit.summary(result, args.lang), flush=True)

    with Progress(len(files), label=word("progress_label", args.lang), lang=args.lang) as bar:
        done = audit.audit_run(files, on_result=bar.on_result, on_activity=bar.on_activity,
                               on_ready=show if args.print_format == "text" else None, **_limits(args))
    if args.print_format == "json":
        sys.stdout.write(check_json.dumps(done))
    errors = sum(r.report.n_errors for r in done)
    if args.out:
        from extract.outdir import FolderError, WriteError

        try:
            audit.write(done, args.out, args.lang)
        except FolderError as exc:  # in use by an ita extract run
            print(f"ita: {_said(exc, args.lang)}", file=sys.stderr)
            return 2
        except WriteError as exc:  # e.g. disk full: EX_IOERR, as ita extract
            print(f"ita: {_said(exc, args.lang)}{word('files_kept', args.lang)}", file=sys.stderr)
            return 74
    print(word("reports_total", args.lang, reports=len(done), errors=errors), file=sys.stderr)
    return 1 if errors else 0


def _schema(record: str) -> int:
    import json

    from schemas.records import RECORD_TYPES, Result

    model = Result if record == "result" else RECORD_TYPES[record]
    print(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


def _extract(args: argparse.Namespace) -> int:
    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        print(f"ita: unknown format {', '.join(unknown) or repr(args.format)}; choose from {', '.join(FORMATS)}",
              file=sys.stderr)
        return 2
    # the pipeline's imports make tens of thousands of objects and no garbage: collections while they run
    # (~0.05 s) would only walk them. tune_gc freezes them before the collector is back on: enabled
    # with the imports' allocations still counted, its first collection was a full one that walked
    # every object they made (~0.015 s, issue 13)
    gc.disable()
    try:
        from extract.batch import expand, tune_gc
        from extract.outdir import FolderError, WriteError
        from extract.progress import Progress
        from extract.run import run
        tune_gc()
    finally:
        gc.enable()

    started = time.monotonic()
    files = expand(args.paths)
    if not files:
        print("ita: no report files found", file=sys.stderr)
        return 2
    _interrupt_on_term()
    try:
        with Progress(len(files), enabled=not args.quiet) as bar:
            stats = run(files, args.out, formats, resume=args.resume, force=args.force, on_result=bar.on_result,
                        on_activity=bar.on_activity, expanded=True, **_limits(args))
    except FolderError as exc:  # in use by another run, or someone else's tables
        print(f"ita: {exc}", file=sys.stderr)
        return 2
    except WriteError as exc:  # e.g. disk full; EX_IOERR from sysexits.h, so scripts can tell it apart
        print(f"ita: {exc}; its tables were left as they were (free space, then add --resume)", file=sys.stderr)
        return 74
    except KeyboardInterrupt:  # while hashing inputs for --resume: nothing was written yet
        print("ita: interrupted before any file was read; nothing written", file=sys.stderr)
        return 130
    if not stats.saved:
        print(f"ita: interrupted again while writing; tables not updated, {args.out} keeps its previous ones "
              f"(finished files are in its journal: add --resume to write them)", file=sys.stderr)
        return 130
    if not args.quiet:
        from extract.summary import run_summary

        print(run_summary(stats, args.out, time.monotonic() - started, resumed=args.resume), file=sys.stderr)
    if stats.interrupted:
        print(f"ita: interrupted; wrote the {stats.written} finished of {stats.files} files "
              f"(add --resume to continue)", file=sys.stderr)
        return 130
    return 1 if args.strict and stats.failed else 0


if __name__ == "__main__":
    sys.exit(main())

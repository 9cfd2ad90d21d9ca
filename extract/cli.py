"""`ita` command line: a thin layer over the library API."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extract.batch import expand
from extract.export import FORMATS, export_csv, write
from extract.pipeline import extract_file
from schemas.records import RECORD_TYPES, Result


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # Thai output on any console
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    parser = argparse.ArgumentParser(prog="ita", description="Thai ITA reports → validated records")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract reports into reports/scores/measures/findings/checks tables")
    ex.add_argument("paths", nargs="+", help="report files or folders (searched recursively)")
    ex.add_argument("--out", required=True, type=Path, help="output folder")
    ex.add_argument("--format", default="csv",
                    help=f"comma-separated output formats: {', '.join(FORMATS)} (default: csv)")
    ex.add_argument("--quiet", action="store_true", help="no per-file progress lines")
    ex.add_argument("--strict", action="store_true", help="exit 1 when any file failed")

    ck = sub.add_parser("check", help="check reports for completeness and consistency (auditors)")
    ck.add_argument("paths", nargs="+", help="report files or folders (searched recursively)")
    ck.add_argument("--out", type=Path, help="write checks.csv, reports.csv, completeness.csv/.html here")
    ck.add_argument("--lang", choices=["en", "th"], default="en", help="language of printed messages")

    sc = sub.add_parser("schema", help="print the JSON Schema of the records")
    sc.add_argument("record", nargs="?", choices=[*RECORD_TYPES, "result"], default="result")

    args = parser.parse_args(argv)
    if args.command == "schema":
        return _schema(args.record)
    if args.command == "check":
        return _check(args)
    return _extract(args)


def _check(args: argparse.Namespace) -> int:
    """Exit 1 when any report has an error (so it can gate a workflow), else 0."""
    from extract import audit, report_html
    from extract.export import to_dataframes

    files = expand(args.paths)
    if not files:
        print("ita: no report files found", file=sys.stderr)
        return 2
    results = []
    for path in files:
        result = audit.audit(extract_file(path))
        results.append(result)
        print(audit.summary(result, args.lang))
    errors = sum(r.report.n_errors for r in results)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        frames = to_dataframes(results)
        for name in ("checks", "reports"):
            export_csv(frames[name], args.out / f"{name}.csv")
        table = audit.completeness(results)
        table.to_csv(args.out / "completeness.csv", index=False, encoding="utf-8-sig")
        report_html.write(table, args.out / "completeness.html")
    print(f"{len(results)} reports, {errors} errors", file=sys.stderr)
    return 1 if errors else 0


def _schema(record: str) -> int:
    model = Result if record == "result" else RECORD_TYPES[record]
    print(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


def _extract(args: argparse.Namespace) -> int:
    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        print(f"ita: unknown format {', '.join(unknown)}; choose from {', '.join(FORMATS)}", file=sys.stderr)
        return 2
    files = expand(args.paths)
    if not files:
        print("ita: no report files found", file=sys.stderr)
        return 2
    results: list[Result] = []
    for i, path in enumerate(files, start=1):
        result = extract_file(path)
        results.append(result)
        if not args.quiet:
            r = result.report
            print(f"[{i}/{len(files)}] {r.status:<7} {path}  scores={r.n_scores} measures={r.n_measures} "
                  f"findings={r.n_findings} errors={r.n_errors}", file=sys.stderr)
    write(results, args.out, formats)
    failed = sum(1 for r in results if r.report.status == "failed")
    if not args.quiet:
        print(f"{len(results)} files, {failed} failed → {args.out}", file=sys.stderr)
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())

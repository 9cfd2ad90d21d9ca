"""Auditing: extraction plus the auditor checks of schemas.checks, and the summaries of a run.

Auditor checks describe the report's content (a grade that does not match its score, a measure
without a responsible unit); they are kept apart from the report's extraction status.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from extract.batch import expand
from extract.pipeline import extract_file
from schemas.checks import run_checks
from schemas.phrases import failure
from schemas.records import Result
from schemas.ui_words import location, word


def audit(result: Result) -> Result:
    """Add the auditor checks to an extracted result (failed reports have nothing to audit)."""
    if result.report.status != "failed":
        found = run_checks(result)
        for check in found:
            check.report_id = result.report.report_id
        result.checks.extend(found)
        result.report.n_errors = sum(1 for c in result.checks if c.severity == "error")
        result.report.n_warnings = sum(1 for c in result.checks if c.severity == "warning")
    return result


def checked(result: Result) -> Result:
    """Audit, then keep only what ``ita check`` reports (the report row and its checks): done in
    the worker that read the file, so the parent holds a few KB per report, not every measure."""
    return audit(result).model_copy(update={"scores": [], "measures": [], "findings": []})


def audit_paths(paths: Iterable[str | Path]) -> list[Result]:
    return [audit(extract_file(path)) for path in expand(paths)]


def completeness(results: list[Result]) -> pd.DataFrame:
    """One row per report, one column per check code (warnings and errors counted), for
    reviewing many bodies at once."""
    rows = []
    for result in results:
        r = result.report
        counts = Counter(c.code for c in result.checks if c.severity != "info")
        rows.append({"report_id": r.report_id, "source_file": Path(r.source_file).name,
                     "organization": r.organization, "fiscal_year": r.fiscal_year, "status": r.status,
                     "errors": r.n_errors, "warnings": r.n_warnings, **counts})
    frame = pd.DataFrame(rows)
    fixed = ["report_id", "source_file", "organization", "fiscal_year", "status", "errors", "warnings"]
    codes = sorted(c for c in frame.columns if c not in fixed)
    frame = frame.reindex(columns=fixed + codes)
    frame[codes] = frame[codes].fillna(0).astype(int)
    return frame


def summary(result: Result, lang: str = "en") -> str:
    """A readable block for one report in ``lang``: counts by severity and every error in full."""
    r = result.report
    counts: Counter[str] = Counter(c.severity for c in result.checks)
    head = (f"{r.source_file}  [{word(r.status, lang)}]  {r.organization or word('unknown_org', lang)} "
            f"{word('fiscal_year_short', lang)}{r.fiscal_year or word('unknown', lang)}")
    lines = [head, "  " + "  ".join(f"{word(key, lang)} {counts[severity]}" for severity, key in
                                    (("error", "errors"), ("warning", "warnings"), ("info", "infos")))]
    for check in result.checks:
        if check.severity == "error":
            text = check.message_th if lang == "th" else check.message
            lines.append(f"  {word('ERROR', lang)} {check.code} ({location(check.location, lang) or '-'}): {text}")
    return "\n".join(lines)


def write(results: list[Result], out_dir: Path, lang: str = "en") -> list[Path]:
    """checks.csv, reports.csv, completeness.csv, checks.json and completeness.html (in ``lang``)
    into ``out_dir`` as a set (staged, then moved in together: ``extract.outdir``). Raises
    ``outdir.WriteError`` when writing fails (disk full); the folder then keeps the files it had."""
    import shutil

    from extract import check_json, outdir, report_html
    from extract.export import export_csv, to_dataframes

    names = ("checks.csv", "reports.csv", "completeness.csv", "checks.json", "completeness.html")
    try:
        with outdir.owned(out_dir, force=True):  # not while a run writes there
            stage = outdir.staging(out_dir)
            try:
                frames = to_dataframes(results)
                for name in ("checks", "reports"):
                    export_csv(frames[name], stage / f"{name}.csv")
                table = completeness(results)
                table.to_csv(stage / "completeness.csv", index=False, encoding="utf-8-sig")
                (stage / "checks.json").write_text(check_json.dumps(results), encoding="utf-8")
                report_html.write(results, stage / "completeness.html", lang)
                outdir.commit(out_dir)
            except BaseException:
                shutil.rmtree(stage, ignore_errors=True)
                raise
    except OSError as exc:
        raise outdir.WriteError(failure("out_write_failed", out=out_dir, error=exc.strerror or str(exc))) from exc
    return [out_dir / name for name in names]

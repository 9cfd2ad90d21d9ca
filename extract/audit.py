"""Auditing: extraction plus the auditor checks of schemas.checks, and the summaries of a run.

Auditor checks describe the report's content (a grade that does not match its score, a measure
without a responsible unit); they are kept apart from the report's extraction status.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.activity import Activity
from extract.batch import expand, iter_results
from extract.copies import Copies
from extract.limits import Limits
from extract.pipeline import extract_file
from schemas.checks import run_checks
from schemas.phrases import failure, os_error
from schemas.records import Report, Result
from schemas.ui_words import location, word

if TYPE_CHECKING:
    import pandas as pd


def audit(result: Result) -> Result:
    """``result`` with the auditor checks added and counted (a new Result; ``result`` is left as it
    was). Failed reports have nothing to audit and come back as they are."""
    if result.report.status == "failed":
        return result
    found = [check.model_copy(update={"report_id": result.report.report_id}) for check in run_checks(result)]
    checks = [*result.checks, *found]
    report = result.report.model_copy(update={
        "n_errors": sum(1 for c in checks if c.severity == "error"),
        "n_warnings": sum(1 for c in checks if c.severity == "warning")})
    return result.model_copy(update={"report": report, "checks": checks})


def checked(result: Result) -> Result:
    """Audit, then keep only what ``ita check`` reports (the report row and its checks): done in
    the worker that read the file, so the parent holds a few KB per report, not every measure."""
    return audit(result).model_copy(update={"scores": [], "measures": [], "findings": []})


def audit_run(files: list[Path], *, on_result: Callable[[Report], None] | None = None,
              on_ready: Callable[[Result], None] | None = None,
              on_activity: Callable[[Activity], None] | None = None, **limits: Any) -> list[Result]:
    """``ita check`` as a library call: extract and audit ``files`` (worker processes and limits
    as ``extract.run.run``: ``jobs``, ``timeout``, ``max_pages``, ``max_memory_mb``, ``pdf_reader``)
    and return the results in input order, each slimmed to its report row and checks (``checked``),
    later copies of the same bytes relabelled (``extract.copies``). ``on_result`` gets each report
    row as its file finishes (a progress bar); ``on_ready`` each result in input order as soon as
    it and all before it are done (summaries printed while the run goes on)."""
    results: list[Result | None] = [None] * len(files)
    shown, copies = 0, Copies()
    for index, result in iter_results(files, Limits(**limits), encode=checked, on_activity=on_activity):
        results[index] = result
        if on_result is not None:
            on_result(result.report)
        while shown < len(files) and (ready := results[shown]) is not None:
            results[shown] = ready = copies.result(ready)
            if on_ready is not None:
                on_ready(ready)
            shown += 1
    return [r for r in results if r is not None]  # all of them: the loop ends when every file has


def audit_paths(paths: Iterable[str | Path]) -> list[Result]:
    return [audit(extract_file(path)) for path in expand(paths)]


COMPLETENESS_FIXED = ("report_id", "source_file", "organization", "fiscal_year", "status", "errors", "warnings")


def completeness_rows(results: list[Result]) -> tuple[list[str], list[dict]]:
    """The completeness table's columns (the fixed ones, then every check code found, sorted)
    and its rows: one per report, warnings and errors counted per code (0 where none)."""
    counts = [Counter(c.code for c in result.checks if c.severity != "info") for result in results]
    codes = sorted(set().union(*counts)) if counts else []
    rows = []
    for result, found in zip(results, counts):
        r = result.report
        rows.append({"report_id": r.report_id, "source_file": Path(r.source_file).name,
                     "organization": r.organization, "fiscal_year": r.fiscal_year, "status": r.status,
                     "errors": r.n_errors, "warnings": r.n_warnings, **{code: found[code] for code in codes}})
    return [*COMPLETENESS_FIXED, *codes], rows


def completeness(results: list[Result]) -> pd.DataFrame:
    """One row per report, one column per check code (warnings and errors counted), for
    reviewing many bodies at once."""
    import pandas as pd

    names, rows = completeness_rows(results)
    frame = pd.DataFrame(rows, columns=names)
    frame["fiscal_year"] = frame["fiscal_year"].astype("Int64")
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
            lines.append(f"  {word('ERROR', lang)} {check.code} ({location(check.where, lang) or '-'}): {text}")
    return "\n".join(lines)


def write(results: list[Result], out_dir: Path, lang: str = "en") -> list[Path]:
    """checks.csv, reports.csv, completeness.csv, checks.json and completeness.html (in ``lang``)
    into ``out_dir`` as a set (staged, then moved in together: ``extract.outdir``). Raises
    ``outdir.WriteError`` when writing fails (disk full); the folder then keeps the files it had."""
    import shutil

    from extract import check_json, outdir, report_html
    from extract.export import records, write_table

    names = ("checks.csv", "reports.csv", "completeness.csv", "checks.json", "completeness.html")
    try:
        with outdir.owned(out_dir, force=True):  # not while a run writes there
            stage = outdir.staging(out_dir)
            try:
                rows = records(results)
                for name in ("checks", "reports"):
                    write_table("csv", stage / f"{name}.csv", name, rows[name])
                columns, table = completeness_rows(results)
                write_table("csv", stage / "completeness.csv", None, table, names=columns)
                (stage / "checks.json").write_text(check_json.dumps(results), encoding="utf-8")
                report_html.write(results, stage / "completeness.html", lang)
                outdir.commit(out_dir)
            except BaseException:
                shutil.rmtree(stage, ignore_errors=True)
                raise
    except OSError as exc:
        raise outdir.WriteError(failure("out_write_failed", out=out_dir, error=os_error(exc))) from exc
    return [out_dir / name for name in names]

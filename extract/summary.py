"""What `ita extract` prints when a run ends: files by status with their top reasons, records per
table, time taken and where the tables are. Plain lines, for a terminal or a log."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

TOP = 3  # reasons shown per status; all are in the checks table


def run_summary(stats, out_dir: Path, seconds: float, *, resumed: bool = False) -> str:
    """Lines for a finished (or interrupted) run from ``extract.run.RunStats``."""
    statuses = ", ".join(f"{stats.statuses.get(s, 0)} {s}" for s in ("ok", "partial", "failed"))
    reused = f" ({stats.reused} reused from the journal)" if resumed else ""
    lines = [f"ita: {stats.written} files in {duration(seconds)}{reused}: {statuses}"]
    for status in ("partial", "failed"):
        if stats.statuses.get(status):
            lines.append(f"  {status}: {top_reasons(stats.reasons.get(status, Counter()))}")
    records = ", ".join(f"{stats.records.get(kind, 0)} {kind}" for kind in ("scores", "measures", "findings", "checks"))
    lines.append(f"  records: {records}")
    if stats.paths:
        lines.append(f"  tables in {out_dir}: {' '.join(p.name for p in stats.paths)}")
    return "\n".join(lines)


def top_reasons(reasons: Counter) -> str:
    """"READ_EMPTY 2, NOT_ITA 1 and 2 more": codes by how many files they explain."""
    ranked = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
    shown = ", ".join(f"{code} {n}" for code, n in ranked[:TOP])
    more = len(ranked) - TOP
    return shown + (f" and {more} more (see the checks table)" if more > 0 else "") if ranked else "no reason recorded"


def duration(seconds: float) -> str:
    """0.4 s, 12.3 s, 2 min 05 s, 1 h 02 min."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(int(round(seconds)), 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"

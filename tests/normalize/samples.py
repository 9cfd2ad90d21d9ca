"""The repository's sample reports and their gold records, located for the normalize tests."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

# Fiscal-year context of each sample's measures table(s), as documented in samples/gold/NOTES.md
# (002: "Both measures tables are for FY2565"; 003 and 004 state their year in every cell).
TABLE_FY = {
    "000_d6e4b885eccfbcd3": 2565,
    "002_b022ce678bf99bfb": 2565,
    "003_1ad6433f7b2808bc": 2569,
    "004_9e43bb50df351749": 2568,
}

# Where each gold measure sits in its seed: (steps column, responsible column, [line numbers]),
# 1-based lines; a second line is the continuation row after a page break, merged in gold.
MEASURE_ROWS = {
    "000_d6e4b885eccfbcd3": (1, 2, [[49], [50], [53], [54], [57, 60], [61], [62, 67], [68]]),
    "001_adca4484352dee47": (2, 1, [[16], [17], [20], [27], [28], [31], [32]]),
    "002_b022ce678bf99bfb": (1, -1, [[158], [159, 161], [167], [174], [177], [180]]),
    "003_1ad6433f7b2808bc": (2, 4, [[143, 146], [147], [148], [151], [152]]),
    "004_9e43bb50df351749": (1, 3, [[19], [22], [23], [26], [27], [28, 31]]),
}
CONTINUED = "(ต่อ)"  # 004's marker on a continuation cell; gold drops it


@cache
def seed_lines(stem: str) -> tuple[str, ...]:
    return tuple((SAMPLES / f"{stem}.txt").read_text(encoding="utf-8").splitlines())


@cache
def gold(stem: str) -> dict:
    return json.loads((SAMPLES / "gold" / f"{stem}.json").read_text(encoding="utf-8"))


def measure_cells(stem: str):
    """(gold measure, steps text of its seed row(s) joined, responsible cell of its first row)."""
    steps_col, resp_col, rows = MEASURE_ROWS[stem]
    lines = seed_lines(stem)
    for measure, numbers in zip(gold(stem)["measures"], rows, strict=True):
        cells = [lines[n - 1].split("\t") for n in numbers]
        steps = " ".join(c[steps_col].removeprefix(CONTINUED) for c in cells)
        yield measure, steps, cells[0][resp_col]

"""Pages per second of the full pipeline vs bare pdfplumber on the same PDFs (not a test).

    python bench/pdf_speed.py [PDF or folder ...] [--repeat 3]

Bare = pdfplumber.open + extract_text() + extract_tables() per page, closing each page: the
least any pdfplumber-based extractor must do. Full = extract_file() (reading, Thai fixes,
stitching, parsing, validation). Prints the median of --repeat runs and the ratio full/bare
(target ≤ 1.3). Scanned pages are left out of both (OCR time is not pdfplumber's).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pdfplumber  # noqa: E402

from extract import extract_file  # noqa: E402
from extract.batch import expand  # noqa: E402


def bare(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
            page.close()
        return len(pdf.pages)


def full(path: Path) -> int:
    return extract_file(path).report.pages or 0


def timed(fn, files: list[Path], repeat: int) -> tuple[float, int]:
    runs, pages = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        pages = sum(fn(f) for f in files)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=["samples/pdf", "samples/landscape", "samples/real"])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = [f for f in expand(args.paths) if f.suffix.lower() == ".pdf" and "scanned" not in f.parts]
    if not files:
        sys.exit("no PDFs found")
    full(files[0])  # warm up imports and dictionaries once, outside the timing
    t_bare, pages = timed(bare, files, args.repeat)
    t_full, _ = timed(full, files, args.repeat)
    print(f"{len(files)} PDFs, {pages} pages, median of {args.repeat} runs")
    print(f"bare pdfplumber : {t_bare:7.2f} s  {pages / t_bare:6.1f} pages/s")
    print(f"full pipeline   : {t_full:7.2f} s  {pages / t_full:6.1f} pages/s")
    print(f"ratio full/bare : {t_full / t_bare:.2f}x (target <= 1.3x)")


if __name__ == "__main__":
    main()

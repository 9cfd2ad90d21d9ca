"""Batch benchmark (not a test): reports/s, pages/s, ratio to bare pdfplumber, 1 vs N jobs, peak RSS.

    python bench/run.py                     # all of the below; ~12 minutes
    python bench/run.py --sizes 10,100 --pdf-copies 0 --repeat 1 --jobs 2
    python bench/run.py --readers-only --repeat 5   # issue 13: pdfium vs pdfplumber ratios only, ~4 minutes
    python bench/run.py --sizes '' --pdf-copies 0   # only the start-up and 2,000-report ratios

Start-up and parallel runs are also measured as ratios of whole ``ita extract`` processes run in
turn (A B A B …, median of the pair-by-pair ratios): ``ita extract`` on one small text file with
default options against ``python -c "import pdfplumber"``, and ``--jobs 1`` against ``--jobs N``
on 2,000 varied text reports. Ratios of neighbouring runs hold on a shared machine whose load
moves absolute times.

Corpora are generated in a temporary folder: text reports are the seed and variant texts copied
round-robin up to N, each copy's long lines and cells given a made-up word of its own (see
``vary_text``: repeated identical text would make string caches look better than real reports
from other bodies allow); PDFs are the seed, landscape and real PDFs (not the scan: OCR time is
not pdfplumber's) repeated ``--pdf-copies`` times with a unique trailing PDF comment.

Every measurement runs in a fresh interpreter, so peak RSS is that cell's own: ``worker`` is the
largest worker process (ru_maxrss of reaped children), ``parent`` the process that holds the
results. Dictionaries are loaded before the clock starts (a long run pays that once per process).
Modes: ``serial`` = in-process extract_paths(jobs=1), the pipeline's own rate on one core;
``pool×k`` = ``extract.run.run`` with k worker processes, i.e. ``ita extract --jobs k`` end to end:
forking, sending results back, the journal and the CSV tables.

``reader_ratios`` measures the PDF readers (issue 13) as ratios of runs made in turn (A B A B …, so
a machine shared with other work slows both sides alike): whole-process ``ita extract --jobs 1``
on the PDFs against a bare pdfplumber script, start-up included; pages/s of the pipeline in one
process against bare pdfplumber's; and the peak memory of a worker on a 300-page PDF.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEXT_SOURCES = sorted(ROOT.glob("samples/*.txt")) + sorted((ROOT / "tests" / "variants").glob("*.txt"))
STARTUP_FILE = ROOT / "samples" / "000_d6e4b885eccfbcd3.txt"
PDF_SOURCES = [p for d in ("samples/pdf", "samples/landscape", "samples/real") for p in sorted((ROOT / d).glob("*.pdf"))
               if "scan" not in p.name]  # a scan's time is OCR's, not the reader's


def make_corpus(folder: Path, sources: list[Path], n: int, vary) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        src = sources[i % len(sources)]
        path = folder / f"{i:05d}_{src.name}"
        path.write_bytes(vary(src.read_bytes(), i))
        files.append(path)
    return files


CONSONANTS = "กขคงจฉชซญฎฏฐฑฒณดตถทธนบปผพฟภมยรลวศษสหฬอฮ"


def vary_text(data: bytes, i: int) -> bytes:
    """Copy ``i`` of a report with every long line and cell changed, so that caches keyed on
    text (tokenizer, wrap joining) see new strings as they would in another body's report, while
    headers and short cells (dates, numbers) stay as written."""
    tag, k = "", i + 1
    while k:
        k, d = divmod(k, len(CONSONANTS))
        tag += CONSONANTS[d]
    text = data.decode("utf-8", errors="surrogateescape")
    lines = ["\t".join(c + f" {tag}ะ" if len(c) > 25 else c for c in line.split("\t"))
             for line in text.split("\n")]
    return ("\n".join(lines) + f"\n<!-- bench copy {i} -->\n").encode("utf-8", errors="surrogateescape")


def vary_pdf(data: bytes, i: int) -> bytes:
    return data + f"\n%bench copy {i}\n".encode()


def bare_pdfplumber(path: Path) -> int:
    """The least a pdfplumber-based extractor does: text and tables of every page, pages closed."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
            page.close()
        return len(pdf.pages)


def bare_script(folder: Path) -> None:
    """The bare pdfplumber script as a whole process: import, then every PDF under ``folder``."""
    for path in sorted(folder.glob("*.pdf")):
        bare_pdfplumber(path)


def cell(mode: str, folder: Path, reader: str | None = None) -> dict:
    """One measurement in this process: seconds, files, pages and peak RSS (``reader``: the PDF reader)."""
    from extract import extract_paths
    from extract.batch import expand
    from extract.pipeline import warm_up
    from extract.run import run

    files = expand([folder])
    # dictionaries and every Thai-repair table (lexicon, rule-chain words, language model) loaded
    # outside the clock, as a batch does before forking its workers: a start-up cost, not a
    # per-page one (the whole-process ratios count it)
    warm_up(repair=True)
    import extract.readers.pdf  # noqa: F401 - imports outside the clock, as for the bare run
    import extract.readers.pdf_pdfium  # noqa: F401
    if mode != "bare":  # the garbage collector's settings `ita extract` and its workers read files with
        from extract.batch import tune_gc
        tune_gc()
    # one process (bare, serial): its CPU time, which other load on a shared machine moves less
    # than wall time; a pool's work is in its workers, so wall time there
    clock = time.process_time if mode in ("bare", "serial") else time.perf_counter
    if mode == "bare":
        bare_pdfplumber(files[0])  # imports outside the clock
        start = clock()
        pages = sum(bare_pdfplumber(f) for f in files)
        seconds = clock() - start
    else:
        pages_seen: list[int] = []
        start = clock()
        if mode == "serial":
            for result in extract_paths(files, pdf_reader=reader):
                pages_seen.append(result.report.pages or 0)
        else:  # what `ita extract --jobs k` does, tables and journal written
            with tempfile.TemporaryDirectory() as out:
                run(files, out, jobs=int(mode.split("x")[1]), timeout=600, pdf_reader=reader,
                    on_result=lambda report: pages_seen.append(report.pages or 0))
        seconds = clock() - start
        pages = sum(pages_seen)
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"mode": mode, "files": len(files), "pages": pages, "seconds": seconds,
            "parent_mb": parent, "worker_mb": children if mode.startswith("pool") else parent}


def one_cell(mode: str, folder: Path, reader: str | None = None) -> dict:
    """``cell`` in a fresh process."""
    extra = ["--cell-reader", reader] if reader else []
    out = subprocess.run([sys.executable, __file__, "--cell", mode, str(folder), *extra], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.splitlines()[-1])


def measure(mode: str, folder: Path, repeat: int) -> dict:
    """The median-time run of ``repeat`` fresh processes (a single run varies by ±5% here)."""
    runs = [one_cell(mode, folder) for _ in range(repeat)]
    return sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]


def _timed_run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one whole process (CPU: user + sys of it and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    env = env or ENV
    # run from the tree whose code is timed: `python -m extract` puts the working folder first on
    # sys.path, ahead of PYTHONPATH, so from ROOT every run would time this tree's code
    subprocess.run(cmd, check=True, cwd=env.get("PYTHONPATH", ROOT), env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


# This tree's code; bytecode cached as on any install (a warm-up run writes it), since a
# PYTHONDONTWRITEBYTECODE environment would time compiling our sources, not running them.
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONPATH": str(ROOT)}


def interleaved(a: list[str], b: list[str], runs: int, b_env: dict[str, str] | None = None) -> dict:
    """A and B in turn (one warm-up each, then A B A B …): the median of the pair-by-pair
    ratios A/B of wall and CPU time. Other load on a shared machine moves both of a pair alike,
    so the ratios hold where absolute times drift. ``b_env``: B's environment (another tree)."""
    _timed_run(a), _timed_run(b, b_env)
    pairs = [(_timed_run(a), _timed_run(b, b_env)) for _ in range(runs)]
    return {"wall": statistics.median(x[0] / y[0] for x, y in pairs),
            "cpu": statistics.median(x[1] / y[1] for x, y in pairs),
            "a_wall": statistics.median(x[0] for x, _ in pairs), "b_wall": statistics.median(y[0] for _, y in pairs),
            "a_cpu": statistics.median(x[1] for x, _ in pairs), "b_cpu": statistics.median(y[1] for _, y in pairs)}


def ita(*args: str) -> list[str]:
    """``ita`` as a command, from this tree."""
    return [sys.executable, "-m", "extract", *args]


def startup(runs: int) -> None:
    """``ita extract`` on one small text file with default options against ``import pdfplumber``."""
    with tempfile.TemporaryDirectory(prefix="ita-bench-") as out:
        r = interleaved(ita("extract", str(STARTUP_FILE.relative_to(ROOT)), "--out", out, "--quiet"),
                        [sys.executable, "-c", "import pdfplumber"], runs)
    print(f"\nstart-up: `ita extract` on {STARTUP_FILE.name} (default options) vs `python -c \"import pdfplumber\"`, "
          f"{runs} interleaved pairs")
    print(f"ita {r['a_wall']:.2f} s wall {r['a_cpu']:.2f} s CPU; import pdfplumber {r['b_wall']:.2f} s wall "
          f"{r['b_cpu']:.2f} s CPU")
    print(f"ratio ita/import pdfplumber: wall {r['wall']:.2f}x, CPU {r['cpu']:.2f}x (target <= 4x)")


def parallel(n: int, jobs: int, runs: int, ceiling: float) -> None:
    """``ita extract --jobs 1`` against ``--jobs N`` on ``n`` varied text reports, whole process."""
    with tempfile.TemporaryDirectory(prefix="ita-bench-") as tmp:
        folder = Path(tmp) / f"text{n}"
        make_corpus(folder, TEXT_SOURCES, n, vary_text)
        r = interleaved(ita("extract", str(folder), "--out", f"{tmp}/x1", "--quiet", "--jobs", "1"),
                        ita("extract", str(folder), "--out", f"{tmp}/xn", "--quiet", "--jobs", str(jobs)), runs)
    print(f"\ntext N={n}, `ita extract` whole process, --jobs 1 vs --jobs {jobs}, {runs} interleaved pairs")
    print(f"--jobs 1 {r['a_wall']:.2f} s ({n / r['a_wall']:.0f} reports/s); --jobs {jobs} {r['b_wall']:.2f} s "
          f"({n / r['b_wall']:.0f} reports/s); CPU x{jobs}/x1 {1 / r['cpu']:.2f}")
    print(efficiency(r["wall"], jobs, ceiling))


def long_pdf(path: Path, sources: list[Path], pages: int = 300) -> Path:
    """A ``pages``-page PDF made of the sources' pages over and over (pypdfium2's import_pages)."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    docs = [pdfium.PdfDocument(str(p)) for p in sources]
    while len(out) < pages:
        for doc in docs:
            take = min(len(doc), pages - len(out))
            if take > 0:
                out.import_pages(doc, list(range(take)))
    out.save(str(path))
    return path


def reader_ratios(tmp: Path, repeat: int) -> None:
    """Issue 13's acceptance ratios for the PDF readers, each from runs made in turn."""
    folder = tmp / "pdf-readers"
    files = make_corpus(folder, PDF_SOURCES, len(PDF_SOURCES), vary_pdf)
    pages = sum(_pages(f) for f in files)
    print(f"\nPDF readers ({len(files)} PDFs, {pages} pages; {repeat} rounds, each round A then B)")
    ita = [sys.executable, "-m", "extract", "extract", str(folder), "--quiet", "--jobs", "1", "--out"]
    bare = [sys.executable, __file__, "--bare-script", str(folder)]
    # (wall, CPU) of each run; CPU = user + sys of the process and its worker, which other load
    # on a shared machine moves far less than wall time
    whole: dict[str, list[tuple[float, float]]] = {"pdfium": [], "pdfplumber": [], "bare": []}
    for i in range(repeat):
        for reader in ("pdfium", "pdfplumber"):
            whole[reader].append(_timed_run([*ita, str(tmp / f"out-{reader}-{i}"), "--reader", reader]))
            whole["bare"].append(_timed_run(bare))
    for reader in ("pdfium", "pdfplumber"):
        for kind, k in (("CPU", 1), ("wall", 0)):
            ratios = [a[k] / b[k] for a, b in zip(whole[reader], whole["bare"][reader == "pdfplumber"::2])]
            print(f"whole process `ita extract --jobs 1 --reader {reader}` / bare pdfplumber script, {kind}: "
                  f"{statistics.median(ratios):.2f}x (runs {min(ratios):.2f}-{max(ratios):.2f}; median "
                  f"{statistics.median(r[k] for r in whole[reader]):.2f} s vs "
                  f"{statistics.median(r[k] for r in whole['bare']):.2f} s)"
                  + ("  (target <= 0.5x)" if reader == "pdfium" else ""))
    rates: dict[str, list[float]] = {"bare": [], "pdfium": [], "pdfplumber": []}
    for _ in range(repeat):
        for key in rates:
            r = one_cell("bare", folder) if key == "bare" else one_cell("serial", folder, key)
            rates[key].append(r["pages"] / r["seconds"])
    for reader in ("pdfium", "pdfplumber"):
        ratios = [a / b for a, b in zip(rates[reader], rates["bare"])]
        print(f"pages/s, pipeline in one process with {reader} / bare pdfplumber: {statistics.median(ratios):.2f}x "
              f"(runs {min(ratios):.2f}-{max(ratios):.2f}; median {statistics.median(rates[reader]):.1f} vs "
              f"{statistics.median(rates['bare']):.1f} pages/s)" + ("  (target >= 3x)" if reader == "pdfium" else ""))
    long_folder = tmp / "long"
    long_folder.mkdir()
    long_pdf(long_folder / "long.pdf", PDF_SOURCES)
    for reader in ("pdfium", "pdfplumber"):
        r = one_cell("poolx1", long_folder, reader)
        print(f"300-page PDF, `ita extract --jobs 1 --reader {reader}`: worker peak {r['worker_mb']:.0f} MB, "
              f"{r['pages'] / r['seconds']:.1f} pages/s" + ("  (target <= 320 MB)" if reader == "pdfium" else ""))


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def _burn(n: int) -> float:
    start, x = time.perf_counter(), 0
    for i in range(n):
        x += i * i
    return time.perf_counter() - start


def machine_efficiency(jobs: int, n: int = 20_000_000) -> float:
    """What ``jobs`` processes of pure Python get out of this machine: 1.0 means ``jobs`` real
    cores; shared or hyper-threaded virtual CPUs give less, and no batch code can beat it."""
    from multiprocessing import Pool

    one = _burn(n)
    with Pool(jobs) as pool:
        start = time.perf_counter()
        pool.map(_burn, [n] * jobs)
        many = time.perf_counter() - start
    return one / many


def against(tree: Path, runs: int) -> None:
    """This tree's ``ita extract`` against another checkout's (``tree``, e.g. a worktree of the
    commit before a change) on the sample PDFs and on the seed and variant texts, one job each:
    whether a change kept the text and PDF paths within a bound of their time before it."""
    with tempfile.TemporaryDirectory(prefix="ita-bench-") as tmp:
        # the other tree's own cache folder: trees whose table-building code differs would
        # otherwise delete and rebuild each other's cache files on every run (normalize.data_cache)
        other = {**ENV, "PYTHONPATH": str(tree.resolve()), "ITA_CACHE_DIR": str(Path(tmp) / "cache-other")}
        for name, sources in (("sample PDFs", PDF_SOURCES), ("seed and variant texts", TEXT_SOURCES)):
            folder = Path(tmp) / name.split()[-1]
            make_corpus(folder, sources, len(sources), lambda text, i: text)
            out_a, out_b = Path(tmp) / "a", Path(tmp) / "b"
            cmd = ["extract", str(folder), "--jobs", "1", "--quiet", "--force", "--out"]
            r = interleaved(ita(*cmd, str(out_a)), ita(*cmd, str(out_b)), runs, b_env=other)
            print(f"{name} ({len(sources)} files): this tree {r['a_cpu']:.2f} s CPU, {tree} {r['b_cpu']:.2f} s CPU; "
                  f"ratio this/other: CPU {r['cpu']:.3f}x, wall {r['wall']:.3f}x")


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}; {os.cpu_count()} cores; {mem:.0f} GiB; Python {platform.python_version()}; {platform.platform()}"


def row(label: str, r: dict, unit_pages: bool = False) -> str:
    rate = f"{r['files'] / r['seconds']:8.1f} reports/s"
    pages = f"{r['pages'] / r['seconds']:7.1f} pages/s" if unit_pages else " " * 15
    return (f"{label:<22} {r['files']:>5} files {r['seconds']:8.2f} s {rate} {pages} "
            f"worker {r['worker_mb']:6.0f} MB  parent {r['parent_mb']:6.0f} MB")


def efficiency(speedup: float, jobs: int, ceiling: float) -> str:
    eff = speedup / jobs
    return (f"speed-up x{jobs} vs x1: {speedup:.2f} (efficiency {eff:.2f}; "
            f"{eff / ceiling:.2f} of the machine ceiling {ceiling:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="text corpus sizes")
    parser.add_argument("--pdf-copies", type=int, default=1, help="times each PDF is repeated (0: no PDF runs)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is shown")
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)), help="N for the N-job runs")
    parser.add_argument("--startup-runs", type=int, default=7,
                        help="interleaved pairs for the start-up ratio (0: not measured)")
    parser.add_argument("--parallel-size", type=int, default=2000,
                        help="text reports for the whole-process 1 vs N jobs ratio (0: not measured)")
    parser.add_argument("--parallel-runs", type=int, default=3, help="interleaved pairs for that ratio")
    parser.add_argument("--readers-only", action="store_true", help="only the PDF reader ratios (issue 13)")
    parser.add_argument("--against", type=Path, metavar="TREE",
                        help="only this tree's `ita extract` against another checkout's, on the samples")
    parser.add_argument("--cell", nargs=2, metavar=("MODE", "FOLDER"), help=argparse.SUPPRESS)
    parser.add_argument("--cell-reader", help=argparse.SUPPRESS)
    parser.add_argument("--bare-script", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cell:
        print(json.dumps(cell(args.cell[0], Path(args.cell[1]), args.cell_reader)))
        return
    if args.bare_script:
        bare_script(args.bare_script)
        return
    if args.against:
        print(machine())
        against(args.against, args.repeat)
        return
    if args.readers_only:
        print(machine())
        with tempfile.TemporaryDirectory(prefix="ita-bench-") as tmp:
            reader_ratios(Path(tmp), args.repeat)
        return
    pool_n = f"poolx{args.jobs}"
    print(machine())
    ceiling = statistics.median(machine_efficiency(args.jobs) for _ in range(args.repeat))
    print(f"machine ceiling: {args.jobs} processes of pure Python run at efficiency {ceiling:.2f}")
    if args.startup_runs:
        startup(args.startup_runs)
    if args.parallel_size:
        parallel(args.parallel_size, args.jobs, args.parallel_runs, ceiling)
    with tempfile.TemporaryDirectory(prefix="ita-bench-") as tmp:
        for n in (int(s) for s in args.sizes.split(",") if s.strip()):
            folder = Path(tmp) / f"text{n}"
            make_corpus(folder, TEXT_SOURCES, n, vary_text)
            serial, one, many = (measure(m, folder, args.repeat) for m in ("serial", "poolx1", pool_n))
            print(f"\ntext N={n}")
            for label, r in (("serial (1 core)", serial), ("pool x1", one), (f"pool x{args.jobs}", many)):
                print(row(label, r))
            speedup = one["seconds"] / many["seconds"]
            print(efficiency(speedup, args.jobs, ceiling))
        if not args.pdf_copies:
            return
        folder = Path(tmp) / "pdf"
        make_corpus(folder, PDF_SOURCES, len(PDF_SOURCES) * args.pdf_copies, vary_pdf)
        bare, serial, one, many = (measure(m, folder, args.repeat) for m in ("bare", "serial", "poolx1", pool_n))
        print(f"\nPDF ({len(PDF_SOURCES)} PDFs x {args.pdf_copies})")
        for label, r in (("bare pdfplumber", bare), ("serial (1 core)", serial), ("pool x1", one),
                         (f"pool x{args.jobs}", many)):
            print(row(label, r, unit_pages=True))
        print(f"ratio full/bare (serial): {serial['seconds'] / bare['seconds']:.2f}x (target <= 1.3x)")
        speedup = one["seconds"] / many["seconds"]
        print(efficiency(speedup, args.jobs, ceiling))
        reader_ratios(Path(tmp), args.repeat)


if __name__ == "__main__":
    main()

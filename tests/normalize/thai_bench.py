"""Synthetic benchmark of the Thai repair (issue 12): clean report text broken by one defect class
per document, repaired with the document's estimated priors, scored exact (whitespace runs
collapsed). Tuned part: the seed reports (samples/NNN_*.txt), seed 1, each scored with bigrams
and space rates built from the other seeds (the shipped tables are built from all of them).
Held-out part, never looked at while tuning: tests/variants/*.txt, seed 2. Run ``python -m tests.normalize.thai_bench``."""
from __future__ import annotations

import contextlib
import random
import re
from pathlib import Path

from normalize import thai_lm
from normalize.thai import estimate, repair_thai
from normalize.thai_data import MAC_THAI_BYTES
from normalize.thai_orthography import MARK_SET, SARA_AA, SARA_AM, spell, units

ROOT = Path(__file__).resolve().parents[2]
TUNED = sorted(ROOT.glob("samples/[0-9][0-9][0-9]_*.txt"))
HELD_OUT = sorted(p for p in (ROOT / "tests" / "variants").glob("*.txt") if not p.name.startswith("neg_empty"))
CODE_PAGES = ("mac_roman", "cp1252", "latin_1", "cp437", "cp850")
_THAI_LINE = re.compile("[\u0e01-\u0e4e]")
_TIS = {v: k for k, v in MAC_THAI_BYTES.items() if len(v) == 1 and ("\u0e01" <= v <= "\u0e5b" or v == "\u00a0")}
_TIS.update({chr(0x0E01 + b - 0xA1): b for b in range(0xA1, 0xDB)})
_TIS.update({chr(0x0E40 + b - 0xE0): b for b in range(0xE0, 0xEF)})


def _thai_words(line: str) -> list[str]:
    return re.findall("[\u0e01-\u0e3a\u0e40-\u0e4e]+", line)


def clean_lines(path: Path) -> list[str]:
    """Lines with at least 8 Thai letters: what the benchmark breaks."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = " ".join(line.split())
        if sum(map(len, _thai_words(line))) >= 8:
            out.append(line)
    return out


def _on_runs(line: str, fn) -> str:
    return re.sub("[\u0e01-\u0e3a\u0e40-\u0e4e]+", lambda m: fn(m.group()), line)


def drop_marks(line: str, rng: random.Random, p: float = 0.3) -> str:
    return "".join(c for c in line if not (c in MARK_SET and rng.random() < p))


def lost_am(line: str, rng: random.Random) -> str:
    return line.replace(SARA_AM, SARA_AA)


def split_am(line: str, rng: random.Random) -> str:
    """ำ split into "␣า" (a PDF's separate nikhahit glyph lost) or decomposed into ํ + า."""
    return line.replace(SARA_AM, " " + SARA_AA if rng.random() < 0.5 else "\u0e4d" + SARA_AA)


def displace(line: str, rng: random.Random, p: float = 0.3) -> str:
    """A mark moved one base right (x-sorted zero-width glyph) with a space after that base."""
    def run(s: str) -> str:
        us = units(s)
        out, k = [], 0
        while k < len(us):
            u = us[k]
            nxt = us[k + 1] if k + 1 < len(us) else None
            if (u.marks and nxt is not None and not nxt.marks and not nxt.am and nxt.base not in "เแโใไ"
                    and rng.random() < p):
                out.append(spell(u, "") + spell(nxt, u.marks) + (" " if k + 2 < len(us) else ""))
                k += 2
                continue
            out.append(spell(u))
            k += 1
        return "".join(out)
    return _on_runs(line, run)


def legacy(line: str, rng: random.Random, page: str = "mac_roman") -> str:
    """Thai typed in a TIS-620 font, the bytes read through an 8-bit code page."""
    data = bytes(_TIS.get(c, ord(c) if ord(c) < 0x80 else 0x3F) for c in line)
    return data.decode(page, errors="replace")


def letter_space(line: str, rng: random.Random) -> str:
    """"ร า ย ง า น": every base with its marks spaced apart, word gaps widened."""
    def run(s: str) -> str:
        return " ".join(spell(u) for u in units(s))
    return "   ".join(_on_runs(tok, run) for tok in line.split(" "))


CLASSES = {"dropped_marks": drop_marks, "lost_sara_am": lost_am, "split_sara_am": split_am,
           "mark_displaced": displace, "legacy_8bit": legacy, "letter_spaced": letter_space}
# Lines that a defect does not change are no test of it.


def squash(s: str) -> str:
    return " ".join(s.split())


def run(paths: list[Path], seed: int, per_doc: int = 12, held_out: bool = True) -> dict[str, tuple[int, int]]:
    """{class: (exact, n)} plus "clean_changed": (changed, n). ``held_out`` False: the paths are
    the texts the context tables (bigrams, space rates) are built from, so each one is scored
    with tables built from the others (leave one out), never with its own text."""
    rng = random.Random(seed)
    result: dict[str, list[int]] = {k: [0, 0] for k in CLASSES}
    result["clean_changed"] = [0, 0]
    for path in paths:
        with contextlib.nullcontext() if held_out else thai_lm.trained_on([p for p in paths if p != path]):
            _score(path, rng, per_doc, result)
    return {k: (a, b) for k, (a, b) in result.items()}


def run_docs(docs: list[list[str]], seed: int, per_doc: int = 12) -> dict[str, tuple[int, int]]:
    """``run`` on documents given as their clean lines (text from sources other than files)."""
    rng = random.Random(seed)
    result: dict[str, list[int]] = {k: [0, 0] for k in CLASSES}
    result["clean_changed"] = [0, 0]
    for lines in docs:
        _score(lines, rng, per_doc, result)
    return {k: (a, b) for k, (a, b) in result.items()}


def _score(path: Path | list[str], rng: random.Random, per_doc: int, result: dict[str, list[int]]) -> None:
    lines = clean_lines(path) if isinstance(path, Path) else path
    if not lines:
        return
    picked = rng.sample(lines, min(per_doc, len(lines)))
    pri = estimate("\n".join(lines))
    for line in picked:
        result["clean_changed"][1] += 1
        result["clean_changed"][0] += repair_thai(line, pri) != line
    for name, fn in CLASSES.items():
        kw = {"page": rng.choice(CODE_PAGES)} if name == "legacy_8bit" else {}
        broken_doc = [fn(line, rng, **kw) for line in lines]
        pri = estimate("\n".join(broken_doc))
        for i in sorted(rng.sample(range(len(lines)), min(per_doc, len(lines)))):
            if broken_doc[i] == lines[i]:
                continue
            result[name][1] += 1
            result[name][0] += squash(repair_thai(broken_doc[i], pri)) == squash(lines[i])


def run_lines(paths: list[Path], seed: int) -> dict[str, tuple[int, int]]:
    """Dropped marks where each line is a document of its own (a short web page, a list of
    names): its drop rate must come from the line itself. Every line of each text, with context
    tables built from the other texts; the clean lines repaired with their own priors too."""
    rng = random.Random(seed)
    result = {"dropped_marks": [0, 0], "clean_changed": [0, 0]}
    for path in paths:
        with thai_lm.trained_on([p for p in paths if p != path]):
            for line in clean_lines(path):
                line = line.replace("\u0e4d\u0e32", SARA_AM)  # ํ + า is ำ: the repair writes ำ
                result["clean_changed"][1] += 1
                result["clean_changed"][0] += repair_thai(line, estimate(line)) != line
                broken = drop_marks(line, rng)
                if broken != line:
                    result["dropped_marks"][1] += 1
                    result["dropped_marks"][0] += squash(repair_thai(broken, estimate(broken))) == squash(line)
    return {k: (a, b) for k, (a, b) in result.items()}


def report() -> dict[str, dict[str, tuple[int, int]]]:
    return {"tuned": run(TUNED, 1, held_out=False), "held_out": run(HELD_OUT, 2, per_doc=4),
            "one_line": run_lines(TUNED, 5)}


def print_report(make_report) -> None:
    """Run ``make_report`` and print exact / n and the rate per part and class, and the time taken."""
    import time
    t = time.time()
    for part, res in make_report().items():
        for k, (a, b) in res.items():
            print(f"{part:9s} {k:16s} {a:4d}/{b:<4d} {a / max(b, 1):.3f}")
    print(f"{time.time() - t:.1f} s")


if __name__ == "__main__":  # pragma: no cover
    print_report(report)

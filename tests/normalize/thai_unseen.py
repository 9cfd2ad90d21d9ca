"""The Thai repair measured on clean text from sources nothing in the repair was built or tuned on
(issue 12: "measured on ... sources the project has never seen"), broken by the synthetic
benchmark's defect generators (tests/normalize/thai_bench.py), scored the same way: exact per
class (whitespace runs collapsed) and clean strings changed.

Sources, none read by the language model, the channel's parameters or the chain's tables:
- ``web``: the real web pages announcing ITA results (../shared/real-web), each page a document.
  Some of their lines are broken themselves (a page that copied a broken PDF's text): those are
  scored as real broken strings (``web_real``) against their correct reading
  (data/real_web_corrections.tsv), and the generators break the correct reading;
- ``wikipedia``: titles of Thai Wikipedia articles (pythainlp's wikipedia_titles_th.txt, a
  title list no part of the repair loads), a fixed sample of every 997th title with at least 8
  Thai letters, 30 titles a document. Names of people, places and works, transliterations: the
  hard case for reading dropped marks back, which a dictionary and report text cannot know.

Run ``python -m tests.normalize.thai_unseen``."""
from __future__ import annotations

import re
from pathlib import Path

from . import thai_bench

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT.parent / "shared" / "real-web"
_THAI_ONLY = re.compile("[\u0e01-\u0e4e ]+")


CORRECTIONS = Path(__file__).resolve().parent / "data" / "real_web_corrections.tsv"


def canonical(line: str) -> str:
    """ํ + า is ำ (Unicode's compatibility decomposition): the repair writes ำ."""
    return line.replace("\u0e4d\u0e32", "\u0e33")


def _corrections() -> dict[str, str]:
    """as written → correct reading, for the web pages' lines that carry defects of their own
    (marks dropped and ำ read as "�" where a page copied a broken PDF's text, า typed as ำ)."""
    import csv
    with CORRECTIONS.open(encoding="utf-8", newline="") as f:
        return {r["as_written"]: r["correct"] for r in csv.DictReader(f, delimiter="\t")}


def web_docs() -> list[list[str]]:
    """Each page's lines in their correct (canonical) reading: what the generators break."""
    fixed = _corrections()
    return [[canonical(fixed.get(line, line)) for line in lines]
            for p in sorted(WEB.glob("*.txt")) if (lines := thai_bench.clean_lines(p))]


def web_real() -> tuple[int, int, int, int]:
    """The pages' own defective lines repaired with their page's priors: (exact, n, changed and
    number of the other lines). A line's correct reading is the corrections table's or, for ํา, canonical."""
    from normalize.thai import estimate, repair_thai
    fixed = _corrections()
    exact = n = changed = clean = 0
    for p in sorted(WEB.glob("*.txt")):
        lines = thai_bench.clean_lines(p)
        pri = estimate("\n".join(lines))
        for line in lines:
            correct = canonical(fixed.get(line, line))
            out = thai_bench.squash(repair_thai(line, pri))
            if correct != line:
                n += 1
                exact += out == thai_bench.squash(correct)
            else:
                clean += 1
                changed += out != thai_bench.squash(line)
    return exact, n, changed, clean


def wikipedia_docs(step: int = 997, per_doc: int = 30) -> list[list[str]]:
    import pythainlp.corpus

    path = Path(pythainlp.corpus.__file__).parent / "wikipedia_titles_th.txt"
    titles = [t for t in path.read_text(encoding="utf-8").splitlines()
              if not t.startswith("#") and _THAI_ONLY.fullmatch(t) and len(t.replace(" ", "")) >= 8]
    picked = titles[::step]
    return [picked[i:i + per_doc] for i in range(0, len(picked), per_doc)]


def report() -> dict[str, dict[str, tuple[int, int]]]:
    exact, n, changed, clean = web_real()
    return {"web": thai_bench.run_docs(web_docs(), 3), "wikipedia": thai_bench.run_docs(wikipedia_docs(), 4),
            "web_real": {"real_broken": (exact, n), "clean_changed": (changed, clean)}}


if __name__ == "__main__":  # pragma: no cover
    thai_bench.print_report(report)

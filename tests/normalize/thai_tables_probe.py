"""What test_thai_tables_stable compares between processes: run in a process of its own with an
empty ``ITA_CACHE_DIR``, it builds every table the Thai repair caches (normalize.thai.load_tables
and the shared word lists), then prints as JSON a digest of each cache file's table and the repairs
of a fixed set of broken strings.

A table's digest reads its sets in sorted order (marshal writes a set in the order the process
hashes its strings, which says nothing about the table) and its dicts and sequences in their own
order (the order a skeleton's words are tried in decides between readings that cost the same).

The broken strings: seed-report lines broken by the benchmark's generators (a fixed random
seed), and the bare skeletons of words that share their skeleton and their count with another
word — read where marks drop, those readings tie on cost, so only the order of the candidates
decides between them. Run ``python -m tests.normalize.thai_tables_probe``."""
from __future__ import annotations

import hashlib
import json
import marshal
import random
from pathlib import Path

TIED_SKELETONS = 300  # bare skeletons of tied words repaired (the first, in code-point order)
LINES = 40  # seed-report lines broken per defect class


def canonical(value: object) -> object:
    """``value`` with every set sorted, everything else in its own order."""
    if isinstance(value, (set, frozenset)):
        return ["set", sorted(repr(canonical(v)) for v in value)]
    if isinstance(value, dict):
        return ["dict", [[canonical(k), canonical(v)] for k, v in value.items()]]
    if isinstance(value, (list, tuple)):
        return ["seq", [canonical(v) for v in value]]
    return value


def table_digests(folder: Path) -> dict[str, str]:
    """cache file's table name → digest of its canonical table."""
    out = {}
    for path in sorted(folder.glob("*.marshal")):
        value = marshal.loads(path.read_bytes())
        out[path.name.rsplit("-", 1)[0]] = hashlib.sha256(repr(canonical(value)).encode()).hexdigest()
    return out


def tied_skeletons() -> list[str]:
    """Skeletons (of three letters or more) two of whose words have the same count."""
    from normalize import thai_lm
    lexicon, counts = thai_lm.lexicon(), thai_lm.counts()
    out = []
    for key, joined in zip(lexicon.skeletons, lexicon.words):  # skeletons sorted, their words beside
        seen: set[float] = set()
        for w in joined.split(" "):
            if counts[w] in seen and len(key) >= 3:
                out.append(key)
                break
            seen.add(counts[w])
    return out[:TIED_SKELETONS]


def broken_lines() -> list[tuple[str, list[str]]]:
    """(class, seed-report lines broken by it), LINES of each class from one fixed random seed."""
    from . import thai_bench
    rng = random.Random(12)
    lines = [line for p in thai_bench.TUNED for line in thai_bench.clean_lines(p)]
    picked = rng.sample(lines, min(LINES, len(lines)))
    return [(name, [fn(line, rng, **({"page": "cp1252"} if name == "legacy_8bit" else {})) for line in picked])
            for name, fn in thai_bench.CLASSES.items()]


def probe() -> dict[str, object]:
    from dataclasses import replace

    from normalize import data_cache, words
    from normalize.thai import estimate, load_tables, repair_thai
    from normalize.thai_channel import DEFAULT

    load_tables()
    words.report_words()
    repairs: dict[str, list[str]] = {}
    dropping = replace(DEFAULT, drop=0.3)
    tied = tied_skeletons()
    repairs["tied_skeletons"] = [repair_thai(k, dropping) for k in tied]
    for name, broken in broken_lines():
        pri = estimate("\n".join(broken))
        repairs[name] = [repair_thai(line, pri) for line in broken]
    return {"tables": table_digests(data_cache.cache_dir()), "tied": tied, "repairs": repairs}


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(probe(), ensure_ascii=False))

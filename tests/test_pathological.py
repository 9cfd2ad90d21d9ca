"""Pathological input finishes fast: every pattern and every parser is linear, not exponential or
quadratic. Parser bounds are absolute and generous (several times what the linear code needs on a
loaded 2-core machine); the old code took from a minute (160 KB of "<!--") to hours (26 cue words).
A pattern is slow only if it is slow AND 4x the input costs more than 8x (quadratic costs 16x)."""
import importlib
import itertools
import pkgutil
import re
import time

import pytest
import regex

from extract.clean import clean_table
from extract.document import Line, Row, Table
from extract.errors import ReadError
from extract.parse.findings import findings_from_text
from extract.parse.indicators import explicit_refs
from extract.parse.measures import measures_from_tables
from extract.parse.measures_forms import measures_from_forms
from extract.parse.measures_lists import measures_from_lists
from extract.parse.metadata import parse_metadata
from extract.parse.scores import parse_scores
from extract.readers.text import read_text
from normalize.dates import find_years, parse_date, parse_period
from normalize.items import split_items, split_units
from normalize.text import clean_text
from schemas.records import Where

BOUND = 2.0   # seconds for one call on a ~160 KB input
BIG = 160_000


def big(unit: str, size: int = BIG) -> str:
    return unit * (size // len(unit))


LINES = {
    "tool cue words": "EIT ส่วนที่ ๑ " + "คะแนนรวม" * 26,
    "tool cue words spaced": "(IIT) " + "คะแนน รวม " * 40,
    "unclosed comments": big("<!--"),
    "nested &amp;": "&" + big("amp;") + "lt;p&gt;",
    "entity run": big("&amp;"),
    "open tags": big("<a "),
    "spaces": "ตัวชี้วัดที่ ๑" + big(" ") + "คะแนน",
    "tabs": big("\t"),
    "digits": big("1"),
    "thai digits": big("๑"),
    "digits and dots": big("1."),
    "thai digits and dots": big("๑.๒"),
    "digits and spaces": big("๙๙ "),
    "dots": big("."),
    "score words": big("ผลคะแนน "),
    "indicator words": big("ตัวชี้วัดที่ "),
    "month words": big("ต.ค. "),
    "fiscal words": big("ปีงบประมาณ "),
    "grade words": big("ระดับ "),
    "signing words": big("ประกาศ ณ วันที่ "),
    "thai letters": big("ก"),
}


def _timed(call, *args) -> float:
    """CPU seconds of the call: runaway matching shows there, while other processes on a shared
    machine stretch wall time without any fault of the parser."""
    start = time.process_time()
    call(*args)
    return time.process_time() - start


def _each_parser(text: str):
    where = Where(line=1)
    table = clean_table(Table(rows=[Row(cells=["มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"], line=1),
                                    Row(cells=[text, text, text], line=2)], line=1))
    yield "clean_text", clean_text, text
    yield "scores", parse_scores, [Line(text=text, line=1), table], 2566
    yield "metadata", parse_metadata, [(text, where)]
    yield "measures (tables)", measures_from_tables, [table], 2566
    yield "measures (lists)", measures_from_lists, [Line(text="มาตรการ ดังนี้", line=1), Line(text=text, line=2)], 2566
    yield "measures (forms)", measures_from_forms, [Line(text="ชื่อกิจกรรม " + text, line=1)], 2566
    yield "findings", findings_from_text, [Line(text=text, line=1)]
    yield "indicator refs", explicit_refs, text
    yield "years", find_years, text
    yield "date", parse_date, text
    yield "period", parse_period, text, 2566
    yield "items", split_items, text
    yield "units", split_units, text
    yield "text reader", _read, text.encode()


def _read(data: bytes) -> None:
    try:
        read_text(data, "x.txt", "0" * 64)
    except ReadError:  # whitespace only: failing is fine, failing fast is the point
        pass


@pytest.fixture(scope="module", autouse=True)
def warm():
    from extract.pipeline import warm_up
    warm_up()  # dictionaries load on first use (about a second): not what is timed here


@pytest.mark.slow
@pytest.mark.parametrize("name", LINES)
def test_every_parser_is_fast_on_pathological_lines(name):
    slow = {}
    for label, call, *args in _each_parser(LINES[name]):
        took = _timed(call, *args)
        if took > BOUND:
            slow[label] = round(took, 1)
    assert slow == {}


# --- every compiled pattern in extract/ and normalize/ ----------------------------------------

def _patterns():
    found = {}
    for package in ("extract", "normalize"):
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, package + "."):
            if info.name.endswith(("cli", "dask_run")):
                continue
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                # patterns held in a table (dict of named patterns) count too
                items = value.items() if isinstance(value, dict) else [(None, value)]
                for key, item in items:
                    if isinstance(item, (re.Pattern, regex.Pattern)) and isinstance(item.pattern, str):
                        label = f"{info.name}.{name}" + (f"[{key}]" if key is not None else "")
                        found.setdefault(id(item), (label, item))
    return sorted(found.values(), key=lambda item: item[0])


PATTERNS = _patterns()
WORD = re.compile(r"[\u0e01-\u0e5b]{2,}|[A-Za-z]{2,}")
RUNS = (" ", "\t", "1", "๑", "1.", "๑.", "1 ", ".", "-", ",", "(", "|", "*", "<", "<!--", "&amp;", "ก", "ก ")


def test_enough_patterns_are_audited():
    assert len(PATTERNS) > 80


LIMIT = 10.0


def _scan(pattern, text: str) -> float:
    """Seconds to find every match; a `regex` pattern is cut off after LIMIT seconds (an exponential
    pattern must fail this test, not hang the run)."""
    cutoff = {"timeout": LIMIT} if isinstance(pattern, regex.Pattern) else {}
    try:
        return _timed(lambda: list(pattern.finditer(text, **cutoff)))
    except TimeoutError:
        return float("inf")


@pytest.mark.slow
@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_is_linear(name, pattern):
    """Runs of any character class (quadratic when every start rescans the run) and of the
    pattern's own words after each other word (exponential when overlapping alternatives nest)."""
    words = list(dict.fromkeys(WORD.findall(pattern.pattern)))[:12]
    slow = {}
    for unit in (*RUNS, *words, *(w + " " for w in words)):
        whole, quarter = big(unit, 40_000), big(unit, 10_000)
        took = _scan(pattern, whole)
        if took > 0.5:  # slow: linear (4x a quarter of the input) or worse? Quadratic is 16x.
            # best of three: a stall of the machine must not look like a quadratic pattern
            took = min(took, *(_scan(pattern, whole) for _ in range(2)))
            part = min(_scan(pattern, quarter) for _ in range(3))
            if took > 0.5 and took > 8 * part:
                slow[unit] = (round(part, 2), round(took, 2))
    for first, word in itertools.product(words, repeat=2):
        for text in (f"{first} {word * 24}", f"{first} {(word + ' ') * 24}"):
            took = _scan(pattern, text)
            if took > 1.0 and min(_scan(pattern, text) for _ in range(2)) > 1.0:
                slow[f"{first} {word}×24"] = round(took, 1)
    assert slow == {}


@pytest.mark.slow
def test_possessive_spaces_keep_what_a_cue_matches_and_make_it_linear():
    from extract.parse.linear import after_token, possessive_spaces
    cue = r"\s*(?:คะแนน)?\s*(?:จาก|out\s+of)\s*[0-9]+"
    fast = regex.compile(after_token(cue))
    assert possessive_spaces(cue) == r"\s*+(?:คะแนน)?\s*+(?:จาก|out\s+of)\s*+[0-9]+"
    for text in (" คะแนน จาก 100", "จาก100", "  out of 5", " คะแนน  out  of  7"):
        assert fast.match(text).group() == regex.compile(cue).match(text).group()
    # the audit's own premise: the greedy form is quadratic on a run of spaces, the linear one is not
    slow_small, slow_large = (_scan(regex.compile(cue), " " * n) for n in (1_000, 4_000))
    fast_large = _scan(fast, " " * 40_000)
    assert slow_large > 8 * slow_small and fast_large < slow_large

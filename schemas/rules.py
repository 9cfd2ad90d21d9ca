"""ITA rules per fiscal year, as data, each fact tagged with how certain it is.

Source: docs/ITA_METHODOLOGY.md; every fact cites its section (§) and carries the document's
evidence tags: [V] public source, [S] seed report, [I] inferred,
[T] third-party copy, [U] unverified. A fact backed by [V] or [S] is "verified"; one tagged only
[I]/[T]/[U] is "unverified". Checks built on an unverified fact must not emit errors: ``cap``
lowers their severity to a warning (an info stays an info).

    rules_for(2568).weights.value        -> {"IIT": 0.3, "EIT": 0.3, "OIT": 0.4}
    rules_for(2568).weights.certainty    -> "unverified"  (EIT 15 + 15 is inferred, §2 2568)
    grade_for(84.995, 2564)              -> "A"  (bands apply to the score rounded to 2 dp)

Nothing here is a rule about 2569: NACC's 2569 method was not found (§2 2569), so 2569 carries
the 2568 facts forward, all unverified, and no OIT item list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType
from typing import Generic, Literal, Mapping, TypeVar

from schemas.ita import LETTER_BANDS
from schemas.ita import TOOLS as INDICATORS_BY_TOOL
from schemas.records import Severity

T = TypeVar("T")
Certainty = Literal["verified", "unverified"]
_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def certainty_of(tags: str) -> Certainty:
    """'[S][V]' → verified; '[I]', '[T][U]', '[T/U]' → unverified."""
    letters = set("".join(re.findall(r"\[([A-Z/]+)\]", tags)))
    return "verified" if letters & {"V", "S"} else "unverified"


def cap(severity: Severity, certainty: Certainty) -> Severity:
    """The severity a check may use: an unverified fact never yields an error."""
    return "warning" if certainty == "unverified" and severity == "error" else severity


def most_severe(*severities: Severity) -> Severity:
    return max(severities, key=_SEVERITY_RANK.__getitem__)


def least_severe(*severities: Severity) -> Severity:
    return min(severities, key=_SEVERITY_RANK.__getitem__)


@dataclass(frozen=True)
class Fact(Generic[T]):
    """A value, its evidence tags and the doc section it comes from."""

    value: T
    tags: str
    ref: str
    certainty: Certainty = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "certainty", certainty_of(self.tags))

    @property
    def verified(self) -> bool:
        return self.certainty == "verified"


@dataclass(frozen=True)
class Condition:
    """One requirement of a result level: the total (scope "total") or every tool ("tools") ≥ minimum.

    ``severity`` is what breaking it costs when verified; ``cap`` applies when it is not."""

    scope: Literal["total", "tools"]
    minimum: float
    tags: str
    ref: str
    severity: Severity = "error"
    certainty: Certainty = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "certainty", certainty_of(self.tags))

    @property
    def effective_severity(self) -> Severity:
        return cap(self.severity, self.certainty)


@dataclass(frozen=True)
class Level:
    """A grade or level name; ``rank`` 0 is best. Levels of equal rank are alternative names."""

    name: str
    rank: int
    conditions: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class Scale:
    """The result scale of a year, best level first.

    ``partition``: the total alone decides the level (letter bands), so a score that meets a better
    level than the one printed is as wrong as one that misses the printed level. Otherwise the
    conditions are only known to be necessary, and a better level that fits is a warning at most."""

    kind: Literal["letter", "thai", "thai-2561"]
    name: str
    name_th: str
    levels: tuple[Level, ...]
    partition: bool

    def level(self, name: str | None) -> Level | None:
        return next((lv for lv in self.levels if lv.name == name), None)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(lv.name for lv in self.levels)


@dataclass(frozen=True)
class YearRules:
    year: int
    tools: Fact[tuple[str, ...]]
    weights: Fact[Mapping[str, float]] | None          # share of each tool in the total
    tool_parts: Fact[Mapping[str, tuple[int, ...]]]     # tools scored in parts, e.g. {"EIT": (1, 2)}
    part_weights: Fact[Mapping[tuple[str, int], float]] | None
    indicators: Fact[Mapping[str, tuple[int, ...]]] | None  # canonical indicators 1–10 per tool
    scale: Fact[Scale]
    pass_mark: Fact[float] | None
    measure_items: Fact[Mapping[str, str]] | None      # OIT item code → title of the O42/O43 documents
    note: str = ""
    oit_items: Fact[Mapping[int, int]] | None = None   # OIT item number (O12 → 12) → its indicator (9 or 10)


# --- building blocks -------------------------------------------------------------------------

IIT_EIT_OIT = ("IIT", "EIT", "OIT")
PASS_MARK = 85.0  # the score a report (a tool, an indicator) passes with, every year from 2562 (§1)
WEIGHTS = MappingProxyType({"IIT": 0.30, "EIT": 0.30, "OIT": 0.40})
NO_PARTS: Mapping[str, tuple[int, ...]] = MappingProxyType({})
TEN_INDICATORS = MappingProxyType(dict(INDICATORS_BY_TOOL))  # IIT 1–5, EIT 6–8, OIT 9–10 (§3)

# The five indices of 2561 (not numbered 1–10) [V] §2 2561.
INDICES_2561 = ("ดัชนีความโปร่งใส", "ดัชนีความพร้อมรับผิด", "ดัชนีความปลอดจากการทุจริตในการปฏิบัติงาน",
                "ดัชนีวัฒนธรรมคุณธรรมในองค์กร", "ดัชนีคุณธรรมการทำงานในหน่วยงาน")

# O42/O43: the measures plan and its implementation report; same names 2563–2567 [T][V] §4.1, §4.2, §4.3.
O42 = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
O43 = "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
MEASURE_ITEMS = {"O42": O42, "O43": O43}
# 2562: 10.2 was probably six separate measures, probably O42–O47; the year is uncertain [T/U] §2 2562.
MEASURE_ITEMS_2562 = {
    "O42": "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
    "O43": "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม",
    "O44": "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง",
    "O45": "มาตรการจัดการเรื่องร้องเรียนการทุจริต",
    "O46": "มาตรการป้องกันการรับสินบน",
    "O47": "มาตรการป้องกันการขัดกันระหว่างผลประโยชน์ส่วนตนกับผลประโยชน์ส่วนรวม",
}

# The OIT items' indicators (§4): which of indicator 9 (การเปิดเผยข้อมูล) or 10 (การป้องกันการทุจริต) each item
# O1…O43 is evidence for. The numbering changed in 2566: in the 2563–2565 frame (§4.2) 9.1–9.5 are O1–O33 and
# 10.1–10.2 O34–O43; in the 2566 frame (§4.3) the complaints and participation items end at O30 and the
# prevention items (No Gift Policy …) start at O31. No list was found for 2562 (O1–O47?) nor for 2568 on (§4.4).
OIT_ITEMS_2564: Mapping[int, int] = MappingProxyType({n: 9 if n <= 33 else 10 for n in range(1, 44)})
OIT_ITEMS_2566: Mapping[int, int] = MappingProxyType({n: 9 if n <= 30 else 10 for n in range(1, 44)})


def _letter_scale(tags: str, ref: str) -> Scale:
    """AA–F, bands inclusive on the 2-dp score (§6, rule 3)."""
    levels = tuple(Level(name, rank, (Condition("total", low, tags, ref),) if low else ())
                   for rank, (low, name) in enumerate(LETTER_BANDS))
    return Scale("letter", "letter grades AA–F", "ระดับตัวอักษร AA–F", levels, partition=True)


def _scale_2561() -> Scale:
    """สูงมาก ≥ 80, สูง ≥ 60 fit the [V] examples (86.50, 83.10, 66.79); the 20-point steps are [U] (§2 2561, §6)."""
    steps = ((80.0, "สูงมาก", "[I]"), (60.0, "สูง", "[I]"), (40.0, "ปานกลาง", "[U]"), (20.0, "ต่ำ", "[U]"),
             (0.0, "ต่ำมาก", "[U]"))
    levels = tuple(Level(name, rank, (Condition("total", low, tags, "§2 2561, §6"),) if low else ())
                   for rank, (low, name, tags) in enumerate(steps))
    return Scale("thai-2561", "the 2561 five-step scale (สูงมาก–ต่ำมาก)", "ระดับ ๕ ขั้นของปี ๒๕๖๑ (สูงมาก–ต่ำมาก)",
                 levels, partition=True)


def _thai_scale(pass_tags: str, good_tags: str, ref: str) -> Scale:
    """Thai pass levels (§6, rule 4). ``pass_tags``: evidence for "a passing level needs total ≥ 85";
    ``good_tags``: for "ผ่านดี needs the total and every tool ≥ 85" ([V] by NACC for 2568 only)."""
    pass_total = Condition("total", PASS_MARK, pass_tags, f"{ref}; pass mark")
    good_total = Condition("total", PASS_MARK, pass_tags + good_tags, f"{ref}; ผ่านดี")
    good_tools = Condition("tools", PASS_MARK, good_tags, f"{ref}; ผ่านดี needs every tool ≥ {PASS_MARK:g}")
    best_total = Condition("total", 95.0, "[T]", "§6 university copy (2567)", "warning")
    best_tools = Condition("tools", 95.0, "[U]", "§6 per-tool 95 rule", "info")
    lower = Condition("total", 70.0, "[U]", "§6 lower levels", "warning")
    levels = (
        Level("ผ่านดีเยี่ยม", 0, (good_total, good_tools, best_total, best_tools)),
        Level("ผ่านดี", 1, (good_total, good_tools)),
        Level("ผ่าน", 2, (pass_total,)),
        Level("ต้องปรับปรุง", 3, (lower,)),          # name and limits [U]
        Level("ต้องปรับปรุงโดยด่วน", 4, ()),          # [U]
        Level("ไม่ผ่าน", 3, ()),                     # possible alternative name [U]; last, so never computed
    )
    return Scale("thai", "Thai pass levels (ผ่านดีเยี่ยม–ต้องปรับปรุงโดยด่วน)",
                 "ระดับผลการประเมินแบบไทย (ผ่านดีเยี่ยม–ต้องปรับปรุงโดยด่วน)", levels, partition=False)


def _year(year: int, *, tools: tuple[str, str], weights: tuple[str, str] | None, indicators: tuple[str, str] | None,
          scale: Fact[Scale], pass_mark: tuple[str, str] | None, measures: Fact[Mapping[str, str]] | None,
          parts: Fact[Mapping[str, tuple[int, ...]]] | None = None,
          part_weights: Fact[Mapping[tuple[str, int], float]] | None = None, note: str = "",
          oit_items: Fact[Mapping[int, int]] | None = None) -> YearRules:
    """One row of the table; (tags, ref) pairs become Facts on the common values."""
    tool_names = ("IIT", "EIT", "EBIT") if year == 2561 else IIT_EIT_OIT
    return YearRules(
        year=year,
        tools=Fact(tool_names, *tools),
        weights=Fact(WEIGHTS, *weights) if weights else None,
        tool_parts=parts or Fact(NO_PARTS, *tools),
        part_weights=part_weights,
        indicators=Fact(TEN_INDICATORS, *indicators) if indicators else None,
        scale=scale,
        pass_mark=Fact(PASS_MARK, *pass_mark) if pass_mark else None,
        measure_items=measures,
        note=note,
        oit_items=oit_items,
    )


# --- the table -----------------------------------------------------------------------------------

_OIT_2564: Fact[Mapping[int, int]] = Fact(OIT_ITEMS_2564, "[T][I]", "§4.2: list and group arithmetic")
_OIT_2566: Fact[Mapping[int, int]] = Fact(OIT_ITEMS_2566, "[T]", "§4.3: topic headings of copies")
_LETTERS = Fact(_letter_scale("[V][S]", "§6, rule 3"), "[V][S]", "§1, §6")
_MEASURES: Fact[Mapping[str, str]] = Fact(MEASURE_ITEMS, "[T][V]", "§4.1")
_EIT_PARTS: Fact[Mapping[str, tuple[int, ...]]] = Fact({"EIT": (1, 2)}, "[S][V]", "§2 2568 (seed 003)")
_EIT_PART_WEIGHTS: Fact[Mapping[tuple[str, int], float]] = Fact(
    {("EIT", 1): 0.15, ("EIT", 2): 0.15}, "[I]", "§2 2568: one data point, 98.84 exact")

YEARS: dict[int, YearRules] = {r.year: r for r in (
    _year(2561, tools=("[U]", "§1: IIT, EIT, EBIT evidence survey"), weights=None, indicators=None,
          scale=Fact(_scale_2561(), "[V]", "§2 2561, rule 2"), pass_mark=None, measures=None,
          note="five indices (INDICES_2561), not indicators 1–10; evidence items coded EB… [U]"),
    _year(2562, tools=("[V]", "§1: first OIT year"), weights=("[U]", "§1"), indicators=("[I]", "§1"),
          scale=_LETTERS, pass_mark=("[V]", "§1"),
          measures=Fact(MEASURE_ITEMS_2562, "[T][U]", "§2 2562: six measures, year uncertain")),
    _year(2563, tools=("[S]", "§1, seed 002"), weights=("[U]", "§1: seed 002's 2563 column does not reconcile"),
          indicators=("[S]", "§1"), scale=_LETTERS, pass_mark=("[V]", "§1"), measures=_MEASURES,
          oit_items=_OIT_2564),
    _year(2564, tools=("[S][V]", "§2 2564"), weights=("[S][V]", "§1, §2 2564, §5"), indicators=("[S]", "§1"),
          scale=_LETTERS, pass_mark=("[V][S]", "§1, §2 2564"), measures=_MEASURES, oit_items=_OIT_2564),
    _year(2565, tools=("[S]", "§2 2565, seed 000"), weights=("[I]", "§1, §5 seed 000 arithmetic"),
          indicators=("[S]", "§1"), scale=_LETTERS, pass_mark=("[V]", "§1"), measures=_MEASURES,
          oit_items=_OIT_2564),
    _year(2566, tools=("[T]", "§1"), weights=("[T]", "§1"), indicators=("[U]", "§1: count untagged"),
          scale=Fact(_thai_scale("[V]", "[T][U]", "§6; multi-level scheme in 2566 [U]"), "[V]", "§2 2566, §6"),
          pass_mark=("[V]", "§1"), measures=_MEASURES, oit_items=_OIT_2566),
    _year(2567, tools=("[V]", "§2 2567: IIT still 5 indicators"), weights=("[T]", "§1"), indicators=("[V]", "§1"),
          scale=Fact(_thai_scale("[V]", "[T]", "§6 (2567)"), "[V][T]", "§1, §6"),
          pass_mark=("[V]", "§1"), measures=_MEASURES,
          oit_items=Fact(OIT_ITEMS_2566, "[U]", "§4.3: 2567 probably as 2566")),
    _year(2568, tools=("[S][V]", "§2 2568"), weights=("[I]", "§1, §2 2568: EIT 15 + 15"), indicators=("[S]", "§1"),
          scale=Fact(_thai_scale("[I]", "[V]", "§2 2568 (สตง. case), §6"), "[V][S]", "§1, §2 2568"),
          pass_mark=("[I]", "§1: per-tool 85 rule [V]"), measures=None,
          parts=_EIT_PARTS, part_weights=_EIT_PART_WEIGHTS, note="NACC OIT item list not found (§4.4)"),
    _year(2569, tools=("[U]", "§2 2569: not found; 2568 assumed"), weights=("[U]", "§2 2569"),
          indicators=("[U]", "§2 2569"), scale=Fact(_thai_scale("[U]", "[U]", "§2 2569: 2568 assumed"), "[U]", "§2 2569"),
          pass_mark=("[U]", "§2 2569"), measures=None,
          parts=Fact({"EIT": (1, 2)}, "[U]", "§2 2569: 2568 assumed"),
          part_weights=Fact(_EIT_PART_WEIGHTS.value, "[U]", "§2 2569: 2568 assumed"),
          note="nothing found for 2569: every fact is the 2568 one, unverified; OVEC's O1–O23 is not NACC's (§4.5)"),
)}


def rules_for(year: int | None) -> YearRules | None:
    """The rules of a fiscal year (B.E.), or None when the year is unknown or outside 2561–2569."""
    return YEARS.get(year) if year is not None else None


def pass_mark_for(year: int | None) -> float:
    """The year's pass mark; a year with none stated (2561, or unknown) is held to the mark of the
    years that have one."""
    rules = rules_for(year)
    return rules.pass_mark.value if rules is not None and rules.pass_mark is not None else PASS_MARK


def first_parts(tool: str) -> tuple[int, tuple[int, ...]] | None:
    """The first year whose ITA scores ``tool`` in parts, and those parts (EIT: 2568, (1, 2))."""
    return next(((y, r.tool_parts.value[tool]) for y, r in sorted(YEARS.items()) if tool in r.tool_parts.value),
                None)


def round2(score: float) -> float:
    """A score rounded half-up to 2 decimals, as bands are read (84.995 → 85.00)."""
    return float(Decimal(repr(score)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def meets(condition: Condition, total: float, tools: Mapping[str, float] | None,
          tolerance: float = 0.0) -> bool | None:
    """Whether a condition holds; None when it is about tools and not all three are known, or
    when a tool is within ``tolerance`` of the minimum (tool scores computed from rounded indicators)."""
    if condition.scope == "total":
        return round2(total) >= condition.minimum
    if not tools or any(t not in tools for t in IIT_EIT_OIT):
        return None
    values = [round2(tools[t]) for t in IIT_EIT_OIT]
    if any(v + tolerance < condition.minimum for v in values):
        return False
    return True if all(v - tolerance >= condition.minimum for v in values) else None


def grade_for(score: float, year: int | None, tools: Mapping[str, float] | None = None) -> str | None:
    """The grade a score gets in a letter year (2562–2565) or in 2561, from the score rounded to 2 dp.

    For 2566+ pass the tool scores (0–100) to get the level the (partly unverified) rules give;
    without them, or for an unknown year, None."""
    rules = rules_for(year)
    if rules is None:
        return None
    scale = rules.scale.value
    for level in scale.levels:
        results = [meets(c, score, tools) for c in level.conditions]
        if False in results:
            continue
        return None if None in results else level.name
    return None


def measure_item_years(code: str, title: str | None = None) -> tuple[int, ...]:
    """Years whose OIT list has this code (and title, if given) for the measures documents."""
    return tuple(y for y, r in sorted(YEARS.items()) if r.measure_items and code in r.measure_items.value
                 and (title is None or r.measure_items.value[code] == title))

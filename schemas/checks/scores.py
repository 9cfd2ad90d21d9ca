"""Auditor checks on scores: ranges, grade against score, weighted totals, tools against indicators,
indicator identity, year-on-year labels and EIT parts (docs/ITA_METHODOLOGY.md, rules 2–9).

The year-specific facts come from schemas.rules, each with its certainty; a rule built on an
unverified fact is reported as a warning at most (``rules.cap``). Every check points at the score
(or label) it is about: its Where is copied onto the Check.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from statistics import fmean

from normalize.digits import arabic_to_thai, thai_to_arabic
from schemas.check_codes import make_check
from schemas.ita import INDICATOR_BY_NUMBER, TOOLS
from schemas.phrases import score_name
from schemas.records import Check, IndicatorLabel, Result, Score, ScoreSubject, Severity
from schemas.rules import (IIT_EIT_OIT, TEN_INDICATORS, Condition, Level, YearRules, cap, first_parts,
                           grade_for, least_severe, meets, most_severe, round2, rules_for)

TOTAL_TOLERANCE = 0.02          # weighted stated tools vs stated total (rule 5)
INDICATOR_TOLERANCE = 0.05      # anything computed from indicator scores, printed rounded (rule 6)
INDICATOR_ROUNDING = 0.005      # uncertainty of a mean of 2-dp indicator scores

# --- helpers ------------------------------------------------------------------------------------

def _at(check: Check, record: Score | IndicatorLabel) -> Check:
    """Point a check at the score (or printed label) it is about: its Where and the text it was
    read from."""
    quoted = record.source_text if isinstance(record, Score) else record.text
    return check.at(record.where, source_text=quoted or None)


def _num(value: float) -> str:
    return f"{value:.2f}"


def _what(score: Score) -> tuple[str, str]:
    """How to name a score in a message, English and Thai."""
    return score_name(*score.subject)


@dataclass
class _Year:
    """The scores of one fiscal year, by kind (the first statement of each)."""

    year: int | None
    overall: Score | None = None
    tools: dict[str, Score] = field(default_factory=dict)
    parts: dict[str, dict[int, Score]] = field(default_factory=dict)
    indicators: dict[int, Score] = field(default_factory=dict)


def _years(result: Result) -> dict[int | None, _Year]:
    years: dict[int | None, _Year] = {}
    for s in result.scores:
        y = years.setdefault(s.fiscal_year, _Year(s.fiscal_year))
        if s.level == "overall":
            y.overall = y.overall or s
        elif s.level == "tool" and s.tool and s.part:
            y.parts.setdefault(s.tool, {}).setdefault(s.part, s)
        elif s.level == "tool" and s.tool:
            y.tools.setdefault(s.tool, s)
        elif s.level == "indicator" and s.indicator:
            y.indicators.setdefault(s.indicator, s)
    return years


def _indicator_mean(y: _Year, tool: str) -> float | None:
    numbers = TOOLS[tool]
    if all(n in y.indicators for n in numbers):
        return fmean(y.indicators[n].score for n in numbers)
    return None


@dataclass(frozen=True)
class _Tool:
    """A tool score on the 0–100 scale and where it came from."""

    value: float
    how: str                 # "stated", "parts", "points", "indicators"
    tolerance: float         # rounding uncertainty of value
    record: Score | None     # the stated record (whole tool, or part 1)


def _stated(y: _Year, tool: str, rules: YearRules, points: bool) -> tuple[float, Score] | None:
    """A tool's stated value (whole tool, else its parts combined), as printed: % or points."""
    if tool in y.tools:
        return y.tools[tool].score, y.tools[tool]
    parts = y.parts.get(tool, {})
    expected = (rules.tool_parts.value.get(tool) or tuple(sorted(parts))) if parts else ()
    if not expected or any(p not in parts for p in expected):
        return None
    values = [parts[p].score for p in expected]
    if points:
        return sum(values), parts[expected[0]]
    weights = [rules.part_weights.value.get((tool, p), 1.0) if rules.part_weights else 1.0 for p in expected]
    return sum(w * v for w, v in zip(weights, values)) / sum(weights), parts[expected[0]]


def _in_points(y: _Year, rules: YearRules) -> bool:
    """Whether the tools are printed as weighted points (IIT ≤ 30, EIT ≤ 30, OIT ≤ 40, summed)."""
    weights = rules.weights.value if rules.weights else None
    if not weights:
        return False
    points: dict[str, float] = {}
    percent: dict[str, float] = {}
    for t in IIT_EIT_OIT:  # a tool stated as points is stated as a percentage too (same parts)
        stated_points, stated_percent = _stated(y, t, rules, True), _stated(y, t, rules, False)
        if stated_points is None or stated_percent is None:
            return False
        points[t], percent[t] = stated_points[0], stated_percent[0]
    if any(points[t] > 100 * weights[t] + 0.005 for t in IIT_EIT_OIT):
        return False
    if y.overall is not None:
        as_points = abs(sum(points[t] for t in IIT_EIT_OIT) - y.overall.score)
        as_percent = abs(sum(weights[t] * percent[t] for t in IIT_EIT_OIT) - y.overall.score)
        return as_points < as_percent
    means = {t: mean for t in IIT_EIT_OIT if (mean := _indicator_mean(y, t)) is not None}
    if len(means) == len(IIT_EIT_OIT):
        as_points = sum(abs(points[t] / weights[t] - means[t]) for t in IIT_EIT_OIT)
        as_percent = sum(abs(percent[t] - means[t]) for t in IIT_EIT_OIT)
        return as_points < as_percent
    return False


def _tools(y: _Year, rules: YearRules, *, computed: bool = True) -> dict[str, _Tool]:
    """Tool scores on the 0–100 scale: stated (or from parts, or points ÷ weight), else, when
    ``computed``, the mean of the tool's indicators."""
    points = _in_points(y, rules)
    weights = rules.weights.value if rules.weights else {}
    found: dict[str, _Tool] = {}
    for tool in IIT_EIT_OIT:
        stated = _stated(y, tool, rules, points)
        if stated is not None:
            value, record = stated
            how = "parts" if tool not in y.tools else "stated"
            if points:
                found[tool] = _Tool(value / weights[tool], "points", INDICATOR_ROUNDING / weights[tool], record)
            else:
                found[tool] = _Tool(value, how, 0.0, record)
            continue
        mean = _indicator_mean(y, tool) if computed else None
        if mean is not None:
            found[tool] = _Tool(mean, "indicators", INDICATOR_ROUNDING, None)
    return found


def _severity(conditions: Iterable[Condition]) -> Severity:
    return least_severe(*(c.effective_severity for c in conditions))


def _unverified_note(conditions: Iterable[Condition], year: int | None) -> tuple[str, str]:
    refs = sorted({c.ref for c in conditions if c.certainty == "unverified"})
    if not refs:
        return "", ""
    return (f" The rule is not verified for FY{year} ({'; '.join(refs)}).",
            f" (เกณฑ์นี้ยังไม่ได้รับการยืนยันสำหรับปี {year})")


# --- ranges ------------------------------------------------------------------------------------

def check_score_range(result: Result) -> Iterator[Check]:
    """SCORE_OUT_OF_RANGE, SCORE_PRECISION: every score is 0–100 with at most 2 decimals."""
    for s in result.scores:
        what, what_th = _what(s)
        if not 0 <= s.score <= 100:
            yield _at(make_check("SCORE_OUT_OF_RANGE", what=what, what_th=what_th, value=s.score), s)
        elif abs(round(s.score, 2) - s.score) > 1e-9:
            yield _at(make_check("SCORE_PRECISION", what=what, what_th=what_th, value=s.score), s)


# --- grades ------------------------------------------------------------------------------------

def check_grades(result: Result) -> Iterator[Check]:
    """GRADE_SCALE_MISMATCH, GRADE_SCORE_MISMATCH on the overall score of every year stated."""
    for y in _years(result).values():
        s, rules = y.overall, rules_for(y.year)
        if s is None or not s.grade or rules is None or not 0 <= s.score <= 100:
            continue
        scale = rules.scale.value
        level = scale.level(s.grade)
        if level is None:
            yield _at(make_check("GRADE_SCALE_MISMATCH", year=y.year, grade=s.grade, scale=scale.name,
                                 scale_th=scale.name_th, levels=", ".join(scale.names)), s)
            continue
        yield from _grade_checks(s, y, rules, level)


def _grade_checks(s: Score, y: _Year, rules: YearRules, level: Level) -> Iterator[Check]:
    scale = rules.scale.value
    tools = _tools(y, rules)
    values = {t: v.value for t, v in tools.items()}
    tolerance = max((v.tolerance for v in tools.values()), default=0.0)
    computed = any(v.how in ("indicators", "points") for v in tools.values())

    def holds(c: Condition) -> bool | None:
        return meets(c, s.score, values, tolerance)

    # the printed level's own requirements: one check per scope, the most severe broken one; an
    # info (an unverified detail) is left out when the same grade already has a worse problem
    found: list[Check] = []
    for scope in ("total", "tools"):
        broken = [c for c in level.conditions if c.scope == scope and holds(c) is False]
        if not broken:
            continue
        c = max(broken, key=lambda c: (c.effective_severity == "error", c.effective_severity == "warning",
                                       c.minimum))
        if scope == "total":
            reason = f"'{s.grade}' needs a total of at least {_num(c.minimum)}"
            reason_th = f"ระดับ '{s.grade}' ต้องมีคะแนนรวมอย่างน้อย {_num(c.minimum)}"
            band = grade_for(s.score, y.year) if scale.partition else None
            if band:
                reason += f"; the band of {_num(round2(s.score))} is '{band}'"
                reason_th += f" (คะแนน {_num(round2(s.score))} อยู่ในช่วงระดับ '{band}')"
        else:
            low = ", ".join(f"{t} {_num(v)}" for t, v in values.items() if round2(v) < c.minimum)
            how = " (computed from the indicator scores)" if computed else ""
            reason = f"'{s.grade}' needs every tool at least {_num(c.minimum)}: {low}{how}"
            reason_th = f"ระดับ '{s.grade}' ต้องได้คะแนนทุกเครื่องมืออย่างน้อย {_num(c.minimum)} แต่ {low}"
        note, note_th = _unverified_note([c], y.year)
        found.append(_at(make_check("GRADE_SCORE_MISMATCH", severity=c.effective_severity, reason=reason,
                                    reason_th=reason_th, note=note, note_th=note_th, year=y.year,
                                    score=_num(s.score), grade=s.grade), s))
    if any(c.severity != "info" for c in found):
        found = [c for c in found if c.severity != "info"]
    yield from found

    # a better level whose requirements all hold
    better = [lv for lv in scale.levels if lv.rank < level.rank and lv.conditions
              and all(holds(c) is True for c in lv.conditions)]
    if better:
        severity = most_severe(*(_severity(lv.conditions) for lv in better))
        if not scale.partition:
            severity = least_severe(severity, "warning")
        best = min(better, key=lambda lv: lv.rank)
        if scale.partition:
            reason = f"the band of {_num(round2(s.score))} is '{best.name}'"
            reason_th = f"คะแนน {_num(round2(s.score))} อยู่ในช่วงระดับ '{best.name}'"
        else:
            reason = f"the scores meet the requirements of '{best.name}'"
            reason_th = f"คะแนนเข้าเกณฑ์ระดับ '{best.name}'"
        note, note_th = _unverified_note((c for lv in better for c in lv.conditions), y.year)
        yield _at(make_check("GRADE_SCORE_MISMATCH", severity=severity, reason=reason, reason_th=reason_th,
                             note=note, note_th=note_th, year=y.year, score=_num(s.score), grade=s.grade), s)


# --- totals --------------------------------------------------------------------------------------

def check_totals(result: Result) -> Iterator[Check]:
    """TOTAL_MISMATCH: the overall score against the weighted tool scores (stated, else from indicators)."""
    for y in _years(result).values():
        rules = rules_for(y.year)
        if y.overall is None or rules is None or rules.weights is None or not 0 <= y.overall.score <= 100:
            continue
        tools = _tools(y, rules)
        if set(tools) != set(IIT_EIT_OIT):
            continue
        weights = rules.weights.value
        computed = sum(weights[t] * tools[t].value for t in IIT_EIT_OIT)
        from_indicators = any(v.how == "indicators" for v in tools.values())
        tolerance = INDICATOR_TOLERANCE if from_indicators else TOTAL_TOLERANCE
        diff = y.overall.score - computed
        if abs(diff) <= tolerance + 1e-9:
            continue
        if any(v.how == "points" for v in tools.values()):
            formula = " + ".join(f"{t} {_num(tools[t].value * weights[t])}" for t in IIT_EIT_OIT)
        else:
            formula = " + ".join(f"{weights[t]:g}×{t} {_num(tools[t].value)}" for t in IIT_EIT_OIT)
        notes, notes_th = [], []
        if from_indicators:
            notes.append(" Tool scores not stated are means of their indicator scores.")
            notes_th.append(" (คะแนนเครื่องมือที่ไม่ได้ระบุคำนวณจากค่าเฉลี่ยของตัวชี้วัด)")
        if any(v.how == "parts" for v in tools.values()):
            notes.append(" EIT is the mean of its parts.")
            notes_th.append(" (EIT คือค่าเฉลี่ยของส่วนที่ ๑ และ ๒)")
        if not rules.weights.verified:
            notes.append(f" The weights are not verified for FY{y.year} ({rules.weights.ref}).")
            notes_th.append(f" (น้ำหนักของปี {y.year} ยังไม่ได้รับการยืนยัน)")
        yield _at(make_check("TOTAL_MISMATCH", year=y.year, total=_num(y.overall.score), formula=formula,
                             computed=_num(computed), diff=f"{diff:+.2f}", tolerance=_num(tolerance),
                             note="".join(notes), note_th="".join(notes_th)), y.overall)


def check_tools_vs_indicators(result: Result) -> Iterator[Check]:
    """TOOL_INDICATOR_MISMATCH: a stated tool score against the mean of its indicators."""
    for y in _years(result).values():
        rules = rules_for(y.year)
        if rules is None:
            continue
        for tool, stated in _tools(y, rules, computed=False).items():
            mean = _indicator_mean(y, tool)
            if mean is None or stated.record is None:
                continue
            diff = stated.value - mean
            if abs(diff) <= INDICATOR_TOLERANCE + stated.tolerance + 1e-9:
                continue
            numbers = TOOLS[tool]
            label = {"parts": f"{tool} (mean of its parts)", "points": f"{tool} (points ÷ weight)"}.get(
                stated.how, tool)
            yield _at(make_check("TOOL_INDICATOR_MISMATCH", year=y.year, tool=label, value=_num(stated.value),
                                 numbers=f"{numbers[0]}–{numbers[-1]}",
                                 indicators=", ".join(_num(y.indicators[n].score) for n in numbers),
                                 mean=_num(mean), diff=f"{diff:+.2f}"), stated.record)


# --- indicators ------------------------------------------------------------------------------------

def check_indicator_coverage(result: Result) -> Iterator[Check]:
    """INDICATOR_MISSING: a year with some indicator scores but not all of them."""
    for y in _years(result).values():
        if not y.indicators:
            continue
        rules = rules_for(y.year)
        expected: Mapping[str, tuple[int, ...]]
        if y.year is None:
            expected = TEN_INDICATORS
        elif rules is None or rules.indicators is None:
            continue
        else:
            expected = rules.indicators.value
        numbers = sorted(n for ns in expected.values() for n in ns)
        missing = [n for n in numbers if n not in y.indicators]
        if not missing:
            continue
        first = min(y.indicators.values(), key=lambda s: (s.page or 0))
        yield _at(make_check("INDICATOR_MISSING", year=y.year if y.year is not None else "?",
                             count=len(numbers) - len(missing),
                             missing=", ".join(f"{n} {INDICATOR_BY_NUMBER[n].name}" for n in missing)),
                  first)


LEADING = re.compile(r"^\s*(?:ตัวชี้วัด(?:ที่)?\s*)?[0-9๐-๙]{0,2}\s*[.)]?\s*")
SCORE_TAIL = re.compile(r"(?:ได้)?(?:ผล)?(?:คะแนน|ร้อยละ).*$")


def check_indicator_names(result: Result) -> Iterator[Check]:
    """INDICATOR_NAME_MISMATCH, INDICATOR_NAME_UNKNOWN: printed number against the indicator's name."""
    rules = rules_for(result.report.fiscal_year)
    verified = bool(rules and rules.indicators and rules.indicators.verified)
    seen: set[tuple[str, str]] = set()
    for label in result.evidence.indicator_labels:
        printed = label.printed_number
        text = label.text.strip()
        if label.by_name is None:
            rest = SCORE_TAIL.sub("", LEADING.sub("", text)).strip()
            if printed is not None and re.search(r"[\u0E01-\u0E4F]{3}", rest) and (text, "unknown") not in seen:
                seen.add((text, "unknown"))
                yield _at(make_check("INDICATOR_NAME_UNKNOWN", text=text, printed=printed, indicator=label.indicator,
                                     name=INDICATOR_BY_NUMBER[label.indicator].name), label)
            continue
        if printed is None:
            continue
        readings = {printed}
        local = ""
        local_th = ""
        if label.tool and 1 <= printed <= len(TOOLS[label.tool]):
            readings.add(TOOLS[label.tool][printed - 1])
            local = f" (inside {label.tool}: indicator {TOOLS[label.tool][printed - 1]})"
            local_th = f" (ลำดับใน {label.tool}: ตัวชี้วัดที่ {TOOLS[label.tool][printed - 1]})"
        if label.by_name in readings or (text, "mismatch") in seen:
            continue
        seen.add((text, "mismatch"))
        severity = cap("error", "verified" if verified else "unverified")
        yield _at(make_check("INDICATOR_NAME_MISMATCH", severity=severity, text=text, printed=printed, local=local,
                             local_th=local_th, by_name=label.by_name,
                             name=INDICATOR_BY_NUMBER[label.by_name].name), label)


# --- year on year ------------------------------------------------------------------------------------

UP = re.compile(r"เพิ่มขึ้น|สูงขึ้น|ดีขึ้น|เพิ่ม")
DOWN = re.compile(r"ลดลง|ต่ำลง|น้อยลง|ลด")
SAME = re.compile(r"คงที่|เท่าเดิม|ไม่เปลี่ยนแปลง")
SIGNED = re.compile(r"^\s*([+\-−–])\s*(\d+(?:\.\d+)?)\s*$")
NUMBER = re.compile(r"(\d+(?:\.\d+)?)")


def _direction(label: str) -> tuple[int | None, float | None]:
    """(sign, magnitude) a change label states; (None, None) when it states neither."""
    text = thai_to_arabic(label)
    m = SIGNED.match(text)
    if m:
        return (-1 if m.group(1) != "+" else 1), float(m.group(2))
    if SAME.search(text):
        return 0, None
    sign = 1 if UP.search(text) else -1 if DOWN.search(text) else None
    number = NUMBER.search(text)
    magnitude = float(number.group(1)) if sign is not None and number and not re.search(r"ร้อยละ|%", text) else None
    return sign, magnitude


def check_yoy_labels(result: Result) -> Iterator[Check]:
    """YOY_LABEL_MISMATCH: a change label against the previous year's score of the same item."""
    history: dict[ScoreSubject, list[tuple[int, Score]]] = {}
    for s in result.scores:
        if s.fiscal_year is not None:
            history.setdefault(s.subject, []).append((s.fiscal_year, s))
    for s in result.scores:
        if not s.change_label or s.fiscal_year is None:
            continue
        sign, magnitude = _direction(s.change_label)
        if sign is None:
            continue
        earlier = [(year, p) for year, p in history[s.subject]
                   if year < s.fiscal_year]
        if not earlier:
            continue
        previous = max(earlier, key=lambda e: e[0])[1]
        diff = round2(s.score - previous.score)
        actual = (diff > 0) - (diff < 0)
        if actual == sign and (magnitude is None or abs(abs(diff) - magnitude) <= TOTAL_TOLERANCE):
            continue
        what, what_th = _what(s)
        yield _at(make_check("YOY_LABEL_MISMATCH", year=s.fiscal_year, what=what, what_th=what_th,
                             label=s.change_label, previous=_num(previous.score), previous_year=previous.fiscal_year,
                             value=_num(s.score), diff=f"{diff:+.2f}"), s)


# --- EIT parts -----------------------------------------------------------------------------------------

def check_tool_parts(result: Result) -> Iterator[Check]:
    """EIT_PART_UNEXPECTED: a part number the year's ITA does not have (EIT 1–2 from 2568 only)."""
    for s in result.scores:
        if s.level != "tool" or not s.part:
            continue
        rules = rules_for(s.fiscal_year)
        if rules is None:
            continue
        parts = rules.tool_parts.value.get(s.tool or "", ())
        if s.part in parts:
            continue
        if parts:
            expected = f"{s.tool} has parts {', '.join(map(str, parts))} in FY{s.fiscal_year}"
            expected_th = f"ปี {s.fiscal_year} {s.tool} มีเฉพาะส่วนที่ {', '.join(map(str, parts))}"
        else:
            since, since_th = _parts_since("EIT")
            expected = f"{s.tool} is not split into parts in FY{s.fiscal_year}{since}"
            expected_th = f"ปี {s.fiscal_year} {s.tool} ไม่ได้แบ่งเป็นส่วน{since_th}"
        yield _at(make_check("EIT_PART_UNEXPECTED", year=s.fiscal_year, tool=s.tool, part=s.part,
                             value=_num(s.score), expected=expected, expected_th=expected_th), s)


def _parts_since(tool: str) -> tuple[str, str]:
    """" (<tool> parts <first>–<last> start in FY<year>)" and its Thai, for the first year the rules
    table scores ``tool`` in parts ("" when none does)."""
    first = first_parts(tool)
    if first is None:
        return "", ""
    year, parts = first
    span = f"{parts[0]}–{parts[-1]}" if len(parts) > 1 else f"{parts[0]}"
    return (f" ({tool} parts {span} start in FY{year})",
            f" ({tool} แบ่งเป็นส่วนที่ {arabic_to_thai(span)} ตั้งแต่ปี {arabic_to_thai(str(year))})")


CHECKS = (
    check_score_range,
    check_grades,
    check_totals,
    check_tools_vs_indicators,
    check_indicator_coverage,
    check_indicator_names,
    check_yoy_labels,
    check_tool_parts,
)

"""Each ITA fact is defined once, in a data table, and every place that uses it agrees with it
(issue 15): letter-grade bands, the pass mark, the plausible-year range, the score key, the
first year with EIT parts."""
from __future__ import annotations

import regex

from schemas.check_codes import make_check  # noqa: F401 - the catalogue the checks below fill
from schemas.checks.measures import weak_indicators
from schemas.checks.scores import check_tool_parts
from schemas.ita import FISCAL_YEAR_RANGE, LETTER_BANDS, LETTER_GRADES, plausible_year
from schemas.records import Report, Result, Score
from schemas.rules import PASS_MARK, YEARS, first_parts, pass_mark_for
from tests.conftest import ROOT


def test_letter_scales_are_the_bands():
    letter_years = [r for r in YEARS.values() if r.scale.value.kind == "letter"]
    assert letter_years
    for rules in letter_years:
        levels = rules.scale.value.levels
        assert [lv.name for lv in levels] == list(LETTER_GRADES) == [name for _, name in LETTER_BANDS]
        assert [lv.conditions[0].minimum if lv.conditions else 0.0 for lv in levels] == [low for low, _ in LETTER_BANDS]


def test_the_pass_mark_is_the_years_and_the_thai_scales():
    for year, rules in YEARS.items():
        assert pass_mark_for(year) == (rules.pass_mark.value if rules.pass_mark else PASS_MARK)
        if rules.scale.value.kind == "thai":
            passing = rules.scale.value.level("ผ่าน")
            assert passing is not None and passing.conditions[0].minimum == pass_mark_for(year)
    assert pass_mark_for(None) == PASS_MARK


def _indicator(value: float, number: int, year: int = 2565) -> Score:
    return Score(fiscal_year=year, level="indicator", indicator=number, score=value, location="line 1")


def test_weak_indicators_are_those_below_the_years_pass_mark():
    mark = pass_mark_for(2565)
    result = Result(report=Report(source_file="x.txt", source_sha256="0"),
                    scores=[_indicator(mark - 0.01, 1), _indicator(mark, 2), _indicator(99.0, 3)])
    weak = weak_indicators(result)
    assert list(weak) == [1]
    assert weak[1][0][0] == f"score {mark - 0.01:.2f} in FY2565, below {mark:.0f}"


def test_the_plausible_year_range_is_the_records_validation():
    bounds = Report.model_fields["fiscal_year"].metadata
    assert {getattr(b, "ge", None) for b in bounds} - {None} == {FISCAL_YEAR_RANGE[0]}
    assert {getattr(b, "le", None) for b in bounds} - {None} == {FISCAL_YEAR_RANGE[1]}
    assert plausible_year(FISCAL_YEAR_RANGE[0]) and plausible_year(FISCAL_YEAR_RANGE[1])
    assert not plausible_year(FISCAL_YEAR_RANGE[0] - 1) and not plausible_year(FISCAL_YEAR_RANGE[1] + 1)


def test_a_score_key_is_its_year_and_subject():
    s = Score(fiscal_year=2568, level="tool", tool="EIT", part=2, score=90.0)
    assert s.subject == ("tool", "EIT", 2, None)
    assert s.key == (2568, "tool", "EIT", 2, None)


def test_the_first_year_with_eit_parts_comes_from_the_rules():
    year, parts = first_parts("EIT")
    assert year == min(y for y, r in YEARS.items() if "EIT" in r.tool_parts.value)
    score = Score(fiscal_year=year - 1, level="tool", tool="EIT", part=1, score=90.0, location="line 1")
    result = Result(report=Report(source_file="x.txt", source_sha256="0"), scores=[score])
    (check,) = check_tool_parts(result)
    assert f"parts {parts[0]}–{parts[-1]} start in FY{year}" in check.message


def test_no_check_module_spells_out_a_fact_of_the_tables():
    """The pass mark and the first year with parts are read from schemas.rules, not written again."""
    for path in (ROOT / "schemas" / "checks").glob("*.py"):
        code = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith("#"))
        assert not regex.search(r"(?<![\d.])85\.0\b|FY2568|๒๕๖๘", code), path.name


def test_every_document_the_code_cites_is_in_the_repository():
    cited = set()
    for folder in ("extract", "normalize", "schemas"):
        for path in (ROOT / folder).rglob("*.py"):
            cited |= set(regex.findall(r"\bdocs/[\w.-]+\.md\b", path.read_text(encoding="utf-8")))
    assert "docs/ITA_METHODOLOGY.md" in cited
    assert [c for c in sorted(cited) if not (ROOT / c).is_file()] == []

"""Auditor checks on scores (schemas/checks/scores.py) and the year rules they use (schemas/rules.py):
one trigger and one non-trigger per code, on small seed-format reports read by extract_file (or on
records built directly where extraction cannot produce the case), plus the seeds' known oddities."""
from __future__ import annotations

import pytest

from extract import extract_file
from schemas import rules as R
from schemas.audit_codes import SCORE_CODES
from schemas.checks import scores as S
from schemas.checks.scores import CHECKS
from schemas.records import Evidence, IndicatorLabel, Report, Result, Score
from tests.conftest import seed

ORG = "เทศบาลตำบลหนองทดสอบ"
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
NAMES = {1: "การปฏิบัติหน้าที่", 2: "การใช้งบประมาณ", 3: "การใช้อำนาจ", 4: "การใช้ทรัพย์สินของราชการ",
         5: "การแก้ไขปัญหาการทุจริต", 6: "คุณภาพการดำเนินงาน", 7: "ประสิทธิภาพการสื่อสาร",
         8: "การปรับปรุงระบบการทำงาน", 9: "การเปิดเผยข้อมูล", 10: "การป้องกันการทุจริต"}
TOOL_TEXT = {"IIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
             "EIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
             "OIT": "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)"}
# A consistent FY2565 report: IIT mean(1–5) = 90, EIT mean(6–8) = 88, OIT mean(9–10) = 95,
# total 0.3·90 + 0.3·88 + 0.4·95 = 91.40 → A.
INDICATORS = {1: 92.0, 2: 91.0, 3: 90.0, 4: 89.0, 5: 88.0, 6: 86.0, 7: 88.0, 8: 90.0, 9: 94.0, 10: 96.0}
TOOLS = {"IIT": 90.0, "EIT": 88.0, "OIT": 95.0}


def th(value: float | int) -> str:
    return (f"{value:.2f}" if isinstance(value, float) else str(value)).translate(THAI_DIGITS)


def report_text(year: int = 2565, total: float | None = 91.40, grade: str | None = "A",
                tools: dict[str, float] | None = TOOLS, indicators: dict[int, float] | None = INDICATORS,
                extra: list[str] = ()) -> str:
    """A small analysis report in the seed text format: title, organization, the overall score and
    level, one line per tool ("EIT/1" = EIT ส่วนที่ ๑), a table of indicator scores, extra lines."""
    lines = ["รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
             f"ประจำปีงบประมาณ พ.ศ. {th(year)}", f"{ORG} อำเภอเมืองขอนแก่น จังหวัดขอนแก่น", ""]
    if total is not None:
        level = f" อยู่ในระดับ {grade}" if grade else ""
        lines.append(f"ผลการประเมินของ{ORG} ได้คะแนน {th(total)} คะแนน{level}")
    for key, value in (tools or {}).items():
        tool, _, part = key.partition("/")
        part_text = f" ส่วนที่ {th(int(part))}" if part else ""
        lines.append(f"{TOOL_TEXT[tool]}{part_text} คะแนนรวม {th(value)} คะแนน")
    if indicators:
        lines += ["", "ตัวชี้วัด\tคะแนน"]
        lines += [f"ตัวชี้วัดที่ {th(n)} {NAMES[n]}\t{th(v)}" for n, v in indicators.items()]
    lines += ["", *extra, ""]
    return "\n".join(lines)


@pytest.fixture
def checks_of(write_report):
    """Extract a report text and run this group's checks on it: (result, checks)."""
    def run(text: str) -> tuple[Result, list]:
        result = extract_file(write_report(text))
        return result, run_on(result)
    return run


def run_on(result: Result) -> list:
    return [c for rule in CHECKS for c in rule(result)]


def codes(checks, code: str) -> list:
    return [c for c in checks if c.code == code]


def built(*scores: Score, year: int | None = 2565, labels: list[IndicatorLabel] = ()) -> Result:
    """A Result from records, for cases extraction cannot produce."""
    return Result(report=Report(source_file="x.txt", source_sha256="0" * 64, fiscal_year=year),
                  scores=list(scores), evidence=Evidence(indicator_labels=list(labels)))


# --- the clean report and the catalogue ---------------------------------------------------------

def test_clean_synthetic_report_yields_no_check(checks_of):
    result, checks = checks_of(report_text())
    assert result.report.overall_score == 91.40 and result.report.overall_grade == "A"
    assert {s.tool for s in result.scores if s.level == "tool"} == {"IIT", "EIT", "OIT"}
    assert {s.indicator for s in result.scores if s.level == "indicator"} == set(range(1, 11))
    assert checks == []


def test_catalogue():
    assert set(SCORE_CODES) == {"SCORE_OUT_OF_RANGE", "SCORE_PRECISION", "GRADE_SCORE_MISMATCH",
                            "GRADE_SCALE_MISMATCH", "TOTAL_MISMATCH", "TOOL_INDICATOR_MISMATCH",
                            "INDICATOR_MISSING", "INDICATOR_NAME_MISMATCH", "INDICATOR_NAME_UNKNOWN",
                            "YOY_LABEL_MISMATCH", "EIT_PART_UNEXPECTED"}
    severities = {code: spec.severity for code, spec in SCORE_CODES.items()}
    assert severities["SCORE_OUT_OF_RANGE"] == severities["GRADE_SCORE_MISMATCH"] == "error"
    assert severities["INDICATOR_NAME_MISMATCH"] == "error" and severities["INDICATOR_NAME_UNKNOWN"] == "info"
    assert all(severities[c] == "warning" for c in ("SCORE_PRECISION", "GRADE_SCALE_MISMATCH", "TOTAL_MISMATCH",
                                                     "TOOL_INDICATOR_MISMATCH", "INDICATOR_MISSING",
                                                     "YOY_LABEL_MISMATCH", "EIT_PART_UNEXPECTED"))
    assert all(spec.message_th and spec.doc for spec in SCORE_CODES.values())


# --- SCORE_OUT_OF_RANGE / SCORE_PRECISION --------------------------------------------------------

def test_score_out_of_range_and_precision():
    result = built(Score(fiscal_year=2565, level="indicator", tool="IIT", indicator=1, score=104.5,
                         location="line 7"),
                   Score(fiscal_year=2565, level="indicator", tool="IIT", indicator=2, score=-1, location="line 8"),
                   Score(fiscal_year=2565, level="indicator", tool="IIT", indicator=3, score=93.875,
                         location="line 9"))
    checks = S.check_score_range(result)
    found = [(c.code, c.severity, c.location, c.line) for c in checks]
    assert found == [("SCORE_OUT_OF_RANGE", "error", "line 7", 7), ("SCORE_OUT_OF_RANGE", "error", "line 8", 8),
                     ("SCORE_PRECISION", "warning", "line 9", 9)]


def test_scores_in_range_pass():
    result = built(Score(fiscal_year=2565, level="overall", score=100.0), Score(fiscal_year=2565, level="overall",
                                                                                  score=0.0),
                   Score(fiscal_year=2565, level="tool", tool="OIT", score=87.5))
    assert list(S.check_score_range(result)) == []


# --- GRADE_SCORE_MISMATCH: letter years -----------------------------------------------------------

def test_letter_grade_below_its_band_is_an_error(checks_of):
    result, checks = checks_of(report_text(grade="B"))  # 91.40 is A
    found = codes(checks, "GRADE_SCORE_MISMATCH")
    assert len(found) == 1 and found[0].severity == "error"
    assert "'A'" in found[0].message and found[0].location == result.scores[0].location


def test_letter_grade_above_its_band_is_an_error(checks_of):
    _, checks = checks_of(report_text(total=84.99, grade="A", tools=None, indicators=None))
    found = codes(checks, "GRADE_SCORE_MISMATCH")
    assert [c.severity for c in found] == ["error"] and "85.00" in found[0].message


@pytest.mark.parametrize("total,grade", [(95.00, "AA"), (94.99, "A"), (85.00, "A"), (54.99, "E"), (49.99, "F")])
def test_letter_band_edges_pass(checks_of, total, grade):
    _, checks = checks_of(report_text(total=total, grade=grade, tools=None, indicators=None))
    assert checks == []


# --- GRADE_SCORE_MISMATCH: Thai levels (2566+) ----------------------------------------------------

def thai_report(year, total, grade, tools):
    return report_text(year=year, total=total, grade=grade, tools=tools, indicators=None)


def test_pass_level_below_85_is_an_error(checks_of):
    _, checks = checks_of(thai_report(2567, 80.00, "ผ่าน", {"IIT": 80.0, "EIT": 80.0, "OIT": 80.0}))
    assert [c.severity for c in codes(checks, "GRADE_SCORE_MISMATCH")] == ["error"]


def test_pass_level_below_85_in_2568_is_a_warning_since_the_pass_mark_is_inferred(checks_of):
    _, checks = checks_of(thai_report(2568, 80.00, "ผ่าน", {"IIT": 80.0, "EIT": 80.0, "OIT": 80.0}))
    found = codes(checks, "GRADE_SCORE_MISMATCH")
    assert [c.severity for c in found] == ["warning"] and "not verified" in found[0].message


@pytest.mark.parametrize("year,severity", [(2568, "error"), (2567, "warning"), (2566, "warning")])
def test_good_level_with_a_tool_below_85(checks_of, year, severity):
    # 0.3·92 + 0.3·84 + 0.4·93 = 90.00: ผ่าน, not ผ่านดี (the สตง. case, §2 2568)
    _, checks = checks_of(thai_report(year, 90.00, "ผ่านดี", {"IIT": 92.0, "EIT": 84.0, "OIT": 93.0}))
    found = codes(checks, "GRADE_SCORE_MISMATCH")
    assert [c.severity for c in found] == [severity] and "EIT 84.00" in found[0].message


def test_good_level_with_tools_from_indicators(checks_of):
    # no tool lines: OIT = mean(80, 86) = 83 < 85 is computed from the indicators
    indicators = {**{n: 90.0 for n in range(1, 9)}, 9: 80.0, 10: 86.0}
    _, checks = checks_of(report_text(year=2568, total=87.20, grade="ผ่านดี", tools=None, indicators=indicators))
    found = codes(checks, "GRADE_SCORE_MISMATCH")
    assert [c.severity for c in found] == ["error"] and "computed from the indicator" in found[0].message


def test_excellent_level_below_95_is_a_warning(checks_of):
    _, checks = checks_of(thai_report(2567, 90.00, "ผ่านดีเยี่ยม", {"IIT": 90.0, "EIT": 90.0, "OIT": 90.0}))
    assert [c.severity for c in codes(checks, "GRADE_SCORE_MISMATCH")] == ["warning"]


def test_excellent_level_with_a_tool_below_95_is_info_only(checks_of):
    # 0.3·100 + 0.3·100 + 0.4·90 = 96.00; the per-tool 95 rule is unverified
    _, checks = checks_of(thai_report(2567, 96.00, "ผ่านดีเยี่ยม", {"IIT": 100.0, "EIT": 100.0, "OIT": 90.0}))
    assert [c.severity for c in codes(checks, "GRADE_SCORE_MISMATCH")] == ["info"]


def test_plain_pass_with_every_tool_above_85_is_a_warning(checks_of):
    _, checks = checks_of(thai_report(2568, 90.00, "ผ่าน", {"IIT": 90.0, "EIT": 90.0, "OIT": 90.0}))
    found = codes(checks, "GRADE_SCORE_MISMATCH")
    assert [c.severity for c in found] == ["warning"] and "ผ่านดี" in found[0].message


@pytest.mark.parametrize("year,total,grade,tools", [
    (2568, 87.64, "ผ่าน", {"IIT": 90.5, "EIT/1": 86.4, "EIT/2": 82.2, "OIT": 88.0}),  # EIT mean 84.30
    (2567, 90.00, "ผ่านดี", {"IIT": 92.0, "EIT": 86.0, "OIT": 91.5}),
    (2568, 98.84, "ผ่านดีเยี่ยม", {"IIT": 100.0, "EIT/1": 99.81, "EIT/2": 99.13, "OIT": 97.5}),
    (2567, 80.00, "ต้องปรับปรุง", {"IIT": 80.0, "EIT": 80.0, "OIT": 80.0}),
])
def test_consistent_thai_levels_pass(checks_of, year, total, grade, tools):
    _, checks = checks_of(thai_report(year, total, grade, tools))
    assert checks == []


def test_unverified_year_never_errs(checks_of):
    # 2569 carries the 2568 rules forward, all unverified
    _, checks = checks_of(thai_report(2569, 80.00, "ผ่านดี", {"IIT": 80.0, "EIT": 80.0, "OIT": 80.0}))
    found = codes(checks, "GRADE_SCORE_MISMATCH")
    assert found and all(c.severity == "warning" for c in found)


def test_every_year_of_a_comparison_table_is_checked(checks_of):
    table = ["ตัวชี้วัด\t๒๕๖๔\t๒๕๖๕", "คะแนนรวม\t๗๐.๐๐\t๙๑.๔๐", "ระดับผลการประเมิน\tB\tA"]
    _, checks = checks_of(report_text(indicators=None, tools=None, extra=table))
    found = codes(checks, "GRADE_SCORE_MISMATCH")
    assert len(found) == 1 and "FY2564" in found[0].message and "'C'" in found[0].message


# --- GRADE_SCALE_MISMATCH ----------------------------------------------------------------------------

@pytest.mark.parametrize("year,total,grade", [(2566, 91.40, "A"), (2565, 91.40, "ผ่าน"), (2564, 91.40, "สูงมาก")])
def test_grade_of_another_scale(checks_of, year, total, grade):
    _, checks = checks_of(report_text(year=year, total=total, grade=grade, tools=None, indicators=None))
    assert [(c.code, c.severity) for c in checks] == [("GRADE_SCALE_MISMATCH", "warning")]


def test_grade_of_the_years_scale_passes(checks_of):
    _, checks = checks_of(report_text(year=2561, total=86.50, grade="สูงมาก", tools=None, indicators=None))
    assert checks == []


# --- TOTAL_MISMATCH -------------------------------------------------------------------------------

def test_total_against_stated_tools(checks_of):
    _, checks = checks_of(report_text(total=91.43))  # 0.03 off, tolerance 0.02 with stated tools
    found = codes(checks, "TOTAL_MISMATCH")
    assert [c.severity for c in found] == ["warning"] and "91.40" in found[0].message


def test_total_against_indicators_has_a_larger_tolerance(checks_of):
    _, checks = checks_of(report_text(total=91.43, tools=None))
    assert codes(checks, "TOTAL_MISMATCH") == []
    _, checks = checks_of(report_text(total=91.50, tools=None))
    assert len(codes(checks, "TOTAL_MISMATCH")) == 1


def test_tools_printed_as_points_are_summed(checks_of):
    _, checks = checks_of(report_text(tools={"IIT": 27.0, "EIT": 26.4, "OIT": 38.0}))
    assert checks == []
    _, checks = checks_of(report_text(tools={"IIT": 27.0, "EIT": 26.4, "OIT": 37.0}))
    assert len(codes(checks, "TOTAL_MISMATCH")) == 1


def test_total_2568_uses_the_mean_of_the_eit_parts(checks_of):
    tools = {"IIT": 100.0, "EIT/1": 99.81, "EIT/2": 99.13, "OIT": 97.5}
    _, checks = checks_of(thai_report(2568, 98.84, "ผ่านดีเยี่ยม", tools))
    assert checks == []
    _, checks = checks_of(thai_report(2568, 98.84, "ผ่านดีเยี่ยม", {**tools, "EIT/2": 98.13}))
    found = codes(checks, "TOTAL_MISMATCH")
    assert len(found) == 1 and "not verified" in found[0].message  # 15 % + 15 % is inferred


# --- TOOL_INDICATOR_MISMATCH -----------------------------------------------------------------------

def test_tool_against_its_indicators(checks_of):
    result, checks = checks_of(report_text(tools={**TOOLS, "EIT": 88.10}, total=91.43))
    found = codes(checks, "TOOL_INDICATOR_MISMATCH")
    eit = next(s for s in result.scores if s.tool == "EIT" and s.level == "tool")
    assert len(found) == 1 and "EIT" in found[0].message and found[0].location == eit.location


def test_tool_within_rounding_of_its_indicators_passes(checks_of):
    _, checks = checks_of(report_text(tools={**TOOLS, "EIT": 88.04}, total=91.41))
    assert codes(checks, "TOOL_INDICATOR_MISMATCH") == []


def test_eit_parts_against_indicators_6_to_8(checks_of):
    indicators = {**{n: 100.0 for n in range(1, 6)}, 6: 99.63, 7: 99.37, 8: 99.41, 9: 95.0, 10: 100.0}
    tools = {"IIT": 100.0, "EIT/1": 99.81, "EIT/2": 99.13, "OIT": 97.5}
    _, checks = checks_of(report_text(2568, 98.84, "ผ่านดีเยี่ยม", tools, indicators))
    assert checks == []
    _, checks = checks_of(report_text(2568, 98.84, "ผ่านดีเยี่ยม", {**tools, "EIT/1": 99.61}, indicators))
    assert len(codes(checks, "TOOL_INDICATOR_MISMATCH")) == 1


# --- INDICATOR_MISSING -----------------------------------------------------------------------------

def test_partial_indicator_scores(checks_of):
    partial = {n: v for n, v in INDICATORS.items() if n not in (9, 10)}
    _, checks = checks_of(report_text(indicators=partial))
    found = codes(checks, "INDICATOR_MISSING")
    assert [c.severity for c in found] == ["warning"]
    assert "9 การเปิดเผยข้อมูล" in found[0].message and "10 การป้องกันการทุจริต" in found[0].message
    assert "8 of the 10" in found[0].message


def test_no_indicator_scores_is_not_partial(checks_of):
    _, checks = checks_of(report_text(indicators=None))
    assert codes(checks, "INDICATOR_MISSING") == []


# --- INDICATOR_NAME_MISMATCH / INDICATOR_NAME_UNKNOWN ------------------------------------------------

def test_number_and_name_disagree(checks_of):
    table = ["ตัวชี้วัด\tคะแนน", *(f"{th(n)}. {NAMES[n]}\t{th(v)}" for n, v in INDICATORS.items() if n > 3),
             f"{th(2)}. {NAMES[3]}\t{th(90.0)}", f"{th(3)}. {NAMES[2]}\t{th(91.0)}", f"{th(1)}. {NAMES[1]}\t{th(92.0)}"]
    _, checks = checks_of(report_text(indicators=None, extra=table))
    found = codes(checks, "INDICATOR_NAME_MISMATCH")
    assert [c.severity for c in found] == ["error", "error"]
    assert "numbered 2" in found[0].message and "indicator 3" in found[0].message


def test_tool_local_numbering_is_accepted(checks_of):
    table = ["ตัวชี้วัด\tคะแนน", "IIT\t", *(f"{th(n)}. {NAMES[n]}\t{th(INDICATORS[n])}" for n in range(1, 6)),
             "EIT\t", *(f"{th(n - 5)}. {NAMES[n]}\t{th(INDICATORS[n])}" for n in range(6, 9)),
             "OIT\t", *(f"{th(n - 8)}. {NAMES[n]}\t{th(INDICATORS[n])}" for n in (9, 10))]
    result, checks = checks_of(report_text(indicators=None, extra=table))
    assert {s.indicator for s in result.scores if s.level == "indicator"} == set(range(1, 11))
    assert checks == []


def test_name_mismatch_severity_follows_the_years_certainty():
    label = IndicatorLabel(printed_number=7, text="๗. คุณภาพการดำเนินงาน", indicator=6, by_name=6, location="line 3")
    for year, severity in ((2564, "error"), (2566, "warning"), (None, "warning")):
        found = list(S.check_indicator_names(built(year=year, labels=[label])))
        assert [(c.code, c.severity, c.location) for c in found] == [("INDICATOR_NAME_MISMATCH", severity, "line 3")]


def test_unknown_indicator_name_is_info(checks_of):
    table = ["ตัวชี้วัดที่\tรายละเอียดตัวชี้วัด\tคะแนน", f"1\tการปฏิรูปดัชนีชี้วัด\t{th(92.0)}",
             *(f"{n}\t{NAMES[n]}\t{th(v)}" for n, v in INDICATORS.items() if n > 1)]
    _, checks = checks_of(report_text(indicators=None, extra=table))
    assert [(c.code, c.severity) for c in checks] == [("INDICATOR_NAME_UNKNOWN", "info")]
    assert "การปฏิรูปดัชนีชี้วัด" in checks[0].message


# --- YOY_LABEL_MISMATCH ----------------------------------------------------------------------------

def comparison(rows):
    return ["ตัวชี้วัด\t๒๕๖๔\t๒๕๖๕\tการเปลี่ยนแปลง",
            *(f"ตัวชี้วัดที่ {th(n)} {NAMES[n]}\t{th(a)}\t{th(b)}\t{label}" for n, a, b, label in rows)]


def test_change_label_contradicts_the_scores(checks_of):
    rows = [(1, 90.0, 92.0, "ลดลง"), (2, 91.0, 91.0, "เพิ่มขึ้น"), (3, 89.0, 90.0, "+๒.๐๐"), (4, 89.0, 89.0, "คงที่")]
    _, checks = checks_of(report_text(indicators=None, tools=None, total=None, extra=comparison(rows)))
    found = codes(checks, "YOY_LABEL_MISMATCH")
    assert len(found) == 3 and all(c.severity == "warning" for c in found)
    assert "indicator 1" in found[0].message and "+2.00" in found[0].message
    assert "indicator 3" in found[2].message


def test_consistent_change_labels_pass(checks_of):
    rows = [(1, 90.0, 92.0, "เพิ่มขึ้น"), (2, 91.0, 90.5, "ลดลง"), (3, 89.0, 90.0, "+๑.๐๐"), (4, 89.0, 89.0, "คงที่")]
    _, checks = checks_of(report_text(indicators=None, tools=None, total=None, extra=comparison(rows)))
    assert codes(checks, "YOY_LABEL_MISMATCH") == []


# --- EIT_PART_UNEXPECTED ---------------------------------------------------------------------------

def test_eit_part_before_2568(checks_of):
    result, checks = checks_of(report_text(tools={"IIT": 90.0, "EIT/1": 88.0, "EIT/2": 88.0, "OIT": 95.0}))
    found = codes(checks, "EIT_PART_UNEXPECTED")
    assert [c.severity for c in found] == ["warning", "warning"]
    part1 = next(s for s in result.scores if s.part == 1)
    assert found[0].location == part1.location and "2568" in found[0].message


def test_eit_parts_in_2568_pass(checks_of):
    _, checks = checks_of(thai_report(2568, 98.84, "ผ่านดีเยี่ยม",
                                      {"IIT": 100.0, "EIT/1": 99.81, "EIT/2": 99.13, "OIT": 97.5}))
    assert codes(checks, "EIT_PART_UNEXPECTED") == []


# --- the seeds ---------------------------------------------------------------------------------------

def test_seed_002_known_problems():
    checks = run_on(extract_file(seed("002")))
    yoy = codes(checks, "YOY_LABEL_MISMATCH")
    assert len(yoy) == 1 and "indicator 5" in yoy[0].message
    assert "75.54" in yoy[0].message and "75.40" in yoy[0].message
    totals = codes(checks, "TOTAL_MISMATCH")
    assert sorted(c.message[:6] for c in totals) == ["FY2563", "FY2564"]
    assert any("59.82" in c.message for c in totals) and any("53.03" in c.message for c in totals)
    # the 2563 column prints 54.78 as F; the band of 54.78 is E (50.00–54.99)
    grade = codes(checks, "GRADE_SCORE_MISMATCH")
    assert [(c.severity, "FY2563" in c.message, "'E'" in c.message) for c in grade] == [("error", True, True)]


@pytest.mark.parametrize("stem", ["000", "003"])
def test_seeds_without_score_errors(stem):
    checks = run_on(extract_file(seed(stem)))
    assert [c.code for c in checks if c.severity == "error"] == []
    assert codes(checks, "TOTAL_MISMATCH") == []


def test_seed_003_garbled_indicator_name_is_only_info():
    checks = run_on(extract_file(seed("003")))
    assert [(c.code, c.severity) for c in checks] == [("INDICATOR_NAME_UNKNOWN", "info")]


# --- schemas/rules.py ---------------------------------------------------------------------------------

def test_rules_are_a_table_of_years_with_certainty():
    assert sorted(R.YEARS) == list(range(2561, 2570))
    assert R.rules_for(None) is None and R.rules_for(2560) is None
    assert R.rules_for(2564).weights.verified and not R.rules_for(2565).weights.verified
    r68 = R.rules_for(2568)
    assert r68.tool_parts.value == {"EIT": (1, 2)} and r68.tool_parts.verified
    assert r68.part_weights.value == {("EIT", 1): 0.15, ("EIT", 2): 0.15} and not r68.part_weights.verified
    assert r68.pass_mark.value == 85 and not r68.pass_mark.verified and R.rules_for(2566).pass_mark.verified
    assert R.rules_for(2561).indicators is None and R.rules_for(2561).weights is None
    assert R.rules_for(2563).scale.value.kind == "letter" and R.rules_for(2566).scale.value.kind == "thai"
    r69 = R.rules_for(2569)
    assert all(f.certainty == "unverified" for f in (r69.tools, r69.weights, r69.indicators, r69.scale, r69.pass_mark))
    assert all(c.certainty == "unverified" for lv in r69.scale.value.levels for c in lv.conditions)


def test_certainty_tags_and_cap():
    assert R.certainty_of("[S][V]") == "verified" and R.certainty_of("[V][T]") == "verified"
    assert R.certainty_of("[I]") == "unverified" and R.certainty_of("[T/U]") == "unverified"
    assert R.cap("error", "unverified") == "warning" and R.cap("info", "unverified") == "info"
    assert R.cap("error", "verified") == "error"


def test_measure_items_by_year():
    assert R.measure_item_years("O42", R.O42) == (2563, 2564, 2565, 2566, 2567)
    assert R.measure_item_years("O43", R.O43) == (2563, 2564, 2565, 2566, 2567)
    assert R.rules_for(2568).measure_items is None and R.rules_for(2569).measure_items is None
    assert not R.rules_for(2562).measure_items.verified


@pytest.mark.parametrize("score,year,grade", [
    (95.0, 2565, "AA"), (94.99, 2565, "A"), (84.995, 2564, "A"), (84.99, 2564, "B"), (54.78, 2563, "E"),
    (49.99, 2562, "F"), (86.50, 2561, "สูงมาก"), (66.79, 2561, "สูง"), (91.0, 2566, None), (91.0, 2569, None),
    (80.0, 2567, "ต้องปรับปรุง"), (60.0, 2567, "ต้องปรับปรุงโดยด่วน"), (91.0, None, None),
])
def test_grade_for(score, year, grade):
    assert R.grade_for(score, year) == grade


def test_grade_for_thai_levels_with_tools():
    assert R.grade_for(90.0, 2568, {"IIT": 90, "EIT": 84, "OIT": 94}) == "ผ่าน"
    assert R.grade_for(90.0, 2568, {"IIT": 90, "EIT": 90, "OIT": 90}) == "ผ่านดี"
    assert R.grade_for(97.0, 2568, {"IIT": 97, "EIT": 97, "OIT": 97}) == "ผ่านดีเยี่ยม"

"""ITA facts as data: indicators and their name variants, tools, result levels.

Source: docs/ITA_METHODOLOGY.md (FY 2562-2568). Name variants are spellings seen in real reports;
adding one here is how a new report's wording is supported. Matching is done on text with
whitespace removed (see ``extract.parse.indicators``).
"""
from __future__ import annotations

from typing import Literal, NamedTuple

Tool = Literal["IIT", "EIT", "OIT"]


class Indicator(NamedTuple):
    number: int
    tool: Tool
    name: str
    variants: tuple[str, ...] = ()


INDICATORS: tuple[Indicator, ...] = (
    Indicator(1, "IIT", "การปฏิบัติหน้าที่"),
    Indicator(2, "IIT", "การใช้งบประมาณ"),
    Indicator(3, "IIT", "การใช้อำนาจ"),
    Indicator(4, "IIT", "การใช้ทรัพย์สินของราชการ", ("การใช้ทรัพย์สินของทางราชการ", "การใช้ทรัพย์สินราชการ")),
    Indicator(5, "IIT", "การแก้ไขปัญหาการทุจริต",
              ("การแก้ไขปัญหาทุจริต", "การแก้ไขปัญหาคอร์รัปชัน", "การแก้ไขปัญหาคอรัปชั่น",
               "การแก้ไขปัญหาการคอร์รัปชัน")),
    Indicator(6, "EIT", "คุณภาพการดำเนินงาน"),
    Indicator(7, "EIT", "ประสิทธิภาพการสื่อสาร"),
    Indicator(8, "EIT", "การปรับปรุงระบบการทำงาน", ("การปรับปรุงการทำงาน",)),
    Indicator(9, "OIT", "การเปิดเผยข้อมูล"),
    Indicator(10, "OIT", "การป้องกันการทุจริต", ("การป้องกันทุจริต",)),
)
INDICATOR_BY_NUMBER = {i.number: i for i in INDICATORS}

TOOLS: dict[str, tuple[int, ...]] = {"IIT": (1, 2, 3, 4, 5), "EIT": (6, 7, 8), "OIT": (9, 10)}

# Names a report uses for a tool (besides the bare code). Longest first is not needed: matching
# looks for the code in parentheses first, then these phrases.
# English names as the NACC's English pages and news in English write them (matched ignoring case):
# "Open Data Integrity and Transparency Assessment", "the open data assessment (OIT)", "the internal
# stakeholder survey (IIT)". "Open Data" alone is indicator 9 (score_cues.INDICATOR_NAMES_EN).
TOOL_NAMES: dict[Tool, tuple[str, ...]] = {
    "IIT": ("ผู้มีส่วนได้ส่วนเสียภายใน", "ผู้มีส่วนได้เสียภายใน", "Internal Integrity", "internal stakeholder"),
    "EIT": ("ผู้มีส่วนได้ส่วนเสียภายนอก", "ผู้มีส่วนได้เสียภายนอก", "External Integrity", "external stakeholder"),
    "OIT": ("การเปิดเผยข้อมูลสาธารณะ", "การเปิดเผยสาธารณะ", "Open Data Integrity", "open data assessment"),
}

# Result levels by era. Letter grades 2562-2565, by score band (inclusive lower bounds on the 2-dp
# score; the one table of them: schemas.rules builds the letter scale from it); Thai pass levels
# from 2566; 2561 used a five-step Thai scale. Thai names longest first, so that "ผ่านดีเยี่ยม" is
# not read as "ผ่าน".
LETTER_BANDS: tuple[tuple[float, str], ...] = (
    (95.0, "AA"), (85.0, "A"), (75.0, "B"), (65.0, "C"), (55.0, "D"), (50.0, "E"), (0.0, "F"),
)
LETTER_GRADES = tuple(name for _, name in LETTER_BANDS)
THAI_LEVELS = ("ต้องปรับปรุงโดยด่วน", "ต้องปรับปรุง", "ผ่านดีเยี่ยม", "ผ่านดี", "ไม่ผ่าน", "ผ่าน")
OLD_THAI_LEVELS = ("สูงมาก", "ปานกลาง", "ต่ำมาก", "สูง", "ต่ำ")

# Plausible Buddhist-era years for an ITA report (OCR and typos produce others). The one range
# for year mentions (normalize.dates), every parser and the records' validation.
FISCAL_YEAR_RANGE = (2555, 2575)
# Words a report's title puts before the year it is about when it does not write "ปีงบประมาณ"
# ("มาตรการ… ประจำปี ๒๕๖๘"): that year beats the date a notice or memo is signed or dated (often
# the next fiscal year: a memo of ๒ มกราคม ๒๕๖๙ reporting on ๒๕๖๘).
REPORT_YEAR_CUES: tuple[str, ...] = ("ประจำปี",)
# Names whose year is the named thing's, not the report's: a law, a rule, a strategy, a resolution (their year
# is when they were made), and a budget ordinance ("ร่างข้อบัญญัติงบประมาณรายจ่ายประจำปี ๒๕๖๙" in the minutes
# of a meeting of August ๒๕๖๘, "เทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2569": next year's budget,
# passed before that year starts). A year up to NAMED_YEAR_REACH letters after one of these is not read as
# the report's year; after a budget ordinance's (BUDGET_ORDINANCE_WORDS) not as its fiscal year either.
BUDGET_ORDINANCE_WORDS: tuple[str, ...] = ("ข้อบัญญัติ", "เทศบัญญัติ", "พระราชบัญญัติงบประมาณ", "พ.ร.บ.งบประมาณ")
NAMED_YEAR_WORDS: tuple[str, ...] = ("พระราชบัญญัติ", "พ.ร.บ.", "พรบ.", "ระเบียบ", "ยุทธศาสตร์", "แผนแม่บท", "มติ",
                                     "ประกาศคณะ", *BUDGET_ORDINANCE_WORDS)
NAMED_YEAR_REACH = 80
# Years of another calendar than the fiscal year (October–September): a school's academic year runs May to
# March ("ปีการศึกษา 2567" is in fiscal years 2567 and 2568). A year after one of these words (at most
# OTHER_YEAR_REACH letters between) is no fiscal year; when it is the first year a document names, its fiscal
# year is left out (FISCAL_YEAR_OTHER_CALENDAR), not guessed.
OTHER_CALENDAR_YEAR_WORDS: tuple[str, ...] = ("ปีการศึกษา",)
OTHER_YEAR_REACH = 8
# A multi-year plan states only its span ("แผนปฏิบัติการป้องกันการทุจริต ระยะ ๔ ปี (พ.ศ. ๒๕๖๗ - ๒๕๗๐)"):
# with no other year in the document, the report's year is the span's first (gold: a 4-year plan of
# 2561–2564 is 2561). A longer span is a national strategy's (ยุทธศาสตร์ชาติ ๒๕๖๑–๒๕๘๐), no plan of the body's.
PLAN_SPAN_MAX_YEARS = 5


def plausible_year(year: int) -> bool:
    """A B.E. year an ITA report can be about or dated in."""
    return FISCAL_YEAR_RANGE[0] <= year <= FISCAL_YEAR_RANGE[1]

"""Bilingual pieces of check messages: the reasons code gives, and how a score is named.

A field of ``make_check`` given as a ``Phrase`` fills the English message with ``en`` and the Thai
message with ``th``, so a Thai message never carries an English reason ("(empty first cell)").
Every reason a parser or check gives is here, keyed by a short name, in one table.
"""
from __future__ import annotations

from typing import NamedTuple

from schemas.ita import INDICATOR_BY_NUMBER


class Phrase(NamedTuple):
    en: str
    th: str

    def format(self, **fields: object) -> Phrase:
        return Phrase(self.en.format(**fields), self.th.format(**fields))

    def __str__(self) -> str:  # where code compares or prints a reason, it reads the English
        return self.en


REASONS: dict[str, Phrase] = {
    # continuation rows merged into the row above (ROW_MERGED), extract/parse/measures.py
    "empty_first_cell": Phrase("empty first cell", "ช่องแรกของแถวว่าง"),
    "continued_marker": Phrase("(ต่อ)", "มีคำว่า (ต่อ)"),
    "numbered_fragment": Phrase("fragment of the numbered row above", "เป็นส่วนต่อของแถวที่มีเลขลำดับด้านบน"),
    "word_cut": Phrase("title continues a word cut by the page break", "ชื่อมาตรการต่อจากคำที่ถูกตัดที่ขึ้นหน้าใหม่"),
    "mid_phrase": Phrase("title above ends mid-phrase", "ชื่อมาตรการในแถวบนจบกลางวลี"),
    "unnumbered_fragment": Phrase("un-numbered fragment after a page break", "เป็นข้อความไม่มีเลขลำดับหลังขึ้นหน้าใหม่"),
    "list_continues": Phrase("list cells continue the row above", "รายการในช่องต่อจากแถวด้านบน"),
    # numbered lists read as measures (MEASURES_FROM_LIST), extract/parse/measures_lists.py
    "lead_in_improvements": Phrase("a lead-in naming improvements in an analysis of assessment results",
                                   "ข้อความนำระบุแนวทางปรับปรุงในการวิเคราะห์ผลการประเมิน"),
    "lead_in_measures": Phrase("a lead-in naming measures or rules", "ข้อความนำระบุว่าเป็นมาตรการหรือแนวปฏิบัติ"),
    "items_named": Phrase("items named as projects, activities or measures",
                          "แต่ละรายการระบุว่าเป็นโครงการ กิจกรรม หรือมาตรการ"),
    # prose numbers whose subject is unclear (SCORE_ROLE_UNCLEAR), extract/parse/score_roles.py
    "no_subject": Phrase("no subject (overall, tool or indicator) named",
                         "ไม่ระบุว่าเป็นคะแนนภาพรวม เครื่องมือ หรือตัวชี้วัด"),
    "several_indicators": Phrase("several indicators named ({numbers})", "ระบุตัวชี้วัดหลายตัว ({numbers})"),
    "several_tools": Phrase("several tools named ({tools})", "ระบุเครื่องมือหลายตัว ({tools})"),
    "comparison_year": Phrase("the earlier value of a comparison whose year is not stated",
                              "เป็นค่าก่อนหน้าของการเปรียบเทียบที่ไม่ระบุปี"),
}


def reason(key: str, **fields: object) -> Phrase:
    """The reason ``key`` of the table, its fields filled."""
    return REASONS[key].format(**fields) if fields else REASONS[key]


def score_name(level: str, tool: str | None = None, part: int | None = None,
               indicator: int | None = None) -> Phrase:
    """How a message names a score ("overall score" / "คะแนนภาพรวม")."""
    if level == "overall":
        return Phrase("overall score", "คะแนนภาพรวม")
    if level == "tool":
        return Phrase(f"{tool}{f' part {part}' if part else ''} score",
                      f"คะแนน {tool}{f' ส่วนที่ {part}' if part else ''}")
    name = INDICATOR_BY_NUMBER[indicator].name if indicator in INDICATOR_BY_NUMBER else ""
    return Phrase(f"indicator {indicator} ({name}) score", f"คะแนนตัวชี้วัดที่ {indicator} ({name})")

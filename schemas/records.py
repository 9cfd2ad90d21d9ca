"""The records ita-extract produces: one pydantic model per output table.

Field names and order are the output contract the README states (reports.csv, scores.csv,
measures.csv, findings.csv, checks.csv): fields are only ever added, after the others, never renamed.
Every record carries where it came from as a typed ``where`` (page, line, table, row, cell, and the
box on a PDF page where the reader knows it); the contract's ``page`` and human-readable
``location`` columns are rendered from it when the record is made, so the three never disagree.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator, with_config
from typing_extensions import TypedDict  # pydantic needs this one before Python 3.12

from schemas.ita import FISCAL_YEAR_RANGE, Tool

__all__ = ["Tool"]  # the rest is defined here

Severity = Literal["error", "warning", "info"]
Status = Literal["ok", "partial", "failed"]
ScoreLevel = Literal["overall", "tool", "indicator"]
ScoreSubject = tuple[ScoreLevel, "Tool | None", "int | None", "int | None"]
ScoreKey = tuple["int | None", ScoreLevel, "Tool | None", "int | None", "int | None"]
TableKind = Literal["plan", "implementation", "improvement"]
ReportKind = Literal["analysis", "measures", "implementation", "mixed"]


# One part of a location as Where writes it ("page 3"); read back only from results saved before
# records carried their Where (Where.parse).
WHERE_PART = re.compile(r"\b(page|line|table|row) (\d+)")
BOX_DECIMALS = 2  # PDF points to 1/100: finer than any glyph, and the same bytes on every machine


class Box(BaseModel):
    """A rectangle on a PDF page in points, measured as pdfplumber does: from the page's left edge
    (x0, x1) and its top edge (top, bottom)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    x0: float
    top: float
    x1: float
    bottom: float

    @classmethod
    def of(cls, bbox: tuple[float, float, float, float]) -> Box:
        """A pdfplumber ``bbox`` (x0, top, x1, bottom), rounded to BOX_DECIMALS."""
        x0, top, x1, bottom = (round(float(v), BOX_DECIMALS) for v in bbox)
        return cls(x0=x0, top=top, x1=x1, bottom=bottom)


class Where(BaseModel):
    """A place in the source: a page (PDF/DOCX/OCR) or a line (text; a paragraph in DOCX), plus
    table, row and cell (1-based column) if any, and ``bbox``, the box of the line, row or cell on
    a PDF page where the reader knows it. Its words (``str``) are the records' ``location``: page,
    line, table and row only, as the output contract has always spelt them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    page: int | None = None
    line: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    bbox: Box | None = None

    def parts(self) -> list[tuple[str, int]]:
        """The parts a location names, in order: ("page", 3), ("table", 2), ("row", 4)."""
        return [(name, number) for name, number in
                (("page", self.page), ("line", self.line), ("table", self.table), ("row", self.row))
                if number is not None]

    def __str__(self) -> str:
        return ", ".join(f"{name} {number}" for name, number in self.parts())

    @classmethod
    def parse(cls, location: str) -> Where:
        """A ``location`` ("page 3, table 2, row 4") read back: the inverse of ``str``. Only for
        results saved before records carried their Where (``_located``); cell and box are lost."""
        return cls.model_validate({k: int(v) for k, v in WHERE_PART.findall(location)})

    @property
    def first(self) -> int | None:
        """The contract's ``page`` column: the PDF page, or the text line."""
        return self.page if self.page is not None else self.line

    @property
    def place(self) -> Where:
        """Page and line only: where a record is, without table, row or cell."""
        return Where(page=self.page, line=self.line)


def _located(data: Any, columns: tuple[str, ...]) -> Any:
    """Record data with ``location`` (and the ``columns`` of page/line) rendered from ``where``.

    Data without ``where`` is a result saved before records carried it: its location's words are
    read back (Where.parse), so it audits as it did when it was extracted."""
    if not isinstance(data, dict):
        return data
    where = data.get("where")
    if where is None:
        where = Where.parse(data.get("location") or "")
    elif not isinstance(where, Where):
        where = Where.model_validate(where)
    data = {**data, "where": where, "location": str(where)}
    if "line" in columns:  # a check: page and line columns of their own
        data["line"] = where.line
        data["page"] = where.page
    elif "page" in columns:  # the contract's page: the PDF page, or the line of a text
        data["page"] = where.first
    return data


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    report_id: str = ""


class Located(BaseModel):
    """A model with a ``where`` (each declares it, last) whose ``location`` and ``PLACE_COLUMNS``
    are rendered from it when it is made."""

    PLACE_COLUMNS: ClassVar[tuple[str, ...]] = ("page",)

    @model_validator(mode="before")
    @classmethod
    def _render_location(cls, data: Any) -> Any:
        return _located(data, cls.PLACE_COLUMNS)


class Check(Record, Located):
    """A problem (or a repair) found while reading or checking a report."""

    PLACE_COLUMNS = ("page", "line")

    severity: Severity
    code: str = Field(pattern=r"^[A-Z][A-Z0-9_]+$")
    message: str
    message_th: str
    location: str = ""
    page: int | None = None
    line: int | None = None
    before: str | None = None
    after: str | None = None
    source_text: str | None = None  # the text the check is about, quoted from the source
    where: Where = Field(default_factory=Where)

    def at(self, where: Where, **update: Any) -> Check:
        """A new check like this one pointing at ``where`` (its location, page and line rendered
        from it), with ``update``'s fields changed."""
        return Check.model_validate({**dict(self), **update, "where": where})


@with_config(ConfigDict(extra="forbid"))
class Sources(TypedDict, total=False):
    """Where each metadata field of a report was found, in words ("page 2", "line 4").

    A fixed set of keys, so Parquet stores it as a struct (one column per key) and JSON Schema
    lists them; a key not declared here is a validation error, not a silent new column.
    """

    organization: str
    district: str
    province: str
    fiscal_year: str
    overall_score: str


class Report(Record):
    """One row per input file, whatever happened to it."""

    source_file: str
    source_sha256: str
    status: Status = "ok"
    organization: str | None = None
    org_type: str | None = None
    district: str | None = None
    province: str | None = None
    fiscal_year: int | None = Field(default=None, ge=FISCAL_YEAR_RANGE[0], le=FISCAL_YEAR_RANGE[1])
    report_kind: ReportKind | None = None
    overall_score: float | None = Field(default=None, ge=0, le=100)
    overall_grade: str | None = None
    reader: str | None = None
    encoding: str | None = None
    pages: int | None = None
    n_scores: int = 0
    n_measures: int = 0
    n_findings: int = 0
    n_errors: int = 0
    n_warnings: int = 0
    sources: Sources = Field(default_factory=Sources)


class Score(Record, Located):
    fiscal_year: int | None = None
    level: ScoreLevel
    tool: Tool | None = None
    part: int | None = None
    indicator: int | None = Field(default=None, ge=1, le=10)
    indicator_name: str | None = None
    score: float
    grade: str | None = None
    change_label: str | None = None
    page: int | None = None
    location: str = ""
    source_text: str | None = None
    where: Where = Field(default_factory=Where)

    @property
    def subject(self) -> ScoreSubject:
        """What the score is of, in any year: (level, tool, part, indicator)."""
        return (self.level, self.tool, self.part, self.indicator)

    @property
    def key(self) -> ScoreKey:
        """What identifies a stated score within a report: its year and subject (one score each)."""
        return (self.fiscal_year, *self.subject)


class Measure(Record, Located):
    table: TableKind
    row: int
    title: str
    indicators: list[int] = Field(default_factory=list)
    steps: list[str] = Field(default_factory=list)
    responsible: list[str] = Field(default_factory=list)
    timeframe: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    rationale: str | None = None
    follow_up: str | None = None
    output: str | None = None
    outcome: str | None = None
    status: str | None = None
    recommendation: str | None = None
    page: int | None = None
    note: str | None = None
    location: str = ""
    table_index: int | None = None
    table_fiscal_year: int | None = None
    section: str | None = None
    where: Where = Field(default_factory=Where)


class Finding(Record, Located):
    indicator: int = Field(ge=1, le=10)
    tool: Tool | None = None
    text: str
    page: int | None = None
    location: str = ""
    where: Where = Field(default_factory=Where)


class IndicatorLabel(Located):
    """How a report printed an indicator it gives a score for (for name/number consistency)."""

    PLACE_COLUMNS = ()

    printed_number: int | None = None
    text: str
    indicator: int
    by_name: int | None = None
    tool: Tool | None = None
    location: str = ""
    where: Where = Field(default_factory=Where)


class Evidence(BaseModel):
    """What extraction saw that the checks need but the output tables do not carry. Saved with the
    result (its JSON, the run journal), so a result read back audits as it did when extracted."""

    org_variants: dict[str, list[Where]] = Field(default_factory=dict)  # spelling → where it is printed
    indicator_labels: list[IndicatorLabel] = Field(default_factory=list)
    pass_mark: float | None = None

    @field_validator("org_variants", mode="before")
    @classmethod
    def _saved_as_words(cls, value: Any) -> Any:
        """Places saved before they were Wheres ("line 3") are read back from their words."""
        if not isinstance(value, dict):
            return value
        return {name: [Where.parse(p) if isinstance(p, str) else p for p in places]
                if isinstance(places, list) else places for name, places in value.items()}


class Result(BaseModel):
    """Everything extracted from one input file."""

    report: Report
    scores: list[Score] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    evidence: Evidence = Field(default_factory=Evidence)


RECORD_TYPES: dict[str, type[Record]] = {
    "reports": Report,
    "scores": Score,
    "measures": Measure,
    "findings": Finding,
    "checks": Check,
}

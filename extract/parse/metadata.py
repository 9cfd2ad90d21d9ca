"""Report metadata: organization (with type), district, province, fiscal year, report kind.

Reports misspell their own names (a cover says ไชยมังคผล, the body ไชยมงคล). Every spelling is
collected with the lines it occurs on; the name used most wins, and for places a spelling that
is a real district/province (geothai gazetteer) beats one that is not.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from normalize.dates import FISCAL, find_years, parse_date, year_mentions
from normalize.digits import thai_to_arabic
from normalize.text import clean_text
from schemas.check_codes import make_check
from schemas.ita import FISCAL_YEAR_RANGE, plausible_year
from schemas.records import Check, Where

# Organization types, longest first; the name follows the type word directly.
ORG_TYPES: tuple[tuple[str, str], ...] = (
    ("องค์การบริหารส่วนจังหวัด", "องค์การบริหารส่วนจังหวัด"),
    ("องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนตำบล"),
    ("อบต.", "องค์การบริหารส่วนตำบล"),
    ("อบจ.", "องค์การบริหารส่วนจังหวัด"),
    ("เทศบาลนคร", "เทศบาลนคร"),
    ("เทศบาลเมือง", "เทศบาลเมือง"),
    ("เทศบาลตำบล", "เทศบาลตำบล"),
    ("สำนักงานสาธารณสุขจังหวัด", "สำนักงานสาธารณสุขจังหวัด"),
    ("สำนักงานสาธารณสุขอำเภอ", "สำนักงานสาธารณสุขอำเภอ"),
    ("โรงพยาบาลส่งเสริมสุขภาพตำบล", "โรงพยาบาลส่งเสริมสุขภาพตำบล"),
    ("โรงพยาบาล", "โรงพยาบาล"),
    ("โรงเรียน", "โรงเรียน"),
    ("วิทยาลัย", "วิทยาลัย"),
    ("มหาวิทยาลัย", "มหาวิทยาลัย"),
)
# Words that can follow a type word but are not a name ("เทศบาลตำบลทุกแห่ง", "โรงพยาบาลของรัฐ").
NOT_A_NAME = ("ทุก", "ของ", "และ", "ใน", "ที่", "แห่ง", "ต่าง", "ดังกล่าว", "นั้น", "นี้", "ทั่ว", "ทัน", "เป็น",
              "จะ", "ได้", "มี", "ไม่", "ให้", "ซึ่ง", "โดย", "เพื่อ", "กับ", "ต้อง", "ทั้ง", "อื่น")

_TYPE_ALT = "|".join(regex.escape(t) for t, _ in sorted(ORG_TYPES, key=lambda t: -len(t[0])))
ORG = regex.compile(rf"({_TYPE_ALT})\s?([\p{{Thai}}]{{2,40}})")
_ORG_TYPE = dict(ORG_TYPES)
DISTRICT = regex.compile(r"(?:อำเภอ|(?<!\p{Thai})อ\.)\s?([\p{Thai}]{2,30})")
PROVINCE = regex.compile(r"(?:จังหวัด|(?<!\p{Thai})จ\.)\s?([\p{Thai}]{2,30})")
SIGNED = regex.compile(r"(?:ประกาศ|สั่ง)\s*ณ\s*วันที่\s*(.{4,40}?[0-9๐-๙]{4})")
# years that name a law, plan or period, not the report's year
NAMED_YEAR = regex.compile(
    r"(?:พระราชบัญญัติ|พ\.ร\.บ\.|พรบ\.|ระเบียบ|ยุทธศาสตร์|แผนแม่บท|มติ|ประกาศคณะ)[^0-9๐-๙]{0,80}[0-9๐-๙]{4}"
    r"|\(?พ\.ศ\.\s*[0-9๐-๙]{4}\s*[-–]\s*[0-9๐-๙]{4}\)?")
# Words that end a name or a place (compiled once, not per call).
NAME_END = regex.compile(r"อำเภอ|จังหวัด|ตำบล(?=\p{Thai})|ประจำปี|ได้|มีผล|พบว่า|ในการ|ซึ่ง|โดย")
PLACE_END = regex.compile(r"จังหวัด|อำเภอ|ตำบล|ประจำปี|โทร")
TITLE_KIND = (
    ("รายงานผลการดำเนิน", "implementation"),
    ("รายงานการดำเนินการ", "implementation"),
    ("รายงานการวิเคราะห์", "analysis"),
    ("มาตรการ", "measures"),
)


def _may_name_org(text: str) -> bool:
    """False when no type word can occur in the text: substring tests are many times cheaper
    than an ORG scan of Thai text, and most lines name no organization."""
    return ("เทศบาล" in text or "องค์การบริหารส่วน" in text or "อบต." in text or "อบจ." in text
            or "สำนักงานสาธารณสุข" in text or "โรงพยาบาล" in text or "โรงเรียน" in text or "วิทยาลัย" in text)


assert all(_may_name_org(t) for t, _ in ORG_TYPES), "a new type word in ORG_TYPES needs its key in _may_name_org"


@dataclass
class Metadata:
    organization: str | None = None
    org_type: str | None = None
    district: str | None = None
    province: str | None = None
    fiscal_year: int | None = None
    title_kind: str | None = None
    sources: dict[str, str] = field(default_factory=dict)
    org_variants: dict[str, list[str]] = field(default_factory=dict)
    district_variants: dict[str, list[str]] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)

    def implausible(self, text: str, year: int, where: Where) -> None:
        """A stated year a typo or misreading put outside the plausible range: warn, do not use it."""
        self.checks.append(make_check("YEAR_IMPLAUSIBLE", where, text=text[:80], year=year,
                                      low=FISCAL_YEAR_RANGE[0], high=FISCAL_YEAR_RANGE[1]))


@dataclass
class _Seen:
    count: Counter = field(default_factory=Counter)
    first: dict[str, Where] = field(default_factory=dict)
    places: dict[str, list[str]] = field(default_factory=dict)

    def add(self, value: str, where: Where) -> None:
        self.count[value] += 1
        self.first.setdefault(value, where)
        self.places.setdefault(value, []).append(str(where))


def parse_metadata(texts: list[tuple[str, Where]]) -> Metadata:
    """Metadata from all text units of a report (lines and table cells), with provenance."""
    orgs, districts, provinces = _Seen(), _Seen(), _Seen()
    meta = Metadata()
    for raw, where in texts:
        text = clean_text(raw)
        if not text:
            continue
        if _may_name_org(text):
            for m in ORG.finditer(text):
                name = _trim_name(m.group(2))
                if name:
                    orgs.add(f"{_ORG_TYPE[m.group(1)]}\t{name}", where)
        if "อำเภอ" in text or "อ." in text:
            for m in DISTRICT.finditer(text):
                districts.add(_cut_place(m.group(1)), where)
        if "จังหวัด" in text or "จ." in text:
            for m in PROVINCE.finditer(text):
                provinces.add(_cut_place(m.group(1)), where)
        if meta.fiscal_year is None:
            year = _fiscal_year(text, meta, where)
            if year:
                meta.fiscal_year = year
                meta.sources["fiscal_year"] = str(where)
        if meta.title_kind is None:
            meta.title_kind = next((k for w, k in TITLE_KIND if w in text), None)
    _choose_org(meta, orgs)
    _choose_places(meta, districts, provinces)
    if meta.fiscal_year is None:
        _fallback_year(meta, texts)
    return meta


def _fallback_year(meta: Metadata, texts: list[tuple[str, Where]]) -> None:
    """No "ปีงบประมาณ N": the fiscal year of the signing date ("ประกาศ ณ วันที่ ๑๓ พฤศจิกายน
    พ.ศ. ๒๕๖๒" → 2563), else the first year that is not part of a law's or plan's name."""
    for raw, where in texts:
        m = SIGNED.search(clean_text(raw))
        day = parse_date(m.group(1)) if m else None
        if day:
            year = day.year + 543 + (1 if day.month >= 10 else 0)
            if not plausible_year(year):
                meta.implausible(m.group(1), day.year + 543, where)
                continue
            meta.fiscal_year = year
            meta.sources["fiscal_year"] = str(where)
            return
    for raw, where in texts:
        text = NAMED_YEAR.sub(" ", clean_text(raw))
        years = find_years(text)
        if years:
            meta.fiscal_year = years[0]
            meta.sources["fiscal_year"] = str(where)
            return


def _fiscal_year(text: str, meta: Metadata, where: Where) -> int | None:
    """The year of the first "ปีงบประมาณ N" with a plausible N; an implausible N is warned about."""
    if "งบ" not in text:  # FISCAL needs "ปีงบ…"
        return None
    for m in FISCAL.finditer(thai_to_arabic(text)):
        years = year_mentions(m.group(0))
        if years and plausible_year(years[0]):
            return years[0]
        if years:
            meta.implausible(text[m.start():m.end()], years[0], where)
    return None


def _trim_name(name: str) -> str | None:
    for word in NOT_A_NAME:
        if name.startswith(word):
            return None
    # a place name never contains these words; cut there ("น้ำคำใหญ่อำเภอเมือง")
    name = NAME_END.split(name)[0]
    return name if len(name) >= 2 else None


def _cut_place(name: str) -> str:
    return PLACE_END.split(name)[0]


def _choose_org(meta: Metadata, orgs: _Seen) -> None:
    if not orgs.count:
        return
    # merge a spelling that only extends a more frequent one ("สบปราบมีผล…" → "สบปราบ")
    counts = Counter()
    places: dict[str, list[str]] = {}
    for value, n in orgs.count.items():
        base = min((v for v in orgs.count if value.startswith(v) and v != value), key=len, default=value)
        counts[base] += n
        places.setdefault(base, []).extend(orgs.places[value])
    type_counts = Counter()
    for value, n in counts.items():
        type_counts[value.split("\t")[0]] += n
    main_type = type_counts.most_common(1)[0][0]
    same_type = {v: n for v, n in counts.items() if v.split("\t")[0] == main_type}
    best = max(same_type, key=lambda v: (same_type[v], -_first_line(orgs, v)))
    org_type, name = best.split("\t")
    meta.org_type = org_type
    meta.organization = org_type + name
    meta.sources["organization"] = str(orgs.first[best])
    meta.org_variants = {v.replace("\t", ""): places[v] for v in same_type}


def _first_line(seen: _Seen, value: str) -> int:
    where = seen.first[value]
    return (where.page or 0) * 100000 + (where.line or 0)


def _choose_places(meta: Metadata, districts: _Seen, provinces: _Seen) -> None:
    gazetteer = _gazetteer()
    if provinces.count:
        best = max(provinces.count, key=lambda v: (v in gazetteer["provinces"], provinces.count[v],
                                                   -_first_line(provinces, v)))
        meta.province = best
        meta.sources["province"] = str(provinces.first[best])
    if districts.count:
        def rank(v: str) -> tuple:
            real = gazetteer["districts"].get(v)
            in_province = bool(real and meta.province in real)
            return (in_province, bool(real), districts.count[v], -_first_line(districts, v))
        best = max(districts.count, key=rank)
        meta.district = best
        meta.sources["district"] = str(districts.first[best])
        meta.district_variants = {v: [str(districts.first[v])] for v in districts.count}
    if meta.district is None and meta.org_type == "สำนักงานสาธารณสุขอำเภอ" and meta.organization:
        meta.district = meta.organization[len(meta.org_type):]
        meta.sources["district"] = meta.sources.get("organization", "")


@lru_cache(maxsize=1)
def _gazetteer() -> dict:
    """Thai district names → their provinces, and the province names (geothai)."""
    import geothai

    districts: dict[str, set[str]] = {}
    provinces: set[str] = set()
    for p in geothai.provinces():
        provinces.add(p.name_th)
        for d in geothai.districts(p.code):
            name = d.name_th.removeprefix("เขต")
            districts.setdefault(name, set()).add(p.name_th)
    return {"districts": districts, "provinces": provinces}

"""Report metadata: organization (with type), district, province, fiscal year, report kind.

The organization is the document's subject (``extract/parse/subject.py``: body candidates, their
roles and features, spellings merged; wording in ``schemas/bodies.py``). A document about several
bodies has none, and no places (``Metadata.several``). For places a spelling that is a real
district/province (geothai gazetteer) beats one that is not; a place that only locates several
bodies ("หน่วยงานภายในจังหวัด…") or an awarding official is not the subject's.
"""
from __future__ import annotations

import difflib

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from normalize import patterns

from normalize.dates import FISCAL, FISCAL_UNREAD, find_years, fiscal_year_of, parse_date, parse_period, year_mentions
from normalize.digits import be_year, thai_to_arabic
from extract.parse.subject import Subject, expand, find_subject, name_alone
from schemas import bodies as B
from schemas.check_codes import make_check
from schemas.ita import (BUDGET_ORDINANCE_WORDS, FISCAL_YEAR_RANGE, NAMED_YEAR_REACH, NAMED_YEAR_WORDS,
                         OTHER_CALENDAR_YEAR_WORDS, OTHER_YEAR_REACH,
                         PLAN_SPAN_MAX_YEARS, REPORT_YEAR_CUES, plausible_year)
from schemas.measure_cues import ASSESSED_YEAR_BEFORE, MEASURES_YEAR_BEFORE, YEARS_JOINED
from schemas.records import Check, ReportKind, Sources, Where
from schemas.score_cues import MONEY_HEADER

# "อำเภอเมือง", "อ.เมือง", form fields with dot leaders "จังหวัด.....ขอนแก่น"
DISTRICT = patterns.compile(r"(อำเภอ|(?<!\p{Thai})อ\.)[\s.…_:]*([\p{Thai}]{2,30})")
PROVINCE = patterns.compile(r"(จังหวัด|จ\.)[\s.…_:]*([\p{Thai}]{2,30})")
# "เขตบางเขน กรุงเทพมหานคร": a district of the capital with the capital after it (schemas.bodies.CAPITAL_*)
CAPITAL_DISTRICT = patterns.compile(rf"({B.CAPITAL_DISTRICT_WORD})\s?(\p{{Thai}}{{2,30}}?)(?=\s*+(?:"
                                    + "|".join(map(regex.escape, B.CAPITAL_SPELLINGS)) + "))")
EVALUATOR_PLACE = patterns.compile("|".join(B.EVALUATOR_PLACE_BEFORE))
VENUE = patterns.compile("|".join(B.VENUE_BEFORE_PLACE))
SIGNED = patterns.compile(r"(?:ประกาศ|สั่ง)\s*ณ\s*วันที่\s*(.{4,40}?[0-9๐-๙]{4})")
# years that name a law, plan or period, not the report's year
NAMED_LAW_YEAR = ("(?:" + "|".join(map(regex.escape, NAMED_YEAR_WORDS)) + f")[^0-9๐-๙]{{0,{NAMED_YEAR_REACH}}}"
                  r"[0-9๐-๙]{4}")
# a budget ordinance's year, "ปีงบประมาณ" or not: next year's budget, no fiscal year of the report
BUDGET_ORDINANCE_YEAR = patterns.compile("(?:" + "|".join(map(regex.escape, BUDGET_ORDINANCE_WORDS))
                                         + f")[^0-9๐-๙]{{0,{NAMED_YEAR_REACH}}}[0-9๐-๙]{{4}}")
YEAR_SPAN = r"\(?พ\.ศ\.\s*([0-9๐-๙]{4})\s*[-–]\s*([0-9๐-๙]{4})\)?"
NAMED_YEAR = patterns.compile(NAMED_LAW_YEAR + "|" + YEAR_SPAN)
LAW_YEAR = patterns.compile(NAMED_LAW_YEAR)
SPAN = patterns.compile(YEAR_SPAN)
# "ประจำปี พ.ศ. ๒๕๖๘" (REPORT_YEAR_CUES; "ประจำปีงบประมาณ" is FISCAL's)
STATED_YEAR = patterns.compile(r"(?:" + "|".join(REPORT_YEAR_CUES) + r")\s*+(?:พ\.\s*+ศ\.\s*+)?([0-9]{4})(?![0-9])")
ASSESSED_BEFORE = patterns.compile("(?:" + "|".join(ASSESSED_YEAR_BEFORE) + r")[^0-9]*$")
# right after "ปีงบประมาณ 2566": "และ 2567" (YEARS_JOINED): years compared, no one fiscal year
JOINED_YEAR = patterns.compile(r"(?:" + "|".join(YEARS_JOINED) + r")\s*+(?:ปี\s*+)?(?:พ\.\s*+ศ\.\s*+)?[12][0-9]{3}(?![0-9])")
# "ปีการศึกษา 2567": a year of another calendar (schemas.ita.OTHER_CALENDAR_YEAR_WORDS)
OTHER_CALENDAR_YEAR = patterns.compile("(?:" + "|".join(map(regex.escape, OTHER_CALENDAR_YEAR_WORDS))
                                       + rf")[^0-9๐-๙]{{0,{OTHER_YEAR_REACH}}}[0-9๐-๙]{{4}}")
MEASURES_BEFORE = patterns.compile("(?:" + "|".join(MEASURES_YEAR_BEFORE) + r")[^0-9]{0,20}$")
PLACE_END = patterns.compile(r"จังหวัด|อำเภอ|ตำบล|ประจำปี|โทร")
TITLE_KIND: tuple[tuple[str, ReportKind], ...] = (
    ("รายงานผลการดำเนิน", "implementation"),
    ("รายงานการดำเนินการ", "implementation"),
    ("รายงานการวิเคราะห์", "analysis"),
    ("มาตรการ", "measures"),
)


@dataclass
class Metadata:
    organization: str | None = None
    org_type: str | None = None
    district: str | None = None
    province: str | None = None
    fiscal_year: int | None = None
    title_kind: ReportKind | None = None
    sources: Sources = field(default_factory=Sources)
    org_variants: dict[str, list[Where]] = field(default_factory=dict)
    district_variants: dict[str, list[str]] = field(default_factory=dict)
    several: list[str] = field(default_factory=list)  # a multi-body document: the bodies it compares
    checks: list[Check] = field(default_factory=list)
    unread_year: bool = False  # a "ปีงบประมาณ พ.ศ." whose year could not be read came first
    subject: Subject | None = field(default=None, repr=False)  # who the report is about (scores of others are not its)

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


def parse_metadata(texts: list[tuple[str, Where]], site_names: list[tuple[str, Where]] | None = None,
                   site_footer: list[tuple[str, Where]] | None = None, any_kind: bool = False) -> Metadata:
    """Metadata from all text units of a report (clean lines and table cells), with provenance.
    ``site_names`` and ``site_footer``: what a web page says of its site outside its text (the parts of
    its <title>, its logos' alt texts; its footer's lines): the site's owner is the organization only when
    the text names no body (``_site_owner``); the footer gives the organization's places only where it
    names that body and no other (``_footer_places``). ``any_kind``: scored bodies of any kinds are
    several subjects (a page of posts)."""
    districts, provinces = _Seen(), _Seen()
    meta = Metadata()
    meta.title_kind = next((k for text, _ in texts if text for w, k in TITLE_KIND if w in text), None)
    for text, where in texts:
        if not text:
            continue
        if meta.fiscal_year is None and not meta.unread_year:
            year = _fiscal_year(text, meta, where)
            if year:
                meta.fiscal_year = year
                meta.sources["fiscal_year"] = str(where)
    units = _units(texts)
    subject = find_subject(units, _province_spans, any_kind)
    others = subject.other_spans()
    own = {(m.unit, m.start, m.end) for m in subject.body.mentions} if subject.body else set()
    for i, (line, where) in enumerate(units):
        text = _with_wrapped_place(units, i)
        if "อำเภอ" in text or "อ." in text:
            for name, start, _ in _place_spans(DISTRICT, text):
                if start >= len(line):  # the next line's own place: read with it
                    continue
                if not _inside(others, i, start) and not _owned(text, start, own, i) \
                        and not _after(others, own, text, i, start, units):
                    # a word no district resembles is the sentence going on ("เป้าหมายที่อำเภอกำหนด")
                    known = name in _gazetteer()["districts"] or name == "เมือง"
                    place = name if known else _close_place(name, "districts")
                    if place is not None:
                        districts.add(place, where)
        if B.CAPITAL_DISTRICT_WORD in text and any(c in text for c in B.CAPITAL_SPELLINGS):
            for name, start, _ in _place_spans(CAPITAL_DISTRICT, text):
                if (start < len(line) and B.CAPITAL in _gazetteer()["districts"].get(name, ()) and not _inside(others, i, start)
                        and not _owned(text, start, own, i)):
                    districts.add(name, where)
                    provinces.add(B.CAPITAL, where)
        if "จังหวัด" in text or "จ." in text:
            for name, start, _ in _province_spans(text):
                if start < len(line) and not _inside(others, i, start) and not _owned(text, start, own, i) \
                        and not _after(others, own, text, i, start, units):
                    provinces.add(name, where)
    if meta.fiscal_year is None and not meta.unread_year:
        _fallback_year(meta, texts)
    if subject.several:
        meta.several = subject.several
        return meta
    if subject.body is not None:
        meta.subject = subject
        body = subject.body
        meta.organization, meta.org_type = body.full, body.org_type
        first = min((m.where for m in body.mentions if m.org_type + m.name == body.full),
                    key=lambda w: ((w.page or 0), (w.line or 0)), default=body.mentions[0].where)
        meta.sources["organization"] = str(first)
        meta.org_variants = {name: places for b in subject.bodies if b.org_type == body.org_type
                             for name, places in b.spellings.items()}
        office = next((o for o in B.CAPITAL_DISTRICT_OFFICES if body.full.startswith(o)), None)
        if office and B.CAPITAL in _gazetteer()["districts"].get(body.full[len(office):], ()):
            districts.add(body.full[len(office):], first)
            provinces.add(B.CAPITAL, first)
        province_named = next((t for t in B.PROVINCE_NAMED_TYPES if body.full.startswith(t)), None)
        if not provinces.count and province_named:
            # an area office named by its one province and its zone ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง
            # เขต 2"); without a zone the name may be of two provinces ("…มัธยมศึกษาเลย หนองบัวลำภู", its name
            # read up to the space) and gives none
            rest = body.full[len(province_named):]
            place = ZONE_SUFFIX.sub("", rest).strip()
            if place != rest and place in _gazetteer()["provinces"]:
                provinces.add(place, first)
        if not provinces.count and B.PROVINCE_WORD in body.full:
            # a name that holds its province, read from its English ("Chiang Mai Provincial Public Health
            # Office" is สำนักงานสาธารณสุขจังหวัดเชียงใหม่): no Thai text spelled that จังหวัด to count
            for name, _, _ in _province_spans(body.full):
                provinces.add(name, first)
    site = [(expand(t), w) for t, w in site_names or [] if t]
    if subject.body is None and site:
        _site_owner(meta, site, subject)
    _choose_places(meta, districts, provinces)
    footer = [(expand(t), w) for t, w in site_footer or [] if t]
    if meta.organization and (meta.district is None or meta.province is None) and (site or footer):
        _footer_places(meta, site + footer)
    return meta


# the zone number ending an area office's name ("… เขต 2")
ZONE_SUFFIX = patterns.compile(r"\s*เขต\s?[0-9๐-๙]{1,3}$")
# the cues that name a parent after a body's name in a site's title ("… สังกัด…"): bodies.CUES_BEFORE's
SITE_PARENT_CUES = tuple(sorted({w for w, role in B.CUES_BEFORE if role == "parent"}, key=len, reverse=True))


def _site_owner(meta: Metadata, site: list[tuple[str, Where]], text_subject: Subject) -> None:
    """The site's owner as the organization, for a page whose text names no body of its own: the one body
    the parts of its <title> and its logos name, each such part the body's name alone (its address's places
    or its parent after it at most: "ข่าวประชาสัมพันธ์ - เทศบาลตำบลบ้านใหม่"; a post's headline in the title, "อบต.ก ได้
    รับรางวัล", names no site). Two bodies so named, a body no subject (an evaluator), or one the text names
    in a role that is never the subject, give none."""
    alone = []
    for text, where in site:
        found = find_subject([(text, where)], _province_spans)
        if found.body is None or found.several:
            continue
        # the parent after the name ("โรงเรียนบ้านโคกสูง สังกัดสำนักงานเขตพื้นที่การศึกษา…"): the name is before its cue
        parents = [m for b in found.bodies if b is not found.body for m in b.mentions]
        if any(m.role != "parent" for m in parents):
            continue
        cut = min((m.start for m in parents), default=len(text))
        name = text[:cut].rstrip()
        for word in SITE_PARENT_CUES:
            name = name.removesuffix(word).rstrip() if parents else name
        ms = found.body.mentions
        if (len(ms) == 1 and ms[0].end <= len(name) and name_alone(name, ms[0])
                and not any(e in text for e in B.EVALUATOR_NAMES)):
            alone.append((name, where))
    if not alone:
        return
    owner = find_subject(alone, _province_spans)
    if owner.body is None or owner.several or len(owner.bodies) != 1:
        return
    body = owner.body
    if any(b.full == body.full and any(m.bad for m in b.mentions) for b in text_subject.bodies):
        return  # the text names it as the evaluator, the publisher, a peer …
    meta.organization, meta.org_type = body.full, body.org_type
    where = body.mentions[0].where
    meta.sources["organization"] = str(where)
    meta.org_variants = dict(body.spellings)
    meta.checks.append(make_check("ORG_FROM_SITE_NAME", where, organization=body.full,
                                  source_text=next(t for t, w in alone if w == where)))


def _footer_places(meta: Metadata, site: list[tuple[str, Where]]) -> None:
    """The organization's district and province from the page's footer (and title), when they name that
    body and no other, and hold one known district and one province, the district in that province:
    "ที่อยู่ เทศบาลตำบลบ้านใหม่ ตำบลบ้านใหม่ อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา" is the owner's address. A
    footer naming another body too (a link to สำนักงาน ป.ป.ช., a parent), or places that disagree with each
    other or with those the text gave, gives none."""
    found = find_subject(site, _province_spans)
    if found.several or not found.bodies or any(b.full != meta.organization for b in found.bodies):
        return
    first = min(m.unit for b in found.bodies for m in b.mentions)
    gazetteer = _gazetteer()
    districts: dict[str, Where] = {}
    provinces: dict[str, Where] = {}
    for text, where in site[first:]:
        for name, _, _ in _place_spans(DISTRICT, text) if ("อำเภอ" in text or "อ." in text) else []:
            if name in gazetteer["districts"] or name == "เมือง":
                districts.setdefault(name, where)
        for name, _, _ in _province_spans(text) if ("จังหวัด" in text or "จ." in text) else []:
            provinces.setdefault(name, where)
    if len(districts) > 1 or len(provinces) > 1 or not (districts or provinces):
        return
    district, province = next(iter(districts), None), next(iter(provinces), None)
    if province is not None and province not in gazetteer["provinces"]:
        return
    province = province or meta.province
    if district == "เมือง":  # "อำเภอเมือง จังหวัดอุดรธานี": the amphoe's name is เมืองอุดรธานี
        if province is None or "เมือง" + province not in gazetteer["districts"]:
            return
        districts["เมือง" + province] = districts.pop(district)
        district = "เมือง" + province
    if district is not None and province is not None and province not in gazetteer["districts"][district]:
        return
    if meta.province is not None and province != meta.province:
        return
    if meta.district is not None and district is not None and district != meta.district:
        return
    if meta.province is None and province is not None:
        meta.province, meta.sources["province"] = province, str(provinces[province])
    if meta.district is None and district is not None:
        meta.district, meta.sources["district"] = district, str(districts[district])


def _with_wrapped_place(units: list[tuple[str, Where]], i: int) -> str:
    """Unit ``i``'s text, with the next line after it when it ends with a place word whose name the
    line break put on the next line (bodies.PLACE_WORDS_AT_LINE_END; lines of running text only)."""
    text, where = units[i]
    if i + 1 < len(units) and where.table is None and units[i + 1][1].table is None \
            and text.rstrip().endswith(B.PLACE_WORDS_AT_LINE_END):
        return text.rstrip() + " " + units[i + 1][0].lstrip()
    return text


def _owned(text: str, start: int, own: set[tuple[int, int, int]], unit: int) -> bool:
    """The place is part of another body's office name ("<body> ประจำจังหวัดX") outside the subject's name."""
    return text[:start].rstrip().endswith(B.PLACE_OWNER_WORDS) and not _inside(own, unit, start)


def _after(others: set[tuple[int, int, int]], own: set[tuple[int, int, int]], text: str, unit: int, at: int,
           units: list[tuple[str, Where]]) -> bool:
    """The place follows another body's name, nothing but its smaller places between ("ศึกษาดูงานที่เทศบาลนคร
    ขอนแก่น จังหวัดขอนแก่น"): that body's address, not the subject's. So too a place opening its line
    under a line that ends with another body's name: a banner or letterhead of that body over its
    address (a site's header "องค์การบริหารส่วนตำบลห้วยทราย" / "อำเภอสันกำแพง จังหวัดเชียงใหม่" above a
    post about a school)."""
    def follows(spans: set[tuple[int, int, int]]) -> bool:
        return any(u == unit and b <= at and ADDRESS_GAP.fullmatch(text, b, at) for u, _, b in spans)

    def heads(spans: set[tuple[int, int, int]]) -> bool:
        above = units[unit - 1][0]
        return any(u == unit - 1 and ADDRESS_GAP.fullmatch(above, b) for u, _, b in spans)

    if follows(others) and not follows(own):
        return True
    return (unit > 0 and units[unit - 1][1].table is None and ADDRESS_GAP.fullmatch(text, 0, at) is not None
            and heads(others) and not heads(own))


# between a body's name and a place of its address: spaces, commas and its smaller places' names
ADDRESS_GAP = patterns.compile(r"(?:[\s,]*+(?:ตำบล|อำเภอ|ต\.|อ\.)\s?\p{Thai}++)*+[\s,]*+")


def _inside(spans: set[tuple[int, int, int]], unit: int, at: int) -> bool:
    return any(u == unit and a <= at < b for u, a, b in spans)


_SPECIFIC_TYPE_WORDS = frozenset(w for w, _, specific in B.BODY_TYPES if specific)


def _units(texts: list[tuple[str, Where]]) -> list[tuple[str, Where]]:
    """Cleaned lines with standard abbreviations spelled out; the cells of one table row (same
    ``where``) joined with " | "; a line that is only a body's type word joined with the short line
    after it, its name ("องค์การบริหารส่วนตำบล" / "หนองบัวน้อย": schemas.bodies.SPLIT_NAME_LINE_MAX)."""
    units: list[tuple[str, Where]] = []
    for raw, where in texts:
        text = expand(raw)
        if not text:
            continue
        if units and units[-1][1] == where and where.line is not None:
            units[-1] = (units[-1][0] + " | " + text, where)
        elif (units and units[-1][1].table is None and where.table is None
              and len(text.strip()) <= B.SPLIT_NAME_LINE_MAX and _THAI_LETTER.match(text.lstrip())
              and _name_goes_on(units[-1][0].strip(), text.strip())):
            units[-1] = (units[-1][0].strip() + text.strip(), units[-1][1])
        else:
            units.append((text, where))
    return units


def _name_goes_on(line: str, after: str) -> bool:
    """The short line ``after`` holds the rest of a body's name that ``line`` ends with: ``line`` is a
    specific type word, or ends with one at a word start ("รายงานผล … ของโรงพยาบาลส่งเสริมสุขภาพตำบล" /
    "บ้านหนองแวง อำเภอพล"); or ends with a body's name up to its place word, the place's name opening ``after``
    ("สำนักงานที่ดินจังหวัด" / "ขอนแก่น")."""
    word = next((w for w in _SPECIFIC_BY_LENGTH if line.endswith(w)), None)
    if word is not None:
        before = line[:-len(word)]
        return not before or not _THAI_LETTER.match(before[-1]) or before.endswith(B.WORD_BEFORE_BODY)
    place_word = next((w for w in B.PLACE_WORDS_AT_LINE_END if line.endswith(w)), None)
    if place_word is None or not _TYPE_START.match(line):
        return False
    names = _gazetteer()["provinces" if place_word == "จังหวัด" else "districts"]
    first = after.split()[0]
    return first in names or (place_word == "อำเภอ" and first.startswith("เมือง"))


_SPECIFIC_BY_LENGTH = sorted(_SPECIFIC_TYPE_WORDS, key=len, reverse=True)
_TYPE_START = patterns.compile("(?:" + "|".join(regex.escape(w) for w, _, _ in B.BODY_TYPES) + r")\p{Thai}*$")


def _place_spans(pattern, text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of the places the subject can be in: not a place of several bodies
    ("หน่วยงานภายในจังหวัดพิจิตร"), nor an awarding official's ("ผู้ว่าราชการจังหวัด… มอบรางวัล")."""
    out = []
    award = any(w in text for w in B.AWARD_WORDS)
    for m in pattern.finditer(text):
        before = text[:m.start()].rstrip()
        if before.endswith(B.COLLECTIVE_PLACE_CUES):
            continue
        if award and text[:m.end(1)].endswith(B.OFFICIAL_PLACE_TITLES):
            continue
        if EVALUATOR_PLACE.search(before):
            continue  # "สำนักงาน ป.ป.ช. ประจำจังหวัด…": the evaluator's office
        if "ณ" in before and VENUE.search(before):
            continue  # "อบรม ณ โรงแรม… จังหวัดขอนแก่น": an event's venue
        name = _cut_place(m.group(2))
        if len(name) >= 2 and not _not_a_place(name, spaced=m.start(2) > m.end(1)):
            out.append((name, m.start(), m.start(2) + len(name)))
    return out


_NOT_A_PLACE_START = (*B.NOT_A_NAME, *B.NAME_END_WORDS)


def _not_a_place(name: str, spaced: bool) -> bool:
    """The words after "จังหวัด"/"อำเภอ" are the sentence going on, not a place ("อันดับ 1 ของจังหวัด
    ด้วยคะแนน 95.20", "สูงที่สุดในอำเภอ และเป็นอันดับ 2"): no province or district begins so (geothai), or
    is begun so, and the word is set apart by a space or is a function word. A misspelt name glued to its
    type word ("จังหวัดขอนแก่่น") is kept."""
    if not (spaced or name.startswith(_NOT_A_PLACE_START)):
        return False
    return not any(name.startswith(p) or p.startswith(name) for p in _place_prefixes())


@lru_cache(maxsize=1)
def _place_prefixes() -> frozenset[str]:
    gazetteer = _gazetteer()
    return frozenset({*gazetteer["provinces"], *gazetteer["districts"]})


_THAI_LETTER = patterns.compile(r"\p{Thai}")
_PROVINCE_NAMED = patterns.compile(r"(?:จังหวัด|จ\.)[\s.…_:]*([\p{Thai}]+)")


def _province_spans(text: str) -> list[tuple[str, int, int]]:
    """Provinces: the real province a name starts with ("จังหวัดน่านประจำปี" → น่าน); "จ." glued to
    a Thai word before it ("ได้แก่จ.กาญจนบุรี") only when a real province follows."""
    if "จังหวัด" not in text and "จ." not in text:
        return []
    real = _gazetteer()["provinces"]
    out = []
    for name, start, end in _place_spans(PROVINCE, text):
        full = text[start:end]
        named = _PROVINCE_NAMED.match(text, start)
        if named is None:  # PROVINCE matched this same prefix and name
            continue
        run = named.group(1)
        known = max((p for p in real if run.startswith(p)), key=len, default=None)
        abbreviated = full.startswith("จ.")
        if abbreviated and start > 0 and _THAI_LETTER.match(text[start - 1]) and known is None:
            continue
        if known is None:
            # a misspelt province ("จังหวัดอุดรธาน") is the one it nearly spells; a word no province
            # resembles is none ("เป้าหมายที่ทางจังหวัดตั้งไว้", "เกณฑ์ที่จังหวัดกำหนด")
            close = _close_place(run, "provinces")
            if close is not None:
                out.append((close, start, end))
            continue
        out.append((known, start, end - len(name) + len(known)))
    return out


# How alike a word must be to a place's name to be that name misspelt (difflib's ratio: 2 × letters
# in common / letters in both; one letter dropped from "อุดรธานี" is 0.93, a different word ~0.3).
PLACE_LIKENESS = 0.8


@lru_cache(maxsize=4096)
def _close_place(run: str, kind: str) -> str | None:
    """The place (of the gazetteer's ``kind``: provinces, districts) whose name the start of ``run``
    nearly spells, if one does. A misspelt name keeps its first letter (what makes the search cheap)."""
    best, score = None, PLACE_LIKENESS
    match = difflib.SequenceMatcher(None, autojunk=False)
    for name in _places_by_letter(kind).get(run[:1], ()):
        if 2 * min(len(run), len(name)) < score * (len(name) + min(len(run), len(name) + 1)):
            continue  # too short to come close (real_quick_ratio of the longest head, before any matcher work)
        match.set_seq2(name)
        for head in {run[:len(name) - 1], run[:len(name)], run[:len(name) + 1]}:
            match.set_seq1(head)
            # the cheap upper bound first: most names share too few letters to come close
            if match.quick_ratio() >= score and (ratio := match.ratio()) >= score:
                best, score = name, ratio
    return best


@lru_cache(maxsize=2)
def _places_by_letter(kind: str) -> dict[str, tuple[str, ...]]:
    by: dict[str, list[str]] = {}
    for name in _gazetteer()[kind]:
        if len(name) >= 4:
            by.setdefault(name[0], []).append(name)
    return {letter: tuple(sorted(names)) for letter, names in by.items()}


def _fallback_year(meta: Metadata, texts: list[tuple[str, Where]]) -> None:
    """No "ปีงบประมาณ N": the year a title states after a cue ("ประจำปี ๒๕๖๘"), else the fiscal year
    of the signing date ("ประกาศ ณ วันที่ ๑๓ พฤศจิกายน พ.ศ. ๒๕๖๒" → 2563), else the first year that
    is not part of a law's or plan's name (the fiscal year of the period its line states, if one)."""
    for raw, where in texts:
        if not any(cue in raw for cue in REPORT_YEAR_CUES):
            continue
        digits = thai_to_arabic(NAMED_YEAR.sub(" ", raw))
        for stated in STATED_YEAR.finditer(digits):
            year = be_year(int(stated.group(1)))
            if plausible_year(year) and not JOINED_YEAR.match(digits[stated.end():].lstrip()):
                meta.fiscal_year = year
                meta.sources["fiscal_year"] = str(where)
                return
    for text, where in texts:
        m = SIGNED.search(text)
        day = parse_date(m.group(1)) if m else None
        if m and day:
            year = day.year + 543 + (1 if day.month >= 10 else 0)
            if not plausible_year(year):
                meta.implausible(m.group(1), day.year + 543, where)
                continue
            meta.fiscal_year = year
            meta.sources["fiscal_year"] = str(where)
            return
    for i, (raw, where) in enumerate(texts):
        text = NAMED_YEAR.sub(" ", raw)
        years = find_years(text)
        compared = _compared_years(texts, i)
        if compared:
            # a table's columns of years compared ("เครื่องมือ | ปี 2566 | ปี 2567 | ผลต่าง"): the report
            # is about the latest, the earlier ones are what it is compared with
            meta.fiscal_year = max(compared)
            meta.sources["fiscal_year"] = str(where)
            return
        other = OTHER_CALENDAR_YEAR.search(text) if years else None
        if other and not find_years(text[:other.start()]):
            # the first year is an academic year's ("ปีการศึกษา 2567"): it spans two fiscal years
            meta.checks.append(make_check("FISCAL_YEAR_OTHER_CALENDAR", where, text=other.group()))
            return
        if years and _joined_fiscal_years(text):
            # the first years the text names are several fiscal years together ("แผน… ปีงบประมาณ 2567 และ 2568"):
            # none is the report's more than the other, and a later stray year is no better
            meta.checks.append(make_check("FISCAL_YEARS_JOINED", where, text=text.strip()[:80]))
            return
        if years:
            # a period of months names its fiscal year ("รอบ 6 เดือน (ตุลาคม 2567 - มีนาคม 2568)" → 2568), not
            # the calendar year it starts in; a date is not one ("วันที่ 17 ตุลาคม 2562 … ประกาศผล … 2562")
            start, end = parse_period(text)
            if (start and end and (start.year, start.month) == (end.year, end.month)
                    and years[0] == start.year + 543 != fiscal_year_of(start)):
                # one day or month of October–December ("ข้อมูล ณ วันที่ 15 ตุลาคม 2567"): the calendar year
                # (an assessment of that year just announced) or the fiscal year the date falls in (the next)
                meta.checks.append(make_check("FISCAL_YEAR_OF_DATE_UNCLEAR", where, text=text.strip()[:80],
                                              year=years[0], next_year=years[0] + 1))
                return
            fiscal = (fiscal_year_of(start) if start and end and (start.year, start.month) != (end.year, end.month)
                      and fiscal_year_of(start) == fiscal_year_of(end) else None)
            meta.fiscal_year = fiscal if fiscal and plausible_year(fiscal) else years[0]
            meta.sources["fiscal_year"] = str(where)
            return
    for raw, where in texts:  # no year but a span: a multi-year plan's, its first year
        for span in SPAN.finditer(LAW_YEAR.sub(" ", raw)):
            first, last = (int(thai_to_arabic(y)) for y in span.groups())
            if plausible_year(first) and 0 < last - first <= PLAN_SPAN_MAX_YEARS:
                meta.fiscal_year = first
                meta.sources["fiscal_year"] = str(where)
                return


def _joined_fiscal_years(text: str) -> bool:
    """The text names several fiscal years joined as one ("ปีงบประมาณ 2567 และ 2568": YEARS_JOINED)."""
    if "งบ" not in text:
        return False
    digits = thai_to_arabic(text)
    return any(year_mentions(m.group(0)) and JOINED_YEAR.match(digits[m.end():].lstrip()) for m in FISCAL.finditer(digits))


def _compared_years(texts: list[tuple[str, Where]], i: int) -> list[int]:
    """The years a table compares results of, when ``texts[i]`` is the first cell of its row: two or
    more cells of the row each one plausible year over a row of results (year columns), or the row
    and the rows after it each opened by one year and holding a result (year rows); else []."""
    if i and texts[i - 1][1] == texts[i][1]:  # not the row's first cell (a row's cells share one where)
        return []
    cells = _row(texts, i)
    years = [_one_year(c) for c in cells]
    if len({y for y in years if y}) >= 2:
        # the next row's cells under them are results ("94.35"), not a plan's budgets per year ("50,000",
        # "1.50" in a row or column of money: "ล้านบาท")
        below = _row(texts, i + len(cells))
        return [y for y in years if y] if _results(below) >= 2 and not _money(cells + below) else []
    rows: list[int] = []
    while cells and years[0] and _results(cells[1:]) and not _money(cells):
        rows.append(years[0])
        i += len(cells)
        cells = _row(texts, i)
        years = [_one_year(c) for c in cells[:1]]
    return rows if len(set(rows)) >= 2 else []


def _row(texts: list[tuple[str, Where]], i: int) -> list[str]:
    """The cells of the row ``texts[i]`` opens (at most COMPARED_ROW_CELLS)."""
    return [t for t, w in texts[i:i + COMPARED_ROW_CELLS] if w == texts[i][1]] if i < len(texts) else []


def _one_year(cell: str) -> int | None:
    years = find_years(NAMED_YEAR.sub(" ", cell))
    return years[0] if len(years) == 1 and plausible_year(years[0]) and len(cell) <= YEAR_CELL_MAX else None


def _money(cells: list[str]) -> bool:
    return any(MONEY.search(c) for c in cells)


MONEY = patterns.compile("|".join(MONEY_HEADER), regex.IGNORECASE)


def _results(cells: list[str]) -> int:
    return sum(bool(RESULT_VALUE.fullmatch(thai_to_arabic(c).strip())) for c in cells)


COMPARED_ROW_CELLS = 12  # a header row of years compared is short
YEAR_CELL_MAX = 24  # a cell naming a year ("ปีงบประมาณ พ.ศ. 2567"), not a sentence with a year in it
RESULT_VALUE = patterns.compile(r"(?:100|[1-9]?[0-9])\.[0-9]{1,2}")  # a score as tables print it


def _fiscal_year(text: str, meta: Metadata, where: Where) -> int | None:
    """The year of the first "ปีงบประมาณ N" with a plausible N; an implausible N is warned about.
    In a measures document, a year the measures are for beats an assessed year before it in the same
    text (schemas.measure_cues.ASSESSED_YEAR_BEFORE / MEASURES_YEAR_BEFORE)."""
    if "งบ" not in text:  # FISCAL needs "ปีงบ…"
        return None
    if "บัญญัติ" in text or "พ.ร.บ." in text:
        text = BUDGET_ORDINANCE_YEAR.sub(lambda m: " " * len(m.group()), text)  # same length: spans stay
    digits = thai_to_arabic(text)
    found: list[tuple[int, int]] = []
    for m in FISCAL.finditer(digits):
        years = year_mentions(m.group(0))
        if years and JOINED_YEAR.match(digits[m.end():].lstrip()):
            continue
        if years and plausible_year(years[0]):
            found.append((years[0], m.start()))
        elif years:
            meta.implausible(text[m.start():m.end()], years[0], where)
    unread = FISCAL_UNREAD.search(digits)
    if unread and (not found or unread.start() < found[0][1]):
        # the first fiscal year the text names is unreadable (OCR): a later one may be another year's
        # (last year's score beside this year's), and so may the signing date's: none is taken
        meta.unread_year = True
        meta.checks.append(make_check("FISCAL_YEAR_UNREAD", where, text=text[unread.start():unread.end() + 12].strip()))
        return None
    if not found:
        return None
    if meta.title_kind == "measures" and ASSESSED_BEFORE.search(digits[max(0, found[0][1] - 60):found[0][1]]):
        later = [y for y, at in found[1:] if MEASURES_BEFORE.search(digits[max(0, at - 40):at])]
        if later:
            return later[0]
    return found[0][0]


def _cut_place(name: str) -> str:
    return PLACE_END.split(name)[0]


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
        # "อำเภอเมือง จังหวัดน่าน": the amphoe's name is เมืองน่าน
        if meta.district == "เมือง" and meta.province and meta.province in gazetteer["districts"].get(
                "เมือง" + meta.province, ()):
            meta.district = "เมือง" + meta.province
    if meta.district is None and meta.org_type == "สำนักงานสาธารณสุขอำเภอ" and meta.organization:
        meta.district = meta.organization[len(meta.org_type):]
        meta.sources["district"] = meta.sources.get("organization", "")


@lru_cache(maxsize=1)
def _gazetteer() -> dict:
    """Thai district names → their provinces, and the province names (geothai)."""
    from extract.parse.gazetteer import tables

    _, districts, provinces = tables()
    return {"districts": districts, "provinces": provinces}

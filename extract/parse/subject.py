"""The document's subject: which public body an ITA document is about.

Every mention of a body is a candidate — printed with its type word ("เทศบาลตำบลลาดยาว"), through a
standard abbreviation ("อบต.หนองแค"), an abbreviation the text defines ("… (สพฐ.)"), or an official's
title ("นายกเทศมนตรีตำบลบ้านเป้า") — with features of its context: in the title lines, on a signature
line, a subject cue next to it ("ของ …", "… ได้คะแนน"), a role cue that makes it the evaluator, the
publisher, the awarding official or a parent body, how often it is named. Spellings of one body are
merged; the subject is the best-ranked body no role cue excludes. A document where several bodies of
one kind each carry a score (a score table of colleges, news comparing provinces) has no single
subject. All wording is in ``schemas/bodies.py``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

import regex
from normalize import patterns

from normalize.digits import thai_to_arabic
from schemas import bodies as B
from schemas.records import Where

_TYPE_OF = {word: org_type for word, org_type, _ in B.BODY_TYPES}
_SPECIFIC = ({org_type for _, org_type, specific in B.BODY_TYPES if specific} | {t for _, t in B.KNOWN_BODIES}
             | {t for _, t, _ in B.UNIT_TYPES})
# a unit of a body printed right before the body's name ("คณะวิทยาศาสตร์ มหาวิทยาลัยขอนแก่น"): the unit word,
# its name (no space in it), then the space or nothing before the body (B.UNIT_TYPES)
_UNITS_OF = {parent: (word, org_type) for word, org_type, parents in B.UNIT_TYPES for parent in parents}
UNIT_BEFORE = {parent: patterns.compile(rf"(?<!\p{{Thai}}){regex.escape(word)}(\p{{Thai}}{{2,40}})\s?$")
               for parent, (word, _) in _UNITS_OF.items()}
_TYPE_ALT = "|".join(regex.escape(w) for w in sorted(_TYPE_OF, key=len, reverse=True))
_TITLE_ALT = "|".join(regex.escape(w) for w, _ in sorted(B.OFFICIAL_TITLES, key=lambda t: -len(t[0])))
# a name: Thai letters, two parts joined by a hyphen allowed ("บ้านใหม่-หนองบัว")
_NAME = r"(\p{Thai}{2,60}(?:[-–]\p{Thai}{2,40})?)"
# the type word is atomic: a longer type printed without a name ("วิทยาลัยเทคนิค ทั่วประเทศ") does not
# fall back to a shorter type with the rest as its name ("วิทยาลัย" + "เทคนิค")
BODY = patterns.compile(rf"((?>{_TYPE_ALT}))\s?{_NAME}")
TITLE = patterns.compile(rf"(?<!สำนักงาน)(?<!นายแพทย์)({_TITLE_ALT})\s?{_NAME}")
_PLACE_WORDS = ("อำเภอ", "จังหวัด")
# Words that end a name, as whole words (tokens): "ขอนแก่น" holds "ขอ" and "ในเมือง" begins with "ใน",
# yet each is one name. The collective words end a name too ("ราชภัฏทั่วประเทศ").
_COLLECTIVE_WORDS = tuple(w for w in B.COLLECTIVE_AFTER if " " not in w)
NAME_END_WORDS = (*B.NAME_END_WORDS, *_COLLECTIVE_WORDS)
# generic bodies carry their place in the name ("สำนักงานพัฒนาชุมชนจังหวัดชัยภูมิ")
GENERIC_NAME_END_WORDS = tuple(w for w in NAME_END_WORDS if w not in _PLACE_WORDS)
def _known_pattern(name: str) -> str:
    """A known body's full name as text prints it: any spacing where it has a space, none where it has
    none; a company's "(มหาชน)" optional."""
    core, public = (name[:-len("(มหาชน)")].rstrip(), True) if name.endswith("(มหาชน)") else (name, False)
    text = r"\s*".join(regex.escape(part) for part in core.split())
    return text + (r"(?:\s*\(มหาชน\))?" if public else "")


# longest first, so "องค์การตลาดเพื่อเกษตรกร" is not "องค์การตลาด"
_KNOWN = sorted(B.KNOWN_BODIES, key=lambda row: (-len(row[0]), row[0]))
KNOWN = patterns.compile("|".join(f"({_known_pattern(name)})" for name, _ in _KNOWN))
ZONE = patterns.compile(B.ZONE)
ZONE_DIGITS = patterns.compile(r"\s?[0-9๐-๙]{1,3}(?![0-9๐-๙.])")
_ZONE_NUMBER = patterns.compile(r"เขต\s?([0-9๐-๙]{1,3})$")
NAME_NUMBER = patterns.compile(B.NAME_NUMBER)
# a branch word, then the branch's name (bodies.BRANCH_WORD, BRANCH_PLACE_WORDS)
BRANCH = patterns.compile(r"\s?(" + "|".join(map(regex.escape, (B.BRANCH_WORD, *B.BRANCH_PLACE_WORDS)))
                          + r")\s?(\p{Thai}{2,60})")
PAREN_NAME = patterns.compile(B.PAREN_NAME)
_ENGLISH_TYPES = sorted(B.ENGLISH_BODY_TYPES, key=lambda row: -len(row[0]))
# "Nong Khai Town Municipality": up to ENGLISH_NAME_WORDS words, then the type phrase
_WORD_BREAKS = patterns.compile(r"[ -]+")
ENGLISH_BODY = patterns.compile(
    # the fewest name words before a type: "Ban Fang Subdistrict Municipality" is a Subdistrict Municipality
    # named Ban Fang, not a Municipality named "Ban Fang Subdistrict"
    rf"(?<![A-Za-z])((?:[A-Za-z]++[ -]){{1,{B.ENGLISH_NAME_WORDS}}}?)("
    + "|".join(r"\s+".join(map(regex.escape, t.split())) for t, _, _, _ in _ENGLISH_TYPES) + r")(?![A-Za-z])",
    regex.IGNORECASE)
_ENGLISH_TYPE_OF = {" ".join(t.lower().split()): (org_type, kinds, prefix) for t, org_type, kinds, prefix in B.ENGLISH_BODY_TYPES}
# bodies whose English name is no place's (bodies.ENGLISH_KNOWN_BODIES, ENGLISH_PERMANENT_SECRETARY): the whole
# name, any spacing and case; its Thai name by the name's words
_KNOWN_ENGLISH = {" ".join(en.lower().split()): (org_type, thai[len(org_type):]) for en, thai, org_type in B.ENGLISH_KNOWN_BODIES}
_ENGLISH_MINISTRY = {" ".join(en.lower().split()): th for en, th in B.ENGLISH_MINISTRIES}
ENGLISH_KNOWN = patterns.compile(
    r"(?<![A-Za-z])(?:(" + "|".join(r"\s+".join(map(regex.escape, en.split()))
                                    for en in sorted(_KNOWN_ENGLISH, key=len, reverse=True))
    + r")|" + B.ENGLISH_PERMANENT_SECRETARY + "(" + "|".join(r"\s+".join(map(regex.escape, en.split()))
                                                         for en in sorted(_ENGLISH_MINISTRY, key=len, reverse=True))
    + r"))(?![A-Za-z])", regex.IGNORECASE)
_PERMANENT_SECRETARY_OFFICE = "สำนักงานปลัดกระทรวง"
_LATIN = patterns.compile(r"[A-Za-z]{3}")
NAME_ALONE_REST = patterns.compile(B.NAME_ALONE_REST)
_UNDER = dict(B.LETTERHEAD_PARENTS)
_LATIN_LETTER = patterns.compile(r"[A-Za-z]")
_BRANCH_NUMBER = patterns.compile(r"(?<![0-9๐-๙])([0-9๐-๙]{1,2})$")
COUNT_BEFORE = patterns.compile(rf"(?:{'|'.join(map(regex.escape, B.COUNT_WORDS))})\s*\d[\d,]*\s*$")
ABBREV = [(patterns.compile(rf"(?<!\p{{Thai}}){regex.escape(a)}\s?(?=\p{{Thai}})"), full) for a, full in B.ABBREVIATIONS]
DEFINED = patterns.compile(r"^\s*\(\s*(\p{Thai}[\p{Thai}.]{1,11})\s*\)")
# an ITA score as printed (two decimals: "58.13", "100.00"; not item numbering "1.2") or a letter grade
SCORE_OR_GRADE = patterns.compile(r"(?<![\d.])(?:100\.00|[1-9]\d\.\d\d)(?![\d.])"
                               r"|ระดับ\s*(?:AA|[A-F])(?![A-Za-z])")
MULTI_SCORE_FILLER = patterns.compile(B.MULTI_SCORE_FILLER)
# only list numbering before a mention: it opens a list item ("1. ", "(๒) ", "- ")
_OWNER_OF_NUMBER = patterns.compile(B.OWNER_OF_NUMBER)
# an official's title right before a body's name (bodies.CREDIT_CUES): "… ผู้อำนวยการ", "… รองปลัด"
_HEAD_BEFORE = patterns.compile("(?:" + regex.escape(B.DEPUTY_PREFIX) + ")?(?:" + "|".join(map(regex.escape, B.SIGNATURE_WORDS))
                                + r")\s*$")
LIST_ITEM_BEFORE = patterns.compile(r"\s*(?:[0-9๐-๙]{1,3}\s*[.)]|\(\s*[0-9๐-๙]{1,3}\s*\)|[-•*·])?\s*")
HONORED = patterns.compile(r" (\p{Thai}{2,60})")
ORDINAL = patterns.compile(r"\s?[0-9๐-๙]{1,3}(?![0-9๐-๙.,/:])")
_NUMBER_TYPE_OF = dict(B.NUMBER_NAMED_TYPES)
NUMBER_BODY = patterns.compile(
    "(" + "|".join(regex.escape(w) for w in sorted(_NUMBER_TYPE_OF, key=len, reverse=True)) + ")" + B.NUMBER_NAME)
_TYPE_KEYS = tuple({w[:4] for w in _TYPE_OF} | {w[:4] for w in _NUMBER_TYPE_OF} | {w[:4] for w, _ in B.OFFICIAL_TITLES} | {w[:4] for w, _ in B.KNOWN_BODIES}
                   | {a for a, _ in B.ABBREVIATIONS})


@dataclass
class Mention:
    org_type: str
    name: str
    where: Where
    unit: int
    start: int
    end: int
    role: str | None = None  # the cue's role: subject / evaluator / publisher / awarder / parent / category / peer
    title: bool = False
    signature: bool = False
    weak: bool = False       # known only from a bare agency abbreviation
    via_title: bool = False  # named through an official's title, not printed
    scored: bool = False     # a score or grade follows it (multi-body evidence)
    parent: str = ""         # a unit's body as printed after it ("คณะ… มหาวิทยาลัยขอนแก่น": มหาวิทยาลัยขอนแก่น)

    @property
    def bad(self) -> bool:
        return self.role in B.NOT_SUBJECT_ROLES


@dataclass
class Body:
    org_type: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    spellings: dict[str, list[Where]] = field(default_factory=dict)

    @property
    def full(self) -> str:
        return self.org_type + self.name

    def rank(self) -> tuple:
        ms = self.mentions
        n_bad = sum(m.bad for m in ms)
        n_subject = sum(m.role == "subject" for m in ms)
        # a parent's mentions ("ตามนโยบายของ…", "รายงานผลไปยัง…"), in the title lines too, say that the
        # subject answers to it, not that the document is about it
        title, signature = any(m.title and m.role not in ("parent", "party") for m in ms), any(m.signature for m in ms)
        weak = all(m.weak for m in ms)
        n_own = sum(m.role not in ("parent", "party") for m in ms)
        score = (2 * title + 2 * signature + 2 * min(n_subject, 3) + min(n_own, 6)
                 - (0 if self.org_type in _SPECIFIC else 3))
        first = min((m.where.page or 0) * 100000 + (m.where.line or 0) for m in ms)
        return (n_bad == 0, not weak, score, n_own, -first)

    def eligible(self) -> bool:
        ms = self.mentions
        n_bad = sum(m.bad for m in ms)
        # a mention in a role that is never the subject gives no title's nor signature's support: "ประเมินโดย
        # อธิการบดีมหาวิทยาลัยขอนแก่น" on a title line names the evaluator through its head
        support = (sum(m.role == "subject" for m in ms) + any(m.title and m.role != "party" and not m.bad for m in ms)
                   + any(m.signature and not m.bad for m in ms))
        if not support and all(m.role == "party" for m in ms):
            return False  # named only as another party of the work ("ยื่นฟ้องต่อศาลปกครอง…")
        return n_bad == 0 or support > n_bad


@dataclass
class Subject:
    body: Body | None = None
    several: list[str] = field(default_factory=list)  # the bodies of a multi-body document
    bodies: list[Body] = field(default_factory=list)

    def other_spans(self) -> set[tuple[int, int, int]]:
        """(unit, start, end) of mentions of bodies that are not the subject (an evaluator, the awarding
        body, a parent): a place inside their names is theirs, not the subject's."""
        return {(m.unit, m.start, m.end) for b in self.bodies if b is not self.body for m in b.mentions}


    def other_body(self, text: str, start: int, end: int) -> str | None:
        """The body named last in ``text[start:end]`` when it is not this subject, printed with its type
        word, and nothing marks it as the evaluator, the publisher or another role (a score stated
        right after it is its own; a peer's too: "ต่ำกว่า อบต.ผาสุก ที่ได้ 94.10"): its full name, else None."""
        if self.body is None:
            return None
        found: list[Mention] = []
        if _may_name_body(text[start:end]):
            found = [m for m in _text_mentions(text) if start <= m.start < end and not m.via_title]
        if not found and "." in text[start:end]:  # named by its abbreviation ("ต่ำกว่า อบต.ผาสุก ที่ได้")
            segment = expand(text[start:end])
            found = [m for m in _text_mentions(segment) if not m.via_title] if _may_name_body(segment) else []
        if not found:
            return None
        last = max(found, key=lambda m: m.start)
        if last.role not in (None, "subject", "peer", "party") or _same(self.body, last):
            return None
        return last.org_type + last.name


    def names_self(self, text: str) -> bool:
        """Whether ``text`` (a table's column header, "สภ.กุดชุม") names this subject and no other body."""
        if self.body is None or not _may_name_body(expand(text)):
            return False
        found = [m for m in _text_mentions(expand(text)) if not m.via_title]
        return bool(found) and all(_same(self.body, m) for m in found)


@lru_cache(maxsize=256)  # a sentence's mentions, asked for each score in it (Subject.other_body); not mutated
def _text_mentions(text: str) -> tuple[Mention, ...]:
    return tuple(_mentions_in(text, Where(), 0))


def _may_name_body(text: str) -> bool:
    return any(k in text for k in _TYPE_KEYS) or bool(_LATIN.search(text) and (ENGLISH_BODY.search(text)
                                                                                or ENGLISH_KNOWN.search(text)))


def find_subject(units: list[tuple[str, Where]],
                 provinces: Callable[[str], list[tuple[str, int, int]]] | None = None,
                 any_kind: bool = False) -> Subject:
    """``units``: cleaned text units in reading order (lines, or a table row's cells joined by " | ").
    ``provinces``: finds province mentions (name, start, end) in a text — a province is a body too when
    a document compares provinces. ``any_kind``: scored bodies of different kinds are several subjects
    too (a page of posts, each about its own body)."""
    mentions: list[Mention] = []
    defined: dict[str, tuple[str, str]] = {}
    texts: list[str] = []
    for i, (text, where) in enumerate(units):
        texts.append(text)
        if not _may_name_body(text):
            continue
        for m in _mentions_in(text, where, i):
            mentions.append(m)
            d = DEFINED.match(text, m.end)
            if d:
                defined[d.group(1).rstrip(".")] = (m.org_type, m.name)
    mentions += _abbreviated(texts, units, defined)
    # a unit of a body the document names in a role that is never the subject ("มหาวิทยาลัย… ในฐานะผู้ประเมิน"):
    # the unit's letterhead is the evaluator's too
    roles_of = {m.org_type + m.name: m.role for m in mentions if m.bad}
    for m in mentions:
        if m.parent and m.parent in roles_of and m.role is None:
            m.role = roles_of[m.parent]
    _letterhead_parents(mentions, texts)
    starts: dict[int, list[int]] = {}
    for m in mentions:
        starts.setdefault(m.unit, []).append(m.start)
    for m in mentions:
        m.title = m.unit < B.TITLE_UNITS or m.title
        m.scored = _scored(texts[m.unit], m.end, [s for s in starts[m.unit] if s > m.start])
    bodies = _merge(mentions)
    places = [(name, i, a, b) for i, text in enumerate(texts) for name, a, b in (provinces(text) if provinces else [])]
    several = _several(bodies, texts, places, any_kind)
    if several:
        return Subject(None, several, bodies)
    eligible = [b for b in bodies if b.eligible()]
    best = max(eligible, key=Body.rank, default=None)
    return Subject(best, [], bodies)


def name_alone(text: str, m: Mention) -> bool:
    """``m`` is the whole of ``text`` but its address's places after it (bodies.NAME_ALONE_REST)."""
    return not text[:m.start].strip() and NAME_ALONE_REST.fullmatch(text, m.end) is not None


def _letterhead_parents(mentions: list[Mention], texts: list[str]) -> None:
    """A line that is a body's name alone right above the name alone of a body it oversees
    (bodies.LETTERHEAD_PARENTS) names the parent of the body below: its mention's role is "parent" (not
    over a list: a third line naming a body of the lower one's type alone)."""
    alone: dict[int, list[Mention]] = {}
    for m in mentions:
        if not m.via_title and name_alone(texts[m.unit], m):
            alone.setdefault(m.unit, []).append(m)
    for unit, ms in alone.items():
        below = alone.get(unit + 1, [])
        listed = any(m.org_type == below[0].org_type for m in alone.get(unit + 2, [])) if below else False
        if len(ms) == 1 and len(below) == 1 and ms[0].role is None and not listed \
                and below[0].org_type in _UNDER.get(ms[0].org_type, ()):
            ms[0].role = "parent"


def expand(text: str) -> str:
    """Standard abbreviations spelled out ("อบต.หนองแค" → "องค์การบริหารส่วนตำบลหนองแค")."""
    if "." not in text:
        return text
    for pattern, full in ABBREV:
        text = pattern.sub(full, text)
    return text


def _mentions_in(text: str, where: Where, unit: int) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in TITLE.finditer(text):  # officials' titles: the body they head
        name = _trim(m.group(2))
        # "…เสนอนายกเทศมนตรีเมื่อสิ้นปีงบประมาณ": the title alone, common words after it, heads no named body
        if name and _proper(name):
            body_type = dict(B.OFFICIAL_TITLES)[m.group(1)]
            out.append(Mention(body_type, name, where, unit, m.start(), m.start(2) + len(name), signature=True,
                               via_title=True))
            taken.append((m.start(), m.end()))
    for m in KNOWN.finditer(text):  # state enterprises known by their full names
        name, org_type = _KNOWN[m.lastindex - 1] if m.lastindex else ("", "")
        if not any(a <= m.start() < b for a, b in taken):
            own, end = _with_branch(text, name[len(org_type):], m.end(), org_type)  # "ธนาคารออมสิน สาขาขอนแก่น"
            out.append(Mention(org_type, own, where, unit, m.start(), end,
                               signature=any(w in text[max(0, m.start() - 20):m.start()] for w in B.SIGNATURE_WORDS)))
            taken.append((m.start(), end))
    for m in NUMBER_BODY.finditer(text):  # "กองบิน 21", "มณฑลทหารบกที่ 23": a number names the body
        if _word_start(text, m.start()) and not any(a <= m.start() < b for a, b in taken):
            out.append(Mention(_NUMBER_TYPE_OF[m.group(1)], text[m.end(1):m.end()], where, unit, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    resume = [0]
    for m in _body_matches(text, resume):
        resume[0] = m.end(1)  # a match that names no body: the next may start in its run
        if any(a <= m.start() < b for a, b in taken):
            continue
        org_type = _TYPE_OF[m.group(1)]
        if org_type not in _SPECIFIC and not _word_start(text, m.start()):
            continue
        if m.start(2) > m.end(1) and (org_type not in _SPECIFIC or org_type in B.TYPES_NAME_ATTACHED):
            continue  # "…กลุ่มเทศบาล จากจำนวน…": a bare word, the next word is no name
        name = _trim(m.group(2), generic=org_type not in _SPECIFIC)
        if name and org_type in B.TYPES_NAME_PROPER and not _proper(name):
            continue
        if not name or (org_type not in _SPECIFIC and name.startswith(B.INTERNAL_UNITS)):
            continue
        if org_type + name in B.CATEGORY_NAMES:
            continue
        end = m.start(2) + len(name)
        if name in B.HONORIFIC_NAMES and (h := HONORED.match(text, end)) and (rest := _trim(h.group(1))):
            name, end = name + text[end:h.start(1)] + rest, h.start(1) + len(rest)  # "…สมเด็จพระยุพราช สว่างแดนดิน"
        if name.endswith(B.ORDINAL_WORD) and (o := ORDINAL.match(text, end)):
            name, end = name + o.group(), o.end()  # "ศูนย์อนามัยที่ 7": the number ends the name
        if org_type in B.ZONED_TYPES:
            name, end = _with_zone(text, name, end)
        if org_type in B.BRANCHED_TYPES:
            name, end = _with_branch(text, name, end, org_type)
        if org_type in B.NUMBERED_TYPES:
            name, end = _with_number(text, name, end)
        if org_type in B.PAREN_NAMED_TYPES:
            name, end = _with_paren_name(text, name, end)
        if _collective(text, m.start(), end):
            continue
        start = m.start()
        unit_of = UNIT_BEFORE[org_type].search(text, max(0, start - 48), start) if org_type in _UNITS_OF else None
        parent = ""
        if unit_of and not unit_of.group(1).startswith(B.UNIT_NOT_NAME):
            # "คณะวิทยาศาสตร์ มหาวิทยาลัยขอนแก่น": the faculty, with its university's name
            parent = org_type + name
            name = f"{unit_of.group(1)}{text[unit_of.end(1):start]}{org_type}{name}"
            org_type, start = _UNITS_OF[org_type][1], unit_of.start()
        resume[0] = end
        mention = Mention(org_type, name, where, unit, start, end, parent=parent)
        mention.signature = any(w in text[max(0, m.start() - 20):m.start()] for w in B.SIGNATURE_WORDS)
        out.append(mention)
    out += _english_mentions(text, where, unit, taken)
    for mention in out:
        mention.role = _role(text, mention)
        _credited(mention)
        if mention.via_title and mention.role == "parent":
            mention.role = None  # "รายงานผลต่อนายก…": the subject's own head, whom its staff report to
    return out


def _body_matches(text: str, resume: list[int]):
    """BODY's matches in ``text``, each looked for from ``resume[0]`` (set by the caller: where the body it
    read ends). A name is cut out of the run of Thai letters BODY takes ("ชุมแพได้รับการตรวจประเมินจาก
    มหาวิทยาลัยขอนแก่น"): the next body may be in that run."""
    while (m := BODY.search(text, resume[0])) is not None:
        yield m


def _english_mentions(text: str, where: Where, unit: int, taken: list[tuple[int, int]]) -> list[Mention]:
    """Bodies named in English ("Nong Khai Municipality"), their names in Thai (bodies.ENGLISH_BODY_TYPES):
    the run of words before the type phrase that is one place's English name, on a line whose only English
    is that name (a letterhead, a title, the name beside the Thai one). In an English sentence ("… the
    highest score went to Phon Thong municipality") no cue word tells whose name it is: no mention."""
    if not _LATIN.search(text):
        return []
    from extract.parse.gazetteer import english_key, english_places

    places = english_places()
    out = []
    for m in ENGLISH_BODY.finditer(text):
        if any(a <= m.start() < b for a, b in taken) or _LATIN_LETTER.search(text[:m.start()] + text[m.end():]):
            continue
        words = _WORD_BREAKS.split(m.group(1).strip())
        org_type, kinds, prefix = _ENGLISH_TYPE_OF[" ".join(m.group(2).lower().split())]
        thai = _one_place(places.get(english_key("".join(words))), kinds)
        if thai:
            out.append(Mention(org_type, prefix + thai, where, unit, m.start(), m.end()))
    for m in ENGLISH_KNOWN.finditer(text):
        if any(a <= m.start() < b for a, b in taken) or _LATIN_LETTER.search(text[:m.start()] + text[m.end():]) \
                or any(o.start <= m.start() < o.end for o in out):
            continue
        if m.group(1):
            org_type, name = _KNOWN_ENGLISH[" ".join(m.group(1).lower().split())]
        else:
            org_type, name = _PERMANENT_SECRETARY_OFFICE, _ENGLISH_MINISTRY[" ".join(m.group(2).lower().split())]
        out.append(Mention(org_type, name, where, unit, m.start(), m.end()))
    return out


def _one_place(found: tuple[tuple[str, int], ...] | None, kinds: tuple[int, ...]) -> str | None:
    """The Thai name of an English place name among places of ``kinds``: the only one, else the only
    province or district."""
    found = tuple(place for place in found or () if place[1] in kinds)
    if not found:
        return None
    names = {name for name, _ in found}
    if len(names) == 1:
        return names.pop()
    big = {name for name, kind in found if kind < 2}
    return big.pop() if len(big) == 1 else None


def _with_zone(text: str, name: str, end: int) -> tuple[str, int]:
    """The area number after a zoned body's name is part of it ("…สุรินทร์ เขต ๒")."""
    if name.endswith("เขต"):  # "สุรินทร์เขต2": the run took the word
        z = ZONE_DIGITS.match(text, end)
        if z:
            return name + z.group(), z.end()
    z = ZONE.match(text, end)
    return (name + z.group(), z.end()) if z else (name, end)


def _with_branch(text: str, name: str, end: int, org_type: str) -> tuple[str, int]:
    """A branch office's name after the body's is part of it: "… สาขานางรอง", and for a body named by its
    places' offices "…อำเภอกันทรลักษ์" (bodies.BRANCHED_TYPES, PLACE_BRANCHED_TYPES)."""
    b = BRANCH.match(text, end)
    if b is None or b.group(1) not in _branch_words(org_type):
        return name, end
    if any(w in name for w in _branch_words(org_type)):
        return name, end  # "การประปาส่วนภูมิภาคสาขาบ้านไผ่ อำเภอบ้านไผ่": the branch's address, not a second branch
    run = b.group(2)
    if b.group(1) == B.BRANCH_WORD and run.startswith(B.BRANCH_NOT_NAME):
        return name, end
    branch = _trim(run)
    if branch is None or (b.group(1) != B.BRANCH_WORD and branch not in _place_names()):
        return name, end
    return name + text[end:b.start(2)] + branch, b.start(2) + len(branch)


def _branch_words(org_type: str) -> tuple[str, ...]:
    if org_type not in B.BRANCHED_TYPES:
        return ()
    return (B.BRANCH_WORD, *(B.BRANCH_PLACE_WORDS if org_type in B.PLACE_BRANCHED_TYPES else ()))


def _a_branch(body: Body, m: Mention) -> bool:
    """``m`` names a branch of ``body`` as spelled so far: its name and a branch's ("… สาขานางรอง")."""
    b = BRANCH.fullmatch(m.name, len(body.name)) if m.name.startswith(body.name) else None
    return b is not None and m.org_type == body.org_type and b.group(1) in _branch_words(m.org_type)


def _with_number(text: str, name: str, end: int) -> tuple[str, int]:
    """A branch number after a numbered type's name is part of it ("โรงเรียนสตรีวิทยา ๒"), with a
    parenthesised name before it ("… (สิงห์ สิงหเสนี) ๒"), when the line ends or a name's end follows."""
    n = NAME_NUMBER.match(text, end)
    if n is None:
        return name, end
    after = text[n.end():].lstrip()
    if after and not after.startswith((*B.NAME_NUMBER_FOLLOW, *NAME_END_WORDS)):
        return name, end
    return name + n.group(), n.end()


def _with_paren_name(text: str, name: str, end: int) -> tuple[str, int]:
    """A second name in brackets after the name is part of it ("โรงเรียนบ้านโนนสวรรค์ (ประชาสามัคคี)"),
    when the line ends or a name's end follows, and the brackets hold no place, parent or type word."""
    if name.endswith(")"):  # a bracketed name before a branch number, taken already
        return name, end
    n = PAREN_NAME.match(text, end)
    if n is None:
        return name, end
    inner = n.group(1)
    if inner.startswith((*B.PAREN_NOT_NAME, *_TYPE_OF)) or inner.replace(" ", "") in _district_names():
        return name, end
    after = text[n.end():].lstrip()
    if after and not after.startswith((*B.NAME_NUMBER_FOLLOW, *NAME_END_WORDS)):
        return name, end
    return name + n.group(), n.end()


_THAI_LETTER = patterns.compile(r"\p{Thai}")


# the text after a mention its after-cues are looked for in: room for the longest cue after a gap
_AFTER_REACH = B.ROLE_GAP + max(len(cue) for cue, _ in B.CUES_AFTER)


def _word_start(text: str, start: int) -> bool:
    if start == 0 or not _THAI_LETTER.match(text[start - 1]):
        return True
    return text[:start].endswith(B.WORD_BEFORE_BODY)


def _trim(run: str, generic: bool = False) -> str | None:
    """The name at the start of ``run`` (the Thai letters after a type word), or None when the run
    is no name ("ทุกแห่ง", "ในสังกัด"). Its end is the first stop word that is a whole word of the
    run — words from pythainlp's tokenizer with every Thai place name (geothai) in its dictionary,
    so a place name is never cut inside ("ขอนแก่นได้คะแนน" → ขอนแก่น) nor rejected ("จะนะ")."""
    tokens = _tokens(run)
    places = _place_names()
    if tokens[0] not in places and tokens[0].startswith(B.NOT_A_NAME) and not run.startswith(B.NAME_NOT_FUNCTION_WORD):
        return None
    words = GENERIC_NAME_END_WORDS if generic else NAME_END_WORDS
    name = run[:_stop_at(run, tokens, words, places, subdistrict=not generic)].rstrip("-–")
    return name if len(name) >= 2 else None


def _stop_at(run: str, tokens: tuple[str, ...], words: tuple[str, ...], places: frozenset[str],
             subdistrict: bool) -> int:
    """Where the first stop word begins that starts on a word of ``run`` (not a place name) and ends
    on a word boundary, or begins a compound of itself and a word ("ได้รับ", not "ขอน"); len(run)
    when none does."""
    ends, pos = set(), 0
    for token in tokens:
        pos += len(token)
        ends.add(pos)
    pos = 0
    for token in tokens:
        if token not in places:
            for w in words:
                if run.startswith(w, pos) and (pos + len(w) in ends or _tokens(w)[0] == token
                                               or token[len(w):] in _words()):  # "ได้รับ" = ได้ + รับ
                    return pos
            if subdistrict and token.startswith("ตำบล") and pos + 4 < len(run):
                return pos  # "…บ้านโป่งตำบลบ้านโป่ง": the place of the body, not its name
        pos += len(token)
    return len(run)


def proper_name(name: str) -> bool:
    """``name`` holds a place name or a word the dictionary does not know: a body's name after its type
    word, not common words ("น่าอยู่อย่างยั่งยืน" after "เทศบาล" names an evaluation, not a body)."""
    return _proper(name)


def _proper(name: str) -> bool:
    """The name holds a place name or a word the dictionary does not know (a proper name): not only
    common words ("เท่ากับ", "ติดอันดับที่")."""
    places, words = _place_names(), _words()
    if name in _district_names():  # "พล", "ปัว": a district's whole name, too short to search text for
        return True
    return any(t in places or t not in words for t in _tokens(name))


def _collective(text: str, start: int, end: int) -> bool:
    """A mention of a group of bodies ("จาก 38 มหาวิทยาลัยราชภัฏทั่วประเทศ", "ทุกเทศบาล"), not of one."""
    if text[end:].lstrip().startswith(B.COLLECTIVE_AFTER):
        return True
    before = thai_to_arabic(text[:start]).rstrip()
    return before.endswith(B.COLLECTIVE_BEFORE) or bool(COUNT_BEFORE.search(before))


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Every Thai province, district and subdistrict name (geothai) but body words."""
    from extract.parse.gazetteer import tables

    return tables()[0]


@lru_cache(maxsize=1)
def _district_names() -> frozenset[str]:
    """Every district and province name, short ones included (the search list drops names under 3 letters)."""
    from extract.parse.gazetteer import tables

    _, districts, provinces = tables()
    return frozenset(districts) | frozenset(provinces)


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    from normalize.words import report_words

    return report_words().words


@lru_cache(maxsize=1)
def _name_trie():
    from normalize.words import report_words

    return report_words().extend(_place_names())  # the shared dictionary, not a second one


@lru_cache(maxsize=8192)
def _tokens(run: str) -> tuple[str, ...]:
    """Words of ``run``; the longest place name it begins with is one word first ("น้ำเป็นได้…" is
    น้ำเป็น + ได้, where the tokenizer alone reads น้ำ + เป็นได้)."""
    from normalize.words import tokenize

    places = _place_names()
    for k in range(min(len(run), _longest_place()), 2, -1):
        if run[:k] in places:
            rest = _tokens(run[k:]) if k < len(run) else ()
            if not rest or rest[0] in _words() or rest[0] in places:
                return (run[:k], *rest)
    return tuple(tokenize(run, _name_trie(), keep_whitespace=False)) or ("",)


@lru_cache(maxsize=1)
def _longest_place() -> int:
    return max(map(len, _place_names()))


# the role _role gives a body whose head a credit line names: taken as "party" with no signature
# (_credited): whose head advises says nothing of whose report it is, the subject's or a parent's
_CREDIT = "credit"


def _credited(m: Mention) -> None:
    if m.role == _CREDIT:
        m.role, m.signature = "party", False


def _role(text: str, m: Mention) -> str | None:
    if any(e in m.name for e in B.EVALUATOR_NAMES):
        return "evaluator"
    after = text[m.end:m.end + _AFTER_REACH].lstrip()
    for cue, role in B.CUES_AFTER:
        if after.startswith(cue) or (role != "subject" and cue in after[:B.ROLE_GAP + len(cue)]):
            if role in B.NOT_SUBJECT_ROLES:
                return role
            after_role = role
            break
    else:
        after_role = None
    before = text[max(0, m.start - B.ROLE_GAP - 30):m.start]
    if _OWNER_OF_NUMBER.search(before):
        return "owner"  # another body's number ("… 99.12 ของเทศบาลตำบลโพนทอง"): no subject support
    best, best_at, best_cue = None, -1, ""
    for cue, role in B.CUES_BEFORE:
        at = before.rfind(cue)
        if at >= 0 and len(before) - (at + len(cue)) <= B.ROLE_GAP and at + len(cue) > best_at:
            best, best_at, best_cue = role, at + len(cue), cue
    if best_cue in B.CREDIT_CUES and (m.via_title or _HEAD_BEFORE.search(before)):
        return _CREDIT  # a credit line naming a body's head ("ที่ปรึกษา: นายกเทศมนตรีตำบล…")
    return best if best in B.NOT_SUBJECT_ROLES else (best or after_role)


def _abbreviated(texts: list[str], units, defined: dict[str, tuple[str, str]]) -> list[Mention]:
    """Mentions through an abbreviation the text defines, or a standard agency abbreviation."""
    table = {a: (t, n, False) for a, (t, n) in defined.items()}
    for abbr, full in B.AGENCY_ABBREVIATIONS:
        if abbr not in table:
            m = BODY.match(full)
            if m:
                table[abbr] = (_TYPE_OF[m.group(1)], full[len(m.group(1)):], True)
    out: list[Mention] = []
    for abbr, (org_type, name, weak) in table.items():
        pattern = _abbr_pattern(abbr)
        for i, text in enumerate(texts):
            if abbr not in text:
                continue
            for m in pattern.finditer(text):
                if text[:m.start()].rstrip().endswith("("):
                    continue  # the definition itself
                mention = Mention(org_type, name, units[i][1], i, m.start(), m.end(), weak=weak)
                mention.role = _role(text, mention)
                _credited(mention)
                out.append(mention)
    return out


@lru_cache(maxsize=64)
def _abbr_pattern(abbr: str):
    return regex.compile(rf"(?<![\p{{Thai}}.]){regex.escape(abbr)}\.?(?![\p{{Thai}}])")


def _merge(mentions: list[Mention]) -> list[Body]:
    """One Body per body: spellings that extend or nearly equal another of the same type are one body,
    and a เทศบาล printed without its level joins the levelled name."""
    bodies: list[Body] = []
    order = sorted(mentions, key=lambda m: (m.org_type == "เทศบาล", m.weak, m.unit))
    counts: dict[tuple[str, str], int] = {}
    for m in mentions:
        counts[(m.org_type, m.name)] = counts.get((m.org_type, m.name), 0) + 1
    # most used spelling first, so it names the body
    order.sort(key=lambda m: (m.org_type == "เทศบาล", -counts[(m.org_type, m.name)], m.unit))
    for m in order:
        body = next((b for b in bodies if _same(b, m)), None)
        if body is None:
            body = Body(m.org_type, m.name)
            bodies.append(body)
        body.mentions.append(m)
        if (m.org_type == body.org_type and m.name.startswith(body.name)
                and (PAREN_NAME.fullmatch(m.name, len(body.name)) or _a_branch(body, m))):
            # the name with its second name in brackets is the whole name, however often it is cut short
            # ("โรงเรียนบ้านโนนสวรรค์ (ประชาสามัคคี)" in the title, "โรงเรียนบ้านโนนสวรรค์" in the text); a branch
            # office's name too ("การไฟฟ้าส่วนภูมิภาคอำเภอกันทรลักษ์", then "การไฟฟ้าส่วนภูมิภาค")
            body.spellings = {(m.org_type + m.name if k == body.full else k): v for k, v in body.spellings.items()}
            body.name = m.name
        if m.org_type == body.org_type and not (m.via_title or m.weak):
            # a name run on into the next words ("สบปราบมีการ…") is the body's spelling, not a variant
            spelling = body.full if m.name.startswith(body.name) else m.org_type + m.name
            body.spellings.setdefault(spelling, []).append(m.where)
    return bodies


def _same(body: Body, m: Mention) -> bool:
    same_type = body.org_type == m.org_type or (m.org_type == "เทศบาล" and body.org_type.startswith("เทศบาล"))
    if not same_type:
        return False
    a, b = body.name, m.name
    za, zb = _ZONE_NUMBER.search(a), _ZONE_NUMBER.search(b)
    if za and zb and thai_to_arabic(za.group(1)) != thai_to_arabic(zb.group(1)):
        return False  # "…เขต 1" and "…เขต 2" are two bodies
    na, nb = _BRANCH_NUMBER.search(a), _BRANCH_NUMBER.search(b)
    if body.org_type in B.NUMBERED_TYPES and (na or nb) and thai_to_arabic(na.group(1) if na else "") != thai_to_arabic(nb.group(1) if nb else ""):
        return False  # "โรงเรียนสตรีวิทยา ๒" is not โรงเรียนสตรีวิทยา nor โรงเรียนสตรีวิทยา 1
    if a == b or (len(a) >= 3 and b.startswith(a)) or (len(b) >= 3 and a.startswith(b)):
        return True
    return min(len(a), len(b)) >= 4 and SequenceMatcher(None, a, b).ratio() >= 0.8


def _scored(text: str, end: int, later_starts: list[int]) -> bool:
    """A score or grade follows the mention ending at ``end`` within MULTI_SCORE_WINDOW letters, before the
    next mention, the assessment's name and year not counted (B.MULTI_SCORE_FILLER)."""
    stop = min([len(text), *later_starts])
    after = MULTI_SCORE_FILLER.sub(" ", thai_to_arabic(text[end:stop]))
    return bool(SCORE_OR_GRADE.search(after[:B.MULTI_SCORE_WINDOW]))



def _family(org_type: str) -> str:
    """The kind of a body: its shortest type word (เทศบาลตำบล/เทศบาลเมือง → เทศบาล, วิทยาลัยเทคนิค →
    วิทยาลัย), so a table of several colleges of different types is several bodies of one kind; the local
    governments are one kind (B.BODY_FAMILIES: a list of เทศบาล and อบต. results)."""
    word = min((w for w in _TYPE_OF if org_type.startswith(w)), key=len, default=org_type)
    return B.BODY_FAMILIES.get(word, word)


def _several(bodies: list[Body], texts: list[str], places, any_kind: bool = False) -> list[str]:
    """Names of the scored bodies when several of one kind (of any kind: ``any_kind``) each carry a
    score, else []."""
    scored: dict[str, list[str]] = {}
    for body in bodies:  # distinct NAMED bodies, each with a score of its own
        with_score = [m for m in body.mentions if m.scored and not m.bad]
        # a name of common words ("กรมบัญชีกลาง") counts when it opens a list item of its own ("1. กรมบัญชีกลาง
        # 99.51 คะแนน"): a row of a ranking, not a phrase that runs on
        if with_score and (_proper(body.name)
                           or any(LIST_ITEM_BEFORE.fullmatch(texts[m.unit][:m.start]) for m in with_score)):
            scored.setdefault("" if any_kind else _family(body.org_type), []).append(body.full)
    seen: set[str] = set()
    for name, unit, start, end in places:
        later = [s for n, u, s, _ in places if u == unit and s > start]
        if name in seen or name not in _place_names() or _collective(texts[unit], start, end):
            continue  # only a real province, named alone, is a body ("จากทั้งหมด 76 จังหวัด" is not)
        if _scored(texts[unit], end, later):
            seen.add(name)
            scored.setdefault("จังหวัด", []).append("จังหวัด" + name)
    if not any(len(names) >= B.MULTI_MIN_BODIES for names in scored.values()):
        return []
    # several of one kind decide it; every scored named body is listed (a health office with its
    # hospitals); provinces only when they are what the document compares
    return [name for family, names in scored.items() for name in names
            if family != "จังหวัด" or len(names) >= B.MULTI_MIN_BODIES]

"""Data tables for normalize.thai and normalize.wrap_spaces: PUA glyph code points and extra dictionary words.

PUA table source: HarfBuzz ``src/hb-ot-shaper-thai.cc`` (``thai_pua_shape``), cross-checked against
the cmaps and glyph names of the TLWG fonts (see docs THAI_PDF §8). Fonts built for Windows
(TH SarabunPSK, Angsana…) put their positional variants at U+F700–U+F720, Mac fonts at U+F884–U+F89E.
Every variant is the same letter drawn shifted or without its descender, so it maps to the base code
point. Do not use the table of korakot/skills ``fix-thai-pdf`` (F701→ก …): it contradicts the fonts.
"""
from __future__ import annotations

from pathlib import Path

_TONES = ("\u0e48", "\u0e49", "\u0e4a", "\u0e4b", "\u0e4c")  # ่ ้ ๊ ๋ ์

# Windows PUA (U+F700–U+F720)
_WIN: dict[int, str] = {
    0xF700: "\u0e10",  # ฐ without descender
    0xF70F: "\u0e0d",  # ญ without descender
    0xF701: "\u0e34", 0xF702: "\u0e35", 0xF703: "\u0e36", 0xF704: "\u0e37",  # ิ ี ึ ื shifted left
    **{0xF705 + i: t for i, t in enumerate(_TONES)},  # tones shifted down-left
    **{0xF70A + i: t for i, t in enumerate(_TONES)},  # tones shifted down
    0xF710: "\u0e31", 0xF711: "\u0e4d", 0xF712: "\u0e47",  # ั ํ ็ shifted left
    **{0xF713 + i: t for i, t in enumerate(_TONES)},  # tones shifted left
    0xF718: "\u0e38", 0xF719: "\u0e39", 0xF71A: "\u0e3a",  # ุ ู ฺ lowered
    # only in the TLWG fonts' cmaps (.alt / .high glyphs)
    0xF71B: "\u0e0e", 0xF71C: "\u0e0f", 0xF71D: "\u0e2c", 0xF71E: "\u0e4d", 0xF71F: "\u0e47",
    0xF720: "\u0e4e",
}

# Mac PUA (U+F884–U+F89E)
_MAC: dict[int, str] = {
    0xF89E: "\u0e10", 0xF89A: "\u0e0d",
    0xF885: "\u0e34", 0xF886: "\u0e35", 0xF887: "\u0e36", 0xF888: "\u0e37",
    **dict(zip((0xF88C, 0xF88F, 0xF892, 0xF895, 0xF898), _TONES)),  # shifted down-left
    **dict(zip((0xF88B, 0xF88E, 0xF891, 0xF894, 0xF897), _TONES)),  # shifted down
    0xF884: "\u0e31", 0xF899: "\u0e4d", 0xF889: "\u0e47",
    **dict(zip((0xF88A, 0xF88D, 0xF890, 0xF893, 0xF896), _TONES)),  # shifted left
    0xF89B: "\u0e38", 0xF89C: "\u0e39", 0xF89D: "\u0e3a",
}

PUA_TO_THAI: dict[int, str] = {**_WIN, **_MAC}

# Words of Thai local-government reports that pythainlp's dictionary lacks (checked against
# thai_words() of pythainlp 5.4). They make the dictionary-based repairs read these words (never
# triggering a change by themselves) and let wrap joining see "ทุกส่วน ราชการ" as one compound.
DOMAIN_WORDS: frozenset[str] = frozenset({
    "ทุกส่วนราชการ", "สำนักปลัดเทศบาล", "การปฏิบัติราชการ", "การปฏิบัติงาน", "การปฏิบัติหน้าที่",
    "หน่วยตรวจสอบภายใน", "การเปิดเผยข้อมูล",
    "มีการ", "ตัวชี้วัด", "ส่วนตน", "สำนักปลัด", "ปลัดเทศบาล", "ปฏิบัติราชการ", "หลักธรรมาภิบาล",
    "ผู้มีส่วนได้ส่วนเสีย", "ข้อร้องเรียน", "เรื่องร้องเรียน", "การจัดซื้อจัดจ้าง", "จัดซื้อจัดจ้าง",
    "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข", "ตรวจสอบภายใน", "ผู้รับบริการ",
    "ผู้มารับบริการ", "แผนปฏิบัติการ", "ความโปร่งใส", "ผลประโยชน์ทับซ้อน", "พนักงานเทศบาล",
    "พนักงานส่วนตำบล", "ผู้นำชุมชน", "สื่อสังคมออนไลน์", "องค์การบริหารส่วนตำบล", "อบต",
    "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "สาธารณสุขอำเภอ", "โรงพยาบาลส่งเสริมสุขภาพตำบล",
    "ปีงบประมาณ", "ประจำปีงบประมาณ", "ไตรมาส", "คุณธรรม", "ทุจริต", "ประพฤติมิชอบ",
    "เผยแพร่", "ประชาสัมพันธ์", "เว็บไซต์", "ผู้บริหาร", "ผู้บังคับบัญชา", "ผู้ใต้บังคับบัญชา",
})

# Legacy 8-bit Thai (TIS-620 bytes with Apple's Mac OS Thai positional variants at 0x80-0x9F),
# shown through a MacRoman font mapping: "°“√®—¥∑”§Ÿà¡◊Õ" is การจัดทำคู่มือ. Byte → text, from
# the Unicode consortium's APPLE/THAI.TXT; each positional variant maps to its base character.
MAC_THAI_BYTES: dict[int, str] = {
    0x80: "\u00ab", 0x81: "\u00bb", 0x82: "\u2026",
    **dict(zip(range(0x83, 0x88), _TONES)),  # low-left tones
    **dict(zip(range(0x88, 0x8D), _TONES)),  # low tones
    0x8D: "\u201c", 0x8E: "\u201d", 0x8F: "\u0e4d", 0x91: "\u2022",
    0x92: "\u0e31", 0x93: "\u0e47", 0x94: "\u0e34", 0x95: "\u0e35", 0x96: "\u0e36", 0x97: "\u0e37",
    **dict(zip(range(0x98, 0x9D), _TONES)),  # left tones
    0x9D: "\u2018", 0x9E: "\u2019", 0xA0: "\u00a0",
    **{b: chr(0x0E01 + b - 0xA1) for b in range(0xA1, 0xDB)},  # ก … ฺ
    0xDB: "", 0xDC: "", 0xDD: "\u2013", 0xDE: "\u2014", 0xDF: "\u0e3f",
    **{b: chr(0x0E40 + b - 0xE0) for b in range(0xE0, 0xEE)},  # เ … ํ
    0xEE: "\u0e4e", 0xEF: "\u0e4f",
    **{b: chr(0x0E50 + b - 0xF0) for b in range(0xF0, 0xFA)},  # ๐ … ๙
    0xFA: "\u00ae", 0xFB: "\u00a9",
}


def province_names() -> frozenset[str]:
    """pythainlp's Thai province names (its annotation also allows the list of dicts that
    ``details=True`` gives)."""
    from pythainlp.corpus import provinces
    names = provinces()
    if not isinstance(names, frozenset):
        raise TypeError(f"pythainlp.corpus.provinces() gave a {type(names).__name__}, not names")
    return names


def _geothai_data() -> list[Path]:
    """geothai's data files (provinces, districts, subdistricts), found without importing it."""
    from importlib.util import find_spec

    spec = find_spec("geothai")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        if (Path(folder) / "_data").is_dir():
            return sorted(f for f in (Path(folder) / "_data").iterdir() if f.name.endswith(".json"))
    return []


def place_files() -> list[bytes]:
    """What place_names reads (a key of the language model's cache files): each file's digest,
    read and hashed once a process."""
    from . import data_cache

    return [data_cache.file_digest(f) for f in _geothai_data()]


def place_names() -> frozenset[str]:
    """Every Thai province, district and subdistrict name (geothai; Bangkok's "เขต"/"แขวง" left
    off). A body is named after its subdistrict or district ("เทศบาลตำบลท่าขอนยาง"), and most of these
    names are no dictionary word: where a page drops marks, "ทาขอนยาง" is read as the place, and
    a place spelt without marks ("ทาปลาดุก", "โนนสูง") is no word that lost them."""
    import geothai

    names: set[str] = set()
    for p in geothai.provinces():
        names.add(p.name_th)
        for d in geothai.districts(p.code):
            names.add(d.name_th.removeprefix("เขต"))
            names.update(x.name_th.removeprefix("แขวง") for x in geothai.subdistricts(d.code))
    return frozenset(names)

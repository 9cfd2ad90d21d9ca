"""Thai place names from geothai as the parsers read them, built once per process and cached.

Reading geothai's tables takes longer than the rest of a small text report (~0.1 s), so the
names are kept in a cache file (normalize.data_cache) keyed on geothai's data files and this
module and the body words it leaves out.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def tables() -> tuple[frozenset[str], dict[str, set[str]], set[str]]:
    """(province, district and subdistrict names that can be a body's name, district name → its
    provinces, province names)."""
    from normalize import data_cache

    return data_cache.load_or_build("places", _sources, _build)


def _sources() -> list[bytes]:
    here = Path(__file__)
    return [*(f.read_bytes() for f in sorted(_geothai_data().iterdir(), key=lambda f: f.name) if f.name.endswith(".json")),
            here.read_bytes(), (here.parent.parent.parent / "schemas" / "bodies.py").read_bytes()]


def _geothai_data():
    """geothai's data folder, found without importing geothai (its import was ~0.02-0.08 s of a
    one-file run that then read the names from the cache: issue 13); importlib.resources where
    the package is not a plain folder (e.g. zipped)."""
    from importlib.util import find_spec

    spec = find_spec("geothai")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        if (Path(folder) / "_data").is_dir():
            return Path(folder) / "_data"
    from importlib.resources import files

    return files("geothai").joinpath("_data")


def _build() -> tuple[frozenset[str], dict[str, set[str]], set[str]]:
    import geothai

    from schemas import bodies as B

    names: set[str] = set()
    districts: dict[str, set[str]] = {}
    provinces: set[str] = set()
    for p in geothai.provinces():
        names.add(p.name_th)
        provinces.add(p.name_th)
        for d in geothai.districts(p.code):
            names.add(d.name_th.removeprefix("เขต"))
            districts.setdefault(d.name_th.removeprefix("เขต"), set()).add(p.name_th)
            names.update(s.name_th.removeprefix("แขวง") for s in geothai.subdistricts(d.code))
    stop = {*B.NOT_A_NAME, *B.NAME_END_WORDS, *B.COLLECTIVE_AFTER}
    return frozenset(n for n in names if len(n) >= 3 and n not in stop), districts, provinces


@lru_cache(maxsize=1)
def english_places() -> dict[str, tuple[tuple[str, int], ...]]:
    """A place's English name (geothai; lower-cased, spaces and hyphens removed) → its Thai names, each
    with its kind: 0 a province, 1 a district, 2 a subdistrict."""
    from normalize import data_cache

    return data_cache.load_or_build("places_en", _sources, _build_english)


def english_key(name: str) -> str:
    """How an English place name is looked up: lower-cased, spaces and hyphens removed."""
    return "".join(c for c in name.lower() if c.isalnum())


def _build_english() -> dict[str, tuple[tuple[str, int], ...]]:
    import geothai

    found: dict[str, set[tuple[str, int]]] = {}
    for p in geothai.provinces():
        found.setdefault(english_key(p.name_en), set()).add((p.name_th, 0))
        for d in geothai.districts(p.code):
            found.setdefault(english_key(d.name_en), set()).add((d.name_th.removeprefix("เขต"), 1))
            for sub in geothai.subdistricts(d.code):
                found.setdefault(english_key(sub.name_en), set()).add((sub.name_th.removeprefix("แขวง"), 2))
    return {k: tuple(sorted(v)) for k, v in found.items() if k}

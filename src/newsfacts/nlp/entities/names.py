"""What the lexicons know a name to be: a known person (``people.tsv``), or a country,
territory or province abroad, or a known organisation. Read where the small model's label of a
name is in doubt (:mod:`.relabel`, :mod:`.possessives`)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ... import lexicons
from ...lexicons import countries, subnational


@lru_cache(maxsize=8192)
def place_or_organisation(text: str) -> Optional[str]:
    """"GPE" for a country's, a territory's, a capital's or a province's name abroad, "ORG" for a known
    organisation's, else None."""
    if countries.country_codes(text) or countries.territory_country(text) or capital_name(text):
        return "GPE"  # "Kyiv" tagged PERSON: a capital names its country's government
    if not subnational.us_state(text) and countries.subnational_place(text) is not None:
        return "GPE"
    if lexicons.organisations().get(lexicons.name_key(text)):
        return "ORG"
    return None


def capital_name(text: str) -> bool:
    """True when ``text`` is a capital's name that is no surname or common word as well
    (``capital_surname`` in ``entity_words.tsv``: "Hamilton", "Male", "Washington")."""
    return bool(countries.capital_country(text)) and text.lower() not in lexicons.entity_words("capital_surname")


@lru_cache(maxsize=8192)
def known_person_name(text: str, *, strict: bool = True) -> bool:
    """True when ``text`` is a person of ``people.tsv``: a full name or alias, or a surname the
    list marks ``surname``; with ``strict``, never a name that is also a country, a capital,
    a US state, a nationality or a known organisation."""
    key = " ".join(text.split()).lower()
    listed = lexicons.people()
    if key not in listed["name"] and (" " in key or key not in listed["surname"]):
        return False
    if not strict:
        return True
    return not (
        countries.country_codes(text)
        or countries.capital_country(text)
        or subnational.us_state(text)
        or countries.demonym_country(text)
        or lexicons.organisations().get(lexicons.name_key(text))
    )

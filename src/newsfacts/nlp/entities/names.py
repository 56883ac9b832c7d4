"""What the lexicons know a name to be: a known person (``people.tsv``), or a country,
territory or province abroad, or a known organisation. Read where the small model's label of a
name is in doubt (:mod:`.relabel`, :mod:`.possessives`)."""

from __future__ import annotations

import re
from collections import Counter
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


def outlet_in_context(doc, i: int) -> bool:
    """True when the single word at token ``i`` is a news outlet of ``organisations.tsv``
    ("Bloomberg") in words that make it the outlet, not a person of that surname: one of
    ``outlet_before`` just before it ("told", "according to") or ``outlet_after`` just after
    ("poll", "reported"), both in ``entity_words.tsv``."""
    org = lexicons.organisations().get(lexicons.name_key(doc[i].text))
    if org is None or org.get("sector") != "MED":
        return False
    if i + 1 < len(doc) and doc[i + 1].lower_ in lexicons.entity_words("outlet_after"):
        return True
    before = lexicons.entity_words("outlet_before")
    one = doc[i - 1].lower_ if i >= 1 else ""
    two = f"{doc[i - 2].lower_} {one}" if i >= 2 else ""
    return one in before or two in before


def outlets_tagged_person(doc, persons: list, others: list) -> tuple[list, list]:
    """Move the model's one-word people that stand as a news outlet (:func:`outlet_in_context`:
    "told Bloomberg" tagged PERSON) to the organisations, relabelled ORG: (persons, others)."""
    keep, moved = [], []
    for p in persons:
        one_word = p.title is None and not p.honorific and " " not in p.text
        span = doc.char_span(p.start, p.end, alignment_mode="expand") if one_word else None
        if span is not None and len(span) == 1 and outlet_in_context(doc, span.start):
            p.label, p.kind, p.name_tokens = "ORG", "name", ()
            moved.append(p)
        else:
            keep.append(p)
    return keep, sorted(others + moved, key=lambda m: m.start) if moved else others


def shared_surnames(text: str, persons: list) -> None:
    """"Khizr and Ghazala Khan": a one-word name right before "and" and a full name takes that
    name's surname (its ``name_tokens`` become "Khizr Khan"; the mention's span stays). Only a
    word named alone only there, no surname of another person in the text, and a first name
    (``entity_gender.tsv``) or no known person's name (``people.tsv``): "Obama and Hillary
    Clinton" stays two people."""
    surnames = {p.name_tokens[-1] for p in persons if len(p.name_tokens) >= 2}
    by_start = {p.start: p for p in persons}
    first_names = lexicons.gender_words("first_name")
    alone = Counter(p.name_tokens[0] for p in persons if len(p.name_tokens) == 1)
    for p in persons:
        if len(p.name_tokens) != 1 or p.title is not None or p.honorific or text[p.end : p.end + 5] != " and ":
            continue
        nxt = by_start.get(p.end + 5)
        if nxt is None or len(nxt.name_tokens) != 2 or nxt.title is not None or lexicons.family_name_first(nxt.name_tokens):
            continue
        word = p.name_tokens[0]
        if word in surnames or alone[word] > 1 or (word.lower() not in first_names and known_person_name(word, strict=False)):
            continue  # "Manafort and Rick Gates ... Manafort said": a surname of its own
        p.name_tokens = (word, nxt.name_tokens[-1])


#: An acronym written with dots ("C.I.A.", "F.B.I", "N.A.A.C.P.").
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}[A-Z]?\.?(?:-(?:[A-Z]\.){2,})?$")


def known_dotted_acronym(text: str) -> Optional[dict]:
    """The ``organisations.tsv`` row of an acronym written with dots ("C.I.A." for "cia", the
    New York Times's style), or None; never a country's ("U.S.", "U.K.")."""
    if not _DOTTED.match(text) or countries.country_codes(text):
        return None
    known = lexicons.organisations()
    return known.get(text.replace(".", "").lower()) or known.get(lexicons.name_key(text))  # "A.F.L.-C.I.O."

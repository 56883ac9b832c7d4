"""One identity across a corpus: the ``actor_id`` of an entity.

Within a document the entity stage clusters "Vladimir Putin", "Putin" and "President Putin"
into one entity; across documents nothing did, so a corpus had one row per spelling. The
actor id names the real-world actor, the same in every document. The rules, first that
applies:

1. a person on the list of known office holders (``lexicons/people.tsv``):
   ``people:<the person's first name form on the list, lower case>`` (the list's own entry
   id), matched on any of the person's name forms, normalised; on the full name without
   single-letter middle initials ("Donald J. Trump"); or on a lone surname that the list's
   surname index (rows marked ``surname``) gives to exactly one person, with no other person
   on the list of that surname ("Putin" alone; not "Clinton" or "Bush", which name several
   people). Our own list is the one id space for the people on it: a PETRARCH2 entry of a
   person on the list is that person's ``people:`` id too (``petrarch:BARACK_OBAMA`` ->
   ``people:barack obama``), so the dictionary that coded a mention never splits a person;
2. an organisation (not a place or nationality) on our list of known organisations
   (``lexicons/organisations.tsv``), coded with the list's country: ``org:<canonical
   name>``, whatever dictionary coded it (an institution the text gives another country,
   "Ivory Coast's Supreme Court", is not the list's: it falls to the rules below);
3. ``actor.entry``: the dictionary entry the actor code came from (``people:...`` for a
   surname the dated coding resolved, ``petrarch:GOLDMAN_SACHS``), when the coding set one;
4. a country (a GPE whose name is a country name of its code): ``country:<ISO3>``
   ("US", "U.S.", "United States", "America");
4b. a place inside a country (a GPE, no dictionary entry needed) coded with that country:
   ``region:<ISO 3166-2 code>`` (:func:`region_id`): a US state by its name or AP
   abbreviation ("Texas", "Tex." -> ``region:US-TX``), a province or state of another
   country ("Ontario" coded CAN -> ``region:CA-ON``); not where the country also has a city
   of that name ("New York", "Quebec", "Idlib": the same word names two places; in the US
   only a city of 100,000 or more) nor for a national capital ("Washington");
5. a nationality (a NORP whose name is a demonym of its code): ``nationality:<ISO3>``
   ("American", "Americans"): a people, not the state, so not ``country:``;
6. anything else: ``name:<normalised name>|<ISO3 or ->``.

Normalised names (:func:`normalise_name`): lower case, accents folded, curly quotes
straightened, a possessive and a leading "the" dropped, the dots of initials and
abbreviations dropped ("U.S." -> "u s", "George W. Bush" -> "george w bush"), other
punctuation a space; for an organisation, a company's legal form at the end ("Nabisco Inc."
-> "nabisco", so "Nabisco Inc" and "Nabisco" are one actor; "Apple Inc." is the list's
"Apple"); for a person, leading honorifics and titles are dropped too
("President Putin" -> "putin"). The store's migration computes the same ids from stored
names and codes (:func:`stored_actor_id`): a 1.0.0 store has no dictionary entry, so it
looks the stored name up in PETRARCH2's dictionaries the way the coding does (full names, a
one-word organisation only under its own entry) and takes the one entry that names it when
that entry's codes give the stored country; what stays different is said in
docs/entities.md ("One identity across the corpus").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from ... import lexicons
from ...lexicons import countries, petrarch, subnational
from ...schema import Entity
from ..places import candidates
from .dated import dictionary_code
from .names import known_dotted_acronym

_PUNCT = re.compile(r"[^\w\s'\-&]")  # anything but letters, digits, apostrophes, hyphens, ampersands
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})


def fold(text: str) -> str:
    """``text`` lower case, accents folded (NFKD without combining marks), quotes straightened."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _words(name: str) -> list[str]:
    """The words of a name: folded, no possessive, dots and punctuation as spaces, no leading "the"."""
    text = fold(name).strip()
    text = re.sub(r"'s?$", "", text)  # "Trump's", "Trump’s", "the Joneses'"
    words = _PUNCT.sub(" ", text.replace(".", " ")).split()
    words = [w.strip("'-") for w in words]
    words = [w for w in words if w]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return words


@lru_cache(maxsize=None)
def title_words() -> tuple[tuple[str, ...], ...]:
    """Titles and honorifics a person's name may start with, as word tuples, longest first
    (``titles.tsv`` and the honorifics of ``quote_patterns.tsv``)."""
    found = {tuple(_words(t)) for t in lexicons.titles()}
    found |= {tuple(_words(r[0])) for r in lexicons.rows("quote_patterns.tsv") if r[1] in ("male_honorific", "female_honorific")}
    return tuple(sorted((t for t in found if t), key=len, reverse=True))


def _drop_titles(words: list[str]) -> list[str]:
    """``words`` without the titles and honorifics they start with (at least one word stays)."""
    titles = title_words()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for t in titles:
            if len(t) < len(words) and tuple(words[: len(t)]) == t:
                words = words[len(t):]
                changed = True
                break
    return words


def _drop_business_form(words: list[str]) -> list[str]:
    """``words`` without a company's legal form at the end ("nabisco inc" -> "nabisco", "w w
    norton & co" -> "w w norton"; ``business_form`` of ``entity_words.tsv``); at least one
    word stays."""
    if len(words) > 1 and words[-1] in lexicons.entity_words("business_form"):
        words = words[:-1]
        while len(words) > 1 and words[-1] in ("&", "and"):
            words = words[:-1]
    return words


def normalise_name(name: str, type: Optional[str] = None) -> str:
    """The normalised form of an entity name (see the module docstring); titles are dropped
    from a ``PERSON``'s name only, a company's legal form from an organisation's only."""
    words = _words(name)
    if type == "PERSON":
        words = _drop_titles(words)
    elif type not in ("GPE", "NORP", "LOC", "FAC"):
        words = _drop_business_form(words)
    return " ".join(words) or fold(name).strip()


@lru_cache(maxsize=None)
def people_ids() -> tuple[dict[str, str], dict[str, str]]:
    """``people.tsv`` (:func:`newsfacts.lexicons.people`) as ``({normalised name form: id},
    {surname: id})``. A surname maps to an id only when the list's surname index gives it to
    exactly one person and no other person on the list has that surname."""
    known = lexicons.people()
    full: dict[str, str] = {}
    last_of: dict[str, set[str]] = {}
    for form, person in known["name"].items():
        key = normalise_name(form, "PERSON")
        full.setdefault(key, "people:" + person)
        last_of.setdefault(key.split()[-1], set()).add(person)
    surname = {}
    for last, persons in known["surname"].items():
        key = normalise_name(last, "PERSON")
        if len(persons) == 1 and last_of.get(key, set()) <= {persons[0]}:
            surname[key] = "people:" + persons[0]
    return full, surname


def person_id(norm: str) -> Optional[str]:
    """The ``people:`` id of a normalised person name, or None (rule 2 of the module docstring)."""
    full, surname = people_ids()
    if norm in full:
        return full[norm]
    words = norm.split()
    if len(words) > 2:
        bare = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
        if len(bare) < len(words) and " ".join(bare) in full:
            return full[" ".join(bare)]
    if len(words) == 1:
        return surname.get(norm)
    return None


def _entry_person(entry: str) -> Optional[str]:
    """The ``people:`` id of a person's dictionary entry: the entry itself when it is a
    ``people:`` one, the list's person named by a PETRARCH2 entry (``petrarch:BARACK_OBAMA``
    -> ``people:barack obama``), else None."""
    if entry.startswith("people:"):
        return entry
    if entry.startswith("petrarch:"):
        return person_id(normalise_name(entry.split(":", 1)[1].replace("_", " "), "PERSON"))
    return None


@lru_cache(maxsize=None)
def organisations_by_canonical() -> dict[str, dict]:
    """``organisations.tsv`` by canonical name: an entity named by its full form where the
    list keys only an alias ("International Monetary Fund" for "imf")."""
    return {lexicons.name_key(fold(o["canonical"])): o for o in lexicons.organisations().values()}


def _organisation_id(name: str, country: Optional[str]) -> Optional[str]:
    """The ``org:`` id of a known organisation coded with the list's own country, or None."""
    key = lexicons.name_key(fold(name))
    org = lexicons.organisations().get(key) or organisations_by_canonical().get(key) or known_dotted_acronym(name)
    bare = normalise_name(name, "ORG")
    if org is None and bare != " ".join(_words(name)):  # "Apple Inc." is the list's "Apple"
        org = lexicons.organisations().get(lexicons.name_key(bare)) or organisations_by_canonical().get(lexicons.name_key(bare))
    if org is None or (org["country"] is not None and org["country"] != country):
        return None
    return "org:" + org["canonical"]


def actor_id_of(name: str, type: str, country: Optional[str], entry: Optional[str] = None) -> str:
    """The actor id of an entity given by its name, type, actor country and dictionary entry
    (the rules of the module docstring, in order).

    Args:
        name: the entity's name (its fullest form, as :func:`~.index.entity_record` chose it).
        type: the entity type (``PERSON``, ``ORG``, ``GPE``, ``NORP``, ...).
        country: the actor's ISO3 country, or None.
        entry: the dictionary entry of the actor code, or None.
    """
    norm = normalise_name(name, type)
    if type == "PERSON":
        found = person_id(norm) or (_entry_person(entry) if entry else None)
    elif type not in ("GPE", "NORP"):
        found = _organisation_id(name, country)
    elif entry and not (type == "GPE" and region_id(name, country)):
        found = None
    elif type == "GPE":
        found = "country:" + country if country and countries.country_codes(name) == (country,) else None
        found = found or region_id(name, country)
    else:
        found = "nationality:" + country if country and countries.demonym_country(name) == country else None
    return found or entry or f"name:{norm}|{country or '-'}"


def actor_id(entity: Entity) -> str:
    """The actor id of an entity record: one identity across documents (module docstring)."""
    return actor_id_of(entity.name, entity.type, entity.actor.country, entity.actor.entry)


@lru_cache(maxsize=None)
def postal_codes() -> dict[str, str]:
    """US state name -> postal code (``us_states.tsv``)."""
    return {name: postal for name, postal, _ap, _dem in subnational.us_states()}


#: A US city of a state's name this big makes the name the city's too ("New York"); smaller
#: namesakes (Delaware, Ohio) do not. Abroad any city of the province's name does, as in
#: the places stage ("Quebec").
_US_CITY_RIVAL = 100_000


@lru_cache(maxsize=4096)
def region_id(name: str, country: Optional[str]) -> Optional[str]:
    """``region:<ISO 3166-2 code>`` of a place inside ``country`` (rule 4b of the module
    docstring), or None: a US state ("Texas", "Tex.", "the State of Texas") for USA, else the
    one first-level subdivision of ``country`` with that name; never a national capital, nor
    a name that is also a city of the same country in the places stage's gazetteer (its
    other names too: "New York"; in the US, of 100,000 people or more)."""
    if not country or countries.capital_country(name):
        return None
    code = None
    state = subnational.us_state(name) if country == "USA" else None
    if state:
        code = "US-" + postal_codes()[state]
    elif country != "USA":
        codes = {s.code for s in subnational.subdivisions(name) if s.country == country and "-" in s.code}
        code = codes.pop() if len(codes) == 1 else None
    if code is None:
        return None
    rival = _US_CITY_RIVAL if country == "USA" else 0
    if any(c.kind in ("city", "capital") and c.country == country and c.population >= rival for c in candidates(name)):
        return None
    return "region:" + code


def _entry_countries(entry: petrarch.Entry) -> set[Optional[str]]:
    """The countries of every code of a PETRARCH2 entry (None for a code with no country)."""
    return {petrarch.split_cameo(r.code)[0] for r in entry.codes if r.code != "---"}


def stored_entry(name: str, type: str, country: Optional[str]) -> Optional[str]:
    """The PETRARCH2 entry a fresh run would have coded a stored entity with, as far as its
    name, type and country tell (a schema 1.0.0 store keeps nothing else), or None.

    The lookups of the coding (``nlp/entities/actors.py``): a person's full name (two words
    or more, not on our own list of people); an organisation's name (one word only when it
    is the entry's own name, "CNN"), not one on our list of organisations. The name must
    stand for exactly one entry, and that entry must give the stored country somewhere in
    its dated codes (a multinational's codes have none: then the stored country must be
    empty too); the article's date and the text's other countries are not stored, so this is
    weaker than the coding's own namesake guard.
    """
    if type == "PERSON":
        phrase = " ".join(name.split()).lower()
        if len(phrase.split()) < 2 or phrase in lexicons.people()["name"]:
            return None
    elif type == "ORG":
        phrase = " ".join(name.split())
        last = phrase.split()[-1].lower() if phrase else ""
        if lexicons.organisations().get(lexicons.name_key(fold(name))) or last in group_heads():
            return None  # a known organisation, "the Obama administration", "the Trump campaign"
        found = dictionary_code(phrase, None, person=True)
        if found is None or found.sector is None:
            return None  # an organisation is coded only with a sector of our scheme
    else:
        return None
    entries = {e.id: e for e in petrarch.actor_entries(phrase)}
    if len(entries) != 1:
        return None
    (entry_id, entry), = entries.items()
    if type != "PERSON" and len(phrase.split()) == 1 and entry_id != phrase.upper():
        return None
    return f"petrarch:{entry_id}" if country in _entry_countries(entry) else None


@lru_cache(maxsize=None)
def group_heads() -> frozenset[str]:
    """The last words of the groups the coding names after a person, never by a dictionary:
    "<Surname> administration" and the affiliated groups ("campaign", "supporters")."""
    return frozenset(lexicons.entity_words("government")) | frozenset(lexicons.entity_affiliates())


def stored_actor_id(name: str, type: str, country: Optional[str]) -> str:
    """The actor id of a stored entity of a schema 1.0.0 store, which keeps only its name,
    type and actor country: :func:`actor_id_of` with the entry :func:`stored_entry` finds."""
    return actor_id_of(name, type, country, stored_entry(name, type, country))

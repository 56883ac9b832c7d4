"""Towns and regions the model missed or mislabelled, read as places by the gazetteer.

The small model tags many towns and provinces of conflict zones as no entity or as a product
("near Kramatorsk"), as a person ("the Kosovan town of Gjilan", "warehouses in Rheinberg,
Werne and Koblenz"), as an organisation or a facility ("withdraw its troops from Abyei", "the
airport of Abha and Jizan") or as a location ("their estate in Kaesong"): the side or the
phrase ("fighters near Kramatorsk") then gets no country. Here such a name becomes a place
(GPE) mention, which the grouping codes through the gazetteer (``countries.place_codes``), when

- the whole name is a GeoNames city of one country (15,000 people or more; a namesake in
  another country counts from a tenth of the largest one's people) or a first-level region of
  one country (:func:`newsfacts.nlp.places.candidates`; accents folded: "Tikrit"), and no country's, capital's or US
  state's name (other rules read those);
- the text reads it as a place: a place's preposition stands before it ("in", "near",
  "outside", ...; after an article or a direction: "in northern Rakhine"); or "of" after a
  place's noun in lower case ("the town of", "the airport of"; not "State Of The Union"); or it
  is a conjunct of such a place or of a place the model tagged ("in Rheinberg, Werne and
  Koblenz", "South Kordofan and Blue Nile"); or it modifies a place's or a battle's noun
  ("the Ghazni attacks", "Rakhine state"); a location the model tagged (LOC) needs no cue when
  the city has 100,000 people or more or the name is a region;
- it is no one's name: not a first name (``entity_gender.tsv``), no word of a longer name in
  the text ("Jordan Davis" and "Davis"), no surname of ``people.tsv``, no known organisation,
  no month; a person mention with a title or an honorific stays a person; an untagged word
  inside a longer name ("Quetta Shura") is not read, nor a name before "of" ("the Old City of
  Mosul"), nor an organisation's or facility's name before "'s" ("Bally's").

A big city's other name ("Raqqa", "Hodeidah") is read only where the grouping then codes it
(after a place's preposition). Every other mention with the same words and label in the text
becomes the place too.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from ... import lexicons
from ...lexicons import countries, subnational
from ...lexicons.gazetteer import cities_named
from .. import places
from ..text import doc_text, token_table
from .alt_places import other_name_place
from .mentions import Candidate

#: Switch (tests and measurement): False leaves the model's labels as they were.
ENABLED = True
#: The people of a city from which a location the model tagged needs no cue.
LOC_POPULATION = 100_000
#: A namesake in another country makes the name ambiguous from this share of the largest's people.
RIVAL_SHARE = 0.1
#: Labels of the model's mentions that may be a misread place.
_RELABEL = ("PERSON", "ORG", "FAC", "LOC")
#: Labels of one-word entities the mention stage drops, read like untagged words.
_DROPPED = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE", "LAW"})
#: A place's preposition right before the name.
_PREPS = frozenset({"in", "near", "outside", "around", "across", "into", "toward", "towards", "inside",
                    "throughout", "from", "at"})
#: Words between the preposition and the name.
_BETWEEN = frozenset({"the", "northern", "southern", "eastern", "western", "central", "north", "south", "east",
                      "west", "northeastern", "northwestern", "southeastern", "southwestern"})
#: Nouns of a place before "of" ("the town of Gjilan"), besides ``place_noun`` (``actor_words.tsv``).
_OF_NOUNS = frozenset({"airport", "outskirts", "suburbs", "port", "capital", "heart", "centre", "center",
                       "governorate", "state", "county", "municipality", "area", "areas", "cities", "towns",
                       "villages", "provinces", "regions", "districts"})
#: A region's kind written after its name ("Rakhine State").
_REGION_WORDS = frozenset({"state", "province", "region", "governorate", "district"})
#: Nouns a place's name modifies ("the Ghazni attacks", "Rakhine state", "the Jizan airport").
_MODIFIED = frozenset({"attack", "attacks", "bombing", "bombings", "offensive", "siege", "battle", "clashes",
                       "massacre", "front", "frontline", "airport", "port", "state", "province", "governorate",
                       "district", "region", "city", "town", "village", "area", "countryside", "outskirts",
                       "base", "airbase", "refinery", "prison", "camp"})
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                     "saturday", "sunday"})


@lru_cache(maxsize=4096)
def gazetteer_country(name: str) -> Optional[str]:
    """The one country of a town or region ``name`` (module rules), else None."""
    if not name[:1].isupper() or name.lower() in _MONTHS or countries.country_codes(name) \
            or countries.capital_country(name) or countries.territory_country(name) \
            or countries.demonym_country(name) or subnational.us_state(name):
        return None
    cands = [(c.kind, c.country, c.population or 0) for c in places.candidates(name) if c.kind in ("city", "region")]
    if not cands:  # a name GeoNames writes with accents ("Tikrit" for Tikrīt)
        iso3 = countries.iso2_to_iso3()
        cands = [("city", iso3.get(c["countrycode"]), int(c.get("population") or 0)) for c in cities_named(name)]
    if not cands:
        return None
    top = max(pop for _k, _c, pop in cands)
    codes = {code for kind, code, pop in cands if kind == "region" or pop >= RIVAL_SHARE * top}
    if len(codes) != 1 or None in codes:
        return None
    code = next(iter(codes))
    found = countries.place_codes(name)
    if found is None:  # another name of a big city ("Raqqa"): the grouping reads it after a preposition
        return code if any(kind == "city" and pop >= LOC_POPULATION for kind, _c, pop in cands) else None
    return code if found[0] == (code,) else None


def _big(name: str) -> bool:
    """Whether ``name`` is a region or a city of :data:`LOC_POPULATION` people or more."""
    return any(c.kind == "region" or (c.kind == "city" and (c.population or 0) >= LOC_POPULATION)
               for c in places.candidates(name))


def _cue(doc: Doc, i: int, place_starts: set[int], seen: set[int] = frozenset(), last: Optional[int] = None) -> bool:
    """Whether the text reads the name at tokens ``i`` to ``last`` (default ``i``) as a place
    (module rules)."""
    k = i - 1
    while k >= 0 and doc[k].lower_ in _BETWEEN:
        k -= 1
    if k >= 0 and doc[k].lower_ in _PREPS:
        return True
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].is_lower and (
            doc[k - 1].lower_ in _OF_NOUNS or doc[k - 1].lower_ in lexicons.actor_words().get("place_noun", ())):
        return True
    tok = doc[i if last is None else last]
    if tok.dep_ == "compound" and tok.head.i > i and tok.head.is_lower and tok.head.lower_ in _MODIFIED:
        return True  # "the Ghazni attacks", "Rakhine state"
    if tok.dep_ == "conj" and tok.head.i not in seen:
        head = tok.head
        return head.idx in place_starts or head.ent_type_ in ("GPE", "LOC") or _cue(doc, head.i, place_starts, seen | {tok.i})
    return False


def _codable(name: str, text: str, start: int) -> bool:
    """Whether the grouping codes the place ``name`` at ``start``: a name the lexicons read, or
    a big city's other name after a place's preposition (:func:`.alt_places.other_name_place`;
    not "Yemen's Hodeidah region", which would be a place with no country)."""
    return countries.place_codes(name) is not None or other_name_place(name, text, start) is not None


def doc_text_at(doc: Doc, at: int, n: int) -> str:
    """The ``n`` characters of the text from ``at``."""
    return doc_text(doc)[at:at + n]


def _people_words(persons: list[Candidate]) -> set[str]:
    """The words of the longer person names of the text, lower case."""
    return {w.lower() for p in persons if " " in p.text.strip() for w in p.text.split()}


def _no_name(word: str, person_words: set[str]) -> bool:
    """Whether ``word`` is no first name, surname or organisation (module rules)."""
    low = word.lower()
    return not (low in lexicons.gender_words("first_name") or low in lexicons.entity_words("given_name_place")
                or low in person_words or low in lexicons.people()["surname"]
                or lexicons.organisations().get(lexicons.name_key(word)))


def gazetteer_places(doc: Doc, persons: list[Candidate], others: list[Candidate],
                     sent_of: list[int]) -> tuple[list[Candidate], list[Candidate]]:
    """Mentions of towns and regions the model missed or mislabelled, as places (module rules)."""
    if not ENABLED:
        return persons, others
    person_words = _people_words(persons)
    place_starts = {m.start for m in others if m.label == "GPE"}
    from spacy.attrs import IDX, LENGTH

    spans = doc.to_array([IDX, LENGTH]).tolist()
    tok_at = {start: i for i, (start, _n) in enumerate(spans)}
    tok_end = {start + n: i for i, (start, n) in enumerate(spans)}
    names: dict[tuple[str, str], str] = {}  # (label, words) -> country, once a mention is read as a place
    for m in persons + others:
        if m.label not in _RELABEL or (m.label, m.text) in names or m.start not in tok_at:
            continue
        if m.label == "PERSON" and (m.title is not None or m.honorific or " " in m.text.strip()):
            continue
        code = gazetteer_country(m.text)
        if code is None or not _no_name(m.text.split()[-1], person_words) or not _codable(m.text, doc_text(doc), m.start):
            continue
        i = tok_at[m.start]
        if doc_text_at(doc, m.end, 4) == " of ":
            continue  # part of another place's name: "the Old City of Mosul"
        if m.label in ("ORG", "FAC") and doc_text_at(doc, m.end, 2) in ("'s", "\u2019s"):
            continue  # a business named after a place: "Bally's"
        if _cue(doc, i, place_starts, last=tok_end.get(m.end, i)) or (m.label == "LOC" and _big(m.text)):
            names[(m.label, m.text)] = code
    moved = [m for m in persons + others if (m.label, m.text) in names]
    for m in moved:
        place_starts.add(m.start)
    found = _untagged(doc, persons + others, person_words, place_starts, sent_of)
    if not moved and not found:
        return persons, others
    keep = [p for p in persons if (p.label, p.text) not in names]
    for m in others:
        if (m.label, m.text) in names:
            m.label = "GPE"
    made = [Candidate(p.start, p.end, p.text, "GPE", "name", (), None, p.sent) for p in persons if (p.label, p.text) in names]
    return keep, sorted(others + made + found, key=lambda c: c.start)


def _untagged(doc: Doc, taken: list[Candidate], person_words: set[str], place_starts: set[int],
              sent_of: list[int]) -> list[Candidate]:
    """Untagged one-word towns and regions the text reads as places (module rules)."""
    words, starts, tagged = token_table(doc)
    covered = {p for m in taken for p in (m.start, m.end - 1)}
    found: list[Candidate] = []
    for i, w in enumerate(words):
        if starts[i] or len(w) < 4 or not w[:1].isupper() or w.isupper() or not w.isalpha():
            continue
        tok = doc[i]
        if tagged[i] and (tok.ent_type_ not in _DROPPED or tok.ent_iob_ != "B" or i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
            continue  # a one-word product or work ("near Kramatorsk" tagged PRODUCT) is read as untagged
        if tok.pos_ != "PROPN" or tok.idx in covered or tok.idx + len(w) - 1 in covered:
            continue
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
            continue  # a word of a longer name ("Quetta Shura")
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha \
                and doc[i + 1].lower_ not in _REGION_WORDS:
            continue  # a word of a longer name, not "Rakhine State"
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.lower_ not in _REGION_WORDS:
            continue
        code = gazetteer_country(w)
        if code is None or not _no_name(w, person_words) or not _cue(doc, i, place_starts) \
                or not _codable(w, doc_text(doc), tok.idx):
            continue
        found.append(Candidate(tok.idx, tok.idx + len(w), w, "GPE", "name", (), None, sent_of[i]))
        place_starts.add(tok.idx)
    return found

"""The country of an unnamed actor ("police", "officials", "refugees"): from the phrase itself,
else from the sentence or the article where that is safe (:func:`fallback_country`).

Precision first: a wrong country on an event's side costs more than none. The phrase's own
country ("Israeli troops", "police in Kabul", "a newspaper based in Lagos") is taken as before.
The fallback takes a country the phrase does not name only where the text makes it the actor's:

- **article**: the article's main country (at least 2 mentions and 60% of the country mentions),
  unless the sentence names another country as the phrase's place (below: "many refugees in
  Jordan" in a US article are not American) or the phrase is a vague speaker, a share or a
  finding ("someone", "40 percent", "the letter": no event's side; a country would be a guess);
- **sentence**: the one country that a mention in the sentence makes the phrase's own place or
  nationality (other countries of the sentence do not count): in the phrase ("refugees fleeing
  the war in Liberia"), a locative ("in Cairo", "at ...") of a verb the phrase depends on
  ("Police arrested protesters in Cairo"),
  or a modifier of the subject of such a verb ("Turkish police prevented the march by
  students", "Cairo's security chief warned that police ...", "Israeli soldiers beat Palestinian
  detainees with the knowledge of senior officers": ISR, not PSE). Not a country that is the
  object of another verb, a destination or a partner ("a trip to Mexico", "talks with China",
  "sanctions against Iran").
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Token

from ... import lexicons
from ...schema import Entity
from ..text import sentences
from .unnamed_domestic import domestic_country
from .unnamed_locative import sentence_place_country
from .unnamed_record import record_country
from .unnamed_related import doer_in_path, not_a_place, opponent, venue
from .unnamed_target import subject_of_other_side

#: the rules, in order, for a phrase with no country of its own: "article" (the article's main
#: country), "sentence" (the one country named in the sentence, in a place that makes it the
#: phrase's); "none" for no rule
FALLBACK = "article+sentence"

_MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}
_PLACE_PREPS = {"in", "of", "for", "from", "at"}
_INTERNATIONAL = {"IGO", "NGO"}
_FOREIGN_OFTEN = {"REB"}
#: Switch (tests and measurement): False lets a phrase owned by an armed group of no country
#: ("Islamic State forces") take the sentence's or the article's country.
ARMED_OWNER = True
#: prepositions of a place where something happens ("arrested in Cairo"), not of a destination,
#: a partner or an opponent ("to", "with", "against")
_LOCATIVE = {"in", "at", "inside", "within", "across", "throughout"}
#: dependencies that keep a word inside the noun phrase of its head ("Cairo's security chief")
_NP_DEPS = {"amod", "compound", "nmod", "poss", "appos", "case"}
_SUBJECTS = {"nsubj", "nsubjpass"}
#: dependencies of a clause or an aside inside a phrase, whose places are not the phrase's
_CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "parataxis", "appos"}


@dataclass
class Countries:
    """The countries named (places and nationalities) in the whole article (``total``) and in
    each sentence, with the token of each mention (``places``: sentence -> [(token, country)])."""

    total: Counter = field(default_factory=Counter)
    places: dict[int, list[tuple[int, str]]] = field(default_factory=dict)


def country_counts(doc: Doc, entities: list[Entity]) -> Countries:
    """The :class:`Countries` of ``doc`` from its named places and nationalities."""
    out = Countries()
    starts: Optional[list[int]] = None  # sentence start characters, made when first needed
    for ent in entities:
        if ent.type not in ("GPE", "NORP") or not ent.actor.country:
            continue
        if starts is None:
            starts = [s.start_char for s in sentences(doc)]
        for m in ent.mentions:
            k = bisect.bisect_right(starts, m.start) - 1
            out.total[ent.actor.country] += 1
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span):
                out.places.setdefault(k, []).append((span.root.i, ent.actor.country))
    return out


def fallback_country(tok: Token, sent: int, found: Countries, sector: Optional[str],
                     vague: bool = False) -> tuple[Optional[str], str]:
    """The country of a phrase headed by ``tok`` that names none (:data:`FALLBACK`), with the
    reason. Rebels, militants and terrorists (REB) do not take the article's country (so often
    foreign); a ``vague`` phrase (a vague speaker, a share, a finding) takes none."""
    if vague:
        return None, "no country: a vague speaker, a share or a finding takes none from the sentence or the article"
    places = found.places.get(sent, ())
    acting = {c for i, c in places if subject_of_other_side(tok, tok.doc[i])}
    how = {i: _own_place(tok, tok.doc[i]) for i, _c in places}  # how each mention is the phrase's place
    here = {c for i, c in places if how[i]}  # the phrase's places
    same = domestic_country(tok, sector, places)  # "police dispersed demonstrators", "rebels attacked government troops"
    if same is not None and here <= {same[0]}:
        return same
    if acting:  # "The US military said it killed an al-Shabab commander": the other side's country
        return None, f"no country: the phrase is the object of an act by a subject of {'/'.join(sorted(acting))}"
    for rule in FALLBACK.split("+"):
        if rule == "sentence" and len(here) == 1:
            country = next(iter(here))
            kind = next(how[i] for i, c in places if how[i] and c == country)
            return country, f"country {country}: named in the sentence as the phrase's place or nationality ({kind})"
        elif rule == "article" and found.total and sector not in _FOREIGN_OFTEN:
            (country, n), = found.total.most_common(1)
            if n >= 2 and n >= 0.6 * sum(found.total.values()) and here <= {country}:
                other = _other_nation(tok, sent, found, country)
                if other is not None:
                    return other
                return country, f"country {country}: the article's main country ({n} of {sum(found.total.values())} mentions)"
    if not here:
        placed = sentence_place_country(tok, places, sector)  # "holding people in Buner district in Pakistan ... the army"
        if placed is not None:
            return placed
    recorded = record_country(tok, sector, found.total, found.places)  # "Israel mobilized the army": a record's one country
    if recorded is not None and here <= {recorded[0]}:
        return recorded
    return None, "no country: the phrase names none, nor the sentence (as its place) or the article one main country"


def _other_nation(tok: Token, sent: int, found: Countries, main: str) -> Optional[tuple[Optional[str], str]]:
    """A bare "the government" (``national_body`` of ``entity_words.tsv``, no modifier) right
    after a sentence that names only another country than the article's main one ("In Syria,
    rebels attacked Aleppo. The government said ...") is that country's, not the main
    country's; with several others, none. None when the rule does not apply."""
    if tok.lower_ not in lexicons.entity_words("national_body") or any(c.dep_ != "det" for c in tok.children):
        return None
    named = {c for k in (sent - 1, sent) for _i, c in found.places.get(k, ())}
    if not named or main in named:
        return None
    if len(named) == 1:
        other = next(iter(named))
        return other, f"country {other}: the only country its sentence and the one before name (not the article's main country {main})"
    return None, f"no country: its sentence and the one before name other countries than the article's main country {main}"


def _np_head(c: Token) -> Token:
    """The head of the noun phrase ``c`` is in: "Cairo" of "Cairo's security chief" -> "chief"."""
    while c.dep_ in _NP_DEPS and c.head.i != c.i and c.head.pos_ in ("NOUN", "PROPN", "PRON"):
        c = c.head
    return c


def _backer(w: Token) -> bool:
    """Whether ``w`` is a participle naming a backer, not the phrase's own country ("-backed",
    "-funded", "-trained"; "-led" and "-based" give the country, as :func:`modifier_entity` reads them)."""
    words = lexicons.actor_words()
    return w.dep_ == "amod" and w.tag_ == "VBN" and w.lemma_.lower() not in words.get("led_by", ()) and w.lower_ not in words.get("based", ())


def _own_place(tok: Token, place: Token) -> str:
    """How the country mention at ``place`` is the place or nationality of the phrase headed
    by ``tok`` ("" when it is not): "in the phrase", "a locative" of a word the phrase depends
    on, or "the subject's" (a modifier of the subject of a verb the phrase depends on)."""
    path = []  # the words from the mention up to the phrase's head, if the phrase holds it
    for a in place.ancestors:
        if a.i == tok.i:
            # in the phrase ("refugees fleeing the war in Liberia", "militants loyal to Iraq's ..."),
            # not in a clause or an aside of it ("workers -- the first wave -- as the firm moves work to Mexico")
            if any(_backer(w) for w in path) or doer_in_path(path):
                return ""  # "Syrian-backed militias": Syria backs them, they are not Syrian
            return "" if any(w.dep_ in _CLAUSE_DEPS for w in [place, *path]) else "in the phrase"
        path.append(a)
    if any(a.i == place.i for a in tok.ancestors):
        return ""  # the phrase is inside the mention's: "Hungary, where they stem the flood of migrants"
    head = _np_head(place)
    above = {a.i for a in tok.ancestors}
    if head.i in above:
        return ""
    if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE:
        governor = head.head.head
        if not_a_place(place, head) or venue(governor, head):
            return ""  # "killed in Israeli strikes", "Officials met in Geneva"
        # "Police arrested protesters in Cairo", "In Egypt, police said"
        return "a locative" if governor.i in above or governor.i == tok.i else ""
    if head.dep_ in _SUBJECTS and head.i != tok.i and head.head.i in above and place.i != head.i and not opponent(tok):
        return "the subject's"  # a nationality or an owner of the subject: "Turkish police prevented the march by students"
    return ""


def modifier_entity(c: Token, named) -> Optional[Entity]:
    """The named entity a modifier names: itself, the X of "X-led" or "X-based" ("Vietnamese-led
    forces", "Gaza-based militants"),
    or, when the modifier names no country, a nation modifying it ("Turkish" in "Turkish Kurd
    refugees")."""
    ent = named.token(c)
    if ent is None and c.dep_ == "amod" and (c.lemma_.lower() in lexicons.actor_words().get("led_by", ()) or c.lower_ in lexicons.actor_words().get("based", ())):
        # "Vietnamese-led forces", "Gaza-based militants"
        ent = next((named.token(k) for k in c.children if named.token(k) is not None), None)
    if (ent is None or not ent.actor.country) and c.dep_ == "compound":
        inner = next((named.token(k) for k in c.children if k.dep_ in ("amod", "compound") and k.i < c.i and named.token(k) is not None), None)
        if inner is not None and inner.actor.country and inner.type in ("NORP", "GPE"):
            return inner
    return ent


def own_country(tok: Token, named) -> tuple[Optional[str], Optional[Entity], str]:
    """(country, the entity that gives it, why) from the phrase itself: a named modifier
    ("Israeli troops", "the Pentagon's spokesman", "Vietnamese-led forces") or a place after
    the head ("police in Kabul", "a newspaper based in Lagos"). An international organisation in the phrase ("the U.N. war
    crimes court") gives no country but is returned: its sector codes the phrase."""
    armed = None  # "Islamic State forces": an armed group of no one country owns the phrase
    for c in tok.children:
        if c.dep_ in _MODIFIER_DEPS and c.i < tok.i:
            ent = modifier_entity(c, named)
            if ent is not None and ent.actor.country:
                return ent.actor.country, ent, f"country {ent.actor.country} from the modifier '{ent.name}' in the phrase"
            if ent is not None and ent.actor.sector in _INTERNATIONAL:
                return None, ent, f"no country: '{ent.name}' in the phrase is an international organisation"
            if ARMED_OWNER and ent is not None and ent.actor.sector in _FOREIGN_OFTEN and ent.type == "ORG":
                armed = armed or ent
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and c.i > tok.i]
    for c in tok.children:  # "a newspaper based in Lagos"
        if c.dep_ == "acl" and c.lemma_.lower() in lexicons.actor_words().get("based", ()):
            preps += [k for k in c.children if k.dep_ == "prep" and k.lower_ in ("in", "at")]
    for c in preps:
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            ent = next((named.token(k) for k in p.subtree if named.token(k) is not None), None)
            if ent is not None and ent.actor.country and ent.type in ("GPE", "ORG", "NORP", "LOC", "FAC"):
                return ent.actor.country, ent, f"country {ent.actor.country} from '{c.text} {ent.name}' after the head"
    if armed is not None:
        return None, armed, f"no country: '{armed.name}' in the phrase is an armed group of no one country"
    return None, None, ""

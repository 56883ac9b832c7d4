"""The last fallback for an unnamed actor's country: the one country its sentence places things in.

"Taliban militants were holding 2000 people in Buner district in Pakistan ... the army
attacked", "A rebel leader in the DRC surrendered to authorities", "insurgents ambushed a
vehicle in Myanmar's Rakhine State, wounding members of the security forces": the phrase names
no country, and no rule of :func:`.unnamed_country.fallback_country` gives one (the country is
not the phrase's own place in the parse, and the article names none twice). When every country
mention of the sentence names one country and at least one of them is a place where things
happen ("in Pakistan", "at ... in Iraq's ..."), the phrase takes that country.

Precision first, so it does not apply to:

- a phrase of a sector that is often foreign or not national (rebels, militants: REB;
  international and non-governmental bodies: IGO, NGO; refugees: REF);
- civilians acted on by a subject that holds the place ("Authorities in the U.S. have deported
  a 95-year-old man");
- a phrase with a named modifier that gives it no country ("Islamic State forces ... in the
  Iraqi city of Falluja": the group's, not Iraq's);
- a sentence whose country mentions name two or more countries;
- for the subject of a clause, a country named only as the owner of a place ("troops raided a
  Palestinian village" says nothing of the troops); for its other actors that is enough
  ("Taliban militants stormed an Afghan military base, killing at least 17 soldiers": the
  ``place_noun`` words of ``actor_words.tsv``), unless the place is in the actor's own phrase
  or only near the place ("farmers camped near a French base": where they are, not whose);
- a place that is a gathering's venue ("talks in Geneva", "officials met in Vienna":
  ``venue_word`` of ``actor_words.tsv``): the country of a venue says nothing of who meets there;
- a place only named in a clause or aside of another phrase is still a place of the sentence
  (short news sentences rarely name two places of which only one is the actor's).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ... import lexicons
from .unnamed_related import not_a_place

#: Switch (tests and measurement): False leaves the rule out.
ENABLED = True
#: sectors whose members are often foreign to the place they act in, or of no country
_NOT_LOCAL = frozenset({"REB", "IGO", "NGO", "REF"})
#: prepositions of a place where something happens
_LOCATIVE = frozenset({"in", "at", "inside", "within", "across", "throughout"})
_NP_DEPS = frozenset({"amod", "compound", "nmod", "poss", "appos", "case"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
#: entity labels of a modifier that names the phrase's owner
_NAMED = frozenset({"ORG", "NORP", "PERSON", "GPE"})


def sentence_place_country(tok: Token, places, sector: Optional[str]) -> Optional[tuple[str, str]]:
    """(country, why) when the sentence of ``tok`` places things in one country only (module
    doc); ``places`` are the sentence's country mentions as ``(token index, ISO3)``."""
    if not ENABLED or not places or sector in _NOT_LOCAL:
        return None
    if any(c.dep_ in _MODIFIER_DEPS and c.i < tok.i and _names(c) for c in tok.children):
        return None  # "Islamic State forces ... in the Iraqi city of Falluja": a named owner with no country
    codes = {c for _i, c in places}
    if len(codes) != 1 or _placed_actor_acts_on(tok, places, sector):
        return None
    doc = tok.doc
    venue = lexicons.actor_words().get("venue_word", frozenset())
    where = [doc[i] for i, _c in places if _locative(doc[i], venue)]
    if not where and tok.dep_ not in _SUBJECTS:  # "stormed an Afghan military base ..., killing 17 soldiers"
        sites = lexicons.actor_words().get("place_noun", frozenset())
        inside = range(tok.left_edge.i, tok.right_edge.i + 1)  # ("farmers camped near a French base": where they are, not whose)
        where = [doc[i] for i, _c in places if doc[i].dep_ in _MODIFIER_DEPS and doc[i].head.lemma_.lower() in sites
                 and i not in inside and _acted_on_or_in(doc[i].head)]
    if not where:
        return None
    country = next(iter(codes))
    return country, (f"country {country}: the one country its sentence names, and it names it as a place "
                     f"where things happen: '{where[0].text} ...' in '{where[0].head.text}'s' phrase)")


def _acted_on_or_in(site: Token) -> bool:
    """Whether a place noun is what a verb acts on ("stormed an Afghan base") or where it happens
    ("in an Afghan base"), not a place only near which something is ("near a French base")."""
    return site.dep_ == "dobj" or site.dep_ == "pobj" and site.head.lower_ in _LOCATIVE


def _placed_actor_acts_on(tok: Token, places, sector: Optional[str]) -> bool:
    """Whether ``tok`` heads civilians (CVL) that are the object of an act whose subject holds the
    sentence's place ("Authorities in the U.S. have deported a 95-year-old man": the place is the
    authorities', and the man they act on may well be a foreigner)."""
    if sector != "CVL" or tok.dep_ not in _OBJECT_DEPS:
        return False
    held = {i for i, _c in places}
    return any(s.dep_ in _SUBJECTS and any(w.i in held for w in s.subtree) for s in tok.head.children)


def _names(modifier: Token) -> bool:
    """Whether a modifier names someone: a proper noun or a named entity in it ("Islamic State")."""
    return any(w.pos_ == "PROPN" or w.ent_type_ in _NAMED for w in modifier.subtree)


def _locative(place: Token, venue: frozenset) -> bool:
    """Whether the mention at ``place`` is in a locative phrase ("in Pakistan", "in Myanmar's
    Rakhine State") that is no gathering's venue."""
    head = place
    while head.dep_ in _NP_DEPS and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in _LOCATIVE:
        return False
    governor = head.head.head
    if not_a_place(place, head):
        return False  # "killed in Israeli strikes": a nationality of an act, not a place
    return governor.lemma_.lower() not in venue and head.lemma_.lower() not in venue

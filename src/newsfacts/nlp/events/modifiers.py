"""Words that name no side although they name an entity: a medium an act is done on ("on
Twitter", "in an interview with CNN"), a place that names an event noun ("the Warsaw summit",
"the Geneva talks"), a nationality modifying a thing ("American media", "Russian oil"), and
whom an act is done for ("on behalf of X").

The word lists are ``medium``, ``medium_prep``, ``medium_noun``, ``place_named``,
``stand_in_head`` and ``people_head`` rows of ``lexicons/event_words.tsv`` (issue #19, hand
checks of PolNeAR dev)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ...lexicons.gazetteer import best_city
from .context import Ctx
from .lexicon import actor_words, agent_words, entity_types, event_words, noun_patterns


def is_medium(tok: Token, ctx: Ctx) -> bool:
    """True when ``tok`` names a medium the act is done on or through, decided by the
    preposition: "criticized X on Twitter", "said via Facebook", "in an interview with CNN",
    "on Fox News"; not "told CNN" (an addressee) nor "attacks on CNN" (a noun's target)."""
    words = event_words()
    media = words.get("medium", frozenset())
    hit = ctx.token_entity(tok)
    name = ctx.text[hit[1][0]:hit[1][1]].lower() if hit else tok.lower_
    if name.startswith("the "):
        name = name[4:]
    if name not in media and tok.lower_ not in media:
        return False
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    prep, gov = tok.head, tok.head.head
    if prep.lower_ in words.get("medium_prep", ()) and gov.pos_ in ("VERB", "AUX"):
        return True  # "thanked Trump on Twitter", "announced via Telegram"
    return prep.lower_ in ("with", "on", "to") and gov.lemma_.lower() in words.get("medium_noun", ())


def local_place(tok: Token, ctx: Ctx) -> Optional[tuple[str, tuple[int, int]]]:
    """The (entity id, span) of a place below a country (a city, a region, a site) that
    ``tok`` names as the modifier of an event noun ("the Warsaw summit", "the Geneva talks",
    "the Paris agreement"), or None. A country stays ("a US strike", "the Iran talks")."""
    if tok.dep_ not in ("compound", "nmod", "amod") or tok.i > tok.head.i:
        return None
    head = tok.head
    low = head.lemma_.lower()
    if low not in event_words().get("place_named", ()) and low not in noun_patterns():
        return None
    hit = ctx.token_entity(tok)
    if hit is None or ctx.types.get(hit[0]) not in entity_types("place"):
        return None
    ent = ctx.index.by_id.get(hit[0])
    if ent is not None and str(ent.actor.actor_id or "").startswith("country:"):
        return None
    return hit


def thing_head(head: Token) -> bool:
    """True when ``head`` is a noun that names neither people nor an event, so a nationality
    modifying it names no side ("American media", "Russian oil", "Chinese goods"; not
    "Russian troops", "Syrian civilians", "the Russian invasion")."""
    if head.pos_ != "NOUN":
        return False
    words = event_words()
    low, lem = head.lower_, head.lemma_.lower()
    if lem in words.get("medium", ()) or low in words.get("medium", ()):
        return True  # "American media", "Russian television": an outlet, not the nation
    agents = agent_words()
    if low in agents or lem in agents or lem in words.get("owned", ()):
        return False
    if lem in noun_patterns() or low in noun_patterns():
        return False
    if any(k.dep_ == "compound" and (k.lower_ in agents or k.lemma_.lower() in agents) for k in head.children):
        return False  # "a Lebanese army post": the army's
    if lem in words.get("people_head", ()) or lem in words.get("generic_head", ()):
        return False
    return not any(lem.endswith(x) or low.endswith(x) for x in words.get("people_suffix", ()))  # "landowners"


def stand_in(pobj: Token) -> bool:
    """True when ``pobj`` heads "on behalf of X" or "in the name of X": whom the act is done
    for, never its target (``stand_in_head`` rows of ``lexicons/event_words.tsv``)."""
    low = pobj.lemma_.lower()
    if low not in event_words().get("stand_in_head", ()) or pobj.dep_ != "pobj":
        return False
    return low == "behalf" or pobj.head.lower_ == "in"



def is_site(tok: Token, ctx: Ctx, building: bool = False) -> Optional[tuple[str, tuple[int, int]]]:
    """The (entity id, span) of a site ``tok`` names (a facility, a place below a country, an
    organisation name that is a place record or ends in a ``setting_head`` word: "Capitol Hill",
    "Trump Tower"), or None; with ``building``, buildings and facilities only."""
    hit = ctx.token_entity(tok)
    if hit is None:
        return None
    typ = ctx.types.get(hit[0])
    last = ctx.text[hit[1][0]:hit[1][1]].split()[-1].lower() if hit[1][1] > hit[1][0] else ""
    if typ == "FAC" or (typ in ("ORG", "LOC", "GPE") and last in actor_words().get("setting_head", ())):
        return hit
    if building or typ == "PERSON":
        return None
    ent = ctx.index.by_id.get(hit[0])
    if ent is not None and str(ent.actor.actor_id or "").startswith("country:"):
        return None
    if typ in ("LOC", "GPE"):
        return hit
    if typ == "ORG" and any(s <= hit[1][0] and hit[1][1] <= e for p in ctx.places for s, e in p.evidence):
        return hit  # the whole name is a place record
    if typ == "ORG" and tok.dep_ in ("compound", "nmod") and " " not in ctx.text[hit[1][0]:hit[1][1]]:
        city = best_city(ctx.text[hit[1][0]:hit[1][1]])
        if city is not None and int(city.get("population") or 0) >= 100000:
            return hit  # "the Rochester rally": a city the tagger calls an organisation
    return None

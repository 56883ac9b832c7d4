"""Acts of a protest (issue #19, session 15): damage to property done by protesters is a riot
(CAMEO 145, PROTEST), and an act done "to protest" or "in protest" is part of the protest ("farmers
blocked the highway to protest against the tax": obstructing passage, 144), not an act of
coercion between the parties. The protesters themselves are read by ``recode._protesters_act``."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Pattern, event_words


def property_damage(trig: Token, pat: Pattern) -> bool:
    """True when the trigger damages or destroys property: CAMEO 171x ("destroyed", "looted",
    "torched", "set fire to") or a ``riot_act`` row ("burned the flag")."""
    return pat.cameo.startswith("171") or trig.lemma_.lower() in event_words().get("riot_act", ())


def protest_purpose(trig: Token) -> bool:
    """True when the trigger is done to protest: a "to protest / to demonstrate" clause on it, or
    an "in protest (at/against ...)" phrase."""
    words = event_words().get("protest_purpose", ())
    for c in trig.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in words and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children
        ):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lemma_.lower() in words for p in c.children):
            return True
    return False

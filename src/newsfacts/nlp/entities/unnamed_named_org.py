"""A named organisation's own network: "the al-Qaeda network", "Osama bin Laden's al-Qaeda terror
network", "the Haqqani network" name the organisation, not a broadcaster. The head words of
``org_network`` rows of ``lexicons/actor_domestic.tsv`` make no unnamed actor (``MED``) when a
named organisation with a sector other than media modifies them; the organisation is the actor
(session 13, helper A: before, "al-Qaeda terror network" was coded ``MED``)."""

from __future__ import annotations

from spacy.tokens import Token

from .unnamed_domestic import domestic_words

_MODIFIER_DEPS = {"compound", "amod", "nmod"}
#: Switch (tests and measurement): False leaves the rule out.
ENABLED = True


def names_an_organisation(tok: Token, named) -> bool:
    """Whether the phrase headed by ``tok`` ("network") is a named non-media organisation's
    own (``named``: the named entities' index of the unnamed stage, with ``token(tok)``)."""
    if not ENABLED or tok.lower_ not in domestic_words().get("org_network", ()):
        return False
    for c in tok.children:
        if c.dep_ not in _MODIFIER_DEPS or c.i > tok.i:
            continue
        ent = named.token(c)
        if ent is not None and ent.type == "ORG" and ent.actor.sector and ent.actor.sector != "MED":
            return True
    return False

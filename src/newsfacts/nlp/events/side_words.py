"""Word classes the side rules read (``lexicons/event_side_words.tsv``): verbs that take a
topic or an undergone act as their object, nouns that name a facility (a place, no actor)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ... import lexicons
from .lexicon import actor_words, agent_words


@lru_cache(maxsize=None)
def side_words() -> dict[str, frozenset[str]]:
    """role -> words, from ``lexicons/event_side_words.tsv`` (``word<TAB>roles`` rows)."""
    out: dict[str, set[str]] = {}
    for word, roles in lexicons.rows("event_side_words.tsv"):
        for role in roles.split():
            out.setdefault(role, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


def has_role(verb: Token, role: str) -> bool:
    """True when the lemma of ``verb`` has ``role`` in ``lexicons/event_side_words.tsv``."""
    return verb.lemma_.lower() in side_words().get(role, ())


def has_form(tok: Token, role: str) -> bool:
    """True when the lemma or the lower-case form of ``tok`` has ``role`` in
    ``lexicons/event_side_words.tsv``."""
    rows = side_words().get(role, ())
    return tok.lemma_.lower() in rows or tok.lower_ in rows


def other_party(tok: Token) -> bool:
    """True when ``tok`` is a noun for one on another side than its possessor or "of" phrase
    (``other_party`` rows of ``lexicons/event_side_words.tsv``: "allies", "nominee", "critics")."""
    return tok.pos_ == "NOUN" and has_form(tok, "other_party")


def is_actor_word(tok: Token) -> bool:
    """True when ``tok`` is an agent word ("troops", "protesters"; its form or lemma) or its
    lemma a ``person_noun`` ("envoy", "senator"): a word for actors, no act nor thing."""
    low, lem = tok.lower_, tok.lemma_.lower()
    agents = agent_words()
    return low in agents or lem in agents or lem in actor_words().get("person_noun", ())


def is_facility_name(name: str) -> bool:
    """True when the last word of the name is a ``facility`` row ("the Lincoln Memorial",
    "Reagan National Airport"): a place one visits, not a party one meets."""
    words = name.lower().split()
    return bool(words) and words[-1] in side_words().get("facility", ())

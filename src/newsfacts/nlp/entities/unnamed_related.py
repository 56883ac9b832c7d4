"""Guards of the sentence rule of unnamed actors (:func:`.unnamed_country.fallback_country`):
a country named near a phrase that is only related to it is not the phrase's country.

- **a doer, an opponent or a destination inside the phrase**: a country that is the agent of a
  participle in the phrase ("refugees sent by Australia", "villagers killed by Israeli troops"),
  the object of "against" in it ("a campaign against Malaysia") or of a participle's "to"
  ("migrants deported to Tunisia") is not the phrase's people's;
- **a locative that is no place**: "killed in Israeli strikes", "wounded in a U.S. raid": the
  nationality modifies an act, not a place ("in Egypt's Sinai", "in the Iraqi city of
  Falluja", "in an Afghan village" stay places: a name, or a ``place_noun`` of
  ``actor_words.tsv``);
- **a gathering's venue**: "Officials met in Geneva", "talks in Vienna" (``venue_word``);
- **the subject's nationality on an opponent**: "British troops fought a campaign against
  Communist insurgents": the phrase after "against" is the other side;
"""

from __future__ import annotations

from spacy.tokens import Token

from ... import lexicons

#: Switch (tests and measurement): False leaves every guard out.
ENABLED = True
#: entity labels of a word that is itself a place
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: prepositions whose object is the other side
_OPPONENT = frozenset({"against"})


def doer_in_path(path: list[Token]) -> bool:
    """Whether the words between a country mention and the phrase's head make the country a doer
    or an opponent: an agent ("sent by Australia") or "against" on the way."""
    return ENABLED and any(w.dep_ == "agent" or (w.dep_ == "prep" and w.lower_ in _OPPONENT) or _destination(w) for w in path)


def _destination(w: Token) -> bool:
    """Whether ``w`` is the "to" of a participle ("migrants deported
    to Mexico": where they are taken; "militants loyal to Iraq's ..." is no participle's)."""
    return w.dep_ == "prep" and w.lower_ == "to" and w.head.tag_ == "VBN"


def not_a_place(place: Token, head: Token) -> bool:
    """Whether the noun ``head`` a country mention at ``place`` modifies is no place ("in
    Israeli strikes"): the mention is not the head, and the head is neither a named place nor a
    ``place_noun``."""
    if not ENABLED or head.i == place.i:
        return False
    sites = lexicons.actor_words().get("place_noun", frozenset())
    return head.ent_type_ not in _PLACE_LABELS and head.pos_ != "PROPN" and head.lemma_.lower() not in sites


def venue(governor: Token, head: Token) -> bool:
    """Whether a locative is a gathering's venue: its governor or its noun is a ``venue_word``."""
    if not ENABLED:
        return False
    words = lexicons.actor_words().get("venue_word", frozenset())
    return governor.lemma_.lower() in words or head.lemma_.lower() in words


def opponent(tok: Token) -> bool:
    """Whether the phrase headed by ``tok`` is the object of "against" (the other side)."""
    return ENABLED and tok.dep_ == "pobj" and tok.head.lower_ in _OPPONENT


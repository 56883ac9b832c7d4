"""The sector of an unnamed actor (:mod:`.unnamed`): its head word's, or whose it is.

The head word's sector (``lexicons/entity_unnamed.tsv``) unless the phrase says whose the
people are: an international organisation in the phrase gives its sector; a spokesman, an
official or an aide (``borrow`` = yes) takes the sector of the organisation, the campaign, the
body ("police officials", "military spokesman") or the person they speak or work for; workers
or employees of an institution (``borrow`` = workplace) take the sector of the institution a
compound before the head names ("embassy workers" GOV, not the head word's LAB; "factory
workers" stay LAB: a factory is no institution of the lexicon).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ...schema import Entity

#: the sectors of international organisations: their people take them whatever their head word
_INTERNATIONAL = frozenset({"IGO", "NGO"})


def body_of(tok: Token, heads: dict) -> Optional[tuple[str, str]]:
    """(word, sector) of the institution a compound before the head names ("police" of
    "police officials", "embassy" of "embassy workers": an ORG row of the lexicon with a
    sector), or None."""
    for c in tok.children:
        head = heads.get(c.lower_) if c.dep_ == "compound" and c.i < tok.i else None
        if head is not None and head.type == "ORG" and head.sector:
            return c.lower_, head.sector
    return None


def sector_of(head, word: str, giver: Optional[Entity], campaign: bool = False,
              body: Optional[tuple[str, str]] = None, employer: Optional[tuple[str, Optional[str]]] = None) -> tuple[Optional[str], str]:
    """The sector of the phrase and why. ``head``: the head word's row (:class:`.unnamed.Head`);
    ``giver``: the organisation or country in the phrase; ``body``: :func:`body_of`;
    ``employer``: (name, sector) of the person or the pronoun whose spokesman, official or aide
    the phrase names."""
    if giver is not None and not giver.actor.country and giver.actor.sector in _INTERNATIONAL:
        return giver.actor.sector, f"sector {giver.actor.sector} of '{giver.name}', the organisation in the phrase"
    if head.borrow and giver is not None and giver.type == "ORG" and giver.actor.sector:
        return giver.actor.sector, f"sector {giver.actor.sector} of '{giver.name}', whom the {word} speaks or works for"
    if head.borrow and campaign:
        return "PTY", f"sector PTY: the {word} of a campaign"
    if head.borrow and body is not None:
        return body[1], f"sector {body[1]} of '{body[0]}', whom the {word} speaks or works for"
    if head.workplace and body is not None:
        return body[1], f"sector {body[1]} of '{body[0]}', the institution the {word} work for"
    if head.borrow and employer is not None:
        if employer[1] is None:
            return None, f"no sector: '{employer[0]}', whom the {word} speaks or works for, has none known"
        return employer[1], f"sector {employer[1]} of '{employer[0]}', whom the {word} speaks or works for"
    if head.sector is None:
        return None, f"no sector: the head word '{word}' gives none (lexicons/entity_unnamed.tsv)"
    return head.sector, f"sector {head.sector} from the head word '{word}' (lexicons/entity_unnamed.tsv)"

"""A candidate's campaign no organisation names, made an unnamed actor of its own.

:func:`~.campaigns.campaign_speaker` gives the campaign organisation the entity stage found
("Clinton campaign"); when the text names none, "Sanders's campaign manager said" or "his
campaign said" (with "his" resolved to Bernie Sanders) was left without a speaker. The
campaign still speaks, never the candidate: :func:`add_campaign_actor` makes (or joins, for
the same candidate) an unnamed organisation "Bernie Sanders's campaign" whose mention is the
source phrase. :func:`definite_campaign` gives "the campaign" with no owner the one campaign
named in the paragraphs just before it, when exactly one was and it is such an actor (a
campaign organisation the text names is left to the rules of :mod:`.groups`).
"""

from __future__ import annotations

from typing import Callable, Optional

from ...schema import Actor, Entity, Mention

#: how far back (characters) "the campaign" looks for the one campaign it names again
_REACH = 800


def _campaign_name(owner: Entity) -> str:
    return f"{owner.name}'s campaign"


def is_campaign_actor(ent: Optional[Entity]) -> bool:
    """Whether ``ent`` is an actor :func:`add_campaign_actor` made."""
    return ent is not None and not ent.named and ent.type == "ORG" and any(b.startswith("campaign of ") for b in ent.actor.basis)


def add_campaign_actor(owner: Entity, s: int, e: int, phrase: str, index) -> Optional[str]:
    """The unnamed campaign actor of ``owner`` (a person), with a mention ``[s, e)``: the one
    made before for the same person, else a new one added to ``index``; None when ``index``
    cannot take new entities."""
    if not hasattr(index, "add_entity") or owner.type != "PERSON":
        return None
    country = owner.actor.country if owner.actor is not None else None
    basis = [f"campaign of {owner.name}: unnamed actor '{phrase}' (the source of a quote; no organisation in the text names it)",
             "sector PTY: a candidate's campaign", f"country of {owner.name}" if country else "no country: its candidate has none"]
    return join_or_add(index, _campaign_name(owner), "ORG", Actor(country=country, sector="PTY", basis=basis),
                       Mention(phrase, s, e, "description"), is_campaign_actor)


def join_or_add(index, name: str, kind: str, actor: Actor, mention: Mention, made_so: Callable[[Entity], bool]) -> str:
    """The id of the unnamed actor ``name`` that ``made_so`` says a rule made before (with
    ``mention`` added to it, once), else of a new one of type ``kind`` with ``actor``, added to
    ``index``."""
    for ent in index.entities:
        if made_so(ent) and ent.name == name:
            if not any(m.start == mention.start for m in ent.mentions):
                ent.mentions.append(mention)
                ent.mentions.sort(key=lambda m: m.start)
                index.add_mention(mention.start, mention.end, ent.id)
            return ent.id
    ent = Entity(id=f"e{len(index.entities) + 1}", name=name, type=kind, mentions=[mention], actor=actor, named=False)
    index.add_entity(ent)
    return ent.id


def definite_campaign(s: int, index, campaign_words: frozenset[str]) -> Optional[str]:
    """'The campaign of Tom Vale said ... The campaign said': the one actor :func:`add_campaign_actor`
    made mentioned in the :data:`_REACH` characters before ``s``; None when none or more than one
    was, or when an organisation whose name has a campaign word is mentioned there."""
    found = set()
    for ms, _, eid in index.overlapping(max(0, s - _REACH), s):
        ent = index.by_id.get(eid)
        if ms >= s or ent is None or ent.type != "ORG":
            continue
        if is_campaign_actor(ent):
            found.add(eid)
        elif ent.named and {w.lower().replace("\u2019", "'").removesuffix("'s").strip(".,'") for w in ent.name.split()} & campaign_words:
            return None  # a campaign the text names: the rules of .groups decide ("the organisation named most recently")
    return found.pop() if len(found) == 1 else None

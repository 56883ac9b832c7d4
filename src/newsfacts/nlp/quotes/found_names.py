"""Persons the quote stage adds for a name no entity covered (a signature's name, a source's
missed name, a name after a title), and a further mention of a person already there: one
way to make and extend them for :mod:`.signatures`, :mod:`.unnamed_sources` and
:mod:`.titled_sources`.
"""

from __future__ import annotations

from ...schema import Actor, Entity, Mention
from ..entities.identity import actor_id


def add_name_person(index, name: str, start: int, end: int, why: str) -> str:
    """A new named PERSON entity ``name`` with its one mention ``[start, end)`` (the actor's
    basis says ``why``: which name of a quote gave it), added to ``index``: its id."""
    actor = Actor(country=None, sector=None, basis=[f"'{name}': {why} (no entity covered it)"])
    ent = Entity(id=f"e{len(index.entities) + 1}", name=name, type="PERSON", mentions=[Mention(name, start, end, "name")], actor=actor)
    ent.actor.actor_id = actor_id(ent)
    index.add_entity(ent)
    return ent.id


def add_mention_to(index, ent: Entity, mention: Mention) -> str:
    """``mention`` added to the entity ``ent`` of ``index`` (its mentions kept in text order):
    the entity's id."""
    ent.mentions.append(mention)
    ent.mentions.sort(key=lambda m: m.start)
    index.add_mention(mention.start, mention.end, ent.id)
    return ent.id

"""What a side's entities are: their country, whether a word names a place, whether a noun's
owner is named, which target ids are not the source, whether a side speaks for the source's own
state. Read by :mod:`.actors` and the side rules; none of these resolves a phrase."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .context import Ctx, Side, Span
from .lexicon import entity_types


def has_owner(noun: Token) -> bool:
    """True when ``noun`` has a possessor that is a noun phrase, not a pronoun nor a date
    ("the bureau's probe"; not "his probe", "Saturday's meeting"): its owner is named even when
    the possessor is no entity, so no other phrase or clause names the owner."""
    return any(
        c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ not in entity_types("non_actor") for c in noun.children
    )


def other_side(target: Side, source: Side) -> list[tuple[str, Span]]:
    """The target's (id, span) pairs that are not the source: an id the source has too stays
    only when both name different groups of one nation ("Palestinian police ... from
    Palestinian armed groups"), never for the same words or a pronoun ("Israel ... itself")."""
    out = []
    for i, sp in zip(target.ids, target.spans):
        if i not in source.ids:
            out.append((i, sp))
        elif i in target.groups and sp not in source.spans and not any(s[0] <= sp[0] and sp[1] <= s[1] for s in source.spans):
            out.append((i, sp))
    return out


def speaks_for(side: Side, source: Side, ctx: Ctx) -> bool:
    """True when ``side`` names the source itself, or the state the source belongs to (its
    country or capital: "Moscow" for the Russian Foreign Ministry)."""
    if not side.ids or not source.ids:
        return False
    own = {country_of(i, ctx) for i in source.ids} - {None}
    for i in side.ids:
        if i in source.ids:
            continue
        ent = ctx.index.by_id.get(i)
        if ent is None or ent.type != "GPE" or ent.actor.country not in own:
            return False
    return True


def country_of(eid: str, ctx: Ctx) -> Optional[str]:
    """The country (ISO3) of entity ``eid``, or None."""
    ent = ctx.index.by_id.get(eid)
    return ent.actor.country if ent is not None else None


def is_place_token(tok: Token, ctx: Ctx) -> Optional[tuple[str, Span]]:
    """The (entity id, span) of a word that names a place (a place record, a place
    entity, or a facility or organisation site), or None."""
    hit = ctx.token_entity(tok)
    if hit and ctx.types.get(hit[0]) in entity_types("place") | {"ORG"}:
        for p in ctx.places:
            if any(s < hit[1][1] and hit[1][0] < e for s, e in p.evidence):
                return hit
        if ctx.types.get(hit[0]) in entity_types("place") or tok.ent_type_ in entity_types("place") | {"ORG"}:
            return hit
    return None


def below_country(eid: str, ctx: Ctx) -> bool:
    """True for a place below a country (a city, a region): where, not who."""
    ent = ctx.index.by_id.get(eid)
    return ent is not None and ent.type in entity_types("place") and not str(ent.actor.actor_id or "").startswith("country:")

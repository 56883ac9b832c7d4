"""The country of a target with none of its own, from where it is (issue #19, session 13).

A target named by a generic noun ("civilians", "protesters", "the militants", "a military
vehicle") or an organisation with no country has no country of its own, while the sentence says
where it is: "killed 11 civilians in Cameroon's Far North Region", "ambushed a military vehicle
in Myanmar's Rakhine State". PLOVER's coders code such a target with the country of that place
(a city counts only when the entity stage gave it a country). :func:`placed_target_country` adds the place
(a GPE with a country) after the target's ids, so the first id with a country codes the side:

1. a place in an "in/inside/near/across/throughout" phrase of the target's own phrase or of a
   target phrase with no entity ("civilians in eastern Syria", "a military vehicle in Myanmar's
   Rakhine State"), or of the noun whose "of" phrase names it ("families of migrants in Libya");
2. else, for an act done to the target where it is (assault, coercion, aid, release), the event's
   place (:func:`.setting.place_of`) when its "in/near" phrase is on the trigger or its clause's
   verb (not deeper: "fighting ISIS on behalf of the regime in Damascus") and outside the
   source's phrase ("Authorities in the U.S. deported a man").

Guards (precision first): no target id has a country (or is an IGO/NGO); no target id is a named
person (where a person is says nothing of their nationality: "arrested Maria Smith in Moscow");
the place is no side already. Only the target side: a source is who acted, and where it acted
says less of whose it is.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .context import Candidate, Ctx, Span
from .located_targets import place_with_country

#: prepositions that say where a target is
_WHERE = ("in", "inside", "near", "across", "throughout")
#: acts done to a target where it is, whose place stands for the target's country
_MATERIAL = ("ASSAULT", "COERCE", "AID", "RETREAT", "SEIZE", "MOBILIZE")


def placed_target_country(cand: Candidate, ctx: Ctx) -> None:
    """Add the place a country-less target is in to the target (see the module doc)."""
    side = cand.target
    if not side.ids or any(_coded(i, ctx) for i in side.ids) or any(_named_person(i, ctx) for i in side.ids):
        return
    taken = set(side.ids) | set(cand.source.ids)
    hit = _phrase_place(side.spans + side.phrases, taken, ctx)
    how = "in its phrase"
    if hit is None and cand.pattern.type in _MATERIAL:
        hit, how = _event_place(cand, taken, ctx), "where the act was"
    if hit is None:
        return
    side.ids.append(hit[0])
    side.spans.append(hit[1])
    cand.notes.append(f"'{ctx.text[hit[1][0]:hit[1][1]]}' ({how}) gives the target's country")


def _coded(eid: str, ctx: Ctx) -> bool:
    """True when entity ``eid`` has a country or is an international or non-governmental body."""
    ent = ctx.index.by_id.get(eid)
    if ent is None:
        return False
    return bool(getattr(ent.actor, "country", None)) or getattr(ent.actor, "sector", None) in ("IGO", "NGO")


def _named_person(eid: str, ctx: Ctx) -> bool:
    """True for a named person (not "a 95-year-old man")."""
    ent = ctx.index.by_id.get(eid)
    return ent is not None and ctx.types.get(eid) == "PERSON" and bool(getattr(ent, "named", True))


def _phrase_place(spans: list[Span], taken: set[str], ctx: Ctx) -> Optional[tuple[str, Span]]:
    """A place with a country in a "where" phrase of a target phrase or of its "of" head."""
    for s, e in spans:
        found = ctx.doc.char_span(s, e, alignment_mode="expand")
        if found is None or not len(found):
            continue
        root = found.root
        heads = [root]
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
            heads.append(root.head.head)  # "the families of the migrants in Libya"
        for h in heads:
            hit = _where_child(h, taken, ctx)
            if hit is not None:
                return hit
    return None


def _where_child(head: Token, taken: set[str], ctx: Ctx) -> Optional[tuple[str, Span]]:
    """The place with a country in an "in/near ..." phrase directly on ``head``."""
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ not in _WHERE:
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            hit = _place(p, ctx)
            if hit is not None and hit[0] not in taken:
                return hit
    return None


def _event_place(cand: Candidate, taken: set[str], ctx: Ctx) -> Optional[tuple[str, Span]]:
    """The event's place, when it is a GPE with a country outside the source's phrase."""
    eid, span = cand.place_entity, cand.place
    if eid is None or span is None or eid in taken:
        return None
    tok = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if tok is None or not len(tok):
        return None
    prep = tok.root.head
    if tok.root.dep_ != "pobj" or prep.lower_ not in _WHERE or prep.head.i not in (cand.trigger.i, cand.clause.i):
        return None  # "fighting ISIS on behalf of the regime in Damascus": not where the act was
    hit = _place(tok.root, ctx)
    if hit is None or hit[0] in taken:
        return None
    for s, e in cand.source.spans:
        src = ctx.doc.char_span(s, e, alignment_mode="expand")
        if src is not None and len(src):
            top = src.root
            if top.left_edge.i <= tok.root.i <= top.right_edge.i:
                return None  # "Authorities in the U.S.": where the source is
    return hit


def _place(p: Token, ctx: Ctx) -> Optional[tuple[str, Span]]:
    """The place with a country the object of "in/near" names, when that object is a name ("in
    Myanmar's Rakhine State", "in eastern Syria"), not a common noun a country modifies ("near a
    U.S. garrison")."""
    if p.pos_ != "PROPN" and ctx.token_entity(p) is None:
        return None
    return place_with_country(p, ctx)

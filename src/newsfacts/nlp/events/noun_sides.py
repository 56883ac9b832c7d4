"""Sides of a trigger noun read off the verb it hangs from: "with the help of X" (X gives to
the verb's subject), "engaged X in a firefight" (X is the target), "funded lawsuits by X" (a
"by" phrase the parser hung on the verb names the noun's doer), and when a modifier of the
noun may stand for its doer ("a Russian attack"; not "the group filed a FOIA lawsuit")."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .actors import actors
from .context import Ctx, Side
from .lexicon import agent_words, entity_types, Pattern, type_roles
from .subjects import subject_side
from .side_words import has_form
from .syntax import names_actor, pobjs


def with_help_of(phrase: Token, pat: Pattern, ctx: Ctx) -> Optional[tuple[Side, Side]]:
    """``(source, target)`` of "with the help (support, backing) of X" hanging on a verb: X
    gives, the verb's subject receives; None for another shape or when X names no actor."""
    head = phrase.head
    if pat.type not in ("AID", "SUPPORT") or phrase.dep_ != "pobj" or head.lower_ != "with" or head.head.pos_ not in ("VERB", "AUX"):
        return None
    source = Side()
    for c in phrase.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in pobjs(c):
                source.add(actors(p, ctx))
    if not source.ids and not source.agents:
        return None  # "with the help of the figures": no giver
    target, _ = subject_side(head.head, ctx)
    if set(target.ids) & set(source.ids):
        target = Side()
    return source, target


def drawn_in_target(phrase: Token, target: Side, ctx: Ctx) -> None:
    """"X engaged Y in a firefight", "drew Y into talks": the object of the verb whose "in/into"
    phrase the trigger noun is, when it names an actor, is the target (adds to ``target``)."""
    head = phrase.head
    if phrase.dep_ != "pobj" or head.lower_ not in ("in", "into") or head.head.pos_ != "VERB":
        return
    for c in head.head.children:
        if c.dep_ == "dobj" and c.i < head.i and (ctx.token_entity(c) or names_actor(c)):
            target.add(actors(c, ctx))


def object_by_source(phrase: Token, source: Side, ctx: Ctx) -> None:
    """A "by" phrase naming an actor that the parser hung elsewhere names who did the act of
    the trigger noun ``phrase`` (adds to ``source``): on the verb whose object the noun is ("he
    funded lawsuits by Hogan against X": an active verb takes no "by" agent), or on the name of
    the noun's "of" phrase ("the murder of Ann Roe by an officer": a name takes no "by")."""
    verb = phrase.head
    if phrase.dep_ == "dobj" and verb.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in verb.children):
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "by" and c.i == phrase.right_edge.i + 1:
                _by_actor(c, source, ctx)
    for c in phrase.children:
        if not source.ids and c.dep_ == "prep" and c.lower_ == "of":
            for p in pobjs(c):
                if p.pos_ == "PROPN" and ctx.token_entity(p):
                    for k in p.children:
                        if k.dep_ == "prep" and k.lower_ == "by":
                            _by_actor(k, source, ctx)


def _by_actor(prep: Token, source: Side, ctx: Ctx) -> None:
    """Adds to ``source`` the actor entities the "by" phrase ``prep`` names."""
    for p in pobjs(prep):
        hit = ctx.token_entity(p)
        if hit and ctx.types.get(hit[0]) in entity_types("actor"):
            source.add(actors(p, ctx))




def acting_modifiers(mods: list[Side], source: Side, ctx: Ctx) -> list[Side]:
    """The sides named by a trigger noun's modifiers that are left for the event to share out.
    A modifier gives the doer's affiliation, never its identity: when the verb that takes the
    noun has a subject naming no entity ("the group filed a FOIA lawsuit"), only a country or a
    nationality (GPE, NORP) is kept ("FOIA" is the kind of act, neither doer nor target); when
    the source is only unnamed agents of no country ("soldiers carried out an Israeli air
    strike"), a nationality modifier joins the source (it is theirs) instead of the target."""
    if not source.ids:
        joint = _joint_doers(mods, ctx)
        for m in joint:
            source.add(m)  # "the FBI and Justice Department probe": both do it
        mods = [m for m in mods if all(m is not j for j in joint)]
        if joint:
            return mods
    national = [m for m in mods if m.ids and ctx.types.get(m.ids[0]) in ("GPE", "NORP")]
    if source.ids:
        own = [m for m in national if _bare(m, ctx)]  # not "an anti-Israeli protest"
        if own and all(_unaffiliated(i, ctx) for i in source.ids):
            source.add(own[0])
            return [m for m in mods if m is not own[0]]
        return mods
    return mods if not source.phrases else national


def _joint_doers(mods: list[Side], ctx: Ctx) -> list[Side]:
    """The modifiers joined by "and" before a noun of a one-way act ("the FBI and Justice
    Department probe", "US and British strikes"): its joint doers; none before a
    ``mutual_noun`` of ``event_side_words.tsv`` ("Russian and Chinese talks": the two sides)."""
    roots: list[Token] = []
    for m in mods:
        ph = ctx.doc.char_span(m.spans[0][0], m.spans[0][1], alignment_mode="expand") if m.spans else None
        roots.append(ph.root if ph is not None and len(ph) else None)
    joined = [m for m, r in zip(mods, roots) if r is not None and any(
        o is not None and o.i != r.i and (o.head.i == r.i or r.head.i == o.i) and "conj" in (o.dep_, r.dep_)
        for o in roots)]
    if len(joined) < 2:
        return []
    first = min((r for r in roots if r is not None), key=lambda t: t.i)
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    noun = first.head
    if noun.pos_ not in ("NOUN", "PROPN") or has_form(noun, "mutual_noun"):
        return []
    return joined


def _unaffiliated(eid: str, ctx: Ctx) -> bool:
    """True when the entity is an unnamed group of no known country ("soldiers", "protesters")."""
    ent = ctx.index.by_id.get(eid)
    return ent is not None and ctx.types.get(eid) == "NORP" and not getattr(ent.actor, "country", None)

def own_forces(obj: Token, pat: Pattern, ctx: Ctx) -> bool:
    """True when the object of a verb of deploying or pulling back (``own_object`` types) is a
    military or police agent word naming no one ("deployed troops", "withdrew its soldiers", "mobilized 5,000
    reservists"): the doer's own forces, never the target."""
    if pat.type not in type_roles("own_object") or obj.pos_ != "NOUN":
        return False
    if (agent_words().get(obj.lower_) or agent_words().get(obj.lemma_.lower())) not in ("MIL", "COP"):
        return False  # "released the mayor", "withdrew the charges": no forces of the doer
    return not any(
        c.dep_ in ("amod", "compound", "nmod") and ctx.token_entity(c) is not None for c in obj.children
    ) and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children)


def _bare(mod: Side, ctx: Ctx) -> bool:
    """True when a modifier names a nation plainly, not for or against it ("anti-Israeli")."""
    start = mod.spans[0][0] if mod.spans else 0
    before = ctx.text[max(0, start - 6):start].lower().rstrip("- ")
    return not before.endswith(("anti", "pro", "non")) and not ctx.text[start:start + 5].lower().startswith(("anti", "pro-", "non-"))

"""Further targets: the owner of a noun, the first entity named inside a phrase, and the
phrases looked into when the usual ones name no target ("from", "against" on a governing
verb, a threat's condition, a protest's object, the place where a material act happened)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .actors import actors
from .context import Ctx, Side, Span, SUBJ, Taker
from .go_betweens import mediated_parties_target
from .lexicon import actor_words, agent_words, entity_types, event_words, noun_patterns, Pattern, preps
from .modifiers import local_place, thing_head
from .parties import has_owner, is_place_token, other_side
from .phrase_targets import phrase_target
from .side_rules import further_target
from .side_words import has_role, other_party
from .syntax import dated, pobjs




def noun_owner(noun: Token, ctx: Ctx) -> Side:
    """Who a noun belongs to: its possessor, a national adjective, its "by/from" phrase
    ("a ban by General Aoun", "a demonstration staged by students"), else its "of" phrase
    ("demanded the withdrawal of Serbian forces", "the removal of President X")."""
    side = Side()
    if other_party(noun):
        # "Obama's nominee", "Russia's allies": the nominee and the allies are others; "the
        # Republican nominee", "his GOP opponents", "a Syrian opponent": a party or national
        # modifier says what they are (an adjective not for allies: "American allies" are America's)
        for c in noun.children:
            hit = ctx.token_entity(c) if c.dep_ in ("amod", "compound") and c.i < noun.i else None
            kind = ctx.types.get(hit[0]) if hit else None
            if c.dep_ == "compound" and kind in ("ORG", "NORP"):
                side.add(Side(ids=[hit[0]], spans=[hit[1]]))
            elif c.dep_ == "amod" and noun.lemma_.lower() != "ally" and kind in entity_types("actor") | {"NORP"}:
                side.add(Side(ids=[hit[0]], spans=[hit[1]]))
        return side
    low = noun.lemma_.lower()
    plain = low not in agent_words() and noun.lower_ not in agent_words() and low not in noun_patterns()
    # "the withdrawal of Russian forces from Moldova": the place left, not the owner
    leaving = low in noun_patterns() and noun_patterns()[low].type == "RETREAT"
    for c in noun.children:
        if c.dep_ == "poss":
            side.add(actors(c, ctx))
        elif c.dep_ in ("amod", "compound") and c.i < noun.i:
            hit = ctx.token_entity(c)
            if hit and (local_place(c, ctx) or (ctx.types.get(hit[0]) == "NORP" and thing_head(noun))):
                continue  # "the Geneva talks": where they were held; "Russian oil": no side
            if hit and plain and ctx.types.get(hit[0]) == "GPE" and not _country(hit[0], ctx):
                continue  # "the Manhattan billionaire", "the Texas program": where from, not whose
            if hit and ctx.types.get(hit[0]) in entity_types("actor"):
                side.add(Side(ids=[hit[0]], spans=[hit[1]]))
        elif c.dep_ == "prep" and c.lower_ in preps("source") and not (c.lower_ == "from" and leaving):
            for p in pobjs(c):
                side.add(actors(p, ctx))
        elif c.dep_ == "acl" and not any(
            a.dep_ == "prep" and a.lower_ in preps("acl_target") and not dated(a) for a in c.children
        ):
            # "a demonstration staged by students" (not "sanctions imposed on X by Y": Y does not own
            # them; "staged by students on 15 October" is a date, no one it is imposed on)
            for a in c.children:
                if a.dep_ == "agent":
                    for p in pobjs(a):
                        side.add(actors(p, ctx))
    if not side.ids and not has_owner(noun):
        # not when an owner is named, though no entity: "the nominee's description of X" is not X's
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in pobjs(c):
                    sub = actors(p, ctx)
                    if sub.ids:
                        side.add(sub)
    return side


def _country(eid: str, ctx: Ctx) -> bool:
    """True when the entity is a country (its actor code is a country's)."""
    ent = ctx.index.by_id.get(eid)
    return ent is not None and str(ent.actor.actor_id or "").startswith("country:")


def deep_actors(tok: Token, ctx: Ctx, depth: int = 2) -> Side:
    """The first entity named inside a phrase: the word itself, its owner, or (``depth``
    levels down) the phrases it governs: "against Sweden's decision", "the return of
    property seized by Algerian government forces", "air links with Serbia"."""
    side = actors(tok, ctx)
    if side.ids:
        return side
    if other_party(tok):
        return noun_owner(tok, ctx)  # "condemned Russia's allies": whose allies they are is no side
    owner = noun_owner(tok, ctx) if tok.pos_ in ("NOUN", "PROPN") else Side()
    if owner.ids:
        return owner
    owner = _national_policy_owner(tok, ctx)
    if owner.ids:
        return owner  # "against Swedish plans to join NATO": Sweden's plans, not NATO
    if depth <= 0 or has_owner(tok):
        return Side()  # "defended the nominee's description of X": the nominee's, not X's
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps("deep"):
            for p in pobjs(c):
                sub = deep_actors(p, ctx, depth - 1)
                if sub.ids:
                    return sub
        elif c.dep_ in ("dobj", "acl", "relcl") and tok.pos_ in ("VERB", "NOUN"):
            sub = deep_actors(c, ctx, depth - 1)
            if sub.ids:
                return sub
    return Side()


def _national_policy_owner(tok: Token, ctx: Ctx) -> Side:
    """The nation whose plan, proposal or decision a noun names by a national adjective
    (``policy_noun`` rows: "Swedish plans to join NATO", "a Saudi proposal to ..."): the plan is
    the nation's, where "Russian oil" names no side."""
    if tok.pos_ != "NOUN" or not has_role(tok, "policy_noun"):
        return Side()
    for c in tok.children:
        if c.dep_ == "amod" and c.i < tok.i:
            hit = ctx.token_entity(c)
            ent = ctx.index.by_id.get(hit[0]) if hit else None
            if ent is not None and ctx.types.get(hit[0]) in entity_types("national") and ent.actor.country:
                return Side(ids=[hit[0]], spans=[hit[1]])
    return Side()


def more_target(tok: Token, pat: Pattern, source: Side, target: Side, ctx: Ctx) -> list[str]:
    """Look further for a target when the usual phrases name none (adds to ``target``;
    returns notes for the event when the target is only the place).

    In order: a "from" phrase ("withdraw its troops from Lebanon", "confiscated weapons from
    armed groups"); for a noun object, the verb's "against/on" phrase ("launched air strikes
    against X", "opened investigations against X"); for a threat, the subject of its
    condition ("... if the United States goes ahead"); for a protest, what it is against or
    for ("a hunger strike to protest against Sweden's decision", "in protest of X's refusal");
    for a noun, its "of" phrase; last, for a material act, the country where it happened
    ("exploded bombs in the capital Kabul"), as PLOVER codes it (the event's notes say so).
    """
    take = _taker(source, target)
    heads, objs, gov = _phrase_heads(tok)
    loose: list[Side] = []  # phrases naming a target with no entity ("strikes on rebel-held areas")
    if (
        _particle_object_target(tok, pat, take, ctx)
        or _from_or_directed_target(tok, pat, heads, objs, take, loose, ctx)
        or _complement_target(tok, pat, objs, source, take, ctx)
        or _protest_target(tok, pat, heads, take, ctx)
        or _of_target(tok, pat, take, ctx)
        or _envoy_target(objs, take, ctx)
        or phrase_target(tok, pat, target, take, ctx, deep_actors)
        or further_target(tok, pat.type, source, take, ctx, deep_actors)
        or mediated_parties_target(tok, take, ctx)
    ):
        return []
    note = _place_target(tok, pat, source, objs + _clause_verbs(tok, gov), take, ctx)
    if note:
        return [note]
    if loose and not target.phrases:
        target.phrases += [p for p in loose[0].phrases if p not in target.phrases]
        target.notes += loose[0].notes
    return []


def _taker(source: Side, target: Side) -> Taker:
    """A function adding to ``target`` the ids of a side that are not the source (True when
    there were any)."""

    def take(side: Side) -> bool:
        """Add the side's ids that are not the source to the target; True when there were any."""
        found = other_side(side, source)
        if not found:
            return False
        for i, sp in found:
            target.take_id(i, sp, side)
        return True

    return take


def _phrase_heads(tok: Token) -> tuple[list[Token], list[Token], Optional[Token]]:
    """``(heads, objects, governing verb)`` of a trigger: the words whose phrases may name its
    target (the trigger, apposed and coordinated nouns, the verb a noun object hangs on), a
    verb's objects, and the verb a noun trigger is the object or subject of."""
    heads = [tok]
    if tok.pos_ == "NOUN":
        # coordinated and apposed nouns share their phrases: "air and artillery strikes on X",
        # "a military operation, Operation Y, against militants"
        heads += [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
            heads.append(tok.head)
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    if phrase.pos_ == "NOUN" and phrase.dep_ in ("dobj", "nsubjpass") and phrase.head.pos_ == "VERB":
        # "launched strikes against X", "sanctions were imposed on X": the phrase hangs on the verb
        heads.append(phrase.head)
    gov = phrase.head if phrase.pos_ == "NOUN" and phrase.dep_ in ("dobj", "nsubj", "nsubjpass") and phrase.head.pos_ == "VERB" else None
    objs = [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ == "VERB" else []
    for o in objs:  # "weapons and explosives from X", "artillery, mortar and rocket fire against X"
        objs += [k for k in o.children if k.dep_ == "conj" and k not in objs]
    return heads, objs, gov


def _particle_object_target(tok: Token, pat: Pattern, take: Taker, ctx: Ctx) -> bool:
    """"Cruz, who has called on Republicans to back Trump": a verb's "on/to/with/against" parsed
    as a particle with an object of its own is a preposition; its object is the target (before
    the complement's object)."""
    if tok.pos_ != "VERB":
        return False
    for c in tok.children:
        if c.dep_ == "prt" and c.lower_ in preps("verb_target"):
            for p in c.children:
                if p.dep_ == "pobj" and not (is_place_token(p, ctx) and pat.type != "ASSAULT") and take(actors(p, ctx)):
                    return True
    return False


def _from_or_directed_target(
    tok: Token, pat: Pattern, heads: list[Token], objs: list[Token], take: Taker, loose: list[Side], ctx: Ctx
) -> bool:
    """A "from" phrase ("withdraw its troops from Lebanon", "confiscated weapons from armed
    groups"), the "against/on" phrase of a word the trigger hangs on ("launched air strikes
    against X"), or "targeting X"; phrases with no entity are kept in ``loose``."""
    for h in heads + objs:
        for c in h.children:
            if c.dep_ == "prep" and (
                (c.lower_ == "from" and (h.pos_ == "VERB" or h in objs))
                or (h.i != tok.i and c.lower_ in preps("directed"))
                or (h.i != tok.i and c.lower_ == "at" and pat.type == "ASSAULT")
            ):
                for p in pobjs(c):
                    side = actors(p, ctx)
                    if take(side):
                        return True
                    if side.phrases and c.lower_ != "from":
                        loose.append(side)
        if h.i != tok.i:
            for c in h.children:  # "carried out a raid, targeting X"
                if c.dep_ in ("advcl", "xcomp") and c.lemma_ == "target":
                    for d in c.children:
                        if d.dep_ == "dobj" and take(actors(d, ctx)):
                            return True
    return False


def _complement_target(tok: Token, pat: Pattern, objs: list[Token], source: Side, take: Taker, ctx: Ctx) -> bool:
    """What is rejected, agreed, conceded or supported ("refused to respond to a demand from
    X", "supported a UN resolution": whose it is, or whom it concerns), or the subject of a
    threat's condition ("... if the United States goes ahead")."""
    src = set(source.ids)
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and pat.type in ("REJECT", "AGREE", "CONCEDE", "SUPPORT"):
            # "refused to respond to a demand from the US President", "agreed to lift embargoes on sales to Iran"
            for d in c.children:
                for p in ([d] if d.dep_ == "dobj" else pobjs(d) if d.dep_ == "prep" and d.lower_ in preps("deep") else []):
                    if take(deep_actors(p, ctx)):
                        return True
    if pat.type in ("REJECT", "SUPPORT", "AGREE", "ACCUSE", "CONCEDE"):
        # "supported a UN Security Council resolution", "rejected an invitation to a meeting of
        # Palestinian factions": whose the object is, or whom it concerns
        for o in objs:
            if o.pos_ in ("NOUN", "PROPN") and take(deep_actors(o, ctx)):
                return True
    if pat.type == "THREATEN" and not any(
        set(actors(d, ctx).ids) - src
        for c in tok.children if c.dep_ == "xcomp"
        for d in c.children if d.dep_ == "dobj"
    ):  # "threatened to shell Haifa if Israel ...": the threatened act's object comes first
        for t in tok.subtree:
            if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in t.children):
                for c in t.children:
                    if c.dep_ in SUBJ and take(actors(c, ctx)):
                        return True
    return False


def _protest_target(tok: Token, pat: Pattern, heads: list[Token], take: Taker, ctx: Ctx) -> bool:
    """For a protest, what it is against or for ("a hunger strike to protest against Sweden's
    decision", "in protest of X's refusal")."""
    if pat.type == "PROTEST":
        for h in heads + ([tok.head] if tok.head != tok and tok.head not in heads else []):
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("against", "over", "at", "in"):
                    for p in pobjs(c):
                        if c.lower_ == "in" and p.lower_ != "protest":
                            continue  # "in protest of/at/against X", not "in Lagos"
                        if take(deep_actors(p, ctx)):
                            return True
                elif c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.pos_ == "VERB" and c.i > tok.i:
                    # purpose: "to protest against X", "to demand the return of ... seized by X"
                    for d in c.children:
                        for p in ([d] if d.dep_ == "dobj" else pobjs(d) if d.dep_ == "prep" else []):
                            if take(deep_actors(p, ctx)):
                                return True
    return False


def _envoy_target(objs: list[Token], take: Taker, ctx: Ctx) -> bool:
    """"recalled its ambassador to Italy", "expelled the envoy to Oslo": the country a diplomat
    object is posted to."""
    envoys = event_words().get("diplomat_object", frozenset())
    for o in objs:
        if o.lemma_.lower() in envoys:
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ == "to" and any(take(deep_actors(p, ctx, depth=1)) for p in pobjs(c)):
                    return True
    return False


def _of_target(tok: Token, pat: Pattern, take: Taker, ctx: Ctx) -> bool:
    """For a noun trigger (not one whose "of" phrase is its source), its "of" phrase."""
    words = actor_words()
    if tok.pos_ == "NOUN" and pat.type not in words.get("of_source", ()) and pat.type != "SUPPORT":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in pobjs(c):
                    if take(deep_actors(p, ctx, depth=1)):
                        return True
    return False


def _clause_verbs(tok: Token, gov: Optional[Token]) -> list[Token]:
    """The verb whose clause a noun trigger's phrase is the subject or object of, through "of"
    phrases ("the first deployment of NATO peacekeeping troops have arrived in Bosnia":
    arrived), or the governing verb found before."""
    if gov is not None:
        return [gov]
    cur = tok.head if tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN" else tok
    for _ in range(3):
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ == "NOUN":
            cur = cur.head.head
            continue
        break
    if cur.pos_ == "NOUN" and cur.dep_ in ("nsubj", "nsubjpass", "dobj") and cur.head.pos_ == "VERB" and cur != tok:
        return [cur.head]
    return []


def _place_target(tok: Token, pat: Pattern, source: Side, more: list[Token], take: Taker, ctx: Ctx) -> Optional[str]:
    """For a material act with a source, the country where it happened ("exploded bombs in the
    capital Kabul", "troops arrived in Bosnia"), as PLOVER codes it: the note saying so, or None."""
    words = actor_words()
    src = set(source.ids)
    sought = any(o.lemma_.lower() in words.get("place_object", ()) for o in [tok] + more)  # "sought refuge in X"
    if (pat.type in words.get("place_target", ()) or sought) and source.ids:  # never the only actor of an event
        where = [tok] + more  # the objects, the governing verb: "troops arrived in Bosnia"
        where += _purpose_heads(tok, more)
        for h in where:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "into", "inside"):
                    for p in pobjs(c):
                        hit = _where_entity(p, ctx)
                        if hit and ctx.types.get(hit[0]) != "GPE":  # "in Somalia's Lower Shabelle region"
                            hit = next((ctx.token_entity(k) for k in p.children if k.dep_ == "poss" and ctx.token_entity(k)), hit)
                        if hit and ctx.types.get(hit[0]) == "GPE" and hit[0] not in src:
                            if take(Side(ids=[hit[0]], spans=[hit[1]])):
                                return f"target is the place where it happened ('{ctx.text[hit[1][0]:hit[1][1]]}'), as PLOVER codes it"
    return None


def _where_entity(p: Token, ctx: Ctx) -> Optional[tuple[str, Span]]:
    """The entity the object of "in" names: itself, or a name in its appositive, compound or "of"
    phrase ("in the capital Kabul", "in northeast Nigeria"), or its possessor ("in Georgia's
    conflict zones")."""
    hit = ctx.token_entity(p)
    if hit is None:
        hit = next((ctx.token_entity(k) for k in p.children if k.dep_ in ("appos", "compound", "pobj") and ctx.token_entity(k)), None)
        if hit is None:
            for k in p.children:
                if k.dep_ == "prep":
                    hit = next((ctx.token_entity(q) for q in pobjs(k) if ctx.token_entity(q)), None)
        if hit is None:
            hit = next((ctx.token_entity(k) for k in p.children if k.dep_ == "poss" and ctx.token_entity(k)), None)
    return hit


def _purpose_heads(tok: Token, more: list[Token]) -> list[Token]:
    """The words whose "in" phrase says where a material act went, beyond the trigger and its
    verb: the noun a compound trigger modifies ("a peacekeeping operation in X"), and the verb
    of motion whose purpose the act is ("arrived in Nepal to help deliver aid", "arrived in X
    for a peacekeeping mission"), up to three purpose clauses up."""
    out: list[Token] = []
    cur = tok
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        cur = tok.head
        out.append(cur)
    if cur.dep_ == "pobj" and cur.head.lower_ == "for" and cur.head.head.pos_ == "VERB":
        out.append(cur.head.head)  # "arrived in X for a peacekeeping mission"
        return out
    verbs = [m for m in more if m.pos_ == "VERB"] or ([tok] if tok.pos_ == "VERB" else [])
    for v in verbs[:1]:
        for _ in range(3):
            if v.dep_ not in ("xcomp", "advcl") or v.head.pos_ != "VERB" or not _purpose_to(v):
                break
            v = v.head
            out.append(v)
    return out


def _purpose_to(verb: Token) -> bool:
    """True when ``verb`` is an infinitive with "to" ("to help", "to deliver"), or a bare one
    after "help" ("help deliver")."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ == "help"

"""Targets named one phrase further down than the verb's own phrases: the partner of what is
left ("withdrew from the treaty with the United States", "pulled out of the deal with X"),
whom a passive subject is aimed at ("evidence against Iran was presented"), whom a light
verb's "for" phrase names for a compound trigger ("issued arrest warrants for two men"), and
whom an instrument was used on ("used batons to disperse the crowd": the crowd, not the batons),
what an act noun hits as the subject of a verb of impact ("air strikes hit the enclave of X"),
the subject of a demand's or an accusation's clause ("the accusation that X attacked"), an
object shifted after an "as" phrase ("denounced as a crime Serbia's suppression of X"), and
whom a phrasal verb of verbal conflict is aimed "at" ("lashed out at X", "took aim at X"), and
the counterpart of a cooperation noun named by its light verb's "with" phrase ("held a meeting
on Monday with X", "had a talk this week with X"), and whom a verb of support with no object
is "for" ("campaigned for X", "vouched for X's proposal")."""

from __future__ import annotations

from typing import Callable, Iterator

from spacy.tokens import Token

from .actors import actors
from .amount_targets import amount_recipient_target
from .participle_targets import participle_target
from .parties import country_of
from .context import Candidate, Ctx, Side, Taker
from .lexicon import agent_words, event_words, noun_patterns, Pattern, preps, type_roles, verb_patterns
from .side_words import has_role
from .syntax import pobjs
from .triggers import verb_pattern



def phrase_target(tok: Token, pat: Pattern, target: Side, take: Taker, ctx: Ctx, deep: Callable[..., Side]) -> bool:
    """Try the rules of this module in order; True when one of them found a target (``deep``:
    :func:`.targets.deep_actors`, the first entity named inside a phrase)."""
    return (
        amount_recipient_target(tok, pat, take, ctx)  # "pledged 50 million euros in aid to Sudan"
        or participle_target(tok, pat, take, ctx)  # "the sanctions imposed by the EU on Russian banks"
        or _impact_target(tok, pat, take, ctx, deep)
        or _misparsed_object_target(tok, pat, take, ctx)
        or _participle_impact_target(tok, pat, take, ctx)
        or _apposed_counterpart_target(tok, take, ctx)
        or _agreed_act_target(tok, pat, take, ctx)
        or _clause_subject_target(tok, pat, take, ctx)
        or _shifted_object_target(tok, take, ctx)
        or _left_partner(tok, take, ctx)
        or _passive_subject_target(tok, target, take, ctx)
        or _compound_for_target(tok, pat, take, ctx)
        or _instrument_target(tok, target, take, ctx, deep)
        or _aimed_at_target(tok, pat, target, take, ctx)
        or _light_with_target(tok, pat, take, ctx)
        or _support_for_target(tok, pat, take, ctx, deep)
    )


def _support_for_target(tok: Token, pat: Pattern, take: Taker, ctx: Ctx, deep: Callable[..., Side]) -> bool:
    """A verb of support with no object: whom its "for" phrase names, or the owner of what it
    names ("campaigned for Hillary Clinton", "vouched for Trump's proposal"), never deeper
    ("argued for a ban on refugees": not the refugees); not a phrasal verb's "for" ("signed up
    for updates")."""
    if tok.pos_ != "VERB" or pat.type != "SUPPORT" or any(c.dep_ in ("dobj", "dative", "prt") for c in tok.children):
        return False  # "sign up for her newsletter": the phrasal verb's own "for"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "for" and c.i > tok.i:
            if any(take(deep(p, ctx, depth=0)) for p in pobjs(c)):
                return True
    return False


#: CAMEO roots of cooperation (intent to cooperate, consult, diplomatic and material cooperation)
_COOPERATION = ("03", "04", "05", "06")


def _light_with_target(tok: Token, pat: Pattern, take: Taker, ctx: Ctx) -> bool:
    """A cooperation noun that is the object of a light verb (``light`` rows: hold, have, sign,
    ...) whose "with" phrase the parser hung on the verb, after the noun ("held a meeting on
    Monday with X", "had a talk this week with X"): whom it was held with. Not for other types:
    "launched attacks with drones" names the means."""
    if tok.pos_ != "NOUN" or not pat.cameo.startswith(_COOPERATION):
        return False
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    verb = phrase.head
    if phrase.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in event_words().get("light", ()):
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "with" and c.i > phrase.i:
            if any(take(actors(p, ctx)) for p in pobjs(c)):
                return True
    return False


#: CAMEO roots of verbal conflict (disapprove, reject, threaten, protest)
_VERBAL_CONFLICT = ("11", "12", "13", "14")


def _aimed_at_target(tok: Token, pat: Pattern, target: Side, take: Taker, ctx: Ctx) -> bool:
    """A verb of verbal conflict whose trigger row has a particle or an object word ("lash out",
    "hit out", "take aim", "take swipe"): its "at" phrase, on the verb or on that object, is
    whom the words are aimed at ("lashed out at X", "took a swipe at X"); the object word itself
    is then no target phrase. Only for such phrasal triggers: a plain verb's "at" phrase is where
    it was said ("criticized the plan at the UN")."""
    if tok.pos_ != "VERB" or not pat.cameo.startswith(_VERBAL_CONFLICT):
        return False
    rows = verb_patterns().get(tok.lemma_.lower(), {})
    words = [c for c in tok.children if c.dep_ in ("prt", "dobj") and c.lower_ in rows and c.lower_ != "-"]
    if not words:
        return False
    for head in [tok] + [w for w in words if w.dep_ == "dobj"]:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "at" and c.i > tok.i:
                if any(take(actors(p, ctx)) for p in pobjs(c)):
                    for w in words:
                        if w.dep_ == "dobj":
                            _drop_phrase(target, w)
                    return True
    return False


def _left_objects(verb: Token) -> Iterator[Token]:
    """The objects of a verb's "from" and "out of" phrases ("withdrew from X", "pulled out of X")."""
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ == "from":
            yield from pobjs(c)
        elif c.lower_ == "out":
            for k in c.children:
                if k.dep_ == "prep" and k.lower_ == "of":
                    yield from pobjs(k)


def _left_partner(tok: Token, take: Taker, ctx: Ctx) -> bool:
    """What a verb leaves is a thing with a partner ("withdrew from the treaty with the United
    States", "pulled out of the talks between X and Y"): the partner is the target."""
    if tok.pos_ != "VERB":
        return False
    for p in _left_objects(tok):
        if p.pos_ != "NOUN" or ctx.token_entity(p) is not None:
            continue
        for k in p.children:
            if k.dep_ == "prep" and k.lower_ in ("with", "between"):
                if any(take(actors(q, ctx)) for q in pobjs(k)):
                    return True
    return False


def _passive_subject_target(tok: Token, target: Side, take: Taker, ctx: Ctx) -> bool:
    """A passive verb whose subject is a thing aimed at someone ("evidence against Iran was
    presented", "new curbs on Cuba were announced"): whom that subject's phrase names (the
    thing itself is then no target phrase)."""
    if tok.pos_ != "VERB":
        return False
    for c in tok.children:
        if c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and ctx.token_entity(c) is None:
            for k in c.children:
                if k.dep_ == "prep" and k.lower_ in preps("object_target") - {"with"}:
                    if any(take(actors(q, ctx)) for q in pobjs(k)):
                        _drop_phrase(target, c)
                        return True
    return False


def _drop_phrase(target: Side, head: Token) -> None:
    """Drop from ``target`` the phrase headed by ``head`` itself (not the phrases inside it)."""
    start, end = head.left_edge.idx, head.idx + len(head.text)
    target.phrases = [p for p in target.phrases if not (start <= p[0] and p[1] <= end)]


def _compound_for_target(tok: Token, pat: Pattern, take: Taker, ctx: Ctx) -> bool:
    """A compound trigger of a light verb's object whose "for" phrase the parser hung on the
    verb ("issued arrest warrants for two Peruvian men", "announced travel bans for X"): whom it
    is for, for the types whose "for" names the one acted on (``compound_for`` rows)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "compound" or pat.type not in type_roles("compound_for"):
        return False
    phrase = tok.head
    if phrase.pos_ != "NOUN" or phrase.dep_ != "dobj" or phrase.head.pos_ != "VERB":
        return False
    for k in phrase.head.children:
        if k.dep_ == "prep" and k.lower_ == "for" and k.i > phrase.i:
            if any(take(actors(q, ctx)) for q in pobjs(k)):
                return True
    return False


def _instrument_target(tok: Token, target: Side, take: Taker, ctx: Ctx, deep: Callable[..., Side]) -> bool:
    """A verb of using (``instrument_object`` rows: use, employ, ...) whose object is the means,
    never the one acted on: drop the object's phrase from ``target`` and take the object of its
    purpose ("used batons to disperse the crowd"), or that object's owner when it names an act
    ("used tear gas to break up a demonstration by opposition supporters")."""
    if tok.pos_ != "VERB" or not has_role(tok, "instrument_object"):
        return False
    means = [c for c in tok.children if c.dep_ == "dobj"]
    if not means:
        return False
    spans = [(m.left_edge.idx, m.right_edge.idx + len(m.right_edge.text)) for m in means]
    for m in list(means):
        means += [k for k in m.children if k.dep_ == "conj"]
    target.phrases = [p for p in target.phrases if not any(a <= p[0] and p[1] <= b for a, b in spans)]
    for c in tok.children:
        if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
            for d in c.children:
                if d.dep_ == "dobj":
                    side = actors(d, ctx)
                    if take(side) or (d.pos_ == "NOUN" and take(deep(d, ctx, depth=0))):
                        return True
                    target.add(Side(phrases=side.phrases, agents=side.agents))
    return False


def _impact_target(tok: Token, pat: Pattern, take: Taker, ctx: Ctx, deep: Callable[..., Side]) -> bool:
    """An act noun that is the subject of a verb of impact (``impact_verb`` rows: hit, strike,
    pound, kill, ...; ``impact_subject`` types) or of benefit (``benefit_verb`` rows: help,
    reach, ...; ``benefit_subject`` types), also through a relative clause or a participle:
    what it hits or helps ("air strikes hit the enclave of Eastern Ghouta", "an attack that
    killed five Afghan soldiers", "Germany's aid helped Syrian refugees"). A verb that is a
    trigger of its own counts only when it has the noun's type: the two are then one act ("a
    drone strike killed X"); "the strike destroyed X" stays the verb's event."""
    if tok.pos_ != "NOUN":
        return False
    role = "impact_verb" if pat.type in type_roles("impact_subject") else "benefit_verb"
    if pat.type not in type_roles("impact_subject") | type_roles("benefit_subject"):
        return False
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    verbs = [phrase.head] if phrase.dep_ == "nsubj" and phrase.head.pos_ == "VERB" else []
    verbs += [c for c in phrase.children if c.i > phrase.i and _clause_of_act(c)]
    for verb in verbs:
        own = verb_pattern(verb)
        if not has_role(verb, role) or (own is not None and own.type != pat.type):
            continue
        if any(c.dep_ == "dobj" and take(deep(c, ctx, depth=1)) for c in verb.children):
            return True
    return False


def _clause_of_act(c: Token) -> bool:
    """True for a clause of which the noun it hangs on is the subject: "that/which killed X",
    "killing X"."""
    if c.pos_ != "VERB":
        return False
    if c.dep_ == "acl" and c.tag_ == "VBG":
        return True
    return c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)


def _participle_impact_target(tok: Token, pat: Pattern, take: Taker, ctx: Ctx) -> bool:
    """A verb of attack with no target of its own followed by a participle of impact (an
    ``impact_verb`` row) that names one: "stormed a rebel stronghold on Tuesday, killing 20
    insurgents" (the insurgents; the participle's own event is the same act)."""
    if tok.pos_ != "VERB" or pat.type not in type_roles("impact_subject"):
        return False
    for c in tok.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > tok.i and has_role(c, "impact_verb"):
            if not any(k.dep_ in ("nsubj", "mark") for k in c.children):
                if any(d.dep_ == "dobj" and take(actors(d, ctx)) for d in c.children):
                    return True
    return False


def _apposed_counterpart_target(tok: Token, take: Taker, ctx: Ctx) -> bool:
    """The name apposed to a common noun in a noun trigger's "with/to/against/on" phrase, when
    that noun names no one itself: "held talks with the Belgian premier Alexander De Croo"."""
    if tok.pos_ != "NOUN":
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "to", "against", "on"):
            for p in pobjs(c):
                if p.pos_ != "NOUN" or ctx.token_entity(p) is not None:
                    continue
                for a in p.children:
                    if a.dep_ == "appos" and ctx.token_entity(a) and take(actors(a, ctx)):
                        return True
    return False


def _agreed_act_target(tok: Token, pat: Pattern, take: Taker, ctx: Ctx) -> bool:
    """A verb of agreeing, refusing or conceding with a "to" phrase naming an act: that act's
    counterpart ("agreed to a ceasefire with the SPLM", "objected to talks with Iran")."""
    if tok.pos_ != "VERB" or pat.type not in ("AGREE", "REJECT", "CONCEDE", "SUPPORT"):
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            for p in pobjs(c):
                if p.pos_ != "NOUN" or (p.lemma_.lower() not in noun_patterns() and p.lower_ not in noun_patterns()):
                    continue
                for k in p.children:
                    if k.dep_ == "prep" and k.lower_ in ("with", "against", "on", "between"):
                        if any(take(actors(q, ctx)) for q in pobjs(k)):
                            return True
    return False


def _misparsed_object_target(tok: Token, pat: Pattern, take: Taker, ctx: Ctx) -> bool:
    """A name right after a verb of attack with no object, which the parser took for an adverb
    ("shelled Aleppo", parsed as a noun-phrase adverbial): the object, what is attacked."""
    if tok.pos_ != "VERB" or pat.type not in type_roles("impact_subject"):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ == "npadvmod" and c.i == tok.i + 1 and c.pos_ == "PROPN" and ctx.token_entity(c):
            return take(actors(c, ctx))
    return False


def _clause_subject_target(tok: Token, pat: Pattern, take: Taker, ctx: Ctx) -> bool:
    """A noun of demanding or accusing (``clause_subject`` types) with a "that" clause: whom the
    clause is about, its subject ("the accusation that Israel attacked the port", "a demand
    that Iran halt enrichment")."""
    if tok.pos_ != "NOUN" or pat.type not in type_roles("clause_subject"):
        return False
    for c in tok.children:
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children
        ):
            if any(s.dep_ in ("nsubj", "nsubjpass") and take(actors(s, ctx)) for s in c.children):
                return True
    return False


def _shifted_object_target(tok: Token, take: Taker, ctx: Ctx) -> bool:
    """The object of a verb that has none, shifted after its "as" phrase: "denounced as an ugly
    crime Serbia's suppression of X" (parsed as the apposition of "crime"), "condemned as
    illegal Turkey's drilling" (parsed as the object of "as", with a possessor)."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            for p in pobjs(c):
                shifted = [k for k in p.children if k.dep_ == "appos"]
                shifted += [p] if any(k.dep_ == "poss" for k in p.children) else []
                if any(take(actors(o, ctx)) for o in shifted):
                    return True
    return False


def official_origin(cand: Candidate, ctx: Ctx) -> None:
    """Officials, soldiers or police of no known country as a verb's object, with the country
    they come from in the verb's "from" phrase ("expelled two diplomats from Russia", parsed
    with "from" on the verb): that country joins the target (their state), never the source."""
    tok = cand.trigger
    target = cand.target
    if tok.pos_ != "VERB" or not target.ids or not all(_state_agent(i, ctx) for i in target.ids):
        return
    if not any(c.dep_ == "dobj" and ctx.token_entity(c) and ctx.token_entity(c)[0] in target.ids for c in tok.children):
        return
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in pobjs(c):
                hit = ctx.token_entity(p)
                if hit and ctx.types.get(hit[0]) == "GPE" and country_of(hit[0], ctx) and hit[0] not in cand.source.ids:
                    target.take_id(hit[0], hit[1], Side())
                    target.notes.append(f"'{ctx.text[hit[1][0]:hit[1][1]]}' is the state the target's officials come from")
                    return


def _state_agent(eid: str, ctx: Ctx) -> bool:
    """True when the entity is an unnamed group of a state's agents (officials, soldiers,
    police: sectors GOV, MIL, COP) with no known country."""
    ent = ctx.index.by_id.get(eid)
    if ent is None or ctx.types.get(eid) != "NORP" or getattr(ent.actor, "country", None):
        return False
    words = ent.name.lower().split()
    return bool(words) and agent_words().get(words[-1]) in ("GOV", "MIL", "COP")

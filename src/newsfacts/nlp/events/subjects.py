"""The source side of a verb from its clause (subject, passive agent, inherited subjects) and
the owner of an act a noun names ("a Hezbollah attack", "Britain's decision to expel")."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .actors import actors
from .antecedents import binding_clash, controls_infinitive, relative_antecedent
from .context import Candidate, Ctx, OBJ, PASS_SUBJ, Side, SUBJ
from .lexicon import actor_words, agent_words, entity_types, event_words, noun_patterns, verb_patterns
from .modifiers import local_place, thing_head
from .parties import below_country
from .side_words import has_role, side_words
from .syntax import names_actor, pobjs

_INHERIT_DEPS = {"xcomp", "conj", "advcl", "pcomp", "acl", "relcl"}


def named_modifier(noun: Token, ctx: Ctx) -> Side:
    """The person or organisation a noun's possessor or name modifier names ("Trump's tweet",
    "a Donald Trump tweet"): the author of a thing, or an empty side."""
    side = Side()
    for c in noun.children:
        if c.dep_ in ("poss", "compound") and c.i < noun.i:
            hit = ctx.token_entity(c)
            if hit and ctx.types.get(hit[0]) in ("PERSON", "ORG"):
                side.ids.append(hit[0])
                side.spans.append(hit[1])
                return side
    return side


def shares_passive(verb: Token) -> bool:
    """True for the second participle of a passive coordination ("were arrested and deported"):
    a VBN conjunct with no subject, object or auxiliary of its own, whose head has a passive
    subject."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or any(c.dep_ in SUBJ | PASS_SUBJ | OBJ | {"aux"} for c in verb.children):
        return False
    return any(c.dep_ in PASS_SUBJ for c in verb.head.children)


def _passive_head_subject(verb: Token) -> Optional[Token]:
    """The passive subject an active conjunct with no subject of its own shares with its head
    ("the minister was indicted by the court and will resign", "protesters were beaten by police
    and fled": the minister resigns, the protesters flee; the head's "by" agent is not the
    conjunct's doer), or None."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or verb.pos_ != "VERB" or shares_passive(verb):
        return None
    if any(c.dep_ in SUBJ | PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ in SUBJ for c in verb.head.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in PASS_SUBJ), None)


def _controlling_object(xcomp: Token, ctx: Ctx) -> Optional[Token]:
    """The object of the verb above an infinitive that does the infinitive's act ("urged X to ...")."""
    for c in xcomp.head.children:
        if c.dep_ == "dobj" and _taken_occasion(c):
            return None  # "used the occasion to criticize X": the occasion does nothing
        if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON") and (
            xcomp.head.lemma_ in verb_patterns() or controls_infinitive(c, xcomp.head, ctx)
            or _civil_agent_object(c, xcomp.head)
        ):
            return c
    return None


def _taken_occasion(noun: Token) -> bool:
    """True when ``noun`` is a chance taken or used (an ``occasion_noun`` row of
    ``event_side_words.tsv``, the object of a ``taking_verb`` row of ``event_words.tsv``): "took
    the opportunity to praise X", "used the occasion to criticize X"."""
    return (
        noun.dep_ == "dobj" and has_role(noun, "occasion_noun")
        and noun.head.lemma_.lower() in event_words().get("taking_verb", ())
    )


def _civil_agent_object(obj: Token, verb: Token) -> bool:
    """True when the object of a verb with a "to" infinitive is an agent word of no armed
    sector ("advise other countries to accept", "urge lawmakers to vote"): they do the
    infinitive's act, not the verb's subject; forces sent or used ("sent troops to fight")
    stay their sender's; only after an ``object_control`` verb of ``event_side_words.tsv``
    (not "began a sit-in outside parliament to protest", misparsed with "parliament" as the object)."""
    if obj.pos_ != "NOUN" or not has_role(verb, "object_control"):
        return False  # "began a sit-in outside parliament to protest" (misparsed): no object control
    sector = agent_words().get(obj.lower_) or agent_words().get(obj.lemma_.lower())
    return sector is not None and sector not in side_words().get("armed_sector", ())


def _clause_head_subject(cur: Token, verb: Token) -> bool:
    """True when the noun a clause hangs on is its subject: a relative clause ("X, which
    attacked"), or the parser made the subject the root ("The Iraqi air force carried out strikes")."""
    if (cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ == "VBD")) and cur == verb and not any(
        c.dep_ in PASS_SUBJ for c in cur.children
    ):
        return True
    return (
        cur.dep_ == "acl" and cur.tag_ in ("VBN", "VBD") and cur.head.dep_ == "ROOT"
        and cur.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "dobj" for c in cur.children)
    )


def subject_side(verb: Token, ctx: Ctx) -> tuple[Side, Optional[Token]]:
    """(source side, subject token) of a verb: its subject, a passive's agent, or inherited."""
    cur = binding_clash(verb, ctx) or verb
    for _ in range(5):
        subjects = [c for c in cur.children if c.dep_ in SUBJ]
        if subjects:
            # a headline run into the first sentence gives a verb two subjects: take the nearest
            before = [c for c in subjects if c.i < cur.i]
            c = before[-1] if before else subjects[0]
            side = actors(c, ctx)
            return (side if side.ids else _harm_owner(c, ctx) or side), c
        agent = next((p for c in cur.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        if agent is not None:
            return actors(agent, ctx), agent  # a passive's "by" agent
        if cur == verb:
            cause = _cause_owner(verb, ctx)
            if cause is not None:
                return cause
        if _clause_head_subject(cur, verb):
            return actors(cur.head, ctx), cur.head
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur == verb and cur.head != cur:
            head = cur.head
            if head.lower_ in ("one", "ones") or head.pos_ == "PRON":
                return Side(), head  # "super PACs, including the one supporting Bush": not the clause's subject
            owner = named_modifier(head, ctx) if head.pos_ == "NOUN" else Side()
            if owner.ids:
                return owner, head  # "a Donald Trump tweet attacking X": the tweet's author
            if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
                head = head.head.head  # "unleashed a series of tweets criticizing X": the series'
            if names_actor(head) or ctx.token_entity(head):
                return actors(head, ctx), head  # "protesters demanding ...", "Hamas militants firing ..."
            # not a message issued: "issued a statement urging X" (the issuer urges, below)
            message = has_role(head, "message_noun")
            if head.pos_ == "NOUN" and not thing_head(head) and head.lemma_.lower() not in noun_patterns() and not message:
                return actors(head, ctx), head  # "donors like X seeking help": the donors, not the clause's subject
            if head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX"):
                cur = head.head  # "issued a statement urging X": the issuer
                continue
            if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX"):
                cur = head.head.head  # "said in a statement urging X"
                continue
        if cur == verb and cur.dep_ == "advcl" and cur.tag_ == "VBG":
            obj = next((c for c in cur.head.children if c.dep_ == "dobj" and c.right_edge.i == cur.left_edge.i - 1), None)
            if obj is not None and obj.pos_ == "NOUN" and not thing_head(obj):
                return actors(obj, ctx), obj  # "handle donors like X seeking help" (no comma): the donors seek
        if cur.dep_ == "acl" and cur.head.pos_ == "NOUN" and any(a.dep_ == "aux" and a.lower_ == "to" for a in cur.children):
            owner = act_owner(cur.head, ctx)  # "Britain's decision to expel X", "a Russian plan to send troops"
            if owner.ids:
                return owner, cur.head
            if _taken_occasion(cur.head):
                cur = cur.head.head  # "took the opportunity to praise X": the taker praises
                continue
        if cur != verb and shares_passive(verb) and cur.i == verb.head.i:
            return Side(), None  # "her parents were arrested and deported": a passive has no doer above it
        if cur == verb and any(c.dep_ in PASS_SUBJ for c in cur.children) and cur.dep_ in _INHERIT_DEPS - {"xcomp"}:
            return Side(), None  # "X asked them, though he was warned": a passive with its own subject inherits no doer
        shared = _passive_head_subject(cur)
        if shared is not None:
            return actors(shared, ctx), shared  # "was indicted by the court and will resign": the one indicted
        if cur.dep_ in _INHERIT_DEPS and cur.head != cur and cur.head.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
            # the object of "urged X to ..." is the subject of the infinitive
            obj = _controlling_object(cur, ctx) if cur.dep_ == "xcomp" else None
            if obj is not None:
                return actors(obj, ctx), obj
            cur = cur.head
            continue
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX", "ADJ"):
            if cur.head.lower_ in ("for", "of"):
                obj = next((c for c in cur.head.head.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")), None)
                if obj is not None and (ctx.token_entity(obj) or names_actor(obj)):
                    return actors(obj, ctx), obj  # "criticized officer Roe for shooting X": Roe shot
            cur = cur.head.head  # "resorted to throwing", "guilty of violating"
            continue
        if cur.pos_ == "ADJ" and cur.dep_ in ("acomp", "amod", "xcomp") and cur.head != cur:
            cur = cur.head  # "are guilty of": the subject of "are"
            continue
        break
    return Side(), None


def _cause_owner(verb: Token, ctx: Ctx) -> Optional[tuple[Side, Token]]:
    """For a passive with no agent, the owner of the act it happened in: "two soldiers were
    wounded in a Hezbollah attack", "were killed in a Russian air strike", "died in an attack by
    Taliban fighters" (its possessor, a national or named modifier, its "by" phrase); else None."""
    if not any(c.dep_ == "auxpass" for c in verb.children) and verb.lemma_.lower() not in actor_words().get("undergo_verb", ()):
        return None
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "during"):
            continue
        for p in pobjs(c):
            if p.pos_ != "NOUN" or (p.lemma_.lower() not in noun_patterns() and p.lower_ not in noun_patterns()):
                continue
            side = act_owner(p, ctx)
            if side.ids:
                side.notes.append(f"source is the owner of the act '{p.text}' it happened in (a passive with no agent)")
                return side, p
    return None


def _harm_owner(subj: Token, ctx: Ctx) -> Optional[Side]:
    """For a subject that is an act of harm (``harm_type`` rows) naming no entity itself, its
    owner: "a US drone strike killed X", "Israeli shelling wounded X"; else None."""
    if subj.lower_ in ("which", "that"):  # "the attack, which killed X": the attack's owner
        ante = relative_antecedent(subj)
        subj = ante if ante is not None else subj
    if subj.pos_ != "NOUN":
        return None
    row = noun_patterns().get(subj.lemma_.lower()) or noun_patterns().get(subj.lower_)
    if row is None or row.type not in actor_words().get("harm_type", ()):
        return None
    owner = act_owner(subj, ctx)
    if not owner.ids:
        owner = claimer(subj, ctx)  # "claimed responsibility for the attack, which killed X"
    if not owner.ids and subj.dep_ == "dobj" and subj.head.lemma_.lower() in event_words().get("light", ()):
        owner = subject_side(subj.head, ctx)[0]  # "Hamas launched an attack that wounded X"
    if not owner.ids:
        return None
    owner.notes.append(f"source is the owner of the act '{subj.text}' that is the subject")
    return owner


def act_owner(noun: Token, ctx: Ctx) -> Side:
    """Who does the act a noun trigger names, from its own words: its possessor, a name or
    nationality among its pre-modifiers ("a Hezbollah attack", "a US drone strike"; not a place
    below a country: "the Oklahoma City bombing"), its "by" phrase."""
    side = Side()
    for k in noun.children:
        if k.dep_ == "poss":
            side.add(actors(k, ctx, depth=3))
        elif k.dep_ in ("amod", "compound", "nmod") and k.i < noun.i and not local_place(k, ctx):
            for m in k.subtree:
                hit = ctx.token_entity(m)
                if hit and hit[0] not in side.ids and ctx.types.get(hit[0]) in entity_types("actor") and not below_country(hit[0], ctx):
                    side.ids.append(hit[0])
                    side.spans.append(hit[1])
        elif k.dep_ == "prep" and k.lower_ == "by":
            for q in pobjs(k):
                side.add(actors(q, ctx, depth=3))
    return side


def claimer(noun: Token, ctx: Ctx) -> Side:
    """Who claimed an act: for a noun in the "for" phrase of a ``claimed_noun`` that is the object
    of a ``claiming_verb`` (``event_side_words.tsv``: "the Taliban claimed responsibility for the
    attack", "X took credit for the bombing"), that verb's subject; else an empty side."""
    phrase = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
    while phrase.dep_ == "conj" and phrase.head.pos_ in ("NOUN", "PROPN"):
        phrase = phrase.head  # "for both the Farah and the Ghazni attacks"
    if noun.pos_ != "NOUN" or phrase.dep_ != "pobj" or phrase.head.lower_ != "for":
        return Side()
    claimed = phrase.head.head
    words = side_words()
    if claimed.lemma_.lower() not in words.get("claimed_noun", ()) or claimed.dep_ != "dobj":
        return Side()
    if claimed.head.lemma_.lower() not in words.get("claiming_verb", ()):
        return Side()
    return subject_side(claimed.head, ctx)[0]


def claimed_act_source(cand: Candidate, ctx: Ctx) -> None:
    """A noun trigger someone claimed (:func:`claimer`) was done by the claimer: the claimer
    becomes the source when the noun named none, or only a place ("the Ghazni attacks": where)."""
    if cand.source.ids and not all(ctx.types.get(i) in ("GPE", "LOC", "FAC") for i in cand.source.ids):
        return
    side = claimer(cand.trigger, ctx)
    kept = [(i, sp) for i, sp in zip(side.ids, side.spans) if i not in cand.target.ids]
    if not kept:
        return
    cand.source.ids, cand.source.spans = [i for i, _ in kept], [sp for _, sp in kept]
    cand.source.groups = [g for g in side.groups if g in cand.source.ids]
    cand.notes.append("source claimed the act (its 'responsibility' or 'credit')")

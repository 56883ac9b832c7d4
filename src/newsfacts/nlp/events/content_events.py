"""What an act asks for, promises, threatens, refuses, alleges or backs is no event of its own.

"urged the EC to press Israel to withdraw", "pushing for the US to support its plan",
"demanded that the US match the EU's support", "rejected a call for its forces to be
deployed", "defended the right of Russian troops to fire on militants", "alleged that the
French military helped to carry out killings", "will support a resolution that aims to impose
a naval blockade": the inner act is the content of the outer one. PLOVER and CAMEO code the
request, the promise, the threat, the refusal, the accusation or the backing; the act asked
for or alleged did not happen, or the story does not say it did.

:mod:`.absorb` folds a trigger that is the outer trigger's own complement ("threatened to
attack"); this folds every trigger deeper in that content: one reached from the outer trigger
(a type with the ``content_taker`` role, ``event_type_roles.tsv``) through at least one clause
of content (a "to" infinitive, a "that" or "for" clause, a gerund after a preposition, a
relative clause of intent: "a resolution that aims to ...") and through no description of
something in it (a finite relative clause, a participle: "property seized in the 1970s",
"raids in which 20 people were killed"), no adverbial clause of time or manner ("..., killing
156 people"), no coordination with the outer act ("refused to deploy troops and urged ..."),
no phrase of time or concession or means (``frame`` and ``means`` prepositions,
``event_preps.tsv``: "by threatening their funding" is done), no question ("demanded to know
why X attacked Y") and, for a ``reason_for`` type, no "for" phrase ("criticized X for
shooting Y": the reason, done). A noun trigger with its own doer ("the EU's support") is
presupposed done and stays. A purpose is folded too: a "to" infinitive with no subject hung
on any trigger, or on the light verb of a noun trigger ("will visit X to mediate", "began a
hunger strike to demand the return of Y").

The folded act stays visible: the outer event's notes name it, with its trigger's span, as
its context (PLOVER's ``context``), and it counts nowhere.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .context import Candidate
from .lexicon import event_words, preps, type_roles

#: the dependencies that open a clause of content below a trigger or a noun in its content
_CONTENT_CLAUSES = frozenset({"xcomp", "ccomp", "pcomp", "csubj"})
#: clause dependencies that are content only when the clause is an infinitive or a "for" clause
_INFINITIVE_ONLY = frozenset({"advcl", "acl", "relcl"})
#: dependencies that never lead into content: coordination at the outer act, appended clauses
_STOPS = frozenset({"parataxis", "advmod", "npadvmod", "dep", "meta", "cc", "punct"})


#: purpose clauses folded too ("sent troops to attack X"): off, it dropped acts older tests keep (the attack, the aid)
PURPOSES = False
#: a decision's content is the act decided, coded as such ("Britain's decision to expel diplomats")
_DECIDED = frozenset(("decide", "decision"))


def fold_contents(cands: list[Candidate]) -> None:
    """Mark the candidates of one sentence that are the content of another kept candidate
    (``absorbed``), and note each on the outermost act whose content it is ("urged X to
    threaten Y with sanctions": the threat and the sanctions are both noted on the request).

    Args:
        cands: the sentence's candidates that passed the checks, in token order.
    """
    outers = {
        c.trigger.i: c
        for c in cands
        if not c.absorbed and c.pattern.type in type_roles("content_taker") and c.trigger.lemma_.lower() not in _DECIDED
    }
    by_i = {c.trigger.i: c for c in cands if not c.absorbed}
    triggers = {c.trigger.i for c in cands}
    owner: dict[int, Candidate] = {}
    for c in cands:
        if not c.absorbed and not _presupposed(c.trigger):
            found = _content_owner(c.trigger, outers, triggers) or (_purpose_of(c.trigger, by_i) if PURPOSES else None)
            if found is not None and found is not c:
                owner[id(c)] = found
    for c in cands:
        top = owner.get(id(c))
        if top is None:
            continue
        for _ in range(len(cands)):  # up the chain of contents to the act that is coded
            if id(top) not in owner:
                break
            top = owner[id(top)]
        c.absorbed = True
        s, e = c.trigger_span
        top.notes.append(
            f"context: {c.pattern.type} '{c.trigger.text}' ({s}-{e}) is in the content or purpose of this {top.pattern.type}: not an event of its own"
        )


def _purpose_of(trigger: Token, by_i: dict[int, Candidate]) -> Optional[Candidate]:
    """The candidate whose act ``trigger`` is the purpose of: a "to" infinitive with no subject
    of its own hung on that candidate's trigger ("will visit X to mediate", "would blockade
    Paris to demand an end to Y", "a rally to protest the law") or on the light verb that takes
    it as object ("began a hunger strike to demand the return of X"), or None. A purpose is what
    the act is for (not done, or the act itself told again), no second event."""
    if trigger.pos_ != "VERB" or trigger.dep_ not in _INFINITIVE_ONLY or not _infinitive(trigger):
        return None
    if any(k.dep_ in ("nsubj", "nsubjpass") for k in trigger.children):
        return None
    head = trigger.head
    if head.i in by_i:
        return by_i[head.i]
    if head.pos_ != "VERB" or head.lemma_.lower() not in event_words().get("light", ()):
        return None  # "used the meeting to criticize X": the criticism is done, at the meeting
    return next((by_i[k.i] for k in head.children if k.dep_ == "dobj" and k.i in by_i), None)


def _presupposed(trigger: Token) -> bool:
    """True for a noun trigger with its own named doer ("the European Union's support", "a
    demand from the US President"): an act the content presupposes done, not the content."""
    if trigger.pos_ != "NOUN":
        return False
    return any(k.dep_ == "poss" or (k.dep_ == "prep" and k.lower_ in preps("source")) for k in trigger.children)


def _content_owner(trigger: Token, outers: dict[int, Candidate], triggers: set[int]) -> Optional[Candidate]:
    """The candidate of ``outers`` whose content ``trigger`` lies in (through a clause of
    content), or None; ``triggers``: the token indices of the sentence's triggers."""
    tok, clause = trigger, False
    for _ in range(40):  # a path up the tree; sentences are far shallower
        head = tok.head
        if head.i == tok.i:
            return None
        step = _step(tok, triggers)
        if step == "stop" or (tok.dep_ == "conj" and head.i in outers):
            return None
        clause = clause or step == "clause"
        if head.i in outers and clause:
            if tok.dep_ == "prep" and tok.lower_ == "for" and outers[head.i].pattern.type in type_roles("reason_for"):
                return None  # "criticized officer Roe for shooting and killing X": the reason, done
            return outers[head.i]
        tok = head
    return None


def _step(tok: Token, triggers: set[int]) -> str:
    """How the step from ``tok`` up to its head bears on content: ``"clause"`` (a clause of
    content: "to support", "that the US match", "of sending"), ``"stop"`` (a description, an
    adverbial clause, a frame phrase), or ``"phrase"`` (inside a phrase: objects, modifiers)."""
    dep = tok.dep_
    if dep in _STOPS or dep in ("nsubj", "nsubjpass", "csubj", "csubjpass"):
        return "stop"  # a subject is not its verb's content ("Britain's decision to expel X was welcomed")
    if dep == "prep":
        return "stop" if tok.lower_ in preps("frame") or tok.lower_ in preps("means") else "phrase"
    if dep == "ccomp" and tok.i < tok.head.i:
        return "stop"  # "she has promised X, opposed Y" misparsed as a clause of "opposed"
    if dep == "ccomp" and any(k.tag_ in ("WRB", "WP") and k.i < tok.i for k in tok.children):
        return "stop"  # "asked why Israel had attacked Gaza": a question about an act done
    if dep in _CONTENT_CLAUSES:
        return "clause"
    if dep in _INFINITIVE_ONLY:
        if _infinitive(tok) or any(k.dep_ == "mark" and k.lower_ == "for" for k in tok.children):
            return "clause"  # "a call for its forces to be deployed", "pushing for the US to support"
        if dep == "relcl" and tok.i not in triggers and tok.lemma_.lower() in event_words().get("future", ()) and any(
            k.dep_ == "xcomp" for k in tok.children
        ):
            return "clause"  # "a resolution that aims to impose a blockade": an aim ("Trump, who has pledged to": a pledge made)
        return "stop"  # "property seized by the forces", "raids in which 20 were killed", "..., killing 50"
    return "phrase"


def _infinitive(verb: Token) -> bool:
    """True for a "to" infinitive ("to support", "to be deployed")."""
    return any(k.dep_ in ("aux", "auxpass", "mark") and k.lower_ == "to" for k in verb.children)

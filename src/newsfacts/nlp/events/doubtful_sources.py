"""Sources in doubt are dropped (a wrong source costs more than none). The subject of a verb
that only deals with the act its object noun names ("Judge X, who is handling two lawsuits
against Y": the judge does not sue; ``overseen_act`` rows of ``lexicons/event_side_words.tsv``)
is no doer of that act unless the noun itself names its doer; a possessive pronoun that two
persons named before it could stand for gives no source; nor does the verb an act of conflict
named in its "after" phrase hangs on."""

from __future__ import annotations

from .actors import actors
from .antecedents import other_gender
from .coding import quad_class
from .context import Candidate, Ctx
from .side_words import has_role
from .subjects import act_owner, subject_side


def overseen_act_source(cand: Candidate, ctx: Ctx) -> None:
    """Drop the source of a noun trigger that is the object of an ``overseen_act`` verb when the
    source came from that verb's subject, not from the noun's own words (with a note)."""
    noun = cand.trigger
    if not cand.source.ids or noun.pos_ != "NOUN":
        return
    phrase = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
    verb = phrase.head
    if phrase.dep_ != "dobj" or verb.pos_ != "VERB" or not has_role(verb, "overseen_act"):
        return
    if act_owner(phrase, ctx).ids or (phrase is not noun and act_owner(noun, ctx).ids):
        return
    cand.source.ids, cand.source.spans, cand.source.phrases, cand.source.groups = [], [], [], []
    cand.notes.append(f"'{verb.text}' only deals with the act '{noun.text}': its subject is no source")


def rival_possessor_source(cand: Candidate, ctx: Ctx) -> None:
    """Drop the source a possessive pronoun gives a noun trigger when two persons of its gender
    are named before it in the sentence, neither the target ("Rubio has railed against Christie,
    taking aim at his past support for X": Rubio's or Christie's?)."""
    noun = cand.trigger
    if len(cand.source.ids) != 1 or noun.pos_ != "NOUN":
        return
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if poss is None or actors(poss, ctx).ids != cand.source.ids:
        return
    wrong = other_gender(poss.lower_, ctx)
    persons: set[str] = set()
    verbs = {a.i for a in poss.ancestors if a.pos_ in ("VERB", "AUX")}
    for k in range(ctx.sent(poss).start, poss.i):
        tok = poss.doc[k]
        if tok.head.i not in verbs and not (tok.head.dep_ in ("prep", "agent") and tok.head.head.i in verbs):
            continue  # only the arguments of the clauses the pronoun is in ("Cruz, who fought Trump, ended his tour")
        hit = ctx.token_entity(tok)
        if hit and ctx.types.get(hit[0]) == "PERSON" and hit[0] not in wrong and hit[0] not in cand.target.ids:
            persons.add(hit[0])
    if len(persons) >= 2:
        cand.source.ids, cand.source.spans, cand.source.phrases, cand.source.groups = [], [], [], []
        cand.notes.append(f"'{poss.text}' may stand for either of two persons named before it: no source")


def framing_act_source(cand: Candidate, ctx: Ctx) -> None:
    """Drop the source an act of material conflict named in an "after/following" phrase takes
    from the verb the phrase hangs on: "Obama sent condolences after the attack in Paris", "he
    made his pitch after the Orlando attacks" (the sender did not attack; "Israel struck Gaza
    after the rocket attack": not Israel's rockets). Not "in/during": "recovered it during the
    raid", "remarked during a rally" are the subject's own acts."""
    noun = cand.trigger
    if not cand.source.ids or noun.pos_ != "NOUN" or quad_class(cand.pattern.cameo) != "material conflict":
        return
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("after", "following") or prep.head.pos_ not in ("VERB", "AUX"):
        return
    verb = prep.head
    if act_owner(noun, ctx).ids or subject_side(verb, ctx)[0].ids != cand.source.ids:
        return
    cand.source.ids, cand.source.spans, cand.source.phrases, cand.source.groups = [], [], [], []
    cand.notes.append(f"the subject of '{verb.text}' is no doer of the act '{noun.text}' it names")
